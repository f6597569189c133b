"""Cost of kg's inference choice (query-time rewriting over stored ontology + KB graphs) against
the build-time alternative (materialising entailments into each article graph), plus the HermiT
check and the exports. ``run(report)`` takes bench/run.py's ``report(name, value, unit, target,
ok)``; ``python bench/bench_inference.py [--n N]`` runs it alone.

Corpus: the seeds plus ``N`` synthetic articles (bench/corpus.py), built into a memory store.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[1]

Report = Callable[[str, float, str, str, bool], None]
PLAIN_ACTORS = """PREFIX kgo: <https://w3id.org/arabic-news-kg/ontology#>
SELECT DISTINCT ?actor WHERE {
  VALUES ?t { kgo:Actor kgo:Person kgo:Organization kgo:Place kgo:Country kgo:Facility }
  ?actor a ?t . FILTER(STRSTARTS(STR(?actor), "https://w3id.org/arabic-news-kg/id/actor/")) }"""


def _ms(fn: Callable[[], object], repeat: int = 7) -> float:
    """-> median wall time of ``fn`` in ms (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _store(n: int, tmp: Path):
    from corpus import make_corpus

    from kg.pipeline import build
    from kg.store import open_store

    make_corpus(tmp / "corpus", n)
    st = open_store("memory")
    build([str(ROOT / "seeds"), str(tmp / "corpus")], st, quarantine_dir=tmp / "q")
    return st


def run(report: Report, n: int = 200) -> None:
    from kg.export.graph_formats import to_gexf
    from kg.export.network import build_network
    from kg.export.rdf import export_rdf
    from kg.rdf import iris
    from kg.rdf.namespaces import KGO
    from kg.reason import actors, check_ontology, install, materialise, statements_by
    from kg.reason.background import ontology_graph
    from kg.resources import query_text

    res = check_ontology()
    report("ontology.hermit_check.s", res.seconds, "s", "<= 10", res.ok and res.seconds <= 10)
    with tempfile.TemporaryDirectory(prefix="kg-bench-inf-") as d:
        st = _store(n, Path(d))
        arts = st.articles()
        base = len(st)
        t = time.perf_counter()
        counts = install(st)
        report(
            "inference.install_background.ms",
            (time.perf_counter() - t) * 1000,
            "ms",
            "report",
            True,
        )
        extra = sum(counts.values())
        report("inference.background_triples_pct", 100 * extra / base, "% of store", "report", True)
        plain = _ms(lambda: list(st.query(PLAIN_ACTORS)))
        path = _ms(lambda: list(st.query(query_text("inference-actors"))))
        bound = _ms(lambda: list(st.query(query_text("inference-instances"), {"class": KGO.Place})))
        report("inference.places.bound_class_query_ms", bound, "ms", "report", True)
        inferred = _ms(lambda: actors(st))
        report("inference.all_actors.listed_types_query_ms", plain, "ms", "report", True)
        report("inference.all_actors.subclass_path_query_ms", path, "ms", "report", True)
        report("inference.all_actors.with_labels_ms", inferred, "ms", "<= 200", inferred <= 200)
        by = _ms(lambda: statements_by(st, iris.actor("Q159")))
        report("inference.statements_by_government.ms", by, "ms", "<= 200", by <= 200)
        onto = ontology_graph()
        graphs = [st.article_graph(a) for a in arts[:50]]
        t = time.perf_counter()
        grown = [len(materialise(g, onto)) for g in graphs]
        per = (time.perf_counter() - t) * 1000 / len(graphs)
        growth = 100 * (sum(grown) / sum(len(g) for g in graphs) - 1)
        report("materialise.ms_per_article", per, "ms", "report", True)
        report("materialise.triple_growth_pct", growth, "%", "report", True)
        try:
            import owlrl

            g = graphs[0] + onto
            t = time.perf_counter()
            owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
            report(
                "materialise.owlrl_rdfs_ms_per_article",
                (time.perf_counter() - t) * 1000,
                "ms",
                "report",
                True,
            )
        except ImportError:
            pass
        net_ms = _ms(lambda: to_gexf(build_network(st)), repeat=3)
        report("export.network_gexf.ms", net_ms, "ms", "<= 2000", net_ms <= 2000)
        t = time.perf_counter()
        written = export_rdf(st, "nq", io.BytesIO())
        dt = time.perf_counter() - t
        report(
            "export.nquads.quads_per_s", written / dt, "quads/s", ">= 50000", written / dt >= 50000
        )
        t = time.perf_counter()
        written = export_rdf(st, "jsonld", io.BytesIO())
        dt = time.perf_counter() - t
        report("export.jsonld.quads_per_s", written / dt, "quads/s", "report", True)
        st.close()


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()

    def _print(name: str, value: float, unit: str, target: str, ok: bool) -> None:
        print(f"{name}: {value:,.2f} {unit} (target {target}: {'ok' if ok else 'MISSED'})")

    run(_print, args.n)
