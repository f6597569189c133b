"""Safety limits: a time limit that kills the work, query length, result rows, and SERVICE
calls only to allowlisted endpoints."""

from __future__ import annotations

import os
import time

import pytest
import requests

from tests.server.conftest import make_app, serve

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(scope="module")
def strict(seed_store):
    app = make_app(
        str(seed_store),
        KG_QUERY_TIMEOUT=1.0,
        KG_QUERY_WORKERS=1,
        KG_MAX_ROWS=100,
        KG_MAX_QUERY_LENGTH=500,
    )
    with serve(app) as url:
        yield app, url


def test_timeout_kills_the_worker_and_the_server_recovers(strict):
    app, url = strict
    assert requests.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=30).ok
    pool = app.extensions["kg_pool"]
    (before,) = pool.pids()
    t0 = time.monotonic()
    r = requests.get(f"{url}/sparql", params={"query": HEAVY}, timeout=30)
    took = time.monotonic() - t0
    assert r.status_code == 503 and "KG_QUERY_TIMEOUT" in r.text and "stopped" in r.text
    assert r.headers.get("Retry-After") == "1"
    assert took < 10  # answered at the limit, not when the (endless) query would end
    assert not _alive(before)  # the work really stopped
    assert pool.killed >= 1
    r = requests.get(f"{url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert r.status_code == 200 and r.json()["boolean"] is True
    assert pool.pids() and before not in pool.pids()


def test_row_limit(strict):
    _, url = strict
    r = requests.get(f"{url}/sparql", params={"query": "SELECT * { ?s ?p ?o }"}, timeout=30)
    assert r.status_code == 422 and "more than 100 results" in r.text and "KG_MAX_ROWS" in r.text
    r = requests.get(f"{url}/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, timeout=30)
    assert r.status_code == 422 and "KG_MAX_ROWS" in r.text


def test_query_length_limit(strict):
    _, url = strict
    long_query = "SELECT * WHERE { ?s ?p ?o } " + "#" * 600
    r = requests.post(f"{url}/sparql", data={"query": long_query}, timeout=30)
    assert r.status_code == 413 and "KG_MAX_QUERY_LENGTH" in r.text and "500" in r.text


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        "PREFIX ep: <http://127.0.0.1:1/> SELECT * WHERE { service ep:sparql { ?s ?p ?o } }",
        "SELECT * WHERE { VALUES ?e { <http://x> } SERVICE ?e { ?s ?p ?o } }",
    ],
)
def test_service_refused_by_default(strict, query):
    _, url = strict
    r = requests.get(f"{url}/sparql", params={"query": query}, timeout=30)
    assert r.status_code == 403 and "KG_SERVICE_ALLOWLIST" in r.text


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:1/sparql> {" } LIMIT 1',
        "SELECT * WHERE { ?s ?p ?o } LIMIT 1 # SERVICE <http://127.0.0.1:1/sparql>",
        "SELECT * WHERE { ?s <http://x/SERVICE> ?o } LIMIT 1",
    ],
)
def test_service_word_in_strings_comments_iris_is_not_a_call(strict, query):
    _, url = strict
    assert requests.get(f"{url}/sparql", params={"query": query}, timeout=30).status_code == 200


def test_service_allowed_when_on_the_allowlist(seed_store, live):
    remote = f"{live}/sparql"
    app = make_app(str(seed_store), KG_SERVICE_ALLOWLIST=remote, KG_QUERY_WORKERS=1)
    q = (
        f"SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE {{ SERVICE <{remote}> "
        "{ ?a <https://w3id.org/arabic-news-kg/ontology#articleId> ?id } }"
    )
    with serve(app) as url:
        r = requests.get(f"{url}/sparql", params={"query": q}, timeout=30)
        assert r.status_code == 200, r.text
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "5"
        other = q.replace(remote, remote.replace("/sparql", "/other"))
        assert requests.get(f"{url}/sparql", params={"query": other}, timeout=30).status_code == 403
