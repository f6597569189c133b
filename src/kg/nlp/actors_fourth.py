"""The fourth word of a person name and family-name checks (mixed into
:class:`kg.nlp.actors_names.NameScanner`).

``_family_fourth(k, j)``: «الشيخ فهد يوسف سعود الصباح», a Gulf name of three given names and the
family; ``_foreign_fourth(k, j)``: «X Y Z W فأكد», a foreign name of four words. Both take the
three words read from k and the word j after them -> is word j the name's last word?
``_honorific_middle(j, prev)``: «حسين الحاج حسن»; ``_plain_family(j)``: a possible family name.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_lex import clitic_variants


class FourthWords:
    """Mixin: needs the scanner's ``w``, ``hits``, ``lex``, ``_joined``, ``_name_word`` and
    ``_classes_any``."""

    w: Any
    hits: Any
    lex: Any

    def _family_fourth(self, k: int, j: int) -> bool:
        """Word j, after three plain given names opened by an honorific at k-1 («الشيخ»), is
        their family name: an ال-word the lexicons and the KB do not know, no name word after."""
        if k == 0 or "honorific" not in self.lex.classes(self.w[k - 1].text):
            return False
        if j >= len(self.w) or not self._joined(j) or j in self.hits or self.w[j].tanween:
            return False
        t = self.w[j].text
        if not t.startswith("ال") or len(t) < 5 or t in self.lex.lexicon_words:
            return False
        if any(self.lex.classes(stem) for _, stem in clitic_variants(t)):
            return False
        if any(self.w[i].text.startswith("ال") for i in range(j - 3, j)):
            return False
        nxt = j + 1
        return not self._joined(nxt) or not self._name_word(nxt, t, 4)

    def _foreign_fourth(self, k: int, j: int) -> bool:
        """Word j, after three words from k of which the first two are lexicon given names, is
        the family name of a four-word name («X Y Z W فأكد»): a plain word (no article, KB entry
        or lexicon class) closed by punctuation or a verb of saying."""
        if not all(self.w[i].text in self.lex.given_names for i in (k, k + 1)):
            return False
        if j >= len(self.w) or not self._joined(j) or j in self.hits or self.w[j].tanween:
            return False
        t = self.w[j].text
        if t.startswith("ال") or len(t) < 3 or t in self.lex.lexicon_words or self._classes_any(j):
            return False
        nxt = j + 1
        return not self._joined(nxt) or "verb" in self._classes_any(nxt)

    def _honorific_middle(self, j: int, prev: str) -> bool:
        """Word j, a plain name word, after an honorific with the article in the middle of a
        name («حسين الحاج حسن») and closing it (punctuation or a verb after it) -> it goes on
        the name (the family name)."""
        if "honorific" not in self.lex.classes(prev) or not self._plain(j):
            return False
        nxt = j + 1
        return not self._joined(nxt) or "verb" in self._classes_any(nxt)

    def _plain_family(self, j: int) -> bool:
        """Word j is a joined ال-word the KB and lexicons do not know (a possible family name),
        not a dual or plural («الطرفين»)."""
        if j >= len(self.w) or not self._joined(j) or j in self.hits or self.w[j].tanween:
            return False
        t = self.w[j].text
        if not t.startswith("ال") or len(t) < 5 or t.endswith(("ين", "ون", "ات")):
            return False
        return t not in self.lex.lexicon_words and not self.lex.classes_any(t)
