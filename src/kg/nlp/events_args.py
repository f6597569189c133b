"""Event arguments from actor mentions around a trigger, within one sentence.

``ArgFinder(words, lex, mentions)``; ``.arguments(trigger, etype, sent_lo, sent_hi, fwd_hi)``
-> ``(participants [(role, actor key)], place actor key or None)``.

Rules (normalised offsets; «bare» = no preposition governs the mention):
- verbal trigger: the first bare actor mention within 6 words after it is the agent (VSO), with
  actors conjoined to it by و; otherwise the nearest bare mention before it in the clause
  (SVO, clause cut at punctuation and complementisers). The next bare mention is the object,
  whose role comes from ``events_roles.tsv``.
- nominal trigger: a nationality adjective right after it is the agent («الضربة الأمريكية»);
  an actor right after it (idafa) takes the type's genitive role, a Place/Facility is the place;
  a light verb before it («شن … ضربات», «ارتكب … مجزرة») gives its subject as agent.
- prepositions after the trigger: «مع X» co-participant; «على/ضد X» place (Place/Facility) or
  the type's ``on`` role; «في/بـ X» place; «إلى/لـ X» the type's ``to`` role. The place is the
  first Place/Facility found, else the first Country.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from kg.nlp.events_find import Trigger, Words
from kg.nlp.events_lex import EventLexicon, EventType
from kg.text.clitics import detached_clitic

_AGENT_TYPES = frozenset({"Person", "Organization", "Country"})
_PLACE_TYPES = frozenset({"Place", "Facility"})
_VSO_WINDOW = 6  # words between a verbal trigger and its post-verbal subject
_BACK_WINDOW = 14  # words searched back for a pre-verbal subject / light verb
_CLAUSE_PUNCT = frozenset("،,:؛;")
_PREP_LETTERS = {"ب": "in", "ل": "to", "ك": "other"}
_KIND_GOV = {"place": "in", "on": "on", "with": "with", "to": "to", "prep": "other"}


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


class ArgFinder:
    def __init__(self, words: Words, lex: EventLexicon, mentions: list[Arg]) -> None:
        self.w = words
        self.lex = lex
        self.ms = mentions
        self.starts = [m.start for m in mentions]
        for m in mentions:
            m.gov, m.conj = self._governor(m.start)

    # -- governors --------------------------------------------------------------------------
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
    def _clause_start(self, first: int, lo: int) -> int:
        """Normalised offset where the clause before word ``first`` starts (>= ``lo``)."""
        t = self.w.norm
        k = first - 1
        stop = max(-1, first - 1 - _BACK_WINDOW)
        while k > stop and self.w.spans[k][0] >= lo:
            gap = t[self.w.spans[k][1] : self.w.spans[k + 1][0]] if k + 1 < len(self.w) else ""
            if set(gap) & _CLAUSE_PUNCT:
                return self.w.spans[k + 1][0]
            if self.lex.kind(self.w.text[k]) == "boundary":
                return self.w.spans[k][1]
            k -= 1
        return self.w.spans[k + 1][0] if k + 1 < len(self.w) else lo

    def _words_between(self, a: int, b: int) -> int:
        return max(0, self.w.index_at(b) - self.w.index_at(a))

    # -- arguments --------------------------------------------------------------------------
    def arguments(
        self, tr: Trigger, et: EventType, lo: int, hi: int, fwd_hi: int
    ) -> tuple[list[tuple[str, str]], str | None]:
        after = [m for m in self.ms if tr.end <= m.start < fwd_hi and m.end <= hi]
        back_lo = self._clause_start(tr.first, lo)
        before = [m for m in self.ms if back_lo <= m.start and m.end <= tr.start]
        roles: list[tuple[str, str]] = []
        places: list[tuple[int, int, str]] = []  # (priority, order, actor)
        bare_after = [m for m in after if m.gov is None and m.type in _AGENT_TYPES]
        if tr.entry.pos == "verb":
            if bare_after and self._words_between(tr.end, bare_after[0].start) <= _VSO_WINDOW:
                agents = self._conjuncts(bare_after)
            else:
                agents = self._subject_before(before)
            roles += [("agent", a.actor) for a in agents]
            obj = self._object(after, agents, et)
            if obj is not None and obj.type in _PLACE_TYPES:
                places.append((0, -1, obj.actor))  # «قصفت الطائرات مطار المزة»
            elif obj is not None and obj.type == "Country" and et.to == "place":
                places.append((0, -1, obj.actor))  # «زار الوزير العراق»
            elif obj is not None and et.object:
                roles.append((et.object, obj.actor))
        else:
            roles += self._nominal(tr, et, after, before, back_lo, places)
        for n, m in enumerate(after):
            self._prep_role(m, et, n, roles, places)
        place = min(places)[2] if places else None
        return self._dedupe(roles), place

    @staticmethod
    def _object(after: list[Arg], agents: list[Arg], et: EventType) -> Arg | None:
        """The first bare mention after the trigger that is not an agent (the direct object)."""
        taken = {id(a) for a in agents}
        last = max((a.end for a in agents), default=-1)
        for m in after:
            if m.gov is None and id(m) not in taken and m.start >= last and m.kind != "adjective":
                return m
        return None

    def _conjuncts(self, seq: list[Arg]) -> list[Arg]:
        out = [seq[0]]
        for m in seq[1:]:
            if not m.conj or self._words_between(out[-1].end, m.start) > 1:
                break
            out.append(m)
        return out

    def _subject_before(self, before: list[Arg]) -> list[Arg]:
        bare = [m for m in before if m.gov is None and m.type in _AGENT_TYPES]
        if not bare:
            return []
        out = [bare[-1]]
        while out[0].conj:
            k = bare.index(out[0])
            if k == 0 or self._words_between(bare[k - 1].end, out[0].start) > 1:
                break
            out.insert(0, bare[k - 1])
        return out

    def _nominal(
        self,
        tr: Trigger,
        et: EventType,
        after: list[Arg],
        before: list[Arg],
        back_lo: int,
        places: list,
    ) -> list[tuple[str, str]]:
        roles: list[tuple[str, str]] = []
        for m in after:
            if self._words_between(tr.end, m.start) > 3:
                break
            if m.kind == "adjective" and m.type in _AGENT_TYPES:
                roles.append(("agent", m.actor))
                break
        if after and after[0].gov is None and self._words_between(tr.end, after[0].start) == 0:
            m = after[0]
            if m.type in _PLACE_TYPES:
                places.append((0, -1, m.actor))
            elif et.genitive and m.kind != "adjective" and m.type in _AGENT_TYPES:
                roles.append((et.genitive, m.actor))
        if not any(r == "agent" for r, _ in roles):
            light = self._light_verb(tr, back_lo)
            if light is not None:
                subj = [m for m in before if m.start >= light and m.gov is None]
                subj = [m for m in subj if m.type in _AGENT_TYPES]
                agents = (
                    self._conjuncts(subj)
                    if subj
                    else self._subject_before([m for m in before if m.end <= light])
                )
                roles += [("agent", a.actor) for a in agents]
        return roles

    def _light_verb(self, tr: Trigger, back_lo: int) -> int | None:
        """End offset of a light verb in the clause before a nominal trigger, or None."""
        for k in range(tr.first - 1, max(-1, tr.first - 1 - _BACK_WINDOW), -1):
            if self.w.spans[k][0] < back_lo:
                break
            if any(self.lex.context.get(s) == "light" for _, s in self.w.analyses(k)):
                return self.w.spans[k][1]
        return None

    def _prep_role(self, m: Arg, et: EventType, n: int, roles: list, places: list) -> None:
        if m.gov == "with" and m.type in _AGENT_TYPES:
            roles.append(("co-participant", m.actor))
        elif m.gov in ("on", "in", "to") and m.type in _PLACE_TYPES:
            places.append((0, n, m.actor))
        elif m.gov == "on" and et.on:
            roles.append((et.on, m.actor))
            if m.type == "Country":
                places.append((1, n, m.actor))
        elif m.gov == "to" and et.to == "place" and m.type == "Country":
            places.append((0, n, m.actor))
        elif m.gov == "to" and et.to and et.to != "place" and m.type in _AGENT_TYPES:
            roles.append((et.to, m.actor))
        elif m.gov == "in" and m.type == "Country":
            places.append((1, n, m.actor))

    @staticmethod
    def _dedupe(roles: list[tuple[str, str]]) -> list[tuple[str, str]]:
        agents = {a for r, a in roles if r == "agent"}
        out: list[tuple[str, str]] = []
        for r, a in roles:
            if (r, a) in out or (r != "agent" and a in agents):
                continue
            out.append((r, a))
        return out
