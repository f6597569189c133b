"""The reporting-verb rule of kg_statements: a verb cue -> its subject (speaker) and content.

``verb(view, i, strip, cue, limit, cfg) -> (Found, Subject | None) | None``: the subject after
the verb (VSO) or before it (SVO, «وكان X … قد + verb»), past adjuncts and asides; the content
marker (أن/إن, colon, quotation, a preposition's noun, or an object clause); a quotation split by
its attribution «"A"، قال X، "B"» becomes one. ``after_opening_quote`` tells a subject-less verb
that follows a clause-initial quotation («"…"، قال.»).
"""

from __future__ import annotations

from kg.nlp.statements_asides import as_said, past_occasion
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
    marker,
    past_addressee,
    past_comma_aside,
    past_speech_adjunct,
)
from kg.nlp.statements_nameparts import name_part, placed_holder
from kg.nlp.statements_nesting import amma_topic, deictic_subject, unnamed_with_nisba
from kg.nlp.statements_objects import event_object, indefinite_act
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_verb_parts import (
    addressee,
    clause_content,
    clause_opener,
    definite_tail,
    document_relative,
    kana_subject,
    opening_quote,
    outlet_addressee,
    own_prep_ahead,
    past_modifier,
    past_source_aside,
    plural_form,
    quoted_object,
    split_quote,
)
from kg.nlp.statements_view import COMMAS


def verb(view: DocView, i: int, strip: int, cue: Cue, limit: int, cfg: Config):
    """A verb cue at token ``i`` -> (Found with content_start None if no content, subject)."""
    if deictic_subject(view, i, strip):  # «وهذا يؤكد أن», «ويشير ذلك إلى أن»: no one speaks
        return None
    head = past_source_aside(view, view.skip_adjuncts(i + 1, limit), limit)
    head = outlet_addressee(view, head, limit)  # «وقال لـ"الأيام" وزير …», «لوكالة رويترز»
    head = past_speech_adjunct(view, head, limit)  # «وقال في تصريحات نقلتها وكالة X إن»
    subj: Subject | None = view.subject_after(head, limit)
    if subj is not None and plural_form(view.w(i)[strip:], cue):
        # «وأبدوا رفضهم …»: a verb before its subject is singular, so this noun is an object
        # and the plural pronoun a group, nobody (not the last single speaker)
        subj = Subject(None, head - 1, True, -1)
    if subj is not None and addressee(view, head):
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
        kana = kana_subject(view, i)
        if kana is not None and (before is None or kana.first < before.first):
            before = kana
    before = unnamed_with_nisba(view, before)  # «اكتفى مصدر دبلوماسي فرنسي بالقول»
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
    named = subj is not None and subj.resolved and subj.actor and not addressee(view, head)
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
    after = definite_tail(view, cue, subj, after)  # «وشددت الدول الأعضاء على …»
    if view.w(after) in COMMAS and view.lex.complementizer(view.w(after + 1)):
        after += 1  # «وبيّن X في حديث لـ"المدى"، أن …»: the comma closing an adjunct
    placed = None  # «أعلنت الوزارة في غزة ارتفاع …»: a place, then the announced object
    if "o" in cue.comps and view.w(after) in ("في", "من") and (after + 1) in view.mi.by_start:
        placed = object_start(view, after, limit)
    if "p" in cue.comps and view.w(after) == "في":  # «مصدر أمني في (محافظة) ديالى بمقتل …»
        k = next((k for k in (after + 1, after + 2) if k in view.mi.by_start), None)
        end = view.mi.span[id(view.mi.by_start[k])][1] + 1 if k is not None else after
        after = end if view.w(end)[:1] == "ب" and not view.is_marker(end) else after
    after = past_modifier(view, cue, after, limit) if after > head else after  # «بيانه الأخير»
    w = view.w(after)
    bnoun = "p" in cue.comps and w[:1] == "ب" and len(w) > 3 and not view.is_marker(after)
    own_prep = any(  # «حذّرت X من خطورة …، معتبرة»: the complement's own preposition, no adjunct
        c in cue.comps and view.lex.has(role, w)
        for c, role in (("m", "min"), ("n", "an_noun"), ("l", "ala"), ("i", "ila"))
    )
    timed_pp = view.is_prep(after) and after + 1 < limit and view.timed[after + 1]  # في أوت 2021
    keep = bnoun or own_prep or timed_pp or own_prep_ahead(view, cue, after, limit)
    after = view.skip_comma_pp(after, limit) if placed is None and not keep else after
    after = placed[1] if placed is not None else after
    after = document_relative(view, after, limit)  # «في بيان أصدرته …، أن»
    after = past_occasion(view, after, limit)  # «لدى استقباله نظيره التركي أن»
    resolved = subj is None or subj.resolved  # an unresolved subject's length is unknown
    if subj is not None and view.lex.has("title_link", view.w(subj.last)):
        resolved = False  # «المتحدث باسم [الدفاع المدني في غزة X] أن»: its genitive runs on
    if bnoun:  # «نوّه بالدور الذي …»: the noun complement of بـ
        m = ("start", after)
    else:
        m = marker(view, cue, after, limit, cfg, first_only="I" in cue.flags)
    if m and m[0] == "quote" and "O" in cue.flags and quoted_object(view, m[1]):
        m = quoted_charge(view, view.quote_close[m[1]] + 1, limit)  # «اتهم X "…" بالسعي»
    ends = after >= limit or not view.toks[after].word  # nothing after the subject (and time)
    said = as_said(view, i) if m is None and ends and subj and subj.resolved else None
    m = ("start", said[0]) if said else m  # «…، كما قال X»: the clause before it
    if m and "o" in cue.comps and m[0] == "start" and not view.is_prep(after) and resolved:
        if m[1] - after > cfg.object_window + 1 and not clause_opener(view, after, m[1]):
            m = None  # an object, not «، في بيان نشرته …، أن» or «لنظيره الروسي X أن»
    if m is None and "o" in cue.comps and not view.relative_object(i, strip):
        m = object_start(view, after, limit)
        if m and "J" not in cue.flags and event_object(view, m[1], limit):
            m = None  # «تعلن X مناورات بحرية»: an act announced, no content
    elif "o" in cue.comps and resolved and subj is not None and not keep:
        m = object_before_quote(view, after, m)  # «أكد X دعم بلاده "لكل خطوة …"»
    if "E" in cue.flags and m and m[0] == "start" and indefinite_act(view, m[1], limit):
        m = None  # «أبدى X اهتماماً بـ…», «أعلن X عن خطة لـ…»: an act shown, no content
    judge = subj is not None and subj.resolved and subj.actor and "J" in cue.flags
    q = after + (view.w(after) == "ب")  # «وصفته X بـ"…"»
    if m is None and judge and q in view.quote_close and view.relative_object(i, strip):
        m = ("quote", q)  # «الاتفاق الذي اعتبره X "خطوة تاريخية"»: X's verdict, any length
    direct_after = subj is not None and after == subj.last + 1  # no adjunct in between
    quoted_first = view.preceding_quote(i, cfg.min_quote_words)  # «"…"، يقول X Y، …»
    if m is None and "b" in cue.comps and subj and subj.resolved and direct_after:
        w = view.w(after)
        bare = not (view.is_prep(after) or view.is_cue_word(after) or view.lex.has("relative", w))
        bare = bare and quoted_first is None  # not the rest of an unknown name after the quote
        if after < limit and view.toks[after].word and bare and not view.lex.has("blocker", w):
            m = ("start", after)  # «وقال الوزير يستند نهجنا إلى …»
    if m is None and "q" in cue.comps:
        m = quoted_charge(view, after, limit)  # «اتهم X الجزائر بـ"السعي إلى إذلال فرنسا"»
    if m is None and not ("I" in cue.flags and not (subj and subj.actor)):
        m = view.preceding_quote(i, cfg.min_quote_words)  # not «"…" بين الأطراف» (between)
    if m is None and subj is not None and subj.resolved and subj.actor and subj.last < i:
        m = opening_quote(view, subj.first, cfg)  # «"…".. الصفدي يحذر إسرائيل»
    unresolved = subj is not None and not subj.resolved and not source_noun(view, subj.first)
    headed = m and m[0] == "start" and not clause_content(view, m)  # not «X بأنه …»
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
        and not clause_content(view, m)
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
    if "A" in cue.flags and not clause_content(view, m):
        return None  # «ذهب X إلى أن …» reports, «ذهب X إلى موسكو» does not
    if subj is not None and same_source(view, subj.first):
        subj = None  # «وأورد المصدر ذاته أن …»: the source cited before goes on
    subj = name_part(view, placed_holder(view, subj))  # «وأضاف X أن»; «والي PLACE X»
    f = make(view, i, strip, cue, m, subj, "verb")
    f.content_end = said[1] if said else f.content_end
    f.quote = split_quote(view, i, m, cfg) or f.quote
    if (
        view.lex.has("relative", view.w(i - 1))
        and m
        and m[0] == "start"
        and m[1] + 1 in view.quote_close
    ):
        # «القرار الذي وصفته X بأنه "…" جدلاً»: the relative clause ends with the quotation
        f.content_end = view.quote_close[m[1] + 1]
    return f, subj
