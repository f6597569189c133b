"""The published JSON-LD ``@context`` (``ontology/context.jsonld``), generated from the ontology.

``build_context(ontology=None) -> dict``: kg's prefixes, one term per ontology class, object
properties coerced to IRIs (``"@type": "@id"``). ``python -m kg.export.jsonld_context`` rewrites
the shipped file; a test fails when the two drift apart. Exports reference it by
:data:`CONTEXT_URL` (or inline it for offline use).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rdflib import OWL, RDF, Graph, URIRef

from kg.rdf.namespaces import KGO, PREFIXES
from kg.resources import ontology_path

CONTEXT_URL = "https://w3id.org/arabic-news-kg/ontology/context.jsonld"


def context_path() -> Path:
    """-> the shipped context file, beside the ontology."""
    return ontology_path().with_name("context.jsonld")


def build_context(ontology: Graph | None = None) -> dict:
    """Ontology -> the JSON-LD context document (a dict with one ``@context`` key)."""
    onto = ontology if ontology is not None else Graph().parse(ontology_path(), format="turtle")
    ns = str(KGO)
    ctx: dict = {k: str(v) for k, v in PREFIXES.items()}
    terms: dict = {}
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for s in onto.subjects(RDF.type, kind):
            if isinstance(s, URIRef) and str(s).startswith(ns):
                name = str(s)[len(ns) :]
                if kind == OWL.ObjectProperty:
                    terms[name] = {"@id": f"kgo:{name}", "@type": "@id"}
                else:
                    terms[name] = f"kgo:{name}"
    ctx.update(dict(sorted(terms.items())))
    return {"@context": ctx}


def render(ontology: Graph | None = None) -> str:
    """-> the context file's text."""
    return json.dumps(build_context(ontology), ensure_ascii=False, indent=2) + "\n"


def load_context() -> dict:
    """-> the shipped context document."""
    return json.loads(context_path().read_text(encoding="utf-8"))


if __name__ == "__main__":
    context_path().write_text(render(), encoding="utf-8")
    sys.exit(0)
