"""Headline segments and roles for :mod:`kg.nlp.statements_headlines`.

``segment_start(view, j, k) -> int``: a headline line is cut into segments by kicker marks
(«..», «...», «|», «-», «؛»); the attribution before the colon at ``k`` is the last segment,
without a conjunction «و» opening it («الجيش ينتشر... و"الحركة": …»).
``outlet_stop(view, k) -> int``: «X لـ"outlet": …», «X لـ(outlet): …», «X لـ CNN: …» — the
speaker ends before the outlet it spoke to.
``group_speaker(view, j, stop) -> (None,) | None``: «.. والمشاركون: …» — one definite plural noun
(a sound masculine plural or an unnamed-source noun) speaks as a group, no single actor.
``counterpart_stop(view, j, stop) -> int``: «X لنظيره الأمريكي: …» — the speaker ends before
the counterpart spoken to.
``role_holder(view, j, stop, k) -> (actor or None,) | None``: «قائد قوة بحرية: …», «نائب عن
الكتلة: …» — an indefinite title (its head word and the next word without the article) names
the person the body first gives that title to («الأدميرال X» after «قائد …»), or nobody.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import source_noun
from kg.nlp.statements_speaker import DocView

#: marks that end a headline's kicker or earlier segment (normalised tokens)
KICKER_ENDS = frozenset({".", "|", "-", "–", "؛"})
_AND = "و"
_TO = ("ل", "لـ")
_MAX_LATIN = 3  # words of an outlet in Latin letters after «لـ»
_MAX_SECOND = 6  # tokens of a second attribution «و"Y"» before its colon
_MAX_ROLE = 6  # words of an indefinite role before a headline colon
_HOLDER_REACH = 8  # tokens after the body's title word where its holder's name may start


def segment_start(view: DocView, j: int, k: int) -> int:
    """Line-start token ``j``, colon token ``k`` -> the first token of the attribution: after
    the last kicker mark before ``k`` and a bare «و» opening that segment."""
    kicker = [t for t in range(j, k) if view.w(t) in KICKER_ENDS]
    if kicker:
        j = kicker[-1] + 1
        if view.w(j) == _AND and j + 1 < k:  # «... و"الحزب": …»
            j += 1
    if any(view.w(t) == ":" for t in range(j, k)):  # «X: … و"Y": …»: a second attribution
        ands = [t for t in range(max(j, k - _MAX_SECOND), k - 1) if view.w(t) == _AND]
        j = ands[-1] + 1 if ands else j
    return j


def close_previous(out: list, view: DocView, j: int, k: int) -> None:
    """A headline attribution starting at ``j`` (colon ``k``) after another on the same line
    («X: … و"Y": …»): the earlier content ends before the «و» that opens this one."""
    a = j - 1 - ((j - 1) in view.quote_close)  # «و"Y"»: the «و» before the opening quote
    if not out or view.w(a) != _AND or out[-1].quote is not None:
        return
    prev = out[-1].cue_tok
    if prev < a and "\n" not in view.text[view.toks[prev].start : view.toks[k].start]:
        out[-1].content_end = a - 1


def outlet_stop(view: DocView, k: int) -> int:
    """Colon token ``k`` -> the token where the speaker ends: before «لـ"outlet"» or
    «لـ(outlet)» right before the colon; else ``k``."""
    opener = view.quote_open.get(k - 1)
    if opener is None and view.w(k - 1) == ")":
        opener = next((t for t in range(k - 2, max(k - 8, -1), -1) if view.w(t) == "("), None)
    if opener is not None and view.w(opener - 1) in _TO:
        return opener - 1
    latin = k  # «X لـ CNN: …», «X لـ Sky News: …»: an outlet in Latin letters
    while latin > 0 and k - latin < _MAX_LATIN and _latin(view.w(latin - 1)):
        latin -= 1
    if latin < k and view.w(latin - 1) in _TO:
        return latin - 1
    w = view.w(k - 1)  # «X لـCNN: …»: the preposition written on the name
    return k - 1 if w[:1] == "ل" and _latin(w[1:]) else k


def _latin(w: str) -> bool:
    """A word in Latin letters («CNN», «Sky»)?"""
    return w.isascii() and w.isalpha()


def group_speaker(view: DocView, j: int, stop: int) -> tuple[None] | None:
    """One word before a headline colon, a definite plural noun («المشاركون», «والمحتجون»)
    or an unnamed-source noun («والمراقبون») -> (None,); else None."""
    if stop != j + 1 or not view.toks[j].word:
        return None
    w = view.w(j)
    bare = w[1:] if w.startswith(_AND + "ال") else w
    if not bare.startswith("ال"):
        return None
    plural = len(bare) >= 7 and bare.endswith("ون")
    return (None,) if plural or (bare != w and source_noun(view, j)) else None


def role_holder(view: DocView, j: int, stop: int, k: int) -> tuple[str | None] | None:
    """Headline tokens ``j..stop-1`` before the colon at ``k``, an indefinite title (head word
    in the title lexicon, it and the next word without the article) -> (actor,) of the first
    Person mention starting at or shortly after that head word in the body (with or without
    the article), (None,) when the body gives nobody that title; else None."""
    if not 2 <= stop - j <= _MAX_ROLE or any(not view.toks[t].word for t in range(j, stop)):
        return None
    head = view.w(j)
    if head.startswith("ال") or view.w(j + 1).startswith("ال") or head not in view.lex.title_heads:
        return None
    if any(view.is_cue_word(t) for t in range(j, stop)):
        return None
    forms = {head, "ال" + head}
    holders = [
        (span[0], m.actor)
        for m in view.mi.all
        if m.type == "Person" and m.actor and (span := view.mi.span.get(id(m))) and span[0] > k
    ]
    for h in range(k + 1, len(view.toks)):
        if view.w(h) not in forms or view.sent_of[h] < 0:
            continue
        near = [(a, actor) for a, actor in holders if h <= a <= h + _HOLDER_REACH]
        if near:
            return (min(near)[1],)
    return (None,)


_COUNTERPART = "نظير"
_SUFFIXES = ("هما", "هم", "ها", "ه")  # the pronoun on «لنظيره»
_MAX_ADDRESSEE = 3  # words after «لنظيره» up to the colon («الأمريكي», «في البيت الأبيض»)


def counterpart_stop(view: DocView, j: int, stop: int) -> int:
    """«الصفدي لنظيره الأمريكي: …»: «لنظيره/لنظيرته» and at most three plain words before the
    colon at ``stop`` are the one spoken to -> the token of «لنظيره»; else ``stop``."""
    for p in range(j + 1, stop):
        w = view.w(p)
        stem = next((w[: -len(s)] for s in _SUFFIXES if w.endswith(s)), w)
        if stem in ("ل" + _COUNTERPART, "ل" + _COUNTERPART + "ت"):
            rest = range(p + 1, stop)
            if len(rest) <= _MAX_ADDRESSEE and all(view.toks[t].word for t in rest):
                return p
    return stop
