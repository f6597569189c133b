"""Clause geometry around event triggers: what governs a mention, where a clause starts/ends.

``ClauseView(words, lex, mentions)`` is the base of :class:`kg.nlp.events_args.ArgFinder`:
``_governor(pos) -> (in|on|with|to|other|None, conjunction?)`` for a mention starting at ``pos``
(attached clitic letter, detached «ب تكرار», preposition word, or a place noun such as «ريف»
with its own preposition); ``_clause_start`` / ``_clause_end`` cut at punctuation (optionally),
complementisers and relative pronouns (``boundary`` words of ``events_context.tsv``), within a
reach in words; ``time_window(trigger, lo, hi)`` is where the trigger's own time may stand.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from kg.nlp.events_find import Trigger, Words
from kg.nlp.events_lex import EventLexicon
from kg.text.clitics import detached_clitic

_TIME_REACH = 16  # words either side of a trigger where its time expression may stand
_BACK_WINDOW = 14  # words searched back for a pre-verbal subject
_CLAUSE_PUNCT = frozenset('،,:؛;"')
_PREP_LETTERS = {"ب": "in", "ل": "to", "ك": "other"}
#: heads of «الجيش/القوات + nationality adjective» (normalised, clitics stripped)
_ARMED_HEADS = frozenset({"الجيش", "جيش", "القوات", "قوات", "الطيران", "البحريه", "الجيوش"})
_KIND_GOV = {"place": "in", "on": "on", "with": "with", "to": "to", "prep": "other", "aim": "on"}


@dataclass(slots=True)
class Arg:
    """An actor mention in normalised offsets, with what governs it."""

    start: int
    end: int
    actor: str
    type: str
    kind: str  # mention kind (name, adjective, ...)
    gov: str | None = None  # in | on | with | to | other | None (bare)
    conj: bool = False  # attached/detached و before it


class ClauseView:
    def __init__(self, words: Words, lex: EventLexicon, mentions: list[Arg]) -> None:
        self.w = words
        self._cuts: list[bool] | None = None
        self.lex = lex
        self.ms = mentions
        for m in mentions:
            m.gov, m.conj = self._governor(m.start)
            k = self._word_containing(m.start) - 1
            if m.kind == "adjective" and k >= 0 and self._armed_head(k):
                # «الجيش الإسرائيلي شن»: the country acting through its army, like a name
                m.kind = "name"
                m.gov, m.conj = self._governor(self.w.spans[k][0])

    def _armed_head(self, k: int) -> bool:
        return any(s in _ARMED_HEADS for _, s in self.w.analyses(k))

    def _word_containing(self, pos: int) -> int:
        return bisect_right(self.w.starts, pos) - 1

    def _governor(self, pos: int) -> tuple[str | None, bool]:
        t = self.w.norm
        k = self._word_containing(pos)
        if k >= 0 and self.w.spans[k][0] < pos < self.w.spans[k][1]:
            attached = t[self.w.spans[k][0] : pos]
            conj = attached[:1] in ("و", "ف")
            rest = attached[1:] if conj else attached
            for ch in rest:
                if ch in _PREP_LETTERS:
                    return _PREP_LETTERS[ch], conj
            return None, conj
        det = detached_clitic(t, pos)
        if det:
            return _PREP_LETTERS.get(det), det in ("و", "ف")
        prev = k - 1 if k >= 0 and self.w.spans[k][0] == pos else k
        return self._gov_word(prev, depth=0), False

    def _gov_word(self, k: int, depth: int) -> str | None:
        if k < 0:
            return None
        word = self.w.text[k]
        for n, stem in self.w.analyses(k):
            kind = self.lex.context.get(stem)
            if kind is None:
                continue
            if kind == "placenoun" and depth == 0:
                pre = word[:n].lstrip("وف")
                if pre[:1] in _PREP_LETTERS:
                    return _PREP_LETTERS[pre[:1]]
                return self._gov_word(k - 1, depth + 1)
            if kind in _KIND_GOV and (n == 0 or word[:n] in ("و", "ف")):
                return _KIND_GOV[kind]
        return None

    # -- windows ----------------------------------------------------------------------------
    def _cut(self, k: int, commas: bool) -> bool:
        """True when the gap after word ``k`` closes a clause."""
        if k + 1 >= len(self.w):
            return True
        if not commas:
            return False
        if self._cuts is None:  # computed once per document: _cut is asked ~800 times
            sp, norm = self.w.spans, self.w.norm
            self._cuts = [
                not _CLAUSE_PUNCT.isdisjoint(norm[sp[i][1] : sp[i + 1][0]])
                for i in range(len(sp) - 1)
            ]
        return self._cuts[k]

    def _clause_start(
        self, first: int, lo: int, commas: bool = True, reach: int = _BACK_WINDOW
    ) -> int:
        """Offset where the clause before word ``first`` starts (>= ``lo``)."""
        k = first - 1
        while k >= 0 and k > first - 1 - reach and self.w.spans[k][0] >= lo:
            if self._cut(k, commas):
                return self.w.spans[k + 1][0]
            if self.lex.kind(self.w.text[k]) == "boundary":
                return self.w.spans[k][1]
            k -= 1
        return self.w.spans[k + 1][0] if k + 1 < len(self.w) else lo

    def _clause_end(self, last: int, hi: int, commas: bool, reach: int) -> int:
        """Offset where the clause after word ``last - 1`` (the trigger's last word) ends."""
        k = last
        if last - 1 >= 0 and self._cut(last - 1, commas):
            return self.w.spans[last - 1][1]
        while k < len(self.w) and k < last + reach and self.w.spans[k][1] <= hi:
            if self.lex.kind(self.w.text[k]) == "boundary" and not self._aim_next(k):
                return self.w.spans[k][0]
            if self._cut(k, commas):
                return self.w.spans[k][1]
            k += 1
        return min(hi, self.w.spans[k - 1][1]) if k > last else self.w.spans[last - 1][1]

    def _aim_next(self, k: int) -> bool:
        """«الهجوم الذي استهدف X»: a relative clause that names what the event hit."""
        if k + 1 >= len(self.w):
            return False
        return any(self.lex.context.get(s) == "aim" for _, s in self.w.analyses(k + 1))

    def time_window(self, tr: Trigger, lo: int, hi: int) -> tuple[int, int]:
        """Span (normalised) where the trigger's own time expression may stand."""
        start = self._clause_start(tr.first, lo, commas=False, reach=_TIME_REACH)
        end = self._clause_end(tr.last, hi, commas=False, reach=_TIME_REACH)
        return start, end

    def _words_between(self, a: int, b: int) -> int:
        return max(0, self.w.index_at(b) - self.w.index_at(a))
