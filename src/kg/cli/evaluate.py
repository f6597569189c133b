"""``kg evaluate GOLD ARTICLES... [--gold MORE]``: extract, store in memory, read back with the
same SPARQL views as ``kg entities/statements/events``, and score against gold annotations
(several gold sets pooled with ``--gold``)."""

from __future__ import annotations

import json
import sys

import click

from kg.cli import main


@main.command()
@click.argument("gold", type=click.Path(exists=True))
@click.argument("articles", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--article", "only", multiple=True, help="Score only these article ids.")
@click.option(
    "--gold",
    "more_gold",
    multiple=True,
    type=click.Path(exists=True),
    help="Another gold file or folder, pooled with GOLD (repeatable; give its articles too).",
)
def evaluate(
    gold: str,
    articles: tuple[str, ...],
    as_json: bool,
    only: tuple[str, ...],
    more_gold: tuple[str, ...],
) -> None:
    """Score extraction of ARTICLES against the GOLD file or folder (see tests/gold/README.md).

    Articles are matched to gold by id (the file stem). Prints precision, recall and F1 of
    statements (found, speaker correct), entity mentions and linking, and events, micro-averaged
    over every article of GOLD and of each --gold set (pooled scores over several sets).
    """
    from pathlib import Path

    from kg import views
    from kg.build import build
    from kg.evaluate import format_table, load_gold, score
    from kg.store import open_store

    golds = [g for path in (gold, *more_gold) for g in load_gold(Path(path))]
    ids = [g.article for g in golds]
    if len(set(ids)) != len(ids):
        raise click.UsageError("the gold sets share article ids; pool sets with distinct ids")
    if only:
        golds = [g for g in golds if g.article in set(only)]
    with open_store("memory") as st:
        report = build(articles, st, quarantine_dir=Path("data/quarantine-evaluate"))
        for r in report.rejected:
            click.echo(f"kg: rejected {r}", err=True)
        predicted = {}
        for g in golds:
            predicted[g.article] = {
                "entities": views.entities(st, g.article),
                "statements": views.statements(st, article=g.article),
                "events": views.events(st, article=g.article),
            }
    missing = [g.article for g in golds if g.article not in set(report.stored)]
    if missing:
        click.echo(f"kg: no article text given for gold {', '.join(missing)}", err=True)
    result = score(golds, predicted)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        click.echo(format_table(result))
    sys.exit(1 if report.nonconforming else 0)
