"""Organisations named by pattern, without a KB entry: HEAD + definite complement.

``OrgReader(scanner).read(i) -> (words, prefix) | None``: at word ``i`` an organisation head
(:file:`lexicons/org_heads.tsv`, with or without ال and proclitics) followed by a complement that
ends in a definite word: definite nouns and adjectives («الحزب الديمقراطي الكردستاني»), لل-
genitives («الوكالة الوطنية للإعلام»), an idafa chain ending in a definite word or a name
(«قوات الدعم السريع», «نقابة أطباء السودان»), nationality adjectives inside the name
(«وكالة الأنباء العراقية»: not a mention of the country). The complement stops at function
words, verbs, time words, titles, punctuation, tanween and KB people or organisations.

``OrgMatchers`` (mixed into the title scanner): ``match_org`` (patterns of
:file:`lexicons/org_patterns.tsv`: HEAD [adjective | name], a government phrase becomes a mention
of its country) and ``match_named_org`` (the reader above). A title's organisation before its
holder's name: :mod:`kg.nlp.actors_complement`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.nlp.actors_bodies import coordinated
from kg.nlp.actors_home import HOME_BODIES
from kg.nlp.actors_lex import COMPOUND_TAILS, clitic_variants
from kg.nlp.actors_work import Raw
from kg.nlp.lexicons import load_tsv
from kg.text.normalize import normalize_key

if TYPE_CHECKING:
    from kg.nlp.actors_names import NameScanner

_STOP_CLASSES = frozenset({"stop", "verb", "time", "of", "to"})
_MAX_COMPLEMENT = 5
_GENERAL = frozenset({"العام", "العامه"})


def _imperfect(t: str) -> bool:
    """«يدعم», «يجب» (normalised): shaped like an imperfect verb (ي + stem; not «يو»/«يا»)."""
    return len(t) >= 3 and t[0] == "ي" and t[1] not in "وا"


_ARMED = frozenset({"military", "air_force", "navy", "coast_guard"})


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
        self.title_firsts = scanner.lex.first_words(scanner.lex.titles)  # built once per lexicon

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
        if _imperfect(t) or t[:1] == "س" and _imperfect(t[1:]):
            return True  # «إن المجلس سيدعم …», «الهيئة يجب …»: a verb ends the name
        for _, stem in clitic_variants(t):
            if s.lex.classes(stem) & _STOP_CLASSES:
                return True
        if "org_end" in s.lex.classes(t):
            return True  # «مجلس الوزراء المقررة», «لجنة الأسرى التابعة للحوثيين»
        base = t[2:] if t.startswith("ال") else t
        return base in self.title_firsts or t in self.title_firsts

    def _adj_after(self, j: int) -> bool:
        """Word j, after «HEAD + country», is a definite relative adjective the KB does not
        know («المركزي», «الوطني»): the country is inside the organisation's name."""
        s = self.s
        if j >= len(s.w) or not s._joined(j) or j in s.hits or s.w[j].tanween:
            return False
        t = s.w[j].text
        return t.startswith("ال") and t.endswith(("ي", "يه")) and len(t) > 4

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
                if ent.type in ("Country", "Place") and j == i + 1 and self._adj_after(hit.we):
                    j = end = hit.we + 1  # «مصرف ليبيا المركزي», «بنك المغرب المركزي»
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
            if _definite(t) and not s._hamza_al(j):  # «إلغاء»: إ, no article
                j = end = j + 1
                ends.append(end)
                continue
            if coordinated(self, j):  # «لجنة التخطيط والمالية», «وزارة الخارجية والمغتربين»
                j = end = j + 1
                ends.append(end)
                continue
            if s._span(j, j + 1)[2].startswith(("وإ", "وأ")):
                break  # «19 دائرة وإعادة التصويت»: a coordinated masdar, no idafa noun
            if j == i + 1 and head[1]:
                break  # «وطالبت اللجنة بزيارة السجون»: a definite head takes no idafa noun
            prev = s.w[j - 1].text
            if j > i + 1 and _definite(prev) and not t.startswith(("وال", "ل")):
                # «الهيئة الوطنية للانتخابات إلغاء النتائج», «مجلس النواب خلدون الحياري»: a
                # definite word closes an idafa chain; an indefinite word after it starts the
                # object or a holder's name (not «والطاقة», «لمراقبة الانتخابات»)
                break
            nxt = j + 1
            if not self._stop(nxt) and s.w[nxt].text in COMPOUND_TAILS:
                break  # «رئيس الغرفة ضياء الحق سرحدي»: a compound given name, not an idafa
            if not self._stop(nxt) and (_definite(s.w[nxt].text) or nxt in s.hits):
                j += 1  # an indefinite noun inside an idafa chain («قوات الدعم», «أطباء»)
                continue
            break
        if end is None:
            return None
        return ends, pre


class OrgMatchers:
    """Scanner methods for pattern organisations (mixed into :class:`kg.nlp.actors_titles.Scanner`,
    which provides ``w``, ``hits``, ``lex``, ``orgs``, ``_joined``, ``_span``, ``_add``,
    ``scan_name`` and ``_name_raw``)."""

    def _bases(self, i: int) -> list[str]:
        return [s[2:] if s.startswith("ال") else s for _, s in clitic_variants(self.w[i].text)]

    def match_named_org(self, i: int) -> int:
        """Pattern organisation at word i («قوات الدعم السريع») -> words consumed (0 = none)."""
        found = self.orgs.read(i)
        if found is None:
            return self._sub_body_org(i)  # type: ignore[attr-defined]
        n, pre = found
        hit = self.hits.get(i)
        if hit is not None and all(c.ambiguous for c in hit.cands):
            hit = None  # «الهيئة العامة للموانئ»: an ambiguous alias («الهيئة») is no KB name
        if hit is not None and not all(
            self.w[k].text.endswith(("ي", "يه")) or self.w[k].text.startswith("لل")
            for k in range(hit.we, i + n)
        ):
            return 0  # «الاتحاد الأفريقي الطرفين»: the KB name ends before a common noun
        last = self.hits.get(i + n - 1)
        head = self.orgs.head_at(i)
        armed = any(bare_head in ("قوات", "جيش") for bare_head in self._bases(i)) and head
        if armed and last is not None and last.kinds() == {"adjective"} and last.we == i + n:
            self._hit_raw(last, False)  # «القوات المسلحة الأردنية»: the country (guideline)
            return n
        s, e, surface = self._span(i, i + n, pre)
        self._add(Raw(s, e, i, i + n, "name", "Organization", surface, (), normalize_key(surface)))
        return n

    # -- organisations ---------------------------------------------------------------------
    def _government_modifier(self, j: int) -> str | None:
        """Word j after a bare government head: «الاتحادية/المركزية» (``gov_scope``: part of
        the phrase), «الحالية/الأسبوعي» (``gov_time``: not part of it), else None."""
        cls = self.lex.classes(self.w[j].text)
        return next((k for k in ("gov_scope", "gov_time") if k in cls), None)

    def match_org(self, i: int) -> int:
        """Organisation pattern at word i -> number of words consumed (0 = none)."""
        n, pre, pat, definite = self._match(i, self.lex.orgs, self.lex.org_max, True)
        if not n:
            return 0
        j = i + n
        aff_entry, aff_hit = None, None
        if pat.complement == "fixed":
            found = [c for c in self.kb.lookup(pat.of) if c.kind in ("label", "alias")]
            aff_entry = found[0].entry if found else None
        elif self._joined(j) and (j in self.hits or self._honoured_person(j)):
            j += j not in self.hits  # «حكومة الدكتور X»: the honorific before the KB person
            hit = self.hits[j]
            adj = hit.kinds() == {"adjective"}
            # grammar: a definite head takes an adjective («النظام السوري»), an indefinite head
            # a genitive name («نظام الأسد», «حكومة سوريا»)
            if adj and definite or not adj and not definite and pat.complement == "name":
                aff_hit = hit
                ent = hit.cands[0].entry
                if ent.type == "Person":
                    aff_entry = self.kb.get(ent.country) if ent.country else None
                elif ent.type in ("Country", "Organization") or hit.kinds() & {"metonym"}:
                    aff_entry = next(
                        (
                            c.entry
                            # «حكومة كينشاسا»: a capital's government is its country's
                            for c in sorted(hit.cands, key=lambda c: c.kind != "metonym")
                            if c.kind in ("metonym", "adjective", "label", "alias")
                        ),
                        None,
                    )
                    if aff_entry is not None and aff_entry.type not in ("Country", "Organization"):
                        aff_entry = None
        if pat.complement == "adj" and i > 0 and self.w[i].joined:
            prev = self.w[i - 1].text
            if prev.startswith("ال") and not self.lex.classes(prev):
                return 0  # «السياسة الخارجية الأمريكية»: an adjective of a noun, not a ministry
        if aff_entry is None:
            bare_body = pat.complement == "name" or pat.subtype in HOME_BODIES  # «البرلمان»
            if not definite or not bare_body or n > 1:
                return 0
            nxt = self.w[j].text if self._joined(j) else ""
            if nxt.startswith("ال") and nxt not in ("الى", "الي") and not self._hamza_al(j):
                kind = self._government_modifier(j) if pat.subtype == "government" else None
                if kind is None:
                    return 0  # «النظام الدولي»: a common noun with an adjective
                if kind == "gov_scope":
                    j += 1  # «الحكومة الاتحادية»: the country's government, one phrase
            s, e, surface = self._span(i, j, pre)
            self._add(Raw(s, e, i, j, "role", pat.type, surface, category=pat.subtype, org=pat))
            return j - i
        end = aff_hit.we if aff_hit is not None else j
        of = None
        if aff_hit is not None and aff_hit.cands[0].entry.type == "Person":
            idx = self._hit_raw(aff_hit, False)  # «نظام الأسد» mentions the person too
            if idx is not None:
                self.raws[idx].ambiguous = False  # the ruler of a government: not a common word
        elif aff_hit is not None:
            adjective = aff_hit.kinds() == {"adjective"}
            of = self._hit_raw(aff_hit, not (adjective and pat.subtype in _ARMED))
            if adjective and pat.subtype in _ARMED:
                # guideline: «الجيش السوري», «القوات المسلحة الأردنية»: the adjective is a
                # mention of the country acting through its armed forces, not a named body
                return end - i
        if of is None:
            same = tuple(
                c for c in self.kb.lookup(aff_entry.label_ar) if c.entry.id == aff_entry.id
            )
            of = self._add(
                Raw(
                    0,
                    0,
                    i,
                    i,
                    "name",
                    aff_entry.type,
                    aff_entry.label_ar,
                    same,
                    aff_entry.label_ar,
                    hidden=True,
                )
            )
        label = pat.label_ar.format(of=aff_entry.label_ar)
        s, e, surface = self._span(i, end, pre)
        if pat.subtype == "government" and aff_entry.type == "Country":
            # guideline: «الحكومة الروسية», «النظام السوري», «نظام الأسد» mention the country
            same = tuple(
                c for c in self.kb.lookup(aff_entry.label_ar) if c.entry.id == aff_entry.id
            )
            self._add(
                Raw(
                    s,
                    e,
                    i,
                    end,
                    "name",
                    "Country",
                    surface,
                    same,
                    aff_entry.label_ar,
                    org=pat,
                    of=of,
                )
            )
            return end - i
        self._add(
            Raw(s, e, i, end, "name", pat.type, surface, (), label, org=pat, of=of, of_label=label)
        )
        return end - i
