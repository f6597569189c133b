"""Person names without a title before them (mixed into :class:`kg.nlp.actors_titles.Scanner`).

``match_honorific(i)``: «الشيخ ركان الخضير», «الدكتور إدريس لكريني»: an honorific that opens a
name of 2-3 words (or a KB person) -> the name raw; the honorific itself is no mention.
``match_appositive(i)``: «قال ليث البلعوس، أحد قادة …», «حذرت حنان حمدان، ممثلة …»: a 2-3 word
name right after a verb (or «أما») and before a comma that opens its holder's description (a
title, a role noun, «أحد/إحدى + noun», «وهو/وهي», «الذي/التي»), or one that opens with a given
name of ``given_names.tsv`` («ودعا أنور إبراهيم البلدين») -> the name raw. Otherwise nothing is
read: «قال مصدر أمني» stays no name.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_lex import clitic_variants
from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

#: titles of a place's office: the word right after them may be the place the KB does not know
_PLACE_OFFICES = frozenset({"governor", "mayor"})
#: «العام/العامة» after a body's noun: "general", not "the year"
_GENERAL = frozenset({"العام", "العامه"})
#: «أبو/أم» + a given name: a kunya, a person's name (normalised)
_KUNYA = frozenset({"ابو", "ام"})
#: words that open a description of the person named before the comma (normalised)
_DESCRIBERS = frozenset({"احد", "احدي", "وهو", "وهي", "هو", "هي", "الذي", "التي"})


class AppositiveNames:
    """Mixin: needs the scanner's ``w``, ``hits``, ``lex``, ``orgs``, ``_joined``, ``_comma_gap``,
    ``_match``, ``scan_name`` and ``_name_raw``."""

    w: Any
    hits: Any
    lex: Any
    orgs: Any
    match_org: Any
    match_named_org: Any
    _joined: Any
    _comma_gap: Any
    _match: Any
    _add: Any
    _span: Any
    raws: Any
    _place_raw: Any
    _place_noun_first: Any
    match_place_noun: Any
    _hit_raw: Any
    _plain: Any
    scan_name: Any
    _name_raw: Any
    _titles_after_name: Any

    def _classes_any(self, j: int) -> frozenset[str]:
        """Function-word classes of word j under any clitic reading."""
        return self.lex.classes_any(self.w[j].text)

    def _after_verb(self, i: int) -> bool:
        """Word i follows a verb or «أما» (where an untitled name may stand as the subject)."""
        prev = self.w[i - 1].text
        return prev == "اما" or "verb" in self.lex.classes_any(prev)

    def honorific_at(self, i: int) -> bool:
        """Word i is an honorific («الشيخ», «الدكتور», «المهندس»), with or without و/ف."""
        return "honorific" in self._classes_any(i)

    def match_honorific(self, i: int) -> int:
        """«الشيخ X Y»: honorifics at word i, then a name -> words consumed (0 = none)."""
        j = i
        while j < len(self.w) and (j == i or self._joined(j)) and self.honorific_at(j):
            j += 1
        if j == i or not self._joined(j):
            return 0
        found = self.scan_name(j) or self._al_given(j)
        if found is None or found[1] - found[0] < 2 and not found[2]:
            return 0
        self._name_raw(*found)
        return found[1] - i

    def _plain_al(self, j: int) -> bool:
        """Word j is an ال-word the lexicons and the KB do not know (a possible name word)."""
        t = self.w[j].text
        return (
            t.startswith("ال")
            and len(t) > 3
            and j not in self.hits
            and not self.w[j].tanween
            and t not in self.lex.lexicon_words
            and not self._classes_any(j)
        )

    def _al_given(self, j: int) -> tuple[int, int, tuple] | None:
        """«الشيخ الهادي المقطوف،», «الشيخ عودة الجازي إن»: after an honorific, a given name (with
        or without the article) and a family name with the article, closed by punctuation or
        «إن/أن» (the name scan refuses both: an article-initial given name, a ة-noun's genitive)."""
        k = j + 2
        if k > len(self.w) or not self._joined(j + 1):
            return None
        if not (self._plain_al(j) or self._plain(j)) or not self._plain_al(j + 1):
            return None  # «الشيخ عودة الجازي»: also a plain given name in ة before it
        if k < len(self.w) and self._joined(k) and self.w[k].text != "ان":
            return None
        return j, k, ()

    def holder_after_body(self, j: int) -> int | None:
        """«الرئيس الروحي لطائفة الموحدين الدروز، الشيخ حكمت الهجري»: a title without a holder,
        up to four genitive words of its body (ل-words, definite words, «في» + one definite word,
        «بني/آل» + a word), then a comma or an honorific, then the holder's name -> its raw."""
        k, n, posted = j, len(self.w), False
        for _ in range(5):
            if k >= n or not self._joined(k):
                break
            t = self.w[k].text
            if k in self.hits or "verb" in self._classes_any(k) or self.honorific_at(k):
                break
            if t.startswith("ال") and self.orgs.head_at(k) is not None:
                # «باسم الإدارة العامة للحرس الوطني العميد X»: the body, then its officer
                used = self.match_org(k) or self.match_named_org(k)
                if used:
                    k += used
                    continue
            end = self._body_after_in(k) if t == "في" else 0
            end = end or (self.body_after_bi(k) if t.startswith("ب") else 0)
            if end:  # «أستاذ القانون الدستوري في جامعة X الدكتور Y Z»: the body, then its holder
                k, posted = end, True
                break
            place = self.hits.get(k + 1) if t == "في" and self._joined(k + 1) else None
            if place is not None and not place.prefix and place.cands[0].entry.type == "Country":
                self._hit_raw(place, False)  # «… للدعم في ليبيا X Y»: where the body works
                k, posted = place.we, True
                break
            if t in ("في", "بني", "بنو") and self._joined(k + 1) and k + 1 not in self.hits:
                k += 2
            elif t.startswith(("ل", "ال")) and (
                not self._classes_any(k) - {"title_mod"} or t in _GENERAL  # «الأمن العام»
            ):
                k += 1
            else:
                break  # a name word: only after a لل-genitive body (below)
        if k == j or k >= n:
            return None
        comma = not self._joined(k) and self._comma_gap(k)
        # «المتحدث باسم الإدارة العامة للحرس الوطني X Y»: a body closed by a لل-genitive
        lam = any(self.w[m].text.startswith("لل") for m in range(j, k)) and self._joined(k)
        honorific = self._joined(k) and self.honorific_at(k)
        if not comma and not posted and not honorific and not lam:
            return None
        h = k
        while h < n and (h == k or self._joined(h)) and self.honorific_at(h):
            h += 1
        if h == k and not comma and not posted and not lam:
            return None
        self.holder_starts.add(h)
        found = self.scan_name(h) or (self._al_given(h) if h > k else None)
        if found is None or found[1] - found[0] < 2 and not found[2]:
            return None
        if h == k and lam and not comma and not posted and self.w[h].text.startswith("ال"):
            return None
        return self._name_raw(*found)

    def _body_after_in(self, k: int) -> int:
        """«في جامعة الكويت», «في جامعة ماكغيل», «في مركز الأهرام للدراسات»: «في» at word k, then
        an organisation read by its head noun (or a head and a KB place, «جامعة القاهرة») -> the
        word after it (0 = none); adds the organisation (a mention, the holder's affiliation)."""
        h = k + 1
        if h >= len(self.w) or not self._joined(h) or h in self.hits:
            return 0
        end = self.seat_org(h)
        if not end or end >= len(self.w):
            return 0
        s, e, surface = self._span(h, end)
        self._add(Raw(s, e, h, end, "name", "Organization", surface, (), normalize_key(surface)))
        return end

    def _describes(self, j: int) -> bool:
        """Word j (after a comma) opens a description of the person before the comma."""
        if j >= len(self.w):
            return False
        if self.w[j].text in _DESCRIBERS:
            return True
        if self._match(j, self.lex.titles, self.lex.title_max, True)[0]:
            return True
        return bool(self._match(j, self.lex.roles, 3, True)[0])

    def match_appositive(self, i: int) -> int:
        """A 2-3 word name at word i after a verb (or «أما»), closed by «، title/أحد/وهو» or
        opening with a known given name («ودعا أنور إبراهيم البلدين») -> words consumed."""
        if i == 0 or not self._joined(i) or i in self.hits:
            return 0
        if "verb" not in self._classes_any(i - 1) and self.w[i - 1].text != "اما":
            return 0
        found = self.scan_name(i)
        if found is None or found[0] != i or found[1] - i < 2:
            return 0
        end = found[1]
        described = end < len(self.w) and not self._joined(end) and self._comma_gap(end)
        kunya = self.w[i].text in _KUNYA and self.w[i + 1].text in self.lex.given_names
        # «وقال حسن شيخ» after «حسن شيخ محمود»: the opening of a name read before
        kunya = kunya or (self.w[i].text, self.w[i + 1].text) in self.name_openings
        if not (described and self._describes(end)) and self.w[i].text not in self.lex.given_names:
            if not kunya:  # «يقول أبو محمد الحوراني، اللاجئ …»: a kunya is a name
                return 0
        holder = self._name_raw(*found)
        if described:
            end = self._titles_after_name(holder, end)  # «أكد X Y، وزير الخارجية، أن»
        return end - i

    def match_one_of(self, i: int) -> int:
        """«وقال أحد منسقي التظاهرات، حسين الركابي، إن»: «أحد/إحدى» after a verb, a 1-4 word
        description, a comma, then a 2-3 word name closed by a comma -> words consumed (the
        name raw is added; the description is no mention). «قال أحد المحتجين إن» reads nothing."""
        if i == 0 or not self._joined(i) or self.w[i].text not in ("احد", "احدي"):
            return 0
        if "verb" not in self._classes_any(i - 1):
            return 0
        for k in range(i + 2, min(i + 6, len(self.w))):
            if not self._joined(k):
                break
            if "verb" in self._classes_any(k):
                return 0
        else:
            return 0
        if k == i + 1 or not self._comma_gap(k):
            return 0
        found = self.scan_name(k)
        if found is None or found[0] != k or found[1] - k < 2:
            return 0
        end = found[1]
        if end >= len(self.w) or self._joined(end) or not self._comma_gap(end):
            return 0
        self._name_raw(*found)
        return end - i

    def place_then_holder(self, j: int, found: tuple, category: str) -> tuple:
        """«محافظ ذي قار مرتضى …», «عميد بلدية مصراتة محمود السقوطري»: after a governor's or
        mayor's title, a 3-word name whose last words are themselves a 2-3 word name starts
        with the place (a Place mention) -> the holder's (ws, we, cands); else ``found``."""
        ws, we, cands = found
        if category not in _PLACE_OFFICES or cands or ws != j or we - ws < 3 or j in self.hits:
            return found
        if "name_particle" in self.lex.classes(self.w[j + 1].text):
            return found  # «محافظ جنين كمال أبو الرب»: a given name, then «أبو/عبد» + name
        if normalize_key(self.w[j].text) in self.lex.given_names:
            return found  # «المحافظ محمد طه الجبوري»: a known given name is no place
        alt = self.scan_name(j + 1)
        if alt is None or alt[1] - alt[0] < 2 or alt[1] < we:
            return found
        self._place_raw(j, 1)
        return alt

    def place_after_an(self, j: int) -> int:
        """«النائبة عن محافظة البصرة X»: a place noun and its place after «عن» in a title ->
        words consumed (the Place raw added), else 0."""
        if j in self.hits or not self._place_noun_first(j):
            return 0
        used = self.match_place_noun(j)
        place = self.hits.get(j + 1) if not used and self._joined(j + 1) else None
        if place is not None and not place.prefix and place.cands[0].entry.type == "Place":
            self._hit_raw(place, False)  # a KB city or province
            used = place.we - j
        return used

    def match_org_anaphor(self, i: int) -> int:
        """«وأوضحت الهيئة», «إن المفوضية»: a definite organisation head standing alone refers
        to the last organisation named before with that head («الهيئة القومية لسكك حديد مصر»)
        -> a name raw with that organisation's name (coreference joins them); else 0."""
        head = self.orgs.head_at(i)
        hit = self.hits.get(i)
        if hit is not None and not all(c.ambiguous for c in hit.cands):
            return 0  # a KB name; only an ambiguous alias («الهيئة» for one group) gives way
        if head is None or not head[1]:
            return 0
        nxt = i + 1
        definite = (
            self.w[nxt].text.startswith("ال") and not self._hamza_al(nxt)
            if nxt < len(self.w)
            else False
        )  # «إلى»
        if self._joined(nxt) and (nxt in self.hits or definite):
            return 0  # «الهيئة الوطنية …»: a longer name, read by the organisations
        stem = next((st for _, st in clitic_variants(self.w[i].text) if st.startswith("ال")), None)
        if stem is None:
            return 0
        for raw in reversed(self.raws):
            first = (raw.name or "").split(" ")[0]
            if raw.kind == "name" and raw.type == "Organization" and first in (stem, stem[2:]):
                if raw.we - raw.ws < 2 and len((raw.name or "").split(" ")) < 2:
                    continue  # an earlier bare head («رئيس الهيئة»): look further back
                s, e, surface = self._span(i, nxt, head[0])
                self._add(Raw(s, e, i, nxt, "name", "Organization", surface, raw.cands, raw.name))
                return 1
        return 0

    def _nisba_end(self, k: int) -> bool:
        """Word k is an ال-nisba family name the KB does not know («العلي», «الخطيب» not)."""
        t = self.w[k].text
        return t.startswith("ال") and t.endswith("ي") and len(t) > 4 and k not in self.hits
