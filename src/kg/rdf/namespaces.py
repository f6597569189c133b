"""Namespaces kg writes: our ontology (generated :class:`KGO`) and the reused vocabularies."""

from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SDO, TIME, XSD, Namespace

from kg.rdf._kgo import KGO

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")
KGID = Namespace("https://w3id.org/arabic-news-kg/id/")

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
