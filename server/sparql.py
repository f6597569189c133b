"""SPARQL endpoint (minimal): SELECT and ASK by GET and POST at ``/sparql``.

Results as ``application/sparql-results+json``; a malformed query is a 400 with the parser's
message. The full protocol (formats, CONSTRUCT, graphs, limits) builds on this blueprint.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, jsonify, request

from kg.errors import QueryError
from server.db import get_store

bp = Blueprint("sparql", __name__)
JSON_RESULTS = "application/sparql-results+json"


def _query_text() -> str | None:
    if request.method == "GET":
        return request.args.get("query")
    ctype = (request.mimetype or "").lower()
    if ctype == "application/sparql-query":
        return request.get_data(as_text=True)
    return request.form.get("query")


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    """Run the query given as ``query`` (GET, POST form) or as the POST body."""
    text = _query_text()
    if not text:
        return jsonify(error="no query: pass ?query=... or POST application/sparql-query"), 400
    try:
        result = get_store().query_native(text)
    except QueryError as exc:
        return Response(str(exc), status=400, mimetype="text/plain")
    if isinstance(result, ox.QueryTriples):
        return Response("CONSTRUCT/DESCRIBE are not served yet", status=406,
                        mimetype="text/plain")
    body = result.serialize(format=ox.QueryResultsFormat.JSON)
    return Response(body, mimetype=JSON_RESULTS)
