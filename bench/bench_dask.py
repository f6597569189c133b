"""Dask executor vs local processes: ``kg build -j 2`` and ``kg build --executor dask -j 2`` on
the same synthetic corpus, each end to end in a child process (cluster start-up included), plus
the in-process ``build(executor=DaskExecutor(workers=2))`` with the cluster already up.

``run(report)``; ``KG_BENCH_DASK_N`` articles (default 500). Figures are reported, not targets.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402
from kgbuild import timed_build  # noqa: E402


def _cli(corpus: Path, tmp: Path, *extra: str) -> float:
    """`kg build corpus --store memory *extra` -> wall seconds."""
    return timed_build(corpus, "memory", tmp / "q", *extra)


def run(report) -> None:
    from kg.build import build
    from kg.build_dask import DaskExecutor
    from kg.store import open_store

    n = int(os.environ.get("KG_BENCH_DASK_N", "500"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        make_corpus(corpus, n, seed=11)
        local = _cli(corpus, tmp, "-j", "2")
        report("dask.cli_local_j2", n / local, "articles/s", "report", True)
        dask = _cli(corpus, tmp, "--executor", "dask", "-j", "2")
        report("dask.cli_dask_j2", n / dask, "articles/s", "report", True)
        with DaskExecutor(workers=2) as ex:
            st = open_store("memory")
            # a first build warms the workers' processors
            build([str(corpus)], st, executor=ex, quarantine_dir=tmp / "q2")
            t = time.perf_counter()
            build([str(corpus)], st, executor=ex, quarantine_dir=tmp / "q2", force=True)
            warm = time.perf_counter() - t
            st.close()
        report("dask.inprocess_warm_w2", n / warm, "articles/s", "report", True)


if __name__ == "__main__":
    run(lambda name, v, unit, target, ok: print(f"{name}: {v:,.2f} {unit}"))
