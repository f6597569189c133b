"""Matching primitives for the scorer: span overlap, one-to-one greedy alignment, actor agreement.

Pure functions on plain values (no pipeline imports):

- ``overlap(a, b) -> int``: characters shared by two half-open spans.
- ``greedy_align(gold, pred, accept) -> list[(i, j)]``: one-to-one pairs, largest overlap first.
- ``same_actor(gold, pred) -> bool``: do two ``{"label", "label_en", "wikidata"}`` refs agree?
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.text.normalize import normalize_key

Span = tuple[int, int]

_STRIP = "\"'«»“”()[]،,.:؛;!؟?-"


def overlap(a: Span, b: Span) -> int:
    """Two half-open spans -> number of characters they share (0 if disjoint)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def half_of_shorter(a: Span, b: Span) -> bool:
    """True when the spans share at least 50% of the shorter one (and at least one character)."""
    ov = overlap(a, b)
    shorter = min(a[1] - a[0], b[1] - b[0])
    return ov > 0 and 2 * ov >= shorter


def any_overlap(a: Span, b: Span) -> bool:
    """True when the spans share at least one character."""
    return overlap(a, b) > 0


def greedy_align(
    gold: Sequence[Span], pred: Sequence[Span], accept: Callable[[Span, Span], bool]
) -> list[tuple[int, int]]:
    """Gold and predicted spans -> one-to-one ``(gold_index, pred_index)`` pairs.

    Candidate pairs are those ``accept`` admits; they are taken greedily by decreasing overlap
    (ties: higher overlap ratio of the union, then document order), each span used at most once.
    """
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if accept(g, p):
                ov = overlap(g, p)
                union = max(g[1], p[1]) - min(g[0], p[0])
                cands.append((-ov, -(ov / union if union else 0.0), i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def label_words(label: str | None) -> tuple[str, ...]:
    """An Arabic label -> its normalised words (``normalize_key``; punctuation and # dropped)."""
    if not label:
        return ()
    words = (w.strip(_STRIP) for w in normalize_key(label).split())
    return tuple(w for w in words if w)


def labels_agree(a: str | None, b: str | None) -> bool:
    """Equal normalised labels, or one is a prefix/suffix word sequence of the other.

    «لافروف» ~ «سيرغي لافروف» (suffix), «بشار» ~ «بشار الأسد» (prefix); «الأسد» !~ «أسد».
    """
    wa, wb = label_words(a), label_words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    n = len(short)
    return long_[:n] == short or long_[-n:] == short


def same_actor(gold: dict | None, pred: dict | None) -> bool:
    """Actor refs agree: same QID when both have one; else labels agree (see ``labels_agree``).

    ``None`` (unresolved) agrees only with ``None``.
    """
    if gold is None or pred is None:
        return gold is None and pred is None
    gq, pq = gold.get("wikidata"), pred.get("wikidata")
    if gq and pq:
        return gq == pq
    return labels_agree(gold.get("label"), pred.get("label"))
