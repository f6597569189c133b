"""Speakers on dev17 constructions (dev17 retired from unseen to development). Every sentence is
invented for these tests; names, genders, clitics and word order vary. Full pipeline with the
packaged KB."""

from __future__ import annotations

import pytest
from extracted import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "ورأى أستاذ العلوم السياسية في جامعة القاهرة الدكتور حسن نافعة أن «الخطوة ضرورية».",
            "حسن نافعة",
        ),
        (
            "وقالت أستاذة القانون الدولي في جامعة دمشق الدكتورة ليلى نقولا إن «القرار باطل».",
            "ليلى نقولا",
        ),
        ("وقال أستاذ القانون في جامعة ماكغيل جون سميث إن «القرار باطل».", "جون سميث"),
        (
            "وأوضح أستاذ الاقتصاد في جامعة الكويت الدكتور ناصر العلي، لـ«القبس»، أن «العجز قائم»",
            "ناصر العلي",
        ),
        ("وقال الباحث في جامعة القاهرة عمرو الشوبكي إن «المشهد معقد».", "عمرو الشوبكي"),
        ("ورأت أستاذة العلوم السياسية منى الغانم أن الحوار «هو المخرج».", "منى الغانم"),
    ],
)  # fmt: skip
def test_title_with_a_university_body_before_the_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "وقال أستاذ القانون في جامعة القاهرة إن «القرار باطل».",
        "وأكد أستاذ في جامعة الكويت أن التعديلات «ضرورية».",
    ],
)  # fmt: skip
def test_university_body_without_a_name_is_no_holder(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] is None


def test_continuation_after_a_university_body_keeps_the_holder(nlp) -> None:
    text = (
        "ورأى أستاذ القانون الدستوري في جامعة القاهرة الدكتور حسن نافعة، في تصريح لـ«الأهرام»، "
        "أن الخطوة «ضرورية»، لكنه حذّر من «التسرع»."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["حسن نافعة", "حسن نافعة"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'قال المتحدث العسكري باسم جماعة "أنصار الله" (الحوثيين) علي ضاهر، أمس، إن "الرد آت".',
            "علي ضاهر",
        ),
        (
            'وقال المتحدث باسم جماعة "أنصار الله" (الحوثيين) محمد عبد السلام إن "الهدنة صامدة".',
            "محمد عبد السلام",
        ),
        ('وقالت المتحدثة باسم حركة "حماس" (حماس) سلمى قاسم إن "الوفد وصل".', "سلمى قاسم"),
        ('وأكد المتحدث العسكري باسم جماعة "أنصار الله" علي ضاهر أن "السفن ممنوعة".', "علي ضاهر"),
    ],
)  # fmt: skip
def test_quoted_body_with_a_bracketed_alias_before_the_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'وقال المتحدث باسم جماعة "أنصار الله" (الحوثيين) إن "قواتنا جاهزة".',
        'وقال المتحدث باسم حركة "حماس" (حماس)، في بيان، إن "الوفد وصل".',
    ],
)  # fmt: skip
def test_bracketed_alias_without_a_name_is_no_holder(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] is None
