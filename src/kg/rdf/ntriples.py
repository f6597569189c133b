"""rdflib terms and graphs -> pyoxigraph terms and N-Triples text (Oxigraph's own escaping).

``to_ox(term)`` converts one term; ``graph_to_ntriples(graph) -> str`` serialises a graph for an
``INSERT DATA`` block or an in-memory Oxigraph load.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef


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


def graph_to_ntriples(graph: Graph) -> str:
    """Graph -> N-Triples text, each term serialised by pyoxigraph (proper escaping)."""
    return "".join(f"{ox.Triple(to_ox(s), to_ox(p), to_ox(o))} .\n" for s, p, o in graph)
