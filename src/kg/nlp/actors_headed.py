"""«برئاسة X Y», «بقيادة X Y»: a person named as the head of a delegation or force (mixed into
:class:`kg.nlp.actors_titles.Scanner`).

``match_headed_by(i)``: word i is a ``headed_by`` word of ``actors_function_words.tsv`` (with or
without و), then a KB person or a name of 2-3 words -> the name raw, words consumed (0 = none);
«بقيادة الجيش», «برئاسة الوزراء» (no name) are left to the organisation readers.
"""

from __future__ import annotations

from typing import Any


class HeadedBy:
    """Mixin: needs the scanner's ``w``, ``lex``, ``_joined``, ``scan_name`` and ``_name_raw``."""

    w: Any
    lex: Any
    _joined: Any
    scan_name: Any
    _name_raw: Any

    def headed_by_at(self, i: int) -> bool:
        """Word i is «برئاسة/بقيادة» (or «وبرئاسة»)."""
        t = self.w[i].text
        return "headed_by" in self.lex.classes(t.removeprefix("و") if len(t) > 6 else t)

    def match_headed_by(self, i: int) -> int:
        """«وفد برئاسة X Y» at word i -> words consumed (0 = none); adds the name raw."""
        k = i + 1
        if not self._joined(k):
            return 0
        found = self.scan_name(k)
        if found is None or found[0] != k or found[1] - k < 2 and not found[2]:
            return 0
        self._name_raw(*found)
        return found[1] - i
