"""The app factory and the /sparql endpoint through Flask's test client (in-memory store,
queries run by the worker pool on an N-Quads snapshot)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from kg.ingest import Article
from kg.rdf.mapping import article_to_graph
from kg.store import open_store
from server import create_app

KGO = "https://w3id.org/arabic-news-kg/ontology#"
Q = f"SELECT ?id WHERE {{ ?a <{KGO}articleId> ?id }} ORDER BY ?id"
IDS = ["s1", "s2", "نص-٣"]


@pytest.fixture(scope="module")
def app():
    st = open_store("memory")
    for aid in IDS:
        st.replace_article(aid, article_to_graph(Article(id=aid, text="نص " + aid)))
    app = create_app({"KG_STORE": st, "TESTING": True, "KG_QUERY_WORKERS": 1, "KG_MAX_ROWS": 10})
    yield app
    app.extensions["kg_pool"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def _ids(resp) -> list[str]:
    data = json.loads(resp.data)
    return [b["id"]["value"] for b in data["results"]["bindings"]]


def test_factory_layers_config(monkeypatch):
    monkeypatch.setenv("KG_STORE", "/from/env")
    monkeypatch.setenv("KG_SERVICE_ALLOWLIST", "http://a/sparql, http://b/sparql")
    monkeypatch.setenv("KG_QUERY_WORKERS", "3")
    app = create_app()
    assert app.config["KG_STORE"] == "/from/env"
    assert app.config["KG_SERVICE_ALLOWLIST"] == ["http://a/sparql", "http://b/sparql"]
    assert app.config["KG_QUERY_WORKERS"] == 3
    assert create_app({"KG_STORE": "memory"}).config["KG_STORE"] == "memory"


def test_bad_env_value_is_a_config_error(monkeypatch):
    from kg.errors import ConfigError

    monkeypatch.setenv("KG_QUERY_WORKERS", "many")
    with pytest.raises(ConfigError, match="KG_QUERY_WORKERS"):
        create_app()


def test_get(client):
    r = client.get("/sparql", query_string={"query": Q})
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+json"
    assert _ids(r) == sorted(IDS)


def test_post_form_and_body(client):
    assert _ids(client.post("/sparql", data={"query": Q})) == sorted(IDS)
    r = client.post("/sparql", data=Q.encode(), content_type="application/sparql-query")
    assert _ids(r) == sorted(IDS)


def test_kg_prefixes_are_predeclared(client):
    r = client.get("/sparql", query_string={"query": "SELECT ?id { ?a kgo:articleId ?id }"})
    assert sorted(_ids(r)) == sorted(IDS)


def test_ask(client):
    r = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert json.loads(r.data)["boolean"] is True
    r = client.get("/sparql", query_string={"query": "ASK { ?s <http://nope/p> ?o }"})
    assert json.loads(r.data)["boolean"] is False


@pytest.mark.parametrize(
    "accept,mime",
    [
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ],
)
def test_select_formats(client, accept, mime):
    r = client.get("/sparql", query_string={"query": Q}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mime
    body = r.get_data(as_text=True)
    if mime == "text/csv":
        rows = list(csv.reader(io.StringIO(body)))
        assert rows[0] == ["id"] and [x[0] for x in rows[1:]] == sorted(IDS)
    elif mime == "application/sparql-results+xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        values = [e.text for e in ET.fromstring(r.data).findall(".//r:literal", ns)]
        assert values == sorted(IDS)
    else:
        assert body.splitlines()[0] == "?id" and '"نص-٣"' in body


@pytest.mark.parametrize("query", ["SELEC ?x", "SELECT ?x WHERE { ?x ?y }"])
def test_malformed_is_400_with_message(client, query):
    r = client.get("/sparql", query_string={"query": query})
    assert r.status_code == 400 and b"malformed" in r.data and b"error at" in r.data


def test_row_limit_names_the_limit(client):
    r = client.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o }"})
    assert r.status_code == 422 and b"KG_MAX_ROWS" in r.data and b"10" in r.data
    ok = client.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o } LIMIT 10"})
    assert ok.status_code == 200


def test_no_stack_trace_on_internal_error(app, monkeypatch):
    import server.ui

    def boom(*a, **k):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(server.ui.uidata, "articles", boom)
    r = app.test_client().get("/articles")
    assert r.status_code == 500
    assert b"secret" not in r.data and b"Traceback" not in r.data and b"reference" in r.data


@pytest.mark.parametrize(
    "origins,origin,allowed",
    [
        ("https://a.example", "https://a.example", "https://a.example"),
        ("https://a.example", "https://b.example", None),
        ("", "https://a.example", None),
        ("*", "https://b.example", "*"),
    ],
)
def test_cors_is_configurable(origins, origin, allowed):
    app = create_app({"KG_STORE": "memory", "KG_CORS_ORIGINS": origins, "TESTING": True})
    r = app.test_client().options(
        "/sparql", headers={"Origin": origin, "Access-Control-Request-Method": "GET"}
    )
    assert r.status_code == 204
    assert r.headers.get("Access-Control-Allow-Origin") == allowed


def test_update_cors_only_for_named_origins():
    app = create_app(
        {"KG_STORE": "memory", "KG_CORS_ORIGINS": "* https://admin.example", "TESTING": True}
    )
    c = app.test_client()
    pre = {"Access-Control-Request-Method": "POST"}
    r = c.options("/update", headers={"Origin": "https://other.example", **pre})
    assert "Access-Control-Allow-Origin" not in r.headers
    r = c.options("/update", headers={"Origin": "https://admin.example", **pre})
    assert r.headers["Access-Control-Allow-Origin"] == "https://admin.example"
    assert "Authorization" in r.headers["Access-Control-Allow-Headers"]


def test_missing_store_is_a_clear_503(tmp_path):
    app = create_app({"KG_STORE": str(tmp_path / "nowhere"), "TESTING": True})
    r = app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert r.status_code == 503 and b"Traceback" not in r.data
    r = app.test_client().get("/articles")
    assert r.status_code == 503 and b"kg build" in r.data


def test_failed_pool_start_leaves_no_worker(tmp_path):
    import psutil

    app = create_app(
        {"KG_STORE": str(tmp_path / "nowhere"), "KG_QUERY_WORKERS": 2, "TESTING": True}
    )
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    assert app.test_client().get("/sparql", query_string={"query": "ASK {}"}).status_code == 503
    after = {
        p.pid
        for p in psutil.Process().children(recursive=True)
        if p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    }
    assert after <= before
