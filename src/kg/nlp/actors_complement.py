"""A title's complement, then its holder (mixed into :class:`kg.nlp.actors_titles.Scanner`).

``_complement_holder(j)``: «رئيس مجلس السيادة السوداني [قائد ...] NAME», «رئيس حكومة تصريف
الأعمال نجيب ميقاتي», «الأمين العام للاتحاد العام ... الطبوبي»: a pattern organisation (a mention,
the title's affiliation) or up to three definite/idafa words from word j, then a KB person or a
name of 2-3 words -> (end of the complement, holder raw index, organisation raw index or None).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

if TYPE_CHECKING:
    from kg.nlp.actors_gaz import Hit


class ComplementHolders:
    """Mixin: needs the scanner's ``w``, ``hits``, ``lex``, ``orgs``, ``raws``, ``holder_starts``,
    ``_joined``, ``_span``, ``_add``, ``_adjective_at``, ``_hit_raw``, ``posted_place``,
    ``scan_name`` and ``_name_raw``."""

    w: Any
    hits: Any
    lex: Any
    orgs: Any
    raws: Any
    holder_starts: set[int]
    _joined: Any
    _span: Any
    _add: Any
    _adjective_at: Any
    _hit_raw: Any
    posted_place: Any
    scan_name: Any
    _name_raw: Any

    def _complement_holder(self, j: int) -> tuple[int, int, int | None] | None:
        """A title's complement then its holder: «رئيس مجلس السيادة السوداني [قائد ...] NAME»,
        «رئيس حكومة تصريف الأعمال نجيب ميقاتي», «الأمين العام للاتحاد العام ... الطبوبي».

        The complement is a pattern organisation (emitted as a mention, the affiliation) or up to
        three definite/idafa words; the holder is a KB person or a name of 2-3 words.
        -> (end of the complement, holder raw index, organisation raw index or None) or None.
        """
        org = self.orgs.read_all(j) if j not in self.hits else None
        ends: list[int] = []
        genitive: dict[int, int] = {}  # org end -> end of a KB name after it («… لمنظمة التحرير»)
        nationality: dict[int, Hit] = {}  # complement end -> its closing nationality adjective
        if org is not None:
            ends = org[0][::-1]  # the longest organisation name that leaves a name after it
            for k in list(ends):
                hit = self.hits.get(k)
                if hit is not None and hit.prefix and self.w[k].text.startswith("ل"):
                    if hit.cands[0].entry.type in ("Organization", "Country"):
                        genitive[hit.we] = k
                        ends.insert(ends.index(k), hit.we)
        else:
            k = j
            while k < j + 3 and self._joined(k) and not self.w[k].tanween:
                adj = self._adjective_at(k) if k > j else None
                if adj is not None:  # «وزيرة الشؤون الاجتماعية اللبنانية حنين السيد»
                    nationality[adj.we] = adj
                    ends.append(adj.we)
                    break
                if k in self.hits:
                    break
                t = self.w[k].text
                if self.lex.classes(t) & {"stop", "verb", "time", "of"}:
                    break
                k += 1
                if t.startswith(("ال", "لل", "وال")):  # «الإدارة المحلية والبيئة»
                    ends.append(k)
        for k in ends:
            mark = len(self.raws)
            posted = self.posted_place(k) if org is not None and self._joined(k) else 0
            k0, k = k, posted or k  # «رئيس اتحاد المزارعين في محافظة ذي قار، X Y»
            self.holder_starts.add(k)
            found = self.scan_name(k) if self._joined(k) or posted and self._comma_gap(k) else None
            if found is None or self.w[found[0]].text.startswith("ال") and not found[2]:
                del self.raws[mark:]
                continue
            if not found[2] and found[1] - found[0] < 2:
                del self.raws[mark:]
                continue
            org_idx = None
            k_org = genitive.get(k0, k0)
            if org is not None:
                s, e, surface = self._span(j, k_org, org[1])
                org_idx = self._add(
                    Raw(s, e, j, k_org, "name", "Organization", surface, (), normalize_key(surface))
                )
            if k0 in genitive:
                self._hit_raw(self.hits[genitive[k0]], False)  # the KB name is a mention too
            if k0 in nationality:  # the adjective of a title is its affiliation, not a mention
                org_idx = self._hit_raw(nationality[k0], True)
            return k, self._name_raw(*found), org_idx
        return None
