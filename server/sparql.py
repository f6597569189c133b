"""SPARQL 1.1 Protocol endpoint at ``/sparql``.

Queries by GET (``?query=``), POST form (``query=``) and POST ``application/sparql-query``;
``default-graph-uri`` / ``named-graph-uri`` (repeatable) set the dataset (default: the union of
the named graphs: articles and the ontology/KB background). SELECT/ASK answer in JSON, XML,
CSV or TSV; CONSTRUCT/DESCRIBE in Turtle,
N-Triples, JSON-LD, TriG, N-Quads or RDF/XML, by ``Accept`` (or ``?format=``). Errors are plain
text: 400 malformed, 403 SERVICE not allowed, 406, 413 too long, 415, 422 too many results,
503 time limit. ``GET /sparql`` without a query is the service description (or, for a browser,
the query editor).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, redirect, request, url_for

from kg.rdf.namespaces import PREFIXES
from server import protocol
from server.db import get_pool
from server.worker import Reply, Request

bp = Blueprint("sparql", __name__)
FORM = "application/x-www-form-urlencoded"


def text_error(status: int, message: str, **headers: str) -> Response:
    """-> a plain-text error response (never a stack trace)."""
    return Response(
        message.rstrip("\n") + "\n", status=status, mimetype="text/plain", headers=headers
    )


def _params() -> tuple[str | None, dict] | Response:
    """-> (query text, the multi-dict of protocol parameters) or an error response."""
    if request.method == "GET":
        return request.args.get("query"), request.args
    ctype = (request.mimetype or "").lower()
    if ctype == "application/sparql-query":
        return request.get_data(as_text=True), request.args
    if ctype == FORM or ctype == "multipart/form-data":
        merged = request.values  # form + URL query string (graph URIs may come in either)
        return request.form.get("query"), merged
    return text_error(
        415,
        f"unsupported content type {ctype or '(none)'!r}: POST a query as "
        f"application/sparql-query or {FORM}",
    )


_PREFIXES = {k: str(v) for k, v in PREFIXES.items()}


def check_limits(text: str) -> Response | str | None:
    """Query length and SERVICE allowlist -> an error response, else the query form
    (SELECT, ASK, CONSTRUCT, DESCRIBE; None for an update or an unreadable query)."""
    cfg = current_app.config
    if len(text) > cfg["KG_MAX_QUERY_LENGTH"]:
        return text_error(
            413,
            f"query limit: the query has {len(text)} characters, more than "
            f"{cfg['KG_MAX_QUERY_LENGTH']} (KG_MAX_QUERY_LENGTH)",
        )
    form, services = protocol.inspect(text, _PREFIXES)
    refused = protocol.refused_services(services, cfg["KG_SERVICE_ALLOWLIST"])
    if refused:
        return text_error(
            403,
            "SERVICE refused: " + ", ".join(refused) + " is not on the "
            "allowlist of remote endpoints (KG_SERVICE_ALLOWLIST)",
        )
    return form


def _formats(form: str | None) -> tuple[str, str] | Response:
    """-> (result format, graph format) for the request, or a 406."""
    wanted = request.args.get("format") or request.form.get("format")
    if wanted:
        key = protocol.FORMAT_ALIASES.get(wanted.lower())
        if key is None:
            mimes = {m: k for k, m in protocol.RESULT_MIMES + protocol.GRAPH_MIMES}
            key = mimes.get(wanted.lower())
        if key is None:
            return text_error(406, f"unknown format {wanted!r}")
        is_graph = key in dict(protocol.GRAPH_MIMES)
        return ("json", key) if is_graph else (key, "turtle")
    accept = request.headers.get("Accept")
    res = protocol.negotiate(accept, protocol.RESULT_MIMES)
    graph = protocol.negotiate(accept, protocol.GRAPH_MIMES)
    needs_graph = form in ("CONSTRUCT", "DESCRIBE")
    needs_results = form in ("SELECT", "ASK")
    if (
        (needs_graph and graph is None)
        or (needs_results and res is None)
        or (res is None and graph is None)
    ):
        kinds = protocol.GRAPH_MIMES if needs_graph else protocol.RESULT_MIMES
        offered = ", ".join(sorted({m for _, m in kinds}))
        return text_error(
            406, f"cannot answer in {accept!r}; this query can be answered in: {offered}"
        )
    return res or "json", graph or "turtle"


def reply_response(reply: Reply) -> Response:
    """Worker reply -> HTTP response (the body is already serialised)."""
    if reply.kind == "error":
        headers = {"Retry-After": "1"} if reply.status == 503 else {}
        return text_error(reply.status, reply.body.decode("utf-8", "replace"), **headers)
    mime = protocol.MIME_OF[reply.fmt]
    charset = "" if reply.fmt == "xml" else "; charset=utf-8"
    resp = Response(reply.body, status=reply.status, content_type=mime + charset)
    resp.headers["Vary"] = "Accept"
    return resp


def run(req: Request) -> Response:
    """Run a worker request under the configured time limit."""
    return reply_response(get_pool().run(req, float(current_app.config["KG_QUERY_TIMEOUT"])))


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    """The SPARQL query endpoint."""
    got = _params()
    if isinstance(got, Response):
        return got
    text, params = got
    if not text or not text.strip():
        if request.method == "GET" and "query" not in request.args:
            if protocol.prefers_html(request.headers.get("Accept")):
                return redirect(url_for("ui_tools.editor", **request.args))
            from server.describe import service_description

            return service_description()
        return text_error(
            400, "no query: pass ?query=..., POST query=... or POST application/sparql-query"
        )
    if "update" in params and request.method == "POST":
        return text_error(400, "this is the query endpoint; send updates to /update")
    form = check_limits(text)
    if isinstance(form, Response):
        return form
    fmts = _formats(form)
    if isinstance(fmts, Response):
        return fmts
    req = Request(
        "query",
        text,
        tuple(params.getlist("default-graph-uri")),
        tuple(params.getlist("named-graph-uri")),
        fmts[0],
        fmts[1],
        int(current_app.config["KG_MAX_ROWS"]),
    )
    return run(req)
