"""Span queries of a :class:`kg.nlp.statements_speaker.DocView`: where contents start and end.

``SpanQueries`` is mixed into ``DocView``; it relies on the attributes ``DocView`` sets
(``toks``, ``norm``, ``text``, ``lex``, ``mi``, ``sent_of``, ``sent_bounds``, ``quote_close``,
``quote_open``) and on its token predicates (``w``, ``is_prep``, ``is_marker`` …).
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.statements_text import Tok

COMMAS = frozenset({"،", ",", "-"})
QUOTE_NORM = frozenset({'"', "'"})
_OBJECT_PRONOUNS = ("ه", "ها")
_MAX_UNNAMED_WORDS = 4  # words of an unrecognised subject before «، في بيان،»


class SpanQueries:
    """Clause boundaries, content ends, subject extents, first person, offsets (a mixin of
    DocView)."""

    def opens_clause(self, j: int) -> bool:
        """Token ``j`` starts a clause: sentence start, after a comma, أن/إن, or و/كما."""
        if j < 0:
            return False
        si = self.sent_of[j]
        if si < 0 or j == self.sent_bounds[si][0]:
            return True
        w = self.w(j - 1)
        return w in COMMAS or self.lex.complementizer(w) or self.lex.has("coord", w)

    def mention_run(self, a: int, b: int) -> bool:
        """Tokens ``a..b-1`` are one or more adjacent mentions (an addressee: دعا X إلى …)."""
        k = a
        while k < b:
            m = self.mi.by_start.get(k)
            if m is None:
                return False
            k = self.mi.span[id(m)][1] + 1
        return k == b and b > a

    def skip_comma_pp(self, j: int, limit: int) -> int:
        """Past a prepositional phrase closed by a comma («، في اتصال مع بوتين، إلى …»), also
        one holding a quoted actor name («، في بيان نقلته وكالة «وام» مساء اليوم،»)."""
        if j >= limit or not self.is_prep(j):
            return j
        if any(self.lex.has(r, self.w(j)) for r in ("ila", "ala", "an_noun")):
            if not self.lex.has("ala_locution", self.w(j + 1)):  # not «، على لسان X،»
                return j  # إلى/على/عن may introduce the content itself
        k, end = j + 1, min(limit, j + _MAX_COMMA_PP)
        while k < end:
            if self.w(k) in COMMAS:
                return self.skip_adjuncts(k + 1, limit)
            close = self.quote_close.get(k, -1)
            named = k + 1 in self.mi.by_start or k in self.mi.by_start
            named = named or self.lex.has("speech_noun", self.w(j + 1))  # «في بيان تلقت "X" …»
            if named and k < close <= k + _QUOTED_NAME + 1:
                k = close + 1  # «، في بيان نقلته وكالة الأنباء «قنا»، عن …»: a quoted name
                continue
            if self.is_marker(k) or self.is_cue_word(k):
                return j
            k += 1
        return j

    def before_complementizer(self, subj):
        """A subject phrase whose name ran on over «بأنه/أن/إن» («وصفته الرئيسة مايا ساندو
        بأنه») ends before it: a complementizer is never part of a name."""
        if subj is None or subj.first < 0:
            return subj
        for t in range(subj.first + 1, subj.last + 1):
            if self.lex.complementizer(self.w(t)):
                return replace(subj, last=t - 1)
        return subj

    def to_comma_adjunct(self, subj, limit: int):
        """An unrecognised subject runs to a comma that opens a comma-closed adjunct («وأعلنت
        خلية الإعلام الأمني، في بيان، مقتل …»: the body's whole name, not the object's head)."""
        if subj is None or subj.resolved or subj.first < 0:
            return subj
        for k in range(subj.last + 1, min(limit, subj.first + _MAX_UNNAMED_WORDS + 1)):
            if self.w(k) in COMMAS:
                closed = self.is_prep(k + 1) and self.skip_comma_pp(k + 1, limit) > k + 1
                return replace(subj, actor=None, last=k - 1) if closed else subj
            if not self.toks[k].word or self.is_marker(k) or self.is_cue_word(k):
                return subj
            if self.is_prep(k):
                return subj
        return subj

    def relative_object(self, i: int, strip: int) -> bool:
        """«الوحدات التي تعتبرها تركيا امتداداً لـ…»: a verb whose object pronoun is the
        antecedent of a relative pronoun right before it only classifies that noun."""
        w = self.w(i)[strip:]
        if self.w(i - 2) in ("الامر", "والامر") or self.w(i - 3) in ("وهو", "وهي"):
            return False  # «الأمر الذي / وهو الاتفاق الذي اعتبره X …»: judged like «وهو ما»
        return self.lex.has("relative", self.w(i - 1)) and w.endswith(_OBJECT_PRONOUNS)

    def past_parentheses(self, j: int, end: int) -> int:
        """Token bound ``end`` moved on by the tokens of any «( … )» between ``j`` and it."""
        k, depth = j, 0
        while k < end and k < len(self.toks):
            w = self.w(k)
            depth += (w == "(") - (w == ")" and depth > 0)
            end += w in ("(", ")") or depth > 0
            k += 1
        return end

    def first_person(self, a: int, b: int) -> bool:
        """Tokens ``a..b`` speak in the first person (نحن، إننا، موقفنا، يمكننا) -> direct speech.

        A word ending in -نا counts unless listed as not_first_person, written with tanween
        (ـاً), or part of an actor mention (فيينا، أستانا); so does a verb with ن- after لن/لم.
        """
        in_mention = set()
        for m in self.mi.inside(self.toks[a].start, self.toks[b].end):
            in_mention.update(range(m.start, m.end))
        for t in self.toks[a : b + 1]:
            w = t.norm
            if not t.word or t.start in in_mention:
                continue
            if self.lex.has("first_person", w):
                return True
            if w[:1] == "ن" and len(w) >= 4 and self.lex.has("verb_particle", self.w(t.i - 1)):
                return True  # «لن نقبل», «لم نتلق»: a first-person plural verb
            if len(w) >= 5 and w.endswith("نا") and not self.lex.has("not_first_person", w):
                if "\u064b" not in self.text[t.start : t.end]:
                    return True
        return False

    # -- spans ------------------------------------------------------------------------------
    def orig_offset(self, tok: Tok, skip: int) -> int:
        """Original offset of the character ``skip`` letters into token ``tok`` (after clitics)."""
        return self.norm.offsets[tok.nstart + skip]

    def clause_initial(self, i: int) -> bool:
        """Only adjuncts, commas and كما/ثم precede token ``i`` in its sentence."""
        si = self.sent_of[i]
        if si < 0:
            return False
        j = self.sent_bounds[si][0]
        while True:
            j = self.skip_adjuncts(j, i)
            if j < i and (self.lex.has("coord", self.w(j)) or self.toks[j].norm in QUOTE_NORM):
                j += 1
                continue
            return j >= i

    def preceding_quote(self, i: int, min_words: int) -> tuple[str, int] | None:
        """«"…"، قال X»: a quotation closing right before the verb at ``i`` -> ('quote', open)."""
        k = i - 1
        k -= self.w(k) == "كما"  # «"…"، كما قال X»
        while k >= 0 and self.w(k) in COMMAS:
            k -= 1
        dot = self.w(k) == "." and k + 1 == i and self._short_sentence(i)  # «"…". يقول X.»
        k -= dot
        a = self.quote_open.get(k)
        if a is None or not (dot or self.same_sentence(i, a)):
            return None
        if sum(1 for t in self.toks[a + 1 : k] if t.word) < min_words:
            return None
        return ("quote", a)

    def _short_sentence(self, i: int) -> bool:
        """Is the sentence of the verb at ``i`` the verb and its subject only (at most five
        words, all after the verb inside actor mentions: «يقول الخبير X.», not «ودعا X إلى
        الحوار.»)?"""
        first, last = self.sent_bounds[self.sent_of[i]] if self.sent_of[i] >= 0 else (i, -1)
        words = [t for t in self.toks[i + 1 : last + 1] if t.word]
        if not 0 < len(words) < _SAID_BY_WORDS or first != i:
            return False
        return all(any(m.start <= t.start and t.end <= m.end for m in self.mi.all) for t in words)

    def content_end(self, start: int) -> int:
        """Last token of the sentence of ``start``, stretched over a quotation left open there."""
        si = self.sent_of[start]
        end = self.sent_bounds[si][1] if si >= 0 else start
        for a, b in self.quote_close.items():
            if start <= a <= end < b:
                end = max(end, b)
        for k in range(start + 1, end):
            if self.w(k) in COMMAS and self.stops_content(k + 1):
                return k - 1
        return end

    def stops_content(self, k: int) -> bool:
        """A trailing source («بحسب X»), a journalist's aside («في إشارة إلى», «وذلك خلال», a
        resuming relative «وهي الخطوة التي …») or the same speaker's next cue («، لكنه شدد
        على») starts at ``k`` (after a comma)."""
        w = self.w(k)
        if w in self.lex.source_first or w[:1] == "و" and w[1:] in self.lex.source_first:
            return True
        if w in ("وهو", "وهي") and self.w(k + 1).startswith("ال"):
            if self.lex.has("relative", self.w(k + 2)):  # «، وهي الخطوة التي رحب بها X»
                return True
        cue = self.lex.verbs.get(self.w(k + 1)) if self.lex.has("pronoun_subject", w) else None
        if cue is not None and not self.lex.has("demand", cue.lemma):
            return True  # not «، لكنها تطالب المجتمع الدولي بـ…»: a demand goes on
        return any(
            all(self.w(k + n) == p for n, p in enumerate(phrase))
            for phrase in self.lex.stops.get(w, ())
        )

    def content_start_offset(self, k: int) -> int:
        """Original start of token ``k``, including a hashtag mark written before it."""
        s = self.toks[k].start
        return s - 1 if s > 0 and self.text[s - 1] == "#" else s

    def strip_span(self, s: int, e: int) -> tuple[int, int]:
        """Original ``[s, e)`` without surrounding white space."""
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e


_QUOTED_NAME = 3  # words of a quoted name («وام», «فرانس برس») ending an aside
_MAX_COMMA_PP = (
    22  # tokens of a comma-closed prepositional aside («، خلال استقباله … وفداً من «X» برئاسة Y،»)
)
_SAID_BY_WORDS = 5  # words of «يقول الخبير الاقتصادي محمد العلي.» after a quotation
