"""Role nouns for the title scanner (mixed into :class:`kg.nlp.actors_titles.Scanner`).

``match_role(i)``: a role noun («نظيره الروسي», «المسؤول الأمريكي», «الضيف الإيطالي») [،]
[NAME] -> words consumed (0 = none); a bare «المسؤول» is a role only with an affiliation or a
continental adjective («المسؤول الأفريقي»). ``_comma_holder(k)``: a comma, then a title's holder.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_namewords import bare
from kg.nlp.actors_work import Raw


class RoleNouns:
    """Mixin: needs the scanner's ``w``, ``raws``, ``lex``, ``_match``, ``_joined``,
    ``_comma_gap``, ``_span``, ``_add``, ``_affiliation``, ``_after_definite_noun``,
    ``_full_name``, ``_name_raw`` and ``scan_name``."""

    w: Any
    raws: Any
    lex: Any

    def _comma_holder(self, k: int) -> bool:
        """A comma before word k, then a KB person or a 2-3 word name (a title's holder)."""
        name = self.scan_name(k) if self._comma_gap(k) else None
        return name is not None and (bool(name[2]) or name[1] - name[0] >= 2)

    def _unnamed_before(self, i: int, noun: str, adj: str) -> bool:
        """«مسؤول آسيوي» before word i: «المسؤول الآسيوي» refers back to that unnamed source."""
        return any(
            self.w[k].text.endswith(noun) and self.w[k + 1].text == adj for k in range(i - 1)
        )

    def match_role(self, i: int) -> int:
        """Role noun at word i («نظيره الروسي», «المسؤول») -> words consumed (0 = none)."""
        n, pre, role, definite = self._match(i, self.lex.roles, 1, False)
        if not n:
            return 0
        counterpart = role.category == "counterpart"
        if not counterpart and not definite:
            return 0
        if self._after_definite_noun(i):
            return 0  # «الطرق الدبلوماسية»: an adjective of the noun before it
        j, of = self._affiliation(i + 1, "")
        continental = (
            self._joined(i + 1)
            and self.w[i + 1].text in self.lex.continents
            and not self._unnamed_before(i, bare(role.key), bare(self.w[i + 1].text))
        )
        if not counterpart and of is None and not continental:
            return 0  # «المسؤول» alone is too often "responsible" («المسؤول الأفريقي» is a role)
        holder = None
        if self._joined(j) or self._comma_gap(j):
            found = self.scan_name(j)
            # after a role noun: a KB person, or 2-3 name words not starting with a ة-noun
            if found is not None and (found[2] or self._full_name(found[0], found[1])):
                holder = self._name_raw(*found)
        s, e, surface = self._span(i, j, pre)
        self._add(
            Raw(
                s,
                e,
                i,
                j,
                "counterpart" if counterpart else "role",
                role.type,
                surface,
                of=of,
                gender=role.gender,
                category=role.category,
                holder=holder,
            )
        )
        return (self.raws[holder].we if holder is not None else j) - i
