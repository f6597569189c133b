"""rdflib <-> pyoxigraph terms, and N-Triples text made by Oxigraph's own serialiser.

``to_ox(term)`` / ``from_ox(term)`` convert one term; ``graph_to_ntriples(graph) -> str`` and
``ntriples_of(triples) -> str`` serialise for an ``INSERT DATA`` block or an Oxigraph load;
``ntriples_to_graph(text) -> Graph`` parses back (with kg's prefixes, as ``new_graph()``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.rdf.namespaces import PREFIXES


def to_ox(term: Any) -> Any:
    """An rdflib URIRef, Literal or BNode -> the pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def from_ox(term: Any) -> Any:
    """A pyoxigraph NamedNode, Literal or BlankNode -> the rdflib term (simple literals come
    back typed xsd:string explicitly, as kg writes them)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return BNode(term.value)


def ntriples_of(triples: Iterable[ox.Triple]) -> str:
    """pyoxigraph triples -> N-Triples text (serialised in Rust: proper escaping, fast)."""
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def graph_to_ntriples(graph: Graph) -> str:
    """Graph -> N-Triples text, each term serialised by pyoxigraph (proper escaping)."""
    return ntriples_of(ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph)


def new_graph() -> Graph:
    """-> an empty Graph with kg's prefixes bound (SimpleMemory: no context bookkeeping)."""
    g = Graph(store="SimpleMemory")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, str(ns))
    return g


def ntriples_to_graph(ntriples: str) -> Graph:
    """N-Triples text -> an rdflib Graph with kg's prefixes (parsed by pyoxigraph)."""
    g = new_graph()
    for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return g
