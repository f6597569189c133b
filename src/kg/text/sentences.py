"""Sentence splitting over the ORIGINAL article text.

``split_sentences(text, skip=regions) -> list[(start, end)]``: half-open spans into ``text``,
without leading/trailing whitespace (nor the stray commas of ``"., ,"`` scraping artefacts),
never overlapping a ``skip`` region (``(start, end)`` pairs or :class:`kg.text.boilerplate.Region`).

Rules, in order:

1. Line breaks always end a sentence (scraped news puts one paragraph per line), and so do the
   edges of skipped regions.
2. Inside a line, a run of ``. ! ? ؟ ؛ …`` ends a sentence, together with closing quotes or
   brackets right after it, unless the run is protected:
   - it lies inside a matched pair of quotes («…», “…”, ”…”, "…") or brackets; a quote or
     bracket left open at the end of the line "runs away" and protects nothing. A quote that
     ends in ``.`` or ``!`` does not end the sentence by itself: what follows it on the line is
     usually its attribution (``«…!» قال الوزير.``), which must stay with it;
   - a single ``.`` between digits (``12.04.2017``, ``3.5``), before a Latin letter or digit
     (``U.S.A``, ``www.site.com``), or after an abbreviation: any single letter (``د.``,
     ``أ.ف.ب``) or an entry of ``data/abbreviations.tsv``; an ``era`` abbreviation (``م.``,
     ``هـ.``) after a number may end the sentence (``عام 2017 م.``);
   - URLs and e-mail addresses.
3. ``..`` / ``...`` / ``…`` outside brackets end a sentence; ``(…)`` (an elision) does not.
4. A missing space after a full stop (``البلدين.وقال``) still splits before an Arabic letter.
5. A list number or letter opening a sentence (``1.``, ``(ب).``) does not make a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

from kg.text.normalize import normalize_key
from kg.text.resources import load_tsv

Span = tuple[int, int]

_LINE_BREAK_RE = re.compile(r"[\n\r\u2028\u2029\u0085\v\f]")
_TERM_RE = re.compile(r"[.!?؟؛…\u06d4]+")
_PAIR_RE = re.compile(r"[\"“”«»()\[\]]")
_URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|info|int|io|[a-z]{2})\b"
)
_URL_HINT_RE = re.compile(r"[A-Za-z0-9]\.[A-Za-z]|@|://")
_ALNUM_RE = re.compile(r"[^\W_]")
_LIST_MARK_RE = re.compile(r"[\s,،]*[(\[]?(?:\d{1,3}|[^\W\d_])[)\]]?")
_CLOSERS = frozenset("\"”»’')]}")
_OPEN_CTX = frozenset("([{«:،,ـ-–—/")
_CLOSE_CTX = frozenset(".,،؛;:!?؟…)]}»-–—")
_LEAD_JUNK = frozenset(" \t\u00a0\u200f\u200e,،.…;؛:|•·*-–—")


@cache
def _abbreviations() -> dict[str, str]:
    return {normalize_key(r["abbr"]).casefold(): r["kind"] for r in load_tsv("abbreviations.tsv")}


def split_sentences(text: str, skip: Iterable[Sequence[int]] = ()) -> list[Span]:
    """Original text (and regions to leave out) -> sentence spans, in text order."""
    out: list[Span] = []
    for a, b in _segments(text, skip):
        _split_line(text, a, b, out)
    return out


def _segments(text: str, skip: Iterable[Sequence[int]]) -> list[Span]:
    """``text`` minus the skipped regions, cut at every line break."""
    gaps: list[Span] = []
    pos = 0
    for r in sorted((int(r[0]), int(r[1])) for r in skip):
        if r[0] > pos:
            gaps.append((pos, r[0]))
        pos = max(pos, r[1])
    if pos < len(text):
        gaps.append((pos, len(text)))
    segs: list[Span] = []
    for a, b in gaps:
        start = a
        for m in _LINE_BREAK_RE.finditer(text, a, b):
            if m.start() > start:
                segs.append((start, m.start()))
            start = m.end()
        if b > start:
            segs.append((start, b))
    return segs


def _quote_role(text: str, i: int, a: int, b: int, has_open: bool) -> str:
    prev = text[i - 1] if i > a else " "
    nxt = text[i + 1] if i + 1 < b else " "
    open_ctx = prev.isspace() or prev in _OPEN_CTX
    close_ctx = nxt.isspace() or nxt in _CLOSE_CTX
    if open_ctx and not close_ctx:
        return "open"
    if close_ctx and not open_ctx:
        return "close"
    return "close" if has_open else "open"


def _protected(text: str, a: int, b: int) -> list[Span]:
    """Interiors ``(open+1, close)`` of the matched quote and bracket pairs of one line."""
    ivs: list[Span] = []
    guil: list[int] = []  # « ... »
    rev: list[int] = []  # » ... « (reversed guillemets)
    dq: list[int] = []
    br: list[int] = []
    for m in _PAIR_RE.finditer(text, a, b):
        ch, i = m.group(), m.start()
        if ch == "«":
            if rev:
                ivs.append((rev.pop() + 1, i))
            else:
                guil.append(i)
        elif ch == "»":
            if guil:
                ivs.append((guil.pop() + 1, i))
            else:
                rev.append(i)
        elif ch in "([":
            br.append(i)
        elif ch in ")]":
            if br:
                ivs.append((br.pop() + 1, i))
        elif _quote_role(text, i, a, b, bool(dq)) == "open":
            dq.append(i)
        elif dq:
            ivs.append((dq.pop() + 1, i))
    if _URL_HINT_RE.search(text, a, b):
        for m in _URL_RE.finditer(text, a, b):
            ivs.append((m.start(), m.end()))
    return ivs


def _word_before(text: str, s: int, a: int) -> tuple[int, str]:
    """The letters (with their marks) ending at ``s`` -> ``(start, word)``."""
    i = s
    while i > a and (text[i - 1].isalpha() or unicodedata.category(text[i - 1]) in ("Mn", "Lm")):
        i -= 1
    return i, text[i:s]


def _dot_is_boundary(text: str, s: int, e: int, a: int, b: int, cur: int) -> bool:
    prev = text[s - 1] if s > a else " "
    nxt = text[e] if e < b else " "
    if prev.isdigit() and nxt.isdigit():
        return False
    if _LIST_MARK_RE.fullmatch(text, cur, s):  # "1." / "(ب)." opening a list item
        return False
    if nxt.isascii() and nxt.isalnum():
        return False
    ws, word = _word_before(text, s, a)
    if word:
        key = normalize_key(word).casefold()
        kind = _abbreviations().get(key)
        if kind is None and len(key) == 1:
            kind = "initial"
        if kind == "era":
            j = ws
            while j > a and text[j - 1].isspace():
                j -= 1
            return j > a and text[j - 1].isdigit()
        if kind is not None:
            return False
    return True


def _boundary(text: str, s: int, e: int, a: int, b: int, prot: list[Span], cur: int) -> int | None:
    """Terminator run ``[s, e)`` -> end of the sentence it closes, or None."""
    if any(iv[0] <= s < iv[1] for iv in prot):
        return None
    run = text[s:e]
    if run == "." and not _dot_is_boundary(text, s, e, a, b, cur):
        return None
    openers = {iv[0] - 1 for iv in prot}
    end = e
    while end < b and text[end] in _CLOSERS and end not in openers:
        end += 1
    return end


def _emit(text: str, s: int, e: int, out: list[Span]) -> None:
    while s < e and text[s] in _LEAD_JUNK or (s < e and text[s].isspace()):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and _ALNUM_RE.search(text, s, e):
        out.append((s, e))


def _split_line(text: str, a: int, b: int, out: list[Span]) -> None:
    prot = _protected(text, a, b)
    cur = a
    for m in _TERM_RE.finditer(text, a, b):
        if m.start() < cur:
            continue
        end = _boundary(text, m.start(), m.end(), a, b, prot, cur)
        if end is None:
            continue
        _emit(text, cur, end, out)
        cur = end
    _emit(text, cur, b, out)
