"""End to end: ``kg build seeds --store http://…`` into a real ``oxigraph serve``, then read."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KG = [sys.executable, "-m", "kg"]


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=ROOT, timeout=900)


@pytest.fixture(scope="module")
def built(module_oxigraph_server, tmp_path_factory):
    """The seeds built into the remote store and, for comparison, into an embedded one."""
    d = tmp_path_factory.mktemp("remote-e2e")
    remote = kg(
        "build",
        str(ROOT / "seeds"),
        "--store",
        module_oxigraph_server.url,
        "--quarantine",
        str(d / "q"),
        "--json",
    )
    local = kg(
        "build",
        str(ROOT / "seeds"),
        "--store",
        str(d / "local"),
        "--quarantine",
        str(d / "q2"),
        "--json",
    )
    assert local.returncode == 0, local.stderr
    return module_oxigraph_server.url, str(d / "local"), remote


def _stats(store: str) -> dict:
    r = kg("stats", "--store", store, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_build_into_remote_store(built):
    url, _, r = built
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["stored"] == 5 and summary["articles_in_store"] == 5


def test_remote_and_embedded_hold_the_same_data(built):
    url, local, _ = built
    a, b = _stats(url), _stats(local)
    assert a == b and a["articles"] == 5


@pytest.mark.parametrize("about", ["الأسد", "Assad"])
def test_statements_match_the_embedded_store(built, about):
    url, local, _ = built
    remote = kg("statements", "--about", about, "--store", url)
    embedded = kg("statements", "--about", about, "--store", local)
    assert remote.returncode == 0, remote.stderr
    rows = [json.loads(x) for x in remote.stdout.splitlines()]
    assert len(rows) >= 5
    assert rows == [json.loads(x) for x in embedded.stdout.splitlines()]


def test_entities_and_query_match(built):
    url, local, _ = built
    for args in (
        ["entities"],
        [
            "query",
            "SELECT ?id WHERE { ?a <https://w3id.org/arabic-news-kg/"
            "ontology#articleId> ?id } ORDER BY ?id",
            "--format",
            "csv",
        ],
    ):
        remote, embedded = kg(*args, "--store", url), kg(*args, "--store", local)
        assert remote.returncode == 0, remote.stderr
        assert remote.stdout == embedded.stdout and remote.stdout.strip()


def test_rebuild_is_a_noop(built):
    url, _, _ = built
    before = _stats(url)
    r = kg("build", str(ROOT / "seeds"), "--store", url, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["unchanged"] == 5
    assert _stats(url) == before


def test_forced_rebuild_replaces_without_duplicates(built):
    url, _, _ = built
    before = _stats(url)
    r = kg("build", str(ROOT / "seeds"), "--store", url, "--force", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["stored"] == 5
    assert _stats(url) == before


def test_server_down_is_exit_code_2():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    for args in (["statements", "--about", "الأسد"], ["build", str(ROOT / "seeds")]):
        r = kg(*args, "--store", f"http://127.0.0.1:{port}")
        assert r.returncode == 2
        assert "cannot reach the SPARQL endpoint" in r.stderr and "Traceback" not in r.stderr
