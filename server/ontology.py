"""``/ontology``: the HTML ontology page from :func:`kg.export.ontology_doc.render_html` when
that module is installed, else the ontology as Turtle (``ontology/kg.ttl``)."""

from __future__ import annotations

from flask import Blueprint, Response

from kg.errors import ResourceError

bp = Blueprint("ontology", __name__)


@bp.route("/ontology")
def ontology() -> Response:
    """-> the ontology documentation page (HTML), or the Turtle source as a fallback."""
    try:
        from kg.export.ontology_doc import render_html
    except ImportError:
        from kg.resources import ontology_path

        try:
            text = ontology_path().read_text(encoding="utf-8")
        except ResourceError as exc:
            return Response(f"{exc}\n", status=404, mimetype="text/plain")
        return Response(text, content_type="text/turtle; charset=utf-8")
    return Response(render_html(), content_type="text/html; charset=utf-8")
