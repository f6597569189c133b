"""A title's seat after «بـ» (mixed into :class:`kg.nlp.actors_titles.Scanner`).

``body_after_bi(k)``: «أستاذة الاقتصاد بجامعة X الدكتورة Y Z», «الخبير الاقتصادي بمركز X
للدراسات السياسية والاستراتيجية الدكتور Y Z»: an organisation head with the proclitic «بـ» at word
k, then the KB name it is named after and/or definite, «للـ» and «والـ» words (and a number:
«بجامعة X 3»), closed right before an honorific or the holder's name -> the word after the
organisation (0 = none); the organisation (without «بـ») is a mention, the holder's seat.
``_honoured_person(j)``: «الدكتور X» after a government head («حكومة الدكتور X»).
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

_MAX_SEAT_WORDS = 6  # words of the organisation after its head


class SeatBodies:
    """Mixin: needs the scanner's ``w``, ``hits``, ``orgs``, ``_joined``, ``honorific_at``,
    ``scan_name``, ``_span`` and ``_add``."""

    w: Any
    hits: Any
    orgs: Any
    lex: Any

    def body_after_bi(self, k: int) -> int:
        """«بجامعة X», «بمركز X للدراسات …» at word k before the holder -> end (0 = none)."""
        n = len(self.w)
        t = self.w[k].text if k < n and k not in self.hits else ""
        head = self.orgs.head_at(k) if t else None
        if head is None and "seat_head" in self.lex.classes(t[1:]):
            head = (1, False)  # «بمركز»
        if head is None or head[0] != 1 or head[1] or not t.startswith("ب"):
            return 0
        j = k + 1
        while j < n and j - k <= _MAX_SEAT_WORDS and self._joined(j) and not self.honorific_at(j):
            hit = self.hits.get(j)
            t = self.w[j].text
            if hit is not None and (not hit.prefix or t.startswith("لل")):
                if hit.cands[0].entry.type == "Person":
                    break
                j = hit.we  # «بجامعة القاهرة», «بمركز الأهرام»
            elif hit is None and t.startswith(("ال", "لل", "وال")) and len(t) > 3:
                if self.lex.classes(t) or j == k + 1 and not t.startswith("ال"):
                    break
                j += 1  # «للدراسات السياسية والاستراتيجية»
            elif t.isdigit() and j > k + 1:
                j += 1  # «بجامعة الجزائر 3»
            else:
                break
        if j == k + 1 or j >= n or not self._joined(j):
            return 0
        if not self.honorific_at(j):
            found = self.scan_name(j)
            if found is None or found[0] != j or not found[2] and found[1] - j < 2:
                return 0
        s, e, surface = self._span(k, j, 1)
        self._add(Raw(s, e, k, j, "name", "Organization", surface, (), normalize_key(surface)))
        return j

    def _honoured_person(self, j: int) -> bool:
        """Word j is an honorific right before a KB person («الدكتور X» after «حكومة»)."""
        hit = self.hits.get(j + 1)
        return (
            self.honorific_at(j)
            and self._joined(j + 1)
            and hit is not None
            and not hit.prefix
            and hit.cands[0].entry.type == "Person"
        )
