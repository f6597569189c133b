"""Time lexicons -> compiled patterns (built once, at component init).

``TimeLexicon()`` reads ``months.tsv``, ``weekdays.tsv``, ``relative_time.tsv`` and the
``time_*.tsv`` tables (units, numbers, ordinals, modifiers, parts of day, cues) and exposes
lookup tables keyed by :func:`kg.text.normalize.normalize_key` plus the regexes that
:mod:`kg.nlp.time` runs over the normalised article text; ``next_word``/``prev_word`` read the
word beside an offset of that text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from kg.nlp.lexicons import load_tsv
from kg.text.normalize import normalize_key

#: optional proclitics before a time word: conjunction و/ف, then preposition ب («بالأمس»)
_CLITIC = r"(?<!\w)(?:[وف]?ب?)"
_END = r"(?!\w)"


def _alt(forms: Iterable[str]) -> str:
    """Normalised forms -> regex alternation, longest first, internal spaces as ``\\s+``."""
    keys = sorted({normalize_key(f) for f in forms if f.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in k.split()) for k in keys)


class TimeLexicon:
    """All time tables and patterns; one instance is shared (see :func:`time_lexicon`)."""

    def __init__(self) -> None:
        self.months: dict[str, int] = {}
        self.ambiguous_months: set[str] = set()
        for row in load_tsv("months.tsv"):
            key = normalize_key(row["form"])
            self.months[key] = int(row["month"])
            if row["ambiguous"] == "1":
                self.ambiguous_months.add(key)
        self.weekdays: dict[str, int] = {}
        self.ambiguous_weekdays: set[str] = set()
        for row in load_tsv("weekdays.tsv"):
            key = normalize_key(row["form"])
            self.weekdays[key] = int(row["weekday"])
            if row["ambiguous"] == "1":
                self.ambiguous_weekdays.add(key)
        rel_rows = load_tsv("relative_time.tsv")
        self.relative: dict[str, tuple[str, int, str]] = {
            normalize_key(r["expr"]): (r["unit"], int(r["offset"]), r["precision"])
            for r in rel_rows
        }
        self.ambiguous_relative = {
            normalize_key(r["expr"]) for r in rel_rows if r["ambiguous"] == "1"
        }
        self.units: dict[str, tuple[str, int | None]] = {
            normalize_key(r["form"]): (r["unit"], int(r["count"]) if r["count"] else None)
            for r in load_tsv("time_units.tsv")
        }
        self.numbers: dict[str, int] = {
            normalize_key(r["form"]): int(r["value"]) for r in load_tsv("time_numbers.tsv")
        }
        self.ordinals: dict[str, int] = {
            normalize_key(r["form"]): int(r["day"]) for r in load_tsv("time_ordinals.tsv")
        }
        self.modifiers: dict[str, str] = {
            normalize_key(r["form"]): r["direction"] for r in load_tsv("time_modifiers.tsv")
        }
        parts = [r["form"] for r in load_tsv("time_parts_of_day.tsv")]
        cues = load_tsv("time_cues.tsv")
        self.future_prefixes = tuple(
            normalize_key(r["form"]) for r in cues if r["kind"] == "future_prefix"
        )
        self.not_verb = tuple(normalize_key(r["form"]) for r in cues if r["kind"] == "not_verb")
        self.blocks = tuple(normalize_key(r["form"]) for r in cues if r["kind"] == "block")
        self.anchors = {normalize_key(r["form"]) for r in cues if r["kind"] == "anchor"}
        self.same_day = {normalize_key(r["form"]) for r in cues if r["kind"] == "same"}
        future_phrases = [r["form"] for r in cues if r["kind"] == "future"]

        month = _alt(self.months)
        mod = _alt(self.modifiers)
        wd = _alt(self.weekdays)
        num = _alt(self.numbers)
        unit = _alt(self.units)
        rel = _alt(self.relative)
        year = r"(?:19|20)\d\d(?!\d)"
        ordinal = _alt(self.ordinals)
        rel_month = _alt(k for k, v in self.relative.items() if v[0] == "month")

        self.numeric = re.compile(
            r"(?<![\w./-])(?:(?P<d>\d{1,2})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"
            r"|(?P<y2>\d{4})(?P<s2>[./-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\w]|[./-]\d)"
        )
        self.month_date = re.compile(
            rf"{_CLITIC}(?P<core>(?:منذ\s+)?(?:يوم\s+)?"
            rf"(?:(?P<d>[0-3]?\d)\s+(?:من\s+)?|(?P<od>{ordinal})\s+من\s+)?"
            rf"(?P<shahr>شهر\s+)?(?P<m>{month})"
            rf"(?:\s*(?:/|\(|-)\s*(?P<m2>{month})\s*\)?)?"
            rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{year})"
            rf"|\s+(?P<mod>{mod}){_END})?){_END}"
        )
        self.year = re.compile(
            rf"{_CLITIC}(?P<core>(?:منذ\s+)?(?:(?:عام|العام|سنه|السنه)\s+)(?P<y>{year}))"
            rf"|(?<=\s)(?:في|منذ|حتى|مطلع|اواخر|اوائل|نهايه|بدايه)\s+(?P<core2>(?P<y2>{year}))"
        )
        self.day_of_month = re.compile(
            rf"{_CLITIC}(?P<core>(?:يوم\s+)?(?:(?P<d>[0-3]?\d)|(?P<od>{ordinal}))\s+من\s+"
            rf"(?P<rel>{rel_month})){_END}"
        )
        self.weekday = re.compile(
            rf"{_CLITIC}(?P<core>(?P<yawm>يوم\s+)?(?P<wd>{wd})(?:\s+(?P<mod>{mod}))?){_END}"
        )
        self.rel = re.compile(rf"{_CLITIC}(?P<core>{rel}){_END}")
        self.counted = re.compile(
            rf"{_CLITIC}(?P<core>(?P<dir>قبل|منذ|بعد)\s+(?:(?P<n>\d{{1,3}}|{num})\s+)?"
            rf"(?P<u>{unit})){_END}(?P<rel_to>\s+(?:من|على)(?!\w))?"
        )
        self.part_of_day = re.compile(rf"{_CLITIC}(?P<core>{_alt(parts)}){_END}")
        self.future_phrase = re.compile(rf"(?<!\w)[وف]?(?:{_alt(future_phrases)}){_END}")
        self.word = re.compile(r"(?<!\w)[وف]?(\w+)")


@cache
def time_lexicon() -> TimeLexicon:
    """-> the shared :class:`TimeLexicon` (loaded on first use)."""
    return TimeLexicon()


def next_word(t: str, end: int) -> str:
    """Normalised text + an offset -> the word starting after the spaces there ("" if none)."""
    m = _WORD_AFTER.match(t, end)
    return m.group(1) if m else ""


def prev_word(t: str, start: int) -> str:
    """Normalised text + an offset -> the word ending before the spaces there ("" if none)."""
    m = _WORD_BEFORE.search(t, max(0, start - 40), start)
    return m.group(1) if m else ""


_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)[^\S\n]+$")
