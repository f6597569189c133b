"""Reasoning for kg: the ontology check (HermiT) and the inference users rely on.

Choice: **query-time rewriting**, not build-time materialisation. The ontology and the KB's
background relations are stored as two named graphs beside the article graphs
(:func:`install`); queries (``kg/queries/inference-*.rq``) follow ``rdf:type/rdfs:subClassOf*``
and spell the sub-property axioms out as property-path alternatives. Why:

* the article graphs stay exactly what the extractor produced (SHACL-validated, hash-stable,
  exported as is); materialising would add every super-class of every node (``prov:Agent``,
  ``sem:Actor``, ``schema:Person`` ...), ~40% more triples per article on the seeds (see
  ``bench/bench_inference.py``) in every article and every export;
* a change to the ontology or the KB (a new minister, a ministry moved) takes effect with
  ``kg ontology install``, without rebuilding articles;
* the cost is a few milliseconds per query on the seeds (measured in the bench).

:func:`materialise` is the build-time alternative, kept for comparison and for exporting an
entailment-complete graph to tools without a reasoner.
"""

from __future__ import annotations

from kg.reason.background import (
    BACKGROUND_GRAPHS,
    KB_GRAPH,
    ONTOLOGY_GRAPH,
    install,
    kb_graph,
    ontology_graph,
)
from kg.reason.check import CheckResult, check_ontology
from kg.reason.infer import actors, materialise, statements_by

__all__ = [
    "BACKGROUND_GRAPHS",
    "KB_GRAPH",
    "ONTOLOGY_GRAPH",
    "CheckResult",
    "actors",
    "check_ontology",
    "install",
    "kb_graph",
    "materialise",
    "ontology_graph",
    "statements_by",
]
