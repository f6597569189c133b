"""``kg export``: the store as RDF (Turtle, TriG, N-Quads, JSON-LD) or as an actor network
(GraphML, GEXF, Cytoscape.js JSON) for Gephi, Cytoscape or yEd."""

from __future__ import annotations

import json
import sys
from typing import BinaryIO

import click

from kg.cli import main
from kg.cli.options import open_for_reading, quiet_json_options, store_option
from kg.errors import ConfigError

RDF_FORMATS = ("ttl", "trig", "nq", "jsonld")
NETWORK_FORMATS = ("graphml", "gexf", "cytoscape")


def _open_out(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdout.buffer
    try:
        return open(path, "wb")  # noqa: SIM115  (closed by the caller)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc}") from exc


@main.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RDF_FORMATS + NETWORK_FORMATS),
    required=True,
    help="RDF (ttl, trig, nq, jsonld) or network (graphml, gexf, cytoscape).",
)
@click.option("--article", default=None, help="RDF formats: only this article's graph.")
@click.option(
    "--about",
    default=None,
    metavar="NAME|QID",
    help="Network formats: only edges touching this actor (any name or a QID).",
)
@click.option(
    "--inline-context",
    is_flag=True,
    help="JSON-LD: inline the @context instead of referring to its published URL.",
)
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="FILE|-",
    help="Output file, or - for stdout.",
)
@store_option
@quiet_json_options
def export(
    fmt: str,
    article: str | None,
    about: str | None,
    inline_context: bool,
    output: str,
    store: str | None,
    quiet: bool,
    as_json: bool,
) -> None:
    """Export the whole store or one article as RDF, or the actor network for graph tools."""

    if article and fmt in NETWORK_FORMATS:
        raise ConfigError("--article applies to RDF formats; use --about for networks")
    if about and fmt in RDF_FORMATS:
        raise ConfigError("--about applies to network formats (graphml, gexf, cytoscape)")
    with open_for_reading(store) as st:
        out = _open_out(output)
        try:
            summary = _write(st, fmt, out, article, about, inline_context)
        finally:
            if out is not sys.stdout.buffer:
                out.close()
            else:
                out.flush()
    summary.update({"format": fmt, "output": output})
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False), err=output == "-")
    elif not quiet:
        counts = ", ".join(f"{k} {v}" for k, v in summary.items() if isinstance(v, int))
        click.echo(f"kg: exported {fmt} ({counts}) to {output}", err=True)


def _write(
    st: object,
    fmt: str,
    out: BinaryIO,
    article: str | None,
    about: str | None,
    inline_context: bool,
) -> dict:
    if fmt in RDF_FORMATS:
        from kg.export.rdf import export_rdf

        return {"statements": export_rdf(st, fmt, out, article, inline_context)}
    from kg.export import graph_formats
    from kg.export.network import build_network

    actors = None
    if about:
        from kg.views import resolve_actors

        actors = resolve_actors(st, about)
        if not actors:
            raise ConfigError(f"no actor matches {about!r} (try an English name or a QID)")
    net = build_network(st, actors)
    if fmt == "graphml":
        out.write(graph_formats.to_graphml(net))
    elif fmt == "gexf":
        out.write(graph_formats.to_gexf(net))
    else:
        text = json.dumps(graph_formats.to_cytoscape(net), ensure_ascii=False, indent=1)
        out.write(text.encode("utf-8") + b"\n")
    return {"nodes": len(net.nodes), "edges": len(net.edges)}
