"""Titles, roles and organisation patterns over the words of an article (after the gazetteer).

``Scanner(words, hits, norm, text, lex, kb)``; ``scanner.scan() -> list[Raw]``. Grammar, left to
right, at each word (a KB hit at least as long wins):

- ORG: HEAD [nationality adjective | country/person name] («الحكومة السورية», «نظام الأسد»,
  «وزارة الخارجية الروسية»); a definite head alone is an organisation ``role`` («النظام»).
- TITLE [adjective] [باسم/لدى/عن X | X] [adjective] [،] NAME, NAME = a KB person or 1-3 name
  words (no function word, verb, time word, lexicon word, tanween or article). Without a name the
  title is a ``role`` mention («الوزير», «المتحدثة») for coreference.
- ROLE NOUN («نظيره الروسي», «المسؤول الأمريكي») [،] [NAME].
- Between a title and its name: honorifics and ranks («المستشار», «الشيخ», «الفريق أول»), a
  named body the KB does not know («رئيس المفوضية الوطنية العليا للانتخابات X»), a second title
  («رئيس مجلس السيادة السوداني قائد الجيش الفريق أول X»), «لشؤون X», a portfolio with a
  nationality adjective («وزيرة الشؤون الاجتماعية اللبنانية X»); «في X» (a country) is where an
  envoy or coordinator is posted. Title chains and role nouns live in :mod:`kg.nlp.actors_chain`.
Affiliations inside titles (:mod:`kg.nlp.actors_affiliation`) become hidden raws (actors without
a mention of their own).
"""

from __future__ import annotations

from kg.nlp.actors_affiliation import TitleAffiliations
from kg.nlp.actors_appos import AppositiveNames
from kg.nlp.actors_backholder import BackwardHolders
from kg.nlp.actors_bodies import PatternBodies
from kg.nlp.actors_bodyroles import BodyRoles
from kg.nlp.actors_chain import TitleChains
from kg.nlp.actors_complement import ComplementHolders
from kg.nlp.actors_enclosed import EnclosedTitles
from kg.nlp.actors_flags import (
    HEADED_BY,
    HONORIFIC,
    LEXICAL,
    ORG_HEAD,
    PLACE_NOUN,
    VERBAL,
    WordFlags,
)
from kg.nlp.actors_gaz import Hit, hit_raws
from kg.nlp.actors_headed import HeadedBy
from kg.nlp.actors_names import NameScanner
from kg.nlp.actors_orgs import OrgMatchers, OrgReader
from kg.nlp.actors_places import PlaceMatchers
from kg.nlp.actors_quoted import QuotedBodies
from kg.nlp.actors_roles import RoleNouns
from kg.nlp.actors_seats import SeatBodies
from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

#: title categories whose holder is sent «إلى X» (X is where they are posted, not their affiliation)
_ENVOYS = frozenset({"envoy", "ambassador", "representative", "coordinator"})


#: titles whose long coordinated portfolio may precede the holder («مفوض الشؤون السياسية والسلام …»)
_PORTFOLIO_CATEGORIES = frozenset({"minister", "commissioner"})


class Scanner(
    TitleAffiliations,
    TitleChains,
    PatternBodies,
    RoleNouns,
    OrgMatchers,
    ComplementHolders,
    PlaceMatchers,
    QuotedBodies,
    AppositiveNames,
    EnclosedTitles,
    BackwardHolders,
    HeadedBy,
    SeatBodies,
    BodyRoles,
    WordFlags,
    NameScanner,
):
    """Names, titles, roles and organisations of one article (see module docstring)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.orgs = OrgReader(self)
        self.claimed: dict[int, int] = {}

    # -- titles and roles ------------------------------------------------------------------
    def _after_definite_noun(self, i: int) -> bool:
        """Word i follows a definite open-class word («الحزب» in «الحزب الحاكم»)."""
        if i == 0 or not self.w[i].joined or not self.w[i].text.startswith("ال"):
            return False
        prev = self.w[i - 1].text
        return prev.startswith("ال") and not self.lex.classes(prev) and i - 1 not in self.hits

    def _named_next(self, hit: Hit) -> bool:
        """A KB description of a place («العاصمة العمانية») right before that place's own name
        is like a title: the name is the mention."""
        nxt = self.hits.get(hit.we)
        if nxt is None or nxt.prefix or not self._joined(hit.we) or hit.we - hit.ws < 2:
            return False
        if hit.cands[0].entry.type != "Place" or hit.cands[0].kind != "alias":
            return False
        return nxt.cands[0].entry.id == hit.cands[0].entry.id and nxt.cands[0].kind == "label"

    def _after_place(self, k: int) -> bool:
        """A place or facility name ends right before word k."""
        return any(
            r.we == k and r.kind == "name" and r.type in ("Place", "Facility")
            for r in self.raws[-3:]
        )

    def match_title(self, i: int) -> int:
        """Title at word i -> words consumed (0 = none); adds title/role raws and the name."""
        n, pre, title, definite = self._match(
            i, self.lex.titles, self.lex.title_max, True, owned=True
        )
        for m in range(n - 1, 0, -1):
            hit = self.hits.get(i + m)
            if hit is not None and hit.we > i + n:
                # «رئيس حكومة إقليم كردستان»: the KB name wins over the longer title
                n, pre, title, definite = self._match(i, self.lex.titles, m, True)
                break
        if not n:
            return 0
        # «الحزب الحاكم», «المؤتمر العام»: an adjective of the noun before it, unless a holder's
        # name follows («قصر الرئاسة المبعوثة الأوروبية X»)
        adjectival = n == 1 and not pre and self._after_definite_noun(i)
        mark = len(self.raws)
        self.house_in_title(i, n, title)
        j, of = self._affiliation(i + n, title.key, title.category in _ENVOYS, definite and n == 1)
        holder = None
        if self._joined(j) or self._comma_gap(j) or of is not None and self._quote_closed(j):
            self.holder_starts.add(j)
            found = self.scan_name(j)
            if found is not None and title.category == "rank" and not definite and not found[2]:
                # «فريق عمل مشترك», «فريق فني»: an indefinite «فريق» is a team unless a known
                # given name follows
                if normalize_key(self.w[found[0]].text) not in self.lex.given_names:
                    found = None
            first = self.hits.get(j)
            if found is not None and definite and n == 1 and first is not None:
                # «الأمير تركي بن فيصل»: a nisba given name before «بن» is no country
                given = first.kinds() == {"adjective"} and self._nasab_next(j)
                # «الوزيرة هند العلي»: a country as a given name before a nisba family name
                nisba = found[1] - found[0] >= 2 and self._nisba_end(found[1] - 1)
                if first.cands[0].entry.type in ("Country", "Place") and not given and not nisba:
                    found = None  # «واتهم الوزير إيران بزعزعة …»: the country is the object
            if found is not None:
                if j == i + n:  # «محافظ البصرة X Y Z»: a place read already is the only one
                    found = self.place_then_holder(j, found, title.category)  # «محافظ ذي قار X»
                holder = self._name_raw(*found)
        if adjectival and (
            holder is None
            or not self.raws[holder].cands
            and (self.raws[holder].we - self.raws[holder].ws < 2)
        ):
            del self.raws[mark:]
            return 0
        coordinated = self._joined(j) and self.w[j].text.startswith("و")
        if holder is None and self._joined(j) and (j > i + n or coordinated):
            # «وزير الإعلام والمتحدث باسم الحكومة X»: coordinated titles share the holder
            chained = self._chained_title(j)
            if chained is not None:  # «رئيس مجلس السيادة قائد الجيش الفريق أول X»
                holder, end = chained
                s, e, surface = self._span(i, j, pre)
                self._add(
                    Raw(
                        s,
                        e,
                        i,
                        j,
                        "title",
                        "Person",
                        surface,
                        title=title,
                        of=of,
                        gender=title.gender,
                        category=title.category,
                        holder=holder,
                    )
                )
                return end - i
        if holder is None and self._joined(j):
            found_c = self._complement_holder(j)
            if found_c is not None:
                j, holder, org = found_c
                of = org if org is not None else of
        if holder is None and title.category in _PORTFOLIO_CATEGORIES and self._joined(j):
            found_p = self._portfolio_holder(j)  # «وزير الشؤون الخارجية والتعاون … X»
            if found_p is not None:
                j, holder = found_p
        if holder is None and title.category != "rank":
            holder = self.holder_after_body(j)  # «الرئيس الروحي لطائفة …، الشيخ X Y»
            j = self.body_end(j, holder) if holder is not None else j  # «رئيس الأمن العام اللواء X»
        if holder is not None:
            self.retarget_holder(holder, j)  # «الباحثة في قضايا الهجرة بمركز … X Y أن»: X Y
        if holder is None and title.category != "rank" and j not in self.claimed:
            back = self.holder_before_end(j)  # «رئيس لجنة … لدى الفصائل X Y إن»
            if back is not None:
                holder = self._name_raw(*back)
                self.claimed[back[0]] = back[1]
        if holder is None and not definite and of is None and self._head_role(i, j, pre, title):
            return j + 1 - i  # «وأشار رئيس المجلس إلى»: a role in a body named before
        if holder is None and not definite and of is None:
            end = self.body_role(i, j, pre, title)
            if end:  # «ولفت رئيس الأمن العام إلى»: the title and its body named before
                return end - i
        if holder is not None and of is None:
            self.remember_body(i, n, j, title)
        if holder is None and (title.category == "rank" or not definite and of is None):
            return 0  # a rank («الفريق», «اللواء») only introduces a name
        before = holder is None and not pre
        if before:
            holder = self._source_before(i)  # «نقلت X عن Y Z، عضو البرلمان، قوله»
        kind = "title" if holder is not None else "role"
        ws = i
        if kind == "role" and not pre and i and self._joined(i):
            if "honorific_noun" in self.lex.classes(self.w[i - 1].text):
                ws = i - 1  # «جلالة الملك», «فخامة الرئيس»: the honorific is part of the role
        s, e, surface = self._span(ws, j, pre)
        self._add(
            Raw(
                s,
                e,
                ws,
                j,
                kind,
                "Person",
                surface,
                title=title,
                of=of,
                gender=title.gender,
                category=title.category,
                holder=holder,
            )
        )
        if holder is None or before or self.raws[holder].ws in self.claimed:
            return j - i  # a name read backwards: the complement is read on from j
        honorific = title.category == "honorific" or any(
            "honorific" in self.lex.classes(w.text) for w in self.w[i + n : self.raws[holder].ws]
        )
        return self._appositive_titles(holder, honorific) - i

    # -- driver ----------------------------------------------------------------------------
    def scan(self) -> list[Raw]:
        """All raws of the article, from left to right."""
        i, n = 0, len(self.w)
        flags = self._word_flags()
        while i < n:
            if i in self.blocked:
                i += 1
                continue
            if i in self.claimed:  # a holder's name read backwards from the subject's end
                i = self.claimed[i]
                continue
            hit = self.hits.get(i)
            used = 0
            f = flags[i]
            matchers = (self.match_org, self.match_title, self.match_role) if f & LEXICAL else ()
            if f & ORG_HEAD:
                matchers = (*matchers, self.match_named_org, self.match_org_anaphor)
                matchers = (*matchers, self.match_quoted_org)  # «شركة "X"»
            if f & PLACE_NOUN and hit is None and (i + 1) not in self.hits:
                matchers = (*matchers, self.match_place_noun)
            if f & HEADED_BY:
                matchers = (self.match_headed_by, *matchers)  # «وفد برئاسة X Y»
            if self.w[i].text == "ل":
                matchers = (*matchers, self.match_quoted_outlet)  # «لـ"عكاظ"»
            if f & HONORIFIC:
                matchers = (*matchers, self.match_honorific)  # «الشيخ X Y» with no title
            elif hit is None and i and flags[i - 1] & VERBAL:
                matchers = (*matchers, self.match_appositive, self.match_one_of)  # «قال X Y، أحد …»
            anaphor = self.match_org_anaphor  # «الهيئة» after «الهيئة القومية …»: over an alias
            for matcher in matchers:
                mark = len(self.raws)
                used = matcher(i)
                if used and hit is not None and hit.we - i >= used and matcher != anaphor:
                    del self.raws[mark:]  # the KB knows a name at least as long: it wins
                    used = 0
                    break
                if used and any(i < c < i + used for c in self.claimed):
                    del self.raws[mark:]  # a complement never runs into a claimed name
                    used = 0
                if used:
                    break
            if used:
                i += used
                continue
            if hit is not None and hit.kinds() == {"adjective"} and self._after_place(hit.ws):
                i = hit.we  # «توسكانا الإيطالية», «ولاية بكتيكا الأفغانية»: geographic
                continue
            if hit is not None and self._named_next(hit):
                i = hit.we  # «العاصمة العمانية مسقط»: a description before the name itself
                continue
            if hit is not None:
                listed = self._in_country_list(hit)  # «مالي والنيجر وبوركينا فاسو»
                for raw in hit_raws(hit, self.w, self.norm, self.text, self.lex, listed):
                    self._add(self.armed_as_country(self.government_as_country(raw)))
                self._ruler_inside(hit)
                i = hit.we
                continue
            i += 1
        return self.raws
