"""Word-level helpers of the title scanner: spans, KB hits as raws, lexicon matching, names.

``NameScanner(words, hits, norm, text, lex, kb, blocked)`` holds one article's words and KB hits;
``scan_name(k)`` reads a 1-3 word person name (a KB person, or name-like words: no function word,
verb, time word, lexicon word, tanween, attached pronoun; the article only in a family name).
:class:`kg.nlp.actors_titles.Scanner` builds on it; KB hits become raws in the mixin
:class:`kg.nlp.actors_hitraws.HitRaws`.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_fourth import FourthWords
from kg.nlp.actors_gaz import Hit, hit_raws
from kg.nlp.actors_hitraws import HitRaws
from kg.nlp.actors_lex import NASAB, ActorLexicons, Word, clitic_variants
from kg.nlp.actors_namehits import NameHits
from kg.nlp.actors_namewords import NameWords, bare
from kg.nlp.actors_work import Raw
from kg.text.normalize import Normalized, normalize_key
from kg.text.quotes import CLOSE_QUOTES

AFF_TYPES = frozenset({"Country", "Organization", "Facility", "Place"})
#: «بن/بنت» chains (nasab) of Gulf names take one name part more: «X بن Y بن Z آل W»
#: «أن/إن» (normalised) may end a one-word name after a title («الوزير X أن …»)
_COMPLEMENTIZERS = frozenset({"ان"})
_TITLED = frozenset({"honorific", "title_mod"})
__all__ = ["AFF_TYPES", "NameScanner", "bare", "owned_stem"]


#: possessive pronouns on a title's first word («رئيسها», «مديره», «نائبهم»), normalised
_OWNERS = ("ها", "هم", "ه")


def owned_stem(stem: str) -> str:
    """«رئيسها» -> «رئيس», «مديره» -> «مدير» (a possessive pronoun dropped from a word of 5+
    letters with no article); any other word unchanged."""
    if len(stem) > 4 and not stem.startswith("ال"):
        for p in _OWNERS:
            if stem.endswith(p):
                return stem[: -len(p)]
    return stem


class NameScanner(HitRaws, NameWords, NameHits, FourthWords):
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
        #: words after a quoted body name inside a title, read as joined («باسم "X" المقدم Y»)
        self.quote_joined: set[int] = set()
        #: words right after a complete title, where its holder's name may begin
        self.holder_starts: set[int] = set()
        self.name_openings: set[tuple[str, str]] = set()  # first two words of names read

    # -- helpers ---------------------------------------------------------------------------
    def _span(self, ws: int, we: int, prefix: int = 0) -> tuple[int, int, str]:
        s, e = self.norm.to_original(self.w[ws].start + prefix, self.w[we - 1].end)
        return s, e, self.text[s:e]

    def _joined(self, j: int) -> bool:
        return (
            j < len(self.w)
            and (self.w[j].joined or j in self.quote_joined)
            and j not in self.blocked
        )

    def _gap(self, j: int) -> str:
        """The text between word j-1 and word j (stripped)."""
        return self.norm.text[self.w[j - 1].end : self.w[j].start].strip()

    def _comma_gap(self, j: int) -> bool:
        if j >= len(self.w) or j == 0 or j in self.blocked:
            return False
        gap = self.norm.text[self.w[j - 1].end : self.w[j].start].strip()
        if gap == ")" and j >= 2:  # a name right after a parenthesised acronym «(إيكواس) X»
            return self.norm.text[self.w[j - 2].end : self.w[j - 1].start].strip() == "("
        return gap in ("،", ",")

    def _quote_closed(self, j: int) -> bool:
        """A closing quote (and a comma) before word j: a quoted body ends there («القائد العام
        لـ"قسد"، X Y»)."""
        if j >= len(self.w) or j == 0 or j in self.blocked:
            return False
        gap = self._gap(j)
        return gap[:1] in CLOSE_QUOTES and gap[1:].strip() in ("", "،", ",")

    def _paren_alias(self, j: int) -> int:
        """«(إيكواس)» at word j: a KB name alone in parentheses after a title's body -> the
        word after it (the alias stays a mention); else j."""
        hit = self.hits.get(j)
        if hit is None or hit.prefix or j == 0 or hit.we >= len(self.w):
            return j
        before = self.norm.text[self.w[j - 1].end : self.w[j].start].strip()
        after = self.norm.text[self.w[hit.we - 1].end : self.w[hit.we].start].strip()
        if before != "(" or after != ")":
            return j
        self._hit_raw(hit, False)
        return hit.we

    def _add(self, raw: Raw) -> int:
        if raw.kind == "name" and raw.type == "Person" and raw.we - raw.ws >= 3:
            # «X Y Z»: a later «X Y» is read as a name whatever Y is («وقال حسن شيخ»)
            self.name_openings.add((self.w[raw.ws].text, self.w[raw.ws + 1].text))
        self.raws.append(raw)
        return len(self.raws) - 1

    def _adjective_at(self, j: int) -> Hit | None:
        hit = self.hits.get(j)
        return hit if hit is not None and hit.kinds() == {"adjective"} else None

    def _match(
        self, i: int, table: dict, maxn: int, bare_ok: bool, owned: bool = False
    ) -> tuple[int, int, Any, bool]:
        """Longest lexicon entry at word i -> (n words, prefix, entry, definite) or n = 0.
        ``owned``: the first word may carry a possessive pronoun («رئيسها التنفيذي», «مديره
        العام»: the body named before is the affiliation); it then counts as definite."""
        firsts = self.lex.first_words(table)
        for pre, stem in clitic_variants(self.w[i].text):
            forms = (stem, bare(stem)) if bare_ok else (stem,)
            if owned and owned_stem(stem) != stem and not self._span(i, i + 1)[2].endswith("ة"):
                forms = (*forms, owned_stem(stem))
            for first in forms:
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
                        definite = definite or first != stem and first != bare(stem)
                        return n, pre, entry, definite
        return 0, 0, None, False

    # -- names -----------------------------------------------------------------------------
    def scan_name(self, k: int) -> tuple[int, int, tuple[Any, ...]] | None:
        """Words from k -> (ws, we, KB person candidates) of a 1-3 word name, or None."""
        j, prev, limit, units, nasab = k, None, 3, 0, False
        while j < len(self.w) and j - k < limit and (j == k or self._joined(j)):
            hit = self.hits.get(j)
            if hit is not None and j == k and self._given_name_hit(j, hit):
                prev, units, j = self.w[j].text, 1, j + 1  # «جورجيا ميلوني»: a given name
                continue
            if hit is not None and j == k and self._given_first(j, hit):
                prev, units, j = self.w[j].text, 1, j + 1  # «بيريفان X», «غابرييل X»
                continue
            kaf = hit is not None and hit.prefix == 1 and self.w[j].text[0] == "ك"
            if (
                hit is not None
                and hit.prefix
                and (units or kaf)  # «كامل إدريس»: no ك + «أمل» (ك never starts a holder)
                and self._name_word(j, prev, units)
            ):
                # «تامي بروس», «توني بلير»: a surname that only reads as a KB name with a
                # proclitic (ب + «روس») after a given name is a name word
                prev, units, j = self.w[j].text, units + 1, j + 1
                continue
            if hit is not None and self._given_over_hit(j, hit, prev, units):
                # «عبد الجليل», «عبد السلام»: the word after «عبد» is part of the given name,
                # whatever else the KB knows it as (a place, a body)
                prev, units, j = self.w[j].text, units + 1, j + 1
                continue
            if hit is not None and units and self._nisba_surname(j, hit, prev):
                j += 1  # «محمد شياع السوداني»: a nisba family name, not a nationality
                break
            if hit is not None:
                raws = hit_raws(hit, self.w, self.norm, self.text, self.lex)
                if hit.prefix == 0 and any(r.kind == "name" and r.type == "Person" for r in raws):
                    cands = tuple(c for c in hit.cands if c.entry.type == "Person")
                    if j == k and self._given_before_name(j, hit, cands):
                        prev, units, j = self.w[j].text, 1, j + 1  # «عون ذياب عبد الله»
                        continue
                    if j > k and not self._same_given_name(k, j, cands):
                        # «مسرور بارزاني» is not the KB's «مسعود بارزاني»; «فرناندو غراندي
                        # مارلاسكا»: a KB surname inside a longer unknown name goes on
                        if hit.we - j == 1 and j + 1 - k < limit and self._joined(hit.we):
                            if self._name_word(hit.we, self.w[j].text, units + 1):
                                prev, units, j = self.w[j].text, units + 1, j + 1
                                continue
                        cands = ()
                        if units == 2 and hit.we == k + 3 and self._family_fourth(k, hit.we):
                            return k, hit.we + 1, ()  # «الشيخ X Y <KB name> الZ»: four words
                    return self._nasab_tail(k, hit.we, cands)
                break
            if not self._name_word(j, prev, units):
                break
            prev = self.w[j].text
            if "name_particle" in self.lex.classes(prev):
                limit += 1  # «عبد الله بن زايد»: particles do not count
                if prev in NASAB and not nasab:
                    nasab, limit = True, limit + 1  # «محمد بن عبدالعزيز بن صالح الخليفي»
            else:
                units += 1
            j += 1
        if units == 3 and j == k + 3 and (self._family_fourth(k, j) or self._foreign_fourth(k, j)):
            j += 1  # «فهد يوسف سعود الصباح»: a Gulf name of three given names and the family
        n = j - k
        if n == 0:
            return None
        if n == 1:
            nxt = j < len(self.w) and self._joined(j)
            if (
                nxt
                and not (self.lex.classes(self.w[j].text) & {"verb", "time", "noun"})
                and not self._complementizer(j)
            ):
                return None  # a lone name word must end at punctuation, a verb or a time word
        return k, j, ()

    def _complementizer(self, j: int) -> bool:
        """Word j is «أن/إن» right after a lone name that follows a title or honorific
        («أوضح وزير الخارجية الإندونيسي سوجيونو أن …»): the content of a reporting verb."""
        if self.w[j].text not in _COMPLEMENTIZERS or j < 2:
            return False
        before = self.w[j - 2].text
        return bool(
            before.startswith("ال") and (j - 2) in self.hits or self.lex.classes(before) & _TITLED
        )

    def _nasab_tail(self, k: int, we: int, cands: tuple[Any, ...]) -> tuple[int, int, tuple]:
        """A KB name that goes on with «بن/آل + name» («محمد بن عبدالرحمن» + «بن جاسم آل ثاني»)
        -> the longer name; the KB reading stays when its family name ends the longer one."""
        end = we
        while (
            self._joined(end)
            and "name_particle" in self.lex.classes(self.w[end].text)
            and self.w[end].text in ("بن", "بنت", "ال")
            and self._joined(end + 1)
            and end + 1 not in self.hits
            and self._name_word(end + 1, self.w[end].text, 2)
        ):
            end += 2
        if end == we:
            return k, we, cands
        last = self.w[end - 1].text
        same = tuple(c for c in cands if normalize_key(c.entry.label_ar).split()[-1] == last)
        return k, end, same

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

    def _name_raw(self, ws: int, we: int, cands: tuple[Any, ...]) -> int:
        s, e, surface = self._span(ws, we)
        name = " ".join(x.text for x in self.w[ws:we])
        return self._add(Raw(s, e, ws, we, "name", "Person", surface, cands, name))
