"""The only place where the stage order is written.

Article stages: ingest -> text -> nlp (kb) -> rdf -> validate -> store.
NLP components, in order, are :data:`NLP_COMPONENTS`.
"""

from __future__ import annotations

import importlib

import spacy
from spacy.language import Language

#: spaCy components of the extraction pipeline, in the order they run, with the module
#: that registers each factory.
NLP_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("kg_text", "kg.nlp.segment"),  # boilerplate regions + sentences
    ("kg_mentions", "kg.nlp.mentions"),  # gazetteer + titles + organisation patterns
    ("kg_coref", "kg.nlp.coref"),  # one actor per real-world entity per article
    ("kg_link", "kg.nlp.link"),  # KB candidates -> choice; local keys otherwise
    ("kg_time", "kg.nlp.time"),  # time expressions -> ISO 8601
    ("kg_statements", "kg.nlp.statements"),  # who said what about whom
    ("kg_events", "kg.nlp.events"),  # typed events with participants, place, time
)


def create_nlp(components: tuple[str, ...] | None = None) -> Language:
    """-> ``spacy.blank("ar")`` with the kg components (all, or the named prefix subset)."""
    import kg.nlp.records  # noqa: F401  (registers doc._.kg_* extensions)

    nlp = spacy.blank("ar")
    for name, module in NLP_COMPONENTS:
        if components is not None and name not in components:
            continue
        importlib.import_module(module)
        nlp.add_pipe(name)
    return nlp
