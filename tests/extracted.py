"""What the pipeline extracts from a short text, in the compact forms the nlp tests compare.

Imported by tests as ``from extracted import statements, speakers, named_mentions, doc_of,
label_of``
(``tests/`` is on the test path: ``pythonpath`` in pyproject.toml).
"""

from __future__ import annotations

from typing import Any

from kg.ingest import Article
from kg.pipeline import extract


def doc_of(nlp: Any, text: str) -> Any:
    """Text -> the annotated Doc of a one-article build (id ``t``)."""
    return extract(nlp, Article(id="t", text=text))


def label_of(doc: Any, key: str | None) -> str | None:
    """Actor key -> its label in ``doc`` (the key itself when the doc has no such actor)."""
    if key is None:
        return None
    actor = (doc._.kg_actors or {}).get(key)
    return actor.label if actor is not None else key


def statements(nlp: Any, text: str) -> list[tuple[str, str | None, str]]:
    """Text -> (cue, speaker label or key or None, content) of every statement found."""
    doc = doc_of(nlp, text)
    return [
        (s.cue_text, label_of(doc, s.speaker), doc.text[s.content[0] : s.content[1]])
        for s in doc._.kg_statements
    ]


def speakers(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    """Text -> (cue, speaker label or key or None) of every statement found."""
    doc = doc_of(nlp, text)
    return [(s.cue_text, label_of(doc, s.speaker)) for s in doc._.kg_statements]


def named_mentions(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    """Text -> (mention surface, label of the actor it denotes or None) of every mention."""
    doc = doc_of(nlp, text)
    actors = doc._.kg_actors or {}
    return [
        (doc.text[m.start : m.end], actors[m.actor].label if m.actor in actors else None)
        for m in doc._.kg_mentions
    ]
