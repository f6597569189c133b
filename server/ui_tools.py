"""The SPARQL editor (YASGUI), the actor-network view (Cytoscape.js) and the front-end files
they need, served from ``server/node_modules`` (installed from npm by
``scripts/setup-test-deps.sh``; never a CDN).

``/editor`` shows YASGUI with example queries; without JavaScript its form runs the query and
renders a table. ``/graph`` shows the network filtered by ``actor``, ``from``, ``to``;
``/graph.json`` gives the same data to the script.
"""

from __future__ import annotations

import json
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    jsonify,
    render_template,
    request,
    send_from_directory,
)

from server import uidata
from server.db import get_pool, get_store
from server.sparql import check_limits
from server.worker import Request

bp = Blueprint("ui_tools", __name__)
MODULES = Path(__file__).parent / "node_modules"
VENDOR = {  # public name -> file under node_modules
    "yasgui.min.js": "@zazuko/yasgui/build/yasgui.min.js",
    "yasgui.min.css": "@zazuko/yasgui/build/yasgui.min.css",
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
}
EXAMPLES = Path(__file__).parent / "examples"


def examples() -> list[dict]:
    """-> [{"name", "query"}] from ``server/examples/*.rq`` (first line: ``# title``)."""
    out = []
    for path in sorted(EXAMPLES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        out.append(
            {"id": path.stem, "name": first.lstrip("# ").strip() or path.stem, "query": text}
        )
    return out


@bp.route("/vendor/<name>")
def vendor(name: str) -> Response:
    """A front-end file from node_modules (404 with a hint when npm packages are missing)."""
    rel = VENDOR.get(name)
    if rel is None:
        abort(404)
    path = MODULES / rel
    if not path.exists():
        return Response(
            f"{name} is not installed: run scripts/setup-test-deps.sh\n",
            status=404,
            mimetype="text/plain",
        )
    return send_from_directory(path.parent, path.name, max_age=3600)


def _run_table(text: str) -> dict:
    """Run a SELECT/ASK in the pool for the no-JS editor -> {"vars", "rows"} or {"error"}."""
    limit = check_limits(text)
    if isinstance(limit, Response):
        return {"error": limit.get_data(as_text=True)}
    req = Request(
        "query",
        text,
        result_fmt="json",
        graph_fmt="ntriples",
        max_rows=int(current_app.config["KG_MAX_ROWS"]),
    )
    reply = get_pool().run(req, float(current_app.config["KG_QUERY_TIMEOUT"]))
    if reply.kind == "error":
        return {"error": reply.body.decode("utf-8", "replace")}
    if reply.kind == "graph":
        lines = reply.body.decode("utf-8").splitlines()
        return {"vars": ["triple"], "rows": [[ln] for ln in lines]}
    data = json.loads(reply.body)
    if "boolean" in data:
        return {"vars": ["boolean"], "rows": [[str(data["boolean"]).lower()]]}
    names = data["head"]["vars"]
    rows = [[(b.get(v) or {}).get("value", "") for v in names] for b in data["results"]["bindings"]]
    return {"vars": names, "rows": rows}


@bp.route("/editor", methods=["GET", "POST"])
def editor() -> str:
    """The query editor page; ``query`` (GET or POST) is run server-side for the no-JS form."""
    exs = examples()
    text = request.values.get("query")
    table = _run_table(text) if text and text.strip() else None
    return render_template("editor.html", examples=exs, query=text or exs[0]["query"], table=table)


def _filters() -> tuple[str | None, str | None, str | None]:
    a = (request.args.get("actor") or "").strip() or None
    return a, request.args.get("from") or None, request.args.get("to") or None


@bp.route("/graph")
def graph() -> str:
    """The actor network page (table of links without JavaScript)."""
    actor, start, end = _filters()
    data = uidata.network(get_store(), actor, start, end)
    return render_template(
        "graph.html", data=data, actor=actor or "", start=start or "", end=end or ""
    )


@bp.route("/graph.json")
def graph_json() -> Response:
    """-> the actor network as JSON (nodes and edges), with the page's filters."""
    return jsonify(uidata.network(get_store(), *_filters()))
