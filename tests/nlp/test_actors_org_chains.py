"""Pattern organisations (dev16 round): a definite word closes an idafa chain, so an indefinite
word after it («مجلس النواب خلدون …») starts a name or the object, while «والطاقة» and
«لمراقبة …» go on; a title's body may sit in a pattern body before its holder («رئيس لجنة
الشؤون الخارجية في مجلس النواب X Y»). Invented sentences."""

from __future__ import annotations

import pytest
from extracted import named_mentions, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال رئيس لجنة الشؤون الخارجية في مجلس النواب سامر العلي إن الاتفاقية مرفوضة.",
         "سامر العلي"),
        ("وقال رئيس لجنة المالية في مجلس الشيوخ كريم الساعدي إن الموازنة متأخرة.",
         "كريم الساعدي"),
        ("وكشف عضو لجنة النفط والطاقة النيابية باسل الغرابي أن اللجنة ستجتمع.", "باسل الغرابي"),
        ("وأكد رئيس اللجنة الوطنية لمراقبة الانتخابات فهد العنزي أن الاقتراع سليم.", "فهد العنزي"),
    ],
)  # fmt: skip
def test_holder_after_a_body(nlp, text: str, speaker: str) -> None:
    assert [s for _, s in speakers(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وطالب مجلس النواب خالد حسن بالاستقالة.", "مجلس النواب"),
        ("وأعلنت الهيئة الوطنية للانتخابات إلغاء النتائج.", "الهيئة الوطنية للانتخابات"),
    ],
)
def test_indefinite_word_after_a_definite_one_ends_the_name(nlp, text: str, org: str) -> None:
    orgs = [m[0] for m in named_mentions(nlp, text)]
    assert org in orgs
    assert not any(o.startswith(org + " ") for o in orgs)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وقال المتحدث باسم "قوات سوريا الديمقراطية" العقيد سامي أحمد إن الهجوم فشل.',
         "سامي أحمد"),
        ('وقال المتحدث باسم "القوة المشتركة متعددة الجنسيات" المقدم عبد الله مادي إن قواته '
         "دمرت المعسكرات.", "عبد الله مادي"),
    ],
)  # fmt: skip
def test_quoted_kb_body_then_its_holder(nlp, text: str, speaker: str) -> None:
    assert [s for _, s in speakers(nlp, text)] == [speaker]
