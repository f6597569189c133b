"""The extractor fingerprint: what article graphs are made by, as one digest."""

from __future__ import annotations

import pytest

from kg.resources import GRAPH_MAKERS, extractor_fingerprint


def _package(root):
    (root / "nlp" / "lexicons").mkdir(parents=True)
    (root / "cli").mkdir()
    (root / "__init__.py").write_text('__version__ = "1.0"\n', encoding="utf-8")
    (root / "nlp" / "rules.py").write_text("X = 1\n", encoding="utf-8")
    (root / "nlp" / "lexicons" / "verbs.tsv").write_text("form\nقال\n", encoding="utf-8")
    (root / "cli" / "main.py").write_text("print()\n", encoding="utf-8")
    return root


def test_installed_fingerprint_is_stable_hex():
    fp = extractor_fingerprint()
    assert fp == extractor_fingerprint() and len(fp) == 12 and int(fp, 16) >= 0
    assert {"nlp", "kb", "rdf"} <= set(GRAPH_MAKERS)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("nlp/lexicons/verbs.tsv", "form\nقال\nأكد\n"),  # a lexicon entry
        ("nlp/rules.py", "X = 2\n"),  # a rule
        ("__init__.py", '__version__ = "1.1"\n'),  # the version
        ("nlp/new.py", "Y = 1\n"),  # a new module
    ],
)
def test_changes_with_what_makes_the_graph(tmp_path, path, text):
    root = _package(tmp_path)
    before = extractor_fingerprint(root)
    (root / path).write_text(text, encoding="utf-8")
    assert extractor_fingerprint(root) != before


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("cli/main.py", "print(1)\n"),  # the command line does not make graphs
        ("nlp/__pycache__/rules.cpython-311.pyc", "bytes"),
        ("nlp/notes.md", "a note"),
    ],
)
def test_ignores_what_does_not(tmp_path, path, text):
    root = _package(tmp_path)
    before = extractor_fingerprint(root)
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text, encoding="utf-8")
    assert extractor_fingerprint(root) == before
