"""The generated vocabulary module must match the ontology: a test fails when they drift."""

from __future__ import annotations

import pytest

from kg.rdf import vocab_gen
from kg.rdf.namespaces import KGO


def test_generated_module_matches_ontology():
    assert vocab_gen.TARGET.read_text(encoding="utf-8") == vocab_gen.render(), (
        "src/kg/rdf/_kgo.py is out of date: run `python -m kg.rdf.vocab_gen`"
    )


def test_unknown_term_is_an_error():
    with pytest.raises(AttributeError):
        _ = KGO.hasSpeakr
