"""The one module that mints IRIs. Every IRI is a deterministic function of its inputs.

Article ids and names are percent-encoded or hashed so that any input gives a valid IRI;
the same article, actor key, span or event identity always gives the same IRI.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from kg.rdf.namespaces import KGID, WD


def _q(part: str) -> str:
    return quote(part, safe="")


def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def article(article_id: str) -> URIRef:
    """Article id -> the article resource IRI."""
    return KGID[f"article/{_q(article_id)}"]


def article_graph(article_id: str) -> URIRef:
    """Article id -> the IRI of its named graph."""
    return KGID[f"graph/{_q(article_id)}"]


def article_id_of_graph(graph_iri: str) -> str | None:
    """Named-graph IRI -> article id (inverse of :func:`article_graph`), None if not one."""
    from urllib.parse import unquote

    prefix = str(KGID) + "graph/"
    return unquote(graph_iri[len(prefix) :]) if graph_iri.startswith(prefix) else None


def ontology_graph() -> URIRef:
    """-> the named graph that holds the ontology in a store (the ontology's own IRI)."""
    return URIRef("https://w3id.org/arabic-news-kg/ontology")


def background_graph(name: str) -> URIRef:
    """Name of a background graph (``kb``) -> the IRI of the named graph holding it (kept apart
    from ``graph/``, which is for articles)."""
    return KGID[f"background/{_q(name)}"]


def software_agent() -> URIRef:
    """-> the IRI of kg as a PROV software agent."""
    return KGID["agent/kg"]


def span(article_id: str, kind: str, start: int, end: int) -> URIRef:
    """A text span of ``kind`` (mention, boilerplate, event-mention, time, statement) -> IRI."""
    return KGID[f"article/{_q(article_id)}/{kind}/{start}-{end}"]


def actor(key: str) -> URIRef:
    """Actor key -> IRI. KB ids (``Q…`` or ``kg:type:slug``) give global IRIs; local keys
    (``local:<Type>:<normalised name>``) are hashed, stable across articles for the same
    normalised name and type."""
    if key.startswith("local:"):
        _, typ, name = key.split(":", 2)
        return KGID[f"actor/local/{typ.lower()}/{_h(typ, name)}"]
    if key.startswith("kg:"):
        return KGID[f"actor/kb/{_q(key[3:].replace(':', '/'))}"]
    return KGID[f"actor/{_q(key)}"]


def wikidata(qid: str) -> URIRef:
    """``Q…`` -> ``wd:Q…``."""
    return WD[qid]


def position(actor_key: str, title: str, of_key: str | None, start: str | None = None) -> URIRef:
    """(holder, title, organisation/country key, start date) -> the position's IRI."""
    return KGID[f"position/{_h(actor_key, title, of_key or '', start or '')}"]


def mention(article_id: str, start: int, end: int, actor_key: str | None, kind: str) -> URIRef:
    """A mention: its span, plus what it denotes (one span may denote two actors, e.g. a
    capital as a place and as its government) -> IRI."""
    base = f"article/{_q(article_id)}/mention/{start}-{end}"
    if actor_key is None and kind == "name":
        return KGID[base]
    return KGID[f"{base}/{_h(actor_key or '', kind)}"]


def statement(article_id: str, cue_start: int, start: int, end: int) -> URIRef:
    """A statement, identified by its article, cue and content offsets -> IRI."""
    return KGID[f"article/{_q(article_id)}/statement/{cue_start}/{start}-{end}"]


def event(identity: str | None, article_id: str, local_key: str) -> URIRef:
    """An event: a cross-article ``identity`` (type+place+day) when known, else article-local."""
    if identity:
        return KGID[f"event/{_h(identity)}"]
    return KGID[f"article/{_q(article_id)}/event/{_q(local_key)}"]


def event_type(type_id: str) -> URIRef:
    """Typology id (``MEET``) -> the event-type individual IRI."""
    return KGID[f"event-type/{_q(type_id)}"]
