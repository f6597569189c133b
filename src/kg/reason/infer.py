"""Inference users rely on, answered at query time over the store + background graphs.

``actors(store, cls=KGO.Actor) -> list[dict]``: every actor whose type is ``cls`` or a subclass.
``statements_by(store, target) -> list[dict]``: statements by ``target`` or by anyone who speaks
for it (ministers, spokespeople, ministries, metonyms; a government for its country).
Both need :func:`kg.reason.background.install` to have stored the ontology and KB graphs
(:class:`kg.errors.StoreError` otherwise: without them the answers would be silently partial).
``materialise(graph, ontology=None) -> Graph``: the build-time alternative (RDFS sub-class /
sub-property entailments + transitive ``kgo:partOf``), kept for comparison and benchmarks.
"""

from __future__ import annotations

from typing import Any

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.term import Node

from kg.rdf.namespaces import KGO
from kg.reason.background import ontology_graph, require_installed
from kg.resources import query_text

#: Most specific first: an actor typed Country in one article and Actor in another is a Country.
TYPE_ORDER = ("Person", "Organization", "Country", "Facility", "Place", "Actor")


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def type_name(iri: Any) -> str:
    """A kgo class IRI -> its local name if it is an actor class, else "Actor"."""
    name = str(iri).rsplit("#", 1)[-1]
    return name if name in TYPE_ORDER else "Actor"


def most_specific(types: set[str]) -> str:
    """A set of actor type names -> the most specific one (see :data:`TYPE_ORDER`)."""
    return min(types or {"Actor"}, key=lambda t: TYPE_ORDER.index(t) if t in TYPE_ORDER else 99)


def actor_labels(store: Any) -> dict[str, dict[str, str | None]]:
    """Store -> actor IRI -> {label (Arabic), label_en, wikidata}, from the article graphs."""
    out: dict[str, dict[str, str | None]] = {}
    for r in store.query(query_text("export-actor-labels")):
        d = out.setdefault(str(r["actor"]), {"label": None, "label_en": None, "wikidata": None})
        o = r["o"]
        if str(r["p"]) == str(KGO.wikidataId):
            d["wikidata"] = d["wikidata"] or str(o)
        elif getattr(o, "language", None) == "ar":
            d["label"] = d["label"] or str(o)
        elif getattr(o, "language", None) == "en":
            d["label_en"] = d["label_en"] or str(o)
    return out


def actors(store: Any, cls: URIRef = KGO.Actor) -> list[dict]:
    """Store -> [{actor, type, label, label_en, wikidata}] for every instance of ``cls`` (or of
    a subclass of it), sorted by IRI; ``type`` is the most specific asserted actor type."""
    require_installed(store)
    types: dict[str, set[str]] = {}
    if cls == KGO.Actor:
        rows = store.query(query_text("inference-actors"))
    else:
        rows = store.query(query_text("inference-instances"), {"class": cls})
    for r in rows:
        types.setdefault(str(r["actor"]), set()).add(type_name(r["type"]))
    labels = actor_labels(store)
    empty = {"label": None, "label_en": None, "wikidata": None}
    return [
        {"actor": a, "type": most_specific(t), **labels.get(a, empty)}
        for a, t in sorted(types.items())
    ]


def statements_by(store: Any, target: URIRef) -> list[dict]:
    """Store, actor IRI -> statements by it or those who speak for it, one dict each."""
    require_installed(store)
    labels = actor_labels(store)
    out: dict[str, dict] = {}
    for r in store.query(query_text("inference-statements-by"), {"target": target}):
        spk = labels.get(str(r["speaker"]), {})
        out.setdefault(
            str(r["statement"]),
            {
                "statement": str(r["statement"]),
                "article": _s(r["article"]),
                "speaker": str(r["speaker"]),
                "speaker_label": spk.get("label"),
                "speaker_label_en": spk.get("label_en"),
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
