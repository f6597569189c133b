"""Organisations named by pattern, without a KB entry: HEAD + definite complement.

``OrgReader(scanner).read(i) -> (words, prefix) | None``: at word ``i`` an organisation head
(:file:`lexicons/org_heads.tsv`, with or without ال and proclitics) followed by a complement that
ends in a definite word: definite nouns and adjectives («الحزب الديمقراطي الكردستاني»), لل-
genitives («الوكالة الوطنية للإعلام»), an idafa chain ending in a definite word or a name
(«قوات الدعم السريع», «نقابة أطباء السودان»), nationality adjectives inside the name
(«وكالة الأنباء العراقية»: not a mention of the country). The complement stops at function
words, verbs, time words, titles, punctuation, tanween and KB people or organisations.

``short_names(raws) -> {complement: label}``: the name without its head («الدعم السريع»), looked
for again elsewhere by the scanner's second pass.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.nlp.actors_lex import clitic_variants
from kg.nlp.lexicons import load_tsv
from kg.text.normalize import normalize_key

if TYPE_CHECKING:
    from kg.nlp.actors_names import NameScanner

_STOP_CLASSES = frozenset({"stop", "verb", "time", "of", "to"})
_MAX_COMPLEMENT = 5
_GENERAL = frozenset({"العام", "العامه"})


@cache
def org_heads() -> dict[str, str]:
    """Normalised head (no article) -> actor type."""
    return {normalize_key(r["head"]): r["type"] for r in load_tsv("org_heads.tsv")}


def _definite(t: str) -> bool:
    return t.startswith(("ال", "لل")) and len(t) > 3


class OrgReader:
    """Reads pattern organisations over one scanner's words and KB hits."""

    def __init__(self, scanner: NameScanner) -> None:
        self.s = scanner
        self.heads = org_heads()
        self.title_firsts = frozenset(k.split(" ")[0] for k in scanner.lex.titles)

    def head_at(self, i: int) -> tuple[int, bool] | None:
        """Word i is an organisation head -> (proclitic length, definite), else None."""
        for pre, stem in clitic_variants(self.s.w[i].text):
            base = stem[2:] if stem.startswith("ال") else stem
            if base in self.heads:
                return pre, stem.startswith("ال")
        return None

    def _stop(self, j: int, after_head: bool = False) -> bool:
        s = self.s
        if j >= len(s.w) or not s._joined(j) or s.w[j].tanween:
            return True
        t = s.w[j].text
        if after_head and t in _GENERAL:
            return False  # «الاتحاد العام»: "general", not "the year"
        for _, stem in clitic_variants(t):
            if s.lex.classes(stem) & _STOP_CLASSES:
                return True
        base = t[2:] if t.startswith("ال") else t
        return base in self.title_firsts or t in self.title_firsts

    def read(self, i: int) -> tuple[int, int] | None:
        """Organisation at word i -> (number of words, proclitic length), or None."""
        found = self.read_all(i)
        return (found[0][-1] - i, found[1]) if found is not None else None

    def read_all(self, i: int) -> tuple[list[int], int] | None:
        """Every word index where an organisation name starting at word i may end (shortest
        first) and the proclitic length; None when word i starts none."""
        s = self.s
        head = self.head_at(i)
        if head is None:
            return None
        pre, _ = head
        j, end, ends = i + 1, None, []
        while j - i <= _MAX_COMPLEMENT and not self._stop(j, j == i + 1):
            hit = s.hits.get(j)
            if hit is not None:
                kinds, ent = hit.kinds(), hit.cands[0].entry
                if hit.prefix and not s.w[j].text.startswith("لل"):
                    break
                if kinds == {"adjective"}:
                    j = end = hit.we  # «وكالة الأنباء العراقية»
                    ends.append(end)
                    continue
                if ent.type in ("Country", "Place") and j > i + 1:
                    j = end = hit.we  # «نقابة أطباء السودان»: a genitive name ends the idafa
                    ends.append(end)
                    if self._stop(j) or not s.w[j].text.startswith("لل"):
                        break
                    continue
                break  # a KB person or organisation is not part of this name
            t = s.w[j].text
            if _definite(t):
                j = end = j + 1
                ends.append(end)
                continue
            nxt = j + 1
            if not self._stop(nxt) and (_definite(s.w[nxt].text) or nxt in s.hits):
                j += 1  # an indefinite noun inside an idafa chain («قوات الدعم», «أطباء»)
                continue
            break
        if end is None:
            return None
        return ends, pre


def complement_label(raw_text: str) -> str:
    """Surface of a pattern organisation -> its normalised name without the head."""
    words = normalize_key(raw_text).split(" ")
    return " ".join(words[1:])
