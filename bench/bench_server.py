"""HTTP figures for the kg SPARQL endpoint next to ``oxigraph serve`` on the same data.

``run(report)`` with the lead's ``report(name, value, unit, target, ok)``: builds the seeds into
a temporary store, serves it with ``kg serve`` (waitress + worker pool) and a copy with
``oxigraph serve``, then sends the who-said-what-about query (target «الأسد») from ``CLIENTS``
concurrent keep-alive clients, ``REQUESTS`` requests per round, three alternating rounds per
server (loopback only, bounded in count and time). Reports p50/p95 latency and throughput
of each and the throughput ratio
(target: kg >= 0.5 x Oxigraph). Environment: ``KG_BENCH_SERVER_CLIENTS`` (8),
``KG_BENCH_SERVER_REQUESTS`` (400), ``KG_BENCH_SERVER_THREADS`` (4).
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CLIENTS = int(os.environ.get("KG_BENCH_SERVER_CLIENTS", "8"))
REQUESTS = int(os.environ.get("KG_BENCH_SERVER_REQUESTS", "400"))  # per round
ROUNDS = 3  # alternating rounds per server; the median round's throughput is reported
THREADS = int(os.environ.get("KG_BENCH_SERVER_THREADS", "4"))  # waitress threads (kg default)
MAX_SECONDS = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen) -> None:
    import requests

    for _ in range(600):
        if proc.poll() is not None:
            raise SystemExit(f"server exited early: {proc.args}")
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.05)
    raise SystemExit(f"server did not start: {proc.args}")


def _query() -> str:
    """who-said-what-about.rq with its target given by a VALUES clause (an IRI from iris)."""
    from kg.kb import default_kb
    from kg.rdf import iris
    from kg.resources import query_text

    entry = default_kb().search("الأسد")[0]
    return query_text("who-said-what-about") + f"\nVALUES ?target {{ <{iris.actor(entry.id)}> }}"


def _load(url: str, query: str) -> tuple[list[float], float, int]:
    """-> (latencies in s, elapsed s, rows in one answer) for REQUESTS requests, sent by
    CLIENTS threads over keep-alive connections (http.client: a light client, so that the
    servers, not the client, are measured)."""
    import http.client
    import json
    from urllib.parse import urlencode, urlsplit

    parts = urlsplit(url)
    body = urlencode({"query": query}).encode()
    headers = {
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    todo = list(range(REQUESTS))
    lock = threading.Lock()
    lat: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + MAX_SECONDS

    def post(conn: http.client.HTTPConnection) -> tuple[int, bytes]:
        conn.request("POST", parts.path, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read()

    def client() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            while time.monotonic() < deadline:
                with lock:
                    if not todo:
                        return
                    todo.pop()
                t = time.perf_counter()
                status, data = post(conn)
                dt = time.perf_counter() - t
                with lock:
                    if status == 200:
                        lat.append(dt)
                    else:
                        errors.append(data[:200].decode("utf-8", "replace"))
        finally:
            conn.close()

    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    status, data = post(conn)
    rows = len(json.loads(data)["results"]["bindings"]) if status == 200 else 0
    for _ in range(20):  # warm-up
        post(conn)
    conn.close()
    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    if errors:
        raise SystemExit(f"{len(errors)} failed requests to {url}: {errors[0]}")
    return lat, elapsed, rows


def _cpu(pid: int) -> float:
    """-> CPU seconds (user + system) used so far by a process and its children."""
    import psutil

    total = 0.0
    proc = psutil.Process(pid)
    for p in [proc, *proc.children(recursive=True)]:
        try:
            t = p.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system
    return total


def _figures(report, name: str, rounds: list[tuple[list[float], float, int]]) -> float:
    """Latency quantiles over all rounds; throughput = the median round's."""
    lat = [x for r in rounds for x in r[0]]
    q = statistics.quantiles(lat, n=100)
    rps = statistics.median(len(r[0]) / r[1] for r in rounds)
    report(f"server.{name}.p50_ms", q[49] * 1000, "ms", "report", True)
    report(f"server.{name}.p95_ms", q[94] * 1000, "ms", "report", True)
    report(f"server.{name}.throughput", rps, "req/s", "report", True)
    return rps


def run(report) -> None:
    """Benchmark kg's endpoint against oxigraph serve on the same data (see module doc)."""
    from kg.pipeline import build
    from kg.store import open_store

    saved = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if saved is not None:  # both servers get every core, as in production
        os.sched_setaffinity(0, range(os.cpu_count() or 1))
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-server-"))
    procs: list[subprocess.Popen] = []
    try:
        store = tmp / "store"
        with open_store(store) as st:
            build([str(ROOT / "seeds")], st, quarantine_dir=tmp / "q")
        shutil.copytree(store, tmp / "oxcopy")
        query = _query()
        kg_port, ox_port = _free_port(), _free_port()
        env = dict(os.environ, KG_QUERY_WORKERS="2", KG_LOG_REQUESTS="0")
        procs.append(
            subprocess.Popen(
                [
                    str(BIN / "kg"),
                    "serve",
                    "--store",
                    str(store),
                    "--port",
                    str(kg_port),
                    "--threads",
                    str(THREADS),
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        procs.append(
            subprocess.Popen(
                [
                    str(BIN / "oxigraph"),
                    "serve",
                    "--location",
                    str(tmp / "oxcopy"),
                    "--bind",
                    f"127.0.0.1:{ox_port}",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        kg_url = f"http://127.0.0.1:{kg_port}/sparql"
        ox_url = f"http://127.0.0.1:{ox_port}/query"
        _wait(kg_url, procs[0])
        _wait(ox_url, procs[1])
        kg_rounds, ox_rounds = [], []
        kg_cpu = ox_cpu = 0.0
        for _ in range(ROUNDS):  # alternate, so that load from elsewhere hits both alike
            c0 = _cpu(procs[0].pid)
            kg_rounds.append(_load(kg_url, query))
            kg_cpu += _cpu(procs[0].pid) - c0
            c0 = _cpu(procs[1].pid)
            ox_rounds.append(_load(ox_url, query))
            ox_cpu += _cpu(procs[1].pid) - c0
        kg_rows, ox_rows = kg_rounds[0][2], ox_rounds[0][2]
        if kg_rows != ox_rows or not kg_rows:
            raise SystemExit(f"different answers: kg {kg_rows} rows, oxigraph {ox_rows} rows")
        report("server.who_said_what.rows", kg_rows, "rows", "report", True)
        kg_rps = _figures(report, "kg", kg_rounds)
        ox_rps = _figures(report, "oxigraph", ox_rounds)
        ratio = kg_rps / ox_rps
        report("server.kg_vs_oxigraph.throughput_ratio", ratio, "x", ">= 0.5", ratio >= 0.5)
        # CPU per request (server process + its workers): independent of load from elsewhere
        n_kg = sum(len(r[0]) for r in kg_rounds) + 21 * ROUNDS
        n_ox = sum(len(r[0]) for r in ox_rounds) + 21 * ROUNDS
        report("server.kg.cpu_ms_per_request", kg_cpu / n_kg * 1000, "ms", "report", True)
        report("server.oxigraph.cpu_ms_per_request", ox_cpu / n_ox * 1000, "ms", "report", True)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)
        if saved is not None:
            os.sched_setaffinity(0, saved)


if __name__ == "__main__":

    def _print(name, value, unit, target, ok):  # noqa: ANN001
        print(f"{name}: {value:,.2f} {unit} (target {target}: {'ok' if ok else 'MISSED'})")

    run(_print)
