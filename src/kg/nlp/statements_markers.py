"""Content markers of a statement cue: where its content starts.

``marker(view, cue, j, end, cfg, first_only)`` searches from token ``j`` for what introduces the
content of ``cue`` (a quotation, a colon, أن/إن, or the preposition of a noun complement) ->
``('quote', open token)`` | ``('start', token)`` | None; ``after_marker`` absorbs a
complementizer or quotation at the content start; a short quotation after an outlet or
organisation noun (مع قناة "…"، منظمة "…") is a name, not content.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import Config
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_speaker import DocView

_MAX_PP = 8  # words of an adjunct phrase between a verb (and subject) and its على/عن/إلى


def marker(view: DocView, cue: Cue, j: int, end: int, cfg: Config, first_only: bool):
    """Search a content marker from token ``j``: -> ('quote', open) | ('start', tok) | None."""
    comps = cue.comps
    for k in range(j, end):
        w = view.w(k)
        if k in view.quote_close and ("q" in comps or cue.kind == "channel"):
            m = _quote_or_text(view, k, cfg)
            if m[0] == "quote":  # a short quotation here is a name («لـ"الجزيرة"»), go on
                return m
        if w == ":" and ("c" in comps or cue.kind == "channel"):
            return after_marker(view, k + 1, cfg)
        if view.lex.complementizer(w) and ("a" in comps or cue.kind == "channel"):
            if not view.lex.has("an_blocker", view.w(k - 1)):
                start = k if w not in view.lex.roles["complementizer"] else k + 1
                return after_marker(view, start, cfg, keep=start == k)
        for comp, role in (("n", "an_noun"), ("m", "min"), ("i", "ila"), ("l", "ala")):
            # preposition + noun right after the verb/subject; preposition + أن anywhere
            if comp in comps and view.lex.has(role, w):
                if k == j or view.lex.complementizer(view.w(k + 1)) or view.mention_run(j, k):
                    return after_marker(view, k + 1, cfg)
                pp = view.lex.has("preposition", view.w(j))  # a word, not «بالاتهام»
                if comp != "m" and pp and k - j <= _MAX_PP:
                    # «وشدد ماكرون خلال اتصال هاتفي مع نظيره على ضرورة …»: past an adjunct PP
                    return after_marker(view, k + 1, cfg)
        if k == j and view.lex.complementizer(view.w(k + 1)) and view.is_prep(k):
            continue  # «، محذراً من أن …»: the preposition before أن
        if first_only and not view.mention_run(j, k + 1):  # «داعياً واشنطن إلى …»
            return None
        if view.is_cue_word(k) and view.w(k - 1) != "ما":  # not «، حسب ما نقلت عنه X،»
            return None
        if not view.same_sentence(j, k + 1):
            return None
    return None


def after_marker(view: DocView, k: int, cfg: Config, keep: bool = False):
    """Content starting at token ``k``; a complementizer or quotation right there is absorbed."""
    if not keep and view.lex.complementizer(view.w(k)):
        k += view.w(k) in view.lex.roles["complementizer"]
    if k in view.quote_close:
        return _quote_or_text(view, k, cfg)
    if view.lex.complementizer(view.w(k)) and (k + 1) in view.quote_close:
        return _quote_or_text(view, k + 1, cfg)
    return ("start", k) if k < len(view.toks) else None


def _quote_or_text(view: DocView, k: int, cfg: Config):
    close = view.quote_close[k]
    words = sum(1 for t in view.toks[k + 1 : close] if t.word)
    if words >= cfg.min_quote_words and not _outlet_name(view, k):
        return ("quote", k)
    return ("start", k)


#: nouns before a quoted name of an outlet or platform («مع قناة "تي آر تي خبر"»), normalised
_OUTLET_NOUNS = frozenset(
    {"قناه", "صحيفه", "وكاله", "موقع", "منصه", "مجله", "اذاعه", "تلفزيون", "شبكه", "برنامج"}
    | {"منظمه", "حركه", "جماعه", "حزب", "جمعيه", "مؤسسه", "مركز", "مرصد", "ائتلاف", "تحالف"}
)


def _outlet_name(view: DocView, k: int) -> bool:
    """Is the quotation opening at token ``k`` the name of an outlet named just before it?"""
    prev = view.w(k - 1)
    return prev in _OUTLET_NOUNS or prev[:1] in "لبو" and prev[1:] in _OUTLET_NOUNS
