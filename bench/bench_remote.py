"""Remote store figures: writing article graphs to ``oxigraph serve`` (batch 1 vs 20) against
the embedded on-disk store, and the latency of a read view on each.

``run(report)`` with the lead's ``report(name, value, unit, target, ok)``. It builds the seeds
into memory, copies their graphs under ``N`` article ids (default 300, ``KG_BENCH_REMOTE_N``),
and times ``replace_article_ntriples`` + ``flush``; then ``views.statements(about=الأسد)``.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def _serve(location: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("oxigraph serve did not start")


def _seed_ntriples() -> list[str]:
    from kg.build import build
    from kg.store import open_store

    with open_store("memory") as st:
        build([str(ROOT / "seeds")], st, quarantine_dir=tempfile.mkdtemp())
        return [st.article_graph(a).serialize(format="nt") for a in st.articles()]


def _write(store, docs: list[str], n: int) -> float:
    t = time.perf_counter()
    for i in range(n):
        store.replace_article_ntriples(f"bench-{i}", docs[i % len(docs)])
    store.flush()
    return n / (time.perf_counter() - t)


def _latency(store) -> float:
    from kg import views

    about = views.resolve_actors(store, "الأسد")
    times = []
    for _ in range(5):
        t = time.perf_counter()
        views.statements(store, about=about)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def run(report) -> None:
    from kg.store import open_store
    from kg.store_remote import RemoteStore

    n = int(os.environ.get("KG_BENCH_REMOTE_N", "300"))
    docs = _seed_ntriples()
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "local") as local:
            emb = _write(local, docs, n)
            report("remote.embedded_write", emb, "articles/s", "report", True)
            emb_ms = _latency(local)
        for batch in (1, 20):
            proc, url = _serve(Path(tmp) / f"ox{batch}")
            try:
                with RemoteStore.open(url, batch_size=batch) as st:
                    rate = _write(st, docs, n)
                    report(
                        f"remote.write_batch{batch}",
                        rate,
                        "articles/s",
                        ">= 0.7 x embedded",
                        rate >= 0.7 * emb,
                    )
                    if batch > 1:
                        ms = _latency(st)
                        report("remote.statements_about_latency", ms, "ms", "report", True)
                        report(
                            "remote.embedded_statements_about_latency", emb_ms, "ms", "report", True
                        )
            finally:
                proc.terminate()
                proc.wait(timeout=10)


if __name__ == "__main__":

    def _print(name, value, unit, target, ok):
        print(f"{name}: {value:,.2f} {unit} (target {target}: {'ok' if ok else 'MISSED'})")

    run(_print)
