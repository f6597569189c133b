"""The reporting-verb rule of kg_statements: a verb cue -> its subject (speaker) and content.

``verb(view, i, strip, cue, limit, cfg) -> (Found, Subject | None) | None``: the subject after
the verb (VSO) or before it (SVO, «وكان X … قد + verb»), past adjuncts and asides; the content
marker (أن/إن, colon, quotation, a preposition's noun, or an object clause); a quotation split by
its attribution «"A"، قال X، "B"» becomes one. ``after_opening_quote`` tells a subject-less verb
that follows a clause-initial quotation («"…"، قال.»).
"""

from __future__ import annotations

from kg.nlp.statements_attrib import Config, same_source, source_noun
from kg.nlp.statements_documents import document_subject
from kg.nlp.statements_forms import (
    DEICTIC,
    channel,
    has_word,
    make,
    object_before_quote,
    object_start,
    quoted_charge,
)
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_markers import (
    as_said,
    marker,
    outlet_name,
    past_addressee,
    past_comma_aside,
    past_occasion,
    past_speech_adjunct,
)
from kg.nlp.statements_nesting import amma_topic, deictic_subject
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_view import COMMAS


def verb(view: DocView, i: int, strip: int, cue: Cue, limit: int, cfg: Config):
    """A verb cue at token ``i`` -> (Found with content_start None if no content, subject)."""
    if deictic_subject(view, i, strip):  # «وهذا يؤكد أن», «ويشير ذلك إلى أن»: no one speaks
        return None
    head = _past_source_aside(view, view.skip_adjuncts(i + 1, limit), limit)
    head = _outlet_addressee(view, head, limit)  # «وقال لـ"الأيام" وزير …», «لوكالة رويترز»
    head = past_speech_adjunct(view, head, limit)  # «وقال في تصريحات نقلتها وكالة X إن»
    subj: Subject | None = view.subject_after(head, limit)
    if subj is not None and _plural_form(view.w(i)[strip:], cue):
        # «وأبدوا رفضهم …»: a verb before its subject is singular, so this noun is an object
        # and the plural pronoun a group, nobody (not the last single speaker)
        subj = Subject(None, head - 1, True, -1)
    if subj is not None and _addressee(view, head):
        # «وأكد لنظيره الماليزي X أن …»: who was spoken to, not the speaker
        spoken_to = subj.actor
        subj = view.subject_after(view.skip_adjuncts(subj.last + 1, limit), limit)
        if subj is not None and subj.actor == spoken_to and subj.actor:  # its name in apposition
            subj = view.subject_after(view.skip_adjuncts(subj.last + 1, limit), limit)
        subj = subj if subj is not None and subj.resolved and subj.actor else None
    if view.lex.has("honorific", view.w(i + 1)):
        subj = None  # «وطالب سيادته المجتمع الدولي …»: the honorific is the subject
    if cue.kind == "channel":
        return channel(view, i, strip, cue, subj, limit, cfg)
    subj = document_subject(view, i, head, subj)
    before = view.subject_before(i)
    amma = strip > 0 and view.w(i)[:1] == "ف" and amma_topic(view, before)  # «أما X فقال»
    if before is not None and strip and not view.opens_clause(before.first) and not amma:
        before = None  # «X يستقبل Y ويؤكد …»: Y is the object of the verb before, not a subject
    # «نبيه بري، الذي شدد أمامه على أن», «الجزائر قد أعلنت قطع علاقاتها»: not «أمامه», «قطع»
    unresolved = subj is not None and not subj.resolved
    after_qad = view.w(i - 1) == "قد"  # «وكان X قد طالب Y …»: X is the subject, not Y
    if before is not None and view.w(before.first - 1) == "في":
        if source_noun(view, before.first - 2):  # «مصدراً في الخارجية الإثيوبية صرّح»: unnamed
            before = Subject(None, before.last, True, before.first - 2)
    if after_qad:  # «وكان أمير الكويت الشيخ X Y Z قد أعلن حل …», «وكانت X وY قد أعلنتا»
        kana = _kana_subject(view, i)
        if kana is not None and (before is None or kana.first < before.first):
            before = kana
    if before is not None and (
        subj is None or view.opens_clause(before.first) or unresolved or after_qad or amma
    ):
        subj = before  # «أن بوتين أبلغ ماكرون بأن …»: the clause opens with its subject
    # «لكنه رأى أن»: the pronoun is the subject; «وأدانت X …، ووصفتها بأنها»: a coordinated clause
    continued = view.lex.has("pronoun_subject", view.w(i - 1)) or (
        strip > 0 and view.w(i - 1) in COMMAS
    )
    if "S" in cue.flags and subj is None and not continued:
        return None
    named = subj is not None and subj.resolved and subj.actor and not _addressee(view, head)
    if "M" in cue.flags and not named:  # «تصريح X بأن», not «تصريح لـ"الجزيرة" إن»
        return None
    subj = view.to_comma_adjunct(view.before_complementizer(subj), limit)
    if "R" in cue.flags and subj is not None and view.w(subj.last + 1) == "من":
        src = view.subject_after(subj.last + 2, limit)  # «وعلمت X من مصدر مطلع أن»: the source
        if src is not None:
            subj = Subject(src.actor if src.resolved else None, src.last, True, src.first)
    after = view.skip_adjuncts(subj.last + 1, limit) if subj and subj.last >= head else head
    aside = subj.last + 1 if subj and subj.last >= head else head
    after = past_comma_aside(view, aside, after, limit)
    after = past_addressee(view, after, limit)  # «في تصريح خاص لـ"الشرق" تأجيل …»
    after = _definite_tail(view, cue, subj, after)  # «وشددت الدول الأعضاء على …»
    if view.w(after) in COMMAS and view.lex.complementizer(view.w(after + 1)):
        after += 1  # «وبيّن X في حديث لـ"المدى"، أن …»: the comma closing an adjunct
    placed = None  # «أعلنت الوزارة في غزة ارتفاع …»: a place, then the announced object
    if "o" in cue.comps and view.w(after) in ("في", "من") and (after + 1) in view.mi.by_start:
        placed = object_start(view, after, limit)
    w = view.w(after)
    bnoun = "p" in cue.comps and w[:1] == "ب" and len(w) > 3 and not view.is_marker(after)
    own_prep = any(  # «حذّرت X من خطورة …، معتبرة»: the complement's own preposition, no adjunct
        c in cue.comps and view.lex.has(role, w)
        for c, role in (("m", "min"), ("n", "an_noun"), ("l", "ala"), ("i", "ila"))
    )
    timed_pp = view.is_prep(after) and after + 1 < limit and view.timed[after + 1]  # في أوت 2021
    keep = bnoun or own_prep or timed_pp
    after = view.skip_comma_pp(after, limit) if placed is None and not keep else after
    after = placed[1] if placed is not None else after
    after = _document_relative(view, after, limit)  # «في بيان أصدرته …، أن»
    after = past_occasion(view, after, limit)  # «لدى استقباله نظيره التركي أن»
    resolved = subj is None or subj.resolved  # an unresolved subject's length is unknown
    if subj is not None and view.lex.has("title_link", view.w(subj.last)):
        resolved = False  # «المتحدث باسم [الدفاع المدني في غزة X] أن»: its genitive runs on
    if bnoun:  # «نوّه بالدور الذي …»: the noun complement of بـ
        m = ("start", after)
    else:
        m = marker(view, cue, after, limit, cfg, first_only="I" in cue.flags)
    if m and m[0] == "quote" and "O" in cue.flags and _quoted_object(view, m[1]):
        m = quoted_charge(view, view.quote_close[m[1]] + 1, limit)  # «اتهم X "…" بالسعي»
    ends = after >= limit or not view.toks[after].word  # nothing after the subject (and time)
    said = as_said(view, i) if m is None and ends and subj and subj.resolved else None
    m = ("start", said[0]) if said else m  # «…، كما قال X»: the clause before it
    if m and "o" in cue.comps and m[0] == "start" and not view.is_prep(after) and resolved:
        if m[1] - after > cfg.object_window + 1 and not _clause_opener(view, after, m[1]):
            m = None  # an object, not «، في بيان نشرته …، أن» or «لنظيره الروسي X أن»
    if m is None and "o" in cue.comps and not view.relative_object(i, strip):
        m = object_start(view, after, limit)
    elif "o" in cue.comps and resolved and subj is not None and not keep:
        m = object_before_quote(view, after, m)  # «أكد X دعم بلاده "لكل خطوة …"»
    direct_after = subj is not None and after == subj.last + 1  # no adjunct in between
    if m is None and "b" in cue.comps and subj and subj.resolved and direct_after:
        w = view.w(after)
        bare = not (view.is_prep(after) or view.is_cue_word(after) or view.lex.has("relative", w))
        if after < limit and view.toks[after].word and bare and not view.lex.has("blocker", w):
            m = ("start", after)  # «وقال الوزير يستند نهجنا إلى …»
    if m is None and "q" in cue.comps:
        m = quoted_charge(view, after, limit)  # «اتهم X الجزائر بـ"السعي إلى إذلال فرنسا"»
    if m is None and not ("I" in cue.flags and not (subj and subj.actor)):
        m = view.preceding_quote(i, cfg.min_quote_words)  # not «"…" بين الأطراف» (between)
    if m is None and subj is not None and subj.resolved and subj.actor and subj.last < i:
        m = _opening_quote(view, subj.first, cfg)  # «"…".. الصفدي يحذر إسرائيل»
    unresolved = subj is not None and not subj.resolved and not source_noun(view, subj.first)
    headed = m and m[0] == "start" and not _clause_content(view, m)  # not «X بأنه …»
    head_word = view.w(subj.first) if subj is not None else ""  # «المشاركون»: nominative,
    plural = head_word.endswith("ون") or view.lex.has("state_body", head_word)  # «الحكومة»
    if headed and unresolved and "o" in cue.comps and m[1] <= subj.last + 1 and not plural:
        # «ويؤكد رفض التهجير»: what looked like a subject is the head of the object content
        m, subj = ("start", min(m[1], subj.first)), None
    coordinated = strip > 0 and view.w(i - 1) in COMMAS and "o" in cue.comps
    if (
        coordinated
        and unresolved
        and subj is not None
        and subj.first >= 0
        and not _clause_content(view, m)
    ):
        # «استقبل X الوفدين، وأكد حرص السلطنة على «…»»: the noun is the object, X goes on
        # (not «، وأكد السفير أن …»: a subject with its own أن clause)
        m, subj = ("start", subj.first), None
    if m is None and after_qad and "o" in cue.comps and unresolved and subj.first >= 0:
        m, subj = ("start", subj.first), None  # «وكانت X وY قد أعلنت انسحابها من …»: an object
    pointer = m and m[0] == "start" and view.w(m[1]) in DEICTIC
    nxt = m[1] + 1 if pointer else 0
    ends = nxt >= len(view.toks) or not view.toks[nxt].word and nxt not in view.quote_close
    if pointer and (ends or view.is_cue_word(nxt)):  # not «أقر X ذلك "لا يكفي"»
        return None  # «أشار X إلى ذلك بقوله: …»: «ذلك» points back, «بقوله» carries the words
    if cue.requires and not has_word(view, m, limit, cue.requires):
        return None
    if "A" in cue.flags and not _clause_content(view, m):
        return None  # «ذهب X إلى أن …» reports, «ذهب X إلى موسكو» does not
    if subj is not None and same_source(view, subj.first):
        subj = None  # «وأورد المصدر ذاته أن …»: the source cited before goes on
    f = make(view, i, strip, cue, m, subj, "verb")
    f.content_end = said[1] if said else f.content_end
    f.quote = _split_quote(view, i, m, cfg) or f.quote
    if (
        view.lex.has("relative", view.w(i - 1))
        and m
        and m[0] == "start"
        and m[1] + 1 in view.quote_close
    ):
        # «القرار الذي وصفته X بأنه "…" جدلاً»: the relative clause ends with the quotation
        f.content_end = view.quote_close[m[1] + 1]
    return f, subj


_PREP_COMPS = (("l", "ala"), ("n", "an_noun"), ("m", "min"), ("i", "ila"))


def _definite_tail(view: DocView, cue: Cue, subj: Subject | None, after: int) -> int:
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


def _opening_quote(view: DocView, first: int, cfg: Config):
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


def _plural_form(form: str, cue: Cue) -> bool:
    """Does the verb ``form`` agree with a plural or dual subject before it («أكدوا», «يؤكدون»,
    «أكدن», «يؤكدان»)? A verb that precedes its subject is singular (VSO)."""
    if cue.kind != "verb" or form == cue.lemma:
        return False
    present = form[:1] in ("ي", "ت") and form.endswith(("ون", "ان"))
    return form.endswith("وا") or present or form == cue.lemma + "ن"


def _outlet_addressee(view: DocView, j: int, limit: int) -> int:
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


def _quoted_object(view: DocView, opening: int) -> bool:
    """«اتهم X "أطرافاً سياسية" بالسعي إلى …», «حثّ X "الأطراف كافة" على …»: a quotation
    followed by the charge's بـ (not «بأنه») or the urging's على is the verb's object, not its
    content."""
    w = view.w(view.quote_close[opening] + 1)
    charge = w[:1] == "ب" and not view.lex.complementizer(w)
    return charge or view.lex.has("ala", w)


def _addressee(view: DocView, j: int) -> bool:
    """Does the mention at token ``j`` follow the proclitic ل of an addressee right after the
    verb («أكد لنظيره الماليزي», «قال لـ"سبوتنيك"»)?"""
    m = view.mi.by_start.get(j)
    if m is None:
        return False
    lead = view.text[view.toks[j].start : m.start].replace("\u0640", "").strip(' "«“')
    return lead in ("ل", "لل")


def _past_source_aside(view: DocView, j: int, limit: int) -> int:
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


def _document_relative(view: DocView, j: int, limit: int) -> int:
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


def _clause_opener(view: DocView, after: int, start: int) -> bool:
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


def _clause_content(view: DocView, m) -> bool:
    """Is the content marker ``m`` a أن/إن clause (or a colon, perhaps before a quotation)?"""
    if m is not None and m[0] == "quote" and view.w(m[1] - 1) == ":":
        return True  # «وزاد X: "…"»
    if m is None or m[0] != "start":
        return False
    prev = view.w(m[1] - 1)
    return prev == ":" or view.lex.complementizer(prev) or view.lex.complementizer(view.w(m[1]))


def _kana_subject(view: DocView, i: int) -> Subject | None:
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


def _split_quote(view: DocView, i: int, m, cfg: Config) -> tuple[int, int] | None:
    """«"A"، قال X، "B"»: one quotation split by its attribution -> (open of A, close of B)."""
    if not m or m[0] != "quote" or view.w(m[1] - 1) not in COMMAS:
        return None
    before = view.preceding_quote(i, cfg.min_quote_words)
    return (before[1], view.quote_close[m[1]]) if before else None
