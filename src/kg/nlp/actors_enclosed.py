"""Titles enclosed by commas after a name (mixed into :class:`kg.nlp.actors_titles.Scanner`).

``_titles_after_name(holder, end)``: «أكد X Y، وزير الخارجية، أن»: after a name read after a verb,
the titles enclosed by commas are its holder's -> the word after them. ``_enclosed_rest(j)``: the
rest of such a title after its affiliation -> the word after it: up to four words the KB does not
know, or up to seven with KB places and peoples in them and no organisation head
(«وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج،»).
"""

from __future__ import annotations

from typing import Any


class EnclosedTitles:
    """Mixin: needs the scanner's ``w``, ``hits``, ``raws``, ``orgs``, ``_joined``,
    ``_comma_gap``, ``_hit_raw`` and ``_appositive_titles``."""

    w: Any
    hits: Any
    raws: Any
    orgs: Any
    _joined: Any
    _comma_gap: Any
    _hit_raw: Any
    _appositive_titles: Any

    def _titles_after_name(self, holder: int, end: int) -> int:
        """The titles enclosed by commas after a name read after a verb are its holder's ->
        the word after them; none when a body the title names was not read as one («رئيس
        ائتلاف X Y»: left to the scanner, which reads the body)."""
        mark = len(self.raws)
        after = self._appositive_titles(holder, False)
        covered = {k for r in self.raws[mark:] if r.kind != "title" for k in range(r.ws, r.we)}
        for r in self.raws[mark:]:
            if r.kind == "title" and any(
                k not in covered and self.orgs.head_at(k) is not None for k in range(r.ws + 1, r.we)
            ):
                del self.raws[mark:]
                return end
        return after

    def _enclosed_rest(self, j: int) -> int:
        """The rest of a title enclosed by commas, from word j -> the word after it: up to four
        words the KB does not know, or up to seven words with KB names of places and peoples
        in them («والتعاون الإفريقي والمغاربة المقيمين بالخارج»: the names stay mentions)."""
        k = j
        while k < j + 4 and self._joined(k) and k not in self.hits:
            k += 1
        if not self._joined(k) or k >= j + 4:
            return k
        if any(self.orgs.head_at(x) is not None for x in range(j, k)):
            return k  # «للحزب المصري …»: a body the scanner reads
        mark, m = len(self.raws), k
        while m < j + 7 and self._joined(m) and self.orgs.head_at(m) is None:
            hit = self.hits.get(m)
            if hit is not None and hit.cands[0].entry.type not in ("Country", "Place"):
                break
            if hit is not None:
                self._hit_raw(hit, False)
            m = hit.we if hit is not None else m + 1
        if m < len(self.w) and not self._joined(m) and self._comma_gap(m):
            return m
        del self.raws[mark:]
        return k
