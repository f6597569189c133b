"""Affiliations inside a title, for :class:`kg.nlp.actors_titles.Scanner` (a mixin).

``_affiliation(j, title_key, envoy=False, definite=False) -> (next word, affiliation raw index
or None)``: the words after a title that say whose title it is (nationality adjectives, a
country, organisation or person name, «باسم/عن X», «لشؤون X», a minister's portfolio) become
hidden raws, actors without a mention of their own; «لدى X» is where the holder is posted: X
stays a visible mention and is not the affiliation. ``posted_place(j)``: «في قضاء X» / «في
محافظة X» / «في <KB place>» after a title's body, where the body works, before the holder.
"""

from __future__ import annotations

from kg.nlp.actors_gaz import hit_raws
from kg.nlp.actors_names import AFF_TYPES
from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

#: bare minister titles whose portfolio may be any definite noun («وزير النقل», «وزيرة البيئة»)
_PORTFOLIO_TITLES = frozenset({normalize_key("وزير"), normalize_key("وزيرة")})
#: «لشؤون X» inside a title: the portfolio, then its object (a mention)
_AFFAIRS = frozenset({normalize_key("لشؤون"), normalize_key("للشؤون")})
_AFFAIRS_OF = normalize_key("شؤون")  # «الباحث في شؤون الشرق الأوسط X»: with a KB name only
#: particles naming whom a title's holder speaks for or represents (normalised)
_REPRESENTS = frozenset({normalize_key("عن"), normalize_key("باسم")})


class TitleAffiliations:
    """What follows a title and names its affiliation (see module docstring)."""

    def posted_place(self, j: int) -> int:
        """«في قضاء الفاو», «في محافظة ذي قار», «في البصرة» at word j, after a title's body:
        where the body works -> the word after the place (0 = none); the place is a mention."""
        if j >= len(self.w) or self.w[j].text != "في" or not self._joined(j + 1):
            return 0
        end = self._noun_place(j + 1)
        place = self.hits.get(j + 1) if not end else None
        if place is not None and not place.prefix and place.cands[0].entry.type == "Place":
            self._hit_raw(place, False)
            end = place.we
        return end

    def _noun_place(self, k: int) -> int:
        """A place noun and its place at word k («قضاء الفاو», «محافظة ذي قار»: the name is the
        mention) -> the word after the place (0 = none)."""
        if k in self.hits or not self._place_noun_first(k):
            return 0
        used = self.match_place_noun(k)
        place = self.hits.get(k + 1) if not used and self._joined(k + 1) else None
        if place is not None and not place.prefix and place.cands[0].entry.type == "Place":
            self._hit_raw(place, False)
            used = place.we - k
        return k + used if used else 0

    def _name_follows(self, j: int) -> bool:
        """A holder's name of 2-3 words (or a KB person) at word j, joined or after a comma."""
        if not (self._joined(j) or self._comma_gap(j)):
            return False
        found = self.scan_name(j)
        return found is not None and (bool(found[2]) or found[1] - found[0] >= 2)

    def _before_particle(self, j: int) -> bool:
        """Word j is a plain definite word (no KB entry, lexicon class, organisation head or
        title) right before «عن/باسم» and a joined word."""
        t = self.w[j].text
        if j in self.hits or self.lex.classes(t) or len(t) < 5 or self.orgs.head_at(j):
            return False
        if t in self.lex.all_first_words or t[2:] in self.lex.all_first_words:
            return False
        nxt = j + 1
        return self._joined(nxt) and self.w[nxt].text in _REPRESENTS and self._joined(nxt + 1)

    def _detached_lam(self, j: int) -> bool:
        """Word j is a detached «لـ» joined to a KB organisation name («لـ"قسد"»)."""
        if self.w[j].text != "ل" or not self._joined(j + 1):
            return False
        hit = self.hits.get(j + 1)
        if hit is None or hit.prefix:
            return False
        entry = hit.cands[0].entry  # «لـ"إرم نيوز"»: an outlet is spoken to, not served
        return entry.type == "Organization" and getattr(entry, "subtype", None) != "media"

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
                and not self._al_given_at(j)  # «… في البرلمان الهادي X»: the holder's name
                and not self._hamza_al(j)  # «رئيس الوزراء الأرميني أليكسي X»: a given name
            )
            # «النائب الفائز عن محافظة X», «النائب المستقل عن …»: a participle or adjective of
            # the title before the particle that names whom the holder represents
            modifier = step == 0 and t.startswith("ال") and self._before_particle(j)
            if "title_mod" in self.lex.classes(t) or nisba or modifier:
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
            affairs = (
                self.w[j].text in _AFFAIRS or self.w[j].text == _AFFAIRS_OF and j + 1 in self.hits
            )
            if affairs:  # «الأمين العام المساعد لشؤون فلسطين X», «الباحث في شؤون القرن الأفريقي X»
                j += 1
                nxt = self.w[j].text if self._joined(j) else ""
                if nxt.startswith("ال") and nxt.endswith(("يه", "ي")) and self._joined(j + 1):
                    j += 1  # «للشؤون العربية X»: a nisba of the portfolio (no «العربية» outlet)
                continue
            skip = self._lam_step(j, envoy)
            if skip:  # «المبعوث الخاص للأمين العام …», «المبعوثة الخاصة للقرن الأفريقي X»
                j += skip
                continue
            mark = len(self.raws)
            posted = self.posted_place(j) if step and not envoy else 0
            if posted and self._name_follows(posted):
                j = posted  # «رئيس الجمعية الفلاحية في قضاء الفاو، X Y»: where the body works
                continue
            del self.raws[mark:]
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
            ambiguous = j2 in self.hits and all(c.ambiguous for c in self.hits[j2].cands)
            if not used and (ambiguous or j2 not in self.hits and (particle == "باسم" or implicit)):
                # «رئيسة الهيئة» after «الهيئة الوطنية للانتخابات», «المتحدث باسم الوزارة X»:
                # the body named before (not another body's ambiguous alias «الهيئة»)
                used = self.match_org_anaphor(j2)
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
            detached = particle is None and self._detached_lam(j2)
            j2 += detached  # «القائد العام لـ"قسد"»: a detached «لـ», then a KB body
            hit = self.hits.get(j2)
            # «للأمم المتحدة», «عضو المكتب السياسي لحركة حماس»: a genitive of the title
            lam = detached or hit is not None and hit.prefix == 1 and self.w[j2].text[0] == "ل"
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
                if envoy and ent.type == "Place" and self._name_follows(hit.we):
                    # «السفير الإيراني في بغداد X Y»: where posted, a place (not its government)
                    for raw in hit_raws(hit, self.w, self.norm, self.text, self.lex):
                        self._add(raw)
                    j = hit.we
                    continue
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
