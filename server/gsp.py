"""Graph Store Protocol, read only, at ``/rdf-graphs``.

``GET|HEAD /rdf-graphs?graph=<iri>`` -> that named graph (404 if absent); ``?default`` -> the
default graph (the union of the named graphs); neither -> the whole dataset as N-Quads or
TriG. Formats by ``Accept``; writes are 405 (the store is changed by ``kg build`` or /update).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from server import protocol
from server.sparql import run, text_error
from server.worker import Request

bp = Blueprint("gsp", __name__)
READ = ["GET", "HEAD"]


@bp.route("/rdf-graphs", methods=["GET", "HEAD", "PUT", "POST", "DELETE", "PATCH"])
def graphs() -> Response:
    """Read a graph of the store."""
    if request.method not in READ:
        return text_error(
            405, "the Graph Store Protocol endpoint is read-only", Allow=", ".join(READ)
        )
    graph = request.args.get("graph")
    whole = graph is None and "default" not in request.args
    offers = [o for o in protocol.GRAPH_MIMES if not whole or o[0] in ("nquads", "trig")]
    key = protocol.negotiate(request.headers.get("Accept"), offers)
    if key is None:
        return text_error(406, "graphs are served as " + ", ".join(m for _, m in offers))
    if graph is not None and not graph.strip():
        return text_error(400, "?graph= needs a graph IRI")
    target = "*" if whole else ("" if graph is None else graph)
    return run(
        Request("graph", target, graph_fmt=key, max_rows=int(current_app.config["KG_MAX_ROWS"]))
    )
