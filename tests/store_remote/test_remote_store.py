"""RemoteStore against a real ``oxigraph serve``: same contract as the embedded store."""

from __future__ import annotations

import socket

import pyoxigraph as ox
import pytest
import requests
import responses
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.errors import QueryError, StoreError
from kg.ingest import Article
from kg.rdf import iris
from kg.rdf.mapping import article_to_graph
from kg.store import open_store
from kg.store_remote import RemoteStore


def _art(aid: str, text: str = "نص الخبر") -> Article:
    return Article(id=aid, text=text, title="عنوان", date="2017-04-12")


class CountingSession(requests.Session):
    """A requests session that counts POSTs to the update endpoint."""

    def __init__(self) -> None:
        super().__init__()
        self.updates = 0

    def post(self, url, *args, **kwargs):  # type: ignore[override]
        if url.endswith("/update"):
            self.updates += 1
        return super().post(url, *args, **kwargs)


def test_open_store_dispatches_http_to_remote(oxigraph_server):
    with open_store(oxigraph_server.url) as st:
        assert isinstance(st, RemoteStore)
        assert st.articles() == [] and len(st) == 0


@pytest.mark.parametrize("aid", ["a/1 é", "خبر-١", "plain"])
def test_roundtrip_is_isomorphic(oxigraph_server, aid):
    a = _art(aid)
    g = article_to_graph(a)
    with open_store(oxigraph_server.url) as st:
        st.replace_article(a.id, g)
        assert st.articles() == [aid]
        assert isomorphic(st.article_graph(a.id), g)
        assert st.article_hash(a.id) == a.content_hash
        assert st.article_hash("absent") is None
        assert len(st.article_graph("absent")) == 0


def test_replace_swaps_whole_graph_without_duplicates(oxigraph_server):
    with open_store(oxigraph_server.url) as st:
        st.replace_article("x", article_to_graph(_art("x", "نص أول")))
        st.replace_article("y", article_to_graph(_art("y", "نص آخر")))
        n = len(st)
        new = article_to_graph(_art("x", "نص ثان مختلف"))
        st.replace_article("x", new)
        st.replace_article("x", new)
        assert len(st) == n and isomorphic(st.article_graph("x"), new)
        assert st.article_hash("x") == _art("x", "نص ثان مختلف").content_hash
        assert isomorphic(st.article_graph("y"), article_to_graph(_art("y", "نص آخر")))


def test_writes_are_batched_and_flushed_before_reads(oxigraph_server):
    sess = CountingSession()
    st = RemoteStore.open(oxigraph_server.url, batch_size=2, session=sess)
    for aid in ("a", "b", "c"):
        st.replace_article(aid, article_to_graph(_art(aid)))
    assert sess.updates == 1  # a and b in one request, c still queued
    assert st.article_hash("c") == _art("c").content_hash  # a queued write is visible
    assert st.articles() == ["a", "b", "c"]  # a read sends the queue first
    assert sess.updates == 2
    st.close()
    with open_store(oxigraph_server.url) as again:
        assert again.articles() == ["a", "b", "c"]


def test_close_sends_queued_writes(oxigraph_server):
    st = RemoteStore.open(oxigraph_server.url, batch_size=50)
    st.replace_article("q", article_to_graph(_art("q")))
    st.close()
    with open_store(oxigraph_server.url) as again:
        assert again.articles() == ["q"]


def test_remove_article(oxigraph_server):
    with open_store(oxigraph_server.url) as st:
        st.replace_article("x", article_to_graph(_art("x")))
        assert st.remove_article("x") is True
        assert st.remove_article("x") is False
        assert st.articles() == [] and st.article_hash("x") is None


def test_read_only_refuses_writes(oxigraph_server):
    with open_store(oxigraph_server.url, read_only=True) as st:
        with pytest.raises(StoreError, match="read-only"):
            st.replace_article("x", article_to_graph(_art("x")))
        with pytest.raises(StoreError, match="read-only"):
            st.remove_article("x")


@pytest.mark.parametrize("evil", ['" } } ; DROP ALL ; { "', 'x" . }\nDROP ALL', "عربي'\"\\"])
def test_bindings_are_terms_not_text(oxigraph_server, evil):
    q = "SELECT ?a WHERE { GRAPH ?g { ?a ?p ?id } }"
    with open_store(oxigraph_server.url) as st:
        st.replace_article("x", article_to_graph(_art("x")))
        n = len(st)
        rows = list(
            st.query(
                q,
                {
                    "id": Literal(evil, datatype=XSD.string),
                    "p": URIRef("https://w3id.org/arabic-news-kg/ontology#articleId"),
                },
            )
        )
        assert rows == [] and len(st) == n
        rows = list(
            st.query(
                q,
                {
                    "id": Literal("x", datatype=XSD.string),
                    "p": URIRef("https://w3id.org/arabic-news-kg/ontology#articleId"),
                },
            )
        )
        assert [r["a"] for r in rows] == [iris.article("x")]


def test_bound_variable_is_visible_to_filters(oxigraph_server):
    """Unlike engine substitutions, a VALUES binding is seen by FILTER and BOUND."""
    from kg.resources import query_text

    with open_store(oxigraph_server.url) as st:
        st.replace_article("x", article_to_graph(_art("x")))
        rows = list(st.query("SELECT ?ok WHERE { BIND(BOUND(?v) AS ?ok) }", {"v": Literal(1)}))
        assert rows[0]["ok"].toPython() is True
        # the shipped label query filters on the bound ?name
        assert list(st.query(query_text("actors-by-label"), {"name": Literal("لا يوجد")})) == []


def test_query_native_streams_pyoxigraph_results(oxigraph_server):
    with open_store(oxigraph_server.url) as st:
        st.replace_article("x", article_to_graph(_art("x")))
        sols = st.query_native(
            "SELECT ?id WHERE { ?a <https://w3id.org/arabic-news-kg/ontology#articleId> ?id }"
        )
        assert isinstance(sols, ox.QuerySolutions)
        assert [s["id"].value for s in sols] == ["x"]
        assert bool(st.query_native("ASK { ?s ?p ?o }")) is True
        triples = list(st.query_native("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3"))
        assert len(triples) == 3 and all(isinstance(t, ox.Triple) for t in triples)
        assert len(list(st.quads())) == len(st)


def test_malformed_query_is_a_query_error(oxigraph_server):
    with open_store(oxigraph_server.url) as st, pytest.raises(QueryError):
        st.query("SELECT WHERE {")


def test_server_down_is_a_clear_store_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError, match="cannot reach"):
        open_store(f"http://127.0.0.1:{port}")


def test_silent_server_times_out():
    with socket.socket() as s:  # listens (the kernel accepts) but never answers
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
        with pytest.raises(StoreError, match="did not answer within"):
            RemoteStore.open(url, timeout=0.5)


@responses.activate
@pytest.mark.parametrize(
    "status,body,ctype,err",
    [
        (500, "boom", "text/plain", "HTTP 500"),
        (503, "", "text/plain", "HTTP 503"),
        (200, "{not json", "application/sparql-results+json", "unreadable answer"),
        (200, '{"head": {}}', "application/sparql-results+json", "unreadable answer"),
    ],
)
def test_bad_answers_are_store_errors(status, body, ctype, err):
    responses.add(
        responses.POST, "http://kg.invalid/query", body=body, status=status, content_type=ctype
    )
    with pytest.raises(StoreError, match=err):
        RemoteStore.open("http://kg.invalid")


@responses.activate
def test_failed_update_is_a_store_error():
    responses.add(responses.POST, "http://kg.invalid/update", body="disk full", status=500)
    st = RemoteStore("http://kg.invalid", batch_size=1)
    with pytest.raises(StoreError, match="HTTP 500: disk full"):
        st.replace_article("x", article_to_graph(_art("x")))


def test_blank_nodes_of_batched_articles_stay_apart(oxigraph_server):
    from rdflib import BNode, Graph

    def graph(aid: str) -> Graph:
        g = article_to_graph(_art(aid))
        b = BNode("same")
        g.add((iris.article(aid), URIRef("http://example.org/note"), b))
        g.add((b, URIRef("http://example.org/text"), Literal(aid, datatype=XSD.string)))
        return g

    st = RemoteStore.open(oxigraph_server.url, batch_size=10)
    st.replace_article("a", graph("a"))
    st.replace_article("b", graph("b"))
    q = "SELECT ?t WHERE { GRAPH ?g { ?n <http://example.org/text> ?t } }"
    assert sorted(str(r["t"]) for r in st.query(q)) == ["a", "b"]
    assert isomorphic(st.article_graph("a"), graph("a"))
    st.close()


def test_update_runs_sparql_update_and_refreshes_hashes(oxigraph_server):
    with open_store(oxigraph_server.url) as st:
        st.replace_article("x", article_to_graph(_art("x")))
        assert st.article_hash("x") is not None
        g = iris.article_graph("x")
        st.update(
            f"DROP GRAPH <{g}> ; INSERT DATA {{ GRAPH <http://example.org/bg> "
            "{ <http://example.org/a> <http://example.org/b> 1 } }"
        )
        assert st.article_hash("x") is None and st.articles() == []
        assert len(st) == 1
        with pytest.raises(StoreError, match="HTTP 400"):
            st.update("INSERT DATA { broken")


def test_article_stamp_from_writes_and_from_the_server(oxigraph_server):
    from kg.rdf import iris
    from kg.resources import extractor_fingerprint

    agent = str(iris.software_agent(extractor_fingerprint()))
    a = _art("s")
    with open_store(oxigraph_server.url) as st:
        assert st.article_stamp("s") is None
        st.replace_article(a.id, article_to_graph(a))
        assert st.article_stamp("s") == (a.content_hash, agent)  # kept from the write
    with open_store(oxigraph_server.url) as fresh:  # read back by one query
        assert fresh.article_stamp("s") == (a.content_hash, agent)
        assert fresh.article_hash("s") == a.content_hash
