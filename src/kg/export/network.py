"""Actor network computed by SPARQL over the store (``kg/queries/export-*.rq``).

``build_network(store, about=None) -> Network``: nodes are actors (Arabic and English labels,
type, QID, statements made / about them); edges are "said about" (speaker -> target, weight =
number of statements, an example quote, the articles) and "co-participation" (undirected, two
actors in the same event; weight = number of events, the event types, the articles).
``about`` (actor IRIs) keeps only the edges touching those actors and the nodes they connect.
Writers for GraphML, GEXF and Cytoscape.js live in :mod:`kg.export.graph_formats`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.reason.infer import actor_labels, most_specific, type_name
from kg.resources import query_text

#: Attribute name -> type ("string", "int", "double", "boolean"), in output order.
NODE_ATTRS: dict[str, str] = {
    "iri": "string",
    "label_ar": "string",
    "label_en": "string",
    "type": "string",
    "wikidata": "string",
    "statements_made": "int",
    "statements_about": "int",
}
EDGE_ATTRS: dict[str, str] = {
    "kind": "string",
    "weight": "double",
    "count": "int",
    "example_quote": "string",
    "event_types": "string",
    "articles": "string",
    "directed": "boolean",
}


@dataclass
class Network:
    """Nodes (id -> attributes) and edges (dicts with id, source, target and EDGE_ATTRS)."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)

    def label(self, node_id: str) -> str:
        """-> the display label of a node: English label, else Arabic, else its IRI."""
        n = self.nodes[node_id]
        return n.get("label_en") or n.get("label_ar") or node_id


def _s(v: Any) -> str:
    return "" if v is None else str(v)


def _nodes(store: Any) -> dict[str, dict[str, Any]]:
    types: dict[str, set[str]] = {}
    for r in store.query(query_text("export-actors")):
        types.setdefault(str(r["actor"]), set()).add(type_name(r["type"]))
    labels = actor_labels(store)
    nodes: dict[str, dict[str, Any]] = {}
    for key, ts in types.items():
        lab = labels.get(key, {})
        nodes[key] = {
            "iri": key,
            "label_ar": lab.get("label") or "",
            "label_en": lab.get("label_en") or "",
            "type": most_specific(ts),
            "wikidata": lab.get("wikidata") or "",
            "statements_made": 0,
            "statements_about": 0,
        }
    for r in store.query(query_text("export-statement-counts")):
        n = nodes.get(str(r["actor"]))
        if n is not None:
            n["statements_made" if str(r["role"]) == "made" else "statements_about"] = int(r["n"])
    return nodes


def _articles(v: Any) -> str:
    return " ".join(sorted(set(_s(v).split())))


def _said_about(store: Any) -> Iterable[dict[str, Any]]:
    for r in store.query(query_text("export-said-about")):
        count = int(r["n"])
        quote = _s(r["quote"]).split("|", 1)[-1]
        yield {
            "source": str(r["speaker"]),
            "target": str(r["target"]),
            "kind": "said_about",
            "weight": float(count),
            "count": count,
            "example_quote": quote,
            "event_types": "",
            "articles": _articles(r["articles"]),
            "directed": True,
        }


def _coparticipation(store: Any) -> Iterable[dict[str, Any]]:
    for r in store.query(query_text("export-coparticipation")):
        count = int(r["n"])
        yield {
            "source": str(r["a1"]),
            "target": str(r["a2"]),
            "kind": "co_participation",
            "weight": float(count),
            "count": count,
            "example_quote": "",
            "event_types": _articles(r["types"]),
            "articles": _articles(r["articles"]),
            "directed": False,
        }


def build_network(store: Any, about: Iterable[Any] | None = None) -> Network:
    """Store (+ optional actor IRIs to centre on) -> :class:`Network`."""
    nodes = _nodes(store)
    wanted = {str(a) for a in about} if about is not None else None
    edges = []
    for e in [*_said_about(store), *_coparticipation(store)]:
        if e["source"] not in nodes or e["target"] not in nodes:
            continue  # an endpoint typed nowhere (cannot happen in SHACL-valid graphs)
        if wanted is not None and not ({e["source"], e["target"]} & wanted):
            continue
        edges.append(e)
    if wanted is not None:
        keep = {e["source"] for e in edges} | {e["target"] for e in edges} | (wanted & set(nodes))
        nodes = {k: v for k, v in nodes.items() if k in keep}
    for i, e in enumerate(edges):
        e["id"] = f"e{i}"
    return Network(dict(sorted(nodes.items())), edges)
