"""Nationality adjectives that are topical or geographic are no Country mentions (guideline):
after a topical noun (lexicons/actors_topical_nouns.tsv: «الأزمة السورية», «للأراضي
الفلسطينية») or right after a place name («توسكانا الإيطالية»); the state as an actor keeps
them («الجيش السوري», «خفر السواحل الصيني», «الشعب الليبي»). Invented sentences."""

from __future__ import annotations

import pytest
from extracted import named_mentions


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("وبحث الوزيران تطورات الأزمة السورية.", "السورية"),
        ("وأكد دعم بلاده للقضية الفلسطينية.", "الفلسطينية"),
        ("وقال إن الأراضي الأفغانية لن تكون منصة للهجمات.", "الأفغانية"),
        ("واجتمع الوزراء في توسكانا الإيطالية أمس.", "الإيطالية"),
        ("وتدخل السفن المياه الصينية دون إذن.", "الصينية"),
    ],
)  # fmt: skip
def test_topical_or_geographic_adjective(nlp, text: str, adjective: str) -> None:
    assert adjective not in [m[0] for m in named_mentions(nlp, text)]


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("واتهمت مانيلا خفر السواحل الصيني بمهاجمة سفينة.", "الصيني"),
        ("وقال إن الشعب الليبي يريد الانتخابات.", "الليبي"),
        ("وقصفت الطائرات الروسية مواقع في إدلب.", "الروسية"),
    ],
)  # fmt: skip
def test_actor_adjective_stays(nlp, text: str, adjective: str) -> None:
    assert adjective in [m[0] for m in named_mentions(nlp, text)]
