"""Bodies inside titles: coordinated committee names and houses read by pattern.

``coordinated(reader, j)``: is word j a «والX» that goes on an organisation's complement
(«لجنة التخطيط والمالية»)? ``PatternBodies._pattern_body_in(j)`` (a mixin of
:class:`kg.nlp.actors_titles.Scanner`): «في البرلمان» after a title's body, before the holder;
``house_in_title(i, n, title)``: the house of parliament inside a title («رئيس مجلس النواب»).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

if TYPE_CHECKING:
    from kg.nlp.actors_orgs import OrgReader


#: titles naming a house of parliament after their first word («رئيس مجلس النواب»)
_HOUSE_TITLES = frozenset({"speaker", "legislator"})
#: titles naming the council of ministers they head after their first word («رئيس مجلس الوزراء»)
_CABINET_TITLES = frozenset({"prime_minister", "deputy_prime_minister"})


def _definite(t: str) -> bool:
    return t.startswith(("ال", "لل")) and len(t) > 3


def coordinated(reader: OrgReader, j: int) -> bool:
    """Word j is «والX» right after a definite word of the complement, X no organisation
    head, title or word of a closed class («لجنة الأمن والدفاع»; not «الحكومة والجيش»)."""
    s, t = reader.s, reader.s.w[j].text
    prev = s.w[j - 1].text
    if not t.startswith("وال") or len(t) < 6 or not _definite(prev.removeprefix("و")):
        return False
    if t[3:] in reader.heads or t[1:] in reader.title_firsts or t[3:] in reader.title_firsts:
        return False
    return not s.lex.classes(t[1:])


class PatternBodies:
    """Mixin: needs the scanner's ``w``, ``raws``, ``hits``, ``orgs``, ``_in_body``,
    ``_name_follows``, ``match_org``, ``match_named_org``, ``_hit_raw``, ``_joined``,
    ``_adjective_at``, ``_span`` and ``_add``."""

    w: Any
    raws: Any
    hits: Any
    orgs: Any

    def _pattern_body_in(self, j: int) -> int:
        """«في» + a body read by pattern («البرلمان», «مجلس الشيوخ الفرنسي») after a title's
        own body, when a holder's name follows -> the word after the body (0 = none); the body
        is a mention."""
        place = self._in_body(j, True, True, True)
        if place is None or not isinstance(place, SimpleNamespace):
            return 0
        if not self._name_follows(place.we):
            return 0
        mark = len(self.raws)
        used = self.match_org(j + 1) or self.match_named_org(j + 1)
        if j + 1 + used != place.we:
            del self.raws[mark:]
            s, e, surface = self._span(j + 1, place.we)
            org = Raw(
                s, e, j + 1, place.we, "name", "Organization", surface, (), normalize_key(surface)
            )
            self._add(org)
        return place.we

    def _house_at(self, k: int) -> bool:
        """Word k opens a house of parliament named by pattern («مجلس …», or a legislature head of
        ``org_patterns.tsv``: «البرلمان»)."""
        if k in self.hits:
            return False
        pattern = self.lex.orgs.get(self.w[k].text)
        return self.orgs.head_at(k) is not None or (
            pattern is not None and pattern.kb_subtype == "legislature"
        )

    def house_in_title(self, i: int, n: int, title: Any) -> None:
        """A title of n words at word i that names a house of parliament («رئيس مجلس النواب»,
        «عضو البرلمان الإندونيسي», «عضو مجلس الشيوخ») -> the house (with its nationality
        adjective) is a mention of its own (adds its raw)."""
        # «رئيس مجلس الوزراء»: the council inside a head of government's title is named too
        house = title.category in _HOUSE_TITLES or n >= 3 and title.category in _CABINET_TITLES
        inner = self.hits.get(i + 1) if house else None
        if inner is not None and inner.we <= i + n and not inner.prefix:
            self._hit_raw(inner, False)  # a KB house inside the title
        elif house and n >= 2 and self._house_at(i + 1):
            end = i + n
            adj = self._adjective_at(end) if self._joined(end) else None
            end = adj.we if adj is not None else end
            s, e, surface = self._span(i + 1, end, 0)
            self._add(
                Raw(s, e, i + 1, end, "name", "Organization", surface, (), normalize_key(surface))
            )
