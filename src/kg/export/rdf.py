"""RDF exports of the store: Turtle, TriG, N-Quads and JSON-LD, whole store or one article.

``export_rdf(store, fmt, out, article=None, inline_context=False) -> int`` writes to a binary
stream and returns the number of triples/quads written. ``ttl`` merges the named graphs into
one graph (each triple once); ``trig`` and ``nq`` keep one named graph per article (and the
background graphs, when installed); ``jsonld`` is compacted with the shipped context
(``ontology/context.jsonld``) and refers to it by :data:`CONTEXT_URL`, or inlines it.
Turtle, TriG and N-Quads are streamed by pyoxigraph's serialisers; JSON-LD goes through rdflib.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

import pyoxigraph as ox
from oxrdflib._converter import from_ox
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import ConfigError, StoreError
from kg.export.jsonld_context import CONTEXT_URL, load_context
from kg.rdf import iris
from kg.rdf.namespaces import PREFIXES

FORMATS = ("ttl", "trig", "nq", "jsonld")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_OX = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}


def _prefixes() -> dict[str, str]:
    return {k: str(v) for k, v in PREFIXES.items()}


def _to_ox(t: Any) -> Any:
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD_STRING)))
    return ox.BlankNode(str(t))


def iter_quads(store: Any, article: str | None = None) -> Iterator[ox.Quad]:
    """-> the store's quads (named graphs), or one article's; StoreError if it is not stored."""
    if article is None:
        yield from store.quads()
        return
    if article not in store.articles():
        raise StoreError(f"no article {article!r} in the store (see `kg stats`)")
    g = ox.NamedNode(str(iris.article_graph(article)))
    for s, p, o in store.article_graph(article):
        yield ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), g)


def _triples(quads: Iterator[ox.Quad]) -> Iterator[ox.Triple]:
    seen: set[ox.Triple] = set()
    for q in quads:
        t = q.triple
        if t not in seen:
            seen.add(t)
            yield t


def to_dataset(quads: Iterator[ox.Quad]) -> Dataset:
    """pyoxigraph quads -> an rdflib Dataset (one graph per named graph)."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, str(ns))
    for q in quads:
        ctx = ds.graph(URIRef(q.graph_name.value))
        ctx.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return ds


def jsonld_text(store: Any, article: str | None = None, inline_context: bool = False) -> str:
    """Store (or one article) -> compacted JSON-LD text referring to the published context."""
    ctx = load_context()["@context"]
    quads = iter_quads(store, article)
    if article is not None:
        g = Graph()
        for q in quads:
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        doc = json.loads(g.serialize(format="json-ld", context=ctx, auto_compact=True))
    else:
        ds = to_dataset(quads)
        doc = json.loads(ds.serialize(format="json-ld", context=ctx, auto_compact=True))
    if isinstance(doc, list):  # nothing to compact (an empty store)
        doc = {"@graph": doc}
    doc["@context"] = ctx if inline_context else CONTEXT_URL
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


class _Counter:
    def __init__(self, it: Iterator[Any]) -> None:
        self.it, self.n = it, 0

    def __iter__(self) -> Iterator[Any]:
        for x in self.it:
            self.n += 1
            yield x


def export_rdf(
    store: Any, fmt: str, out: BinaryIO, article: str | None = None, inline_context: bool = False
) -> int:
    """Write the store (or one article) as ``fmt`` to ``out``; -> statements written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt == "jsonld":
        text = jsonld_text(store, article, inline_context)
        out.write(text.encode("utf-8"))
        return sum(1 for _ in iter_quads(store, article))
    quads = iter_quads(store, article)
    items = _Counter(_triples(quads) if fmt == "ttl" else quads)
    prefixes = _prefixes() if fmt != "nq" else None
    ox.serialize(items, out, _OX[fmt], prefixes=prefixes)
    return items.n
