"""Lexicons and patterns kept as data files beside this module, loaded (and cached) at init.

``load_tsv(name) -> list[dict]``: a TSV file with a header row; lines starting with ``#`` and
blank lines are skipped. ``load_jsonl(name) -> list[dict]``: one JSON object per line.
Names are file names relative to this folder, e.g. ``load_tsv("reporting_verbs.tsv")``.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources

from kg.errors import ResourceError


def _read(name: str) -> str:
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"lexicon {name!r} is missing from kg/nlp/lexicons/") from exc


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """``name`` (a TSV with a header) -> rows as dicts; ``#`` comments and blank lines skipped."""
    lines = [ln for ln in _read(name).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for n, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ResourceError(f"lexicon {name!r}: row {n} has the wrong number of columns")
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)


@cache
def load_jsonl(name: str) -> tuple[dict, ...]:
    """``name`` (JSON lines) -> the objects, in file order."""
    out = []
    for n, line in enumerate(_read(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ResourceError(f"lexicon {name!r}: line {n} is not JSON ({exc.msg})") from exc
    return tuple(out)
