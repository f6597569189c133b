"""Rule-based statement extraction over a :class:`DocView`: cue -> speaker -> content.

``extract(view, cfg) -> list[Statement]`` finds reporting verbs, participial continuations,
channel attributions (نقلت … عن X قوله), headline attributions (X: …), source attributions
(بحسب/وفق X) and standalone quotations. Offsets are into the original text.
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.records import Statement
from kg.nlp.statements_attrib import (
    PRONOUN_SPEAKER,
    Config,
    Found,
    as_far_as,
    passive,
    source,
    source_noun,
    verbless_subject,
)
from kg.nlp.statements_documents import came_in, issuer_before
from kg.nlp.statements_finish import finish
from kg.nlp.statements_forms import (
    after_opening_adjunct,
    in_gap,
    nominal_cue,
    pronoun_quotes,
)
from kg.nlp.statements_headlines import answers, headlines
from kg.nlp.statements_lexicon import VERB_CLITICS, Cue
from kg.nlp.statements_nesting import (
    agreeing,
    claimed_quote,
    dual,
    gender,
    inner_speaker,
    nested,
    relative_reply,
    resumes_clause,
    same_content,
    told_before,
    unnamed_opening,
    verdict,
)
from kg.nlp.statements_participle import participle
from kg.nlp.statements_quotes import quotes
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_verb import verb
from kg.nlp.statements_verb_parts import after_opening_quote
from kg.nlp.statements_view import COMMAS


def _cue_at(view: DocView, i: int) -> tuple[Cue, int] | None:
    """Token ``i`` -> (its cue entry, number of clitic letters before the cue word)."""
    w = view.w(i)
    tok = view.toks[i]
    geminate = "\u0651" in view.text[tok.start : tok.end]  # «وردّ», «وحثّ»: a doubled root
    for strip in (0, 1):
        if strip and (w[:1] not in VERB_CLITICS or len(w) < 4 and not geminate):
            break
        form = w[strip:]
        cue = view.lex.verbs.get(form) or view.lex.participles.get(form)
        if cue is not None and geminate and "I" in cue.flags:
            cue = replace(cue, flags=cue.flags - {"I"})  # «وبيّن»: the verb, not بين "between"
        if cue is not None:
            return cue, strip
    if w[:1] == "ل" and w[1:2] in ("ي", "ت") and len(w) > 4:  # «عاد X ليؤكد أن»: purpose ل
        cue = view.lex.verbs.get(w[1:])
        if cue is not None and cue.kind == "verb":  # only with a أن/إن clause or a colon
            return replace(cue, flags=cue.flags | {"A"}), 1
    return None


def _in_name(view: DocView, i: int) -> bool:
    """Is token ``i`` a word of a longer person's name mention («راي باول»: «راي» is spelt
    like «رأى»)?"""
    tok = view.toks[i]
    return any(
        m.type == "Person"
        and m.kind == "name"
        and m.start <= tok.start
        and tok.end <= m.end
        and m.end - m.start > tok.end - tok.start
        for m in view.mi.all
    )


def extract(view: DocView, cfg: Config) -> list[Statement]:
    """All statements of the document, in text order."""
    found: list[Found] = []
    found += headlines(view)
    last_speaker: str | None = None
    seen: list[tuple[str | None, str | None, int]] = []  # (speaker, verb gender, sentence)
    last_sent = -10
    cues_in_sentence: dict[int, list[str | None]] = {}
    stops: list[int] = []  # «، داعياً …» ends a content even when it yields no statement
    clause_stops: list[int] = []  # «، ودعا …» ends the content of a verb, not of a «بحسب X»
    skip_until = 0
    for tok in view.toks:
        i = tok.i
        si = view.sent_of[i]
        if si < 0 or not tok.word or view.in_quote[i] or i < skip_until:
            continue
        phrase = view.adjunct_at(i)
        if len(phrase) > 1:  # «طلب عدم نشر اسمه»: a cue word inside an adjunct is no cue
            skip_until = i + len(phrase)
            continue
        came = came_in(view, i)
        if came is not None:  # «وجاء في البيان أن …»
            f, inherit = came
            if inherit:
                f.speaker = issuer_before(view, si) or (
                    last_speaker if si - last_sent <= cfg.continuation_sentences else None
                )
            found.append(f)
            cues_in_sentence.setdefault(si, []).append(f.speaker)
            last_speaker, last_sent = f.speaker, si
            continue
        hit = _cue_at(view, i)
        if hit is not None and _in_name(view, i):
            hit = None  # «راي باول»
        if hit is None:
            nominal = nominal_cue(view, i)  # «على التأكيد أن», «تصريح X بأن»
            if nominal is not None and not in_gap(found, view, i, si):
                hit = nominal, 0
        if hit is not None and _source_word(view, tok.norm):  # «، نقلاً عن X»: not «نقلا»
            f = source(view, i)
            if f:
                found.append(f)
                last_speaker, last_sent = f.speaker, si
                continue
        if hit is None:
            if (
                tok.norm in view.lex.source_first
                or (tok.norm[:1] == "و" and tok.norm[1:] in view.lex.source_first)
                or as_far_as(view, i)  # «…، على حد قول X»
            ):
                f = source(view, i)
                if f and f.speaker == PRONOUN_SPEAKER:  # «…، على حد تعبيره»
                    earlier = cues_in_sentence.get(si)
                    if earlier:
                        f.speaker = earlier[-1]
                    elif last_sent >= si - 1:
                        f.speaker = last_speaker
                    else:  # «وزار X كييف. وهي زيارة تاريخية، على حد تعبيره»
                        near = si - last_sent <= cfg.continuation_sentences
                        opening = view.opening_person(si) or view.opening_person(si - 1)
                        f.speaker = opening or (last_speaker if near else None)
                if f:
                    found.append(f)
                    last_speaker, last_sent = f.speaker, si
            elif i in view.mi.by_start:
                f = verbless_subject(view, i)
                if f:
                    found.append(f)
                    last_speaker, last_sent = f.speaker, si
            continue
        prev = view.w(i - 1)
        cue, strip = hit
        if cue.kind == "verb" and "a" not in cue.comps and view.lex.complementizer(view.w(i + 1)):
            continue  # «، دون أن تشير …»: «without», not «دوّن» (which never takes أن)
        if any(f.kind == "verbless" and f.cue_tok < i < f.content_start for f in found[-1:]):
            continue  # «بحسب مصدر تحدث لـ"X"، فإن …»: a relative clause of the source
        negated = view.lex.has("negator", prev)
        if "G" in cue.flags and not negated:
            continue  # «أخفى X أن»: hid, not said; «لم يخف X أن» says
        if cue.kind == "verb" and resumes_clause(view, i):
            # «…، وهو ما نفاه مصدر مقرب منه، قائلاً»: no content, but the speaker from here on
            lim = min(len(view.toks), i + 1 + cfg.max_gap)
            res = verb(view, i, strip, cue, lim, cfg)
            judged = res is not None and verdict(view, i, strip, cue, *res)
            if judged or res is not None and relative_reply(view, i, res[1]):
                who = res[0].speaker if judged else res[1].actor if res[1].resolved else None
                cues_in_sentence.setdefault(si, []).append(who)
            if judged:  # «وهو ما اعتبره X "…"»: X's judgement of what was just reported
                found.append(res[0])
                last_speaker, last_sent = who, si
            continue
        told = told_before(view, i)  # «وسبق أن أكد X», «وسبق للرئيس X أن أعلن»
        free = "V" in cue.flags or negated and view.lex.has("denial", cue.lemma)  # «لم يستبعد»
        if view.lex.has("blocker", prev) and not (told and view.lex.complementizer(prev) or free):
            continue  # «لم يؤكد»
        if prev[:1] in "وف" and view.lex.has("blocker", prev[1:]) and not free:
            continue  # «ولم يؤكد»
        if cue.kind == "participle" and view.w(i - 1) in COMMAS:
            stops.append(i)  # «، داعياً …»: ends a content, statement or not
        elif strip > 0 and view.w(i - 1) in COMMAS:
            clause_stops.append(i)  # «، ودعا إلى …»: ends the content of a verb's complement
        limit = min(len(view.toks), i + 1 + cfg.max_gap)
        limit = next((k for k in range(i + 1, limit) if view.sent_of[k] != si), limit)
        if cue.kind == "participle":
            earlier = cues_in_sentence.get(si)
            if earlier and found and inner_speaker(view, found, si, earlier[-1]):
                earlier = [*earlier, found[-1].speaker]  # «بأن الرئيس أكد "…"، مشدداً»
            res = participle(view, i, strip, cue, limit, cfg, earlier)
            went_on = view.w(i - 1).removeprefix("و")  # «ومضى قائلاً»: the last speaker goes on
            honored = any(  # «وطالب سيادته X بـ…، مشدداً»: not X
                view.lex.has("honorific", view.w(k)) for k in range(view.sent_bounds[si][0], i)
            )
            opening = view.sent_bounds[si][0] == i  # «… . مشيراً إلى أن …»: a run-on sentence
            if res and (
                res[0].speaker is None and (view.lex.has("went_on", went_on) or opening) or honored
            ):
                if si - last_sent <= cfg.continuation_sentences:
                    res[0].speaker = last_speaker
            if res and res[0].speaker is None:  # «…"، مضيفاً» after a quotation run on
                res[0].speaker = _quote_owner(view, found, i)
            if res and found and same_content(found[-1], res[0]):
                # «وتابع قائلاً: …», «وردّ X بالقول إن …»: one statement, cued by the participle
                res[0].speaker = found.pop().speaker or res[0].speaker
        else:
            res = verb(view, i, strip, cue, limit, cfg)
        if res is None:
            continue
        f, subj = res
        if f.kind == "verb" and found and found[-1].kind == "verb" and same_content(found[-1], f):
            continue  # «وقالت X، التي كانت تتحدث للصحفيين، إن …»: the outer verb's content
        if claimed_quote(view, found, f, i):
            f.content_start = None  # «أن القرار "…"، وطالبت في بيان بـ…»: not this verb's words
        impersonal = view.lex.has("impersonal", view.w(i)[strip:])  # «يُذكر أن»: no report
        told_by = f.kind == "channel" and f.speaker is not None  # «ونُقل عن X قوله»: X
        if "P" in cue.flags or passive(view, i, strip) and not impersonal and not told_by:
            f.speaker, subj = None, Subject(None, i, True)
        elif dual(view.w(i)[strip:], cue):  # «أكدا فيه أن», «وقالتا»: two speakers, nobody
            f.speaker, subj = None, Subject(None, i, True)
        if subj is None:  # no explicit subject: inherit
            earlier = cues_in_sentence.get(si)
            if earlier:
                f.speaker = earlier[-1]
            elif "S" in cue.flags or view.lex.has("impersonal", view.w(i)[strip:]):
                continue
            elif (
                view.clause_initial(i)
                or after_opening_quote(view, i, cfg)
                or after_opening_adjunct(view, i, si)
            ):
                # «تعهد X بـ…، وقال إن …»: a second clause of a sentence whose opening clause
                # has an actor subject continues that subject
                # («X يستقبل Y ويؤكد …»: a verb joined by و inside the sentence, too)
                inner = (view.w(i - 1) in COMMAS or strip > 0) and view.sent_bounds[si][0] < i - 1
                opening = view.sentence_subject(i) if inner else None
                if opening is not None and opening.actor:
                    f.speaker = opening.actor
                elif si - last_sent <= cfg.continuation_sentences:
                    narrated = _narrated_person(view, si, last_sent, view.w(i)[strip:])
                    g = gender(view.w(i)[strip:], cue)
                    f.speaker = narrated or agreeing(seen, g, si, cfg) or last_speaker
                else:  # «… X did Y. وأضاف …»: the person who opened the previous sentence
                    f.speaker = view.opening_person(si - 1)
            else:
                s = view.clause_subject(i) or view.sentence_subject(i)
                f.speaker = s.actor if s else None
        if f.content_start is None:  # «واتهم X روسيا بـ…»: no statement, but X is the topic
            explicit = subj is not None and subj.resolved and "I" not in cue.flags
            if explicit and not cues_in_sentence.get(si):  # not a clause nested in a statement
                cues_in_sentence.setdefault(si, []).append(f.speaker)
                last_speaker, last_sent = f.speaker, si
                seen.append((f.speaker, gender(view.w(i)[strip:], cue), si))
            continue
        outer = nested(found, f, si, view)
        if outer is not None:  # «قال X إن واشنطن تأمل أن …»: X stays the topic
            unnamed = subj is not None and subj.first >= 0 and not subj.resolved
            if unnamed and not source_noun(view, subj.first) or unnamed_opening(view, outer, i):
                continue  # «قال X إن التحقيقات الأولية تشير إلى "…"»: part of X's content
            if "N" not in cue.flags and outer.kind != "verbless":
                found.append(f)  # «وفقاً للبيان، رحب القادة …، وجددوا …»: all one content
            continue
        found.append(f)
        cues_in_sentence.setdefault(si, []).append(f.speaker)
        last_speaker, last_sent = f.speaker, si
        seen.append((f.speaker, gender(view.w(i)[strip:], cue), si))
    found += pronoun_quotes(view, quotes(view, found, cfg), found, cfg)
    found += answers(view, found)  # «س: …» / «ج: …»: the interviewee's direct answers
    stops += [f.cue_tok for f in found if f.boundary]
    return finish(view, found, sorted(set(stops)), sorted(set(clause_stops)))


def _narrated_person(view: DocView, si: int, last_sent: int, verb: str) -> str | None:
    """«وكان X قد استقبل Y. وقال إن …»: after a sentence that reported nobody, a subject-less
    «قال» is the person that sentence opened with (not a «وأضاف», which goes on)."""
    if last_sent >= si - 1 or view.lex.has("went_on", verb):
        return None
    return view.opening_person(si - 1)


def _quote_owner(view: DocView, found: list[Found], i: int) -> str | None:
    """«قال X: "… \n\n …"، مضيفاً أن …»: the speaker of the statement whose quotation closes
    right before the comma of the participle at ``i`` (None if none)."""
    k = i - 1
    while k > 0 and view.w(k) in COMMAS:
        k -= 1
    return next((f.speaker for f in reversed(found) if f.quote and f.quote[1] == k), None)


def _source_word(view: DocView, w: str) -> bool:
    return w in view.lex.source_first or w[:1] == "و" and w[1:] in view.lex.source_first
