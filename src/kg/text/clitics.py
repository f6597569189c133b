"""Arabic proclitics for matching names and lexicon entries inside running text.

Input is NORMALISED text (:func:`kg.text.normalize.normalize`): tatweel is gone, so «بـ تكرار»
reads «ب تكرار».

- ``strip_clitics(word) -> list[(prefix_length, stem)]``: candidate analyses of one word, the
  unstripped word always first (names are never mangled: «بوتين» stays a candidate as is), then
  by growing prefix length. Prefixes are a conjunction (و ف), then a preposition (ب ل ك), then
  the article ال, in that order and each optional (وبال، فلل، كال ...). ``word[prefix_length:]``
  is always the surface of the stem; the stem string is the lexical form, which differs only
  after ل + ال (written لل): «للكرملين» -> (1, "الكرملين") with the article restored, and
  (2, "كرملين").
- ``iter_words(norm_text) -> Iterator[(start, end, word)]``: the words (runs of letters and
  digits). A lone clitic letter written apart before a word («ب تكرار», «و موسكو») is not a word
  of its own unless ``skip_detached=False``; :func:`detached_clitic` tells which letter it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
#: letters that, written alone before a word, are clitics of that word
DETACHED = frozenset("وفبلك")

_WORD_RE = re.compile(r"[^\W_]+")
#: a lone clitic letter, its spacing, and the start of the next word
_DETACHED_RE = re.compile(r"(?<![^\W_])([وفبلك])[ \t]+(?=[^\W\d_])")


def strip_clitics(word: str, *, min_stem: int = 2) -> list[tuple[int, str]]:
    """One normalised word -> ``[(prefix_length, stem), ...]``, unstripped word first.

    Stems shorter than ``min_stem`` letters are not proposed.
    """
    out: list[tuple[int, str]] = [(0, word)]
    seen = {(0, word)}

    def add(n: int, stem: str, bare: str) -> None:
        if n and len(bare) >= min_stem and bare != ARTICLE and (n, stem) not in seen:
            seen.add((n, stem))
            out.append((n, stem))

    for conj in ("", *CONJUNCTIONS):
        if conj and not word.startswith(conj):
            continue
        rest1 = word[len(conj) :]
        for prep in ("", *PREPOSITIONS):
            if prep and not rest1.startswith(prep):
                continue
            rest2 = rest1[len(prep) :]
            n = len(conj) + len(prep)
            add(n, rest2, rest2)
            if rest2.startswith(ARTICLE):
                add(n + 2, rest2[2:], rest2[2:])
            elif prep == "ل" and rest2.startswith("ل"):
                # ل + ال is written لل: the article's lam is the surface, its alef is elided
                add(n, ARTICLE + rest2[1:], rest2[1:])
                add(n + 1, rest2[1:], rest2[1:])
    out[1:] = sorted(out[1:], key=lambda a: a[0])
    return out


def iter_words(norm_text: str, *, skip_detached: bool = True) -> Iterator[tuple[int, int, str]]:
    """Normalised text -> ``(start, end, word)`` for each word, in order.

    With ``skip_detached`` a lone و ف ب ل ك followed by a word is not yielded (it belongs to
    the next word, see :func:`detached_clitic`).
    """
    detached = {m.start(1) for m in _DETACHED_RE.finditer(norm_text)} if skip_detached else set()
    for m in _WORD_RE.finditer(norm_text):
        if m.start() in detached:
            continue
        yield m.start(), m.end(), m.group()


def detached_clitic(norm_text: str, start: int) -> str | None:
    """The lone clitic letter written apart just before the word at ``start``, or None.

    ``"تفاديا ل تكرار"`` with ``start`` at «تكرار» -> ``"ل"``.
    """
    i = start - 1
    while i >= 0 and norm_text[i] in " \t":
        i -= 1
    if i == start - 1 or i < 0 or norm_text[i] not in DETACHED:
        return None
    if i > 0 and (norm_text[i - 1].isalnum() or norm_text[i - 1] == "_"):
        return None
    return norm_text[i]
