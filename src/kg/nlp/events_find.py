"""Trigger spotting and casualty counts over normalised words.

``Words(norm, orig)``: the words of a normalised text (``iter_words``) with their clitic analyses.
``find_triggers(words, lex, orig_text, norm) -> list[Trigger]``: longest-first trie matches,
minus negated ones, idioms of the blocklist and forms whose ``needs`` word is absent; adjacent
triggers of one type («حق النقض "الفيتو"») are fused.
``find_casualties(words, lex, lo, hi) -> list[(word_index, kind, count)]``: «مقتل 6», «100 قتيل».
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from kg.nlp.events_lex import EventLexicon, TriggerEntry, analyses, dediac
from kg.text.clitics import iter_words
from kg.text.normalize import Normalized

_NEEDS_WINDOW = 8  # words after a trigger searched for its ``needs`` word
_BLOCK_REACH = 3  # the idiom's next word(s) may start this many words after the trigger
_NEG_WINDOW = 2  # words before a trigger searched for a negator
_VERB_PREFIX = frozenset("وفلس")
_FUSE_GAP = frozenset(" \t\"'()«»")


class Words:
    """Words of a normalised text: ``spans[i] = (start, end)``, ``text[i]``, ``starts`` sorted."""

    def __init__(self, norm: Normalized, orig: str) -> None:
        self.norm = norm.text
        self.spans: list[tuple[int, int]] = []
        self.text: list[str] = []
        self.tm: list[bool] = []  # the original word ends in ta marbuta
        for s, e, w in iter_words(norm.text):
            self.spans.append((s, e))
            self.text.append(w)
            self.tm.append(orig[norm.offsets[e - 1]] == "\u0629")
        self.starts = [s for s, _ in self.spans]

    def __len__(self) -> int:
        return len(self.text)

    def index_at(self, pos: int) -> int:
        """Index of the first word starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def analyses(self, i: int) -> tuple[tuple[int, str], ...]:
        return analyses(self.text[i], self.tm[i])

    def stems(self, i: int) -> set[str]:
        return {s for _, s in self.analyses(i)}


@dataclass(slots=True)
class Trigger:
    entry: TriggerEntry
    first: int  # word indices, half-open
    last: int
    start: int  # normalised offsets of the trigger (conjunction/preposition clitics excluded)
    end: int


def _prefix_kept(word: str, n: int) -> int:
    """Prefix length to skip so that the article ال stays inside the trigger span."""
    pre = word[:n]
    if pre.endswith("ال"):
        return n - 2
    return n


def _fits(entry: TriggerEntry, prefix: str) -> bool:
    """A verb takes only و ف ل س before it (never the article: «الطالب» is not «طالب»)."""
    return entry.pos == "noun" or all(ch in _VERB_PREFIX for ch in prefix)


def _match_at(words: Words, lex: EventLexicon, i: int) -> tuple[int, int, list[TriggerEntry]]:
    """Longest trie match starting at word ``i`` -> (words used, prefix length, entries)."""
    best: tuple[int, int, list[TriggerEntry]] = (0, 0, [])
    for n0, stem in words.analyses(i):
        node = lex.root.children.get(stem)
        if node is None:
            continue
        prefix = words.text[i][:n0]
        depth, cur = 1, node
        fit = [en for en in cur.entries if _fits(en, prefix)]
        if fit:
            best = (depth, n0, fit)
        j = i + 1
        while cur.children and j < len(words) and j - i < lex.max_len:
            nxt = next((cur.children[s] for _, s in words.analyses(j) if s in cur.children), None)
            if nxt is None:
                break
            cur, depth, j = nxt, depth + 1, j + 1
            fit = [en for en in cur.entries if _fits(en, prefix)]
            if fit and depth > best[0]:
                best = (depth, n0, fit)
        if best[0]:
            break  # the least-stripped analysis that matches wins
    return best


def _strict_ok(entry: TriggerEntry, orig: str, norm: Normalized, s: int, e: int) -> bool:
    if not entry.strict:
        return True
    os_, oe = norm.to_original(s, e)
    return dediac(orig[os_:oe]).startswith(dediac(entry.form))


def _negated(words: Words, lex: EventLexicon, i: int) -> bool:
    """A negator up to ``_NEG_WINDOW`` words before word ``i``, in the same clause (no
    punctuation in between: «لن يتراجع، متهماً» is not a negated accusation)."""
    for k in range(i - 1, max(0, i - _NEG_WINDOW) - 1, -1):
        gap = words.norm[words.spans[k][1] : words.spans[k + 1][0]]
        if any(ch in gap for ch in "،,.:؛;"):
            return False
        if lex.kind(words.text[k]) == "negator":
            return True
    return False


def _needs_ok(words: Words, entry: TriggerEntry, j: int) -> bool:
    if entry.needs is None:
        return True
    return any(entry.needs in words.stems(k) for k in range(j, min(len(words), j + _NEEDS_WINDOW)))


def _blocked(words: Words, lex: EventLexicon, i: int, j: int) -> bool:
    if j >= len(words):
        return False
    heads = words.stems(i)
    for head, nxt in lex.blocklist:
        if head not in heads:
            continue
        for at in range(j, min(len(words) - len(nxt), j + _BLOCK_REACH - 1) + 1):
            if all(w in words.stems(at + k) for k, w in enumerate(nxt)):
                return True
    return False


def find_triggers(words: Words, lex: EventLexicon, orig: str, norm: Normalized) -> list[Trigger]:
    """Words -> event triggers, in text order (see module docstring)."""
    out: list[Trigger] = []
    i = 0
    while i < len(words):
        used, n0, entries = _match_at(words, lex, i)
        if not used:
            i += 1
            continue
        j = i + used
        s = words.spans[i][0] + _prefix_kept(words.text[i], n0)
        e = words.spans[j - 1][1]
        ok = [en for en in entries if _needs_ok(words, en, j) and _strict_ok(en, orig, norm, s, e)]
        if ok and not _negated(words, lex, i) and not _blocked(words, lex, i, j):
            entry = ok[0]
            prev = out[-1] if out else None
            gap = norm.text[prev.end : s] if prev else ""
            if prev and prev.entry.type == entry.type and prev.last == i and set(gap) <= _FUSE_GAP:
                prev.last, prev.end = j, e
            else:
                out.append(Trigger(entry, i, j, s, e))
        i = j
    return out


def _number(words: Words, lex: EventLexicon, k: int) -> int | None:
    w = words.text[k]
    if w[:1] in ("و", "ف") and w[1:].isdigit():
        w = w[1:]
    if w.isdigit():
        return int(w)
    return next((lex.numbers[s] for _, s in words.analyses(k) if s in lex.numbers), None)


def find_casualties(
    words: Words, lex: EventLexicon, lo: int, hi: int
) -> list[tuple[int, str, int]]:
    """Words ``[lo, hi)`` -> ``(word index, killed|injured, count)`` for numbered casualties."""
    out = []
    for k in range(lo, hi):
        hit = next((lex.casualty[s] for _, s in words.analyses(k) if s in lex.casualty), None)
        if hit is None:
            continue
        kind, where = hit
        if where == "before":
            m = k + 1
            while m < hi and m - k <= 5 and words.text[m] in lex.qualifiers:
                m += 1
            n = _number(words, lex, m) if m < hi else None
        else:
            n = _number(words, lex, k - 1) if k - 1 >= lo else None
        if n is not None:
            out.append((k, kind, n))
    return out
