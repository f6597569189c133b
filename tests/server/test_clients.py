"""Real SPARQL clients against the live server: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

KGO = "https://w3id.org/arabic-news-kg/ontology#"
WHO = """PREFIX kgo: <https://w3id.org/arabic-news-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name WHERE {
  ?st a kgo:Statement ; kgo:hasSpeaker ?sp ; kgo:about ?about .
  ?about rdfs:label ?target . FILTER(STR(?target) = ?who)
  ?sp rdfs:label ?name . FILTER(LANG(?name) = "en")
}"""


def _wrapper(live: str, query: str, fmt=JSON, method=None) -> SPARQLWrapper:
    sw = SPARQLWrapper(f"{live}/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method:
        sw.setMethod(method)
    return sw


@pytest.mark.parametrize("who", ["بشار الأسد", "Bashar al-Assad"])
@pytest.mark.parametrize("method", [None, POST])
def test_sparqlwrapper_select(live, who, method):
    q = WHO.replace("?who", '"' + who + '"')
    res = _wrapper(live, q, method=method).queryAndConvert()
    names = {b["name"]["value"] for b in res["results"]["bindings"]}
    assert {"Rex Tillerson", "Heather Nauert"} <= names


def test_sparqlwrapper_xml_csv_and_ask(live):
    q = "SELECT ?id WHERE { ?a kgo:articleId ?id }"
    doc = _wrapper(live, q, XML).queryAndConvert()
    assert len(doc.getElementsByTagName("result")) == 5
    body = _wrapper(live, q, CSV).queryAndConvert().decode()
    assert body.splitlines()[0] == "id" and len(body.splitlines()) == 6
    assert _wrapper(live, "ASK { ?s a kgo:Event }").queryAndConvert()["boolean"] is True


def test_sparqlwrapper_construct(live):
    q = f"CONSTRUCT {{ ?a <{KGO}articleId> ?id }} WHERE {{ ?a <{KGO}articleId> ?id }}"
    g = _wrapper(live, q, TURTLE).queryAndConvert()
    parsed = Graph().parse(data=g, format="turtle")
    assert len(parsed) == 5


def test_sparqlwrapper_sees_400_as_bad_query(live):
    with pytest.raises(QueryBadFormed, match="malformed"):
        _wrapper(live, "SELECT ?x WHERE { ?x }").queryAndConvert()


def test_rdflib_sparqlstore(live):
    store = SPARQLStore(f"{live}/sparql", returnFormat="json")
    g = Graph(store=store)
    rows = list(g.query(f"SELECT ?id WHERE {{ ?a <{KGO}articleId> ?id }} ORDER BY ?id"))
    assert len(rows) == 5 and all(str(r.id) for r in rows)
    n = sum(1 for _ in g.triples((None, URIRef(KGO + "articleId"), None)))
    assert n == 5
    assert g.query(f"ASK {{ ?s a <{KGO}Statement> }}").askAnswer is True
    # rdflib asks for CONSTRUCT results in its default format (RDF/XML with returnFormat xml)
    g_xml = Graph(store=SPARQLStore(f"{live}/sparql"))
    cons = g_xml.query(
        f"CONSTRUCT {{ ?a <{KGO}articleId> ?id }} WHERE {{ ?a <{KGO}articleId> ?id }}"
    )
    assert len(cons.graph) == 5


def test_rdflib_sparqlstore_post(live):
    store = SPARQLStore(f"{live}/sparql", method="POST")
    rows = list(
        Graph(store=store).query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s a <{KGO}Article> }}")
    )
    assert int(rows[0].n) == 5
