"""Clause and sentence subjects for speakers without an explicit subject (mixed into
:class:`kg.nlp.statements_speaker.DocView`).

``clause_subject(i)``: the first actor outside a prepositional phrase in the comma-delimited
stretches before token ``i``; ``sentence_subject(i)``: the subject that opens the sentence;
``opening_person(si)``: the person who opens sentence ``si``; ``one_of_named(j, limit)``: «أحد
منسقي التظاهرات، X،» -> the person named in apposition; ``placed_holder``: «رئيس لجنة X في
البرلمان Y Z» -> Z; the issuer of «بيان صادر عن X»; and the word tests of the subject search
(an adjunct's adjective, an unnamed subject's adjective, a preposition with a pronoun, لـ);
``relative_antecedent(k)``: «X أمس في قصر Y، الذي أكد» -> X past a time and a place phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.nlp.statements_view import COMMAS
from kg.text.normalize import normalize_key

if TYPE_CHECKING:
    from kg.nlp.records import Mention
    from kg.nlp.statements_speaker import Subject


#: prepositions that open a noun content after a cue («شدد على», «حذر من», «أعرب عن»)
_CONTENT_PREPS = frozenset(normalize_key(w) for w in ("على", "من", "عن"))

#: statement nouns that stand for their issuer, and the words between them and it (normalised)
ISSUED = frozenset({"بيان", "بلاغ", "تقرير", "رساله", "مذكره"})
_ISSUED_SKIP = frozenset({"صادر", "الصادر", "رسمي", "الرسمي", "عن", "من", "مشترك"})

#: «أحد/إحدى» (one of), opening a description before a name in apposition (normalised)
_ONE_OF = frozenset({"احد", "احدي"})


_MAX_TAIL = 8  # tokens of time and place adjuncts between an antecedent and «، الذي»
_PLACES = frozenset({"Place", "Facility"})  # mention types that never speak before «، الذي»
_IN = normalize_key("في")
_PLACE_WORDS = 2  # plain words between a preposition and the place mention («في قصر X»)


class ClauseSubjects:
    """Mixin: needs the view's tokens, sentences, mentions, ``w``, ``skip_adjuncts``, ``_chain``."""

    text: str
    toks: Any
    lex: Any
    mi: Any
    sent_of: list[int]
    sent_bounds: list[tuple[int, int]]
    in_quote: list[bool]
    timed: list[bool]
    is_prep: Any
    is_marker: Any
    is_cue_word: Any

    def clause_subject(self, i: int) -> Subject | None:
        """Subject of the clause that a subjectless verb or participle at ``i`` continues
        («هدد وزير الدفاع X بتوسيع العمليات، قائلاً», «رفضه خامنئي معتبراً»): the first actor
        mention outside a prepositional phrase in the comma-delimited stretch before ``i``,
        going back one stretch at a time to the start of the sentence. A nisba adjective of the
        object («وثمّن X الموقف المصري») is no subject: X is, a person when it is a word of a
        name given earlier (``name_part``), else unresolved."""
        si = self.sent_of[i]
        if si < 0:
            return None
        first = self.sent_bounds[si][0]
        end = i
        while end > first:
            start = end - 1
            while start > first and self.w(start - 1) not in COMMAS:
                start -= 1
            for k in range(start, end):
                m = self.mi.by_start.get(k)
                if m is None or self.in_quote[k] or not m.actor or self._governed(k, m):
                    continue
                if m.kind == "adjective" and self._object_nisba(k, start):
                    from kg.nlp.statements_nameparts import name_part
                    from kg.nlp.statements_speaker import Subject

                    # «وثمّن X الموقف المصري، قائلاً»: X, the word after the verb, if a name
                    return name_part(self, Subject(None, start + 1, False, start + 1))
                if m.type in ("Person", "Organization", "Country"):
                    return self._chain(m, False, end)
            end = start - 1
        return None

    def relative_antecedent(self, k: int) -> Subject | None:
        """Token ``k`` ends the stretch before «، الذي/التي + verb» -> the actor mention it ends
        with, past time expressions («أمس») and place phrases («في قصر الحسينية»; a place never
        speaks); an unresolved Subject when a word no mention covers comes first («برئاسة X
        Y،»: an unknown name), None when nothing precedes in the sentence."""
        from kg.nlp.statements_speaker import Subject

        si = self.sent_of[k]
        first = self.sent_bounds[si][0] if si >= 0 else k
        stop = max(first, k - _MAX_TAIL)
        while k >= stop:
            m = self.mi.by_end.get(k)
            if m is not None and m.type not in _PLACES:
                return Subject(m.actor, k, True, self.mi.span[id(m)][0])
            if m is not None:  # «في (قصر) الحسينية»: back to its preposition
                a = self.mi.span[id(m)][0]
                back = range(a - 1, a - 2 - _PLACE_WORDS, -1)
                p = next((t for t in back if self.is_prep(t)), None)
                if p is None:
                    break
                k = p - 1
            elif self.timed[k] or not self.w(k):
                k -= 1
            elif self._place_phrase(k) is not None:  # «في المجمع الرئاسي»
                k = self._place_phrase(k) - 1
            else:
                break
        if k < first:
            return None
        return Subject(None, k, False, k)

    def _place_phrase(self, k: int) -> int | None:
        """«في القصر (الجمهوري)» ending at token ``k``: «في» and one or two definite words ->
        the token of «في», else None."""
        for p in (k - 1, k - 2):
            words = range(p + 1, k + 1)
            if self.w(p) == _IN and all(self.w(t).startswith("ال") for t in words):
                return p
        return None

    def one_of_named(self, j: int, limit: int) -> Subject | None:
        """«وقال أحد منسقي التظاهرات، حسين الركابي، إن»: «أحد/إحدى» + a 1-6 word description
        (no person, cue or content marker in it), then a person's name between commas -> that
        person, else None («قال أحد المحتجين إن»: an unnamed speaker)."""
        if self.w(j) not in _ONE_OF:
            return None
        k = j + 1
        while k < limit and k - j <= 6 and self.w(k) not in COMMAS:
            m = self.mi.by_start.get(k)
            person = m is not None and m.type == "Person"
            if person or not self.toks[k].word or self.is_marker(k) or self.is_cue_word(k):
                return None  # «أحد قادة حركة حماس، X،»: a body may be named in the description
            k += 1
        if k == j + 1 or k >= limit or self.w(k) not in COMMAS:
            return None
        m = self.mi.by_start.get(k + 1)
        if m is None or m.type != "Person" or m.kind != "name" or not m.actor:
            return None
        last = self.mi.span[id(m)][1]
        if self.w(last + 1) not in COMMAS:
            return None
        from kg.nlp.statements_speaker import Subject

        return Subject(m.actor, last + 1, True, j)

    def placed_holder(self, k: int, limit: int) -> Mention | None:
        """«مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس», «رئيس لجنة الأمن القومي في
        البرلمان الإيراني X»: a title's «في + body or place» right before its holder's name.
        Token ``k`` is «في», a mention that is no person follows, then a person's name (not
        joined by و) -> that name mention, else None."""
        if self.w(k) != "في" or k + 1 >= limit:
            return None
        m = self.mi.by_start.get(k + 1)
        if m is None or m.type == "Person":
            return None
        e = self.mi.span[id(m)][1] + 1
        nxt = self.mi.by_start.get(e) if e < limit else None
        if nxt is None or nxt.type != "Person" or nxt.kind != "name" or not nxt.actor:
            return None
        return None if self.text[self.toks[e].start : nxt.start] == "و" else nxt

    def _object_nisba(self, k: int, start: int) -> bool:
        """A nisba adjective mention at ``k`` in a stretch from ``start``: does its noun stand
        in a prepositional phrase («بالموقف المصري») or after a word that is neither the
        stretch's first token, a cue nor a time («وثمّن X الموقف المصري»: X is the subject)?
        Not «(وأكد) الجانب المصري»: the subject noun."""
        noun = self.w(k - 1)
        if k - 1 <= start or (k - 1) in self.mi.by_end:
            return False
        if noun.startswith(("بال", "كال", "لل")):
            return True
        p = k - 2
        return not (p == start or self.is_cue_word(p) or self.timed[p])

    def _governed(self, k: int, m: Mention) -> bool:
        """Is the mention starting in token ``k`` inside a prepositional phrase?"""
        prefix = self.text[self.toks[k].start : m.start].lstrip("وف")
        return bool(prefix) or self.lex.has("preposition", self.w(k - 1))

    def sentence_subject(self, i: int) -> Subject | None:
        """The subject of the clause that opens the sentence of token ``i`` (first mention)."""
        si = self.sent_of[i]
        if si < 0:
            return None
        first, _ = self.sent_bounds[si]
        j = self.skip_adjuncts(first, i)
        if self.lex.has("coord", self.w(j)):
            j += 1
        if j in self.mi.by_start:
            m = self.mi.by_start[j]
            return self._chain(m, False, i)
        j = self.skip_adjuncts(j + 1, i)
        if j < i and j in self.mi.by_start:
            return self._chain(self.mi.by_start[j], False, i)
        return None

    def opening_person(self, si: int) -> str | None:
        """Actor of a Person mention that opens sentence ``si`` (its subject), else None."""
        if si < 0 or si >= len(self.sent_bounds):
            return None
        first, last = self.sent_bounds[si]
        if last < first:
            return None
        s = self.sentence_subject(last)
        if s is None:
            return None
        m = next((m for m in self.mi.all if m.actor == s.actor and m.type == "Person"), None)
        return s.actor if m else None

    def _unnamed_after_phrase(self, j: int, limit: int) -> Subject | None:
        """«وقال في المقابل دبلوماسي أوروبي إن»: a preposition + one definite word (no mention),
        then an indefinite noun with an indefinite adjective and no mention -> an unnamed
        subject (None speaker), not the previous speaker; else None."""
        k = j + 2
        if k + 1 >= limit or j + 1 in self.mi.by_start or not self.w(j + 1).startswith("ال"):
            return None
        if k in self.mi.by_start or k + 1 in self.mi.by_start or not self._gap_word(k):
            return None
        if self.w(k).startswith("ال") or not self._adjective_like(k + 1):
            return None
        from kg.nlp.statements_speaker import Subject

        return Subject(None, k + 1, False, k)

    def _issuer(self, j: int, limit: int) -> Subject | None:
        """«بيان صادر عن X», «بلاغ لـX», «بيان الخارجية»: a statement noun stands for its issuer."""
        w = self.w(j)
        if w not in ISSUED and not (w[:1] in "لب" and w[1:] in ISSUED):
            return None  # «وفقاً لبيان صادر عن X»: the noun may carry لـ/بـ
        k = j + 1
        while k < limit and self.w(k) in _ISSUED_SKIP:
            k += 1
        if k >= limit or k not in self.mi.by_start:
            return None
        m = self.mi.by_start[k]
        if m.type not in ("Organization", "Country", "Person"):
            return None
        sub = self._chain(m, True, limit)
        sub.first = j
        return sub

    def _named(self, sub: Subject) -> bool:
        """Is the subject ``sub`` a person's name (not only a body or outlet)?"""
        m = self.mi.by_end.get(sub.last)
        return m is not None and m.type == "Person"

    def _pronoun_pp(self, j: int) -> bool:
        """A preposition carrying a pronoun («خلاله», «فيها», «عليه»): never a subject."""
        w = self.w(j)
        return any(
            w.endswith(p) and self.lex.has("preposition", w[: -len(p)])
            for p in ("ه", "ها", "هم", "هما")
        )

    def _lam(self, k: int, m: Mention) -> bool:
        """Is mention ``m`` (starting in token ``k``) attached to the preposition لـ?"""
        return self.text[self.toks[k].start : m.start].replace("\u0640", "") in ("ل", "لل")

    def _adjunct_adjective(self, k: int) -> bool:
        """An indefinite adjective in ة or ي after an adjunct's noun («متلفزة», «صحفي»), not a
        verb with a pronoun («نشرته»)."""
        original = self.text[self.toks[k].start : self.toks[k].end]
        if original.endswith(("ة", "ي")):
            return self._adjective_like(k)
        # «في بيان مشترك على/إن», «في بيان منفصل أن»: an indefinite participle (م-) right
        # before the content's marker (not a verb: «في بيان نشرته على موقعها»)
        nxt = k + 1
        return (
            nxt < len(self.toks)
            and self.w(k).startswith("م")
            and not self.w(k).endswith(("ه", "ها", "هم"))
            and len(self.w(k)) > 3
            and self.toks[k].word
            and not self.is_cue_word(k)
            and (self.is_marker(nxt) or self.w(nxt) in _CONTENT_PREPS)
        )

    def _adjective_like(self, k: int) -> bool:
        """An indefinite adjective after an unnamed subject noun («مطلعة», «دبلوماسيون»)."""
        w = self.w(k)
        if not self.toks[k].word or w.startswith("ال") or not self._gap_word(k):
            return False
        return len(w) > 3 and w.endswith(("ه", "يه", "ي", "ون", "ين"))
