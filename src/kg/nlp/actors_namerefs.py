"""Name and title references for the coreference resolver (mixed into
:class:`kg.nlp.actors_resolve.Resolver`).

``_short_of(raw)``: a two-word person name that shortens a longer one in the article («أنور
الزعبي», Gulf style «فهد اليوسف» for «فهد يوسف سعود الصباح») -> that entity.
``_bare_head(raw)`` / ``_of_body(e)`` / ``_org_id(of)``: bare «الرئيس» is a head of state, not
the head of a body named after a title («رئيس المخابرات العامة اللواء X»). ``_same_title`` /
``_same_of`` / ``_unqualified``: does an entity hold a role's title (its affiliation)?
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key


class NameRefs:
    """Mixin: needs the resolver's ``raws``, ``work``, ``lex``, ``kb``, ``by_name``, ``aff_id``
    and ``_positions``."""

    raws: Any
    work: Any
    lex: Any
    kb: Any
    by_name: Any
    aff_id: Any
    _positions: Any

    def _short_of(self, raw: Raw) -> int | None:
        """A person name not seen before that shortens a longer one -> that entity."""
        if raw.type != "Person" or raw.name in self.by_name:
            return None
        return self._short(raw.name)

    def _short(self, name: str) -> int | None:
        """A two-word name -> the only longer person name before it that it shortens: the
        first and last words («أنور الزعبي» ~ «أنور طه الزعبي»), the first two of three («حسن
        شيخ» ~ «حسن شيخ محمود») or, Gulf style, the first and the second with the article
        («فهد اليوسف» ~ «فهد يوسف سعود الصباح»); else None."""
        words = name.split()
        if len(words) != 2:
            return None
        found = {
            e
            for k, e in self.by_name.items()
            if len(k.split()) >= 3
            and self.raws[self.work.entities[e].raws[0]].type == "Person"
            and k.split()[0] == words[0]
            and (
                k.split()[-1] == words[1]
                or "ال" + k.split()[1] == words[1]
                or len(k.split()) == 3
                and k.split()[1] == words[1]  # «X Y» for «X Y Z»
            )
        }
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _bare_head(raw: Raw) -> bool:
        """«الرئيس» alone (no affiliation): a head of state, not the head of a body."""
        return (
            raw.of is None
            and raw.category == "president"
            and raw.title is not None
            and " " not in raw.title.key
            and len(raw.text.split()) == 1  # «رئيس الأمن العام» names its body
        )

    def _of_body(self, e: int) -> bool:
        """Is every title of entity ``e`` in the text a head of a body named after the title
        («رئيس المخابرات العامة اللواء X»: words other than honorifics, no affiliation raw)?"""
        found = False
        for r in self.work.entities[e].raws:
            raw = self.raws[r]
            if raw.kind != "title" or raw.title is None:
                continue
            words = normalize_key(raw.text).split()[len(raw.title.key.split()) :]
            rest = [w for w in words if not self.lex.classes(w) & {"honorific", "title_mod"}]
            if raw.of is not None or not rest:
                return False
            found = True
        return found

    def _org_id(self, of: str | None) -> bool:
        """Does an affiliation id denote an organisation (not a country)?"""
        if of is None:
            return False
        if of.startswith("e") and of[1:].isdigit():
            return self.work.entities[int(of[1:])].type == "Organization"
        entry = self.kb.get(of) if self.kb is not None else None
        return entry is not None and entry.type == "Organization"

    def _unqualified(self, raw: Raw, e: int) -> bool:
        """Does entity ``e`` hold the role's exact title in the text without an affiliation?"""
        key = raw.title.key if raw.title is not None else None
        ent = self.work.entities[e]
        for pos, of in zip(ent.positions, ent.pos_of, strict=True):
            t = self.lex.title_of(pos.title)
            if t is not None and t.key == key and of is None:
                return True
        return False

    def _same_title(self, raw: Raw, e: int) -> bool:
        """Does the entity hold, in this article, exactly the role's title?"""
        key = raw.title.key if raw.title is not None else None
        return key is not None and any(k == key for _, k, _, _ in self._positions(e))

    def _same_of(self, raw: Raw, e: int) -> bool:
        """Does the entity hold a position of the role's category with the role's affiliation?"""
        want = self.aff_id(raw.of)
        return any(
            of == want and raw.category in ("any", cat) for cat, _, of, _ in self._positions(e)
        )
