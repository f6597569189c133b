"""SHACL Core shapes compiled to SPARQL queries, run by Oxigraph: a fast conformance gate.

``CompiledShapes(shapes_graph, hierarchy)`` translates every constraint of the shapes into a
SPARQL query that selects the focus nodes violating it (W3C SHACL §4, following the SPARQL
definitions the specification gives for each core constraint component); class membership
is expanded with the ontology's subclass hierarchy at compile time.
``violations(ntriples) -> list[Violation]`` loads the data into an in-memory Oxigraph store
and runs the queries: about 9 ms against pySHACL's 42 ms for an article graph of 1,150
triples. An empty list means the graph conforms.

It is a gate, not the judge: :class:`kg.validate.Validator` asks pySHACL for the report
whenever this finds a violation, and tests compare the two on valid and broken graphs.
A constraint this module does not implement raises :class:`UnsupportedShape` at compile time,
so a new kind of constraint in ``shapes/`` can never be skipped silently.

The query is generated from our own shapes file (terms serialised with ``n3()``), never from
user input.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS, SH

_HANDLED_NODE = {
    SH.targetClass,
    SH.targetSubjectsOf,
    SH.property,
    SH.xone,
    SH.message,
    RDF.type,
    URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
}
_HANDLED_PROP = {
    SH.path,
    SH.minCount,
    SH.maxCount,
    SH.datatype,
    SH["class"],
    SH.pattern,
    SH.flags,
    SH.languageIn,
    SH.uniqueLang,
    SH.minLength,
    SH.lessThan,
    SH.hasValue,
    SH.nodeKind,
    SH.minInclusive,
    SH["or"],
    SH.message,
    SH.name,
    URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
}


class UnsupportedShape(ValueError):
    """The shapes use a SHACL feature this compiler does not implement."""


@dataclass(frozen=True, slots=True, order=True)
class Violation:
    """A focus node violating constraint ``rule`` (an id like ``ArticleShape/articleId/min``)."""

    focus: str
    rule: str


def _path(g: Graph, node: object) -> str:
    if isinstance(node, URIRef):
        return node.n3()
    inv = g.value(node, SH.inversePath) if isinstance(node, BNode) else None
    if isinstance(inv, URIRef):
        return "^" + inv.n3()
    raise UnsupportedShape(f"unsupported sh:path {node!r}: only IRIs and sh:inversePath")


def _name(node: object) -> str:
    return str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if isinstance(node, URIRef) else "_"


class CompiledShapes:
    """A shapes graph compiled to SPARQL violation queries (one per constraint)."""

    def __init__(self, shapes: Graph, hierarchy: Graph | None = None) -> None:
        self.shapes = shapes
        self._sub: dict[URIRef, set[URIRef]] = {}
        for s_, o in (hierarchy or Graph()).subject_objects(RDFS.subClassOf):
            self._sub.setdefault(o, set()).add(s_)
        branches: list[str] = []
        for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
            branches.extend(self._node_shape(shape))
        if not branches:
            raise UnsupportedShape("the shapes graph has no sh:NodeShape")
        # one small query per constraint: Oxigraph plans these far better than one UNION
        self.queries = [f"SELECT DISTINCT ?focus ?rule WHERE {{ {b} }}" for b in branches]

    # ------------------------------------------------------------------ compilation
    def _subclasses(self, c: URIRef) -> list[URIRef]:
        """``c`` and all its subclasses (transitively), from the hierarchy given at init."""
        out, todo = {c}, [c]
        while todo:
            for sub in self._sub.get(todo.pop(), ()):
                if sub not in out:
                    out.add(sub)
                    todo.append(sub)
        return sorted(out)

    def _instance_of(self, var: str, c: URIRef) -> str:
        """SPARQL pattern: ``var`` is a SHACL instance of ``c`` (type or subclass type)."""
        classes = self._subclasses(c)
        if len(classes) == 1:
            return f"{var} a {c.n3()} ."
        t = "?t" + var.lstrip("?")
        return f"VALUES {t} {{ {' '.join(x.n3() for x in classes)} }} {var} a {t} ."

    def _targets(self, shape: object) -> str:
        g = self.shapes
        alts = [f"{{ {self._instance_of('?focus', c)} }}" for c in g.objects(shape, SH.targetClass)]
        alts += [f"{{ ?focus {p.n3()} [] }}" for p in g.objects(shape, SH.targetSubjectsOf)]
        if not alts:
            raise UnsupportedShape(f"{shape} has no sh:targetClass / sh:targetSubjectsOf")
        return alts[0] if len(alts) == 1 else "{ " + " UNION ".join(alts) + " }"

    def _node_shape(self, shape: object) -> list[str]:
        g = self.shapes
        extra = set(g.predicates(shape)) - _HANDLED_NODE
        if extra:
            raise UnsupportedShape(f"{shape}: unsupported {sorted(map(str, extra))}")
        target = self._targets(shape)
        out = []
        for i, ps in enumerate(
            sorted(g.objects(shape, SH.property), key=lambda n: str(g.value(n, SH.path)))
        ):
            out.extend(self._property_shape(shape, ps, target, i))
        for xone in g.objects(shape, SH.xone):
            out.append(self._xone(shape, xone, target))
        return out

    def _rule(self, shape: object, path: str, what: str) -> str:
        return Literal(f"{_name(shape)}/{path.rsplit('#', 1)[-1].rstrip('>')}/{what}").n3()

    def _property_shape(self, shape: object, ps: object, target: str, i: int) -> list[str]:
        g = self.shapes
        extra = set(g.predicates(ps)) - _HANDLED_PROP
        if extra:
            raise UnsupportedShape(f"{shape} property {i}: unsupported {sorted(map(str, extra))}")
        p = _path(g, g.value(ps, SH.path))
        rule = lambda what: self._rule(shape, p, what)  # noqa: E731
        val = f"{target} ?focus {p} ?v ."
        out = []
        if (n := g.value(ps, SH.minCount)) is not None and int(n) > 0:
            if int(n) == 1:
                out.append(
                    f"{target} FILTER NOT EXISTS {{ ?focus {p} ?any }} "
                    f"BIND({rule('minCount')} AS ?rule)"
                )
            else:
                out.append(
                    f"{{ SELECT ?focus (COUNT(DISTINCT ?v) AS ?c) WHERE {{ {target} "
                    f"OPTIONAL {{ ?focus {p} ?v }} }} GROUP BY ?focus }} "
                    f"FILTER(?c < {int(n)}) BIND({rule('minCount')} AS ?rule)"
                )
        if (n := g.value(ps, SH.maxCount)) is not None:
            out.append(
                f"{{ SELECT ?focus WHERE {{ {val} }} GROUP BY ?focus "
                f"HAVING(COUNT(DISTINCT ?v) > {int(n)}) }} BIND({rule('maxCount')} AS ?rule)"
            )
        conds = self._value_conditions(ps)
        for what, cond in conds:
            out.append(f"{val} FILTER({cond}) BIND({rule(what)} AS ?rule)")
        if (q := g.value(ps, SH.lessThan)) is not None:
            out.append(
                f"{val} ?focus {q.n3()} ?w FILTER(!COALESCE(?v < ?w, false)) "
                f"BIND({rule('lessThan')} AS ?rule)"
            )
        if (v := g.value(ps, SH.hasValue)) is not None:
            out.append(
                f"{target} FILTER NOT EXISTS {{ ?focus {p} {v.n3()} }} "
                f"BIND({rule('hasValue')} AS ?rule)"
            )
        if g.value(ps, SH.uniqueLang) == Literal(True):
            out.append(
                f'{val} ?focus {p} ?w FILTER(?v != ?w && LANG(?v) != "" && '
                f"LANG(?v) = LANG(?w)) BIND({rule('uniqueLang')} AS ?rule)"
            )
        return out

    def _value_conditions(self, ps: object) -> list[tuple[str, str]]:
        """Per-value constraints -> (name, SPARQL condition that is true for a BAD value)."""
        g = self.shapes
        out = []
        if (d := g.value(ps, SH.datatype)) is not None:
            out.append(("datatype", f"!isLiteral(?v) || DATATYPE(?v) != {d.n3()}"))
        if (c := g.value(ps, SH["class"])) is not None:
            out.append(("class", f"isLiteral(?v) || NOT EXISTS {{ {self._instance_of('?v', c)} }}"))
        if (pat := g.value(ps, SH.pattern)) is not None:
            flags = g.value(ps, SH.flags)
            args = f"{Literal(str(pat)).n3()}" + (f", {Literal(str(flags)).n3()}" if flags else "")
            out.append(("pattern", f"isBlank(?v) || !REGEX(STR(?v), {args})"))
        if (lst := g.value(ps, SH.languageIn)) is not None:
            tags = [str(t) for t in Collection(g, lst)]
            ok = " || ".join(f"LANGMATCHES(LANG(?v), {Literal(t).n3()})" for t in tags)
            out.append(("languageIn", f'!isLiteral(?v) || LANG(?v) = "" || !({ok})'))
        if (n := g.value(ps, SH.minLength)) is not None:
            out.append(("minLength", f"isBlank(?v) || STRLEN(STR(?v)) < {int(n)}"))
        if (kind := g.value(ps, SH.nodeKind)) is not None:
            test = {
                SH.IRI: "isIRI(?v)",
                SH.Literal: "isLiteral(?v)",
                SH.BlankNode: "isBlank(?v)",
            }.get(kind)
            if test is None:
                raise UnsupportedShape(f"unsupported sh:nodeKind {kind}")
            out.append(("nodeKind", f"!{test}"))
        if (m := g.value(ps, SH.minInclusive)) is not None:
            out.append(("minInclusive", f"!COALESCE(?v >= {m.n3()}, false)"))
        if (alts := g.value(ps, SH["or"])) is not None:
            types = []
            for alt in Collection(g, alts):
                preds = set(g.predicates(alt))
                if preds != {SH.datatype}:
                    raise UnsupportedShape("sh:or is supported with sh:datatype alternatives only")
                types.append(g.value(alt, SH.datatype))
            ok = " || ".join(f"DATATYPE(?v) = {t.n3()}" for t in types)
            out.append(("or", f"!isLiteral(?v) || !({ok})"))
        return out

    def _xone(self, shape: object, lst: object, target: str) -> str:
        """sh:xone over property shapes with minCount 1 / maxCount 1 / hasValue only."""
        g = self.shapes
        counts = []
        for alt in Collection(g, lst):
            extra = set(g.predicates(alt)) - {SH.path, SH.minCount, SH.maxCount, SH.hasValue}
            if extra:
                raise UnsupportedShape(f"sh:xone member with {sorted(map(str, extra))}")
            p = _path(g, g.value(alt, SH.path))
            conds = []
            if (n := g.value(alt, SH.minCount)) is not None and int(n) > 0:
                if int(n) != 1:
                    raise UnsupportedShape("sh:xone members support sh:minCount 1 only")
                conds.append(f"EXISTS {{ ?focus {p} ?a }}")
            if (n := g.value(alt, SH.maxCount)) is not None:
                if int(n) != 1:
                    raise UnsupportedShape("sh:xone members support sh:maxCount 1 only")
                conds.append(f"NOT EXISTS {{ ?focus {p} ?a1, ?a2 FILTER(?a1 != ?a2) }}")
            if (v := g.value(alt, SH.hasValue)) is not None:
                conds.append(f"EXISTS {{ ?focus {p} {v.n3()} }}")
            counts.append(f"IF({' && '.join(conds) or 'true'}, 1, 0)")
        rule = Literal(f"{_name(shape)}/xone").n3()
        return f"{target} FILTER(({' + '.join(counts)}) != 1) BIND({rule} AS ?rule)"

    # ------------------------------------------------------------------ running
    def violations(self, ntriples: str) -> list[Violation]:
        """N-Triples of a data graph -> the violations, sorted; [] when the graph conforms.

        Class membership uses the hierarchy given at init, as pySHACL does with the
        hierarchy mixed into the data graph."""
        store = ox.Store()
        store.load(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        out = []
        for q in self.queries:
            out.extend(
                Violation(str(r["focus"].value), r["rule"].value)
                for r in store.query(q, use_default_graph_as_union=True)
            )
        return sorted(out)
