"""Event arguments from actor mentions around a trigger, within one sentence.

``ArgFinder(words, lex, mentions)``; ``.arguments(trigger, etype, sent_lo, sent_hi, fwd_hi)``
-> ``(participants [(role, actor key)], place actor key or None)``.

Rules (normalised offsets; «bare» = no preposition governs the mention):
- verbal trigger: the first bare actor mention within 6 words after it is the agent (VSO), with
  actors conjoined to it by و; otherwise the nearest bare mention before it in the clause
  (SVO, clause cut at punctuation and complementisers). The next bare mention is the object,
  whose role comes from ``events_roles.tsv``.
- participle («… معانقاً X»): subject before it (commas allowed), object after it.
- nominal trigger: nationality adjectives right after it are agents («الضربة الأمريكية»);
  an actor right after it (idafa) takes the type's genitive role, a Place/Facility is the place;
  a light verb before it («شن … ضربات») or in a relative clause after it («المجزرة التي
  ارتكبها X») gives its subject as agent.
- prepositions after the trigger: «مع X» co-participant; «على/ضد X» place (Place/Facility) or
  the type's ``on`` role; «في/بـ X» place; «إلى/لـ X» the type's ``to`` role; an «aim» verb
  («ضربات استهدفت X») acts like «على». The place is the first Place/Facility, else a Country.
"""

from __future__ import annotations

from kg.nlp.events_clause import Arg, ClauseView
from kg.nlp.events_find import Trigger
from kg.nlp.events_lex import EventType
from kg.text.clitics import strip_clitics
from kg.text.normalize import normalize

_AGENT_TYPES = frozenset({"Person", "Organization", "Country"})
_PLACE_TYPES = frozenset({"Place", "Facility"})
_PERSONS = frozenset({"Person", "Organization"})
_VSO_WINDOW = 6  # words between a verbal trigger and its post-verbal subject
_OBJ_GAP = 3  # words between the subject (or the verb) and the direct object
_LIGHT_REACH = 10  # words searched back for a light verb (commas allowed)
_SUBJ_REACH = 6  # words searched back from a light verb for its subject
_REL_REACH = 8  # words after a nominal trigger searched for «التي/الذي + light verb»
_NEAR_REACH = 10  # words after a trigger where prepositional participants are taken
_WIDE_REACH = 12  # words after a trigger where subjects, objects and places are taken
_POSSESSOR_REACH = 400  # characters searched back for the possessor of «استقباله»
_POSSESSIVES = ("ه", "ها", "هم", "هما")


def _agentive(m: Arg, et: EventType | None) -> bool:
    """Can ``m`` be the subject of a verb of type ``et``? A city is, as a metonym for its
    government («طالبت بغداد»), except for attacks and travel where it is the place."""
    if m.type in _AGENT_TYPES:
        return True
    return et is not None and m.type == "Place" and et.plover != "ASSAULT" and et.to != "place"


class ArgFinder(ClauseView):
    # -- arguments --------------------------------------------------------------------------
    def arguments(
        self, tr: Trigger, et: EventType, lo: int, hi: int, fwd_hi: int
    ) -> tuple[list[tuple[str, str]], str | None]:
        wide = self._clause_end(tr.last, fwd_hi, commas=False, reach=_WIDE_REACH)
        near = self._clause_end(tr.last, fwd_hi, commas=True, reach=_NEAR_REACH)
        after = [m for m in self.ms if tr.end <= m.start and m.end <= wide]
        back_lo = self._clause_start(tr.first, lo)
        before = [m for m in self.ms if back_lo <= m.start and m.end <= tr.start]
        roles: list[tuple[str, str]] = []
        places: list[tuple[int, int, str]] = []  # (priority, order, actor)
        bare_after = [m for m in after if m.gov is None and _agentive(m, et)]
        bare_after = [m for m in bare_after if m.kind != "adjective"]
        if tr.entry.pos in ("verb", "participle"):
            close = bare_after and self._words_between(tr.end, bare_after[0].start) <= _VSO_WINDOW
            if tr.entry.pos == "verb" and close and not self._fronted(tr, before):
                agents = self._conjuncts(bare_after)
            elif tr.entry.pos == "participle":  # «الأسد، معانقاً بوتين»: commas do not cut
                s0 = self._clause_start(tr.first, lo, commas=False, reach=_SUBJ_REACH)
                agents = self._subject_before(
                    [m for m in self.ms if s0 <= m.start and m.end <= tr.start]
                ) or self._clause_subject(tr, lo)
            else:
                agents = self._subject_before(before, et)
                if not agents and not close:  # «…، وطالبت بتسليم»: the subject of the clause
                    agents = self._clause_subject(tr, lo)
            roles += [("agent", a.actor) for a in agents]
            obj = self._object(tr, after, agents)
            if obj is None and agents and et.object == "co-participant" and close:
                # «زار لودريان عين التينة، حيث التقى X»: X is the one met, the clause's subject
                # before the comma meets them
                roles += [("co-participant", a.actor) for a in self._clause_subject(tr, lo)]
            hits_place = et.plover == "ASSAULT" or et.to == "place"
            if obj is not None and obj.type in _PLACE_TYPES and hits_place:
                places.append((0, -1, obj.actor))  # «قصفت الطائرات مطار المزة»
            elif obj is not None and obj.type == "Country" and et.to == "place":
                places.append((0, -1, obj.actor))  # «زار الوزير العراق»
            elif obj is not None and et.object:
                roles.append((et.object, obj.actor))
        elif self._possessed(tr) and et.object:
            roles += self._possessor_roles(tr, et, after)
        else:
            roles += self._nominal(tr, et, after, lo, places)
        prev: Arg | None = None
        for n, m in enumerate(after):
            if prev is not None and prev.gov == "with" and m.gov is None and m.conj:
                if self._words_between(prev.end, m.start) <= 1:
                    m = Arg(m.start, m.end, m.actor, m.type, m.kind, "with", True)  # «بين X وY»
            self._prep_role(m, et, n, roles, places, m.end <= near)
            prev = m
        place = min(places)[2] if places else None
        return self._dedupe(roles), place

    def _clause_subject(self, tr: Trigger, lo: int) -> list[Arg]:
        """«قال البرهان إن …، متهماً X»: the first bare actor of the nearest comma-delimited
        stretch before the trigger that has one (back to the sentence start ``lo``)."""
        end = tr.start
        while end > lo:
            cut = max(self.w.norm.rfind("،", lo, end), self.w.norm.rfind(",", lo, end))
            start = cut + 1 if cut >= lo else lo
            bare = [
                m
                for m in self.ms
                if start <= m.start and m.end <= end and m.gov is None and m.type in _AGENT_TYPES
            ]
            bare = [m for m in bare if m.kind != "adjective"]
            if bare:
                return [bare[0]]
            if cut < lo:
                break
            end = cut
        return []

    def _possessed(self, tr: Trigger) -> bool:
        """A one-word nominal trigger carrying a possessive pronoun («استقباله», «لقائه»)."""
        if tr.last - tr.first != 1 or self.w.tm[tr.first]:
            return False
        word = self.w.text[tr.first]
        if not word.endswith(_POSSESSIVES):
            return False
        form = normalize(tr.entry.form).text
        bare = {s for _, s in strip_clitics(word)}
        return form not in bare and any(s == form for _, s in self.w.analyses(tr.first))

    def _possessor_roles(
        self, tr: Trigger, et: EventType, after: list[Arg]
    ) -> list[tuple[str, str]]:
        """«استقباله X», «لقائه X»: the possessor (the last person named before) is the
        agent, the next bare actor the object."""
        roles: list[tuple[str, str]] = []
        lo = max(0, tr.start - _POSSESSOR_REACH)
        persons = [m for m in self.ms if lo <= m.start and m.end <= tr.start and m.type == "Person"]
        persons = [m for m in persons if m.kind != "adjective" and m.gov is None]
        if persons:
            roles.append(("agent", persons[-1].actor))
        obj = self._object(tr, after, [])
        if obj is not None and obj.type in _AGENT_TYPES:
            roles.append((et.object, obj.actor))
        return roles

    def _object(self, tr: Trigger, after: list[Arg], agents: list[Arg]) -> Arg | None:
        """The first bare mention right after the trigger or its post-verbal subject (at most
        ``_OBJ_GAP`` words between: «التقى X، يوم الأربعاء، Y»), not an agent."""
        taken = {id(a) for a in agents}
        last = max((a.end for a in agents if a.start >= tr.end), default=tr.end)
        for m in after:
            if m.gov is None and id(m) not in taken and m.start >= last and m.kind != "adjective":
                return m if self._gap_words(last, m.start) <= _OBJ_GAP else None
        return None

    def _gap_words(self, a: int, b: int) -> int:
        """Words between offsets ``a`` and ``b``, not counting a «، … ،» parenthesis."""
        gap = self.w.norm[a:b]
        cuts = [i for i, ch in enumerate(gap) if ch in "،,"]
        if len(cuts) >= 2:
            gap = gap[: cuts[0]] + gap[cuts[-1] + 1 :]
        return len(gap.split())

    def _conjuncts(self, seq: list[Arg]) -> list[Arg]:
        out = [seq[0]]
        for m in seq[1:]:
            if not m.conj or self._words_between(out[-1].end, m.start) > 1:
                break
            out.append(m)
        return out

    def _subject_before(self, before: list[Arg], et: EventType | None = None) -> list[Arg]:
        bare = [m for m in before if m.gov is None and _agentive(m, et)]
        bare = [m for m in bare if m.kind != "adjective"]
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
        self, tr: Trigger, et: EventType, after: list[Arg], lo: int, places: list
    ) -> list[tuple[str, str]]:
        roles: list[tuple[str, str]] = []
        prev_end = tr.end
        for m in after:  # «المحادثات الأمريكية الروسية»: adjectives right after the trigger
            if m.kind != "adjective" or self._words_between(prev_end, m.start) > 0:
                break
            if m.type in _AGENT_TYPES:
                roles.append(("agent", m.actor))
            prev_end = m.end
        if after and after[0].gov is None and self._words_between(tr.end, after[0].start) == 0:
            m = after[0]
            if m.type in _PLACE_TYPES:
                places.append((0, -1, m.actor))
            elif et.genitive and m.kind != "adjective" and m.type in _AGENT_TYPES:
                roles.append((et.genitive, m.actor))
        if not any(r == "agent" for r, _ in roles):
            roles += [("agent", a.actor) for a in self._light_subject(tr, after, lo)]
        hit = self._undergoer(tr, lo)
        if hit is not None and hit.type in _PLACE_TYPES:
            places.append((0, -2, hit.actor))
        elif hit is not None and et.on:
            roles.append((et.on, hit.actor))
        return roles

    def _fronted(self, tr: Trigger, before: list[Arg]) -> bool:
        """«كان أردوغان قد استقبل …»: an auxiliary and a subject right before the verb."""
        bare = [m for m in before if m.gov is None and m.type in _AGENT_TYPES]
        if not bare or self._words_between(bare[-1].end, tr.start) > 1:
            return False
        first = self.w.index_at(before[0].start) if before else tr.first
        span = range(max(0, first - 2), tr.first)
        return any(self.lex.kind(self.w.text[k]) == "aux" for k in span)

    def _undergoer(self, tr: Trigger, lo: int) -> Arg | None:
        """«تعرضت مدينة الموصل لهجوم»: the subject of an undergo verb before a «لـ» trigger."""
        if self._governor(tr.start)[0] != "to":
            return None
        start = self._clause_start(tr.first, lo)
        for k in range(tr.first - 1, -1, -1):
            if self.w.spans[k][0] < start:
                return None
            if self.lex.kind(self.w.text[k]) == "undergo":
                end = self.w.spans[k][1]
                subj = [m for m in self.ms if end <= m.start < tr.start and m.gov is None]
                return subj[0] if subj else None
        return None

    def _is_light(self, k: int, kind: str = "light") -> bool:
        return any(self.lex.context.get(s) == kind for _, s in self.w.analyses(k))

    def _light_subject(self, tr: Trigger, after: list[Arg], lo: int) -> list[Arg]:
        """Subject of a light verb whose object is the trigger («شن الجيش … ضربات»), or of a
        relative clause right after it («المجزرة التي ارتكبها النظام»)."""
        gov = self._governor(tr.start)[0]
        if gov in (None, "in"):  # «شن … ضربات», «قام … بقصف»; not «تحقيق في الهجوم»
            want = "light" if gov is None else "light_b"
            start = self._clause_start(tr.first, lo, commas=False, reach=_LIGHT_REACH)
            for k in range(tr.first - 1, -1, -1):
                if self.w.spans[k][0] < start:
                    break
                if self._is_light(k, want):
                    between = [m for m in self.ms if self.w.spans[k][1] <= m.start < tr.start]
                    subj = [m for m in between if m.gov is None and m.type in _AGENT_TYPES]
                    subj = [m for m in subj if m.kind != "adjective"]
                    if subj:
                        return self._conjuncts(subj)
                    s0 = self._clause_start(k, lo, commas=False, reach=_SUBJ_REACH)
                    return self._subject_before(
                        [m for m in self.ms if s0 <= m.start and m.end <= self.w.spans[k][0]]
                    )
        for k in range(tr.last, min(len(self.w) - 1, tr.last + _REL_REACH)):
            if self.lex.kind(self.w.text[k]) == "boundary" and self._is_light(k + 1):
                verb_end = self.w.spans[k + 1][1]
                subj = [m for m in self.ms if m.start >= verb_end and m.gov is None]
                subj = [m for m in subj if m.type in _AGENT_TYPES and m.kind != "adjective"]
                if subj and self._words_between(verb_end, subj[0].start) <= 1:
                    return self._conjuncts(subj)
                break
        return []

    def _prep_role(
        self, m: Arg, et: EventType, n: int, roles: list, places: list, near: bool
    ) -> None:
        if m.gov in ("with", "on", "to") and m.type in _AGENT_TYPES and not near:
            return  # participants only in the trigger's own clause; places may be further
        if m.gov == "with" and m.type in _AGENT_TYPES:
            roles.append(("co-participant", m.actor))
        elif m.gov == "in" and m.type in _PERSONS and et.object and near:
            roles.append((et.object, m.actor))  # «يلتقي بوزير الخارجية», «ندد بالرئيس»
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
