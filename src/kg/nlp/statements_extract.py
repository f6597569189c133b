"""Rule-based statement extraction over a :class:`DocView`: cue -> speaker -> content.

``extract(view, cfg) -> list[Statement]`` finds reporting verbs, participial continuations,
channel attributions (نقلت … عن X قوله), headline attributions (X: …), source attributions
(بحسب/وفق X) and standalone quotations. Offsets are into the original text.
"""

from __future__ import annotations

from kg.nlp.records import Statement
from kg.nlp.statements_attrib import (
    Config,
    Found,
    came_in,
    headlines,
    issuer_before,
    passive,
    quotes,
    source,
    source_noun,
    verbless_subject,
)
from kg.nlp.statements_finish import finish
from kg.nlp.statements_forms import channel, has_word, make, object_start, participle, quoted_charge
from kg.nlp.statements_lexicon import VERB_CLITICS, Cue
from kg.nlp.statements_markers import marker
from kg.nlp.statements_speaker import DocView, Subject
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
        if cue is not None:
            return cue, strip
    return None


def extract(view: DocView, cfg: Config) -> list[Statement]:
    """All statements of the document, in text order."""
    found: list[Found] = []
    found += headlines(view)
    last_speaker: str | None = None
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
        if hit is not None and _source_word(view, tok.norm):  # «، نقلاً عن X»: not «نقلا»
            f = source(view, i)
            if f:
                found.append(f)
                last_speaker, last_sent = f.speaker, si
                continue
        if hit is None:
            if tok.norm in view.lex.source_first or (
                tok.norm[:1] == "و" and tok.norm[1:] in view.lex.source_first
            ):
                f = source(view, i)
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
        if view.lex.has("blocker", prev) or prev[:1] in "وف" and view.lex.has("blocker", prev[1:]):
            continue  # «لم يؤكد», «ولم يؤكد»
        cue, strip = hit
        if cue.kind == "participle" and view.w(i - 1) in COMMAS:
            stops.append(i)  # «، داعياً …»: ends a content, statement or not
        elif strip > 0 and view.w(i - 1) in COMMAS:
            clause_stops.append(i)  # «، ودعا إلى …»: ends the content of a verb's complement
        limit = min(len(view.toks), i + 1 + cfg.max_gap)
        limit = next((k for k in range(i + 1, limit) if view.sent_of[k] != si), limit)
        if cue.kind == "participle":
            res = participle(view, i, strip, cue, limit, cfg, cues_in_sentence.get(si))
            went_on = view.w(i - 1).removeprefix("و")  # «ومضى قائلاً»: the last speaker goes on
            honored = any(  # «وطالب سيادته X بـ…، مشدداً»: not X
                view.lex.has("honorific", view.w(k)) for k in range(view.sent_bounds[si][0], i)
            )
            if res and (res[0].speaker is None and view.lex.has("went_on", went_on) or honored):
                if si - last_sent <= cfg.continuation_sentences:
                    res[0].speaker = last_speaker
        else:
            res = _verb(view, i, strip, cue, limit, cfg)
        if res is None:
            continue
        f, subj = res
        impersonal = view.lex.has("impersonal", view.w(i)[strip:])  # «يُذكر أن»: no report
        if "P" in cue.flags or passive(view, i, strip) and not impersonal:  # «قيل», «أُعلن»
            f.speaker, subj = None, Subject(None, i, True)
        if subj is None:  # no explicit subject: inherit
            earlier = cues_in_sentence.get(si)
            if earlier:
                f.speaker = earlier[-1]
            elif "S" in cue.flags or view.lex.has("impersonal", view.w(i)[strip:]):
                continue
            elif view.clause_initial(i) or _after_opening_quote(view, i, cfg):
                # «تعهد X بـ…، وقال إن …»: a second clause of a sentence whose opening clause
                # has an actor subject continues that subject
                # («X يستقبل Y ويؤكد …»: a verb joined by و inside the sentence, too)
                inner = (view.w(i - 1) in COMMAS or strip > 0) and view.sent_bounds[si][0] < i - 1
                opening = view.sentence_subject(i) if inner else None
                if opening is not None and opening.actor:
                    f.speaker = opening.actor
                elif si - last_sent <= cfg.continuation_sentences:
                    narrated = _narrated_person(view, si, last_sent, view.w(i)[strip:])
                    f.speaker = narrated or last_speaker
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
            continue
        outer = _nested(found, f, si, view)
        if outer is not None:  # «قال X إن واشنطن تأمل أن …»: X stays the topic
            if "N" not in cue.flags and outer.kind != "verbless":
                found.append(f)  # «وفقاً للبيان، رحب القادة …، وجددوا …»: all one content
            continue
        found.append(f)
        cues_in_sentence.setdefault(si, []).append(f.speaker)
        last_speaker, last_sent = f.speaker, si
    found += quotes(view, found, cfg)
    stops += [f.cue_tok for f in found if f.boundary]
    return finish(view, found, sorted(set(stops)), sorted(set(clause_stops)))


def _narrated_person(view: DocView, si: int, last_sent: int, verb: str) -> str | None:
    """«وكان X قد استقبل Y. وقال إن …»: after a sentence that reported nobody, a subject-less
    «قال» is the person that sentence opened with (not a «وأضاف», which goes on)."""
    if last_sent >= si - 1 or view.lex.has("went_on", verb):
        return None
    return view.opening_person(si - 1)


def _source_word(view: DocView, w: str) -> bool:
    return w in view.lex.source_first or w[:1] == "و" and w[1:] in view.lex.source_first


def _nested(earlier: list[Found], f: Found, si: int, view: DocView) -> Found | None:
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


def _verb(view: DocView, i: int, strip: int, cue: Cue, limit: int, cfg: Config):
    """A verb cue at token ``i`` -> (Found with content_start None if no content, subject)."""
    head = view.skip_adjuncts(i + 1, limit)
    subj: Subject | None = view.subject_after(head, limit)
    if view.lex.has("honorific", view.w(i + 1)):
        subj = None  # «وطالب سيادته المجتمع الدولي …»: the honorific is the subject
    if cue.kind == "channel":
        return channel(view, i, strip, cue, subj, limit, cfg)
    before = view.subject_before(i)
    if before is not None and strip and not view.opens_clause(before.first):
        before = None  # «X يستقبل Y ويؤكد …»: Y is the object of the verb before, not a subject
    # «نبيه بري، الذي شدد أمامه على أن», «الجزائر قد أعلنت قطع علاقاتها»: not «أمامه», «قطع»
    unresolved = subj is not None and not subj.resolved
    after_qad = view.w(i - 1) == "قد"  # «وكان X قد طالب Y …»: X is the subject, not Y
    if after_qad and before is None:  # «وكان أمير الكويت الشيخ X Y Z قد أعلن حل …»
        before = _kana_subject(view, i)
    if before is not None and (
        subj is None or view.opens_clause(before.first) or unresolved or after_qad
    ):
        subj = before  # «أن بوتين أبلغ ماكرون بأن …»: the clause opens with its subject
    # «لكنه رأى أن»: the pronoun is the subject; «وأدانت X …، ووصفتها بأنها»: a coordinated clause
    continued = view.lex.has("pronoun_subject", view.w(i - 1)) or (
        strip > 0 and view.w(i - 1) in COMMAS
    )
    if "S" in cue.flags and subj is None and not continued:
        return None
    after = view.skip_adjuncts(subj.last + 1, limit) if subj and subj.last >= head else head
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
    resolved = subj is None or subj.resolved  # an unresolved subject's length is unknown
    if bnoun:  # «نوّه بالدور الذي …»: the noun complement of بـ
        m = ("start", after)
    else:
        m = marker(view, cue, after, limit, cfg, first_only="I" in cue.flags)
    if m and "o" in cue.comps and m[0] == "start" and not view.is_prep(after) and resolved:
        if m[1] - after > cfg.object_window + 1 and not _clause_opener(view, after, m[1]):
            m = None  # an object, not «، في بيان نشرته …، أن» or «لنظيره الروسي X أن»
    if m is None and "o" in cue.comps:
        m = object_start(view, after, limit)
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
    unresolved = subj is not None and not subj.resolved and not source_noun(view, subj.first)
    if m and m[0] == "start" and unresolved and "o" in cue.comps and m[1] <= subj.last + 1:
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
    if cue.requires and not has_word(view, m, limit, cue.requires):
        return None
    f = make(view, i, strip, cue, m, subj, "verb")
    f.quote = _split_quote(view, i, m, cfg) or f.quote
    return f, subj


def _clause_opener(view: DocView, after: int, start: int) -> bool:
    """Is the content starting at token ``start`` a أن/إن clause that follows a comma
    («، في بيان نشرته على موقعها، أن …») or an addressee («لنظيره الروسي سيرغي لافروف أن …»)?"""
    k = start - 1 if view.lex.complementizer(view.w(start - 1)) else start
    if not view.lex.complementizer(view.w(k)):
        return False
    return view.w(k - 1) in COMMAS or view.mention_run(after, k)


def _clause_content(view: DocView, m) -> bool:
    """Is the content marker ``m`` a أن/إن clause (or a colon)?"""
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
            return s if s is not None and s.resolved and s.actor else None
    return None


def _after_opening_quote(view: DocView, i: int, cfg: Config) -> bool:
    """«"…"، قال.»: the verb follows a clause-initial quotation (it continues the last speaker)."""
    q = view.preceding_quote(i, cfg.min_quote_words)
    return q is not None and view.clause_initial(q[1])


def _split_quote(view: DocView, i: int, m, cfg: Config) -> tuple[int, int] | None:
    """«"A"، قال X، "B"»: one quotation split by its attribution -> (open of A, close of B)."""
    if not m or m[0] != "quote" or view.w(m[1] - 1) not in COMMAS:
        return None
    before = view.preceding_quote(i, cfg.min_quote_words)
    return (before[1], view.quote_close[m[1]]) if before else None
