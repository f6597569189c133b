"""Headline and dateline of a scraped article (pure functions; the ingest stage calls them).

- ``find_headline(text, regions) -> (start, end) | None``: the first non-empty line that is not
  in a boilerplate region and is not a dateline, stripped. None when that line reads as a body
  paragraph (> 30 words, or >= 12 words ending in a full stop): then the page has no headline.
- ``find_dateline(text) -> (start, end, iso) | None``: the first SHORT line (<= 12 words)
  holding a date, as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` when a time sits next to it.
  Numeric dates are day first (``12.04.2017``, ``12/04/2017``, ``12-04-2017``) unless the
  second number cannot be a month, or year first (``2017-04-12``); month names come from
  ``data/dateline_months.tsv`` (``12 نيسان 2017``, ``12 نيسان/أبريل 2017``). Times are
  ``14:59`` (``:ss`` allowed), with ``ص``/``م`` or am/pm. Arabic-Indic digits work.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cache

from kg.text.normalize import normalize, normalize_key
from kg.text.resources import load_tsv

_TIME = r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?(?:\s*(?P<ampm>ص|م|am|pm|AM|PM)(?![^\W\d_]))?"
_SEP = r"\s*(?:[|،,@\-–—]|T|الساعه)?\s*"
_NUM_DATE = (
    r"(?<!\d)(?:(?P<d>\d{1,2})(?P<s1>[./-])(?P<m>\d{1,2})(?P=s1)(?P<y>\d{4})"
    r"|(?P<y2>\d{4})(?P<s2>[./-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?!\d)"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    months = {
        normalize_key(r["name"]).casefold(): int(r["month"])
        for r in load_tsv("dateline_months.tsv")
    }
    names = "|".join(re.escape(n) for n in sorted(months, key=len, reverse=True))
    named = (
        rf"(?<!\d)(?P<nd>\d{{1,2}})\s+(?P<mn>{names})(?:\s*/\s*(?:{names}))?\s*,?\s*(?P<ny>\d{{4}})"
    )
    date = rf"(?:{_NUM_DATE}|{named})"
    after = re.compile(rf"{date}(?:{_SEP}{_TIME})?", re.IGNORECASE)
    before = re.compile(rf"{_TIME}{_SEP}{date}", re.IGNORECASE)
    return after, before, months


def _iso(m: re.Match[str], months: dict[str, int]) -> str | None:
    g = m.groupdict()
    if g.get("y"):
        d, mo, y = int(g["d"]), int(g["m"]), int(g["y"])
        if mo > 12 and d <= 12:  # month-first (US) layout
            d, mo = mo, d
    elif g.get("y2"):
        d, mo, y = int(g["d2"]), int(g["m2"]), int(g["y2"])
    else:
        d, mo, y = int(g["nd"]), months[g["mn"].casefold()], int(g["ny"])
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    if g.get("H") is None:
        return day.isoformat()
    hour, minute = int(g["H"]), int(g["M"])
    ampm = (g.get("ampm") or "").lower()
    if ampm in ("م", "pm") and hour < 12:
        hour += 12
    elif ampm in ("ص", "am") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _line_spans(text: str) -> Iterable[tuple[int, int]]:
    pos = 0
    for raw in text.split("\n"):
        yield pos, pos + len(raw)
        pos += len(raw) + 1


def find_dateline(text: str) -> tuple[int, int, str] | None:
    """Original text -> ``(start, end, iso)`` of the first dateline, or None."""
    after, before, months = _patterns()
    norm = normalize(text)
    for a, b in _line_spans(norm.text):
        line = norm.text[a:b]
        if not line.strip() or len(line.split()) > 12 or not any(c.isdigit() for c in line):
            continue
        for rx in (before, after):
            for m in rx.finditer(norm.text, a, b):
                iso = _iso(m, months)
                if iso is not None:
                    s, e = norm.to_original(m.start(), m.end())
                    return s, e, iso
    return None


def _is_dateline(text: str, start: int, end: int) -> bool:
    found = find_dateline(text[start:end])
    if found is None:
        return False
    rest = text[start : start + found[0]] + text[start + found[1] : end]
    return not any(c.isalpha() for c in rest)


def find_headline(text: str, regions: Iterable[Sequence[int]] = ()) -> tuple[int, int] | None:
    """Original text and boilerplate regions -> span of the headline line, or None."""
    spans = sorted((int(r[0]), int(r[1])) for r in regions)
    for a, b in _line_spans(text):
        raw = text[a:b]
        stripped = raw.strip()
        if not stripped:
            continue
        s = a + raw.index(stripped[0])
        e = s + len(stripped)
        if any(rs < e and s < re_ for rs, re_ in spans) or _is_dateline(text, s, e):
            continue
        words = len(normalize_key(stripped).split())
        full_stop = stripped.endswith(".") and not stripped.endswith("..")
        if words > 30 or (words >= 12 and full_stop):
            return None
        return s, e
    return None
