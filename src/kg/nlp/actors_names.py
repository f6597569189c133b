"""Word-level helpers of the title scanner: spans, KB hits as raws, lexicon matching, names.

``NameScanner(words, hits, norm, text, lex, kb, blocked)`` holds one article's words and KB hits;
``scan_name(k)`` reads a 1-3 word person name (a KB person, or name-like words: no function word,
verb, time word, lexicon word, tanween, attached pronoun; the article only in a family name).
:class:`kg.nlp.actors_titles.Scanner` builds on it.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_gaz import Hit, hit_raws
from kg.nlp.actors_lex import ActorLexicons, Word, clitic_variants
from kg.nlp.actors_orgs import org_heads
from kg.nlp.actors_work import Raw
from kg.text.normalize import Normalized, normalize_key

_NON_NAME = frozenset({"stop", "time", "verb", "noun", "of"})
#: attached pronouns (نهجنا, مواقفهم): a word carrying one is not a name
_PRONOUN_SUFFIXES = ("نا", "هم", "ها", "كم", "هما")
#: proclitic + definite or verbal noun (بالقرار، بتوسيع): never inside a name
#: second halves of compound given names («نور الدين», «عبد الله»): a family name may follow
_COMPOUND_TAILS = frozenset(
    {
        "الدين",
        "الله",
        "الرحمن",
        "الفتاح",
        "العزيز",
        "الحميد",
        "الكريم",
        "الملك",
        "الرحيم",
        "السلام",
        "الحليم",
        "اللطيف",
        "المجيد",
        "القادر",
        "الشيخ",
        "السيد",
    }
)
_CLITIC_NOUN = ("بال", "وال", "فال", "كال", "بت", "لت")
AFF_TYPES = frozenset({"Country", "Organization", "Facility", "Place"})


#: given names shaped like imperfect verbs (normalised)
_Y_NAMES = frozenset({"يحيي", "يعقوب", "يزيد", "يمني", "يعرب", "يسري", "يمان"})


def _verb_shaped(t: str) -> bool:
    """«يستند», «يقول»: imperfect verbs (ي + stem); «يوسف», «ياسين» (يو/يا), «يحيى» stay names."""
    return len(t) >= 4 and t[0] == "ي" and t[1] not in "وا" and t not in _Y_NAMES


def bare(stem: str) -> str:
    return stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem


class NameScanner:
    """One article's words + gazetteer hits; helpers and the person-name reader."""

    def __init__(
        self,
        words: list[Word],
        hits: dict[int, Hit],
        norm: Normalized,
        text: str,
        lex: ActorLexicons,
        kb: Any,
        blocked: set[int],
    ) -> None:
        self.w, self.hits, self.norm, self.text, self.lex, self.kb = (
            words,
            hits,
            norm,
            text,
            lex,
            kb,
        )
        self.blocked = blocked
        self.raws: list[Raw] = []

    # -- helpers ---------------------------------------------------------------------------
    def _span(self, ws: int, we: int, prefix: int = 0) -> tuple[int, int, str]:
        s, e = self.norm.to_original(self.w[ws].start + prefix, self.w[we - 1].end)
        return s, e, self.text[s:e]

    def _joined(self, j: int) -> bool:
        return j < len(self.w) and self.w[j].joined and j not in self.blocked

    def _comma_gap(self, j: int) -> bool:
        if j >= len(self.w) or j == 0 or j in self.blocked:
            return False
        gap = self.norm.text[self.w[j - 1].end : self.w[j].start].strip()
        return gap in ("،", ",")

    def _add(self, raw: Raw) -> int:
        self.raws.append(raw)
        return len(self.raws) - 1

    def _hit_raw(self, hit: Hit, hidden: bool) -> int | None:
        raws = [
            r for r in hit_raws(hit, self.w, self.norm, self.text, self.lex) if r.kind != "metonym"
        ]
        if not raws:
            return None
        raw = self.government_as_country(raws[0])
        if hit.kinds() >= {"metonym"} and raw.type not in ("Country", "Organization"):
            raw = Raw(
                raw.start,
                raw.end,
                raw.ws,
                raw.we,
                "metonym",
                raw.type,
                raw.text,
                tuple(c for c in hit.cands if c.kind == "metonym"),
                raw.name,
            )
        raw.hidden = hidden
        return self._add(raw)

    def government_as_country(self, raw: Raw) -> Raw:
        """A KB government («الحكومة الروسية», «النظام السوري») -> a mention of its country
        (guideline: government phrases are Country mentions spanning the whole phrase)."""
        if raw.kind != "name" or raw.type != "Organization" or not raw.cands:
            return raw
        entry = raw.cands[0].entry
        if entry.subtype != "government" or not entry.country or len(raw.cands) > 1:
            return raw
        country = self.kb.get(entry.country)
        if country is None or country.type != "Country":
            return raw
        if entry.label_en != f"Government of {country.label_en}":
            return raw  # a regional government («حكومة إقليم كردستان») is an organisation
        raw.type, raw.name = "Country", country.label_ar
        raw.cands = tuple(c for c in self.kb.lookup(country.label_ar) if c.entry.id == country.id)
        return raw

    def armed_as_country(self, raw: Raw) -> Raw:
        """«الجيش الأمريكي», «القوات الإسرائيلية» (a KB armed force named by head + nationality
        adjective) -> the adjective as a mention of the country (guideline); named bodies
        («الجيش العربي السوري», «جيش الاحتلال») stay organisations."""
        if raw.kind != "name" or raw.type != "Organization" or raw.we - raw.ws != 2:
            return raw
        entry = raw.cands[0].entry if raw.cands else None
        if entry is None or entry.subtype != "armed_forces" or not entry.country:
            return raw
        last = self.w[raw.we - 1].text
        adj = [c for c in self.kb.lookup(last) if c.kind == "adjective"]
        if not adj or adj[0].entry.id != entry.country:
            return raw
        s, e, surface = self._span(raw.we - 1, raw.we)
        return Raw(s, e, raw.we - 1, raw.we, "adjective", "Country", surface, tuple(adj), last)

    def _adjective_at(self, j: int) -> Hit | None:
        hit = self.hits.get(j)
        return hit if hit is not None and hit.kinds() == {"adjective"} else None

    def _match(self, i: int, table: dict, maxn: int, bare_ok: bool) -> tuple[int, int, Any, bool]:
        """Longest lexicon entry at word i -> (n words, prefix, entry, definite) or n = 0."""
        firsts = self.lex.first_words(table)
        for pre, stem in clitic_variants(self.w[i].text):
            for first in (stem, bare(stem)) if bare_ok else (stem,):
                longest = firsts.get(first)
                if longest is None:
                    continue
                for n in range(min(longest, maxn, len(self.w) - i), 0, -1):
                    if any(not self._joined(i + k) for k in range(1, n)):
                        continue
                    rest = [x.text for x in self.w[i + 1 : i + n]]
                    entry = table.get(" ".join([first, *rest]))
                    if entry is not None:
                        definite = stem.startswith("ال") or bool(rest) and rest[-1].startswith("ال")
                        return n, pre, entry, definite
        return 0, 0, None, False

    # -- names -----------------------------------------------------------------------------
    def _name_word(self, j: int, prev: str | None, units: int) -> bool:
        """Can word j continue a name? ``prev``: the name's last word; ``units``: name parts so
        far (a particle and its word are one part: «عبد الله»)."""
        word = self.w[j]
        t = word.text
        if units and "name_particle" in self.lex.classes(t) and self._joined(j + 1):
            return True  # «أنييس فون دير مول», «كارل فان أوستروم» (not «ف + ان»)
        if t == "باسم" and not units and self._joined(j + 1) and j + 1 not in self.hits:
            # «باسم نعيم»: the given name, when a plain name word (no body) follows
            nxt = self.w[j + 1].text
            return (
                not self.lex.classes(nxt)
                and nxt not in self.lex.lexicon_words
                and bare(nxt) not in org_heads()  # «باسم الحركة»: the particle
            )
        if word.tanween or len(t) < 2 or t.isdigit() or t in self.lex.lexicon_words:
            return False
        if t == "علي" and self._span(j, j + 1)[2].endswith("ي") and self._joined(j + 1):
            return True  # «علي حسين»: the given name, spelt with ي (the preposition is «على»)
        if units and t.startswith("است") and len(t) >= 6:
            return False  # «عباس عراقجي استئناف …»: a form-X verbal noun ends the name
        if t.startswith("وال") and len(t) > 5:
            return False  # «والبيئة»: a coordinated definite noun, never a name word
        if t.startswith("لل") or units and t.startswith(_CLITIC_NOUN):
            return False  # «يوآف غالانت بتوسيع»: a prepositional noun ends the name
        if (
            prev
            and prev.startswith("ال")
            and prev not in _COMPOUND_TAILS
            and not self._hamza_al(j - 1)
        ):
            if "name_particle" not in self.lex.classes(t):
                return False  # «محمد المنفي بمقر»: the family name ends the name
        if t.startswith("ال") and not self._hamza_al(j):
            # a family name with the article follows a particle («عبد الله») or one given name
            # («حيدر العبادي»), not a ة-noun («ضرورة الالتزام»: a noun and its genitive)
            after_particle = prev is not None and "name_particle" in self.lex.classes(prev)
            # («محمد شياع السوداني»: two given names then the family name)
            given = (
                units in (1, 2)
                and prev
                and (not prev.endswith(("ه", "ات")) or prev in _COMPOUND_TAILS)  # «عبد الله X»
                and (not prev.startswith("ال") or prev in _COMPOUND_TAILS)
            )
            if not after_particle and not given:
                return False
        if _verb_shaped(t) and not self._inner_y_name(j, units):
            return False
        if len(t) >= 5 and t.endswith(_PRONOUN_SUFFIXES):
            # «أنالينا بيربوك»: a foreign given name in -نا/-ها opens a longer name; any other
            # word carrying a pronoun («بلادنا») is no name word
            nxt = j + 1
            if units or not self._joined(nxt) or self.w[nxt].text.endswith(_PRONOUN_SUFFIXES):
                return False
            if not self._name_word(nxt, t, 1) or self.w[nxt].text.startswith("ال"):
                return False
        return not any(
            self.lex.classes(stem) & _NON_NAME or (n and stem in self.lex.lexicon_words)
            for n, stem in clitic_variants(t)
        )

    def scan_name(self, k: int) -> tuple[int, int, tuple[Any, ...]] | None:
        """Words from k -> (ws, we, KB person candidates) of a 1-3 word name, or None."""
        j, prev, limit, units = k, None, 3, 0
        while j < len(self.w) and j - k < limit and (j == k or self._joined(j)):
            hit = self.hits.get(j)
            if hit is not None and j == k and self._given_name_hit(j, hit):
                prev, units, j = self.w[j].text, 1, j + 1  # «جورجيا ميلوني»: a given name
                continue
            if hit is not None and units and self._nisba_surname(j, hit, prev):
                j += 1  # «محمد شياع السوداني»: a nisba family name, not a nationality
                break
            if hit is not None:
                raws = hit_raws(hit, self.w, self.norm, self.text, self.lex)
                if hit.prefix == 0 and any(r.kind == "name" and r.type == "Person" for r in raws):
                    cands = tuple(c for c in hit.cands if c.entry.type == "Person")
                    if j > k and not self._same_given_name(k, j, cands):
                        cands = ()  # «مسرور بارزاني» is not the KB's «مسعود بارزاني»
                    return k, hit.we, cands
                break
            if not self._name_word(j, prev, units):
                break
            prev = self.w[j].text
            if "name_particle" in self.lex.classes(prev):
                limit += 1  # «عبد الله بن زايد»: particles do not count
            else:
                units += 1
            j += 1
        n = j - k
        if n == 0:
            return None
        if n == 1:
            nxt = j < len(self.w) and self._joined(j)
            if nxt and not (self.lex.classes(self.w[j].text) & {"verb", "time", "noun"}):
                return None  # a lone name word must end at punctuation, a verb or a time word
        return k, j, ()

    def _hamza_al(self, j: int) -> bool:
        """«إلينا فالتونين»: a word spelt «إل/أل» in the original has no article."""
        return self._span(j, j + 1)[2][:1] in ("إ", "أ")

    def _inner_y_name(self, j: int, units: int) -> bool:
        """«علي يرلي كايا»: a ي-initial word between two name words is a name word, not a verb
        (the next word must be a plain name word: no KB entry, article, lexicon or verb form)."""
        nxt = j + 1
        if not units or not self._joined(nxt) or nxt in self.hits:
            return False
        t = self.w[nxt].text
        if t.startswith("ال") or _verb_shaped(t) or t in self.lex.lexicon_words:
            return False
        return not any(self.lex.classes(stem) for _, stem in clitic_variants(t))

    def _same_given_name(self, k: int, j: int, cands: tuple[Any, ...]) -> bool:
        """Do the words [k, j) before a KB surname appear in a KB name of the candidates?"""
        given = normalize_key(" ".join(w.text for w in self.w[k:j]))
        for c in cands:
            names = [c.entry.label_ar, *getattr(c.entry, "aliases_ar", ())]
            if any(
                given in normalize_key(n).split() or normalize_key(n).startswith(given)
                for n in names
                if n
            ):
                return True
        return False

    def _given_name_hit(self, j: int, hit: Any) -> bool:
        """A one-word country/place name used as a given name: followed by a name word that is
        no KB entry («جورجيا ميلوني»); «سوريا» before a verb or another entry stays the country."""
        if hit.we != j + 1 or hit.prefix or hit.kinds() & {"adjective", "metonym"}:
            return False
        nxt = j + 1
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
        return self._joined(nxt) and nxt not in self.hits and self._name_word(nxt, None, 1)

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
        return (
            len(words) >= 2
            # «إقامة مناطق», «زيارة رسمية»: a ة-noun; a short given name in ة is fine («حجة»)
            and not (words[0].endswith("ه") and len(words[0]) > 4)
            and not words[-1].endswith("ه")
            and not any(w.startswith("ال") for w in words)
        )

    def _name_raw(self, ws: int, we: int, cands: tuple[Any, ...]) -> int:
        s, e, surface = self._span(ws, we)
        name = " ".join(x.text for x in self.w[ws:we])
        return self._add(Raw(s, e, ws, we, "name", "Person", surface, cands, name))
