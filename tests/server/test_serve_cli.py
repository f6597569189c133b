"""``kg serve`` as a process: it answers, logs requests, and its query workers do not outlive
it, even while they are running a query."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import requests

KG = str(Path(sys.executable).with_name("kg"))
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def kg_serve(seed_store, tmp_path):
    port = _port()
    log = tmp_path / "serve.log"
    env = dict(os.environ, KG_QUERY_TIMEOUT="30", KG_QUERY_WORKERS="2")
    with open(log, "w") as fh:
        proc = subprocess.Popen(
            [KG, "serve", "--store", str(seed_store), "--port", str(port)],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
        )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            requests.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=2)
            break
        except requests.ConnectionError:
            time.sleep(0.05)
    yield proc, url, log
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)


def test_serve_answers_and_logs(kg_serve):
    proc, url, log = kg_serve
    r = requests.get(f"{url}/sparql", params={"query": "ASK { ?s a kgo:Article }"}, timeout=10)
    assert r.status_code == 200 and r.json()["boolean"] is True
    assert requests.get(f"{url}/search", params={"q": "الأسد"}, timeout=30).status_code == 200
    time.sleep(0.2)
    text = log.read_text()
    assert "GET /sparql 200" in text and "GET /search 200" in text


def test_workers_die_with_the_server(kg_serve):
    proc, url, _ = kg_serve
    requests.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=10)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert len(workers) >= 2
    try:  # keep one worker busy with an endless query, then kill the server under it
        requests.get(f"{url}/sparql", params={"query": HEAVY}, timeout=1)
    except requests.Timeout:
        pass
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, [p.pid for p in alive]
