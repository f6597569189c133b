"""Background graphs stored beside the article graphs, so that SPARQL can reason at query time.

``ontology_graph() -> Graph``: the ontology's axioms (class and property hierarchy, labels).
``kb_graph(kb=None) -> Graph``: what the curated KB says about how actors hang together —
``kgo:partOf`` (organisation units), ``kgo:organOf`` / ``kgo:governmentOf`` (top-level state
organs, by KB subtype, see ``state_organs.tsv``), ``kgo:affiliatedWith`` (current KB positions),
``kgo:standsFor`` (metonyms) and ``kgo:locatedIn`` (places). Only relations: no ``rdf:type``, so
"all actors" still means the actors the articles mention.
``install(store, kb=None) -> dict``: put both into the store as named graphs
(:data:`ONTOLOGY_GRAPH`, :data:`KB_GRAPH`), each replaced atomically by
``store.replace_graph`` (local or remote store).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rdflib import Graph, URIRef

from kg.errors import ResourceError, StoreError
from kg.rdf import iris
from kg.rdf.namespaces import KGO, PREFIXES
from kg.reason.check import load_graph
from kg.resources import package_tsv, query_text

#: Named graph holding the ontology (named by the ontology's own IRI).
ONTOLOGY_GRAPH = iris.ontology_graph()
#: Named graph holding the KB background relations (not under ``id/graph/``, which is for articles).
KB_GRAPH = iris.background_graph("kb")
BACKGROUND_GRAPHS = (ONTOLOGY_GRAPH, KB_GRAPH)


@cache
def state_organ_properties() -> dict[str, URIRef]:
    """``state_organs.tsv`` -> KB organisation subtype -> kgo property to its country."""
    out = {}
    for row in package_tsv("kg.reason", "state_organs.tsv"):
        if row["property"] not in ("governmentOf", "organOf"):
            raise ResourceError(f"kg/reason/state_organs.tsv: bad property in {row!r}")
        out[row["subtype"]] = KGO[row["property"]]
    return out


def ontology_graph(path: Any = None) -> Graph:
    """-> the ontology as a Graph (the shipped ``ontology/kg.ttl`` unless ``path`` is given)."""
    return load_graph(path)


def kb_graph(kb: Any = None) -> Graph:
    """KB entries -> Graph of the relations between their actor IRIs (see module docstring)."""
    if kb is None:
        from kg.kb import default_kb

        kb = default_kb()
    organs = state_organ_properties()
    g = Graph()
    for e in kb:
        me = iris.actor(e.id)
        if e.type == "Organization":
            parent = kb.get(e.part_of) if e.part_of else None
            if parent is not None:
                prop = KGO.organOf if parent.type == "Country" else KGO.partOf
                g.add((me, prop, iris.actor(parent.id)))
            elif e.country and e.subtype in organs and kb.get(e.country) is not None:
                g.add((me, organs[e.subtype], iris.actor(e.country)))
        elif e.type in ("Place", "Facility"):
            where = e.part_of or e.country
            if where and where != e.id and kb.get(where) is not None:
                g.add((me, KGO.locatedIn, iris.actor(where)))
        if e.metonym_for and kb.get(e.metonym_for) is not None:
            g.add((me, KGO.standsFor, iris.actor(e.metonym_for)))
        for p in e.positions:
            if p.of and not p.end and kb.get(p.of) is not None:
                g.add((me, KGO.affiliatedWith, iris.actor(p.of)))
    return g


def install(store: Any, kb: Any = None, ontology: Any = None) -> dict[str, int]:
    """Store the ontology and KB background graphs; -> triples per graph IRI."""
    if getattr(store, "read_only", False):
        raise StoreError("the store is open read-only: cannot install the background graphs")
    out = {}
    for name, graph in ((ONTOLOGY_GRAPH, ontology_graph(ontology)), (KB_GRAPH, kb_graph(kb))):
        store.replace_graph(str(name), graph)
        out[str(name)] = len(graph)
    store.flush()
    return out


def installed(store: Any) -> bool:
    """-> whether both background graphs are in ``store`` (see :func:`install`)."""
    return bool(store.query(query_text("inference-installed")).askAnswer)


def require_installed(store: Any) -> None:
    """Raise :class:`StoreError` unless the background graphs are installed."""
    if not installed(store):
        raise StoreError(
            "the ontology and KB background graphs are not in the store: "
            "run `kg ontology install` (inference queries need them)"
        )


def prefixes() -> dict[str, str]:
    """-> kg's prefix map as plain strings."""
    return {k: str(v) for k, v in PREFIXES.items()}
