"""The SPARQL service description (``GET /sparql`` without a query), in the negotiated RDF
format: endpoint, languages, result formats, union default graph, limits."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Response, current_app, request, url_for

from server import protocol

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
FORMAT_IRIS = [
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "TriG",
    "N-Quads",
    "RDF_XML",
]


def description_turtle(endpoint: str, update: bool) -> str:
    """-> the service description as Turtle."""
    langs = "sd:SPARQL11Query" + (", sd:SPARQL11Update" if update else "")
    fmts = ", ".join(f"<{FORMATS}{f}>" for f in FORMAT_IRIS)
    cfg = current_app.config
    comment = (
        "kg: Arabic political news knowledge graph. The default graph is the union of the "
        f"named graphs (articles, ontology, KB). Limits: {cfg['KG_QUERY_TIMEOUT']} s per query, "
        f"{cfg['KG_MAX_ROWS']} results, {cfg['KG_MAX_QUERY_LENGTH']} characters."
    )
    return f"""@prefix sd: <{SD}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
[] a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage {langs} ;
  sd:resultFormat {fmts} ;
  sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;
  rdfs:comment "{comment}"@en .
"""


def service_description() -> Response:
    """-> the description in the format the client accepts (Turtle by default)."""
    endpoint = url_for("sparql.sparql", _external=True)
    ttl = description_turtle(endpoint, bool(current_app.config.get("KG_UPDATE_TOKEN")))
    key = protocol.negotiate(request.headers.get("Accept"), protocol.GRAPH_MIMES)
    if key is None:
        return Response(
            "the service description is available as RDF (text/turtle ...)\n",
            status=406,
            mimetype="text/plain",
        )
    triples = ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE)
    kwargs = {"prefixes": {"sd": SD}} if key in ("turtle", "trig") else {}
    from server.worker import GRAPH_FORMATS

    body = ox.serialize(triples, format=GRAPH_FORMATS[key], **kwargs)
    return Response(body, content_type=protocol.MIME_OF[key] + "; charset=utf-8")
