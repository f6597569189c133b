"""Attributions without a reporting verb, for kg_statements: «بحسب X», bare quotes.

``source(view, i)`` returns a :class:`Found` record (content end fixed later by
:func:`kg.nlp.statements_extract.extract`); documents as speakers («وجاء في البيان أن …») are in
:mod:`kg.nlp.statements_documents`. Also defines :class:`Config` and :class:`Found`, shared with
the verb rules.
Headlines are in :mod:`kg.nlp.statements_headlines`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.nlp.statements_asides import learned_from
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_view import COMMAS
from kg.text.normalize import normalize_key

#: speaker of «…، على حد تعبيره»: the pronoun's referent, filled in by the caller
PRONOUN_SPEAKER = "\x00pronoun"
_PRONOUNS = ("ه", "ها", "هم", "هما")
_SOURCE_LINKS = frozenset({"عن", "الي", "ل"})
#: «وفق قول X», «على حد تعبير X»: the saying noun between the source word and its speaker
_SAYING = frozenset(normalize_key(w) for w in "قول تعبير تصريح وصف".split())
_MIN_WORDS = 3  # a trailing-source clause shorter than this is not a proposition
_MAX_SOURCE_WORDS = 8  # words of a source phrase («عن مصدر مطلع في الكرملين») before its comma


@dataclass(frozen=True, slots=True)
class Config:
    max_gap: int = 30  # tokens searched between a cue and its content marker
    continuation_sentences: int = 3  # a subject-less verb inherits a speaker this close
    min_quote_words: int = 3  # shorter quotations are terms, not statements
    object_window: int = 3  # for object verbs, a marker must come this soon after the subject


@dataclass(slots=True)
class Found:
    """A statement under construction (content end is fixed in a second pass)."""

    cue_tok: int
    cue_start: int
    cue: Cue
    content_start: int  # token index, or -1 when the content is a quotation
    quote: tuple[int, int] | None  # opening / closing quote tokens
    speaker: str | None
    kind: str
    boundary: bool  # may end the content of a preceding statement
    content_end: int | None = None  # last content token when known up front


def source(view: DocView, i: int) -> Found | None:
    """«بحسب/وفق X» -> a verbless statement by X (None = unresolved source, e.g. مراقبين).

    Clause-initial «وبحسب X، (فإن) …»: the content follows. Trailing «…، بحسب X»: the content is
    the whole sentence before it when no other cue is in it, else (and without the comma: «…
    اليوم بحسب مصادر») the clause before it. «…، على حد تعبيره»: the speaker is the pronoun's
    referent, ``PRONOUN_SPEAKER`` (filled in by the caller).
    X must be an actor mention or a source noun (مصادر، محللين، وكالة).
    """
    si = view.sent_of[i]
    first, last = view.sent_bounds[si]
    j = i + 1 + (view.w(i + 1) in _SOURCE_LINKS)
    if as_far_as(view, i) and view.w(i + 1) == "حد":  # «…، على حد قول X»
        j = i + 2
    j += view.w(j) in _SAYING  # «…، وفق قول X», «على حد تعبير X»
    # «وحسب ما أفادت به وكالة X، فإن …», «…، حسبما أفادت X», «…، على ما أعلنت X»
    # «ووفقاً لما ذكرته X، فإن …»: «لما» is «لـ» + «ما»
    hasbama = view.w(i).removeprefix("و") == "حسبما"
    ma = j + 1 if view.w(j) in ("ما", "لما") else j if hasbama else -1
    learned = learned_from(view, ma, last) if ma > 0 else None
    if learned is not None:  # «وحسب ما علمته X من مصادر مطلعة، فإن …»: the source
        j = learned
    elif ma > 0 and _informed(view, view.w(ma)):
        if view.w(ma + 1) in ("عنه", "عنها", "عنهم"):
            return None  # «أكد X، حسب ما نقلت عنه وكالة Y، أن …»: an aside of another cue
        j = ma + 1 + (view.w(ma + 1) in ("به", "بها"))
    if view.lex.has("blocker", view.w(j)):  # وفق ما …
        return None
    subj = view.subject_after(j, last + 1)
    if as_far_as_pronoun(view, i):
        subj = Subject(PRONOUN_SPEAKER, i + 2, True, i + 2)  # «…، على حد تعبيره»
    elif subj is not None and same_source(view, j):  # «وحسب المصدر ذاته، فإن …»
        subj = Subject(PRONOUN_SPEAKER, max(subj.last, j + 1), True, j)
    if subj is not None and subj.resolved and view.w(subj.last + 1) == "عن":
        # «…، وفق ما نقلته صحيفة X عن الوزير Y»: the outlet only carried Y's words
        said = view.subject_after(subj.last + 2, last + 1)
        subj = (
            said
            if said is not None and (said.resolved or source_noun(view, subj.last + 2))
            else subj
        )
    if (subj is None or not subj.actor) and (_document(view.w(j)) or view.w(j) in DOCS):
        # «ووفقاً للبيان الختامي (للقمة)، فإن …», «وبحسب بيان للجيش X، فإن …»
        subj = _document_issuer(view, j, last) or subj
    if subj is None and _linked_source_noun(view, j):  # «وفقاً لمصادر دبلوماسية»: unnamed
        subj = Subject(None, j, True, j)
    if subj is None or not (subj.resolved or source_noun(view, j)):
        return None
    w = view.w(i)
    cue = Cue(w, "verbless", frozenset())
    clitic = w not in view.lex.source_first and not as_far_as(view, i)  # «وبحسب»: و
    cue_start = view.orig_offset(view.toks[i], int(clitic))
    if not view.clause_initial(i):
        if view.w(i - 1) in COMMAS and (i - 2) in view.quote_open:
            return None  # «"…"، بحسب X»: the quotation rule takes it
        if _aside(view, subj.last + 1, last):
            return None  # «ذكرت X، نقلاً عن Y (في Z)، أن …»: an aside of the verb's channel
        k = i - 1
        while k > first and view.w(k - 1) not in COMMAS:
            k -= 1
        other = any(_firm_cue(view, t) or view.is_marker(t) for t in range(first, i))
        end, rest = i - 1, 0
        if view.w(i - 1) in COMMAS and not other:
            k = first  # «…، بحسب X» and no other cue: the content is the whole sentence
            close = _tail(view, subj.last + 1, last)  # «وقتل ثلاثة، بحسب X، في الغارة»
            if close is not None:
                end, rest = last, sum(1 for t in view.toks[close + 1 : last + 1] if t.word)
        if sum(1 for t in view.toks[k:i] if t.word) + rest < _MIN_WORDS:
            return None
        return Found(i, cue_start, cue, k, None, subj.actor, "verbless", False, end)
    # «وبحسب تقديرات مكتب … الإنسانية (أوتشا)، فإن»: an acronym in parentheses is not counted
    reach, depth = view.past_parentheses(subj.last + 1, subj.last + 6), 0
    if not subj.actor and view.is_cue_word(subj.last + 1):  # «بحسب مصدر تحدث لـ"X"، فإن …»
        reach = max(reach, subj.last + 2 + _MAX_SOURCE_WORDS)
    for k in range(subj.last + 1, min(last, reach)):
        w = view.w(k)
        depth += (w == "(") - (w == ")" and depth > 0)
        if not depth and (w in COMMAS or view.lex.complementizer(w)):
            nk = k + 1
            if w in COMMAS and view.lex.complementizer(view.w(nk)):
                nk += 1
            return Found(i, cue_start, cue, nk, None, subj.actor, "verbless", False)
    return None


def _firm_cue(view: DocView, t: int) -> bool:
    """A cue word at ``t`` that is not an ambiguous one (flag I: «بين» is mostly "between")."""
    if not view.is_cue_word(t):
        return False
    w = view.w(t)
    cue = view.lex.verbs.get(w)
    if cue is None and w[:1] in "وف":
        cue = view.lex.verbs.get(w[1:])
    return cue is None or "I" not in cue.flags


def as_far_as(view: DocView, i: int) -> bool:
    """«على حد (قول|تعبير) X», «…، على ما أعلنت X» at token ``i`` (a source phrase starting
    with «على»)?"""
    if view.w(i) != "علي":
        return False
    if view.w(i + 1) == "ما":  # «، على ما أعلنت X»: trailing only
        return view.w(i - 1) in COMMAS and _informed(view, view.w(i + 2))
    return view.w(i + 1) == "حد" and (view.w(i + 2) in _SAYING or _said_by_pronoun(view.w(i + 2)))


def as_far_as_pronoun(view: DocView, i: int) -> bool:
    """«على حد تعبيره/قولها» at token ``i``: the speaker is only a pronoun?"""
    return as_far_as(view, i) and _said_by_pronoun(view.w(i + 2))


def _said_by_pronoun(w: str) -> bool:
    """«تعبيره», «قولها»: a saying noun with the speaker's pronoun attached?"""
    return any(w.endswith(p) and w[: -len(p)] in _SAYING for p in _PRONOUNS)


def _aside(view: DocView, j: int, last: int) -> bool:
    """Does a comma closing the source phrase (within a few words from token ``j``) lead to a
    أن/إن clause («، نقلاً عن مصدر مطلع في الكرملين، بأن …», «، إلى أن …»)?"""
    for k in range(j, min(last, j + _MAX_SOURCE_WORDS) + 1):
        if view.w(k) in COMMAS:  # «، أن …», «، إلى أن …» (the verb's own preposition)
            own = any(view.lex.has(r, view.w(k + 1)) for r in ("ila", "ala", "an_noun"))
            return view.lex.complementizer(view.w(k + 1 + own))
        if view.is_marker(k) or view.is_cue_word(k):
            return view.lex.complementizer(view.w(k))
    return False


def _tail(view: DocView, j: int, last: int) -> int | None:
    """«وقتل ثلاثة مدنيين، بحسب وزارة الصحة، في الغارة»: a source aside closed by a comma (a
    few words from token ``j``) and followed by the rest of the clause, with no cue or content
    marker up to the sentence end -> the closing comma's token, else None."""
    close = next(
        (k for k in range(j, min(last, j + _MAX_SOURCE_WORDS) + 1) if view.w(k) in COMMAS), None
    )
    if close is None or not any(view.toks[t].word for t in range(close + 1, last + 1)):
        return None
    if any(view.is_marker(t) or view.is_cue_word(t) for t in range(j, last + 1)):
        return None
    return close


def _informed(view: DocView, w: str) -> bool:
    """A verb of informing (``informing_verb`` in statements_cues.tsv: «أفادت»), also with an
    object pronoun («ما أوردته الوكالة»)."""
    has = view.lex.has
    return has("informing_verb", w) or any(
        w.endswith(p) and has("informing_verb", w[: -len(p)]) for p in ("ه", "ها")
    )


#: statement documents («البيان», «بيانه», «تقريرها»), normalised
DOCS = frozenset(
    normalize_key(w)
    for n in "بيان رسالة تقرير مذكرة تغريدة تدوينة منشور كلمة خطاب نص".split()
    for w in (n, "ال" + n, n.replace("ة", "ت") + "ه", n.replace("ة", "ت") + "ها")
)


def _document(w: str) -> bool:
    """«للبيان», «لبيان»: a statement document after the source word's ل."""
    if w.startswith("لل"):
        return "ال" + w[2:] in DOCS
    return w[:1] == "ل" and w[1:] in DOCS


def _document_issuer(view: DocView, j: int, last: int) -> Subject | None:
    """The issuer named in a document phrase before its comma («لبيان الخارجية،») or an
    unnamed one (resolved, actor None): the document itself is the source."""
    for k in range(j + 1, min(last, j + 6)):
        if view.w(k) in COMMAS:
            return Subject(None, k - 1, True)
        if k in view.mi.by_start:
            s = view.subject_after(k, last + 1)
            if s is not None and s.resolved:
                return s
    return None


def _linked_source_noun(view: DocView, j: int) -> bool:
    """«لمصادر», «للمراقبين»: a source noun carrying the ل of «وفقاً لـ» at token ``j``."""
    w = view.w(j)
    for link in ("لل", "ل"):
        if w.startswith(link) and len(w) > len(link) + 2:
            rest = w[len(link) :]
            return any(view.lex.has("source_noun", f) for f in (rest, rest.removesuffix("ا")))
    return False


def source_noun(view: DocView, j: int) -> bool:
    """«مصادر», «المصدر», «مصدراً» (accusative after أن): an unnamed source noun at ``j``."""
    w = view.w(j)
    forms = {w, w.removeprefix("ال")}
    forms |= {f[:-1] for f in forms if f[-1:] == "ا"}
    return any(view.lex.has("source_noun", f) for f in forms)


def same_source(view: DocView, j: int) -> bool:
    """«المصدر ذاته», «المصادر نفسها» at ``j``: the source cited just before (its speaker)."""
    return (
        view.w(j).startswith("ال") and source_noun(view, j) and view.lex.has("same", view.w(j + 1))
    )


def verbless_subject(view: DocView, i: int) -> Found | None:
    """«X (adjuncts) أن …» opening a sentence, its verb lost (scraped text): cue = أن."""
    if not view.clause_initial(i):
        return None
    si = view.sent_of[i]
    last = view.sent_bounds[si][1]
    subj = view.subject_after(i, last + 1)
    if subj is None or not subj.resolved:
        return None
    k = view.skip_adjuncts(subj.last + 1, last + 1)
    w = view.w(k)
    if not view.lex.complementizer(w) or w not in view.lex.roles["complementizer"]:
        return None
    cue = Cue(w, "verbless", frozenset("a"))
    return Found(k, view.toks[k].start, cue, k + 1, None, subj.actor, "verbless", False)


#: «وجاء في البيان أن …»: the verb, and documents a content may be found in (normalised)
def passive(view: DocView, i: int, strip: int) -> bool:
    """Is the verb at token ``i`` written passive («أُعلن»: damma on its first letter)?"""
    tok = view.toks[i]
    raw = view.text[tok.start : tok.end]
    return len(raw) > strip + 1 and raw[strip + 1] == "\u064f"
