"""Title chains and role nouns for the title scanner (mixed into
:class:`kg.nlp.actors_titles.Scanner`).

- ``match_role(i)``: a role noun («نظيره الروسي», «المسؤول الأمريكي», «الضيف الإيطالي») [،]
  [NAME] -> words consumed (0 = none).

- ``_chained_title(j)``: a second title right after a first one's affiliation finds the holder
  («رئيس مجلس السيادة السوداني قائد الجيش الفريق أول X») -> (holder raw, end word) or None.
- ``_named_org_then_name(j)``: a pattern organisation the KB does not know, ending right before
  an honorific or rank («المتحدث باسم رئاسة الجمهورية المستشار X»), another title, or the
  holder's name («رئيس المفوضية الوطنية العليا للانتخابات عماد السايح») -> (end word,
  proclitic length) or None; a definite organisation word alone counts before a rank
  («قائد الجيش الفريق أول X»).
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_work import Raw


class TitleChains:
    """Mixin: needs the scanner's ``w``, ``raws``, ``lex``, ``orgs``, ``_match``, ``_joined``,
    ``scan_name`` and ``match_title``."""

    w: Any
    raws: Any
    lex: Any
    orgs: Any

    def _chained_title(self, j: int) -> tuple[int, int] | None:
        """A second title at word j that finds its holder -> (holder raw index, end word)."""
        if not self._match(j, self.lex.titles, self.lex.title_max, True)[0]:
            return None
        mark = len(self.raws)
        used = self.match_title(j)
        inner = next(
            (r for r in self.raws[mark:] if r.kind == "title" and r.holder is not None), None
        )
        if not used or inner is None:
            del self.raws[mark:]
            return None
        return inner.holder, j + used

    def _named_org_then_name(self, j: int) -> tuple[int, int] | None:
        """A pattern organisation read from word j that ends right before an honorific
        («المستشار», «الشيخ», a rank) or a name of 2-3 words (its holder) -> (end, proclitic
        length), the longest such end; else None."""
        found = self.orgs.read_all(j) if self.orgs.head_at(j) is not None else None
        if found is None:
            # «قائد الجيش الفريق أول X»: a definite organisation word alone, then a rank
            n, pre, _, definite = self._match(j, self.lex.orgs, self.lex.org_max, True)
            k = j + n
            if (
                n
                and definite
                and self._joined(k)
                and "honorific" in self.lex.classes(self.w[k].text)
            ):
                return k, pre
            return None
        ends, pre = found
        for k in reversed(ends):
            if not self._joined(k):
                continue
            if "honorific" in self.lex.classes(self.w[k].text):
                return k, pre
            if self._match(k, self.lex.titles, self.lex.title_max, True)[0]:
                return k, pre  # «رئيس مجلس السيادة السوداني قائد الجيش …»
            name = self.scan_name(k)
            if name is not None and (bool(name[2]) or name[1] - name[0] >= 2):
                return k, pre
        return None

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
        if not counterpart and of is None:
            return 0  # «المسؤول» alone is too often "responsible"
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
