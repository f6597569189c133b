"""KB entries read as parts of a person name (mixed into :class:`kg.nlp.actors_names.NameScanner`).

``_given_name_hit(j, hit)``: a one-word country, place, nisba or KB surname used as a given name
(«جورجيا ميلوني», «العميد تركي المالكي»); ``_nisba_surname(j, hit, prev)``: a nationality
adjective as a family name («محمد شياع السوداني»); ``_full_name(ws, we)``: a name after «نظيره»
without a title; ``_given_first(j, hit)`` / ``_given_over_hit(j, hit, prev, units)``: a lexicon
given name, or the word after «عبد», over a KB reading («بيريفان X», «عبد الجليل»);
``_lexicon_given(j)``, ``_compound_given(j, prev, units)``, ``_after_middle(j, units)``: given-name
tests of the name-word reader («فالنتينا X», «محمد الأمين X», «X الY Z أن»).
"""

from __future__ import annotations

from typing import Any

from kg.text.normalize import normalize_key

#: «أن» and its pronoun forms after «ب» (normalised): «وصف X بأنه»
_BI_THAT = frozenset({"ان", "انه", "انها", "انهم"})


class NameHits:
    """Mixin: needs the scanner's ``w``, ``hits``, ``lex``, ``_joined``, ``_nasab_next``,
    ``_name_word`` and ``_al_given_at``."""

    w: Any
    hits: Any
    lex: Any
    _joined: Any
    _nasab_next: Any
    _name_word: Any
    _al_given_at: Any
    _match: Any
    _plain: Any
    _name_end: Any
    holder_starts: set[int]

    def _given_name_hit(self, j: int, hit: Any) -> bool:
        """A one-word country/place name used as a given name: followed by a name word that is
        no KB entry («جورجيا ميلوني»); «سوريا» before a verb or another entry stays the country."""
        if hit.we != j + 1 or hit.prefix:
            return False
        nxt = j + 1
        if hit.kinds() == {"adjective"} and not self.w[j].text.startswith("ال"):
            # «العميد تركي المالكي»: an indefinite nisba as a given name before a family name
            return self._joined(nxt) and (
                self._nasab_next(j)  # «الأمير تركي بن فيصل»
                or self.w[nxt].text.startswith("ال")
                and nxt not in self.hits
                or nxt in self.hits
                and self.hits[nxt].cands[0].entry.type == "Person"
                # «النائب المعارض تركي X»: right after a complete title, a given name of the
                # lexicon before a plain family name
                or j in self.holder_starts
                and normalize_key(self.w[j].text) in self.lex.given_names
                and self._plain(nxt)
            )
        if hit.kinds() & {"adjective", "metonym"}:
            return False
        if hit.cands[0].entry.type == "Person" and not self.w[j].text.startswith("ال"):
            # «الشيخ مشعل الأحمد الجابر الصباح»: a KB surname as the given name of a longer
            # name that goes on with a family name
            return (
                self._joined(nxt)
                and nxt not in self.hits
                and self.w[nxt].text.startswith("ال")
                and self._name_word(nxt, self.w[j].text, 1)
            )
        if hit.cands[0].entry.type not in ("Country", "Place") or self.w[j].text.startswith("ال"):
            return False
        if not self._joined(nxt) or nxt in self.hits:
            return False
        t = self.w[nxt].text
        if t.startswith("ال"):  # «هند العلي»: a nisba family name after the given name
            return t.endswith("ي") and len(t) > 4 and self._name_word(nxt, self.w[j].text, 1)
        return self._name_word(nxt, None, 1)

    def _nisba_surname(self, j: int, hit: Any, prev: str | None) -> bool:
        """Word j, a nationality adjective right after given names, ends the name as a family
        name («محمد شياع السوداني»): one definite word, then punctuation or a non-name word."""
        if hit.kinds() != {"adjective"} or hit.we != j + 1 or hit.prefix:
            return False
        if not self.w[j].text.startswith("ال") or prev is None or prev.startswith("ال"):
            return False
        return not self._joined(j + 1) or not self._name_word(j + 1, self.w[j].text, 3)

    def _full_name(self, ws: int, we: int) -> bool:
        """A name after «نظيره» without a title: 2-3 words, none with the article, not a ة-noun."""
        words = [w.text for w in self.w[ws:we]]
        if len(words) == 2 and self._al_given_at(ws):
            return True  # «نظيره الليبي الطاهر X»: a given name with the article
        given = normalize_key(words[0]) in self.lex.given_names  # «نظيره الليبي سامي الباعور»
        return (
            len(words) >= 2
            # «إقامة مناطق», «زيارة رسمية»: a ة-noun; a short given name in ة is fine («حجة»)
            and not (words[0].endswith("ه") and len(words[0]) > 4 and not given)  # «جميلة X»
            and not words[-1].endswith("ه")
            # an article only in the family name or after a particle («عبد السلام عبدي علي»)
            and not any(
                w.startswith("ال")
                and (k == 0 or "name_particle" not in self.lex.classes(words[k - 1]))
                for k, w in enumerate(words[:-1])
            )
            # «نظيره التونسي خالد النوري»: a nisba family name («بحث مع نظيره سبل التعاون» not)
            and (
                not words[-1].startswith("ال")
                or words[-1].endswith("ي")
                and len(words[-1]) > 4
                or given
            )
        )

    def _given_first(self, j: int, hit: Any) -> bool:
        """Word j, a given name of the lexicon, opens an unknown name though the KB reads it
        otherwise: with a proclitic («بيريفان» is no ب + «يريفان») or as a one-word person
        alias («غابرييل X»: not the KB's «… غابرييل»), when a plain name word follows."""
        if not self._lexicon_given(j) or hit.we - j != 1:
            return False
        person = any(c.entry.type == "Person" for c in hit.cands)
        if not hit.prefix and not person:
            return False
        nxt = j + 1
        return nxt not in self.hits and self._name_word(nxt, self.w[j].text, 1)

    def _given_over_hit(self, j: int, hit: Any, prev: str | None, units: int) -> bool:
        """Word j, a one-word KB entry that is no person, continues the name: after «عبد»
        («عبد الجليل»: a place elsewhere), or after a name word when it is a known given name
        itself («مفلح عمران»: a governorate elsewhere)."""
        if hit.prefix or hit.we - j != 1 or not units and prev != "عبد":
            return False
        if any(c.entry.type == "Person" for c in hit.cands):
            return False
        return prev == "عبد" or normalize_key(self.w[j].text) in self.lex.given_names

    def _lexicon_given(self, j: int) -> bool:
        """Word j, as written, is a given name of the lexicon that no lexicon class claims, and a
        joined word follows it: it opens a name whatever its first letters look like («فالنتينا»
        is no ف + ال, «ألبرت» has no article)."""
        t = self.w[j].text
        if normalize_key(t) not in self.lex.given_names or self.lex.classes(t):
            return False
        return self._joined(j + 1) and not self.w[j].tanween

    def _compound_given(self, j: int, prev: str | None, units: int) -> bool:
        """«محمد الأمين», «محمد المختار»: after «محمد» an ال-word that is no title at this place
        and is followed by a plain family name word is part of the given name."""
        t = self.w[j].text
        if units != 1 or prev != "محمد" or not t.startswith("ال") or j in self.hits:
            return False
        if self._match(j, self.lex.titles, self.lex.title_max, True)[0]:
            return False  # «محمد الأمين العام»: a title follows the name
        nxt = j + 1
        if not self._joined(nxt) or nxt in self.hits:
            return False
        n = self.w[nxt].text
        classes = self.lex.classes(n) - {"name_particle"}  # «محمد المختار ولد داده»
        return not n.startswith("ال") and not classes and n not in self.lex.lexicon_words

    def _after_middle(self, j: int, units: int) -> bool:
        """Word j ends a three-word name with an article-word in the middle («هاني الحاج
        سعيد إن»): a given name of the lexicon first, a plain word that the name's end follows
        (punctuation or «أن/إن»)."""
        if units != 2 or j < 2 or normalize_key(self.w[j - 2].text) not in self.lex.given_names:
            return False
        return self._plain(j) and self._name_end(j + 1)

    def _then_bianna(self, j: int) -> bool:
        """Word j is followed by «بأن/بأنه/بأنها» (a description of word j follows)."""
        nxt = j + 1
        word = self.w[nxt].text if nxt < len(self.w) else ""
        return self._joined(nxt) and word[:1] == "ب" and word[1:] in _BI_THAT
