"""Place names that are also common words stay common words without support: the article-less
key of a place («رقة», «طبقة», «رمادي») is never read as the place, and an entity named only
by ambiguous aliases («القائم», «الباب») is no context for itself. Invented sentences."""

from __future__ import annotations

import pytest
from extracted import named_mentions


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن ورقة الضغط بيد الحكومة.",
        "وأضاف أن طبقة سياسية جديدة ستولد من الأزمة.",
        "وظهر لون رمادي على الجدران.",
        "وسقطت حديدة من السقف على المارة.",
        "وأكد أن الوضع القائم لن يستمر طويلاً.",
        "وقال إن الباب مفتوح أمام الحوار.",
        "وانتقد الطبقة السياسية في البلاد.",
    ],
)  # fmt: skip
def test_common_words_are_no_places(nlp, text: str) -> None:
    assert [m for m in named_mentions(nlp, text) if m[1] is not None] == []


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("ووصل الوفد إلى الرقة صباح الأحد.", "الرقة", "الرقة"),
        ("وقصف الجيش العراقي مواقع قرب الرمادي.", "الرمادي", "الرمادي"),
        ("وأعلن الجيش العراقي تحرير القائم من التنظيم.", "القائم", "القائم"),
        ("وزار الوزير حلب ثم مدينة الباب في ريف حلب.", "الباب", "مدينة الباب"),
    ],
)  # fmt: skip
def test_places_with_support_are_found(nlp, text: str, surface: str, label: str) -> None:
    assert (surface, label) in named_mentions(nlp, text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وقصفت الطائرات مواقع بريف إدلب.", "إدلب"),
        ("وشهدت محافظة حلب اشتباكات.", "حلب"),
        ("ووصل الوفد إلى مدينة الباب.", "الباب"),
    ],
)  # fmt: skip
def test_place_noun_then_a_kb_name(nlp, text: str, surface: str) -> None:
    found = [m[0] for m in named_mentions(nlp, text) if m[1] is not None]
    assert found == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الحل يجب أن يأتي قبل فوات الأوان.",
        "واتفقا على تشكيل فريق عمل مشترك يجتمع كل ثلاثة أشهر.",
        "ووجه بتشكيل فريق فني لمراجعة الملف.",
    ],
)
def test_idioms_and_teams_name_nobody(nlp, text: str) -> None:
    assert named_mentions(nlp, text) == []


def test_rank_with_a_given_name_stays(nlp) -> None:
    assert ("محمد حسن", "محمد حسن") in named_mentions(
        nlp, "وقال قائد الجيش فريق أول محمد حسن إن الوضع مستقر."
    )
