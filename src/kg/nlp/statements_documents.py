"""Documents as speakers, for kg_statements: «وجاء/وورد في البيان أن …», «بياناً جاء فيه أن …».

``came_in(view, i) -> (Found, inherit) | None`` reads a statement that «came in» a document;
``issuer_before(view, si)`` and ``document_issuer(view, i)`` find who issued the document a
sentence or a pronoun («أكدت فيه», «جاء فيه») refers to; ``document_subject(view, i, head, subj)``
gives a verb whose subject is a document («وذكر بيان صادر عن X أن», «وكشفت وثيقة اطلعت عليها
Y أن») or «أكدت فيه» its issuer.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import DOCS, Found
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_view import COMMAS
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
            close = view.quote_close.get(start, -1) if w == ":" else -1  # «جاء في البيان: "…"»
            whole = close > 0 and not any(t.word for t in view.toks[close + 1 : last + 1])
            quote, start = ((start, close), -1) if whole else (None, start)  # the quotation's
            return Found(i, start_off, cue, start, quote, speaker, "verb", False), not named
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


_IN_IT = frozenset({"فيه", "فيها"})
_DOC_SUBJECTS = frozenset({"البيان", "الرساله", "التقرير", "المذكره"})


def document_subject(view: DocView, i: int, head: int, subj: Subject | None):
    """«، أكدت فيه أن …» (no subject) and «وأكد البيان أن …» (a document as subject): the
    issuer of the document named before -> a resolved subject, else ``subj`` unchanged."""
    doc = _document_phrase(view, head, subj)
    if doc is not None:
        return doc
    in_it = subj is None and view.w(i + 1) in _IN_IT
    if not in_it and not (view.w(head) in _DOC_SUBJECTS and (subj is None or subj.last == head)):
        return subj
    at = i + 1 if in_it else head
    issuer = document_issuer(view, i)
    if issuer:
        return Subject(issuer, at, True, at)
    return subj if in_it else Subject(None, at, False, at)  # «البيان» of an unknown issuer


_ISSUED_BY = frozenset({"صادر", "صادره", "الصادر", "الصادره"})
_DOC_NOUNS = frozenset({"بيان", "رساله", "تقرير", "مذكره", "بلاغ", "وثيقه", "دراسه", "مسوده"})
_JOINT = frozenset({"مشترك", "مشتركه"})
_MAX_DOC_WORDS = 3  # adjectives and «لل+noun» after a document noun («البيان الختامي للقمة»)


def _document_phrase(view: DocView, head: int, subj: Subject | None) -> Subject | None:
    """A document noun as the subject, with its adjectives and «لل+noun» genitive: «وذكر بيان
    صادر عن X أن» -> X (nobody when X is no actor mention, never the last speaker); «وأشار
    التقرير الصادر عن X إلى» -> X; «وأكد البيان المشترك أن» -> nobody (joint); «وشدد البيان
    الختامي للقمة على» -> an unresolved subject that ends after «للقمة»; else None."""
    if view.w(head).removeprefix("ال") not in _DOC_NOUNS:
        return None
    seen = _seen_by(view, head)  # «وثيقة حكومية اطلعت عليها "X" أن»: X only saw it
    if seen is not None:
        return seen
    if subj is not None and subj.resolved and subj.actor:
        return None  # the issuer was recognised («بيان الخارجية», «بيان صادر عن الوزارة»)
    k, joint = head + 1, False
    while k - head <= _MAX_DOC_WORDS and k not in view.mi.by_start:
        w = view.w(k)
        if w in _ISSUED_BY or not (w.startswith("ال") or w.startswith("لل")):
            break
        prep = view.is_prep(k) and not w.startswith("لل")  # «للقمة» is a genitive
        if view.is_marker(k) or view.is_cue_word(k) or prep or not view.toks[k].word:
            break  # «وأشار البلاغ إلى أن»: «إلى» (normalised «الى») is no adjective
        joint = joint or w.removeprefix("ال") in _JOINT
        k += 1
    if view.w(k) in _ISSUED_BY and view.w(k + 1) == "عن":
        issuer = view.subject_after(k + 2, len(view.toks))
        if issuer is not None and issuer.resolved and issuer.actor:
            return Subject(issuer.actor, issuer.last, True, head)
        for e in range(k + 2, min(len(view.toks), k + 12)):
            if view.is_marker(e) or view.w(e) in COMMAS:
                return Subject(None, e - 1, True, head)
        return None
    if joint:
        return Subject(None, k - 1, True, head)
    if k - 1 > head and view.w(head).startswith("ال"):
        return Subject(None, k - 1, False, head)
    return None


_SEEN_PREPS = frozenset({"عليه", "عليها", "منه", "منها"})


def _seen_by(view: DocView, head: int) -> Subject | None:
    """«وكشفت وثيقة (حكومية) اطلعت/حصلت عليها "X" أن …»: a relative clause (verb + عليها/منها)
    after the document noun at ``head`` names who saw it, not who wrote it -> an unnamed subject
    that runs to the content marker; else None."""
    for t in range(head + 1, min(len(view.toks) - 1, head + 4)):
        if t in view.mi.by_start or view.is_marker(t) or not view.toks[t].word:
            return None
        if view.w(t + 1) in _SEEN_PREPS:
            for e in range(t + 2, min(len(view.toks), t + 12)):
                if view.is_marker(e) and e not in view.quote_close:
                    return Subject(None, e - 1, True, head)
            return None
    return None
