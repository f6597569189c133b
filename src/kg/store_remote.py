"""A kg store behind a SPARQL 1.1 endpoint (``--store http://host:port``), e.g. ``oxigraph serve``.

``RemoteStore.open(url) -> RemoteStore`` has the interface of :class:`kg.store.Store`. The URL is
the server's base (``http://host:7878`` -> ``/query`` and ``/update``) or its query endpoint
(``…/query`` or ``…/sparql``; the update endpoint is the sibling ``…/update``).

Guarantees, as for the embedded store: an article's named graph is replaced whole by ONE update
request (``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> {…} }``, one transaction on Oxigraph);
writes are batched (``batch_size`` articles per request, ``KG_REMOTE_BATCH``, default 20) and sent
before any read; every request has a time-out (``KG_REMOTE_TIMEOUT`` seconds, default 60); every
failure is a :class:`StoreError` (or :class:`QueryError` for a query the server rejects).

Query bindings are never string-formatted: each value is serialised as an RDF term by pyoxigraph
(N-Triples escaping, IRIs validated) into a SPARQL 1.1 ``VALUES`` block placed first in the
query's outermost WHERE group (:func:`kg.store_remote_sparql.with_values`), so FILTERs of that
group see the bindings.
The default graph is the union of all graphs via Oxigraph's ``union-default-graph`` parameter.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pyoxigraph as ox
import requests
from rdflib import Graph
from rdflib.query import Result

from kg.errors import StoreError
from kg.rdf import iris
from kg.rdf.ntriples import graph_to_ntriples
from kg.resources import query_text
from kg.store_remote_http import post, query_params
from kg.store_remote_sparql import (
    Stamp,
    endpoints,
    graph_of,
    rename_bnodes,
    stamp_of,
    to_result,
    with_values,
)

_JSON = "application/sparql-results+json"
_NT = "application/n-triples"


class RemoteStore:
    """A kg store on a SPARQL 1.1 query + update endpoint. Use :meth:`open` or ``open_store``."""

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        timeout: float | None = None,
        batch_size: int | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.location = url
        self.read_only = read_only
        self.query_url, self.update_url, self.store_url = endpoints(url)
        self.timeout = float(timeout or os.environ.get("KG_REMOTE_TIMEOUT") or 60.0)
        self.batch_size = max(1, int(batch_size or os.environ.get("KG_REMOTE_BATCH") or 20))
        self._http = session or requests.Session()
        self._http.headers["User-Agent"] = "kg (arabic-news-kg) RemoteStore"
        self._pending: dict[str, tuple[str, Stamp | None]] = {}  # id -> (update, stamp)
        self._hashes: dict[str, Stamp] | None = None

    @classmethod
    def open(cls, url: str, *, read_only: bool = False, **kwargs: Any) -> RemoteStore:
        """-> a store on ``url``, after checking that the endpoint answers (StoreError if not)."""
        st = cls(url, read_only=read_only, **kwargs)
        st._select("ASK {}")
        return st

    # ------------------------------------------------------------------ HTTP
    def _select(
        self, sparql: str, bindings: Mapping[str, Any] | None = None, union: bool = True
    ) -> Result:
        self.flush()
        r = post(
            self._http,
            self.timeout,
            self.query_url,
            with_values(sparql, bindings),
            "application/sparql-query",
            f"{_JSON}, {_NT};q=0.9",
            query_params(union=union),
        )
        ctype = r.headers.get("Content-Type", "").split(";")[0].strip()
        try:
            if ctype in (_NT, "text/plain"):
                res = Result("CONSTRUCT")
                res.graph = graph_of(r.content)
                return res
            return to_result(ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON))
        except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
            raise StoreError(
                f"{self.query_url} sent an unreadable answer ({ctype}): {exc}"
            ) from exc

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        """SPARQL SELECT/ASK/CONSTRUCT over the union of graphs -> rdflib Result; ``bindings``
        go in a VALUES block (:func:`with_values`)."""
        return self._select(sparql, bindings)

    def query_native(
        self,
        sparql: str,
        bindings: Mapping[str, Any] | None = None,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Any:
        """SPARQL -> pyoxigraph objects parsed as the answer streams in: ``QuerySolutions`` or
        ``QueryBoolean`` (SELECT/ASK), an iterator of ``Triple`` (CONSTRUCT/DESCRIBE)."""
        self.flush()
        r = post(
            self._http,
            self.timeout,
            self.query_url,
            with_values(sparql, bindings),
            "application/sparql-query",
            f"{_JSON}, {_NT};q=0.9",
            query_params(default_graph, named_graphs),
            stream=True,
        )
        ctype = r.headers.get("Content-Type", "").split(";")[0].strip()
        r.raw.decode_content = True
        try:
            if ctype == _JSON:
                return ox.parse_query_results(r.raw, format=ox.QueryResultsFormat.JSON)
            return (q.triple for q in ox.parse(r.raw, format=ox.RdfFormat.N_TRIPLES))
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{self.query_url} sent an unreadable answer: {exc}") from exc

    def articles(self) -> list[str]:
        """-> the ids of the stored articles, sorted."""
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", union=False)
        ids = (iris.article_id_of_graph(str(r["g"])) for r in rows)
        return sorted(i for i in ids if i is not None)

    def article_hash(self, article_id: str) -> str | None:
        """-> the content hash stored for ``article_id`` (pending writes included), or None."""
        stamp = self.article_stamp(article_id)
        return stamp[0] if stamp else None

    def article_stamp(self, article_id: str) -> Stamp | None:
        """-> (content hash, software agent IRI) stored for ``article_id``, or None (see
        :meth:`kg.store.Store.article_stamp`). All stamps are fetched by one query on the first
        call and kept up to date by writes."""
        if article_id in self._pending:  # queued, not sent yet
            return self._pending[article_id][1]
        if self._hashes is None:
            q = query_text("article-stamps")
            self._hashes = {}
            for r in self._select(q, union=False):
                aid = iris.article_id_of_graph(str(r["g"]))
                if aid is not None and r["a"] == iris.article(aid):
                    agent = r.get("agent")
                    self._hashes[aid] = (str(r["h"]), str(agent) if agent else None)
        return self._hashes.get(article_id)

    def article_graph(self, article_id: str) -> Graph:
        """-> a copy of the article's named graph (empty if absent)."""
        q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
        res = self._select(q, {"g": iris.article_graph(article_id)}, union=False)
        return res.graph if res.graph is not None else graph_of(b"")

    def __len__(self) -> int:
        q = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        return int(next(iter(self._select(q, union=False)))["n"])

    def quads(self) -> Iterator[ox.Quad]:
        """-> every quad, streamed from the Graph Store endpoint as N-Quads."""
        self.flush()
        try:
            r = self._http.get(
                self.store_url,
                headers={"Accept": "application/n-quads"},
                timeout=(min(10.0, self.timeout), self.timeout),
                stream=True,
            )
        except requests.RequestException as exc:
            raise StoreError(f"cannot read {self.store_url}: {exc}") from exc
        if r.status_code >= 400:
            raise StoreError(f"{self.store_url} answered HTTP {r.status_code}")
        r.raw.decode_content = True
        return iter(ox.parse(r.raw, format=ox.RdfFormat.N_QUADS))

    # ------------------------------------------------------------------ writing
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.location} was opened read-only")

    def replace_article(self, article_id: str, graph: Graph) -> None:
        """Queue ``graph`` as the article's named graph; sent (DROP + INSERT DATA in one
        request, with up to ``batch_size`` articles) when the batch is full or on any read."""
        self._writable()
        try:
            nt = graph_to_ntriples(graph)
        except (ValueError, TypeError) as exc:
            raise StoreError(f"could not store article {article_id!r}: {exc}") from exc
        self.replace_article_ntriples(article_id, nt)

    def remove_graph(self, graph_iri: str) -> None:
        """Drop any named graph (one update request)."""
        self.update(f"DROP SILENT GRAPH {ox.NamedNode(str(graph_iri))}")

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Replace any named graph (ontology, KB background) in one update request."""
        g = ox.NamedNode(str(graph_iri))
        self.update(
            f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n"
            f"{graph_to_ntriples(graph)}\n}} }}"
        )

    def replace_article_ntriples(self, article_id: str, ntriples: str) -> None:
        """Like :meth:`replace_article`, for a graph already serialised as N-Triples (one
        triple a line). Blank-node labels are made unique per article, since one request
        carries several articles."""
        self._writable()
        g = ox.NamedNode(str(iris.article_graph(article_id)))
        if "_:" in ntriples:
            ntriples = rename_bnodes(ntriples, hashlib.sha1(article_id.encode()).hexdigest()[:10])
        h = stamp_of(ntriples, ox.NamedNode(str(iris.article(article_id))))
        update = f"DROP SILENT GRAPH {g}"
        if ntriples.strip():
            update += f" ;\nINSERT DATA {{ GRAPH {g} {{\n{ntriples}\n}} }}"
        self._pending.pop(article_id, None)
        self._pending[article_id] = (update, h)
        if len(self._pending) >= self.batch_size:
            self._send()

    def replace_articles_ntriples(self, items: Sequence[tuple[str, str]]) -> None:
        """(article id, N-Triples) pairs -> queued (see :meth:`replace_article_ntriples`)."""
        for aid, nt in items:
            self.replace_article_ntriples(aid, nt)

    def replace_articles_nquads(self, items: Sequence[tuple[str, str]]) -> None:
        """(article id, N-Quads of its graph) pairs (the build's batches) -> queued as N-Triples."""
        for aid, nq in items:
            self.replace_article_ntriples(
                aid, nq.replace(f" <{iris.article_graph(aid)}> .\n", " .\n")
            )

    def _send(self) -> None:
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        post(
            self._http,
            self.timeout,
            self.update_url,
            " ;\n".join(u for u, _ in pending.values()),
            "application/sparql-update",
        )
        if self._hashes is not None:
            for aid, (_, h) in pending.items():
                if h is None:
                    self._hashes.pop(aid, None)
                else:
                    self._hashes[aid] = h

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update on the server (queued writes are sent first), in one
        request: one transaction on Oxigraph. For graphs other than article graphs."""
        self._writable()
        self.flush()
        post(self._http, self.timeout, self.update_url, sparql, "application/sparql-update")
        self._hashes = None  # the update may have touched article graphs

    def remove_article(self, article_id: str) -> bool:
        """Drop an article's graph; -> whether it was there."""
        self._writable()
        g = iris.article_graph(article_id)
        there = bool(self._select("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": g}, union=False).askAnswer)
        if there:
            post(
                self._http,
                self.timeout,
                self.update_url,
                f"DROP GRAPH {ox.NamedNode(str(g))}",
                "application/sparql-update",
            )
            if self._hashes is not None:
                self._hashes.pop(article_id, None)
        return there

    def flush(self) -> None:
        """Send queued writes (the server makes them durable)."""
        self._send()

    def close(self) -> None:
        """Send queued writes and release the HTTP connections."""
        if self._http is None:
            return
        try:
            self._send()
        finally:
            self._http.close()
            self._http = None  # type: ignore[assignment]

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
