"""Bodies named in quotes or by place nouns inside a title, and a source named before its title
(mixed into :class:`kg.nlp.actors_titles.Scanner`).

``quoted_body(j)``: «المتحدث باسم "القوة المشتركة" المقدم X», «مدير مشروع "سي لايت" في جامعة
ستانفورد X»: the quoted name is an organisation mention and the holder follows.
``_source_before(i)``: «نقلت X عن إمام سوبرابتو، عضو البرلمان …، قوله»: the name before the comma.
``_place_noun_first(j)``: «حاكم ولاية بورنو X»: an indefinite place noun inside a title.
``head_quoted(j)``, ``body_in(j)``: «عضو حزب "…" X», «الباحث في جامعة X Y Z»: bodies before a
holder; ``match_quoted_outlet(i)``: «في تصريح لـ"عكاظ"، أن»: the outlet spoken to.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_gaz import Hit
from kg.nlp.actors_places import _place_nouns
from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key
from kg.text.quotes import CLOSE_QUOTES, OPEN_QUOTES

#: complementizers after an outlet's closing quote (normalised): «لـ"عكاظ" بأن/أن/إن»
_THAT_WORDS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها"})
#: words after «لـ"X"» that show X is the outlet spoken to («لم يتسن لـ"الأيام" الحصول على تعليق»)
_AFTER_OUTLET = _THAT_WORDS | {"الحصول"}


class QuotedBodies:
    """Mixin: needs the scanner's ``w``, ``hits``, ``lex``, ``blocked``, ``quote_joined``,
    ``_gap``, ``_joined``, ``_plain``, ``_span``, ``_add``, ``_comma_gap``, ``scan_name`` and
    ``_name_raw`` (and ``orgs`` on the full scanner)."""

    w: Any
    hits: Any
    lex: Any
    blocked: Any
    quote_joined: Any
    _gap: Any
    _joined: Any
    _plain: Any
    _span: Any
    _add: Any
    _comma_gap: Any
    scan_name: Any
    _name_raw: Any
    _hit_raw: Any

    def quoted_body(self, j: int) -> int:
        """«باسم "القوة المشتركة" المقدم X», «مدير مشروع "سي لايت" في جامعة X»: 1-6 words in
        quotes opening at word j, then a rank/honorific or a 2-3 word name -> the word after the
        closing quote (0 = none). The quote's words become an organisation mention."""
        if j == 0 or j >= len(self.w) or self._gap(j) not in OPEN_QUOTES:
            return 0
        for e in range(j + 1, min(j + 7, len(self.w))):
            gap = self._gap(e)
            if gap in CLOSE_QUOTES:
                break
            if gap:
                return 0
        else:
            return 0
        hit = self.hits.get(j)
        if hit is not None and hit.we != e:
            return 0  # a KB name that does not fill the quotes
        self.quote_joined.add(e)
        after, body = e, None
        if e not in self.blocked and self.w[e].text == "في" and self._joined(e + 1):
            body = self._pattern_org(e + 1)  # «"سي لايت" في جامعة ستانفورد X»
            after = body if body else e
        if not body and e not in self.blocked and self._quoted_adj(e):
            after = e + 1  # «عملية "X" الأوروبية Y Z»: the body's adjective, then the holder
        if e in self.blocked or "honorific" not in self.lex.classes(self.w[after].text):
            name = self.scan_name(after) if self._joined(after) or after == e else None
            if name is None or not name[2] and name[1] - name[0] < 2:
                self.quote_joined.discard(e)
                return 0
        s, e2, surface = self._span(j, e)
        if hit is not None:  # «المتحدث باسم "قوات سوريا الديمقراطية" العقيد X»: a KB body
            self._hit_raw(hit, False)
        else:
            self._add(Raw(s, e2, j, e, "name", "Organization", surface, (), normalize_key(surface)))
        if body:
            s, e2, surface = self._span(e + 1, body)
            key = normalize_key(surface)
            self._add(Raw(s, e2, e + 1, body, "name", "Organization", surface, (), key))
        return after

    def match_quoted_org(self, i: int) -> int:
        """«شركة "ميرسك"», «وحركة "البناء الوطني"»: an indefinite organisation head at word i,
        then 1-4 words in quotes that no KB name starts -> the quoted words are an organisation
        mention (the name, without the head noun) -> words consumed (0 = none)."""
        orgs = getattr(self, "orgs", None)
        head = orgs.head_at(i) if orgs is not None else None
        k = i + 1
        if head is None or head[1] or k >= len(self.w) or self._gap(k) not in OPEN_QUOTES:
            return 0
        for e in range(k + 1, min(k + 5, len(self.w))):
            gap = self._gap(e)
            if gap[:1] in CLOSE_QUOTES and gap[:1]:
                break
            if gap or e in self.hits:
                return 0
        else:
            return 0
        if k in self.hits or any(self.lex.classes(self.w[t].text) for t in range(k, e)):
            return 0  # a KB name is the gazetteer's; function words are no name
        s, e2, surface = self._span(k, e)
        self._add(Raw(s, e2, k, e, "name", "Organization", surface, (), normalize_key(surface)))
        return e - i

    def head_quoted(self, j: int) -> int:
        """«عضو حزب "القوات اللبنانية" X», «النائب عن حركة "أمل" X Y»: an indefinite head noun
        at word j (an organisation head or an open-class noun the KB does not know) and its name
        in quotes, then the holder -> the word after the closing quote (0 = none). A quoted name
        the KB knows is its mention; otherwise :meth:`quoted_body` reads it."""
        if j + 1 >= len(self.w) or j in self.hits or self._joined(j + 1) or not self._joined(j):
            return 0
        orgs = getattr(self, "orgs", None)
        head = orgs.head_at(j) if orgs is not None else None
        if not (self._plain_head(j) or head is not None and not head[1]):
            return 0
        hit = self.hits.get(j + 1)
        if hit is None:
            return self.quoted_body(j + 1)
        e = hit.we
        if hit.prefix or self._gap(j + 1) not in OPEN_QUOTES or e >= len(self.w):
            return 0
        alias = self._alias_after_quote(e) if e not in self.blocked else None
        after = alias.we if alias is not None else e
        if alias is None and self._gap(e) not in CLOSE_QUOTES or after in self.blocked:
            return 0
        self.quote_joined.add(after)
        name = self.scan_name(after) if after < len(self.w) else None
        if (name is None or not name[2] and name[1] - name[0] < 2) and self._quoted_adj(after):
            self.quote_joined.discard(after)
            after += 1  # «النائب عن كتلة "X" المعارضة Y Z»: the body's adjective, then Y Z
            name = self.scan_name(after)
        if name is None or not name[2] and name[1] - name[0] < 2:
            self.quote_joined.discard(after)
            return 0
        self._hit_raw(hit, False)
        if alias is not None:
            self._hit_raw(alias, False)
        return after

    def _alias_after_quote(self, e: int) -> Hit | None:
        """«جماعة "أنصار الله" (الحوثيين) X Y»: a closing quote, then a KB name alone in
        brackets at word e -> its hit (the holder's name follows the bracket), else None."""
        gap = self._gap(e)
        if len(gap) < 2 or gap[0] not in CLOSE_QUOTES or gap[1:].strip() != "(":
            return None
        hit = self.hits.get(e)
        if hit is None or hit.prefix or hit.we >= len(self.w) or self._gap(hit.we) != ")":
            return None
        return hit

    def body_in(self, j: int) -> int:
        """«الباحث في جامعة تشولالونغكورن X Y», «أستاذ القانون في جامعة ماكغيل X Y»: («في» at
        word j, or a title ending in «في» before it) an organisation read by its head noun, then
        a 2-3 word name -> the word after the organisation (0 = none); adds the organisation."""
        k = j + 1 if self.w[j].text == "في" else j if j and self.w[j - 1].text == "في" else 0
        if not k or k >= len(self.w) or not self._joined(k):
            return 0
        end = self.seat_org(k)
        if not end or end >= len(self.w) or not self._joined(end):
            return 0
        name = self.scan_name(end)
        if name is None or name[0] != end or not name[2] and name[1] - name[0] < 2:
            return 0
        s, e, surface = self._span(k, end)
        self._add(Raw(s, e, k, end, "name", "Organization", surface, (), normalize_key(surface)))
        return end

    def match_quoted_outlet(self, i: int) -> int:
        """«في تصريح لـ"عكاظ"، أن», «قال مصدر لـ"اليوم السابع" إن», «لـ(المدى)، إن»: a detached
        «لـ» at word i, then 1-3 words in quotes or brackets the KB does not know, closed before a
        comma or a complementizer -> an organisation (the outlet spoken to); words consumed."""
        k = i + 1
        if self.w[i].text != "ل" or k >= len(self.w) or self._named_hit(k):
            return 0
        opened = self._gap(k)
        if opened not in OPEN_QUOTES and opened != "(":
            return 0
        for e in range(k + 1, min(k + 4, len(self.w))):
            gap = self._gap(e)
            if gap:
                break
            if self._named_hit(e):
                return 0
        else:
            return 0
        close = gap[:1]
        if close not in CLOSE_QUOTES and close != ")":
            return 0
        after = gap[1:].strip()
        if after not in ("،", ",") and not (after == "" and self.w[e].text in _AFTER_OUTLET):
            return 0
        s, e2, surface = self._span(k, e)
        self._add(Raw(s, e2, k, e, "name", "Organization", surface, (), normalize_key(surface)))
        return e - i

    def _quoted_adj(self, k: int) -> bool:
        """Word k, right after a quoted name, is a definite adjective of the body («المعارضة»,
        «الكردي»: ال + a word in ة or ي) and a joined word follows it."""
        if k + 1 >= len(self.w) or not self._joined(k + 1):
            return False
        t = self.w[k].text
        return t.startswith("ال") and t.endswith(("ه", "ي")) and len(t) >= 6

    def _named_hit(self, k: int) -> bool:
        """Word k starts a KB name that is neither a nationality adjective nor an ambiguous
        alias only («المصري» in «"المصري اليوم"», «الوطن»)."""
        hit = self.hits.get(k)
        if hit is None or hit.kinds() == {"adjective"}:
            return False
        return not all(c.ambiguous for c in hit.cands)

    def _pattern_org(self, k: int) -> int:
        """An organisation read by its head noun at word k («جامعة ستانفورد») -> its shortest
        end (0 = none)."""
        orgs = getattr(self, "orgs", None)
        if orgs is None or k in self.hits or orgs.head_at(k) is None:
            return 0
        found = orgs.read_all(k)
        if found and found[0] and not found[1]:
            return found[0][0]
        # «جامعة ستانفورد»: a head and one foreign name word (no article, no KB entry)
        return k + 2 if self._plain(k + 1) and not self.w[k].text.startswith("ال") else 0

    def seat_org(self, k: int) -> int:
        """:meth:`_pattern_org`, or a head noun and the KB place or country it is named after
        («جامعة القاهرة», «جامعة الكويت») -> the word after the organisation (0 = none)."""
        end = self._pattern_org(k)
        orgs = getattr(self, "orgs", None)
        if end or orgs is None or k in self.hits or orgs.head_at(k) is None:
            return end
        place = self.hits.get(k + 1)
        if place is None or place.prefix or not self._joined(k + 1):
            return 0
        return place.we if place.cands[0].entry.type in ("Place", "Country") else 0

    def _source_before(self, i: int) -> int | None:
        """«عن إمام سوبرابتو، عضو البرلمان …»: a 2-3 word name right after «عن» and before the
        comma that opens the title at word i is the title's holder -> its raw index or None."""
        if not self._comma_gap(i):
            return None
        for k in (i - 2, i - 3):
            if k < 1 or self.w[k - 1].text != "عن" or not self._joined(k):
                continue
            found = self.scan_name(k)
            if found is not None and found[1] == i and found[1] - found[0] >= 2:
                return self._name_raw(*found)
        return None

    def _plain_head(self, j: int) -> bool:
        """Word j is an indefinite open-class noun the KB does not know («مشروع», «برنامج»)."""
        t = self.w[j].text
        return not t.startswith("ال") and j not in self.hits and not self.lex.classes(t)

    def _place_noun_first(self, j: int) -> bool:
        """Word j is an indefinite place noun as written («ولاية», «محافظة»; no proclitic)."""
        return self.w[j].text in _place_nouns(self.lex)
