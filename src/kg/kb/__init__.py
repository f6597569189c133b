"""The curated actor knowledge base (``kg/kb/data/*.jsonl``) and candidate generation.

``default_kb()`` -> the packaged :class:`KnowledgeBase`; ``kb.lookup(key)``,
``kb.search(name)``; ``generate(mention, type_hint, kb)`` -> ranked :class:`Candidate` list.
"""

from __future__ import annotations

from kg.kb.base import (
    DATA_DIR,
    KINDS,
    Candidate,
    KBEntry,
    KBPosition,
    KnowledgeBase,
    default_kb,
    key_of,
)
from kg.kb.candidates import generate, score

__all__ = [
    "DATA_DIR",
    "KINDS",
    "Candidate",
    "KBEntry",
    "KBPosition",
    "KnowledgeBase",
    "default_kb",
    "generate",
    "key_of",
    "score",
]
