"""``kg entities``, ``kg statements``, ``kg events``: views over the store, computed by SPARQL."""

from __future__ import annotations

import click

from kg.cli import main
from kg.cli.options import (
    open_for_reading,
    print_csv,
    print_jsonl,
    print_table,
    store_option,
)


def _out(rows: list[dict], fmt: str, columns: list[str]) -> None:
    if fmt == "jsonl":
        print_jsonl(rows)
    elif fmt == "csv":
        print_csv(columns, ([r.get(c) for c in columns] for r in rows))
    else:
        print_table(columns, ([r.get(c) for c in columns] for r in rows))


def _speaker_label(s: dict | None) -> str | None:
    return None if s is None else (s["label"] or s["label_en"])


@main.command()
@click.option("--article", default=None, help="Only this article id.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table", "csv"]),
    default="jsonl",
    show_default=True,
)
@store_option
def entities(article: str | None, fmt: str, store: str | None) -> None:
    """Actors per article: label, English label, Wikidata QID, type and mention offsets."""
    from kg import views

    with open_for_reading(store) as st:
        rows = views.entities(st, article)
    _out(rows, fmt, ["article", "label", "label_en", "wikidata", "type", "mentions"])


@main.command()
@click.option("--about", default=None, metavar="NAME|QID", help="Statements about this actor.")
@click.option("--speaker", default=None, metavar="NAME|QID", help="Statements by this actor.")
@click.option("--article", default=None, help="Only this article id.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table", "csv"]),
    default="jsonl",
    show_default=True,
)
@store_option
def statements(
    about: str | None, speaker: str | None, article: str | None, fmt: str, store: str | None
) -> None:
    """Who said what about whom. --about/--speaker take Arabic or English names or QIDs."""
    from kg import views

    with open_for_reading(store) as st:
        about_iris = views.resolve_actors(st, about) if about else None
        speaker_iris = views.resolve_actors(st, speaker) if speaker else None
        rows = (
            []
            if (about_iris == [] or speaker_iris == [])
            else views.statements(st, about=about_iris, speaker=speaker_iris, article=article)
        )
    if fmt != "jsonl":
        for r in rows:
            r["speaker_label"] = _speaker_label(r["speaker"])
            r["about_labels"] = "، ".join(a["label"] or a["label_en"] or "" for a in r["about"])
    if fmt == "jsonl":
        for r in rows:
            del r["date"]
    _out(rows, fmt, ["article", "speaker_label", "cue", "text", "direct", "about_labels"])


@main.command()
@click.option("--type", "type_", default=None, help="Only events of this type (e.g. MEET).")
@click.option("--actor", default=None, metavar="NAME|QID", help="Only events with this actor.")
@click.option("--article", default=None, help="Only this article id.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True
)
@store_option
def events(
    type_: str | None, actor: str | None, article: str | None, fmt: str, store: str | None
) -> None:
    """Event mentions: type, CAMEO code, trigger, participants, place and date."""
    from kg import views

    with open_for_reading(store) as st:
        actor_iris = views.resolve_actors(st, actor) if actor else None
        rows = [] if actor_iris == [] else views.events(st, type_, actor_iris, article)
    _out(rows, fmt, ["article", "type", "code", "trigger", "date", "date_text", "place"])
