"""Counters and the report of the scorer: ``Prf``, ``Ratio``, ``EvalReport``, ``format_table``.

``Prf`` accumulates (true positives, predicted, gold) -> precision / recall / F1;
``Ratio`` accumulates (right, total) -> accuracy. Empty denominators give 0.0 (and ``n/a`` in
the table) except that precision of an empty prediction is 0.0 too.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Prf:
    """True positives, number predicted, number gold -> P/R/F1."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "predicted": self.pred,
            "gold": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Ratio:
    """Right / total -> accuracy."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(bool(ok))

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(slots=True)
class EvalReport:
    """Micro-averaged scores over the evaluated articles."""

    articles: int = 0
    statements: Prf = field(default_factory=Prf)
    speakers: Prf = field(default_factory=Prf)
    direct: Ratio = field(default_factory=Ratio)
    about: Ratio = field(default_factory=Ratio)
    mentions_exact: Prf = field(default_factory=Prf)
    mentions_overlap: Prf = field(default_factory=Prf)
    linking: Ratio = field(default_factory=Ratio)
    events: Prf = field(default_factory=Prf)
    event_type: Ratio = field(default_factory=Ratio)
    event_date: Ratio = field(default_factory=Ratio)
    event_place: Ratio = field(default_factory=Ratio)
    participants: Ratio = field(default_factory=Ratio)

    def rows(self) -> list[tuple[str, str, Prf | Ratio]]:
        """(section, metric, counter) in display order."""
        return [
            ("statements", "found", self.statements),
            ("statements", "speaker correct", self.speakers),
            ("statements", "direct flag", self.direct),
            ("statements", "about recall", self.about),
            ("entities", "mentions exact", self.mentions_exact),
            ("entities", "mentions overlap", self.mentions_overlap),
            ("entities", "linking (QID)", self.linking),
            ("events", "triggers", self.events),
            ("events", "type", self.event_type),
            ("events", "date", self.event_date),
            ("events", "place", self.event_place),
            ("events", "participant recall", self.participants),
        ]

    def to_dict(self) -> dict:
        """JSON-ready nested dict: ``{"articles": n, "statements": {"found": {...}, ...}, ...}``."""
        out: dict = {"articles": self.articles}
        for section, metric, counter in self.rows():
            key = metric.replace(" (QID)", "").replace(" ", "_")
            out.setdefault(section, {})[key] = counter.to_dict()
        return out


def _pct(x: float) -> str:
    return f"{100 * x:6.1f}"


def format_table(report: EvalReport) -> str:
    """Report -> fixed-width text table (P/R/F1 rows, then accuracies with their counts)."""
    head = f"{'section':<11} {'metric':<19} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6}  counts"
    lines = [f"articles: {report.articles}", head, "-" * len(head)]
    for section, metric, c in report.rows():
        if isinstance(c, Prf):
            cells = f"{_pct(c.precision)} {_pct(c.recall)} {_pct(c.f1)} {'':>6}"
            counts = f"tp={c.tp} pred={c.pred} gold={c.gold}"
        else:
            acc = _pct(c.value) if c.total else f"{'n/a':>6}"
            cells = f"{'':>6} {'':>6} {'':>6} {acc}"
            counts = f"{c.right}/{c.total}"
        lines.append(f"{section:<11} {metric:<19} {cells}  {counts}")
    return "\n".join(lines)
