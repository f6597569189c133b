"""Data files of the text layer (``src/kg/text/data/``), read once and cached.

``load_tsv(name) -> tuple[dict[str, str], ...]``: a TSV with a header row; blank lines and lines
starting with ``#`` are skipped, cells are stripped. Raises :class:`kg.errors.ResourceError`
when the file is missing or a row has the wrong number of columns.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from kg.errors import ResourceError


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """``name`` (file in ``kg/text/data/``) -> its rows as dicts keyed by the header."""
    try:
        raw = resources.files("kg.text").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"data file {name!r} is missing from kg/text/data/") from exc
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for n, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ResourceError(f"kg/text/data/{name}: row {n} has the wrong number of columns")
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)
