"""``kg query``, ``kg stats`` and ``kg serve``."""

from __future__ import annotations

import json
import sys

import click

from kg.cli import main
from kg.cli.options import (
    open_for_reading,
    print_csv,
    print_jsonl,
    print_table,
    quiet_json_options,
    settings,
    store_option,
)
from kg.errors import ConfigError


def _read_query(query: str | None, file: str | None) -> str:
    if file:
        with open(file, encoding="utf-8") as fh:
            return fh.read()
    if query == "-" or (query is None and not sys.stdin.isatty()):
        return sys.stdin.read()
    if not query:
        raise ConfigError("give a SPARQL query as an argument, with --file, or on stdin with -")
    return query


def _term(v: object) -> str | None:
    return None if v is None else str(v)


@main.command()
@click.argument("query", required=False)
@click.option(
    "--file",
    "-f",
    "file",
    type=click.Path(exists=True, dir_okay=False),
    help="Read the query from a .rq file.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@store_option
def query(query: str | None, file: str | None, fmt: str, store: str | None) -> None:
    """Run a SPARQL QUERY (an argument, --file, or - for stdin) over the store."""

    text = _read_query(query, file)
    with open_for_reading(store) as st:
        result = st.query(text)
        if result.type == "ASK":
            click.echo(
                json.dumps(bool(result.askAnswer))
                if fmt == "json"
                else str(bool(result.askAnswer)).lower()
            )
            return
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            click.echo(result.graph.serialize(format="json-ld" if fmt == "json" else "turtle"))
            return
        cols = [str(v) for v in result.vars]
        rows = [[_term(r.get(v)) for v in result.vars] for r in result.bindings]
    if fmt == "json":
        print_jsonl(dict(zip(cols, r, strict=True)) for r in rows)
    elif fmt == "csv":
        print_csv(cols, rows)
    else:
        print_table(cols, rows)


@main.command()
@store_option
@quiet_json_options
def stats(store: str | None, quiet: bool, as_json: bool) -> None:
    """Articles, triples and instances per class in the store."""
    from kg.rdf.namespaces import PREFIXES
    from kg.resources import query_text

    with open_for_reading(store) as st:
        n_articles = len(st.articles())
        n_triples = len(st)
        rows = [(r["class"], int(r["instances"])) for r in st.query(query_text("stats-classes"))]
    short = {str(ns): p for p, ns in PREFIXES.items()}

    def qname(iri: object) -> str:
        for ns, p in short.items():
            if str(iri).startswith(ns):
                return f"{p}:{str(iri)[len(ns) :]}"
        return str(iri)

    if as_json:
        click.echo(
            json.dumps(
                {
                    "articles": n_articles,
                    "triples": n_triples,
                    "classes": {qname(c): n for c, n in rows},
                },
                ensure_ascii=False,
            )
        )
    elif not quiet:
        click.echo(f"articles: {n_articles}\ntriples:  {n_triples}\n")
        print_table(["class", "instances"], [(qname(c), n) for c, n in rows])


@main.command()
@click.option("--host", default=None, help="Interface to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 5000).")
@click.option("--threads", type=int, default=None, help="Worker threads (default 4).")
@store_option
def serve(host: str | None, port: int | None, threads: int | None, store: str | None) -> None:
    """Serve the store: web UI at /, SPARQL 1.1 endpoint at /sparql (waitress WSGI server).

    Query workers, limits, CORS, the SERVICE allowlist and the /update token are set with
    KG_QUERY_WORKERS, KG_QUERY_TIMEOUT, KG_MAX_ROWS, KG_CORS_ORIGINS, KG_SERVICE_ALLOWLIST and
    KG_UPDATE_TOKEN (see server/README.md)."""
    import logging

    from waitress import serve as waitress_serve

    from server import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    s = settings(store=store, host=host, port=port, threads=threads)
    app = create_app({"KG_STORE": s.store})
    click.echo(
        f"kg: serving {s.store}: web UI http://{s.host}:{s.port}/ , "
        f"SPARQL http://{s.host}:{s.port}/sparql",
        err=True,
    )
    waitress_serve(app, host=s.host, port=s.port, threads=s.threads, ident="kg")
