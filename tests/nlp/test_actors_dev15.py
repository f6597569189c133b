"""Actor words (dev15 round): Egyptian spellings with «ئ» before «و» («الشئون», «المسئول») are
read as the standard «ؤ» spelling by every actor lexicon and the KB. Invented sentences."""

from __future__ import annotations

import pytest
from extracted import doc_of as _doc

from kg.nlp.actors_lex import standard_spelling
from kg.text.normalize import normalize_key


@pytest.mark.parametrize(
    ("variant", "standard"),
    [
        ("الشئون", "الشؤون"),
        ("لشئون", "لشؤون"),
        ("المسئول", "المسؤول"),
        ("والمسئولين", "والمسؤولين"),
        ("مسئولية", "مسؤولية"),
    ],
)  # fmt: skip
def test_standard_spelling(variant: str, standard: str) -> None:
    assert standard_spelling(normalize_key(variant)) == normalize_key(standard)


@pytest.mark.parametrize("word", ["الشؤون", "رئيس", "مسيرة", "الشيخ", "سئل"])  # fmt: skip
def test_other_words_unchanged(word: str) -> None:
    assert standard_spelling(normalize_key(word)) == normalize_key(word)


def _roles(nlp, text: str) -> list[str]:
    doc = _doc(nlp, text)
    return [doc.text[m.start : m.end] for m in doc._.kg_mentions if m.kind in ("role", "title")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('وقال المسئول الأمريكي إن "الوقت حان".', "المسئول الأمريكي"),
        ('وقالت وزيرة الشئون الاجتماعية هند صبري إن "الوقت حان".', "وزيرة الشئون الاجتماعية"),
        ('وقال الأمين العام المساعد لشئون فلسطين سعيد أبو علي إن "لا".', "الأمين العام المساعد لشئون فلسطين"),  # noqa: E501
    ],
)  # fmt: skip
def test_egyptian_spelling_in_titles(nlp, text: str, role: str) -> None:
    assert role in _roles(nlp, text)
