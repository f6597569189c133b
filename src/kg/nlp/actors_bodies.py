"""Bodies inside titles: coordinated committee names and houses read by pattern.

``coordinated(reader, j)``: is word j a «والX» that goes on an organisation's complement
(«لجنة التخطيط والمالية»)? ``PatternBodies._pattern_body_in(j)`` (a mixin of
:class:`kg.nlp.actors_titles.Scanner`): «في البرلمان» after a title's body, before the holder.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

if TYPE_CHECKING:
    from kg.nlp.actors_orgs import OrgReader


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
    """Mixin: needs the scanner's ``w``, ``raws``, ``_in_body``, ``_name_follows``,
    ``match_org``, ``match_named_org``, ``_span`` and ``_add``."""

    w: Any
    raws: Any

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
