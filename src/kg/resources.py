"""Where kg finds its shipped files: the ontology, SHACL shapes and SPARQL queries.

``ontology_path() -> Path`` and ``shapes_dir() -> Path`` look in ``KG_ONTOLOGY`` /
``KG_SHAPES`` first, then in the repository's top-level ``ontology/`` and ``shapes/`` folders.
``query_text(name) -> str`` reads ``kg/queries/<name>.rq``.
``package_tsv(package, path)`` / ``package_jsonl(package, path)`` read the data files that
ship inside a package (lexicons, markers): the one TSV/JSONL reader every stage uses.
``extractor_fingerprint() -> str``: a digest of everything an article graph depends on besides
the article (kg's version and the files of the stages ingest, text, nlp, kb with its data, rdf);
a build re-extracts a stored article whose graph was made under another fingerprint.
"""

from __future__ import annotations

import csv
import hashlib
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


#: the parts of the kg package an article graph is made by (see :mod:`kg.pipeline`)
GRAPH_MAKERS = ("__init__.py", "pipeline.py", "ingest", "text", "nlp", "kb", "rdf")
_MADE_OF = {".py", ".tsv", ".jsonl", ".json", ".txt", ".rq"}


def extractor_fingerprint(root: Path | None = None) -> str:
    """The kg package folder (default: this one) -> 12 hex digits of a SHA-256 over the paths and
    bytes of every source and data file in :data:`GRAPH_MAKERS`, in path order. Cached for the
    installed package (about 10 ms once per process)."""
    if root is None:
        return _installed_fingerprint()
    h = hashlib.sha256()
    for part in GRAPH_MAKERS:
        top = root / part
        files = [top] if top.is_file() else sorted(top.rglob("*"))
        for f in files:
            if f.is_file() and f.suffix in _MADE_OF and "__pycache__" not in f.parts:
                h.update(f.relative_to(root).as_posix().encode() + b"\0")
                h.update(f.read_bytes() + b"\0")
    return h.hexdigest()[:12]


@cache
def _installed_fingerprint() -> str:
    return extractor_fingerprint(Path(__file__).resolve().parent)
