"""The Flask app factory and the minimal SPARQL endpoint (test client and a live waitress)."""

from __future__ import annotations

import json
import socket
import threading
import urllib.parse
import urllib.request

import pytest
from waitress.server import create_server

from kg.ingest import Article
from kg.rdf.mapping import article_to_graph
from kg.store import open_store
from server import create_app

Q = "SELECT ?id WHERE { ?a <https://w3id.org/arabic-news-kg/ontology#articleId> ?id } ORDER BY ?id"


@pytest.fixture(scope="module")
def store():
    st = open_store("memory")
    for aid in ("s1", "s2"):
        st.replace_article(aid, article_to_graph(Article(id=aid, text="نص " + aid)))
    return st


@pytest.fixture
def client(store):
    return create_app({"KG_STORE": store, "TESTING": True}).test_client()


def _ids(resp) -> list[str]:
    data = json.loads(resp.data)
    return [b["id"]["value"] for b in data["results"]["bindings"]]


def test_factory_layers_config(monkeypatch):
    monkeypatch.setenv("KG_STORE", "/from/env")
    assert create_app().config["KG_STORE"] == "/from/env"
    assert create_app({"KG_STORE": "memory"}).config["KG_STORE"] == "memory"


def test_get(client):
    r = client.get("/sparql", query_string={"query": Q})
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+json"
    assert _ids(r) == ["s1", "s2"]


def test_post_form_and_body(client):
    assert _ids(client.post("/sparql", data={"query": Q})) == ["s1", "s2"]
    r = client.post("/sparql", data=Q.encode(), content_type="application/sparql-query")
    assert _ids(r) == ["s1", "s2"]


def test_ask(client):
    r = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert json.loads(r.data)["boolean"] is True


@pytest.mark.parametrize("query", ["SELEC ?x", "SELECT ?x WHERE { ?x ?y }"])
def test_malformed_is_400_with_message(client, query):
    r = client.get("/sparql", query_string={"query": query})
    assert r.status_code == 400 and b"malformed" in r.data


def test_live_waitress(store):
    app = create_app({"KG_STORE": store})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = create_server(app, host="127.0.0.1", port=port, threads=2)
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    try:
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": Q})
        with urllib.request.urlopen(url, timeout=10) as resp:
            assert resp.headers["Content-Type"].startswith("application/sparql-results+json")
            data = json.loads(resp.read())
        assert [b["id"]["value"] for b in data["results"]["bindings"]] == ["s1", "s2"]
    finally:
        server.close()
