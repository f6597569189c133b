"""A title's body named in words, then the same title and body alone (mixed into
:class:`kg.nlp.actors_titles.Scanner`).

``body_end(j, holder)``: «رئيس الأمن العام اللواء X»: the title mention covers its body up to
the honorifics before the holder -> the word after the body (the title's new end);
``remember_body(i, n, j, title)``: a title with a holder whose body is definite words only
(«الأمن العام») is remembered; ``body_role(i, j, pre, title)``: «ولفت رئيس الأمن العام إلى» —
the same title and the same body words with no holder -> a role raw carrying the body's head,
which coreference gives to the holder of that title named before.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_work import Raw


class BodyRoles:
    """Mixin: needs the scanner's ``w``, ``raws``, ``hits``, ``_joined``, ``honorific_at``,
    ``scan_name``, ``_span`` and ``_add``."""

    w: Any
    raws: Any
    hits: Any
    lex: Any
    _bodies: dict[str, set[tuple[str, ...]]] | None = None

    def body_end(self, j: int, holder: int) -> int:
        """The end of a title's body read up to its holder (raw ``holder``) from word j."""
        k = self.raws[holder].ws
        if k <= j:
            return j
        while k > j and self._joined(k - 1) and self.honorific_at(k - 1):
            k -= 1
        return k

    def _body_words(self, j: int, end: int) -> tuple[str, ...] | None:
        words = tuple(self.w[k].text for k in range(j, end))
        if not words or len(words) > 4 or any(k in self.hits for k in range(j, end)):
            return None
        if not all(t.startswith(("ال", "لل")) and len(t) > 3 for t in words):
            return None
        if not all(self._joined(k) for k in range(j + 1, end)):
            return None
        return words

    def remember_body(self, i: int, n: int, j: int, title: Any) -> None:
        """A title at word i (n words) with a holder and a body of definite words up to j."""
        while j > i + n and self.honorific_at(j - 1):
            j -= 1  # «مدير الأمن الوطني الفريق X»: the rank is no part of the body
        words = self._body_words(i + n, j)
        if words is not None:
            if self._bodies is None:
                self._bodies = {}
            self._bodies.setdefault(title.key, set()).add(words)

    def body_role(self, i: int, j: int, pre: int, title: Any) -> int:
        """The same title and body as one remembered, with no holder after it -> the word after
        the body (0 = none); adds the role raw."""
        known = (self._bodies or {}).get(title.key)
        if not known or not self._joined(j):
            return 0
        for words in sorted(known, key=len, reverse=True):
            end = j + len(words)
            if end > len(self.w) or self._body_words(j, end) != words:
                continue
            nxt = self.w[end].text if self._joined(end) else ""
            if nxt.startswith("ال") and not self.lex.classes(nxt):
                continue  # a longer body
            head = words[0][2:]
            s, e, surface = self._span(i, end, pre)
            self._add(
                Raw(s, e, i, end, "role", "Person", surface, title=title, gender=title.gender,
                    category=title.category, head=head)
            )  # fmt: skip
            return end
        return 0
