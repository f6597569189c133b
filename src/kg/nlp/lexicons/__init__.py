"""Lexicons and patterns kept as data files beside this module, loaded (and cached) at init.

``load_tsv(name) -> list[dict]``: a TSV file with a header row; lines starting with ``#`` and
blank lines are skipped. ``load_jsonl(name) -> list[dict]``: one JSON object per line.
Names are file names relative to this folder, e.g. ``load_tsv("statements_verbs.tsv")``.
"""

from __future__ import annotations

from functools import cache

from kg.resources import package_jsonl, package_tsv


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """``name`` (a TSV with a header) -> rows as dicts; ``#`` comments and blank lines skipped."""
    return package_tsv(__name__, name)


@cache
def load_jsonl(name: str) -> tuple[dict, ...]:
    """``name`` (JSON lines) -> the objects, in file order."""
    return package_jsonl(__name__, name)
