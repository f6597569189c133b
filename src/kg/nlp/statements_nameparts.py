"""A speaker named by one word of a name given earlier, for :mod:`kg.nlp.statements_verb`.

``name_part(view, subj) -> Subject | None``: «وأضاف X أن …», «وتابع X أن …» where X is one word
no mention covers (an unknown surname or middle name) and the same word is a non-first word of
exactly one person's name mentioned before it in the text («Y Z X», «Y X Z»; also a word right
after the mention that no mention covers, the rest of a name cut short) -> that person,
resolved; else ``subj`` unchanged. Decided by the words alone, whoever the person is.
``placed_holder(view, subj) -> Subject | None``: «حذر والي شمال دارفور X من …» with X unknown —
a title whose chain ends in a place: the place never speaks, its holder is unresolved; also
«أوساط/دوائر X» (lexicon role source_circle): a circle of sources, nobody even when X is named.
"""

from __future__ import annotations

from kg.nlp.lexicons import load_tsv
from kg.nlp.statements_speaker import DocView, Subject
from kg.text.normalize import normalize_key

_MIN_LETTERS = 3  # a name word shorter than this («بن», «أبو») names no one alone
#: words inside names that never name a person alone (normalised): the actor lexicon's name
#: particles («بن», «أبو», «آل», «عبد», «ولد» …)
_LINKS = frozenset(
    normalize_key(r["word"])
    for r in load_tsv("actors_function_words.tsv")
    if r["class"] == "name_particle"
)


def name_part(view: DocView, subj: Subject | None) -> Subject | None:
    """An unresolved one-word subject -> the Subject of the one earlier person whose name has
    that word after its first word; else ``subj``."""
    if subj is None or subj.resolved or subj.first < 0 or subj.first != subj.last:
        return subj
    k = subj.first
    tok = view.toks[k]
    w = view.w(k)
    if not tok.word or len(w) < _MIN_LETTERS or w in _LINKS or view.is_cue_word(k):
        return subj
    if view.lex.has("source_noun", w) or view.lex.has("source_noun", w.removeprefix("ال")):
        return subj
    actors = set()
    for m in view.mi.all:
        if m.start >= tok.start:
            break  # mentions are sorted by start
        if m.type != "Person" or m.kind != "name" or not m.actor:
            continue
        words = [normalize_key(x) for x in m.text.split()] + _tail(view, m)
        if len(words) >= 2 and w in words[1:]:
            actors.add(m.actor)
    if len(actors) != 1:
        return subj
    return Subject(actors.pop(), subj.last, True, subj.first)


_MAX_TAIL = 2  # words of a name after the part a mention covers


def _tail(view: DocView, m) -> list[str]:
    """Person mention ``m`` -> the plain words right after it that no mention covers (the rest
    of a name the recogniser cut: «Y Z [X] أن»); not a time, cue, preposition or
    complementizer."""
    span = view.mi.span.get(id(m))
    if span is None:
        return []
    out: list[str] = []
    for k in range(span[1] + 1, min(len(view.toks), span[1] + 1 + _MAX_TAIL)):
        t, w = view.toks[k], view.w(k)
        if not t.word or k in view.mi.by_start or view.timed[k] or view.is_cue_word(k):
            break
        if view.is_prep(k) or view.is_marker(k) or view.lex.complementizer(w):
            break
        out.append(w)
    return out


def placed_holder(view: DocView, subj: Subject | None) -> Subject | None:
    """A resolved subject whose phrase opens with words before a Place mention it ends with
    («والي شمال دارفور»: the governor of a place) -> unresolved (its holder is not named or not
    known); else ``subj``."""
    if subj is None or not subj.resolved or subj.actor is None or subj.first < 0:
        return subj
    if view.lex.has("source_circle", view.w(subj.first)):  # «أوساط الرئيس X»: his circle
        return Subject(None, subj.last, True, subj.first)
    m = view.mi.by_end.get(subj.last)
    if m is None or m.type != "Place" or m.actor != subj.actor:
        return subj
    if view.mi.span.get(id(m), (subj.first,))[0] <= subj.first:
        return subj  # the place itself opens the phrase: a metonym, not a title's genitive
    return Subject(None, subj.last, False, subj.first)
