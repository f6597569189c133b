"""Last step of statement extraction: content ends, bylines, trailing sources -> Statements.

``finish(view, found, stops) -> list[Statement]``: sorts the found cues, drops a trailing
«، بحسب X» whose content another statement already covers, ends each content at the sentence
end, the closing quotation or the next boundary cue (``stops``), trims trailing punctuation,
computes ``direct`` and ``about``; a byline («كتب: NAME»), a publication stamp («نشر في: DATE»)
or a content that is only a name is not a statement.
"""

from __future__ import annotations

from kg.nlp.records import Statement
from kg.nlp.statements_attrib import Found
from kg.nlp.statements_speaker import DocView

_TRAIL = frozenset({".", "،", ",", ":", "-", ";", "؛", "(", "…"})


def _byline(view: DocView, f: Found, s: int, e: int) -> bool:
    """«كتب: NAME» at the end of a line: a verb of writing (lexicon role byline_verb), a colon
    and at most three words («الصفدي يحذر: التهجير خط أحمر» is a headline statement)."""
    if f.kind != "verb" or f.quote or f.content_start is None:
        return False
    if not view.lex.has("byline_verb", f.cue.lemma):
        return False
    if view.w(f.content_start - 1) != ":" or len(view.text[s:e].split()) > 3:
        return False
    return view.text[e : e + 1] in ("\n", "\r", "")


def _stamp(view: DocView, f: Found, s: int, e: int) -> bool:
    """«نشر في: 12 مايو 2025 - 10:15»: a verb opening its line, a colon, then a date or time
    to the line's end: the page's publication stamp, not a statement."""
    if f.kind != "verb" or f.quote or f.content_start is None:
        return False
    k = f.content_start
    if view.w(k - 1) != ":" or not (view.timed[k] or view.w(k)[:1].isdigit()):
        return False
    line_start = view.text.rfind("\n", 0, f.cue_start) + 1
    opens = not view.text[line_start : f.cue_start].strip()
    return opens and view.text[e : e + 1] in ("\n", "\r", "")


def _only_a_name(view: DocView, s: int, e: int) -> bool:
    """Is the content ``[s, e)`` nothing but a person's name?"""
    return any(
        m.type == "Person" and m.kind == "name" and m.start <= s and e <= m.end
        for m in view.mi.inside(s, e)
    )


def _covers(view: DocView, f: Found, t: Found) -> bool:
    """Does the content of ``f`` overlap the (fixed) content of the trailing statement ``t``?"""
    a, b = f.quote if f.quote else (f.content_start, view.content_end(f.content_start))
    return a <= t.content_end and t.content_start <= b


def finish(
    view: DocView, found: list[Found], stops: list[int], clause_stops: list[int] = ()
) -> list[Statement]:
    """Fix content ends (sentence end, next boundary cue, closing quote) -> Statements.

    ``clause_stops`` («، ودعا …») end only the contents of verb and participle cues: inside a
    «بحسب/وفقاً لـ X» content a coordinated verb is part of the reported proposition."""
    found.sort(key=lambda f: f.cue_tok)
    trailing = [f for f in found if f.content_end is not None]
    if trailing:  # a trailing «، بحسب X» over another statement's content adds nothing
        others = [f for f in found if f.content_end is None]
        keep = [t for t in trailing if not any(_covers(view, o, t) for o in others)]
        found = sorted(others + keep, key=lambda f: f.cue_tok)
    out: list[Statement] = []
    for f in found:
        cue_end = view.toks[f.cue_tok].end
        if f.quote:
            a, b = f.quote
            s, e = view.strip_span(view.toks[a].end, view.toks[b].start)
            direct = True
        else:
            end_tok = (
                f.content_end if f.content_end is not None else view.content_end(f.content_start)
            )
            own = stops if f.kind not in ("verb", "participle") else sorted(stops + clause_stops)
            for k in own:
                if f.content_start < k <= end_tok:
                    end_tok = k - 1
                    break
            while end_tok >= f.content_start and view.w(end_tok) in _TRAIL:
                end_tok -= 1
            if end_tok < f.content_start:
                continue
            s, e = view.content_start_offset(f.content_start), view.toks[end_tok].end
            first = view.w(f.content_start)
            if first[:1] == "ب" and view.lex.complementizer(first[1:]):
                s += 1  # «بأنها …»: the content starts at «أنها» (guideline: ب is dropped)
            direct = view.first_person(f.content_start, end_tok)
            if f.kind == "headline" and (
                view.lex.has("answer_mark", f.cue.lemma) or _after_question(view, f.cue_start)
            ):
                direct = True  # an interview's answer («ج: …», «لافروف: …» after «…؟») is verbatim
            before = view.w(f.content_start - 1)  # not after «بأنه» (a mixed content)
            pronoun = view.lex.complementizer(before) and before not in view.lex.roles.get(
                "complementizer", ()
            )
            if view.quote_close.get(f.content_start) == end_tok and not pronoun:
                # «تحذر من "حرب إقليمية"»: one short quotation is the whole content
                s, e = view.strip_span(view.toks[f.content_start].end, view.toks[end_tok].start)
                direct = True
        if e <= s or _only_a_name(view, s, e) or _byline(view, f, s, e) or _stamp(view, f, s, e):
            continue  # «كتب: أحمد عبد الحليم» is a byline, not a proposition
        about: list[str] = []
        for m in view.mi.inside(s, e):
            if m.actor and m.actor not in about:
                about.append(m.actor)
        out.append(
            Statement(
                cue=(f.cue_start, cue_end),
                cue_text=view.text[f.cue_start : cue_end],
                content=(s, e),
                direct=direct,
                speaker=f.speaker,
                about=about,
                kind=f.kind,
            )
        )
    return out


def _after_question(view, offset: int) -> bool:
    """Does the line before the one at character ``offset`` end with «؟» (an interview's
    question line «المدى: هل …؟» before a named answer line «لافروف: …»)?"""
    line_start = view.text.rfind("\n", 0, offset) + 1
    return view.text[:line_start].rstrip().endswith("؟")
