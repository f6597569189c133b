"""Per-component extraction time on the development articles (seeds + tests/gold/dev2).

``run(report)``: each kg NLP component's mean milliseconds per article, and the actor stage
(kg_mentions + kg_coref + kg_link) per 500 words, target <= 5 ms. ``python bench/bench_quality.py``
prints the same figures.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACTOR_STAGE = ("kg_mentions", "kg_coref", "kg_link")
REPEAT = 20


def _articles() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "gold" / "dev2" / "articles").glob("*.txt")
    )
    return [p.read_text(encoding="utf-8") for p in paths]


def timings() -> tuple[dict[str, float], float, int]:
    """-> (component -> mean ms per article, actor-stage ms per 500 words, articles)."""
    from kg.ingest import Article
    from kg.pipeline import create_nlp

    nlp = create_nlp()
    texts = _articles()
    total: dict[str, float] = {name: 0.0 for name, _ in nlp.pipeline}
    actor_ms_per_word = 0.0
    for _ in range(REPEAT):
        for n, text in enumerate(texts):
            doc = nlp.make_doc(text)
            doc._.kg_article = Article(id=f"a{n}", text=text)
            actor = 0.0
            for name, proc in nlp.pipeline:
                t = time.perf_counter()
                doc = proc(doc)
                dt = (time.perf_counter() - t) * 1000
                total[name] += dt
                if name in ACTOR_STAGE:
                    actor += dt
            actor_ms_per_word += actor / max(1, len(text.split()))
    runs = REPEAT * len(texts)
    return {k: v / runs for k, v in total.items()}, actor_ms_per_word / runs * 500, len(texts)


def run(report: Callable[[str, float, str, str, bool], None]) -> None:
    """Report per-component ms per article and the actor stage per 500 words."""
    per, actor500, _ = timings()
    for name, ms in per.items():
        report(f"nlp.{name}.ms_per_article", ms, "ms", "report", True)
    report("nlp.actor_stage.ms_per_500_words", actor500, "ms", "<= 5", actor500 <= 5)


if __name__ == "__main__":

    def _print(name: str, value: float, unit: str, target: str, ok: bool) -> None:
        print(f"{name}: {value:,.2f} {unit} (target {target}: {'ok' if ok else 'MISSED'})")

    run(_print)
