"""Namespaces kg writes: our ontology (generated :class:`KGO`) and the reused vocabularies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SDO, TIME, XSD, Namespace

from kg.rdf._kgo import KGO

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")
KGID = Namespace("https://w3id.org/arabic-news-kg/id/")


class TermNamespace:
    """An rdflib namespace whose terms are made by ``make`` from their IRI string:
    ``TermNamespace(KGO, nt_iri).Person`` -> ``"<…#Person>"``. Terms go through the rdflib
    namespace (so a ``DefinedNamespace`` still refuses a term the ontology lacks) and are cached
    on first use."""

    def __init__(self, ns: Any, make: Callable[[str], Any]) -> None:
        self._ns, self._make = ns, make

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self._make(str(self._ns[name]))
        setattr(self, name, term)
        return term


PREFIXES: dict[str, Namespace | str] = {
    "kgo": str(KGO),
    "kgid": KGID,
    "nif": NIF,
    "sem": SEM,
    "wd": WD,
    "prov": PROV,
    "schema": SDO,
    "time": TIME,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}

__all__ = [
    "TermNamespace",
    "KGO",
    "NIF",
    "SEM",
    "WD",
    "KGID",
    "PREFIXES",
    "PROV",
    "SDO",
    "TIME",
    "DCTERMS",
    "OWL",
    "RDF",
    "RDFS",
    "XSD",
]
