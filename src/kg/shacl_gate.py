"""SHACL Core shapes compiled to Python checks over N-Triples: the build's fast conformance gate.

``CompiledShapes(shapes_graph, hierarchy)`` reads every node and property shape once (W3C
SHACL §4: targets, cardinality, value type, string, language, range, pair and logical
constraints as our shapes use them) into :class:`PropertyCheck` records; class membership is
expanded with the ontology's subclass hierarchy at compile time. ``violations(ntriples) ->
list[Violation]`` indexes the triples of one data graph (N-Triples as Oxigraph writes them:
one triple a line, canonical terms; :mod:`kg.shacl_checks`) and runs the checks: 2.4–3 ms for
an article graph of 1,100 triples, where loading it into Oxigraph and running one SPARQL query
per constraint took 9–12 ms. An empty list means the graph conforms.

It is a gate, not the judge: :class:`kg.validate.Validator` asks pySHACL for the verdict and
the report whenever this finds a violation, and tests compare the two on valid and broken
graphs. A constraint this module does not implement raises :class:`UnsupportedShape` at
compile time, so a new kind of constraint in ``shapes/`` can never be skipped silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS, SH

from kg.rdf.ntriples import to_ox
from kg.shacl_checks import NUMERIC, Index, NodeCheck, PropertyCheck, check, satisfies

_NODE_KEYS = {SH.targetClass, SH.targetSubjectsOf, SH.property, SH.xone, SH.message, RDF.type,
              RDFS.comment}  # fmt: skip
_PROP_KEYS = {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.pattern, SH.flags,
              SH.languageIn, SH.uniqueLang, SH.minLength, SH.lessThan, SH.hasValue, SH.nodeKind,
              SH.minInclusive, SH["or"], SH.message, SH.name, RDFS.comment}  # fmt: skip
_FLAGS = {"i": re.I, "s": re.S, "m": re.M, "x": re.X}


class UnsupportedShape(ValueError):
    """The shapes use a SHACL feature this compiler does not implement."""


@dataclass(frozen=True, slots=True, order=True)
class Violation:
    """A focus node violating constraint ``rule`` (an id like ``ArticleShape/articleId/min``)."""

    focus: str
    rule: str


def _nt(term: object) -> str:
    """An rdflib term from the shapes -> its canonical N-Triples form."""
    return str(to_ox(term))


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class CompiledShapes:
    """A shapes graph compiled to Python checks (see the module docstring)."""

    def __init__(self, shapes: Graph, hierarchy: Graph | None = None) -> None:
        self.shapes = shapes
        self._sub: dict[URIRef, set[URIRef]] = {}
        for s_, o in (hierarchy or Graph()).subject_objects(RDFS.subClassOf):
            self._sub.setdefault(o, set()).add(s_)
        self.nodes = [
            self._node(s) for s in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str)
        ]
        if not self.nodes:
            raise UnsupportedShape("the shapes graph has no sh:NodeShape")

    # ------------------------------------------------------------------ compilation
    def _subclasses(self, c: URIRef) -> frozenset[str]:
        """``c`` and all its subclasses (transitively), as N-Triples IRIs."""
        out, todo = {c}, [c]
        while todo:
            for sub in self._sub.get(todo.pop(), ()):
                if sub not in out:
                    out.add(sub)
                    todo.append(sub)
        return frozenset(_nt(x) for x in out)

    def _node(self, shape: object) -> NodeCheck:
        g = self.shapes
        if extra := set(g.predicates(shape)) - _NODE_KEYS:
            raise UnsupportedShape(f"{shape}: unsupported {sorted(map(str, extra))}")
        classes = frozenset().union(
            *(self._subclasses(c) for c in g.objects(shape, SH.targetClass))
        )
        subjects_of = tuple(_nt(p) for p in g.objects(shape, SH.targetSubjectsOf))
        if not classes and not subjects_of:
            raise UnsupportedShape(f"{shape} has no sh:targetClass / sh:targetSubjectsOf")
        node = NodeCheck(_local(shape), classes, subjects_of)
        for ps in sorted(g.objects(shape, SH.property), key=lambda n: str(g.value(n, SH.path))):
            node.props.append(self._property(node.name, ps, _PROP_KEYS))
        for lst in g.objects(shape, SH.xone):
            keys = {SH.path, SH.minCount, SH.maxCount, SH.hasValue}
            alts = [self._property(node.name, alt, keys) for alt in Collection(g, lst)]
            for a in alts:
                if a.min_count > 1 or (a.max_count is not None and a.max_count != 1):
                    raise UnsupportedShape("sh:xone members support sh:minCount/maxCount 1 only")
            node.xone.append(alts)
        return node

    def _property(self, shape: str, ps: object, allowed: set) -> PropertyCheck:
        g = self.shapes
        if extra := set(g.predicates(ps)) - allowed:
            raise UnsupportedShape(f"{shape} property: unsupported {sorted(map(str, extra))}")
        path = g.value(ps, SH.path)
        inverse = isinstance(path, BNode) and isinstance(g.value(path, SH.inversePath), URIRef)
        if inverse:
            path = g.value(path, SH.inversePath)
        if not isinstance(path, URIRef):
            raise UnsupportedShape(f"unsupported sh:path {path!r}: only IRIs and sh:inversePath")
        c = PropertyCheck(f"{shape}/{_local(path)}", _nt(path), inverse)
        val = lambda p: g.value(ps, p)  # noqa: E731
        c.min_count = int(val(SH.minCount) or 0)
        c.max_count = int(m) if (m := val(SH.maxCount)) is not None else None
        c.datatype = _nt(d) if (d := val(SH.datatype)) is not None else None
        c.classes = self._subclasses(k) if (k := val(SH["class"])) is not None else None
        if (pat := val(SH.pattern)) is not None:
            flags = sum(_FLAGS[f] for f in str(val(SH.flags) or ""))
            c.pattern = re.compile(str(pat), flags)
        if (lst := val(SH.languageIn)) is not None:
            c.languages = tuple(str(t).lower() for t in Collection(g, lst))
        c.unique_lang = val(SH.uniqueLang) == Literal(True)
        c.min_length = int(n) if (n := val(SH.minLength)) is not None else None
        c.less_than = _nt(q) if (q := val(SH.lessThan)) is not None else None
        c.has_value = _nt(v) if (v := val(SH.hasValue)) is not None else None
        if (kind := val(SH.nodeKind)) is not None:
            kinds = {SH.IRI: "iri", SH.Literal: "literal", SH.BlankNode: "blank"}
            if kind not in kinds:
                raise UnsupportedShape(f"unsupported sh:nodeKind {kind}")
            c.node_kind = kinds[kind]
        if (m := val(SH.minInclusive)) is not None:
            if not isinstance(m, Literal) or _nt(URIRef(m.datatype or "")) not in NUMERIC:
                raise UnsupportedShape("sh:minInclusive is supported with numbers only")
            c.min_inclusive = float(m)
        if (alts := val(SH["or"])) is not None:
            types = []
            for alt in Collection(g, alts):
                if set(g.predicates(alt)) != {SH.datatype}:
                    raise UnsupportedShape("sh:or is supported with sh:datatype alternatives only")
                types.append(_nt(g.value(alt, SH.datatype)))
            c.datatypes = frozenset(types)
        return c

    # ------------------------------------------------------------------ running
    def violations(self, data: str | Iterable[tuple[str, str, str]]) -> list[Violation]:
        """A data graph (N-Triples text, or its triples as N-Triples term strings) -> the
        violations, sorted; [] when the graph conforms."""
        idx = Index(data)
        out: set[Violation] = set()
        for node in self.nodes:
            focus = {s for s, ts in idx.types.items() if ts & node.classes}
            for p in node.subjects_of:
                focus |= idx.subjects.get(p, set())
            for f in focus:
                for c in node.props:
                    if bad := check(idx, f, c):
                        out.update(Violation(f[1:-1], f"{c.rule}/{w}") for w in bad)
                for alts in node.xone:
                    if sum(satisfies(idx, f, a) for a in alts) != 1:
                        out.add(Violation(f[1:-1], f"{node.name}/xone"))
        return sorted(out)
