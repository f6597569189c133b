"""Token-level view of one document for kg_statements, and the speaker (subject) search.

``DocView(text, lexicon, mentions, times, sentences, boilerplate)`` tokenises the text once and
answers: which sentence a token is in, whether it is quoted, skippable (adjunct/time), a
marker; ``subject_after(j)`` finds a VSO subject, ``subject_before(i)`` an SVO subject.
A subject is a :class:`Subject` ``(actor key or None, last token, resolved)``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from kg.nlp.records import Mention, TimeExpr
from kg.nlp.statements_lexicon import StatementLexicon
from kg.nlp.statements_subjects import ISSUED, ClauseSubjects
from kg.nlp.statements_text import MentionIndex, naive_sentences, pair_quotes, tokenize
from kg.nlp.statements_view import COMMAS, SpanQueries

_PREP_CLITICS = ("لل", "ولل", "بال", "كال", "فال", "وبال")
_APPOSITION_KINDS = frozenset({"title", "role", "adjective"})
_MAX_GAP_WORDS = 2  # words between two mentions of one subject phrase
#: «ل» + an attached pronoun after a verb of saying: whom it was said to, never its subject
_ADDRESSEES = frozenset({"له", "لها", "لهم", "لهما", "لهن", "لنا", "لي", "لك", "لكم"})
_MAX_HEAD_WORDS = 4  # words of a title before its first mention (الأمين العام للأمم المتحدة X)


@dataclass(slots=True)
class Subject:
    """A subject phrase: the speaker's actor key (None = unresolved) and its last token."""

    actor: str | None
    last: int
    resolved: bool  # True when an actor mention was found (actor may still be None)
    first: int = -1  # first token of the phrase (when known)


class DocView(ClauseSubjects, SpanQueries):
    """Tokens, sentences, quotations and mentions of one text, with the queries the rules need."""

    def __init__(
        self,
        text: str,
        lex: StatementLexicon,
        mentions: list[Mention] | None,
        times: list[TimeExpr] | None,
        sentences: list[tuple[int, int]] | None,
        boilerplate: list[tuple[int, int]] | None,
    ) -> None:
        self.text, self.lex = text, lex
        self.toks, self.norm = tokenize(text)
        self.mi = MentionIndex(mentions, self.toks)
        n = len(self.toks)
        sents = sentences if sentences is not None else naive_sentences(text)
        self.sent_of = [-1] * n
        self.sent_bounds: list[tuple[int, int]] = []  # first, last token of each sentence
        k = 0
        for si, (s, e) in enumerate(sorted(sents)):
            while k < n and self.toks[k].start < s:
                k += 1
            first = k
            while k < n and self.toks[k].start < e:
                self.sent_of[k] = si
                k += 1
            self.sent_bounds.append((first, k - 1))
        starts = [t.start for t in self.toks]  # ascending: a span's tokens are one slice
        for s, e in boilerplate or []:
            for j in range(bisect_left(starts, s), bisect_left(starts, e)):
                self.sent_of[j] = -1
        self.quote_close: dict[int, int] = {}  # opening-quote token -> closing-quote token
        self.in_quote = [False] * n
        by_start = {t.start: t.i for t in self.toks}
        for qs, qe in pair_quotes(text):
            a, b = by_start.get(qs), by_start.get(qe)
            if a is None or b is None:
                continue
            self.quote_close[a] = b
            for j in range(a + 1, b):
                self.in_quote[j] = True
        self.quote_open = {b: a for a, b in self.quote_close.items()}
        self.timed = [False] * n
        for tx in times or []:
            for j in range(bisect_left(starts, tx.start), bisect_left(starts, tx.end)):
                self.timed[j] = True

    # -- token predicates -------------------------------------------------------------------
    def w(self, j: int) -> str:
        """Normalised token ``j`` ('' outside the text)."""
        return self.toks[j].norm if 0 <= j < len(self.toks) else ""

    def same_sentence(self, i: int, j: int) -> bool:
        return (
            0 <= j < len(self.toks) and self.sent_of[j] >= 0 and self.sent_of[j] == self.sent_of[i]
        )

    def is_prep(self, j: int, in_title: bool = False) -> bool:
        """Token ``j`` opens a prepositional phrase (في، خلال، بالـ، للـ …).

        ``in_title``: inside a title «للـ» is a genitive link (الأمين العام للأمم المتحدة).
        """
        w = self.w(j)
        clitics = _PREP_CLITICS[2:] if in_title else _PREP_CLITICS
        return self.lex.has("preposition", w) or (w.startswith(clitics) and len(w) > 4)

    def is_cue_word(self, j: int) -> bool:
        w = self.w(j)
        forms = (w, w[1:]) if w[:1] in ("و", "ف") else (w,)
        return any(f in self.lex.verbs or f in self.lex.participles for f in forms)

    def is_marker(self, j: int) -> bool:
        w = self.w(j)
        return w == ":" or j in self.quote_close or self.lex.complementizer(w)

    def adjunct_at(self, j: int) -> tuple[str, ...]:
        """The longest adjunct phrase starting at token ``j`` (empty tuple if none)."""
        phrases = self.lex.adjuncts.get(self.w(j))
        if not phrases:
            return ()
        second = self.w(j + 1)
        for phrase in phrases:
            if (
                len(phrase) == 1
                or phrase[1] == second
                and all(self.w(j + k) == p for k, p in enumerate(phrase[2:], 2))
            ):
                return phrase
        return ()

    def skip_adjuncts(self, j: int, limit: int) -> int:
        """First token at or after ``j`` that is not a comma, time expression or adjunct phrase."""
        while j < limit:
            w = self.w(j)
            if w in COMMAS or self.timed[j]:
                j += 1
                continue
            phrase = self.adjunct_at(j)
            if not phrase:
                return j
            j += len(phrase)
            # «في كلمة متلفزة», «في تصريح صحفي»: the adjunct's own adjective
            while j < limit and j not in self.mi.by_start and self._adjunct_adjective(j):
                j += 1
        return j

    # -- subjects ---------------------------------------------------------------------------
    def subject_after(self, j: int, limit: int) -> Subject | None:
        """VSO: the subject phrase starting at token ``j`` (None when ``j`` does not start one).

        Up to two head words may precede the first mention (المتحدث باسم + الكرملين); then the
        chain follows appositions to a person (… الكرملين ديمتري بيسكوف). A content word with no
        mention is an unresolved subject.
        """
        if j >= limit or not self.toks[j].word:
            return None
        if j in self.mi.by_start:
            return self._joint(self._chain(self.mi.by_start[j], False, limit), limit)
        named = self.one_of_named(j, limit)
        if named is not None:
            return named
        if self.w(j) in _ADDRESSEES or self._pronoun_pp(j):  # «وقال لها إن», «أكد خلاله أن»
            return self.subject_after(j + 1, limit)
        issuer = self._issuer(j, limit)
        if issuer is not None:
            return issuer
        if self.w(j).startswith("ال") and self.w(j)[2:] in ISSUED:
            return None  # «وأشار البلاغ إلى أن»: the statement already attributed goes on
        if self.is_prep(j):
            return self._unnamed_after_phrase(j, limit)
        if self.is_marker(j) or self.is_cue_word(j):
            return None
        if self.lex.has("coord", self.w(j)) or self._clitic_prep(j, "بل"):
            return None
        k, heads = j, 0
        while k < limit and k not in self.mi.by_start and heads < _MAX_HEAD_WORDS:
            if not self._gap_word(k) or (heads and self.w(k).startswith("و")):
                break
            if heads and self.w(k).startswith("ل") and k + 1 in self.quote_close:
                break  # «وقال مسؤولون لشبكة "سي إن إن" إن»: an addressee, not the subject
            k, heads = k + 1, heads + 1
        if (
            heads
            and k in self.quote_close
            and k + 1 in self.mi.by_start
            and self.quote_close[k] < k + 7
        ):
            k += 1  # «منظمة "هيومن رايتس ووتش"»: a quoted name after its head noun
        first = self.mi.by_start.get(k) if k < limit else None
        definite = any(self.w(h).startswith("ال") for h in range(j, k))  # رئيس الوزراء
        if first is not None and heads and self._lam(k, first):
            # «وقال شهود عيان لوكالة X إن», «وقال مصدر حضر الاجتماع لـLe360 إن» (لـ with a
            # tatweel never opens a title's genitive): an unnamed subject, then its addressee
            if not definite or self.text.startswith("لـ", self.toks[k].start):
                first = None
        if first is None and heads:  # «مسؤولة السياسة الخارجية في الاتحاد الأوروبي X»
            first = self.placed_holder(k, limit)
        if first is None:  # an unnamed subject («مصادر مطلعة»): its adjectives belong to it
            last = j
            while last + 1 < limit and last - j < 2 and self._adjective_like(last + 1):
                last += 1
            return Subject(None, last, False, j)
        if heads and first.kind == "role" and first.type == "Country":
            return None  # «وأكد حرص السلطنة على …»: the state is the noun's genitive, no subject
        if heads and first.kind == "adjective" and not definite:
            # «مسؤول أمريكي»: an anonymous official, not the country
            return Subject(None, self.mi.span[id(first)][1], False, j)
        sub = self._joint(self._chain(first, heads > 0, limit), limit)
        sub.first = j
        if heads and self.lex.has("person_source", self.w(j)) and not self._named(sub):
            return Subject(None, sub.last, True, j)  # «مصدر بالخارجية X», «مراسل "X"»: unnamed
        return sub

    def _conjoined(self, k: int, m: Mention) -> bool:
        """Is mention ``m`` (starting in token ``k``) attached to the conjunction و?"""
        return self.text[self.toks[k].start : m.start] == "و"

    def _joint(self, sub: Subject, limit: int) -> Subject:
        """«فرنسا وألمانيا», «مصر وقطر والولايات المتحدة», «وزيرا خارجية مصر والأردن»: a
        subject coordinated with other actors is a joint speaker (no single actor: None,
        guideline); every conjunct is taken."""
        joint = sub
        while True:
            k = joint.last + 1
            m = self.mi.by_start.get(k) if k < limit else None
            if m is None or m.actor == sub.actor:
                return joint
            if not self._conjoined(k, m):
                return joint  # «واشنطن», «وزير»: a word that starts with و, not the conjunction
            if m.type not in ("Person", "Organization", "Country"):
                return joint
            joint = Subject(None, self.mi.span[id(m)][1], True, sub.first)

    def _clitic_prep(self, j: int, letters: str = "ب") -> bool:
        """بـ (or لـ) attached to a word that is not a title link (باسم، لدى): a PP, no subject.

        Inside a title («الأمين العام للأمم المتحدة») لـ is a genitive link, so only بـ counts.
        """
        w = self.w(j)
        if w.endswith("ون"):
            return False  # «لاجئون»: a nominative plural is a subject, never a genitive after لـ
        if self.lex.has("title_link", w) or self.lex.has("root_bl", w):
            return False  # «باسم», «لدى»; «بيانات», «بلدية», «لجنة»: ب/ل of the root
        return w[:1] in letters and len(w) > 3

    def _gap_word(self, k: int) -> bool:
        return (
            self.toks[k].word
            and (not self._clitic_prep(k) or k in self.mi.by_start)
            and not self.is_marker(k)
            and not self.is_prep(k, in_title=True)
            and not self.is_cue_word(k)
            and not self.lex.has("relative", self.w(k))
            and self.w(k) not in self.lex.adjuncts
        )

    def _chain(self, first: Mention, in_title: bool, limit: int) -> Subject:
        best, last = first, self.mi.span[id(first)][1]
        cur = first
        while not (best.type == "Person" and best.kind == "name"):
            if not (in_title or cur.kind in _APPOSITION_KINDS or best.kind in _APPOSITION_KINDS):
                break
            k, gap = last + 1, 0
            while k < limit and k not in self.mi.by_start and gap <= _MAX_GAP_WORDS:
                if self.w(k) not in COMMAS and not self._gap_word(k):
                    break
                k, gap = k + 1, gap + (self.w(k) not in COMMAS)
            nxt = self.mi.by_start.get(k) if k < limit else None
            if nxt is None:  # «رئيس لجنة X في البرلمان الإيراني Y»: Y
                nxt = self.placed_holder(k, limit)
                k = self.mi.span[id(nxt)][0] if nxt is not None else k
            if nxt is None or self._conjoined(k, nxt):
                break  # «مصر والأردن»: coordination, not apposition
            if nxt.type == "Person" and (best.type != "Person" or best.kind != "name"):
                best = nxt
            cur, last, in_title = nxt, self.mi.span[id(nxt)][1], True
        nxt = self.mi.by_start.get(last + 1)
        while nxt is not None and nxt.kind == "title" and nxt.actor == best.actor and best.actor:
            # «الأمير X ولي العهد رئيس مجلس الوزراء»: the holder's titles after the name
            last = self.mi.span[id(nxt)][1]
            nxt = self.mi.by_start.get(last + 1)
        return Subject(best.actor, last, True, self.mi.span[id(first)][0])

    def subject_before(self, i: int) -> Subject | None:
        """SVO: a mention ending right before the verb at ``i`` (or before الذي/التي + verb)."""
        k = i - 1
        if self.lex.has("relative", self.w(k)):
            k -= 1
            if self.w(k) in COMMAS:  # «نبيه بري، الذي شدد»
                k -= 1
        elif self.w(k) == "قد":  # «وكانت الجزائر قد أعلنت»
            k -= 1
            if self.w(k) in ("كان", "كانت"):  # «أن الرئيس X كان قد أعلن»
                k -= 1
        if k < i - 2 and self.same_sentence(i, k):
            # «وفد الصندوق برئاسة X Y، الذي أوضح أن …»: the antecedent (past «أمس، في قصر Z»),
            # unresolved when it is a name no rule knows, never the sentence's opening actor
            return self.relative_antecedent(k)
        m = self.mi.by_end.get(k)
        if m is None or not self.same_sentence(i, k):
            return None
        return Subject(m.actor, k, True, self.mi.span[id(m)][0])
