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
Affiliations inside titles become hidden raws (actors without a mention of their own).
"""

from __future__ import annotations

from kg.nlp.actors_appos import AppositiveNames
from kg.nlp.actors_chain import TitleChains
from kg.nlp.actors_gaz import hit_raws
from kg.nlp.actors_lex import clitic_variants
from kg.nlp.actors_names import AFF_TYPES, NameScanner, bare, owned_stem
from kg.nlp.actors_orgs import OrgMatchers, OrgReader
from kg.nlp.actors_places import PlaceMatchers
from kg.nlp.actors_quoted import QuotedBodies
from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

#: title categories whose holder is sent «إلى X» (X is where they are posted, not their affiliation)
_ENVOYS = frozenset({"envoy", "ambassador", "representative", "coordinator"})


#: bare minister titles whose portfolio may be any definite noun («وزير النقل», «وزيرة البيئة»)
_PORTFOLIO_TITLES = frozenset({normalize_key("وزير"), normalize_key("وزيرة")})
#: titles whose long coordinated portfolio may precede the holder («مفوض الشؤون السياسية والسلام …»)
_PORTFOLIO_CATEGORIES = frozenset({"minister", "commissioner"})

#: «لشؤون X» inside a title: the portfolio, then its object (a mention)
_AFFAIRS = frozenset({normalize_key("لشؤون"), normalize_key("للشؤون")})


class Scanner(TitleChains, OrgMatchers, PlaceMatchers, QuotedBodies, AppositiveNames, NameScanner):
    """Names, titles, roles and organisations of one article (see module docstring)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.orgs = OrgReader(self)

    # -- titles and roles ------------------------------------------------------------------
    def _affiliation(
        self, j: int, title_key: str, envoy: bool = False, definite: bool = False
    ) -> tuple[int, int | None]:
        """Words after a title -> (next word, affiliation raw index or None).

        Adjectives and «باسم/عن X» or a bare X give the affiliation (hidden raws); «لدى X» is
        where the holder is posted: X stays a visible mention and is not the affiliation.
        """
        of: int | None = None
        implicit = title_key.endswith("باسم")
        for step in range(5):
            quoted = self.quoted_body(j) if not self._joined(j) else 0
            if quoted:  # «المتحدث باسم "القوة المشتركة" المقدم X»: the body in quotes
                of = len(self.raws) - 1 if of is None else of
                j = quoted
                continue
            if not self._joined(j):
                j = self._paren_alias(j) if of is not None else j  # «… لدول غرب أفريقيا (إيكواس) X»
                break
            inside = self.body_in(j)
            if inside:  # «الباحث في جامعة تشولالونغكورن X Y»: the body, then the holder
                of, j = (len(self.raws) - 1 if of is None else of), inside
                continue
            quoted = self.head_quoted(j) if step == 0 else 0
            if quoted:  # «مدير مشروع "سي لايت" في جامعة X Y», «عضو حزب "القوات اللبنانية" X»
                of = len(self.raws) - 1 if of is None else of
                j = quoted
                continue
            adj = self._adjective_at(j)
            if adj is not None and j > 0 and "honorific" in self.lex.classes(self.w[j - 1].text):
                if self._given_name_hit(j, adj):
                    break  # «العميد تركي المالكي»: after a rank, a nisba opens the name
            if adj is not None:
                idx = self._hit_raw(adj, True)
                of = idx if of is None else of
                j = adj.we
                continue
            end = self._named_org_then_name(j) if j not in self.hits else None
            if end is not None:
                # «رئيس المفوضية الوطنية العليا للانتخابات عماد السايح», «المتحدث باسم رئاسة
                # الجمهورية المستشار X»: a named body the KB does not know, then the holder
                s, e, surface = self._span(j, end[0], end[1])
                idx = self._add(
                    Raw(
                        s, e, j, end[0], "name", "Organization", surface, (), normalize_key(surface)
                    )
                )
                of = idx if of is None else of
                j = end[0]
                continue
            t = self.w[j].text
            nisba = (
                not self.lex.classes(t) - {"title_mod"}  # «الي» (إلى) is not a nisba
                and t.startswith("ال")
                and t.endswith(("ي", "يه"))
                and j not in self.hits
                and t not in self.lex.all_first_words
                and t[2:] not in self.lex.all_first_words
            )
            if "title_mod" in self.lex.classes(t) or nisba:
                j += 1  # «المندوب الروسي الدائم»; a nisba the KB does not know: no affiliation
                continue
            if not definite and j not in self.hits and self._place_noun_first(j):
                used = self.match_place_noun(j)  # «حاكم ولاية بورنو X»: the province, then X
                place = self.hits.get(j + 1) if not used and self._joined(j + 1) else None
                if place is not None and not place.prefix and place.cands[0].entry.type == "Place":
                    self._hit_raw(place, False)  # «محافظ مدينة البصرة X»: a KB city
                    used = place.we - j
                if used:
                    of = len(self.raws) - 1 if of is None else of
                    j += used
                    continue
            if step == 0 and not definite and title_key in _PORTFOLIO_TITLES and self._portfolio(j):
                j += 1  # «وزير النقل التركي X»: a portfolio the lexicon does not list
                continue
            span = self._coordinated_portfolio(j) if step == 0 else 0
            if span:  # «وزير الموارد المائية والري المصري X»: the portfolio, not a name
                j += span
                continue
            if self.w[j].text in _AFFAIRS:  # «الأمين العام المساعد لشؤون فلسطين X»
                j += 1
                continue
            skip = self._lam_step(j, envoy)
            if skip:  # «المبعوث الخاص للأمين العام …», «المبعوثة الخاصة للقرن الأفريقي X»
                j += skip
                continue
            body = self._body_step(j, of, envoy)
            if body is not None:  # «وزير الخارجية في حكومة طالبان X», «رئيس مفوضية الاتحاد …»
                j, of = body
                continue
            particle, j2 = ("باسم" if implicit and step == 0 else None), j
            classes = self.lex.classes(self.w[j].text)
            if "of" in classes or envoy and "to" in classes:
                particle, j2 = self.w[j].text, j + 1
                if not self._joined(j2):
                    break
                quoted = self.head_quoted(j2) if particle in ("باسم", "عن") else 0
                if quoted:  # «النائب عن حزب "القوات اللبنانية" X»
                    of, j = (len(self.raws) - 1 if of is None else of), quoted
                    continue
                end = self._named_org_then_name(j2) if j2 not in self.hits else None
                if end is not None and particle in ("باسم", "عن"):
                    # «الناطق العسكري باسم كتائب القسام أبو عبيدة»
                    s, e, surface = self._span(j2, end[0], end[1])
                    idx = self._add(
                        Raw(
                            s,
                            e,
                            j2,
                            end[0],
                            "name",
                            "Organization",
                            surface,
                            (),
                            normalize_key(surface),
                        )
                    )
                    of, j = (idx if of is None else of), end[0]
                    continue
            used = self.place_after_an(j2) if particle == "عن" else 0
            if used:  # «النائبة عن محافظة البصرة X»: her province
                of, j = (len(self.raws) - 1 if of is None else of), j2 + used
                continue
            affiliation = particle in (None, "باسم", "عن")
            before = len(self.raws)
            used = self.match_org(j2) if j2 not in self.hits else 0
            if used:
                org_idx = len(self.raws) - 1
                for r in self.raws[before:]:
                    # names inside a title are mentions («باسم وزارة الخارجية الأمريكية»), only
                    # nationality adjectives are not
                    r.hidden = r.hidden or affiliation and r.kind == "adjective"
                if affiliation and (of is None or particle is not None):
                    of = org_idx
                j = j2 + used
                continue
            hit = self.hits.get(j2)
            # «للأمم المتحدة», «عضو المكتب السياسي لحركة حماس»: a genitive of the title
            lam = hit is not None and hit.prefix == 1 and self.w[j2].text[0] == "ل"
            # «المستشار السياسي لقوات الدعم السريع X»: after a definite title only a KB
            # organisation is its genitive («الرئيس لروسيا»: a country may be an addressee)
            genitive = self.w[j2].text.startswith("لل") or (
                lam and (not definite or hit.cands[0].entry.type == "Organization")
            )
            # «وزير الداخلية بدولة الكويت»: ب + the state is the title's country (Gulf style)
            genitive = genitive or (
                hit is not None
                and hit.prefix == 1
                and self.w[j2].text.startswith("بدول")
                and hit.cands[0].entry.type == "Country"
            )
            if hit is None or hit.prefix and not genitive:
                break
            ent = hit.cands[0].entry
            # «التابعة للحوثيين»: after «التابع/ة» even a plural nisba names the body
            tied = "org_end" in self.lex.classes(self.w[j2 - 1].text)
            if ent.type not in AFF_TYPES or (
                particle is None and "adjective" in hit.kinds() and not tied
            ):
                break
            if particle == "في" and (ent.type != "Country" or hit.kinds() - {"label", "alias"}):
                break  # «سفير الاتحاد الأوروبي في الرياض»: a city stays a place
            if particle is None and definite and not self.w[j2].text.startswith("لل") and not lam:
                break  # «وزار الوزير موسكو»: a bare name after «الوزير» is its object
            if particle is None and of is not None and self._joined(hit.we) and not tied:
                # «رئيسة الوزراء الإيطالية جورجيا ميلوني»: after an adjective affiliation a bare
                # name followed by another word starts the holder's name, not a second affiliation
                break
            idx = self._hit_raw(hit, False)  # a name inside a title is a mention (guideline)
            if affiliation and (of is None or particle is not None):
                of = idx
            j = hit.we
        return j, of

    def _after_definite_noun(self, i: int) -> bool:
        """Word i follows a definite open-class word («الحزب» in «الحزب الحاكم»)."""
        if i == 0 or not self.w[i].joined or not self.w[i].text.startswith("ال"):
            return False
        prev = self.w[i - 1].text
        return prev.startswith("ال") and not self.lex.classes(prev) and i - 1 not in self.hits

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
        j, of = self._affiliation(i + n, title.key, title.category in _ENVOYS, definite and n == 1)
        holder = None
        if self._joined(j) or self._comma_gap(j):
            found = self.scan_name(j)
            first = self.hits.get(j)
            if found is not None and definite and n == 1 and first is not None:
                # «الأمير تركي بن فيصل»: a nisba given name before «بن» is no country
                given = first.kinds() == {"adjective"} and self._nasab_next(j)
                # «الوزيرة هند العلي»: a country as a given name before a nisba family name
                nisba = found[1] - found[0] >= 2 and self._nisba_end(found[1] - 1)
                if first.cands[0].entry.type in ("Country", "Place") and not given and not nisba:
                    found = None  # «واتهم الوزير إيران بزعزعة …»: the country is the object
            if found is not None:
                found = self.place_then_holder(j, found, title.category)  # «محافظ ذي قار X Y»
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
        if holder is None and not definite and of is None and self._head_role(i, j, pre, title):
            return j + 1 - i  # «وأشار رئيس المجلس إلى»: a role in a body named before
        if holder is None and (title.category == "rank" or not definite and of is None):
            return 0  # a rank («الفريق», «اللواء») only introduces a name
        before = holder is None and not pre
        if before:
            holder = self._source_before(i)  # «نقلت X عن Y Z، عضو البرلمان، قوله»
        s, e, surface = self._span(i, j, pre)
        kind = "title" if holder is not None else "role"
        self._add(
            Raw(
                s,
                e,
                i,
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
        if holder is None or before:
            return j - i
        honorific = title.category == "honorific" or any(
            "honorific" in self.lex.classes(w.text) for w in self.w[i + n : self.raws[holder].ws]
        )
        return self._appositive_titles(holder, honorific) - i

    # -- driver ----------------------------------------------------------------------------
    def scan(self) -> list[Raw]:
        """All raws of the article, from left to right."""
        i, n = 0, len(self.w)
        firsts = self.lex.all_first_words
        opens: dict[str, bool] = self.lex.__dict__.setdefault("_opens_entry", {})
        while i < n:
            if i in self.blocked:
                i += 1
                continue
            hit = self.hits.get(i)
            used = 0
            text = self.w[i].text
            lexical = opens.get(text)
            if lexical is None:  # remembered per word form: asked for every word of every article
                lexical = opens[text] = any(
                    stem in firsts or bare(stem) in firsts or owned_stem(stem) in firsts
                    for _, stem in clitic_variants(text)
                )
            matchers = (self.match_org, self.match_title, self.match_role) if lexical else ()
            if self.orgs.head_at(i) is not None:
                matchers = (*matchers, self.match_named_org, self.match_org_anaphor)
            if hit is None and (i + 1) not in self.hits and self.place_noun_at(i):
                matchers = (*matchers, self.match_place_noun)
            if self.w[i].text == "ل":
                matchers = (*matchers, self.match_quoted_outlet)  # «لـ"عكاظ"»
            if self.honorific_at(i):
                matchers = (*matchers, self.match_honorific)  # «الشيخ X Y» with no title
            elif hit is None and i and self._after_verb(i):
                matchers = (*matchers, self.match_appositive, self.match_one_of)  # «قال X Y، أحد …»
            anaphor = self.match_org_anaphor  # «الهيئة» after «الهيئة القومية …»: over an alias
            for matcher in matchers:
                mark = len(self.raws)
                used = matcher(i)
                if used and hit is not None and hit.we - i >= used and matcher != anaphor:
                    del self.raws[mark:]  # the KB knows a name at least as long: it wins
                    used = 0
                    break
                if used:
                    break
            if used:
                i += used
                continue
            if hit is not None:
                for raw in hit_raws(hit, self.w, self.norm, self.text, self.lex):
                    self._add(self.armed_as_country(self.government_as_country(raw)))
                i = hit.we
                continue
            i += 1
        return self.raws
