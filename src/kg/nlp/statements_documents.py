"""Documents as speakers, for kg_statements: «وجاء/وورد في البيان أن …», «بياناً جاء فيه أن …».

``came_in(view, i) -> (Found, inherit) | None`` reads a statement that «came in» a document;
``issuer_before(view, si)`` and ``document_issuer(view, i)`` find who issued the document a
sentence or a pronoun («أكدت فيه», «جاء فيه») refers to.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import DOCS, Found
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_speaker import DocView
from kg.text.normalize import normalize_key

_CAME = frozenset(normalize_key(w) for w in ("جاء", "ورد"))  # «وجاء/وورد في البيان أن»


def came_in(view: DocView, i: int) -> tuple[Found, bool] | None:
    """«وجاء/وورد في البيان (الختامي) أن …», «جاء في بيان للخارجية: …» -> (statement, inherit):
    the speaker is the document's issuer when named, else ``inherit`` asks for the actor who
    issued it (the caller knows the preceding sentences)."""
    came = view.w(i) in _CAME or view.w(i)[:1] == "و" and view.w(i)[1:] in _CAME
    if came and view.w(i + 1) in ("فيه", "فيها") and view.lex.complementizer(view.w(i + 2)):
        # «وأصدرت X بياناً جاء فيه أن …»: the document named just before, its issuer speaks
        start = i + 3 if view.w(i + 2) in view.lex.roles["complementizer"] else i + 2
        issuer = document_issuer(view, i)
        cue = Cue(view.w(i), "verb", frozenset("a"))
        start_off = view.orig_offset(view.toks[i], int(view.w(i) not in _CAME))
        return Found(i, start_off, cue, start, None, issuer, "verb", False), issuer is None
    if not came or view.w(i + 1) != "في" or view.w(i + 2) not in DOCS:
        return None
    si = view.sent_of[i]
    last = view.sent_bounds[si][1]
    issuer = view.subject_after(i + 2, last + 1)
    k = i + 3 + (view.w(i + 3).removeprefix("ال") in _JOINT)
    if view.w(k).removeprefix("ال") in ("صادر", "صادره") and view.w(k + 1) == "عن":
        issuer = view.subject_after(k + 2, last + 1)  # «في البيان الصادر عن X أن»
    named = issuer is not None and issuer.resolved and issuer.actor is not None
    joint = False  # «وجاء في البيان المشترك (الصادر عن الوزيرين) أن»: nobody (guideline)
    for k in range(i + 3, min(last, i + 10)):
        w = view.w(k)
        joint = joint or w.removeprefix("ال") in _JOINT
        if joint and (view.lex.complementizer(w) or w == ":"):
            named = True  # no inheritance: a joint document speaks for no single actor
            issuer = None
        if w == ":" or view.lex.complementizer(w):
            start = k + 1 if w == ":" or w in view.lex.roles["complementizer"] else k
            cue = Cue(view.w(i), "verb", frozenset("ac"))
            start_off = view.orig_offset(view.toks[i], int(view.w(i) not in _CAME))
            speaker = issuer.actor if named and issuer is not None else None
            return Found(i, start_off, cue, start, None, speaker, "verb", False), not named
        if view.is_cue_word(k):
            return None
    return None


_JOINT = frozenset({"مشترك", "مشتركه"})


def issuer_before(view: DocView, si: int) -> str | None:
    """«أصدرت الخارجية بياناً. وجاء في البيان …»: the subject of the previous sentence when
    it mentions a statement noun, else None."""
    if si < 1:
        return None
    first, last = view.sent_bounds[si - 1]
    if not any(view.w(k).startswith(_STATEMENT_NOUNS) for k in range(first, last + 1)):
        return None
    s = view.sentence_subject(last)
    return s.actor if s else None


_STATEMENT_NOUNS = ("بيان", "رساله", "تقرير", "مذكره")
_DOC_BACK = 2  # sentences searched back for the document a verb's «فيه»/«البيان» refers to


def document_issuer(view: DocView, i: int) -> str | None:
    """«وجاء ذلك في بيان لوزارة X، أكدت فيه أن …», «أصدرت X بياناً. … وأكد البيان أن …»:
    the actor who issued the last statement document named before token ``i`` (a mention right
    after the document noun, else the subject of its sentence), or None."""
    si = view.sent_of[i]
    for sj in range(si, max(-1, si - _DOC_BACK - 1), -1):
        first, last = view.sent_bounds[sj]
        for k in range(min(last, i - 1), first - 1, -1):
            w = view.w(k)
            stem = w[2:] if w.startswith("لل") else w.removeprefix("ال")
            if not (stem.startswith(_STATEMENT_NOUNS) or w[1:].startswith(_STATEMENT_NOUNS)):
                continue
            j = k + 1
            if view.w(j) in ("صادر", "صادره") and view.w(j + 1) == "عن":  # «بيان صادر عن X»
                j += 2
            s = view.subject_after(j, last + 1) if j in view.mi.by_start else None
            if s is None or not s.resolved:
                s = view.sentence_subject(k)
            return s.actor if s else None
    return None
