"""Where kg finds its shipped files: the ontology, SHACL shapes and SPARQL queries.

``ontology_path() -> Path`` and ``shapes_dir() -> Path`` look in ``KG_ONTOLOGY`` /
``KG_SHAPES`` first, then in the repository's top-level ``ontology/`` and ``shapes/`` folders.
``query_text(name) -> str`` reads ``kg/queries/<name>.rq``.
"""

from __future__ import annotations

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
