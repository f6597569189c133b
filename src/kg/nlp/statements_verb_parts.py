"""Helpers of the reporting-verb rule (:mod:`kg.nlp.statements_verb`): what lies between a
verb, its subject and its content.

Addressees («أكد لنظيره X», «وقال لـ"الأيام" X»), source and document asides, the occasion of
a statement, an unnamed definite subject's second word, plural verb forms (no subject after
them), a headline's opening quotation, quoted objects of accusations, clause contents,
«وكان X … قد + verb» subjects and a quotation split by its attribution.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import Config
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_markers import outlet_name
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_view import COMMAS

_PREP_COMPS = (("l", "ala"), ("n", "an_noun"), ("m", "min"), ("i", "ila"))


def definite_tail(view: DocView, cue: Cue, subj: Subject | None, after: int) -> int:
    """«وشددت الدول الأعضاء على …», «وأعربت القوى السياسية عن …»: an unnamed definite subject
    whose second word (a definite noun or adjective, no mention) was left after it, right before
    the cue's own preposition -> the preposition's token, else ``after``."""
    if subj is None or subj.resolved or subj.first < 0 or not view.w(subj.first).startswith("ال"):
        return after
    w = view.w(after)
    if not w.startswith("ال") or after in view.mi.by_start or view.is_cue_word(after):
        return after
    nxt = view.w(after + 1)
    own = any(c in cue.comps and view.lex.has(role, nxt) for c, role in _PREP_COMPS)
    return after + 1 if own else after


_LEADERS = frozenset({".", "..", "…", ":", "-", "|"})


def opening_quote(view: DocView, first: int, cfg: Config):
    """«"التهجير خط أحمر".. الصفدي يحذر إسرائيل»: a quotation that opens the line and is
    followed only by dots or a dash before the subject (at ``first``) of an SVO verb ->
    ('quote', open), else None."""
    k = first - 1
    while k >= 0 and view.w(k) in _LEADERS:
        k -= 1
    a = view.quote_open.get(k)
    if k == first - 1 or a is None or sum(t.word for t in view.toks[a:k]) < cfg.min_quote_words:
        return None
    line_start = view.text.rfind("\n", 0, view.toks[a].start) + 1
    return ("quote", a) if not view.text[line_start : view.toks[a].start].strip() else None


def plural_form(form: str, cue: Cue) -> bool:
    """Does the verb ``form`` agree with a plural or dual subject before it («أكدوا», «يؤكدون»,
    «أكدن», «يؤكدان»)? A verb that precedes its subject is singular (VSO)."""
    if cue.kind != "verb" or form == cue.lemma:
        return False
    present = form[:1] in ("ي", "ت") and form.endswith(("ون", "ان"))
    return form.endswith("وا") or present or form == cue.lemma + "ن"


def outlet_addressee(view: DocView, j: int, limit: int) -> int:
    """«وقال لـ"الأيام" وزير الخارجية X إن», «وقال لوكالة رويترز مسؤول …»: an outlet spoken
    to, right after the verb and before the subject -> the token after its name, else ``j``."""
    if view.w(j) in ("ل", "لـ") and j + 1 in view.quote_close:
        return view.quote_close[j + 1] + 1
    if view.w(j - 1)[:1] == "ل" and outlet_name(view, j):
        k = j  # «لوكالة» was skipped as an adjunct: its name follows
    elif view.w(j)[:1] == "ل" and outlet_name(view, j + 1):
        k = j + 1  # the outlet's name: a quotation or a mention
    else:
        return j
    if k in view.quote_close:
        return view.quote_close[k] + 1
    m = view.mi.by_start.get(k)
    return view.mi.span[id(m)][1] + 1 if m is not None and k < limit else j


def quoted_object(view: DocView, opening: int) -> bool:
    """«اتهم X "أطرافاً سياسية" بالسعي إلى …», «حثّ X "الأطراف كافة" على …»: a quotation
    followed by the charge's بـ (not «بأنه») or the urging's على is the verb's object, not its
    content."""
    w = view.w(view.quote_close[opening] + 1)
    charge = w[:1] == "ب" and not view.lex.complementizer(w)
    return charge or view.lex.has("ala", w)


def addressee(view: DocView, j: int) -> bool:
    """Does the mention at token ``j`` follow the proclitic ل of an addressee right after the
    verb («أكد لنظيره الماليزي», «قال لـ"سبوتنيك"»)?"""
    m = view.mi.by_start.get(j)
    if m is None:
        return False
    lead = view.text[view.toks[j].start : m.start].replace("\u0640", "").strip(' "«“')
    return lead in ("ل", "لل")


def past_source_aside(view: DocView, j: int, limit: int) -> int:
    """«وأضاف، وفق ما نقلته عنه وكالة X، أن …»: past a source aside (source word + ما) closed
    by a comma right after the verb -> the token after it, else ``j``."""
    w = view.w(j)
    if not (view.w(j - 1) in COMMAS and view.w(j + 1) == "ما"):
        return j
    if w not in view.lex.source_first and not (w[:1] == "و" and w[1:] in view.lex.source_first):
        return j
    for k in range(j + 2, min(limit, j + 14)):
        if view.w(k) in COMMAS:
            return view.skip_adjuncts(k + 1, limit)
        if view.is_marker(k):
            return j
    return j


_OBJECT_PRONOUNS = ("ه", "ها")


def document_relative(view: DocView, j: int, limit: int) -> int:
    """«أكدت الوزارة في بيان أصدرته مساء الأحد ونشرته على موقعها أن …»: a relative clause
    (a verb carrying the pronoun of a speech or document noun just before it) is part of the
    adjunct -> the complementizer after it; else ``j``."""
    w = view.w(j)
    if not view.lex.has("speech_noun", view.w(j - 1)) or not w.endswith(_OBJECT_PRONOUNS):
        return j
    if j in view.mi.by_start or view.is_marker(j) or view.is_prep(j) or len(w) < 4:
        return j
    for k in range(j + 1, min(limit, j + 14)):
        if view.lex.complementizer(view.w(k)):
            return k
        if view.w(k) in COMMAS or view.is_cue_word(k) or k in view.quote_close:
            return j
    return j


def clause_opener(view: DocView, after: int, start: int) -> bool:
    """Is the content starting at token ``start`` a أن/إن clause that follows a comma
    («، في بيان نشرته على موقعها، أن …») or an addressee («لنظيره الروسي سيرغي لافروف أن …»)?"""
    k = start - 1 if view.lex.complementizer(view.w(start - 1)) else start
    if not view.lex.complementizer(view.w(k)):
        return False
    addressed = (
        view.w(k - 1) == '"'
        and (k - 1) in view.quote_open
        and view.w(view.quote_open[k - 1] - 1) in ("ل", "لـ")
    )  # «في تصريح خاص لـ"الشرق" أن …»: an addressee right before أن
    return view.w(k - 1) in COMMAS or view.mention_run(after, k) or addressed


def clause_content(view: DocView, m) -> bool:
    """Is the content marker ``m`` a أن/إن clause (or a colon, perhaps before a quotation)?"""
    if m is not None and m[0] == "quote" and view.w(m[1] - 1) == ":":
        return True  # «وزاد X: "…"»
    if m is None or m[0] != "start":
        return False
    prev = view.w(m[1] - 1)
    return prev == ":" or view.lex.complementizer(prev) or view.lex.complementizer(view.w(m[1]))


def kana_subject(view: DocView, i: int) -> Subject | None:
    """«وكان X … قد + verb»: the subject phrase right after the كان that opens the clause of
    the verb at ``i`` (its name may run on past the mention), or None."""
    first = view.sent_bounds[view.sent_of[i]][0]
    for k in range(i - 2, max(first, i - 14) - 1, -1):
        if view.lex.has("kana", view.w(k)):
            s = view.subject_after(k + 1, i - 1)
            return s if s is not None and s.resolved else None  # actor None: joint (nobody)
    return None


def after_opening_quote(view: DocView, i: int, cfg: Config) -> bool:
    """«"…"، قال.»: the verb follows a clause-initial quotation (it continues the last speaker)."""
    q = view.preceding_quote(i, cfg.min_quote_words)
    return q is not None and view.clause_initial(q[1])


def split_quote(view: DocView, i: int, m, cfg: Config) -> tuple[int, int] | None:
    """«"A"، قال X، "B"»: one quotation split by its attribution -> (open of A, close of B)."""
    if not m or m[0] != "quote" or view.w(m[1] - 1) not in COMMAS:
        return None
    before = view.preceding_quote(i, cfg.min_quote_words)
    return (before[1], view.quote_close[m[1]]) if before else None


_AHEAD_COMPS = (("l", "ala"), ("n", "an_noun"), ("m", "min"))  # not إلى: «رسالة إلى X»
_ISSUED = frozenset({"صادر", "الصادر", "صادره", "الصادره"})  # «بيان صادر عن X»: its issuer
_MAX_AHEAD = 5  # words of an uncomma'd prepositional phrase before the complement's preposition


def own_prep_ahead(view: DocView, cue: Cue, j: int, limit: int) -> bool:
    """«أعرب X في اجتماعه الأسبوعي عن ارتياحه، …»: a prepositional phrase at ``j`` that runs,
    with no comma, into the cue's own preposition (عن/على) within a few words -> True: the
    content follows that preposition, not the comma further on."""
    if not view.is_prep(j):
        return False
    roles = [role for c, role in _AHEAD_COMPS if c in cue.comps]
    for k in range(j + 1, min(limit, j + _MAX_AHEAD + 2)):
        if not view.toks[k].word or view.is_cue_word(k) or view.lex.complementizer(view.w(k)):
            return False
        if k > j + 1 and any(view.lex.has(role, view.w(k)) for role in roles):
            return True
    return False


def past_modifier(view: DocView, cue: Cue, j: int, limit: int) -> int:
    """«حذر X في بيانه الأخير من …»: one or two definite adjectives left after a skipped
    adjunct at ``j`` (no mention, no cue word), or the issuer «صادر عن Y» of a skipped «في
    بيان», then the cue's own preposition (عن/على/من) -> that preposition's token; else ``j``."""
    roles = [role for c, role in _AHEAD_COMPS if c in cue.comps]
    by = view.w(j + 1)  # «في بيان صادر عن مفوضيته … عن قلقه», «صادر عنها على …»
    if view.w(j) in _ISSUED and by in ("عن", "عنه", "عنها", "عنهم"):
        first = j + 2 + (by == "عن")  # the issuer's name, or a pronoun on «عن»
        for k in range(j + 2, min(limit, j + 2 + _MAX_AHEAD)):
            if not view.toks[k].word or view.is_cue_word(k):
                return j
            if k >= first and any(view.lex.has(role, view.w(k)) for role in roles):
                return k
        return j
    for k in range(j, min(limit, j + 2)):
        w = view.w(k)
        if not w.startswith("ال") or k in view.mi.by_start or view.is_cue_word(k):
            return j
        if any(view.lex.has(role, view.w(k + 1)) for role in roles):
            return k + 1
    return j
