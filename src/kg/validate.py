"""Validation stage: SHACL over ``shapes/``, judged by pySHACL.

``Validator().validate(graph) -> Report``. With ``engine="auto"`` (the default) the shapes are
also compiled to Python checks over N-Triples (:mod:`kg.shacl_gate`), a fast gate: a graph it
finds no violation in conforms; any violation found sends the graph to pySHACL, whose verdict
and report are the ones returned. ``engine="pyshacl"`` always asks pySHACL.

"The data does not conform" (``Report.conforms`` is False, exit code 1) is kept apart from
"the validator broke" (:class:`kg.errors.ValidatorError`, exit code 2). The shapes are parsed
once per Validator; the ontology's class hierarchy (only the ``rdfs:subClassOf`` axioms) is
mixed into each data graph so that ``sh:class kgo:Actor`` accepts a ``kgo:Person``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDFS, Graph, URIRef
from rdflib.namespace import SH

from kg.errors import ResourceError, ValidatorError
from kg.rdf.ntriples import graph_to_ntriples
from kg.resources import ontology_path, shapes_dir
from kg.shacl_gate import CompiledShapes, UnsupportedShape

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Report:
    """A SHACL validation result: ``conforms``, the results graph and pySHACL's text."""

    conforms: bool
    graph: Graph
    text: str

    def focus_nodes(self) -> set[URIRef]:
        """-> the focus nodes of every violation (to map a batch failure back to articles)."""
        return {o for o in self.graph.objects(None, SH.focusNode) if isinstance(o, URIRef)}

    def messages(self, limit: int = 20) -> list[str]:
        """-> up to ``limit`` one-line summaries: focus node, path, message."""
        out = []
        for r in self.graph.subjects(SH.resultSeverity, None):
            focus = self.graph.value(r, SH.focusNode)
            path = self.graph.value(r, SH.resultPath)
            msg = self.graph.value(r, SH.resultMessage)
            out.append(f"{focus} {path or ''}: {msg}")
            if len(out) >= limit:
                break
        return sorted(out)


def load_shapes(folder: Path | None = None) -> Graph:
    """``shapes/`` folder -> one Graph of every ``*.ttl`` in it."""
    folder = folder or shapes_dir()
    g = Graph()
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise ResourceError(f"no SHACL shapes (*.ttl) in {folder}")
    for f in files:
        try:
            g.parse(f, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            raise ResourceError(f"SHACL shapes file {f} does not parse: {exc}") from exc
    return g


def class_hierarchy(ontology: Path | None = None) -> Graph:
    """Ontology file -> a Graph of its ``rdfs:subClassOf`` axioms between named classes."""
    onto = Graph().parse(ontology or ontology_path(), format="turtle")
    g = Graph()
    for s, o in onto.subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            g.add((s, RDFS.subClassOf, o))
    return g


class Validator:
    """Holds the parsed shapes and class hierarchy; validates graphs against them."""

    def __init__(
        self, shapes: Graph | None = None, hierarchy: Graph | None = None, engine: str = "auto"
    ) -> None:
        if engine not in ("auto", "pyshacl"):
            raise ValidatorError(f"unknown SHACL engine {engine!r}: use auto or pyshacl")
        self.shapes = shapes if shapes is not None else load_shapes()
        self.hierarchy = hierarchy if hierarchy is not None else class_hierarchy()
        self.compiled: CompiledShapes | None = None
        if engine == "auto":
            try:
                self.compiled = CompiledShapes(self.shapes, self.hierarchy)
            except UnsupportedShape as exc:  # a feature we do not compile: pySHACL does it all
                log.info("SHACL fast path off: %s", exc)

    def gate(self, data: str | Iterable[tuple[str, str, str]]) -> bool:
        """A data graph (N-Triples text or triples of N-Triples terms) -> True when the compiled
        gate finds no violation (it conforms); False when pySHACL must judge (a violation, or
        no gate)."""
        return self.compiled is not None and not self.compiled.violations(data)

    def validate(self, data: Graph) -> Report:
        """Graph -> :class:`Report` (the gate first, pySHACL when it finds anything)."""
        if self.compiled is not None and self.gate(graph_to_ntriples(data)):
            return Report(True, Graph(), "Validation Report\nConforms: True\n")
        return self.validate_pyshacl(data)

    def validate_pyshacl(self, data: Graph) -> Report:
        """pySHACL's verdict and report for ``data`` (a copy is made if its store is not one
        pySHACL can work on in place)."""
        if not data.store.context_aware:
            copy = Graph()
            for t in data:
                copy.add(t)
            data = copy
        return self._pyshacl(data)

    def _pyshacl(self, data: Graph) -> Report:
        """Graph -> :class:`Report`. Raises :class:`ValidatorError` if pySHACL itself fails.

        The class hierarchy is added to ``data`` for the run and removed afterwards (cheaper
        than pySHACL's own ontology mix-in, which clones the data graph); triples the data
        already had are left in place."""
        added = [t for t in self.hierarchy if t not in data]
        for t in added:
            data.add(t)
        try:
            conforms, results, text = shacl_validate(
                data,
                shacl_graph=self.shapes,
                inference="none",
                inplace=True,
                abort_on_first=False,
                allow_warnings=True,
                advanced=False,
            )
        except Exception as exc:  # pySHACL raises many internal types; keep them apart from data
            raise ValidatorError(f"the SHACL validator failed: {exc}") from exc
        finally:
            for t in added:
                data.remove(t)
        return Report(bool(conforms), results, text)
