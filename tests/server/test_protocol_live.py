"""SPARQL 1.1 Protocol over real HTTP against a live waitress server on the seed store:
every method, format and status code the endpoint promises, the Graph Store Protocol (read),
CORS and request logging."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
import requests

KGO = "https://w3id.org/arabic-news-kg/ontology#"
ARTICLES = f"SELECT ?id WHERE {{ ?a <{KGO}articleId> ?id }} ORDER BY ?id"
CONSTRUCT = f"CONSTRUCT {{ ?a <{KGO}articleId> ?id }} WHERE {{ ?a <{KGO}articleId> ?id }}"
DESCRIBE = "DESCRIBE ?a WHERE { ?a a kgo:Article } LIMIT 1"
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
}


def _get(live, query, accept=None, **params):
    headers = {"Accept": accept} if accept else {}
    return requests.get(
        f"{live}/sparql", params={"query": query, **params}, headers=headers, timeout=30
    )


def _article_ids(resp) -> list[str]:
    return [b["id"]["value"] for b in resp.json()["results"]["bindings"]]


@pytest.fixture(scope="module")
def expected_ids(seed_store):
    from kg.store import open_store

    with open_store(seed_store, read_only=True) as st:
        return st.articles()


def test_three_ways_to_send_a_query(live, expected_ids):
    by_get = _get(live, ARTICLES)
    by_form = requests.post(f"{live}/sparql", data={"query": ARTICLES}, timeout=30)
    by_body = requests.post(
        f"{live}/sparql",
        data=ARTICLES.encode(),
        timeout=30,
        headers={"Content-Type": "application/sparql-query"},
    )
    for r in (by_get, by_form, by_body):
        assert r.status_code == 200
        assert r.headers["Content-Type"].startswith("application/sparql-results+json")
        assert _article_ids(r) == expected_ids


@pytest.mark.parametrize(
    "accept",
    [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ],
)
def test_select_in_every_results_format(live, accept, expected_ids):
    r = _get(live, ARTICLES, accept)
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == accept
    fmt = {
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "text/csv": None,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    }[accept]
    if fmt is None:
        ids = [row[0] for row in list(csv.reader(io.StringIO(r.text)))[1:]]
    else:
        ids = [s["id"].value for s in ox.parse_query_results(r.content, format=fmt)]
    assert ids == expected_ids


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "application/sparql-results+xml"]
)
def test_ask(live, accept):
    r = _get(live, "ASK { ?s a kgo:Statement }", accept)
    assert r.status_code == 200
    assert (
        bool(
            ox.parse_query_results(
                r.content,
                format={
                    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
                    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                }[accept],
            )
        )
        is True
    )


@pytest.mark.parametrize("accept", list(GRAPH_FORMATS))
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
def test_graph_results_in_every_rdf_format(live, accept, query, expected_ids):
    r = _get(live, query, accept)
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == accept
    quads = list(ox.parse(r.content, format=GRAPH_FORMATS[accept]))
    ids = sorted(q.object.value for q in quads if q.predicate.value == KGO + "articleId")
    assert ids == (expected_ids if query == CONSTRUCT else ids[:1]) and ids


def test_default_and_named_graph_uri(live, expected_ids):
    g0 = f"https://w3id.org/arabic-news-kg/id/graph/{expected_ids[0]}"
    r = _get(live, ARTICLES, **{"default-graph-uri": g0})
    assert _article_ids(r) == [expected_ids[0]]
    q = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a <{KGO}articleId> ?id }} }}"
    g1 = f"https://w3id.org/arabic-news-kg/id/graph/{expected_ids[1]}"
    r = requests.post(f"{live}/sparql", data={"query": q, "named-graph-uri": [g0, g1]}, timeout=30)
    assert sorted(b["g"]["value"] for b in r.json()["results"]["bindings"]) == [g0, g1]


@pytest.mark.parametrize(
    "query,needle",
    [
        ("SELECT ?x WHERE { ?x ?y }", "malformed query"),
        ("SELEC * {}", "error at 1:"),
        ("PREFIX : <x> SELECT * { ?s :p ?o", "malformed query"),
    ],
)
def test_400_malformed_with_parser_message(live, query, needle):
    r = _get(live, query)
    assert r.status_code == 400 and needle in r.text
    assert r.headers["Content-Type"].startswith("text/plain") and "Traceback" not in r.text


def test_400_without_query(live):
    r = requests.post(f"{live}/sparql", data={"query": ""}, timeout=30)
    assert r.status_code == 400 and "no query" in r.text


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_405_for_other_methods(live, method):
    r = requests.request(method, f"{live}/sparql", timeout=30)
    assert r.status_code == 405 and "GET" in r.headers["Allow"]
    assert requests.get(f"{live}/update", timeout=30).status_code == 405


@pytest.mark.parametrize(
    "query,accept",
    [
        (ARTICLES, "text/turtle"),
        (CONSTRUCT, "text/csv"),
        (ARTICLES, "image/png"),
    ],
)
def test_406_when_no_acceptable_format(live, query, accept):
    r = _get(live, query, accept)
    assert r.status_code == 406 and "cannot answer" in r.text


@pytest.mark.parametrize("ctype", ["text/plain", "application/json", "application/sparql-update"])
def test_415_for_unsupported_body(live, ctype):
    r = requests.post(
        f"{live}/sparql", data=ARTICLES.encode(), timeout=30, headers={"Content-Type": ctype}
    )
    assert r.status_code == 415 and "application/sparql-query" in r.text


def test_service_description(live):
    r = requests.get(f"{live}/sparql", headers={"Accept": "text/turtle"}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(r.content, format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    values = {(t.predicate.value, t.object.value) for t in triples}
    assert (sd + "endpoint", f"{live}/sparql") in values
    assert (sd + "supportedLanguage", sd + "SPARQL11Query") in values
    assert (sd + "supportedLanguage", sd + "SPARQL11Update") not in values  # off by default
    assert (sd + "feature", sd + "UnionDefaultGraph") in values
    r = requests.get(f"{live}/sparql", headers={"Accept": "application/ld+json"}, timeout=30)
    assert r.status_code == 200 and json.loads(r.text)


def test_browser_gets_the_editor(live):
    r = requests.get(f"{live}/sparql", headers={"Accept": "text/html,*/*;q=0.8"}, timeout=30)
    assert r.status_code == 200 and r.url.endswith("/editor") and "yasgui" in r.text


def test_gsp_named_default_and_dataset(live, expected_ids):
    g0 = f"https://w3id.org/arabic-news-kg/id/graph/{expected_ids[0]}"
    r = requests.get(
        f"{live}/rdf-graphs",
        params={"graph": g0},
        headers={"Accept": "application/n-triples"},
        timeout=30,
    )
    assert r.status_code == 200
    ids = {
        t.object.value
        for t in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)
        if t.predicate.value == KGO + "articleId"
    }
    assert ids == {expected_ids[0]}
    r = requests.get(f"{live}/rdf-graphs?default", headers={"Accept": "text/turtle"}, timeout=30)
    ids = {
        t.object.value
        for t in ox.parse(r.content, format=ox.RdfFormat.TURTLE)
        if t.predicate.value == KGO + "articleId"
    }
    assert r.status_code == 200 and ids == set(expected_ids)
    r = requests.get(f"{live}/rdf-graphs", headers={"Accept": "application/n-quads"}, timeout=30)
    graphs = {q.graph_name.value for q in ox.parse(r.content, format=ox.RdfFormat.N_QUADS)}
    from kg.rdf.iris import article_id_of_graph

    articles = {article_id_of_graph(g) for g in graphs} - {None}
    assert r.status_code == 200 and g0 in graphs and articles == set(expected_ids)
    head = requests.head(f"{live}/rdf-graphs", params={"graph": g0}, timeout=30)
    assert head.status_code == 200 and not head.content


@pytest.mark.parametrize("method,status", [("PUT", 405), ("DELETE", 405), ("POST", 405)])
def test_gsp_is_read_only(live, method, status):
    r = requests.request(method, f"{live}/rdf-graphs?default", data=b"", timeout=30)
    assert r.status_code == status and r.headers["Allow"] == "GET, HEAD"


def test_gsp_missing_graph_is_404(live):
    r = requests.get(f"{live}/rdf-graphs", params={"graph": "http://example.org/none"}, timeout=30)
    assert r.status_code == 404 and "no graph" in r.text


def test_cors_reads_allowed_by_default(live):
    r = _get(live, "ASK {}", headers=None)
    pre = requests.options(
        f"{live}/sparql",
        timeout=30,
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"},
    )
    assert pre.status_code == 204 and pre.headers["Access-Control-Allow-Origin"] == "*"
    r = requests.get(
        f"{live}/sparql",
        params={"query": "ASK {}"},
        timeout=30,
        headers={"Origin": "https://elsewhere.example"},
    )
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    upd = requests.options(
        f"{live}/update",
        timeout=30,
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in upd.headers


def test_requests_are_logged_with_timings(live, server_log):
    _get(live, "ASK {}")
    lines = [r.getMessage() for r in server_log.records if r.name == "kg.server"]
    assert any(ln.startswith("GET /sparql 200") and ln.endswith("ms") for ln in lines)


@pytest.mark.parametrize(
    "params", [{"default-graph-uri": "not an iri"}, {"named-graph-uri": "also not"}]
)
def test_bad_graph_uri_is_400(live, params):
    r = _get(live, ARTICLES, **params)
    assert r.status_code == 400 and "bad request" in r.text


@pytest.mark.parametrize(
    "fmt,mime",
    [
        ("csv", "text/csv"),
        ("tsv", "text/tab-separated-values"),
        ("xml", "application/sparql-results+xml"),
    ],
)
def test_format_parameter_overrides_accept(live, fmt, mime):
    r = _get(live, ARTICLES, "application/sparql-results+json", format=fmt)
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == mime


def test_unknown_format_parameter_is_406(live):
    assert _get(live, ARTICLES, format="pdf").status_code == 406
