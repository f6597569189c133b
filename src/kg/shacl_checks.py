"""SHACL constraint records and their evaluation over one graph's N-Triples terms.

:class:`PropertyCheck` / :class:`NodeCheck` are what :mod:`kg.shacl_gate` compiles the shapes
into; :class:`Index` indexes one data graph (triples of N-Triples terms); ``check(idx, focus,
c) -> [names of broken constraints]`` and ``satisfies(idx, focus, c)`` (for ``sh:xone``
members) evaluate them the way SHACL Core defines (W3C SHACL §4).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import RDF
from rdflib.namespace import XSD

from kg.shacl_terms import DATES, datatype_of, lexical, well_formed

_TYPE = f"<{RDF.type}>"
NUMERIC = {f"<{XSD[t]}>" for t in ("integer", "decimal", "double", "float", "int", "long")}
_INTEGER = f"<{XSD.integer}>"
#: an xsd:integer literal as Oxigraph writes it (the common case: offsets), read without parsing
_INT = re.compile(rf'"([+-]?\d+)"\^\^{re.escape(_INTEGER)}')


@dataclass(slots=True)
class PropertyCheck:
    """One property shape of a node shape, every constraint it states (None = not stated)."""

    rule: str  # "<Shape>/<path>" prefix of the violation ids
    path: str  # N-Triples IRI of the predicate
    inverse: bool = False
    min_count: int = 0
    max_count: int | None = None
    datatype: str | None = None
    classes: frozenset[str] | None = None
    pattern: re.Pattern[str] | None = None
    languages: tuple[str, ...] | None = None
    unique_lang: bool = False
    min_length: int | None = None
    less_than: str | None = None
    has_value: str | None = None
    node_kind: str | None = None  # "iri" | "literal" | "blank"
    min_inclusive: float | None = None
    datatypes: frozenset[str] | None = None  # sh:or of sh:datatype alternatives
    #: value term -> the constraints it breaks that do not depend on the graph (all but
    #: sh:class): offsets, tags and labels repeat across articles, so most are looked up
    memo: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)


@dataclass(slots=True)
class NodeCheck:
    """A node shape: its targets, property checks and exactly-one groups."""

    name: str
    classes: frozenset[str]
    subjects_of: tuple[str, ...]
    props: list[PropertyCheck] = field(default_factory=list)
    xone: list[list[PropertyCheck]] = field(default_factory=list)


def _lines(ntriples: str) -> Iterator[tuple[str, str, str]]:
    for line in ntriples.splitlines():
        if line and line[0] != "#":
            s, p, o = line.split(" ", 2)
            yield s, p, o[:-2]  # " ."


class Index:
    """The triples of one graph, indexed by (subject, predicate), (object, predicate) and type."""

    def __init__(self, data: str | Iterable[tuple[str, str, str]]) -> None:
        out: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        back: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        types: defaultdict[str, set[str]] = defaultdict(set)
        subjects: defaultdict[str, set[str]] = defaultdict(set)
        for s, p, o in _lines(data) if isinstance(data, str) else data:
            out[s, p].append(o)
            back[o, p].append(s)
            subjects[p].add(s)
            if p == _TYPE:
                types[s].add(o)
        self.out, self.back, self.types, self.subjects = out, back, types, subjects

    def values(self, focus: str, check: PropertyCheck) -> list[str]:
        vals = (self.back if check.inverse else self.out).get((focus, check.path), ())
        return list(dict.fromkeys(vals)) if len(vals) > 1 else vals  # type: ignore[return-value]


def satisfies(idx: Index, focus: str, c: PropertyCheck) -> bool:
    """An sh:xone member (minCount/maxCount 1, hasValue) holds for ``focus``."""
    vals = idx.values(focus, c)
    if len(vals) < c.min_count or (c.max_count is not None and len(vals) > c.max_count):
        return False
    return c.has_value is None or c.has_value in vals


def check(idx: Index, focus: str, c: PropertyCheck) -> list[str]:
    """-> the names of the constraints of ``c`` that ``focus`` violates."""
    vals = idx.values(focus, c)
    bad = []
    if len(vals) < c.min_count:
        bad.append("minCount")
    if c.max_count is not None and len(vals) > c.max_count:
        bad.append("maxCount")
    if c.has_value is not None and c.has_value not in vals:
        bad.append("hasValue")
    if c.unique_lang:
        langs = [v.rsplit('"@', 1)[1] for v in vals if v[0] == '"' and '"@' in v]
        if len(langs) != len(set(langs)):
            bad.append("uniqueLang")
    if c.less_than is not None:
        others = idx.out.get((focus, c.less_than), ())
        if any(not _less(v, w) for v in vals for w in others):
            bad.append("lessThan")
    for v in vals:
        bad.extend(_value_faults(idx, v, c))
    return bad


def _value_faults(idx: Index, v: str, c: PropertyCheck) -> list[str]:
    """One value node -> the per-value constraints of ``c`` it breaks."""
    out = c.memo.get(v)
    if out is None:
        out = _term_faults(v, c)
        if len(v) < 256:
            if len(c.memo) >= MEMO_SIZE:
                c.memo.clear()
            c.memo[v] = out
    if c.classes is not None and (v[0] == '"' or not (idx.types.get(v, _NONE) & c.classes)):
        return [*out, "class"]
    return list(out)


#: most value terms remembered per property check (then the memo starts again)
MEMO_SIZE = 50_000
_NONE: frozenset[str] = frozenset()


def _term_faults(v: str, c: PropertyCheck) -> tuple[str, ...]:
    """One value term -> the constraints of ``c`` it breaks by itself (every one but sh:class)."""
    out = []
    lit, blank = v[0] == '"', v[0] == "_"
    if c.datatype is not None and not (
        (c.datatype == _INTEGER and _INT.fullmatch(v))
        or (lit and datatype_of(v) == c.datatype and well_formed(v))
    ):
        out.append("datatype")
    if c.pattern is not None and (blank or not c.pattern.search(lexical(v) if lit else v[1:-1])):
        out.append("pattern")
    if c.languages is not None:
        tag = v.rsplit('"@', 1)[1].lower() if lit and '"@' in v else ""
        if not tag or not any(tag == t or tag.startswith(t + "-") for t in c.languages):
            out.append("languageIn")
    if c.min_length is not None and (blank or len(lexical(v) if lit else v[1:-1]) < c.min_length):
        out.append("minLength")
    if c.node_kind is not None:
        kind = "literal" if lit else "blank" if blank else "iri"
        if kind != c.node_kind:
            out.append("nodeKind")
    if c.min_inclusive is not None:
        n = _number(v)
        if n is None or not n >= c.min_inclusive:
            out.append("minInclusive")
    if c.datatypes is not None and not (lit and datatype_of(v) in c.datatypes):
        out.append("or")
    return tuple(out)


def _number(v: str) -> float | None:
    """A numeric literal -> its value; anything else (or ill-formed) -> None."""
    if m := _INT.fullmatch(v):
        return float(m.group(1))
    dt = datatype_of(v) if v[0] == '"' else None
    if dt not in NUMERIC or not well_formed(v):
        return None
    try:
        return float(lexical(v))
    except ValueError:
        return None


def _less(v: str, w: str) -> bool:
    """sh:lessThan for one pair: numbers, or dates/times of one datatype (ISO strings compare
    in order only without time zones, so those count as not comparable: a violation, which
    sends the graph to pySHACL)."""
    a, b = _number(v), _number(w)
    if a is not None and b is not None:
        return a < b
    dv = datatype_of(v) if v[0] == '"' else None
    if dv is not None and dv == (datatype_of(w) if w[0] == '"' else None) and dv in DATES:
        x, y = lexical(v), lexical(w)
        if not any(z.endswith("Z") or "+" in z[10:] or z[10:].count("-") for z in (x, y)):
            return x < y
    return False
