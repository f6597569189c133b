"""Store stage: an rdflib ``Dataset`` over Oxigraph, one named graph per article.

``open_store(location) -> Store`` with ``location`` a folder (on-disk Oxigraph, created when
missing) or ``"memory"``. Writes go through :meth:`Store.replace_article`, which swaps an
article's named graph in ONE Oxigraph transaction: a query never sees a partial graph, and a
crash or ``kill -9`` leaves either the old or the new graph.

:meth:`Store.replace_articles_nquads` writes a batch (the build's path: workers send each
article's graph as N-Quads). Articles already in
an on-disk store are replaced one transaction each; new ones go in one Oxigraph bulk load
(about 2x cheaper than transactions), guarded by a journal: the new graphs' IRIs are written
to ``kg-pending-graphs.txt`` in the store folder before the load and the file is removed after
it. A store opened with a journal left by a killed build first drops those graphs (which were
not there before the batch), so every article is again either whole or absent, and the rerun
redoes them.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.rdf import iris
from kg.rdf.namespaces import KGO, PREFIXES
from kg.rdf.ntriples import graph_to_ntriples, to_ox

_HASH = ox.NamedNode(str(KGO.contentHash))
_AGENT = ox.NamedNode(str(KGO.extractedBy))
JOURNAL = "kg-pending-graphs.txt"
log = logging.getLogger(__name__)


class Store:
    """A kg store. Use :func:`open_store`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, ox_store: ox.Store, location: str, read_only: bool = False) -> None:
        self._ox = ox_store
        self.location = location
        self.read_only = read_only
        self.dataset = Dataset(store=OxigraphStore(store=ox_store), default_union=True)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, str(ns))

    # ------------------------------------------------------------------ reading
    def articles(self) -> list[str]:
        """-> the ids of the stored articles, sorted."""
        out = []
        for g in self._ox.named_graphs():
            aid = iris.article_id_of_graph(g.value) if isinstance(g, ox.NamedNode) else None
            if aid is not None:
                out.append(aid)
        return sorted(out)

    def article_hash(self, article_id: str) -> str | None:
        """-> the content hash stored for ``article_id``, or None if it is not stored."""
        g = ox.NamedNode(str(iris.article_graph(article_id)))
        a = ox.NamedNode(str(iris.article(article_id)))
        for q in self._ox.quads_for_pattern(a, _HASH, None, g):
            return q.object.value
        return None

    def article_stamp(self, article_id: str) -> tuple[str, str | None] | None:
        """-> (content hash, IRI of the software agent that made the graph) of a stored
        article, or None: a build skips an article only when both are unchanged."""
        h = self.article_hash(article_id)
        if h is None:
            return None
        g = ox.NamedNode(str(iris.article_graph(article_id)))
        a = ox.NamedNode(str(iris.article(article_id)))
        agents = self._ox.quads_for_pattern(a, _AGENT, None, g)
        return h, next((q.object.value for q in agents), None)

    def article_graph(self, article_id: str) -> Graph:
        """-> a copy of the article's named graph (empty if absent)."""
        out = Graph()
        for prefix, ns in PREFIXES.items():
            out.bind(prefix, str(ns))
        g = ox.NamedNode(str(iris.article_graph(article_id)))
        from oxrdflib._converter import from_ox

        for q in self._ox.quads_for_pattern(None, None, None, g):
            out.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return out

    def __len__(self) -> int:
        return len(self._ox)

    def quads(self) -> Iterator[ox.Quad]:
        """-> every quad in the store (named graphs only hold data)."""
        return iter(self._ox)

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        """SPARQL SELECT/ASK/CONSTRUCT over the union of article graphs, with ``bindings``
        substituted by the engine (never by string formatting)."""
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except SyntaxError as exc:
            raise QueryError(f"malformed query: {exc}") from exc
        except (ValueError, OSError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {exc}") from exc

    def query_native(
        self,
        sparql: str,
        bindings: Mapping[str, Any] | None = None,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Any:
        """SPARQL -> pyoxigraph's own result (solutions, boolean or triples), for streaming
        serialisation by the server. Default graph = union of article graphs unless given."""
        kwargs: dict[str, Any] = {"prefixes": {k: str(v) for k, v in PREFIXES.items()}}
        if default_graph:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        else:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if bindings:
            kwargs["substitutions"] = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        try:
            return self._ox.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"malformed query: {exc}") from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {exc}") from exc

    # ------------------------------------------------------------------ writing
    def replace_article(self, article_id: str, graph: Graph) -> None:
        """Put ``graph`` as the article's named graph, replacing any previous one atomically."""
        self.replace_article_ntriples(article_id, graph_to_ntriples(graph))

    def replace_article_ntriples(self, article_id: str, ntriples: str) -> None:
        """Like :meth:`replace_article`, for triples already serialised by
        :func:`graph_to_ntriples` (worker processes send these)."""
        self.replace_graph_ntriples(
            str(iris.article_graph(article_id)), ntriples, what=f"article {article_id!r}"
        )

    def replace_articles_ntriples(self, items: Sequence[tuple[str, str]]) -> None:
        """(article id, N-Triples) pairs -> stored, each article atomically (see
        :meth:`replace_articles_nquads`)."""
        quads = []
        for aid, nt in items:
            end = f" <{iris.article_graph(aid)}> .\n"
            quads.append((aid, nt.replace(" .\n", end)))
        self.replace_articles_nquads(quads)

    def replace_articles_nquads(self, items: Sequence[tuple[str, str]]) -> None:
        """(article id, N-Quads of the article's graph) pairs -> stored, each article
        atomically (the build's path: workers write N-Quads, so the writer only concatenates).
        New articles of an on-disk store go in one journaled bulk load (module docstring);
        replaced ones and those of an in-memory store in one transaction each."""
        new: list[tuple[ox.NamedNode, str]] = []
        for aid, nq in items:
            g = ox.NamedNode(str(iris.article_graph(aid)))
            if self.read_only or self._ox.contains_named_graph(g):
                nt = nq.replace(f" {g} .\n", " .\n")
                self.replace_article_ntriples(aid, nt)  # raises on a read-only store
            elif self.location == "memory":
                self._load(nq, ox.RdfFormat.N_QUADS, f"article {aid!r}")
            else:
                new.append((g, nq))
        if new:
            self._bulk_new_graphs(new)

    def _load(self, data: str, fmt: ox.RdfFormat, what: str, **kwargs: Any) -> None:
        """One transactional load (all or nothing)."""
        try:
            self._ox.load(data, format=fmt, **kwargs)
        except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
            raise StoreError(f"could not store {what}: {exc}") from exc

    def _bulk_new_graphs(self, graphs: list[tuple[ox.NamedNode, str]]) -> None:
        """(graph, N-Quads) pairs of graphs not in the store -> one journaled bulk load."""
        journal = Path(self.location) / JOURNAL
        tmp = journal.with_suffix(".tmp")
        tmp.write_text("".join(f"{g.value}\n" for g, _ in graphs), encoding="utf-8")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(journal)  # the journal exists whole or not at all
        payload = "".join(nq for _, nq in graphs)
        try:
            self._ox.bulk_load(payload, format=ox.RdfFormat.N_QUADS, lenient=True)
            self._ox.flush()
        except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
            self._recover(journal)
            raise StoreError(f"could not store {len(graphs)} new articles: {exc}") from exc
        journal.unlink()

    def _recover(self, journal: Path) -> int:
        """Drop the graphs a journal lists (a bulk load that did not finish); -> how many."""
        names = [n for n in journal.read_text(encoding="utf-8").splitlines() if n]
        for name in names:
            self._ox.remove_graph(ox.NamedNode(name))
        self._ox.flush()
        journal.unlink()
        return len(names)

    def recover(self) -> int:
        """Finish what a killed build left: drop the graphs of an unfinished bulk load (they
        are redone by the next build); -> how many were dropped. Called by :func:`open_store`."""
        journal = Path(self.location) / JOURNAL
        if self.location == "memory" or self.read_only or not journal.exists():
            return 0
        n = self._recover(journal)
        log.warning("store %s: dropped %d articles of an interrupted build", self.location, n)
        return n

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Replace any named graph (the ontology or KB background graphs, say) atomically."""
        self.replace_graph_ntriples(str(graph_iri), graph_to_ntriples(graph))

    def replace_graph_ntriples(self, graph_iri: str, ntriples: str, what: str = "") -> None:
        """Replace named graph ``graph_iri`` by ``ntriples`` in one Oxigraph transaction: a
        transactional load for a graph not yet there, else a two-operation update (DROP, then
        INSERT DATA)."""
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")
        g = ox.NamedNode(str(graph_iri))
        if not self._ox.contains_named_graph(g):  # new graph: one transactional load
            self._load(ntriples, ox.RdfFormat.N_TRIPLES, what or graph_iri, to_graph=g)
            return
        try:
            update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{ntriples}\n}} }}"
            self._ox.update(update)
        except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
            raise StoreError(f"could not store {what or graph_iri}: {exc}") from exc

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (one transaction). Used by the token-protected /update."""
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")
        try:
            self._ox.update(sparql, prefixes={k: str(v) for k, v in PREFIXES.items()})
        except SyntaxError as exc:
            raise QueryError(f"malformed update: {exc}") from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise StoreError(f"the update failed: {exc}") from exc

    def remove_article(self, article_id: str) -> bool:
        """Drop an article's graph; -> whether it was there."""
        return self.remove_graph(str(iris.article_graph(article_id)))

    def remove_graph(self, graph_iri: str) -> bool:
        """Drop any named graph; -> whether it was there."""
        g = ox.NamedNode(str(graph_iri))
        if not self._ox.contains_named_graph(g):
            return False
        self._ox.remove_graph(g)
        return True

    def backup(self, target: str | Path) -> None:
        """Write a consistent copy of an on-disk store to ``target`` (a RocksDB checkpoint:
        hard links where possible, so it is cheap)."""
        if self.location == "memory":
            raise StoreError("an in-memory store has no on-disk backup; dump its quads instead")
        try:
            self._ox.backup(str(target))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"could not back up the store to {target}: {exc}") from exc

    def flush(self) -> None:
        """Make writes durable on disk (no-op in memory)."""
        if self.location != "memory" and not self.read_only:
            self._ox.flush()

    def close(self) -> None:
        """Flush and release the store (and its on-disk lock)."""
        if getattr(self, "_ox", None) is None:
            return
        self.flush()
        self.dataset.store._store = None  # drop every reference so RocksDB really closes
        self.dataset = None  # type: ignore[assignment]
        self._ox = None  # type: ignore[assignment]
        gc.collect()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(location: str | Path = "memory", *, read_only: bool = False) -> Store:
    """``"memory"`` or a folder -> :class:`Store` (the folder is created when missing);
    an ``http(s)://`` SPARQL endpoint -> :class:`kg.store_remote.RemoteStore`."""
    loc = str(location)
    if loc.startswith(("http://", "https://")):  # a SPARQL endpoint: kg.store_remote
        from kg.store_remote import RemoteStore

        return RemoteStore.open(loc, read_only=read_only)  # type: ignore[return-value]
    try:
        if loc == "memory":
            return Store(ox.Store(), "memory")
        path = Path(loc)
        if read_only:
            if not path.exists():
                raise StoreError(f"no store at {path}: run `kg build` first")
            if (path / JOURNAL).exists():  # a killed build: repair first if nobody writes
                try:
                    writer = Store(ox.Store(str(path)), loc)
                    writer.recover()
                    writer.close()
                except (OSError, RuntimeError):
                    pass  # a live writer holds it and will finish its batch
            return Store(ox.Store.read_only(str(path)), loc, read_only=True)
        path.mkdir(parents=True, exist_ok=True)
        store = Store(ox.Store(str(path)), loc)
        store.recover()
        return store
    except (OSError, RuntimeError) as exc:
        raise StoreError(
            f"cannot open the store at {loc}: {exc} (is another kg process using it?)"
        ) from exc
