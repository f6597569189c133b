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
    """An Arabic label -> its normalised words (``normalize_key``; punctuation and # dropped;
    «عبد» joined to the next word)."""
    if not label:
        return ()
    words = [w for w in (w.strip(_STRIP) for w in normalize_key(label).split()) if w]
    out: list[str] = []
    for w in words:  # compound names are written both ways: «عبد الرحمن» / «عبدالرحمن»
        if out and out[-1] == "عبد":
            out[-1] += w
        else:
            out.append(w)
    return tuple(out)


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


def mention_spans(entities: Sequence[dict]) -> list[tuple[Span, int]]:
    """Entity dicts (``{"mentions": [[s, e], ...]}``) -> ``((s, e), entity_index)`` pairs."""
    return [
        ((int(m[0]), int(m[1])), k) for k, e in enumerate(entities) for m in e.get("mentions", [])
    ]


class ActorJudge:
    """Within one article: does a predicted actor ref denote a gold actor?

    ``agree(gold_ref, pred_ref)``: :func:`same_actor` (QIDs decide when both refs have one;
    labels otherwise), and, failing the labels, *mention alignment*: the predicted ref names the
    predicted entity that shares most overlapping mentions with the gold ref's entity, and the two
    entities have the same type. This keeps spelling variants of one person (``ديمتري بيسكوف`` /
    ``دميتري بيسكوف``) from counting as errors, while «الكرملين» (Organization) resolved to Russia
    (Country) still does.
    ``aligned(k)`` is the predicted entity index aligned with gold entity ``k`` (or None).
    """

    def __init__(self, gold_entities: Sequence[dict], pred_entities: Sequence[dict]) -> None:
        gm, pm = mention_spans(gold_entities), mention_spans(pred_entities)
        votes: dict[int, dict[int, int]] = {}
        for gs, gk in gm:
            for ps, pk in pm:
                if overlap(gs, ps) > 0:
                    row = votes.setdefault(gk, {})
                    row[pk] = row.get(pk, 0) + 1
        self._align = {gk: max(row, key=lambda pk: (row[pk], -pk)) for gk, row in votes.items()}
        self._gold = {label_words(e.get("label")): k for k, e in enumerate(gold_entities)}
        self._pred = {label_words(e.get("label")): k for k, e in enumerate(pred_entities)}
        self._gold_types = [e.get("type") for e in gold_entities]
        self._pred_types = [e.get("type") for e in pred_entities]

    def aligned(self, gold_index: int) -> int | None:
        return self._align.get(gold_index)

    def agree(self, gold: dict | None, pred: dict | None) -> bool:
        if gold is None or pred is None:
            return gold is None and pred is None
        if gold.get("wikidata") and pred.get("wikidata"):
            return gold["wikidata"] == pred["wikidata"]
        if labels_agree(gold.get("label"), pred.get("label")):
            return True
        gk = self._gold.get(label_words(gold.get("label")))
        pk = self._pred.get(label_words(pred.get("label")))
        if gk is None or pk is None or self._align.get(gk) != pk:
            return False
        gt, pt = self._gold_types[gk], self._pred_types[pk]
        return not gt or not pt or gt == pt
