"""Data files of the text layer (``src/kg/text/data/``), read once and cached.

``load_tsv(name) -> tuple[dict[str, str], ...]``: a TSV with a header row; blank lines and lines
starting with ``#`` are skipped, cells are stripped. Raises :class:`kg.errors.ResourceError`
when the file is missing or a row has the wrong number of columns.
"""

from __future__ import annotations

from functools import cache

from kg.resources import package_tsv


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """``name`` (file in ``kg/text/data/``) -> its rows as dicts keyed by the header."""
    return package_tsv("kg.text", f"data/{name}")
