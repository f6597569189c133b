"""Coreference rules for counterparts and competing antecedents (mixed into
:class:`kg.nlp.actors_resolve.Resolver`).

- ``_salient(cands, before)``: a role's antecedent among compatible people — the most recent,
  unless a rival seen in the same stretch was introduced as the counterpart («التقى الوزير X
  نظيره Y … وقال الوزير» -> X);
- ``counterpart_holders()``: «نظيره الروسي سيرغي لافروف» — the named person holds the
  antecedent's office; ``_counterpart(i)``: an unnamed «نظيره الروسي» -> the holder of that office
  for the counterpart's country.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_work import Raw
from kg.nlp.records import Position
from kg.text.normalize import normalize_key

_RIVAL_WORDS = 25  # words: rivals for a role's antecedent seen this close to the latest
#: title categories that name no office a counterpart could share
_NO_OFFICE = frozenset({"honorific", "rank"})


class CounterpartRules:
    """Needs ``raws``, ``work``, ``lex``, ``aff_id``, ``_last_seen``, ``_positions``, ``_join``."""

    raws: list[Raw]
    work: Any
    lex: Any
    kb: Any

    def _salient(self, cands: list[int], before: int) -> int:
        """The antecedent of a role among compatible people: the most recent, unless a rival
        seen in the same stretch (``_RIVAL_WORDS``) was not introduced as the counterpart
        («التقى الوزير X نظيره Y … وقال الوزير» -> X; «إن لافروف سيناقش مع نظيره الأمريكي …
        وقال الوزير» -> Lavrov): the counterpart is the object, the other the subject."""
        last = {e: self._last_seen(e, before) for e in cands}
        top = max(last.values())
        rivals = [e for e in cands if last[e] >= top - _RIVAL_WORDS]
        subjects = [e for e in rivals if not self._counterpart_near(e, top - _RIVAL_WORDS, before)]
        pool = subjects or rivals
        return max(pool, key=lambda e: last[e])

    def _counterpart_near(self, e: int, lo: int, hi: int) -> bool:
        return any(
            self.raws[r].kind == "counterpart" and lo <= self.raws[r].ws < hi
            for r in self.work.entities[e].raws
        )

    def _antecedent_position(self, raw: Raw, exclude: int | None) -> tuple[str, str] | None:
        """«نظيره»: the nearest person before it (not ``exclude``) -> (category, title) of an
        office it holds outside the counterpart's country, or None."""
        found = self._antecedent_positions(raw, exclude)
        return found[0] if found else None

    def _antecedent_positions(self, raw: Raw, exclude: int | None) -> list[tuple[str, str]]:
        """«نظيره»: the nearest person before it (not ``exclude``) -> (category, title) of every
        office it holds outside the counterpart's country (honorifics and ranks are no office:
        «الدكتور X وزير الخارجية … نظيره Y»), in order."""
        target = self.aff_id(raw.of)
        persons = [
            e
            for e, ent in enumerate(self.work.entities)
            if ent.type == "Person" and e != exclude and self._last_seen(e, raw.ws) >= 0
        ]
        if not persons or target is None:
            return []
        for a in sorted(persons, key=lambda e: -self._last_seen(e, raw.ws)):
            offices = [(c, k, o) for c, k, o, _ in self._positions(a) if c not in _NO_OFFICE]
            found = {(c, self.lex.titles[k].title): None for c, k, o in offices if o != target}
            if found or not any(o == target for _, _, o in offices):
                return list(found)  # each office once (from the text and from the KB)
            # «بحث X مع وزير الخارجية المصري Y … وأوضح نظيره المصري»: Y, the latest, is the
            # counterpart himself; the antecedent is the one before him
        return []

    def _ministry_country(self, t: Any, of: str | None) -> list[tuple[str, str, str, str]]:
        """A title whose affiliation is a KB ministry («وزيرة الخارجية الألمانية»: «وزيرة» of the
        German foreign ministry) -> the same title for the ministry's country (a role «الوزيرة
        الألمانية» names the country); else nothing."""
        entry = self.kb.get(of) if self.kb is not None and of is not None else None
        if entry is None or entry.type != "Organization" or entry.country is None:
            return []
        if getattr(entry, "subtype", None) != "ministry":
            return []
        return [(t.category, t.key, entry.country, t.gender)]

    def _hold(self, e: int, raw: Raw) -> None:
        """Entity e holds the title of ``raw``, and a title that ends it after a first one
        («نائب رئيس مجلس الوزراء وزير الخارجية»: also the foreign minister)."""
        ent = self.work.entities[e]
        words = normalize_key(raw.text).split()
        titles = [raw.title]
        for k in range(len(raw.title.key.split()), len(words) - 1):
            t = self.lex.titles.get(" ".join(words[k:]))
            if t is not None and t.category not in _NO_OFFICE:
                titles.append(t)
                break
        for t in titles:
            ent.positions.append(Position(t.title, t.title_en, evidence=(raw.start, raw.end)))
            ent.pos_of.append(raw.of)

    def counterpart_holders(self) -> None:
        """«نظيره الروسي سيرغي لافروف»: the named person holds the antecedent's office."""
        for i in self.order:
            raw = self.raws[i]
            if raw.kind != "counterpart" or raw.holder is None or raw.entity is None:
                continue
            ent = self.work.entities[raw.entity]
            for _, title in self._antecedent_positions(raw, raw.entity):
                t = self.lex.title_of(title)
                ent.positions.append(Position(t.title, t.title_en, evidence=(raw.start, raw.end)))
                ent.pos_of.append(raw.of)

    def _counterpart(self, i: int) -> None:
        raw = self.raws[i]
        target = self.aff_id(raw.of)
        found = self._antecedent_position(raw, None)
        if found is None:
            return
        cat = found[0]
        persons = [e for e, ent in enumerate(self.work.entities) if ent.type == "Person"]
        same = [
            e for e in persons if any(c == cat and o == target for c, _, o, _ in self._positions(e))
        ]
        if len(same) == 1:
            self._join(i, same[0])
            return
        if self.kb is None or same:
            return
        holders = [
            entry.id
            for entry in self.kb
            if entry.type == "Person"
            and any(
                p.of == target
                and p.end is None
                and (t := self.lex.title_of(p.title_ar)) is not None
                and t.category == cat
                for p in entry.positions
            )
        ]
        if len(holders) == 1:
            kid = holders[0]
            if kid in self.by_id:
                self._join(i, self.by_id[kid])
            else:
                self.by_id[kid] = self._new(i, {kid})
