"""``kg ontology check|doc|install``: reason over the ontology, document it, store it."""

from __future__ import annotations

import json
import sys

import click

from kg.cli import main
from kg.cli.options import quiet_json_options, settings, store_option
from kg.errors import ConfigError


@main.group()
def ontology() -> None:
    """The kg ontology: consistency check, documentation page, background graphs."""


@ontology.command()
@click.argument("file", required=False, metavar="[FILE|-]")
@quiet_json_options
def check(file: str | None, quiet: bool, as_json: bool) -> None:
    """Classify the ontology (default: the shipped one; - reads Turtle from stdin) with
    owlready2's HermiT reasoner. Exit 1 if inconsistent or a class is unsatisfiable."""
    from rdflib import Graph

    from kg.reason.check import check_ontology

    source = None
    if file == "-":
        try:
            source = Graph().parse(data=sys.stdin.read(), format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            raise ConfigError(f"stdin is not Turtle: {exc}") from exc
    elif file:
        source = file
    result = check_ontology(source)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    elif not quiet:
        click.echo(f"consistent: {'yes' if result.consistent else 'NO'}")
        click.echo(
            f"classes: {result.classes}, properties: {result.properties}, "
            f"{result.seconds:.2f} s ({result.reasoner})"
        )
        for iri in result.unsatisfiable:
            click.echo(f"unsatisfiable: {iri}")
    sys.exit(0 if result.ok else 1)


@ontology.command()
@click.option("--lang", type=click.Choice(["en", "ar"]), default="en", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE|-")
def doc(lang: str, output: str) -> None:
    """Write the ontology's HTML page (classes, properties, labels, class diagram)."""
    from kg.export.ontology_doc import render_html

    html = render_html(lang)
    if output == "-":
        click.echo(html, nl=False)
        return
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(html)
    except OSError as exc:
        raise ConfigError(f"cannot write {output}: {exc}") from exc


@ontology.command()
@store_option
@quiet_json_options
def install(store: str | None, quiet: bool, as_json: bool) -> None:
    """Store the ontology and the KB background relations as named graphs, for the
    inference queries (kg/queries/inference-*.rq)."""
    from kg.reason.background import install as do_install
    from kg.store import open_store

    s = settings(store=store)
    with open_store(s.store) as st:
        counts = do_install(st)
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False))
    elif not quiet:
        for g, n in counts.items():
            click.echo(f"{g}: {n} triples")
