"""Options shared by several commands, and output helpers (table, JSON lines, CSV)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import click

from kg.config import Settings, load_settings


def store_option(f: Callable) -> Callable:
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="DIR|memory",
        help="Store location (default: $KG_STORE or data/store).",
    )(f)


def quiet_json_options(f: Callable) -> Callable:
    f = click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")(f)
    return click.option(
        "--json", "as_json", is_flag=True, help="Print a machine-readable JSON summary."
    )(f)


def settings(**overrides: object) -> Settings:
    """CLI options -> settings (environment and defaults beneath them)."""
    return load_settings(**overrides)


def open_for_reading(store: str | None) -> Any:
    """``--store`` value (or $KG_STORE, or the default) -> the store, read-only on disk."""
    from kg.store import open_store

    location = settings(store=store).store
    return open_store(location, read_only=location != "memory")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], width: int = 60) -> None:
    """Rows -> a fixed-width text table on stdout (cells cut at ``width`` characters)."""
    rows = [[_cell(c)[:width] for c in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    click.echo(line)
    click.echo("  ".join("-" * w for w in widths))
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))


def print_jsonl(objs: Iterable[dict]) -> None:
    for o in objs:
        click.echo(json.dumps(o, ensure_ascii=False))


def print_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(c) for c in r])
