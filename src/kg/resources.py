"""Where kg finds its shipped files: the ontology, SHACL shapes and SPARQL queries.

``ontology_path() -> Path`` and ``shapes_dir() -> Path`` look in ``KG_ONTOLOGY`` /
``KG_SHAPES`` first, then in the repository's top-level ``ontology/`` and ``shapes/`` folders.
``query_text(name) -> str`` reads ``kg/queries/<name>.rq``.
``package_tsv(package, path)`` / ``package_jsonl(package, path)`` read the data files that
ship inside a package (lexicons, markers): the one TSV/JSONL reader every stage uses.
"""

from __future__ import annotations

import csv
import json
import os
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import ResourceError

_REPO = Path(__file__).resolve().parents[2]


def _find(env: str, default: Path, what: str) -> Path:
    path = Path(os.environ[env]) if os.environ.get(env) else default
    if not path.exists():
        raise ResourceError(f"{what} not found at {path}; set {env} to its location")
    return path


def ontology_path() -> Path:
    """-> the ontology Turtle file (``ontology/kg.ttl``)."""
    return _find("KG_ONTOLOGY", _REPO / "ontology" / "kg.ttl", "the ontology")


def shapes_dir() -> Path:
    """-> the folder of SHACL shapes (``shapes/``)."""
    return _find("KG_SHAPES", _REPO / "shapes", "the SHACL shapes folder")


@cache
def query_text(name: str) -> str:
    """``name`` (without ``.rq``) -> the SPARQL text of ``kg/queries/<name>.rq``."""
    try:
        return resources.files("kg.queries").joinpath(f"{name}.rq").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"query {name!r} is missing from kg/queries/") from exc


def _package_text(package: str, path: str) -> str:
    try:
        return resources.files(package).joinpath(*path.split("/")).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        where = package.replace(".", "/") + "/" + path
        raise ResourceError(f"data file {where} is missing") from exc


def package_tsv(package: str, path: str) -> tuple[dict[str, str], ...]:
    """A TSV with a header row inside ``package`` -> rows as dicts (cells stripped); blank lines
    and ``#`` comments skipped; a row with the wrong number of columns is a ResourceError."""
    where = package.replace(".", "/") + "/" + path
    lines = [
        ln
        for ln in _package_text(package, path).splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    rows = []
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
        if None in row or any(v is None for v in row.values()):
            raise ResourceError(f"{where}: row {n} has the wrong number of columns")
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)


def package_jsonl(package: str, path: str) -> tuple[dict, ...]:
    """A JSON-lines file inside ``package`` -> its objects (blank and ``#`` lines skipped)."""
    where = package.replace(".", "/") + "/" + path
    out = []
    for n, line in enumerate(_package_text(package, path).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ResourceError(f"{where}: line {n} is not JSON ({exc.msg})") from exc
    return tuple(out)
