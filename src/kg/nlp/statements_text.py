"""Text views for kg_statements: tokens with offsets, paired quotations, sentences, mention index.

- ``tokenize(text) -> list[Tok]``: words and punctuation of the *normalised* text, each with its
  original ``(start, end)`` offsets.
- ``pair_quotes(text) -> list[(open, close)]``: original offsets of paired quotation marks.
- ``naive_sentences(text) -> list[(start, end)]``: fallback sentence split when kg_text is absent.
- ``MentionIndex``: top-level mentions by token, for subject search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.records import Mention
from kg.text.normalize import normalize
from kg.text.quotes import QUOTE_CHARS

_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]|_")
_SENT_END_RE = re.compile(r"[.!?؟]+[\s,،]*|\n\s*")
# quotation marks paired by order (toggles), each group separately; guillemets by direction
_TOGGLE_GROUPS = ('"', "\u201c\u201d\u201e\u201f")
_OPEN_GUILLEMET, _CLOSE_GUILLEMET = "\u00ab", "\u00bb"


@dataclass(slots=True)
class Tok:
    """A token: normalised text, original offsets, and whether it is a word."""

    i: int
    norm: str
    start: int
    end: int
    nstart: int  # offset in the normalised text
    word: bool


def tokenize(text: str) -> tuple[list[Tok], object]:
    """Original text -> (tokens over its normalised form, the :class:`Normalized` view)."""
    norm = normalize(text)
    toks: list[Tok] = []
    for m in _TOKEN_RE.finditer(norm.text):
        start, end = norm.to_original(m.start(), m.end())
        s = m.group()
        toks.append(Tok(len(toks), s, start, end, m.start(), s[0].isalnum()))
    return toks, norm


def pair_quotes(text: str) -> list[tuple[int, int]]:
    """Original text -> ``(open, close)`` offsets of paired quotation marks, within a line.

    ASCII and curly double quotes pair by order (writers mix “ and ” freely); « » pair by
    direction. An unclosed mark at the end of a line is ignored, unless the next paragraph
    opens with a mark of the same kind: a quotation running on into the next paragraph
    («قال: "… .¶"… "»), whose pair is the first mark and the close in the later paragraph; or
    unless the next paragraph's only mark of that kind ends it («قال: "… .¶… ".»).
    """
    pairs: list[tuple[int, int]] = []
    carried: dict[int, int] = {}  # toggle group -> open offset left unclosed on the last line
    for line in re.finditer(r"[^\n]+", text):
        if not line.group().strip():
            continue
        pending: dict[int, int | None] = {g: None for g in range(len(_TOGGLE_GROUPS))}
        reopen = _reopening(line.group(), carried)
        if reopen is not None:
            g, skip = reopen
            pending[g] = carried[g]
        else:  # «قال: "… .¶… ".»: the next paragraph only closes the quotation
            for g in _closing_only(line.group(), carried):
                pending[g] = carried[g]
        carried = {}
        stack: list[int] = []
        for m in re.finditer("[" + "".join(QUOTE_CHARS) + "]", line.group()):
            pos, ch = line.start() + m.start(), m.group()
            if reopen is not None and m.start() == skip:
                continue
            if ch == _OPEN_GUILLEMET:
                stack.append(pos)
            elif ch == _CLOSE_GUILLEMET:
                if stack:
                    pairs.append((stack.pop(), pos))
            else:
                g = next(k for k, grp in enumerate(_TOGGLE_GROUPS) if ch in grp)
                if pending[g] is None:
                    pending[g] = pos
                else:
                    pairs.append((pending[g], pos))
                    pending[g] = None
        carried = {g: pos for g, pos in pending.items() if pos is not None}
    return sorted(pairs)


def _reopening(line: str, carried: dict[int, int]) -> tuple[int, int] | None:
    """A line opening with a quote mark of a group left open on the previous paragraph ->
    (group, index of that mark in the line), else None."""
    body = line.lstrip()
    if not carried or not body or body[0] not in QUOTE_CHARS:
        return None
    g = next((k for k, grp in enumerate(_TOGGLE_GROUPS) if body[0] in grp), None)
    if g is None or g not in carried:
        return None
    return g, len(line) - len(body)


def _closing_only(line: str, carried: dict[int, int]) -> list[int]:
    """Groups left open on the previous paragraph whose only mark in ``line`` ends it (nothing
    but punctuation after it): that mark closes the quotation opened before."""
    out = []
    for g in carried:
        marks = [k for k, ch in enumerate(line) if ch in _TOGGLE_GROUPS[g]]
        if len(marks) == 1 and not re.search(r"\w", line[marks[0] + 1 :]):
            out.append(g)
    return out


def naive_sentences(text: str) -> list[tuple[int, int]]:
    """Original text -> sentence spans split at . ! ? ؟ and line breaks (fallback only)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.start() + len(m.group().rstrip(" \t\n,،"))
        if text[start:end].strip():
            out.append((start, end))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


class MentionIndex:
    """Top-level (not nested) mentions, looked up by the token they start or end in."""

    def __init__(self, mentions: list[Mention] | None, toks: list[Tok]) -> None:
        ms = sorted(mentions or [], key=lambda m: (m.start, -(m.end - m.start)))
        top: list[Mention] = []
        for m in ms:
            if top and m.start >= top[-1].start and m.end <= top[-1].end:
                continue
            top.append(m)
        self.all = ms
        self.by_start: dict[int, Mention] = {}
        self.by_end: dict[int, Mention] = {}
        self.span: dict[int, tuple[int, int]] = {}  # id(mention) -> (first tok, last tok)
        starts = [t.start for t in toks]
        for m in top:
            first = _tok_at(starts, toks, m.start)
            last = _tok_at(starts, toks, max(m.start, m.end - 1))
            if first is None or last is None:
                continue
            self.by_start.setdefault(first, m)
            self.by_end[last] = m
            self.span[id(m)] = (first, last)

    def inside(self, start: int, end: int) -> list[Mention]:
        """All mentions (nested ones too) wholly inside original offsets ``[start, end)``."""
        return [m for m in self.all if m.start >= start and m.end <= end]


def _tok_at(starts: list[int], toks: list[Tok], pos: int) -> int | None:
    """Index of the token containing original offset ``pos`` (None if it falls in a gap)."""
    import bisect

    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and toks[k].start <= pos < toks[k].end:
        return k
    return None
