"""Query worker process: opens a read-only copy of the store and answers requests on a pipe.

A worker is started by :mod:`server.pool` as ``python -m server.worker IN OUT`` (pipe fds)
and first reads ``(source, prefixes)``: ``source`` is
``("dir", path)`` (an on-disk store or checkpoint, opened read-only) or ``("nquads", file)`` (a
dump loaded into memory). Requests are :class:`Request` tuples; each reply is a :class:`Reply`
with the serialised body, so the parent only copies bytes. The worker imports nothing but
pyoxigraph: a timed-out worker is killed and replaced, which must be cheap.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any, NamedTuple

import pyoxigraph as ox

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"trig", "nquads"}


class Request(NamedTuple):
    """``op`` is "query" (``text`` = SPARQL) or "graph" (``text`` = graph IRI, "" for the
    default graph, "*" for the whole dataset). ``fmt`` names the result or graph format
    wanted for each kind of answer."""

    op: str
    text: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    result_fmt: str = "json"
    graph_fmt: str = "turtle"
    max_rows: int = 10000


class Reply(NamedTuple):
    """``status`` is an HTTP status; ``kind`` is "solutions", "boolean", "graph" or "error"."""

    status: int
    kind: str
    body: bytes
    fmt: str = ""


class RowLimit(Exception):
    """More results than the configured maximum."""


def _open(source: tuple[str, str]) -> ox.Store:
    kind, where = source
    if kind == "dir":
        return ox.Store.read_only(where)
    store = ox.Store()
    store.bulk_load(path=where, format=ox.RdfFormat.N_QUADS)
    return store


def _too_many(max_rows: int) -> RowLimit:
    return RowLimit(
        f"query limit: more than {max_rows} results (KG_MAX_ROWS); add a LIMIT or narrow the query"
    )


def _limited(items: Any, max_rows: int) -> list:
    out = []
    for item in items:
        out.append(item)
        if len(out) > max_rows:
            raise _too_many(max_rows)
    return out


def _solutions(result: ox.QuerySolutions, req: Request) -> Reply:
    names = [v.value for v in result.variables]
    rows = _limited(result, req.max_rows)
    # TSV round trip: terms print in N-Triples syntax (tabs and newlines escaped)
    lines = ["\t".join("?" + n for n in names)]
    for sol in rows:
        lines.append("\t".join("" if sol[n] is None else str(sol[n]) for n in names))
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    if req.result_fmt == "tsv":
        return Reply(200, "solutions", tsv, "tsv")
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return Reply(
        200, "solutions", parsed.serialize(format=RESULT_FORMATS[req.result_fmt]), req.result_fmt
    )


def _graph(items: list, fmt: str, prefixes: dict[str, str]) -> Reply:
    if fmt in QUAD_FORMATS:
        items = [
            i
            if isinstance(i, ox.Quad)
            else ox.Quad(i.subject, i.predicate, i.object, ox.DefaultGraph())
            for i in items
        ]
    else:
        items = [
            ox.Triple(i.subject, i.predicate, i.object) if isinstance(i, ox.Quad) else i
            for i in items
        ]
    kwargs: dict[str, Any] = {}
    if fmt in ("turtle", "trig"):
        kwargs["prefixes"] = prefixes
    body = ox.serialize(items, format=GRAPH_FORMATS[fmt], **kwargs)
    return Reply(200, "graph", body, fmt)


def run_query(store: ox.Store, req: Request, prefixes: dict[str, str]) -> Reply:
    """One SPARQL query -> serialised reply (SyntaxError is a 400 with the parser's message)."""
    kwargs: dict[str, Any] = {"prefixes": prefixes}
    if req.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in req.default_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    if req.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs]
    result = store.query(req.text, **kwargs)
    if isinstance(result, ox.QueryBoolean):
        return Reply(
            200, "boolean", result.serialize(format=RESULT_FORMATS[req.result_fmt]), req.result_fmt
        )
    if isinstance(result, ox.QuerySolutions):
        return _solutions(result, req)
    return _graph(_limited(result, req.max_rows), req.graph_fmt, prefixes)


def read_graph(store: ox.Store, req: Request, prefixes: dict[str, str]) -> Reply:
    """Graph Store Protocol read: a named graph, the default graph (union of the named graphs,
    without duplicates) or the whole dataset ("*", as quads)."""
    if req.text == "*":
        items = _limited(store, req.max_rows)
        fmt = req.graph_fmt if req.graph_fmt in QUAD_FORMATS else "nquads"
        return _graph(items, fmt, prefixes)
    if req.text == "":
        seen: dict[ox.Triple, None] = {}
        for q in store:
            seen[ox.Triple(q.subject, q.predicate, q.object)] = None
            if len(seen) > req.max_rows:
                raise _too_many(req.max_rows)
        return _graph(list(seen), req.graph_fmt, prefixes)
    g = ox.NamedNode(req.text)
    if not store.contains_named_graph(g):
        return Reply(404, "error", f"no graph <{req.text}> in this store".encode())
    items = _limited(store.quads_for_pattern(None, None, None, g), req.max_rows)
    return _graph(items, req.graph_fmt, prefixes)


def answer(store: ox.Store, req: Request, prefixes: dict[str, str]) -> Reply:
    """Request -> Reply; every failure becomes an error reply with a message, never a trace."""
    try:
        if req.op == "graph":
            return read_graph(store, req, prefixes)
        return run_query(store, req, prefixes)
    except SyntaxError as exc:
        return Reply(400, "error", f"malformed query: {exc}".encode())
    except RowLimit as exc:
        return Reply(422, "error", str(exc).encode())
    except ValueError as exc:
        return Reply(400, "error", f"bad request: {exc}".encode())
    except (OSError, RuntimeError) as exc:
        return Reply(500, "error", f"the query failed: {exc}".encode())


def _exit_with_parent(interval: float = 0.5) -> None:
    """Exit when the server process is gone, even in the middle of a query (pyoxigraph
    releases the GIL while it evaluates, so this watchdog thread keeps running)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="kg-worker-watchdog").start()


def serve(recv: Any, send: Any) -> None:
    """Worker main loop: read (source, prefixes), open the store, say "ready", then answer
    requests (tuples) with replies (tuples) until the pipe closes."""
    _exit_with_parent()
    try:
        source, prefixes = recv.recv()
        store = _open(source)
    except (EOFError, OSError, RuntimeError, ValueError) as exc:
        send.send(("failed", str(exc)))
        return
    send.send(("ready", ""))
    while True:
        try:
            req = recv.recv()
        except (EOFError, OSError):
            return
        if req is None:
            return
        send.send(tuple(answer(store, Request(*req), prefixes)))


def main(argv: list[str]) -> None:
    """``python -m server.worker IN_FD OUT_FD`` (started by :mod:`server.pool`)."""
    from multiprocessing.connection import Connection

    serve(Connection(int(argv[1]), writable=False), Connection(int(argv[2]), readable=False))


if __name__ == "__main__":
    import sys

    main(sys.argv)
