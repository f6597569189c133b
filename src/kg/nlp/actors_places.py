"""Places and facilities that the KB does not know, named after a place noun (or «مطار»,
«قصر», «قاعدة» … for facilities): «مدينة الفاشر», «بلدتي عيتا
الشعب ورميش», «قضاء بنت جبيل», «إقليم دارفور».

``PlaceMatchers.match_place_noun(i)`` (mixed into :class:`kg.nlp.actors_titles.Scanner`): word
``i`` is an indefinite place noun (class ``place_noun`` of ``actors_function_words.tsv``); the
next one or two name-like words are a Place mention without the noun (guideline: the name only).
A dual noun («بلدتي») also takes a second name after و. Names the KB knows are left to the
gazetteer; function words, verbs, time words, lexicon words and tanween end the name.
"""

from __future__ import annotations

from functools import cache

from kg.nlp.actors_lex import clitic_variants
from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

_BLOCK = frozenset(
    {"stop", "verb", "time", "noun", "of", "to", "place_noun", "facility_noun", "title_mod"}
)
_NOUN_TYPES = {"place_noun": "Place", "facility_noun": "Facility"}
#: first words of two-word place names («بنت جبيل», «عين التينة», «دير الزور»)
_COMPOUND_HEADS = frozenset(
    {"بنت", "عين", "دير", "تل", "جبل", "ام", "بيت", "راس", "كفر", "بئر", "خان", "جسر", "مرج"}
)


@cache
def _place_nouns(lex: object) -> frozenset[str]:
    return frozenset(w for w, cls in lex.word_class.items() if cls & _NOUN_TYPES.keys())  # type: ignore[attr-defined]


class PlaceMatchers:
    """Scanner methods for places after a place noun (needs ``w``, ``hits``, ``lex``,
    ``blocked``, ``_joined``, ``_span`` and ``_add`` of the scanner)."""

    def place_noun_at(self, i: int) -> bool:
        """Quick test: word i (with clitics) is a place noun."""
        nouns = _place_nouns(self.lex)
        return any(s in nouns for _, s in clitic_variants(self.w[i].text))

    def _place_word(self, j: int, second: bool = False) -> bool:
        if j >= len(self.w) or not self._joined(j) or j in self.hits or self.w[j].tanween:
            return False
        t = self.w[j].text
        if len(t) < 2 or t.isdigit() or t in self.lex.lexicon_words and not second:
            return False  # the second word of a name may be a common word («عيتا الشعب»)
        if not second and self._common_word(j, t):
            return False
        return not any(self.lex.classes(s) & _BLOCK for _, s in clitic_variants(t))

    def _common_word(self, j: int, t: str) -> bool:
        """«مدينة كبيرة», «منطقة أخرى» (an indefinite adjective), «مخيم اللاجئين» (a definite
        plural): the word after a place noun that is no name."""
        original = self.text[self._span(j, j + 1)[0] : self._span(j, j + 1)[1]]
        if not t.startswith("ال") and original.endswith(("ة", "ى")):
            return True
        return t.startswith("ال") and t.endswith(("ين", "ون", "ات"))

    def _place_at(self, j: int) -> int:
        """Words of a place name starting at word j (0 = none)."""
        if not self._place_word(j):
            return 0
        t = self.w[j].text
        nxt = j + 1
        if self._place_word(nxt, second=True) and (
            t in _COMPOUND_HEADS or not t.startswith("ال") and self.w[nxt].text.startswith("ال")
        ):
            return 2  # «عيتا الشعب», «بنت جبيل»
        return 1

    def _place_raw(self, j: int, n: int, pre: int = 0, type_: str = "Place") -> None:
        s, e, surface = self._span(j, j + n, pre)
        self._add(Raw(s, e, j, j + n, "name", type_, surface, (), normalize_key(surface)))

    def match_place_noun(self, i: int) -> int:
        """«مدينة X» at word i -> words consumed (0 = none); adds the Place raw(s)."""
        noun, type_ = None, "Place"
        for _, s in clitic_variants(self.w[i].text):
            kinds = self.lex.classes(s) & _NOUN_TYPES.keys()
            if kinds:
                noun, type_ = s, _NOUN_TYPES[min(kinds)]
                break
        if noun is None or noun.startswith("ال"):
            return 0
        n = self._place_at(i + 1)
        if not n:
            return 0
        self._place_raw(i + 1, n, type_=type_)
        end = i + 1 + n
        if noun.endswith("تي") and end < len(self.w) and self._joined(end):
            w = self.w[end].text
            if w.startswith("و") and len(w) > 2 and end not in self.hits:
                # «بلدتي عيتا الشعب ورميش»: the second of the two places
                if self._place_word(end):
                    self._place_raw(end, 1, 1)
                    end += 1
        return end - i
