"""Asides around a verb cue (split from :mod:`kg.nlp.statements_markers`).

``as_said(view, i) -> (first, last) | None``: «…، كما قال X.» reports the clause before the
comma; ``past_occasion(view, j, limit) -> int``: «وأكد X لدى استقباله نظيره أن …» steps over
an adjunct of occasion to its complementizer; ``learned_from(view, ma, last) -> int | None``:
«حسب ما علمته X من مصادر …» -> the token of the source after «من».
"""

from __future__ import annotations

from kg.nlp.statements_speaker import DocView
from kg.nlp.statements_view import COMMAS


def as_said(view: DocView, i: int) -> tuple[int, int] | None:
    """«والمستشفيات ممتلئة، كما قال X.»: a verb after «، كما» whose sentence before the comma
    holds no other cue or content marker -> (first, last) content tokens; else None."""
    if view.w(i - 1) != "كما" or view.w(i - 2) not in COMMAS:
        return None
    first = view.sent_bounds[view.sent_of[i]][0]
    last = i - 3
    if sum(1 for t in view.toks[first : last + 1] if t.word) < _MIN_SAID_WORDS:
        return None
    if any(view.is_cue_word(t) or view.is_marker(t) for t in range(first, last + 1)):
        return None
    return first, last


_MIN_SAID_WORDS = 3  # words of a clause reported by «، كما قال X»


_OCCASION_PRONOUNS = ("ه", "ها", "هم", "هما")


def past_occasion(view: DocView, j: int, limit: int) -> int:
    """«وأكد X لدى/عند استقباله نظيره التركي أن …»: «لدى» + a verbal noun carrying the
    subject's pronoun opens an adjunct of occasion -> the complementizer after it (no cue,
    comma or other marker in between); else ``j`` («لدى» in a title, «سفير X لدى Y», never
    gets here: that is a subject)."""
    if view.w(j) != "لدي" or j + 1 >= limit:
        return j
    noun = view.w(j + 1)
    if (j + 1) in view.mi.by_start or not noun.endswith(_OCCASION_PRONOUNS) or len(noun) < 5:
        return j
    for k in range(j + 2, min(limit, j + 12)):
        if view.lex.complementizer(view.w(k)):
            return k
        if view.w(k) in COMMAS or view.is_marker(k) or view.is_cue_word(k):
            return j
    return j


def learned_from(view: DocView, ma: int, last: int) -> int | None:
    """«وحسب ما علمته "X" من مصادر مطلعة، فإن …»: a verb of learning at ``ma`` (after «ما»,
    with or without an object pronoun) whose «من» follows within a few words, before any comma
    -> the token after «من» (the source, not the outlet that learned); else None."""
    w = view.w(ma)
    bare = next((w[: -len(p)] for p in ("ه", "ها") if w.endswith(p)), w)
    if not (view.lex.has("learning_verb", w) or view.lex.has("learning_verb", bare)):
        return None
    for k in range(ma + 1, min(last, ma + _LEARNED_WORDS)):
        if view.w(k) in COMMAS or view.lex.complementizer(view.w(k)):
            return None
        if view.w(k) == "من":
            return k + 1
    return None


_LEARNED_WORDS = 6  # words between «ما علمته» and «من <source>»
