"""Which matchers the title scanner tries at each word: per-word-form flags, remembered.

The scanner's quick tests (:meth:`OrgReader.head_at`, ``place_noun_at``, ``headed_by_at``,
``honorific_at``, ``_after_verb``, and whether a lexicon entry may open at the word) depend on
the word's text only. ``WordFlags._word_flags()`` answers them once per word form (across
articles, per lexicon object) and returns one int of bits per word of the article, so that the
scanner's driver does a list lookup instead of five method calls per word.
"""

from __future__ import annotations

import weakref
from typing import Any

from kg.nlp.actors_lex import clitic_variants
from kg.nlp.actors_names import bare, owned_stem

#: a title, role or organisation lexicon entry may start at the word
LEXICAL = 1
#: the word is an organisation head (``OrgReader.head_at``)
ORG_HEAD = 2
#: the word is a place or facility noun (``place_noun_at``)
PLACE_NOUN = 4
#: «برئاسة/بقيادة» (``headed_by_at``)
HEADED_BY = 8
#: an honorific (``honorific_at``)
HONORIFIC = 16
#: a verb or «أما»: the NEXT word may be an untitled subject name (``_after_verb``)
VERBAL = 32

#: word form -> flags, one table per lexicon object
_MEMOS: weakref.WeakKeyDictionary[Any, dict[str, int]] = weakref.WeakKeyDictionary()


class WordFlags:
    """Mixin of :class:`kg.nlp.actors_titles.Scanner`: needs ``w``, ``lex``, ``orgs`` and the
    quick tests named in the module docstring."""

    w: Any
    lex: Any
    orgs: Any
    place_noun_at: Any
    headed_by_at: Any
    honorific_at: Any

    def _flags_at(self, i: int) -> int:
        """The flags of word i, computed by the scanner's own tests."""
        lex = self.lex
        text = self.w[i].text
        firsts = lex.all_first_words
        opens = lex.opens_entry_memo
        lexical = opens.get(text)
        if lexical is None:  # remembered per word form: asked for every word of every article
            lexical = opens[text] = any(
                stem in firsts or bare(stem) in firsts or owned_stem(stem) in firsts
                for _, stem in clitic_variants(text)
            )
        out = LEXICAL if lexical else 0
        if self.orgs.head_at(i) is not None:
            out |= ORG_HEAD
        if self.place_noun_at(i):
            out |= PLACE_NOUN
        if self.headed_by_at(i):
            out |= HEADED_BY
        if self.honorific_at(i):
            out |= HONORIFIC
        if text == "اما" or "verb" in lex.classes_any(text):
            out |= VERBAL
        return out

    def _word_flags(self) -> list[int]:
        """Flags of every word of the article, in order."""
        memo = _MEMOS.get(self.lex)
        if memo is None:
            memo = _MEMOS[self.lex] = {}
        elif len(memo) >= 1 << 17:
            memo.clear()
        out = []
        for i, word in enumerate(self.w):
            f = memo.get(word.text)
            if f is None:
                f = memo[word.text] = self._flags_at(i)
            out.append(f)
        return out
