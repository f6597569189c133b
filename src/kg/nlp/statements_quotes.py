"""Standalone quotations for kg_statements: clause-initial quotations no cue claimed.

``quotes(view, found, cfg) -> list[Found]``: a quotation with «، بحسب/وفق (قول) X», «، على حد
تعبير X», «، هكذا لخص X …» or «. بهذه الكلمات افتتح X …» after it speaks for X; a first-person
quotation standing alone right after a sentence with a direct quotation goes on with that
quotation's speaker; else nobody.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import _SAYING, _SOURCE_LINKS, Config, Found
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_speaker import DocView
from kg.nlp.statements_view import COMMAS


def quotes(view: DocView, found: list[Found], cfg: Config) -> list[Found]:
    """Clause-initial quotations no cue claimed -> kind 'quote' (speaker: «، بحسب X» or None)."""
    taken = {f.quote[0] for f in found if f.quote}
    taken |= {f.content_start for f in found if f.content_start is not None}  # «…: "…" وفق …»
    out: list[Found] = []
    for a, b in view.quote_close.items():
        if a in taken or view.sent_of[a] < 0 or view.in_quote[a]:
            continue
        if sum(1 for t in view.toks[a + 1 : b] if t.word) < cfg.min_quote_words + 1:
            continue
        if not (view.clause_initial(a) or view.w(a - 1) == ":"):
            continue
        k = b + 1
        while view.w(k) in COMMAS:
            k += 1
        speaker = None
        j = None
        if view.w(k) == "علي" and view.w(k + 1) == "حد":  # «"…"، على حد تعبير X»
            j = k + 2
        elif view.w(k) in view.lex.source_first or (
            view.w(k)[:1] == "و" and view.w(k)[1:] in view.lex.source_first
        ):
            j = k + 1 + (view.w(k + 1) in _SOURCE_LINKS)
        elif view.w(k) in _THUS or view.w(k) == "." and view.w(k + 1) in _THUS:
            # «"…"، هكذا لخص X موقفه», «"…". بهذه الكلمات افتتح X …»
            k += view.w(k) == "."
            j = k + 1 + (view.w(k) != "هكذا") + 1  # past the verb (and the noun after بهذه)
        if j is not None:
            j += view.w(j) in _SAYING  # «"…"، وفق قول X»
            subj = view.subject_after(j, len(view.toks))
            speaker = subj.actor if subj else None
        elif view.first_person(a + 1, b - 1):  # «… "…". ¶ "ولن نقبل …"»: the speaker goes on
            speaker = _quoted_before(view, found, view.sent_of[a])
        cue = Cue('"', "quote", frozenset("q"))
        out.append(Found(a, view.toks[a].start, cue, -1, (a, b), speaker, "quote", False))
    return out


_THUS = frozenset({"هكذا", "بهذه", "بهذا"})


def _quoted_before(view: DocView, found: list[Found], si: int) -> str | None:
    """The speaker of a direct quotation in the sentence just before sentence ``si`` (a
    first-person quotation standing alone after it goes on with that speaker), else None."""
    for f in reversed(found):
        sj = view.sent_of[f.quote[1]] if f.quote else view.sent_of[f.cue_tok]
        if sj < si - 1:
            return None
        if sj == si - 1 and f.quote is not None:
            return f.speaker
    return None
