"""Words of normalised text for the actor components (re-exported by :mod:`kg.nlp.actors_lex`).

``words_of(norm, original) -> list[Word]``: the normalised text cut into letter runs, each with
its normalised span, whether only whitespace separates it from the previous word, and whether
its original spelling carries tanween (a sign that it is not a name). Regional spellings are
folded (:func:`standard_spelling`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.nlp.lexicons import load_tsv
from kg.text.clitics import DETACHED, iter_words
from kg.text.normalize import Normalized, normalize_key
from kg.text.quotes import OPEN_QUOTES

_SCRIPT_RUN = re.compile(r"[\u0600-\u06ff]+|[^\u0600-\u06ff]+")
#: the word is one run of one script (almost every word): no splitting needed
_ONE_SCRIPT = re.compile(r"[\u0600-\u06ff]+|[^\u0600-\u06ff]+").fullmatch
_TANWEEN_RE = re.compile("[\u064b\u064c\u064d]")


@dataclass(slots=True)
class Word:
    """One word of the normalised text: ``[start, end)`` in normalised offsets."""

    i: int
    start: int
    end: int
    text: str
    joined: bool  # only whitespace (hashtag marks, a detached clitic) since the previous word
    tanween: bool  # the original spelling has tanween (adverb/indefinite noun, not a name)


@cache
def _spellings() -> tuple[tuple[str, str], ...]:
    """(variant, standard) letter runs of spelling_variants.tsv, normalised, same length."""
    pairs = (
        (normalize_key(r["variant"]), normalize_key(r["standard"]))
        for r in load_tsv("spelling_variants.tsv")
    )
    return tuple((v, st) for v, st in pairs if len(v) == len(st) and v != st)


@lru_cache(maxsize=1 << 16)
def standard_spelling(word: str) -> str:
    """A normalised word -> the same word with regional spellings folded («الشيون» -> «الشوون»,
    the normalised «الشئون» -> «الشؤون»; «لمسيولين» -> «لمسوولين»)."""
    for variant, standard in _spellings():
        if variant in word:
            word = word.replace(variant, standard)
    return word


#: one-letter abbreviations of honorifics, followed by a full stop («د.» = «دكتور»)
_ABBREVIATED = frozenset({"د"})


def _script_runs(word: str) -> tuple[tuple[int, int, str], ...]:
    """A word mixing scripts -> (start, end, text) of its Latin and Arabic runs."""
    return tuple((m.start(), m.end(), m.group()) for m in _SCRIPT_RUN.finditer(word))


def words_of(norm: Normalized, original: str) -> list[Word]:
    """Normalised text (+ original) -> its words, in order (detached clitics are not words)."""
    out: list[Word] = []
    append = out.append
    prev_end = 0
    text = norm.text
    marks = [m.start() for m in _TANWEEN_RE.finditer(original)]  # offsets in the original
    n_marks, k = len(marks), 0  # k: first mark not before the current word
    to_original = norm.to_original
    spelling = standard_spelling
    for s0, e0, w0 in iter_words(text):
        if _ONE_SCRIPT(w0):
            runs: tuple[tuple[int, int, str], ...] = ((s0, e0, w0),)
        else:  # «iconالرئيس»: split Latin from Arabic
            runs = tuple((s0 + r0, s0 + r1, w) for r0, r1, w in _script_runs(w0))
        for s, e, w in runs:
            if not out:
                joined = False
            elif s <= prev_end:
                joined = True
            else:
                gap = text[prev_end:s]
                gap = "" if gap == " " else gap.strip()
                joined = (
                    gap == ""
                    or (len(gap) == 1 and gap in DETACHED)
                    # «د. نورة X»: the abbreviated «دكتور» joins the name it introduces
                    or gap == "."
                    and out[-1].text in _ABBREVIATED
                    # «القائد العام لـ"قسد"»: a quoted name governed by a detached «لـ» joins it
                    or gap in OPEN_QUOTES
                    and out[-1].text == "ل"
                )
            tanween = False
            if k < n_marks:  # word starts only grow: the first mark at or after it only moves on
                o_s, o_e = to_original(s, e)
                while k < n_marks and marks[k] < o_s:
                    k += 1
                # tanween may follow the last letter: look one character past the end as well
                tanween = k < n_marks and marks[k] <= o_e
            append(Word(len(out), s, e, spelling(w), joined, tanween))
            prev_end = e
    return out
