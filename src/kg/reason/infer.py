"""Inference users rely on, answered at query time over the store + background graphs.

``actors(store, cls=KGO.Actor) -> list[dict]``: every actor whose type is ``cls`` or a subclass.
``statements_by(store, target) -> list[dict]``: statements by ``target`` or by anyone who speaks
for it (ministers, spokespeople, ministries, metonyms; a government for its country).
Both need :func:`kg.reason.background.install` to have stored the ontology and KB graphs.
``materialise(graph, ontology=None) -> Graph``: the build-time alternative (RDFS sub-class /
sub-property entailments + transitive ``kgo:partOf``), kept for comparison and benchmarks.
"""

from __future__ import annotations

from typing import Any

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.term import Node

from kg.rdf.namespaces import KGO
from kg.reason.background import ontology_graph
from kg.resources import query_text


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def actors(store: Any, cls: URIRef = KGO.Actor) -> list[dict]:
    """Store -> [{actor, type, label, label_en, wikidata}] for every instance of ``cls``."""
    rows = store.query(query_text("inference-actors"), {"class": cls})
    return [
        {
            "actor": str(r["actor"]),
            "type": _s(r["type"]).rsplit("#", 1)[-1],
            "label": _s(r["label"]),
            "label_en": _s(r["label_en"]),
            "wikidata": _s(r["qid"]),
        }
        for r in rows
    ]


def statements_by(store: Any, target: URIRef) -> list[dict]:
    """Store, actor IRI -> statements by it or those who speak for it, one dict each."""
    out: dict[str, dict] = {}
    for r in store.query(query_text("inference-statements-by"), {"target": target}):
        out.setdefault(
            str(r["statement"]),
            {
                "statement": str(r["statement"]),
                "article": _s(r["article"]),
                "date": _s(r["date"]),
                "speaker": str(r["speaker"]),
                "speaker_label": _s(r["speaker_label"]),
                "speaker_label_en": _s(r["speaker_label_en"]),
                "cue": _s(r["cue"]),
                "text": _s(r["text"]),
                "start": int(r["start"]),
                "end": int(r["end"]),
            },
        )
    return sorted(out.values(), key=lambda s: (s["article"] or "", s["start"]))


def _closure(onto: Graph, prop: URIRef) -> dict[Node, set[Node]]:
    """-> term -> all its strict ancestors along ``prop`` (named terms only)."""
    out: dict[Node, set[Node]] = {}
    for s in set(onto.subjects(prop, None)):
        if isinstance(s, URIRef):
            out[s] = {
                o for o in onto.transitive_objects(s, prop) if isinstance(o, URIRef) and o != s
            }
    return out


def materialise(graph: Graph, ontology: Graph | None = None) -> Graph:
    """Graph -> a new Graph: ``graph`` plus its RDFS sub-class / sub-property entailments and
    the transitive closure of ``kgo:partOf`` (no domain/range typing, no axiomatic triples)."""
    onto = ontology if ontology is not None else ontology_graph()
    classes = _closure(onto, RDFS.subClassOf)
    props = _closure(onto, RDFS.subPropertyOf)
    transitive = {p for p in onto.subjects(RDF.type, OWL.TransitiveProperty)}
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns)
    for s, p, o in graph:
        out.add((s, p, o))
        if p == RDF.type:
            for sup in classes.get(o, ()):
                out.add((s, RDF.type, sup))
        for sup in props.get(p, ()):
            out.add((s, sup, o))
    for p in transitive:
        for s in set(out.subjects(p, None)):
            for o in out.transitive_objects(s, p):
                if o != s:
                    out.add((s, p, o))
    return out
