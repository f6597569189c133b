"""Title chains and role nouns for the title scanner (mixed into
:class:`kg.nlp.actors_titles.Scanner`).

Role nouns («نظيره الروسي», «المسؤول») live in :mod:`kg.nlp.actors_roles`.

- ``_portfolio(j)`` / ``_coordinated_portfolio(j)``: a minister's portfolio the lexicon does
  not list («وزير النقل», «وزير الموارد المائية والري»);
- ``_head_role(i, j, pre, title)``: «رئيس المجلس» — a role in a body named by its head;
- ``_sub_body(j)``: «مفوضية الاتحاد الأفريقي» — a body of a KB organisation in a title;
- ``_appositive_titles(holder, honorific)``: «الأمير X ولي العهد رئيس مجلس الوزراء» — titles
  after an honoured name are the holder's;
- ``_chained_title(j)``: a second title right after a first one's affiliation finds the holder
  («رئيس مجلس السيادة السوداني قائد الجيش الفريق أول X») -> (holder raw, end word) or None.
- ``_named_org_then_name(j)``: a pattern organisation the KB does not know, ending right before
  an honorific or rank («المتحدث باسم رئاسة الجمهورية المستشار X»), another title, or the
  holder's name («رئيس المفوضية الوطنية العليا للانتخابات عماد السايح») -> (end word,
  proclitic length) or None; a definite organisation word alone counts before a rank
  («قائد الجيش الفريق أول X»).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from kg.nlp.actors_orgs import org_heads
from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key


class TitleChains:
    """Mixin: needs the scanner's ``w``, ``raws``, ``lex``, ``orgs``, ``hits``, ``_match``,
    ``_joined``, ``_span``, ``_add``, ``_affiliation``, ``scan_name`` and ``match_title``."""

    w: Any
    _enclosed_rest: Any
    raws: Any
    lex: Any
    orgs: Any

    def _chained_title(self, j: int) -> tuple[int, int] | None:
        """A second title at word j that finds its holder -> (holder raw index, end word)."""
        if not self._match(j, self.lex.titles, self.lex.title_max, True)[0]:
            return None
        mark = len(self.raws)
        used = self.match_title(j)
        inner = next(
            (r for r in self.raws[mark:] if r.kind == "title" and r.holder is not None), None
        )
        if not used or inner is None:
            del self.raws[mark:]
            return None
        return inner.holder, j + used

    def _portfolio(self, j: int) -> bool:
        """A definite word after «وزير» that is no KB name, lexicon word, nisba or clitic noun."""
        t = self.w[j].text
        return (
            t.startswith("ال")
            and len(t) > 4
            and j not in self.hits
            and not self.lex.classes(t)
            and t not in self.lex.lexicon_words
            and not t.endswith(("ي", "يه"))
        )

    def _coordinated_portfolio(self, j: int) -> int:
        """«الموارد المائية والري» right after a title -> its words (0 = not one): definite
        words, the last coordinated with و, none a KB name."""
        for n in (2, 3):
            words = self.w[j : j + n]
            if len(words) < n or any(k in self.hits for k in range(j, j + n)):
                return 0
            if not all(self._joined(k) for k in range(j + 1, j + n)):
                return 0
            if not all(w.text.startswith("ال") for w in words[:-1]):
                return 0
            if words[-1].text.startswith("وال"):
                return n
        return 0

    def _body_step(self, j: int, of: int | None, envoy: bool) -> tuple[int, int | None] | None:
        """One step of a title's affiliation through a body: «في + organisation» (or «في +
        country» after the body), or a body of a KB organisation («مفوضية الاتحاد الأفريقي»)
        -> (next word, affiliation raw index), else None. The KB names stay mentions."""
        org_body = of is not None and self.raws[of].type == "Organization"
        inside = self._in_body(j, of is not None, org_body) if not envoy else None
        if inside is not None:
            idx = self._hit_raw(inside, False)
            if idx is not None and (self.raws[idx].type == "Organization" or of is None):
                of = idx if of is None else of
            return inside.we, of
        if org_body and not envoy:
            end = self._pattern_body_in(j)
            if end:  # «رئيس لجنة المال في البرلمان X Y»: the house by pattern, then the holder
                return end, of
        sub = self._sub_body(j)
        if sub is not None:
            idx = self._hit_raw(sub, False)
            return sub.we, (idx if of is None else of)
        return None

    def _sub_body_org(self, i: int) -> int:
        """«بعثة الاتحاد الأفريقي», «مكتب الأمم المتحدة»: a body head («sub_body» words) before
        a KB organisation in the genitive is a body of that organisation -> words consumed."""
        bases = self._bases(i)  # type: ignore[attr-defined]
        if not any("sub_body" in self.lex.classes(b) for b in bases):
            return 0
        hit = self._sub_body(i)
        if hit is None:
            return 0
        s, e, surface = self._span(i, hit.we, self.orgs.head_at(i)[0])
        self._add(Raw(s, e, i, hit.we, "name", "Organization", surface, (), normalize_key(surface)))
        return hit.we - i

    def _in_body(
        self, j: int, after_org: bool, org_body: bool = False, pattern: bool = False
    ) -> Any:
        """«في» + a KB organisation or government after a title («وزير الخارجية في حكومة
        طالبان X»), or + a country after the title's body («رئيس المجلس العسكري في النيجر
        الجنرال X») -> that KB hit, else None."""
        if not self._joined(j) or self.w[j].text != "في" or not self._joined(j + 1):
            return None
        hit = self.hits.get(j + 1)
        if hit is None and pattern:  # «رئيس لجنة … في مجلس النواب X Y»: a pattern body
            found = self.orgs.read(j + 1) if self.orgs.head_at(j + 1) is not None else None
            if found is None:
                n, pre, _, definite = self._match(j + 1, self.lex.orgs, self.lex.org_max, True)
                found = (n, pre) if n and definite and not pre else None
                if found is not None and self._adjective_at(j + 1 + n) is not None:
                    found = (self._adjective_at(j + 1 + n).we - j - 1, 0)  # «البرلمان الإيراني»
            return SimpleNamespace(we=j + 1 + found[0]) if found and not found[1] else None
        if hit is None or hit.prefix:
            return None
        kind = hit.cands[0].entry.type
        if "adjective" in hit.kinds():
            return hit if kind == "Organization" else None
        if kind == "Organization" or after_org and kind == "Country":  # «… في النيجر X»
            return hit
        return hit if org_body and kind == "Place" else None  # «باسم برنامج … في دكا X»

    def _lam_step(self, j: int, envoy: bool) -> int:
        """«لل» + an office after a title («المبعوث الخاص للأمين العام للأمم المتحدة»: the
        envoy of an office), or an envoy's remit the KB does not know («للقرن الأفريقي») ->
        words to skip (0 = none)."""
        if not self.w[j].text.startswith("لل"):
            return 0
        n = self._match(j, self.lex.titles, self.lex.title_max, True)[0]
        if n:
            return n
        if envoy and j not in self.hits:
            n = 2 if self._nisba_at(j + 1) else 1
            if self._joined(j + n) and self.w[j + n].text == "بين" and self._joined(j + n + 2):
                if self.w[j + n + 2].text.startswith("و"):
                    n += 3  # «المبعوث الخاص للحوار بين بلغراد وبريشتينا X»
            return n
        return 0

    def _portfolio_holder(self, j: int) -> tuple[int, int] | None:
        """A minister's long coordinated portfolio the lexicon does not list, then the holder
        («وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج ناصر بوريطة»):
        up to eight definite, و+definite or بال/لل+definite words with at least one و+definite,
        then a KB person or a name of 2-3 words -> (end of the name, holder raw) or None."""
        k, coordinated = j, False
        while k < j + 8 and self._joined(k):
            hit = self.hits.get(k)
            if hit is not None and hit.kinds() != {"adjective"}:
                break  # «والتونسيين», «والمغاربة»: a people's adjective is part of the portfolio
            t = self.w[k].text
            if t.startswith("وال") and len(t) > 4:
                coordinated = True
            elif not t.startswith(("ال", "بال", "لل")) or self.lex.classes(t) - {"noun"}:
                cls = self.lex.classes(t)
                if not coordinated or "title_mod" not in cls or "honorific" in cls:
                    break  # «… والتجارة الداخلية الجديد X»: a modifier after the portfolio
            k += 1
        if not coordinated or k == j or not (self._joined(k) or self._comma_gap(k)):
            return None
        if self.w[k].text == "في" and self._joined(k + 1):
            # «… والأمن في الاتحاد X»: the body (a KB organisation or one definite word that
            # the short-name pass reads), then the holder
            body = self.hits.get(k + 1)
            if body is not None and not body.prefix and body.cands[0].entry.type == "Organization":
                self._hit_raw(body, False)
                k = body.we
            elif body is None and self.w[k + 1].text.startswith("ال"):
                k += 2
        while k < j + 10 and self._joined(k) and self.honorific_at(k):
            k += 1  # «… والتجارة الداخلية الجديد الدكتور X Y»: honorifics before the name
        found = self.scan_name(k)
        if found is None or not found[2] and found[1] - found[0] < 2:
            return None
        holder = self._name_raw(*found)
        return self.raws[holder].we, holder

    def _nisba_at(self, j: int) -> bool:
        """Word j is a joined definite nisba adjective the KB does not know («الأفريقي»)."""
        t = self.w[j].text if self._joined(j) else ""
        return t.startswith("ال") and t.endswith(("ي", "يه")) and j not in self.hits

    def _sub_body(self, j: int) -> Any:
        """An indefinite organisation head at word j followed by a KB organisation in the
        genitive («مفوضية الاتحاد الأفريقي», «بعثة الأمم المتحدة») -> that KB hit, else None."""
        head = self.orgs.head_at(j) if self._joined(j) and j not in self.hits else None
        if head is None and self._joined(j) and j not in self.hits:
            # «المتحدث باسم وفد الدعم السريع»: a body word that is no organisation head
            t = self.w[j].text
            head = (0, False) if "sub_body" in self.lex.classes(t) else None
        if head is None or head[1] or not self._joined(j + 1):
            return None
        hit = self.hits.get(j + 1)
        if hit is None or hit.prefix or hit.cands[0].entry.type != "Organization":
            return None
        return hit

    def _head_role(self, i: int, j: int, pre: int, title: Any) -> bool:
        """«رئيس المجلس»: a title at word i, then a definite organisation head alone at word j
        (no name, no other word of its phrase after it) -> adds a role raw carrying the bare
        head, for the holder of that title in a body with that head named before."""
        if not self._joined(j) or j in self.hits:
            return False
        t = self.w[j].text
        if not t.startswith("ال") or t[2:] not in org_heads():
            return False
        nxt = j + 1
        if self._joined(nxt) and (
            self.w[nxt].text.startswith("ال")
            and not self.lex.classes(self.w[nxt].text)
            or nxt in self.hits
            or self.scan_name(nxt)
        ):
            return False  # «رئيس المجلس الأعلى», «رئيس المجلس X»: a longer name or a holder
        s, e, surface = self._span(i, j + 1, pre)
        self._add(
            Raw(s, e, i, j + 1, "role", "Person", surface, title=title, gender=title.gender,
                category=title.category, head=t[2:])
        )  # fmt: skip
        return True

    def _appositive_titles(self, holder: int, honorific: bool) -> int:
        """Gulf style «الأمير X ولي العهد رئيس مجلس الوزراء», «سعادة الدكتور X وزير الدولة»:
        after a name introduced by an honorific, up to two titles with no name of their own are
        the holder's (title raws, not mentions) -> the end word (the name's end if none). After
        any other title only a spokesperson's title is («السفير X المتحدث الرسمي باسم …»): an
        unnamed office after a name is otherwise an object («استقبل الرئيس X وزير الخارجية»),
        unless commas enclose it («X، المتحدث الرسمي لوزارة الصحة، إن»)."""
        end = self.raws[holder].we
        for _ in range(2):
            commas = not self._joined(end) and self._comma_gap(end)  # «X، المتحدث باسم …، إن»
            if not self._joined(end) and not commas:
                break
            n, pre, title, _ = self._match(end, self.lex.titles, self.lex.title_max, True)
            if not n or pre or title.category in ("honorific", "rank"):
                break
            if not honorific and not commas and title.category != "spokesperson":
                break
            mark = len(self.raws)
            self.house_in_title(end, n, title)  # «X رئيس مجلس النواب»: the house is a mention
            j, of = self._affiliation(end + n, title.key)
            j = self._enclosed_rest(j) if commas else j  # «لوزارة الصحة»: the rest of the title
            if (
                self._joined(j)
                and self.scan_name(j) is not None
                or commas
                and not (self._comma_gap(j) or j >= len(self.w))
            ):
                del self.raws[mark:]  # «…، وزير الخارجية ديفيد لامي»: another person
                break
            s, e, surface = self._span(end, j)
            self._add(
                Raw(s, e, end, j, "title", "Person", surface, title=title, of=of,
                    gender=title.gender, category=title.category, holder=holder)
            )  # fmt: skip
            end = j
        return end

    def _affiliated_to(self, k: int) -> int:
        """«التابعة للحوثيين» at word k (an org_end participle, then ل + a KB name) -> the word
        after the name; else k. The title's affiliation reads it again (title_mod, genitive)."""
        if not self._joined(k) or "org_end" not in self.lex.classes(self.w[k].text):
            return k
        hit = self.hits.get(k + 1)
        if hit is None or not self._joined(k + 1) or not self.w[k + 1].text.startswith("ل"):
            return k
        return hit.we

    def _named_org_then_name(self, j: int) -> tuple[int, int] | None:
        """A pattern organisation read from word j that ends right before an honorific
        («المستشار», «الشيخ», a rank) or a name of 2-3 words (its holder) -> (end, proclitic
        length), the longest such end; else None."""
        found = self.orgs.read_all(j) if self.orgs.head_at(j) is not None else None
        if found is None:
            # «قائد الجيش الفريق أول X»: a definite organisation word alone, then a rank
            n, pre, _, definite = self._match(j, self.lex.orgs, self.lex.org_max, True)
            k = j + n
            t = self.w[j].text
            if not n and t.startswith("ال") and t[2:] in org_heads():
                return (j + 1, 0) if self._comma_holder(j + 1) else None  # «باسم الوزارة، X Y»
            if not n or not definite:
                return None
            if self._joined(k) and "honorific" in self.lex.classes(self.w[k].text):
                return k, pre
            return (k, pre) if self._comma_holder(k) else None  # «باسم الوزارة، X Y،»
        ends, pre = found
        for end in reversed(ends):
            place = self._in_body(end, True, True, True)  # «وزارة الصحة في غزة X»: a city too
            k = place.we if place is not None else end  # «المجلس العسكري في النيجر الجنرال X»
            k = self._affiliated_to(k)  # «لجنة الأسرى التابعة للحوثيين X Y»
            if not self._joined(k):
                if self._comma_holder(k):  # «المتحدث باسم هيئة X، نور الدين البابا،»
                    return end, pre
                continue
            if "honorific" in self.lex.classes(self.w[k].text):
                return end, pre
            if self._match(k, self.lex.titles, self.lex.title_max, True)[0]:
                return end, pre  # «رئيس مجلس السيادة السوداني قائد الجيش …»
            self.holder_starts.add(k)
            name = self.scan_name(k)
            if name is not None and (bool(name[2]) or name[1] - name[0] >= 2):
                return end, pre
        return None
