"""with_values (bindings as a VALUES block) and endpoint URLs, without a server."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError
from kg.store_remote_sparql import endpoints, with_values

DATA = """
<http://x/a> <http://x/p> "عربي" .
<http://x/b> <http://x/p> "other" .
"""


def _run(query: str, bindings: dict) -> list[str]:
    st = ox.Store()
    st.load(DATA.encode(), format=ox.RdfFormat.N_TRIPLES)
    return sorted(s["s"].value for s in st.query(with_values(query, bindings)))


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s <http://x/p> ?o }",
        "SELECT ?s { ?s <http://x/p> ?o }",
        "# a comment with { braces\nPREFIX x: <http://x/>\nSELECT ?s WHERE { ?s x:p ?o }",
        'SELECT ?s (STRLEN("{") AS ?n) WHERE { ?s <http://x/p> ?o }',
        "SELECT ?s WHERE { { SELECT ?s ?o WHERE { ?s <http://x/p> ?o } } }",
        "SELECT ?s WHERE { ?s ?p ?x FILTER(STR(?x) = STR(?o)) }",  # ?o only in a FILTER
    ],
)
@pytest.mark.parametrize("value,expected", [("عربي", ["http://x/a"]), ("absent", [])])
def test_binding_restricts_like_a_constant(query, value, expected):
    assert _run(query, {"o": Literal(value)}) == expected


def test_construct_template_is_skipped():
    q = with_values(
        "CONSTRUCT { <http://x/t> <http://x/u> ?o } WHERE { ?s ?p ?o }", {"s": URIRef("http://x/a")}
    )
    assert q.index("VALUES") > q.index("WHERE")


@pytest.mark.parametrize(
    "query,bindings,msg",
    [
        ("CONSTRUCT WHERE { ?s ?p ?o }", {"s": URIRef("http://x/a")}, "no WHERE group"),
        ("SELECT ?s WHERE { ?s ?p ?o }", {"s; DROP ALL": URIRef("http://x/a")}, "not a SPARQL"),
        (
            "SELECT ?s WHERE { ?s ?p ?o }",
            {"s": URIRef("http://x/a> } ; DROP ALL ; <")},
            "cannot bind",
        ),
        ("SELECT ?s WHERE { ?s ?p ?o }", {"s": BNode()}, "only IRIs and literals"),
    ],
)
def test_unsafe_bindings_are_refused(query, bindings, msg):
    with pytest.raises(QueryError, match=msg):
        with_values(query, bindings)


def test_literal_escaping_round_trips():
    evil = 'a"b\\c\n} ; DROP ALL'
    q = with_values("SELECT ?v WHERE { BIND(?x AS ?v) }", {"x": Literal(evil, datatype=XSD.string)})
    st = ox.Store()
    assert [s["v"].value for s in st.query(q)] == [evil]


def test_no_bindings_leaves_the_query_alone():
    assert with_values("ASK {}", None) == "ASK {}" and with_values("ASK {}", {}) == "ASK {}"


@pytest.mark.parametrize(
    "url,expected",
    [
        ("http://h:7878", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
        ("http://h:7878/", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
        (
            "http://h:7878/query",
            ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
        ),
        (
            "https://h/ds/sparql",
            ("https://h/ds/sparql", "https://h/ds/update", "https://h/ds/store"),
        ),
    ],
)
def test_endpoints(url, expected):
    assert endpoints(url) == expected
