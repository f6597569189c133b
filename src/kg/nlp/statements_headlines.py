"""Headline attributions for kg_statements: «X: …», «X لـ"outlet": …», «X لY: …», «مصدر …: …».

``headlines(view) -> list[Found]``: short lines whose text before a colon is an actor mention
(after a kicker «بالفيديو..»/«عاجل |»), an unnamed source, or a title alone that the body names;
a bare country name or a place before the colon only labels the topic («الصومال: تصاعد …»).
A title written as a construct in the headline matches the body's title with a nisba
(«وزير خارجية بنغلاديش» ~ «وزير الخارجية البنغلاديشي»).
``answers(view, found) -> list[Found]``: an interview's answer lines («ج: …» after «س: …», or a
dash line after a dash line ending with «؟»; markers in the lexicon) are direct statements of
the person who spoke last before the first question.
"""

from __future__ import annotations

from kg.nlp import statements_headroles as hr
from kg.nlp.statements_attrib import Found, source_noun
from kg.nlp.statements_headnames import body_name, loose_title, titled_name
from kg.nlp.statements_headparts import (
    clipped_title,
    dateline,
    head_word,
    interviewee,
    introduced_question,
    last_person_speaker,
    officials,
    visit_place,
)
from kg.nlp.statements_interview import plain_answers
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_speaker import DocView
from kg.text.normalize import normalize_key


def headlines(view: DocView) -> list[Found]:
    """Short lines «X: …» where X is an actor mention -> headline statements."""
    out: list[Found] = []
    for k, tok in enumerate(view.toks):
        if tok.norm != ":" or view.sent_of[k] < 0:
            continue
        line_start = view.text.rfind("\n", 0, tok.start) + 1
        j = next(t.i for t in view.toks[: k + 1] if t.start >= line_start)
        line_end = view.text.find("\n", tok.end)
        line_end = len(view.text) if line_end < 0 else line_end
        if not view.text[tok.end : line_end].strip():
            continue  # «عدن - المصدر أونلاين:» then a date line: a date line, no headline
        n_words = sum(1 for t in view.toks[j : j + 40] if t.start < line_end and t.word)
        j = hr.segment_start(view, j, k)  # «بالفيديو.. X: …», «… .. و"X": …»: the last segment
        stop = hr.outlet_stop(view, k)  # «X لـ"العربية": …», «X لـ(Y): …»: the outlet spoken to
        if view.quote_close.get(j) == stop - 1 and stop - j <= _QUOTED_SPEAKER:
            j, stop = j + 1, stop - 1  # «"اليونيفيل": …», «"حماس" لـ"الجزيرة": …»: a quoted name
        stop = hr.counterpart_stop(view, j, _before_addressee(view, j, stop))  # «X لبوتين: …»
        stop = _before_adjunct(view, j, stop)  # «لافروف من أنقرة: …», «X بعد لقائه Y: …»
        stop = visit_place(view, j, stop, k, line_end)  # «X في روما: الهجرة أولوية»
        if stop - j > 6 or n_words > 30 or stop <= j:
            continue
        if j in view.mi.by_start:
            subj = view.subject_after(j, stop)
            if subj is None or not subj.resolved or subj.last != stop - 1:
                continue
            if _topic_label(view, j, k, line_end):
                continue
            actor = subj.actor
            if actor is None and view.mi.by_start[j].type == "Person":
                found = _titled_person(view, j, stop) or titled_name(view, j, stop, line_end)
                actor = found[0] if found else None
        elif source_noun(view, j) and stop - j <= 4:  # also «مسؤول أمريكي لـ"X": …»
            actor = None  # «مصدر رفيع المستوى: …»: an unnamed source
        elif (j + 1) in view.mi.by_start and view.w(j).removeprefix("ال") in view.lex.title_heads:
            subj = view.subject_after(j, stop)  # «الملك عبدالله الثاني: …»: a title word
            if subj is None or not subj.actor or subj.last != stop - 1:  # the name left out
                continue
            actor = subj.actor
        else:
            found = _titled_person(view, j, stop) or _short_name(view, j, stop)
            found = found or clipped_title(view, j, stop)  # «رئيس «إسكان النواب»: …»
            found = found or officials(view, j, stop) or head_word(view, j, stop)
            found = found or body_name(view, j, stop, line_end) or loose_title(view, j, stop)
            found = found or hr.group_speaker(view, j, stop) or hr.role_holder(view, j, stop, k)
            if not found:
                continue
            actor = found[0]
        if _outlet_only(view, k, line_end) or dateline(view, j, k, line_end):
            continue  # «مانيلا - بكين: «الشرق الأوسط»»: a date line naming its outlet
        cue = Cue(":", "headline", frozenset("c"))
        close = view.quote_close.get(k + 1)
        whole = close is not None and view.toks[close].end >= line_end - 1  # «X: "…"» only
        quote = (k + 1, close) if whole else None
        start = -1 if quote else k + 1
        hr.close_previous(out, view, j, k)  # «X: … و"Y": …»: X's content ends before «و»
        out.append(Found(k, tok.start, cue, start, quote, actor, "headline", False))
    return out


_QUOTED_SPEAKER = 6  # tokens of a quoted speaker's name before a headline colon, quotes included

#: prepositions of an adjunct between a headline's speaker and its colon (not «في»: «ترامب في
#: الخليج: …» labels a topic; only before a speech noun: «X في حديث لـ"Y": …»), normalised
_HEADLINE_ADJUNCTS = frozenset({"من", "خلال", "بعد", "عقب", "امام", "لدي", "قبيل", "اثر"})
_MAX_ADJUNCT = 6  # words of that adjunct


def _before_adjunct(view: DocView, j: int, stop: int) -> int:
    """«لافروف من أنقرة:», «بوتين خلال لقائه أردوغان:»: the speaker ends before an adjunct that
    runs to the colon at ``stop`` -> the adjunct's first token; else ``stop``."""
    for p in range(j + 1, min(stop, j + 7)):
        spoken = view.w(p) == "في" and view.lex.has("speech_noun", view.w(p + 1))  # في حديث لـ
        if (view.w(p) in _HEADLINE_ADJUNCTS or spoken) and 0 < stop - p <= _MAX_ADJUNCT:
            quoted = {t for t in range(p, stop) if t in view.quote_open or t in view.quote_close}
            other = [t for t in range(j, stop) if not (spoken and t in quoted)]  # «مع "RT"»
            if any(view.is_cue_word(t) or not view.toks[t].word for t in other):
                return stop
            return p
    return stop


def _before_addressee(view: DocView, j: int, stop: int) -> int:
    """«أردوغان لبوتين: …», «الرئيس لوزير الخارجية الأمريكي: …»: a ل-prefixed actor mention
    (the person, state or body spoken to) that runs to the colon at ``stop`` -> its token; else
    ``stop``."""
    end = view.toks[stop - 1].end if stop > j else -1
    for p in range(j + 1, stop):
        t = view.toks[p]
        if not t.word or not t.norm.startswith("ل") or len(t.norm) < 3:
            continue
        if any(m.start == t.start + 1 and m.end == end and m.actor for m in view.mi.all):
            return p
    return stop


def _outlet_only(view: DocView, k: int, line_end: int) -> bool:
    """Is all that follows the colon at token ``k`` (to the line end) one name (an outlet
    «الشرق الأوسط» may read as the region)? A name alone is no proposition."""
    words = [t for t in view.toks[k + 1 :] if t.start < line_end and t.word]
    if not words:
        return False
    s, e = words[0].start, words[-1].end
    return any(m.type != "Person" and m.start <= s and e <= m.end for m in view.mi.inside(s, e))


def _topic_label(view: DocView, j: int, k: int, line_end: int) -> bool:
    """«الصومال: تصاعد الخلاف …», «غزة: …»: a bare country name (not a capital, not «الحكومة
    X») or a place before a headline colon labels the topic unless what follows is quoted or in
    the first person (a quotation after a later cue or colon of the line is not its own)."""
    m = view.mi.by_start[j]
    country = m.type == "Country" and m.kind == "name" and not view.lex.has("state_body", view.w(j))
    if not (country or m.type == "Place"):  # «غزة: الاحتلال يواصل …»: a place never speaks
        return False
    end = max((t.i for t in view.toks[k + 1 :] if t.start < line_end), default=k)
    # a quotation only counts before any cue: «ليبيا: اشتباكات … وتيتيه تحذر من "…"» is a topic
    quoted = next((t for t in range(k + 1, end + 1) if t in view.quote_close), None)
    # nor after a second attribution «… .. والمحافظ: "…"» (its own colon)
    cued = [t for t in range(k + 1, quoted or k) if view.is_cue_word(t) or view.w(t) == ":"]
    if cued:
        end, quoted = min(end, cued[0]), None
    if end <= k or quoted is not None:
        return False
    return not view.first_person(k + 1, end)


def _titled_person(view: DocView, j: int, k: int) -> tuple[str] | None:
    """«وزيرة الشؤون الاجتماعية: …»: a headline title alone -> (actor,) of the person whose
    title mention in the body starts with the same words, or None."""
    if not 0 < k - j <= 4:
        return None
    words = [view.w(t) for t in range(j, k)]
    if not all(view.toks[t].word for t in range(j, k)):
        return None
    for m in view.mi.all:
        if m.type != "Person" or m.kind != "title" or not m.actor:
            continue
        span = view.mi.span.get(id(m))
        if span is None:  # a mention no token run covers
            continue
        a, b = span
        while a < b and view.w(a) in _HONORIFIC_NOUNS:
            a += 1  # «سمو رئيس مجلس الوزراء»
        full = [view.w(t) for t in range(a, b + 1)]
        for body in (full, [w for w in full if w != _COUNCIL]):  # «رئيس [مجلس] الوزراء»
            body = body[: len(words)]
            same = len(body) == len(words) and body[:1] == words[:1]  # the head word exactly
            if a > k and same and all(map(_same_word, words[1:], body[1:])):
                return (m.actor,)
    return None


_COUNCIL = normalize_key("مجلس")
#: honorific nouns that may open a title mention in the body (normalised)
_HONORIFIC_NOUNS = frozenset(normalize_key(w) for w in "سمو معالي فخامة سعادة دولة".split())


def _short_name(view: DocView, j: int, k: int) -> tuple[str] | None:
    """«الوطنية للانتخابات: …»: a headline's 2-4 words before the colon that end the name of an
    organisation the body mentions («الهيئة الوطنية للانتخابات») -> (its actor,), else None."""
    if not 2 <= k - j <= 4 or not all(view.toks[t].word for t in range(j, k)):
        return None
    words = [view.w(t) for t in range(j, k)]
    end = view.toks[k].end
    for m in view.mi.all:
        if m.type != "Organization" or not m.actor or m.start <= end:
            continue
        body = [normalize_key(w) for w in m.text.split()]
        if len(body) > len(words) and body[-len(words) :] == words:
            return (m.actor,)
    return None


def _same_word(head: str, body: str) -> bool:
    """A headline title word vs the body's: equal without the article, or a country name and
    its nisba adjective («بنغلاديش» ~ «البنغلاديشي», «سوريا» ~ «السوري»)."""
    h, b = head.removeprefix("ال"), body.removeprefix("ال")
    return h == b or b == h + "ي" or (len(h) > 3 and h[-1] in "اه" and b == h[:-1] + "ي")


def answers(view: DocView, found: list[Found]) -> list[Found]:
    """«س: …؟» / «ج: …» lines of an interview -> a direct statement per answer line, spoken by
    the speaker of the last statement with a speaker before the first question (None if none)."""
    out: list[Found] = []
    asked = None  # first question token
    for k, tok in enumerate(view.toks):
        if tok.norm != ":" or view.sent_of[k] < 0 or k == 0:
            continue
        line_start = view.text.rfind("\n", 0, tok.start) + 1
        if view.toks[k - 1].start != line_start:  # the mark opens its line
            continue
        mark = view.w(k - 1)
        if view.lex.has("question_mark", mark):
            asked = k if asked is None else asked
            continue
        if asked is None or not view.lex.has("answer_mark", mark):
            continue
        line_end = view.text.find("\n", tok.end)
        line_end = len(view.text) if line_end < 0 else line_end
        last = max((t.i for t in view.toks[k + 1 :] if t.end <= line_end), default=k)
        while last > k and not view.toks[last].word:
            last -= 1
        if last <= k:
            continue
        before = [f.speaker for f in found if f.cue_tok < asked and f.speaker is not None]
        cue = Cue(mark, "headline", frozenset("c"))
        who = interviewee(view, asked - 1)
        speaker = who[0] if who else last_person_speaker(view, before)
        out.append(
            Found(k - 1, view.toks[k - 1].start, cue, k + 1, None, speaker, "headline", True, last)
        )
    return out + _dash_answers(view, found) + plain_answers(view, found)


def _line_end_token(view: DocView, k: int) -> tuple[int, bool]:
    """Token ``k`` -> (last word token of its line, does the line end with «؟»)."""
    line_end = view.text.find("\n", view.toks[k].end)
    line_end = len(view.text) if line_end < 0 else line_end
    last = max((t.i for t in view.toks[k + 1 :] if t.end <= line_end), default=k)
    asks = view.text[view.toks[k].start : line_end].rstrip().endswith("؟")
    while last > k and not view.toks[last].word:
        last -= 1
    return last, asks


def _dash_answers(view: DocView, found: list[Found]) -> list[Found]:
    """«- كم عدد …؟» / «- لدينا …» (questions may open with a bullet: «* هل …؟»): in dash-marked
    interview lines, the line after a question line is an answer of the interviewee."""
    out: list[Found] = []
    asked = None
    question = False
    for k, tok in enumerate(view.toks):
        bullet = tok.norm in _QUESTION_BULLETS  # «* هل …؟» / «- نعم …»
        if not (bullet or view.lex.has("answer_mark", tok.norm)) or k + 1 >= len(view.toks):
            continue
        if view.sent_of[k + 1] < 0:  # boilerplate (the dash itself is outside any sentence)
            continue
        if tok.start != view.text.rfind("\n", 0, tok.start) + 1 or tok.word:
            continue  # a dash that opens its line
        last, asks = _line_end_token(view, k)
        if asks:
            asked, question = asked if asked is not None else k, True
            continue
        if bullet:  # a bulleted line that asks nothing is no answer either
            question = False
            continue
        if not question and last > k:  # «…:» / «هل …؟» / «- …»: a plain question line
            opened = introduced_question(view, tok.start)
            if opened is not None:
                asked, question = asked if asked is not None else opened, True
        if question and last > k:
            before = [f.speaker for f in found if f.cue_tok < asked and f.speaker is not None]
            cue = Cue(tok.norm, "headline", frozenset("c"))
            who = interviewee(view, asked)
            speaker = who[0] if who else last_person_speaker(view, before)
            out.append(Found(k, tok.start, cue, k + 1, None, speaker, "headline", True, last))
        question = False
    return out


#: marks that open an interview's question lines when the answers open with a dash
_QUESTION_BULLETS = frozenset({"*", "•", "■", "▪"})
