"""OWL reasoning check: ontology Turtle -> consistency and unsatisfiable classes (HermiT).

``check_ontology(source=None, extra=None) -> CheckResult``. The ontology (and ``extra`` axioms or
individuals, for tests and what-if checks) is converted to N-Triples with rdflib, loaded into a
fresh owlready2 ``World`` and classified by owlready2's bundled HermiT reasoner (needs ``java``).
An inconsistent ontology is reported as ``consistent=False``; a class equivalent to
``owl:Nothing`` is listed by IRI in ``unsatisfiable``.
"""

from __future__ import annotations

import io
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import ResourceError
from kg.resources import ontology_path


@dataclass(slots=True)
class CheckResult:
    """Outcome of a reasoner run over the ontology."""

    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    classes: int = 0
    properties: int = 0
    seconds: float = 0.0
    reasoner: str = "HermiT (owlready2)"

    @property
    def ok(self) -> bool:
        """Consistent and no unsatisfiable class."""
        return self.consistent and not self.unsatisfiable

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "consistent": self.consistent,
            "unsatisfiable": self.unsatisfiable,
            "classes": self.classes,
            "properties": self.properties,
            "seconds": round(self.seconds, 3),
            "reasoner": self.reasoner,
        }


def load_graph(source: str | Path | Graph | None = None) -> Graph:
    """A Turtle path, a Graph, or None (the shipped ontology) -> Graph; ResourceError if broken."""
    if isinstance(source, Graph):
        return source
    path = Path(source) if source is not None else ontology_path()
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise ResourceError(f"ontology file {path} not found") from exc
    except Exception as exc:  # rdflib raises several parser exception types
        raise ResourceError(f"ontology file {path} does not parse as Turtle: {exc}") from exc


def check_ontology(
    source: str | Path | Graph | None = None, extra: Graph | None = None
) -> CheckResult:
    """Ontology (+ ``extra`` triples) -> :class:`CheckResult` from HermiT.

    Raises :class:`ResourceError` when Java is missing or the reasoner itself fails."""
    import owlready2
    from owlready2 import OwlReadyInconsistentOntologyError, World, sync_reasoner

    if shutil.which("java") is None and not Path(owlready2.JAVA_EXE).exists():
        raise ResourceError("the HermiT reasoner needs Java (17+) on the PATH")
    g = Graph()
    for t in load_graph(source):
        g.add(t)
    for t in extra or ():
        g.add(t)
    data = g.serialize(format="nt", encoding="utf-8")
    start = time.perf_counter()
    world = World()
    try:
        onto = world.get_ontology("https://w3id.org/arabic-news-kg/ontology#")
        onto.load(fileobj=io.BytesIO(data), format="ntriples")
    except Exception as exc:  # owlready2's parser raises plain exceptions
        raise ResourceError(f"owlready2 could not load the ontology: {exc}") from exc
    try:
        n_classes = len(list(world.classes()))
        n_props = len(list(world.properties()))
        try:
            with onto:
                sync_reasoner(world, infer_property_values=False, debug=0)
        except OwlReadyInconsistentOntologyError:
            return CheckResult(False, [], n_classes, n_props, time.perf_counter() - start)
        except Exception as exc:  # java missing, HermiT crash
            raise ResourceError(f"the HermiT reasoner failed: {exc}") from exc
        unsat = sorted(
            c.iri
            for c in world.inconsistent_classes()
            if c.iri != "http://www.w3.org/2002/07/owl#Nothing"
        )
        return CheckResult(True, unsat, n_classes, n_props, time.perf_counter() - start)
    finally:
        world.close()
