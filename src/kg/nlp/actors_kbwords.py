"""KB look-ups of single words for the gazetteer (:mod:`kg.nlp.actors_gaz`), remembered per KB.

``lookup_word(kb, keys, stem)``: a word's KB candidates (its adjective bases as a fallback);
``kb_keys(kb)``: every matching key; ``quiet_memo(kb)``: word form -> no KB hit can start there
(filled by :func:`kg.nlp.actors_gaz.find_hits`); ``any_kb_key(word)``: a key of any KB seen so far.
"""

from __future__ import annotations

import weakref
from typing import Any

from kg.nlp.actors_lex import adjective_bases

_WORD_MEMO: dict[tuple[int, str], tuple[Any, ...]] = {}


def lookup_word(kb: Any, keys: frozenset[str], stem: str) -> list[Any]:
    """One word's candidates (remembered per KB and word form: asked for every word)."""
    memo = (id(kb), stem)
    found = _WORD_MEMO.get(memo)
    if found is None:
        if len(_WORD_MEMO) > 1 << 17:
            _WORD_MEMO.clear()
        found = _WORD_MEMO[memo] = tuple(_lookup_word_uncached(kb, keys, stem))
    return list(found)


def _lookup_word_uncached(kb: Any, keys: frozenset[str], stem: str) -> list[Any]:
    if stem in keys or (stem.isascii() and stem.casefold() in keys):
        # the article-less key of a place («رقه» of «الرقة») is a common word when written
        # so («ورقة», «طبقة», «رمادي»); «للرقة» is read as ل + «الرقة» by clitic_variants
        return [c for c in kb.lookup(stem) if c.variant != "no_article"]
    for base in adjective_bases(stem)[1:]:
        if base in keys:
            adj = [c for c in kb.lookup(base) if c.kind == "adjective"]
            if adj:
                return adj
    return []


_KEYS: dict[int, frozenset[str]] = {}


#: per KB: word form -> no KB hit can start at it (asked for every word of every article)
_QUIET: weakref.WeakKeyDictionary[Any, dict[str, bool]] = weakref.WeakKeyDictionary()


def quiet_memo(kb: Any) -> dict[str, bool]:
    """The KB's table of word forms at which no hit starts (a new one when it grew large)."""
    memo = _QUIET.get(kb)
    if memo is None or len(memo) > 1 << 17:
        memo = _QUIET[kb] = {}
    return memo


def kb_keys(kb: Any) -> frozenset[str]:
    """Every matching key of the KB (cached per KB object)."""
    keys = _KEYS.get(id(kb))
    if keys is None:
        keys = _KEYS[id(kb)] = frozenset(kb.keys())
    return keys


def any_kb_key(word: str) -> bool:
    """Is ``word`` a matching key of a KB seen so far (one :func:`kb_keys` was asked for)?"""
    return any(word in keys for keys in _KEYS.values())
