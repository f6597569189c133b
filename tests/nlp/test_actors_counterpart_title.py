"""A counterpart followed by its holder's name («نظيره النرويجي X Y») is a title next to a name:
its mention kind is ``title`` (not exported as a mention of its own, guideline); an unnamed
«نظيره الروسي» stays a counterpart mention. Invented sentences."""

from __future__ import annotations

import pytest
from extracted import doc_of


def _kinds(nlp, text: str) -> dict[str, str]:
    doc = doc_of(nlp, text)
    return {doc.text[m.start : m.end]: m.kind for m in doc._.kg_mentions}


@pytest.mark.parametrize(
    ("text", "counterpart"),
    [
        ("وقال الوزير، خلال مؤتمر صحفي مع نظيره النرويجي يان هالفورسن، إن الحل قريب.",
         "نظيره النرويجي"),
        ("وأكد الوزير، عقب لقائه نظيرته الإسبانية ماريا لوبيث، أن الحل قريب.",
         "نظيرته الإسبانية"),
    ],
)  # fmt: skip
def test_named_counterpart_is_a_title(nlp, text: str, counterpart: str) -> None:
    assert _kinds(nlp, text).get(counterpart) == "title"


def test_unnamed_counterpart_stays(nlp) -> None:
    kinds = _kinds(nlp, "واتصل وزير الخارجية الأردني بنظيره الروسي لبحث الأزمة.")
    assert "title" not in {k for s, k in kinds.items() if s.startswith("نظير")}


def test_apposed_role_is_a_title(nlp) -> None:
    kinds = _kinds(nlp, "وأشاد ناصر بوريطة، وزير الخارجية، بالدينامية الدبلوماسية.")
    assert kinds.get("وزير الخارجية") == "title"
    assert kinds.get("ناصر بوريطة") == "name"
