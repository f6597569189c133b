"""Name words for the title scanner (mixed into :class:`kg.nlp.actors_names.NameScanner`).

``_name_word(j, prev, units)``: can word j continue a person name (no function word, verb, time
word, lexicon word, tanween, attached pronoun; the article only in a family name; «علي» and
«باسم» as given names; «إل/أل» spellings have no article). Also the tests for a foreign name in
-نا and a ي-initial inner name; KB entries inside names are in :mod:`kg.nlp.actors_namehits`.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_backholder import subject_ends
from kg.nlp.actors_lex import COMPOUND_TAILS as _COMPOUND_TAILS
from kg.nlp.actors_lex import NASAB, clitic_variants
from kg.nlp.actors_orgs import org_heads
from kg.text.normalize import normalize_key

_NON_NAME = frozenset({"stop", "time", "verb", "noun", "of"})
#: attached pronouns (نهجنا, مواقفهم): a word carrying one is not a name
_PRONOUN_SUFFIXES = ("نا", "هم", "ها", "كم", "هما")
#: proclitic + definite or verbal noun (بالقرار، بتوسيع): never inside a name
#: the complementizer with its pronouns (normalised), after ب/ل: «بأنه», «لأن»
_THAT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "اننا", "انني"})
_CLITIC_NOUN = ("بال", "وال", "فال", "كال", "بت", "لت")
#: prepositional proclitics never attach to a verb: «كامل» is no ك + «أمل», «بشير» no ب + «شار»
_PREPOSITIONS = frozenset({"ب", "ك"})


#: «أبو/أم» opening a kunya before a given name (normalised; «أم» is also «or»)
_KUNYA = frozenset({"ابو", "ام"})
#: given names shaped like imperfect verbs (normalised)
_Y_NAMES = frozenset(
    {"يحيي", "يعقوب", "يزيد", "يمني", "يعرب", "يسري", "يمان"}
    | {"يسراييل", "يتسحاق", "يهودا", "يغيال", "يفغيني", "يلينا", "يريفان"}
)


def _verb_shaped(t: str) -> bool:
    """«يستند», «يقول»: imperfect verbs (ي + stem); «يوسف», «ياسين» (يو/يا), «يحيى» stay names."""
    return len(t) >= 4 and t[0] == "ي" and t[1] not in "وا" and t not in _Y_NAMES


def bare(stem: str) -> str:
    return stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem


def _object_noun(word: str) -> bool:
    """A definite ة-noun that is no tribal family name: «الخطوة», «المبادرة» -> True;
    «الخصاونة», «الطراونة», «الرواشدة» (the فعاللة plural of a tribe: six letters after ال,
    ا third, not a مفاعلة verbal noun) -> False."""
    stem = word[2:]
    tribal = len(stem) == 6 and stem[2] == "ا" and stem[0] != "م"
    return word.endswith("ة") and not tribal


class NameWords:
    """Mixin: needs the scanner's ``w``, ``hits``, ``lex``, ``_span`` and ``_joined``."""

    w: Any
    hits: Any
    lex: Any
    holder_starts: set[int]
    name_openings: set[tuple[str, str]]  # the first two words of names of 3+ words read
    _lexicon_given: Any
    _after_middle: Any
    _then_bianna: Any
    _compound_given: Any

    def _given_before_name(self, j: int, hit: Any, cands: tuple[Any, ...]) -> bool:
        """An ambiguous one-word surname alias («عون», «سعيد») opening a name, then another name
        word the KB does not know: the alias is the given name of an unknown person."""
        if hit.we - j != 1 or not cands or not all(c.ambiguous for c in cands):
            return False
        nxt = hit.we
        return (
            self._joined(nxt) and nxt not in self.hits and self._name_word(nxt, self.w[j].text, 1)
        )

    def _name_word(self, j: int, prev: str | None, units: int) -> bool:
        """Can word j continue a name? ``prev``: the name's last word; ``units``: name parts so
        far (a particle and its word are one part: «عبد الله»)."""
        word = self.w[j]
        t = word.text
        if units == 1 and (prev, t) in self.name_openings:  # «حسن شيخ» after «حسن شيخ محمود»
            return True
        if units and "name_particle" in self.lex.classes(t) and self._joined(j + 1):
            return True  # «أنييس فون دير مول», «كارل فان أوستروم» (not «ف + ان»)
        if prev == "ال" and units and not word.tanween and not self.lex.classes(t):
            return t not in self.lex.lexicon_words  # «آل X»: the family name after «آل»
        if not units and t in _KUNYA and self._joined(j + 1):
            return normalize_key(self.w[j + 1].text) in self.lex.given_names  # «أم محمد»
        if not units and self._lexicon_given(j):
            return True  # «فالنتينا X» (no ف + ال), «ألبرت X»: a given name of the lexicon
        if t == "باسم" and not units and self._joined(j + 1) and j + 1 not in self.hits:
            # «باسم نعيم»: the given name, when a plain name word (no body) follows
            nxt = self.w[j + 1].text
            return (
                not self.lex.classes(nxt)
                and nxt not in self.lex.lexicon_words
                and bare(nxt) not in org_heads()  # «باسم الحركة»: the particle
            )
        if not units and self._span(j, j + 1)[2] in self.lex.hamza_given:
            # «إمام سوبرابتو»; not «إمام المسجد» nor «أمام» misspelt before a definite noun
            nxt = j + 1
            return (
                self._joined(nxt) and nxt not in self.hits and not self.w[nxt].text.startswith("ال")
            )
        if not units and self._al_given_at(j):
            return True  # «الهادي الفرشيشي»: a given name with the article, then the family
        if units == 1 and prev is not None and normalize_key(prev) in self.lex.al_given:
            if t.startswith("ال") and self._plain_family(j) or self._plain(j):
                return True  # «الطاهر الباعور», «الحسين X»
        if self._after_abd(j) and t.startswith("ال") and not word.tanween:
            return True  # «عبد الأمير», «عبد الملك»: a title word after «عبد» is a name
        if t in self.lex.lexicon_words and self._compound_given(j, prev, units):
            return True  # «محمد الأمين سويف»: «الأمين» is the second half of a given name here
        if word.tanween or len(t) < 2 or t.isdigit() or t in self.lex.lexicon_words:
            return False
        if not units and normalize_key(bare(t)) in org_heads():
            return False  # «عضو حزب "الكتائب"», «الباحث في جامعة ستانفورد»: a head opens no name
        if t == "علي" and self._span(j, j + 1)[2].endswith("ي") and self._joined(j + 1):
            return True  # «علي حسين»: the given name, spelt with ي (the preposition is «على»)
        if not units and self._preposition_phrase(j):
            return False  # «لحقوق الإنسان», «لبرامج الغذاء»: ل/ب + a noun + its genitive
        if not units and t.endswith("ات") and len(t) >= 6 and not word.text.startswith("ال"):
            return False  # «انتقادات حادة», «تحذيرات»: a plural noun opens no name
        if units and t.startswith("است") and len(t) >= 6:
            return False  # «عباس عراقجي استئناف …»: a form-X verbal noun ends the name
        if (
            units >= 2
            and len(t) == 5
            and t[0] == "ت"
            and t[3] == "ي"
            and t not in self.lex.given_names
        ):
            return False  # «لوران نونيز تقليص …»: a تفعيل verbal noun after a name is its object
        if t.startswith("وال") and len(t) > 5:
            return False  # «والبيئة»: a coordinated definite noun, never a name word
        if t.startswith("وال") and j + 1 < len(self.w) and self.w[j + 1].text.startswith("ال"):
            return False  # «الموارد المائية والري المصري»: a short coordinated noun + adjective
        if t.startswith("لل") or t.startswith(_CLITIC_NOUN[:4]) and len(t) > 5:
            return False  # «ورحب الوزير بالقرار»: proclitic + article, never a name word
        if units and t.startswith(_CLITIC_NOUN):
            return False  # «يوآف غالانت بتوسيع»: a prepositional noun ends the name
        if units and t[:1] == "ل" and t[1:] in subject_ends()["outlet"]:
            return False  # «سلمى داود لإذاعة X»: «لـ» + an outlet (spoken to) ends the name
        if units and t[:1] in "بل" and t[1:] in _THAT:
            return False  # «مايا ساندو بأنه»: ب/ل + the complementizer ends the name
        if units >= 2 and t[:1] == "س" and len(t) >= 5 and t[1] in "تين" and t[2] not in "يوا":
            return False  # «مورغان أورتاغوس ستزور»: a future verb (س + imperfect) ends the name
        if units == 2 and t.startswith("ال") and self._then_bianna(j):
            return False  # «وصف X Y الإعلان بأنه»: the object of a verb of description
        if units == 2 and t.startswith("ال") and _object_noun(self._span(j, j + 1)[2]):
            return False  # «هالة نصر الخطوة»: a definite ة-noun after two names is the object
        if (
            prev
            and prev.startswith("ال")
            and prev not in _COMPOUND_TAILS
            and "name_particle" not in self.lex.classes(prev)  # «آل خليفة»: the family particle
            and not self._hamza_al(j - 1)
            and not (j >= 2 and self.w[j - 2].text == "عبد")  # «عبد الوافي لفتيت»
            # «X ولد الشيخ Y»: the father's name after «ولد» is followed by the family name
            and not (j >= 2 and self.w[j - 2].text == "ولد")
            and not (j >= 2 and self._compound_given(j - 1, self.w[j - 2].text, 1))
            and not (units == 2 and self._honorific_middle(j, prev))  # «حسين الحاج حسن»
        ):
            if "name_particle" not in self.lex.classes(t) and not self._after_middle(j, units):
                return False  # «محمد المنفي بمقر»: the family name ends the name
        if units and t.startswith("ال") and t.endswith("ين") and len(t) >= 7:
            return False  # «البلدين», «الطرفين», «الفلسطينيين»: a dual or plural, no family name
        if t.startswith("ال") and not self._hamza_al(j):
            # a family name with the article follows a particle («عبد الله») or one given name
            # («حيدر العبادي»), not a ة-noun («ضرورة الالتزام»: a noun and its genitive)
            after_particle = prev is not None and "name_particle" in self.lex.classes(prev)
            # («محمد شياع السوداني»: two given names then the family name)
            given = (
                (units in (1, 2) or units == 3 and j >= 2 and self.w[j - 2].text in NASAB)
                and prev
                and (
                    not prev.endswith(("ه", "ات"))
                    or prev in _COMPOUND_TAILS  # «عبد الله X»
                    or self._after_abd(j - 1)  # «عبد الإله X»
                    or j >= 2
                    and self.w[j - 2].text in NASAB  # «X بن حمزة الY»
                    or units == 1
                    and normalize_key(prev) in self.lex.given_names  # «نادية الجمال»
                    # «زينب جمعة الموسوي», «أنور طه الزعبي»: a second given name in ة/ه before
                    # a nisba family name («ضرورة الالتزام», «بجامعة القاضي»: a noun + genitive)
                    or units == 2
                    and prev.endswith("ه")
                    and t.endswith("ي")
                    and len(t) >= 5
                    # «المتحدثة باسم الهيئة جمانة الغلاي»: right after a complete title, an
                    # unknown given name in ة before a nisba family name
                    or units == 1
                    and j - 1 in self.holder_starts
                    and prev.endswith("ه")
                    and t.endswith("ي")
                    and len(t) >= 5
                    and j not in self.hits
                )
                # «أسعد عبد الأمير العيداني»: any ال-word after «عبد» ends a compound given name
                and (
                    not prev.startswith("ال")
                    or self._hamza_al(j - 1)  # «ألبرت الحسيني»
                    or prev in _COMPOUND_TAILS
                    or self._after_abd(j - 1)
                    or j >= 2
                    and self.w[j - 2].text == "ولد"  # «X ولد الشيخ Y»
                )
            )
            if not after_particle and not given:
                return False
        if _verb_shaped(t) and not self._inner_y_name(j, units) and not self._y_given(j, units):
            return False
        if t[:1] in "وف" and _verb_shaped(t[1:]) and t.endswith(("ان", "ون")):
            return False  # «ويبحثان», «ويؤكدون»: و + a dual/plural imperfect verb («ويليام» stays)
        if len(t) >= 5 and t.endswith(_PRONOUN_SUFFIXES):
            # «أنالينا بيربوك»: a foreign given name in -نا/-ها opens a longer name; any other
            # word carrying a pronoun («بلادنا») is no name word
            nxt = j + 1
            if units or not self._joined(nxt) or self.w[nxt].text.endswith(_PRONOUN_SUFFIXES):
                return False
            if not self._name_word(nxt, t, 1) or self.w[nxt].text.startswith("ال"):
                return False
        if normalize_key(t) in self.lex.given_names and not self.lex.classes(t):
            return True  # «فيصل» is no ف + «يصل», «وليد» no و + «ليد»: a known given name
        after_particle = prev is not None and "name_particle" in self.lex.classes(prev)
        # «راي باول إن»: a last name word in ب after a given name, before «إن» or punctuation,
        # is no ب + «أول» («بأن» is too short; «بالأمس» was refused above)
        last_b = units and t[0] == "ب" and len(t) >= 4 and self._name_end(j + 1)
        return not any(
            self.lex.classes(stem) & (_NON_NAME - {"verb"} if t[:n] in _PREPOSITIONS else _NON_NAME)
            or (n and (stem in self.lex.lexicon_words or bare(stem) in org_heads()))
            for n, stem in clitic_variants(t)
            if not (n and after_particle)  # «بن فيصل»: no ف + «يصل» after a name particle
            and not (n == 1 and last_b)
        )

    def _preposition_phrase(self, j: int) -> bool:
        """Word j is ل/ب + a noun that is no known given name, and an ال-word follows it: a
        prepositional phrase of a title's complement («لحقوق الإنسان»), not a name («لطفي
        الزعبي», «بسام الأحمد» are given names)."""
        t = self.w[j].text
        if t[:1] not in "لب" or len(t) < 4 or normalize_key(t) in self.lex.given_names:
            return False
        nxt = j + 1
        return self._joined(nxt) and self.w[nxt].text.startswith("ال") and not self._hamza_al(nxt)

    def _al_given_at(self, j: int) -> bool:
        """Word j is a given name with the article («الطاهر», «الهادي») followed by a family name
        with the article («الطاهر الباعور»)."""
        if normalize_key(self.w[j].text) not in self.lex.al_given:
            return False
        return self._plain_family(j + 1) or self._plain(j + 1)  # «الحسين X»

    def _after_abd(self, j: int) -> bool:
        """Word j directly follows «عبد» (the second half of a compound given name)."""
        return j >= 1 and self.w[j - 1].text == "عبد"

    def _name_end(self, j: int) -> bool:
        """Word j ends a name: punctuation before it, or the complementizer «إن/أن»."""
        return not self._joined(j) or self.w[j].text == "ان"

    def _nasab_next(self, j: int) -> bool:
        """Is word j followed by «بن/بنت» (a name chain goes on)?"""
        return self._joined(j + 1) and self.w[j + 1].text in NASAB

    def _hamza_al(self, j: int) -> bool:
        """«إلينا فالتونين»: a word spelt «إل/أل» in the original has no article."""
        surface = self._span(j, j + 1)[2]
        return surface[:1] in ("إ", "أ") or surface[:1] == "آ" and len(surface) > 2  # «آلدار»

    def _plain(self, k: int) -> bool:
        """Word k is joined and a plain name word: no KB entry, article, lexicon word or verb."""
        if not self._joined(k) or k in self.hits or self.w[k].tanween:
            return False
        t = self.w[k].text
        if t.startswith("ال") or _verb_shaped(t) or t in self.lex.lexicon_words:
            return False
        return not self.lex.classes_any(t)

    def _y_given(self, j: int, units: int) -> bool:
        """«يماني جبر مسقل»: a ي-initial first word followed by two plain name words is a given
        name, not a verb (a verb is followed by its subject or object, rarely two bare names)."""
        return units == 0 and self._plain(j + 1) and self._plain(j + 2)

    def _inner_y_name(self, j: int, units: int) -> bool:
        """«علي يرلي كايا»: a ي-initial word between two name words is a name word, not a verb
        (the next word must be a plain name word: no KB entry, article, lexicon or verb form)."""
        return bool(units) and self._plain(j + 1)
