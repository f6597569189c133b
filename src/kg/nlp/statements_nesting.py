"""Clause context of a cue, for :func:`kg.nlp.statements_extract.extract`.

``nested(found, f, si, view)``: the earlier statement whose indirect content the cue ``f`` is in;
``unnamed_opening(view, outer, i)``: that content opens with an unnamed subject of the cue
(«قال X إن التحقيقات تشير إلى …»: no statement of its own); ``told_before(view, i)``: the cue is
the «أن + verb» of «وسبق (لـX) أن»; ``claimed_quote``: a verb's quotation already inside an
earlier statement's content; ``relative_reply``: «وهو ما نفاه X» (X speaks from there on);
``verdict``: «وهو ما اعتبره X "…"» (X's judgement of what was just reported is a statement);
``gender``/``agreeing``/``dual``: the verb forms that tell whom a subject-less verb continues.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import Config, Found, source_noun
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_view import COMMAS


def nested(earlier: list[Found], f: Found, si: int, view: DocView) -> Found | None:
    """The earlier statement of sentence ``si`` whose indirect content cue ``f`` is inside."""
    if f.boundary and (not earlier or earlier[-1].kind != "verbless"):
        return None  # «، وأضاف»: a new statement, unless inside a «وفقاً لـ X» content
    for g in reversed(earlier):
        if view.sent_of[g.cue_tok] != si:
            return None
        if g.quote is None and g.content_start is not None and g.content_start <= f.cue_tok:
            if g.content_end is None or f.cue_tok <= g.content_end:  # not after «…، بحسب X»
                return g
    return None


_MAX_CLAUSE_SUBJECT = 4  # words of an unnamed subject opening a content clause


def unnamed_opening(view: DocView, outer: Found, i: int) -> bool:
    """Does the content clause of ``outer`` open with an unnamed noun phrase that is the subject
    of the cue at ``i`` («إن التحقيقات الأولية تشير إلى …»: no actor, no statement of its own)?
    Also a second predicate of a pronoun clause («أنه "…" ويعتبر أن …»: ``second_predicate``)."""
    if second_predicate(view, outer, i):
        return True
    start = outer.content_start
    if start is None or start < 0 or not 0 < i - start <= _MAX_CLAUSE_SUBJECT:
        return False
    if not view.lex.complementizer(view.w(start - 1)):
        return False
    return all(
        view.toks[t].word
        and t not in view.mi.by_start
        and not view.is_cue_word(t)
        and not view.is_marker(t)
        and not view.is_prep(t)
        for t in range(start, i)
    )


_MAX_TOLD_NAME = 4  # words of «لـ + name» between «سبق» and «أن»


def told_before(view: DocView, i: int) -> bool:
    """Is the verb at ``i`` the «أن + verb» of an ``an_report`` word («وسبق أن أكد X»), perhaps
    with its subject in ل between («وسبق للرئيس فلاديمير بوتين أن أعلن»)?"""
    if view.lex.has("an_report", view.w(i - 2).removeprefix("و")):
        return True
    for k in range(i - 2, max(-1, i - 2 - _MAX_TOLD_NAME), -1):
        w = view.w(k)
        if not view.toks[k].word or view.is_marker(k) or view.is_cue_word(k):
            return False
        if w[:1] == "ل" and view.lex.has("an_report", view.w(k - 1).removeprefix("و")):
            return True
    return False


def claimed_quote(view: DocView, found: list[Found], f: Found, i: int) -> bool:
    """Is the content of the verb at ``i`` a quotation before it («"…"، وطالبت …») that is
    already inside the content of an earlier statement of the sentence («اعتبرت X أن القرار
    "…"، وطالبت في بيان بـ…»: the quotation is what X considered, not what X demanded)?"""
    if f.kind != "verb" or f.content_start != -1 or not f.quote or f.quote[0] >= i:
        return False
    si = view.sent_of[i]
    for g in found:
        if g.cue_tok >= f.quote[0] or view.sent_of[g.cue_tok] != si:
            continue
        if g.quote == f.quote or 0 <= g.content_start <= f.quote[0]:
            return True
    return False


RELATIVE_HEADS = frozenset({"وهو", "وهي", "وهذا", "وهذه", "هو", "هي", "الامر"})


def resumes_clause(view: DocView, i: int) -> bool:
    """Does the verb at ``i`` follow a relative that resumes the clause just reported: «(وهو)
    ما» after a head («وهو ما نفاه X»), or «وهو/وهي + definite noun + الذي/التي» («…، وهو
    الاتفاق الذي اعتبره X "…"», «وهي الاتهامات التي نفاها X»)?"""
    prev = view.w(i - 1)
    if prev == "ما":
        return view.w(i - 2) in RELATIVE_HEADS
    return (
        view.lex.has("relative", prev)
        and view.w(i - 2).startswith("ال")
        and view.w(i - 3) in _RESUMING
    )


_RESUMING = frozenset({"وهو", "وهي"})


def relative_reply(view: DocView, i: int, subj: Subject | None) -> bool:
    """«…، وهو ما نفاه/أكده X»: a verb after «(وهو) ما» whose object is what was just said, with
    an explicit subject (a named actor or an unnamed source noun): the sentence's speaker from
    here on (a following «، قائلاً» is X's), though the verb itself has no content."""
    if subj is None or subj.first < 0 or view.w(i - 1) != "ما":
        return False
    if view.w(i - 2) not in RELATIVE_HEADS:
        return False
    return bool(subj.resolved and subj.actor) or source_noun(view, subj.first)


def carries_object(view: DocView, i: int, strip: int, cue) -> bool:
    """Does the verb at ``i`` carry an object pronoun («اعتبره», «وصفتها»: the verb form of
    ``cue`` plus ه/ها/هم/هما; not «نوّه», whose ه is a root letter)?"""
    w = view.w(i)[strip:]
    return any(w.endswith(s) and view.lex.verbs.get(w[: -len(s)]) is cue for s in _OBJECT_SUFFIXES)


_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")


def verdict(view: DocView, i: int, strip: int, cue, f: Found, subj: Subject | None) -> bool:
    """«…، وهو ما اعتبره X "استفزازاً مرفوضاً"», «الأمر الذي وصفته X بأنه …»: a verb after a
    relative whose object pronoun is the clause just reported, with an explicit subject and a
    second complement of its own (a predicate, a quotation, «بأنه …»; verbs of judgement, flag
    J): X's judgement of it is a statement. «وهو ما نفاه X» has no complement (see
    ``relative_reply``)."""
    if f.content_start is None or subj is None or subj.first < 0:
        return False
    if "J" not in cue.flags or not (subj.resolved and subj.actor or source_noun(view, subj.first)):
        return False
    return carries_object(view, i, strip, cue)


def amma_topic(view: DocView, before: Subject | None) -> bool:
    """«أما النائب عن X سجاد الغزي فحمّل …»: does the subject ``before`` a verb with ف close a
    topic opened by «أما» (a few words before it, same sentence)? The noun after the verb is
    then its object, not its subject."""
    if before is None or before.first < 1:
        return False
    lo = max(view.sent_bounds[view.sent_of[before.first]][0], before.first - _AMMA_WORDS)
    return any(view.w(t) in ("اما", "واما") for t in range(lo, before.first))


_AMMA_WORDS = 8  # words of a title between «أما» and the name it opens


def inner_speaker(view: DocView, found: list[Found], si: int, outer: str | None) -> bool:
    """Is the last statement a verb nested in the content of the statement before it, in
    sentence ``si``, by a named actor other than the sentence's speaker ``outer`` («صرح
    المتحدث بأن الرئيس أكد "…"»)? A participle after it («، مشدداً على …») continues the
    nearer speaker, the one reported on."""
    g = found[-1]
    if g.kind != "verb" or g.speaker is None or g.speaker == outer or g.boundary:
        return False
    return view.sent_of[g.cue_tok] == si and nested(found[:-1], g, si, view) is not None


def same_content(a: Found, b: Found) -> bool:
    """Do two statements start their content at the same token or quotation?"""
    return (a.content_start >= 0 and a.content_start == b.content_start) or (
        a.quote is not None and a.quote == b.quote
    )


#: demonstratives that may be a verb's subject («وهذا يؤكد أن»), with و; normalised
_DEMONSTRATIVES = frozenset({"هذا", "ذلك", "هذه", "تلك"})


def deictic_subject(view: DocView, i: int, strip: int) -> bool:
    """Is the subject of the verb at ``i`` a demonstrative or «الأمر الذي» («وهذا يؤكد أن»,
    «ويشير ذلك إلى أن», «الأمر الذي يعني أن»): the narrator's inference, nobody's statement?
    Not «هذا وقد أكد الوزير» (a discourse opener), «وأكد ذلك الوزير» (an object) nor «الأمر
    الذي اعتبرته X …» (the relative is the verb's object pronoun)."""
    prev = view.w(i - 1)
    if strip == 0 and prev.removeprefix("و") in _DEMONSTRATIVES:
        return True
    if prev == "الذي" and view.w(i - 2) in ("الامر", "والامر"):
        cue = view.lex.verbs.get(view.w(i)[strip:])
        return not carries_object(view, i, strip, cue)  # «الأمر الذي اعتبرته X»: an object
    nxt = view.w(i + 1)
    follow = i + 2
    return nxt in _DEMONSTRATIVES and (view.is_marker(follow) or view.is_prep(follow))


def gender(form: str, cue: Cue) -> str | None:
    """A past verb cue's form -> "m" («قال») or "f" («قالت»); None when it tells nothing."""
    if cue.kind != "verb":
        return None
    return "m" if form == cue.lemma else "f" if form == cue.lemma + "ت" else None


def agreeing(seen, gender: str | None, si: int, cfg: Config) -> str | None:
    """«قالت الوزارة … . وقال بيسكوف … . وأضافت أن …»: a subject-less verb whose gender differs
    from the last speaker's verb goes on with the latest speaker whose verb agrees with it
    (within ``continuation_sentences``); None = no such speaker (the caller keeps the last)."""
    if gender is None or not seen or seen[-1][1] in (None, gender):
        return None
    for speaker, g, sj in reversed(seen):
        if si - sj > cfg.continuation_sentences:
            return None
        if g == gender and speaker is not None:
            return speaker
    return None


def dual(form: str, cue: Cue) -> bool:
    """Is ``form`` the dual of the past verb ``cue`` («أكدا», «قالتا»; guideline: a joint
    speaker is nobody)?"""
    return cue.kind == "verb" and form in (cue.lemma + "ا", cue.lemma + "تا")


def unnamed_with_nisba(view: DocView, before: Subject | None) -> Subject | None:
    """A one-word mention before the verb that only qualifies an unnamed source noun one or
    two words before it («مصدر (دبلوماسي) فرنسي», «مصادر (أمنية) عراقية»), or a nisba right
    after any indefinite noun («خبير عسكري إسرائيلي») -> that unnamed source (speaker None);
    else ``before``."""
    if before is None or before.first != before.last or before.first < 1:
        return before
    for k in (before.first - 1, before.first - 2):
        if k >= 0 and source_noun(view, k) and view.same_sentence(k, before.first):
            return Subject(None, before.last, True, k)
        if not view.toks[k].word or k in view.mi.by_end:
            return before
    m = view.mi.by_start.get(before.first)
    k = before.first - 1
    if m is not None and m.kind == "adjective" and _indefinite_noun(view, k):
        return Subject(None, before.last, True, k)  # «وكان خبير عسكري إسرائيلي قد قال»
    return before


def _indefinite_noun(view: DocView, k: int) -> bool:
    """Is token ``k`` an indefinite noun or adjective a nisba may qualify («خبير», «عسكري»):
    a word of the same sentence, no article, no mention, no verb cue, preposition or particle?"""
    w = view.w(k)
    if k < 0 or not view.toks[k].word or w.startswith("ال") or k in view.mi.by_end:
        return False
    if view.is_cue_word(k) or view.is_prep(k) or view.lex.has("blocker", w):
        return False
    return len(w) > 2 and w not in _KANA and w[:1] != "و"


_KANA = frozenset({"كان", "كانت", "قد", "ما", "لا", "ان", "او"})


def second_predicate(view: DocView, outer: Found, i: int) -> bool:
    """«نقل عنه زواره أنه "مرتاح …" ويعتبر أن …»: a present verb joined by «و» (no comma) to a
    content clause whose subject is the speaker's pronoun («أنه/إنها») -> True: a second
    predicate of that clause, part of the content, not a statement of its own."""
    start = outer.content_start
    if start is None or start < 0 or view.w(i - 1) in COMMAS:
        return False
    w = view.w(start)
    pronoun = view.lex.complementizer(w) and not view.lex.has("complementizer", w)
    return pronoun and view.w(i)[:1] == "و" and view.w(i)[1:2] in ("ي", "ت")
