"""The one module that mints IRIs. Every IRI is a deterministic function of its inputs.

Article ids and names are percent-encoded or hashed so that any input gives a valid IRI;
the same article, actor key, span or event identity always gives the same IRI.
:class:`Minter` holds the rules once and builds terms with a factory: the module-level
functions give rdflib ``URIRef``s, :data:`NT` gives N-Triples IRI terms (``<…>`` strings: the
mapping's fast path) from the same strings.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from typing import Generic, TypeVar
from urllib.parse import quote, unquote

from rdflib import URIRef

from kg.rdf.namespaces import KGID, WD

T = TypeVar("T")
_KGID = str(KGID)
_WD = str(WD)


@lru_cache(maxsize=4096)
def _q(part: str) -> str:
    return quote(part, safe="")


def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=8192)
def _actor(key: str) -> str:
    if key.startswith("local:"):
        _, typ, name = key.split(":", 2)
        return f"{_KGID}actor/local/{typ.lower()}/{_h(typ, name)}"
    if key.startswith("kg:"):
        return f"{_KGID}actor/kb/{_q(key[3:].replace(':', '/'))}"
    return f"{_KGID}actor/{_q(key)}"


class Minter(Generic[T]):
    """IRI rules -> terms made by ``make`` (``URIRef``, or an N-Triples ``<…>`` string)."""

    def __init__(self, make: Callable[[str], T]) -> None:
        self._make = make

    def article(self, article_id: str) -> T:
        """Article id -> the article resource IRI."""
        return self._make(f"{_KGID}article/{_q(article_id)}")

    def article_graph(self, article_id: str) -> T:
        """Article id -> the IRI of its named graph."""
        return self._make(f"{_KGID}graph/{_q(article_id)}")

    def software_agent(self, fingerprint: str | None = None) -> T:
        """-> the IRI of kg as a PROV software agent; with the extractor ``fingerprint``
        (:func:`kg.resources.extractor_fingerprint`), the IRI of that version of kg."""
        return self._make(f"{_KGID}agent/kg" + (f"/{_q(fingerprint)}" if fingerprint else ""))

    def span(self, article_id: str, kind: str, start: int, end: int) -> T:
        """A text span of ``kind`` (boilerplate, event-mention, time …) -> IRI."""
        return self._make(f"{_KGID}article/{_q(article_id)}/{kind}/{start}-{end}")

    def actor(self, key: str) -> T:
        """Actor key -> IRI. KB ids (``Q…`` or ``kg:type:slug``) give global IRIs; local keys
        (``local:<Type>:<normalised name>``) are hashed, stable across articles for the same
        normalised name and type."""
        return self._make(_actor(key))

    def wikidata(self, qid: str) -> T:
        """``Q…`` -> ``wd:Q…``."""
        return self._make(_WD + qid)

    def position(
        self, actor_key: str, title: str, of_key: str | None, start: str | None = None
    ) -> T:
        """(holder, title, organisation/country key, start date) -> the position's IRI."""
        return self._make(f"{_KGID}position/{_h(actor_key, title, of_key or '', start or '')}")

    def mention(self, article_id: str, start: int, end: int, actor_key: str | None, kind: str) -> T:
        """A mention: its span, plus what it denotes (one span may denote two actors, e.g. a
        capital as a place and as its government) -> IRI."""
        base = f"{_KGID}article/{_q(article_id)}/mention/{start}-{end}"
        if actor_key is None and kind == "name":
            return self._make(base)
        return self._make(f"{base}/{_h(actor_key or '', kind)}")

    def statement(self, article_id: str, cue_start: int, start: int, end: int) -> T:
        """A statement, identified by its article, cue and content offsets -> IRI."""
        return self._make(f"{_KGID}article/{_q(article_id)}/statement/{cue_start}/{start}-{end}")

    def event(self, identity: str | None, article_id: str, local_key: str) -> T:
        """An event: a cross-article ``identity`` (type+place+day) when known, else local."""
        if identity:
            return self._make(f"{_KGID}event/{_h(identity)}")
        return self._make(f"{_KGID}article/{_q(article_id)}/event/{_q(local_key)}")

    def event_type(self, type_id: str) -> T:
        """Typology id (``MEET``) -> the event-type individual IRI."""
        return self._make(f"{_KGID}event-type/{_q(type_id)}")


def nt_iri(iri: str) -> str:
    """An IRI (minted here, so already percent-encoded) -> its N-Triples form ``<iri>``."""
    return f"<{iri}>"


#: the same rules, giving N-Triples terms (used by :mod:`kg.rdf.mapping`)
NT: Minter[str] = Minter(nt_iri)
_RDF: Minter[URIRef] = Minter(URIRef)

article = _RDF.article
article_graph = _RDF.article_graph
software_agent = _RDF.software_agent
span = _RDF.span
actor = _RDF.actor
wikidata = _RDF.wikidata
position = _RDF.position
mention = _RDF.mention
statement = _RDF.statement
event = _RDF.event
event_type = _RDF.event_type


def article_id_of_graph(graph_iri: str) -> str | None:
    """Named-graph IRI -> article id (inverse of :func:`article_graph`), None if not one."""
    prefix = _KGID + "graph/"
    return unquote(graph_iri[len(prefix) :]) if graph_iri.startswith(prefix) else None


def ontology_graph() -> URIRef:
    """-> the named graph that holds the ontology in a store (the ontology's own IRI)."""
    return URIRef("https://w3id.org/arabic-news-kg/ontology")


def background_graph(name: str) -> URIRef:
    """Name of a background graph (``kb``) -> the IRI of the named graph holding it (kept apart
    from ``graph/``, which is for articles)."""
    return URIRef(f"{_KGID}background/{_q(name)}")
