"""The ``kg`` command. Exit codes: 0 ok, 1 data rejected or not conforming, 2 error.

Each sub-command lives in its own module and registers itself on :data:`main`.
"""

from __future__ import annotations

import sys

import click

from kg import __version__
from kg.errors import KGError


class _Group(click.Group):
    """Turns :class:`KGError` into a one-line message on stderr and its exit code."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: a knowledge graph of who said what about whom in Arabic political news."""


# sub-commands register themselves on `main` when imported
from kg.cli import build as _build  # noqa: E402,F401,I001
from kg.cli import evaluate as _evaluate  # noqa: E402,F401
from kg.cli import export as _export  # noqa: E402,F401
from kg.cli import kb as _kb  # noqa: E402,F401
from kg.cli import ontology as _ontology  # noqa: E402,F401
from kg.cli import query as _query  # noqa: E402,F401
from kg.cli import records as _records  # noqa: E402,F401
