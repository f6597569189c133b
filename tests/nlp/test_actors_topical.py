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


@pytest.mark.parametrize(
    ("text", "adjective", "country"),
    [
        ("وقال إن وفداً إسرائيلياً سيصل خلال ساعات.", "إسرائيلياً", "إسرائيل"),
        ("وتدرس الدول مقترحاً عُمانياً لجولة جديدة.", "عُمانياً", "سلطنة عمان"),
        ("ولم يحسم موقفه من نشر قوات تركية ضمن القوة الدولية.", "تركية", "تركيا"),
    ],
)  # fmt: skip
def test_accusative_and_indefinite_adjectives(nlp, text: str, adjective: str, country: str):
    assert (adjective, country) in named_mentions(nlp, text)


@pytest.mark.parametrize("text", ["وناقش الاجتماع قضايا أخرى.", "وزار الوفد سوريا وتركيا."])
def test_names_in_ya_are_not_adjectives(nlp, text: str) -> None:
    assert all(m[0] != "قضايا" for m in named_mentions(nlp, text))


def test_capital_description_before_its_name(nlp) -> None:
    found = named_mentions(nlp, "واختتمت في العاصمة العمانية مسقط جولة جديدة.")
    assert [m[0] for m in found if m[1] == "مسقط"] == ["مسقط"]
    assert not any(m[0] == "العاصمة العمانية" for m in found)


@pytest.mark.parametrize(
    "text", ["وتتابع بقلق ما يجري في الجنوب السوري.", "وتجري مناورات على الساحل الكاريبي."]
)
def test_geographic_phrases_are_no_kb_places(nlp, text: str) -> None:
    assert named_mentions(nlp, text) == []
