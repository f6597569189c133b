"""Actors on dev18 constructions (dev18 retired from unseen to development): titles whose body is
a coordinated committee or sits «في» a house read by pattern, unknown holders' names after a
title, role re-mentions. Every sentence is invented for these tests (other names, bodies and
countries). Full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import named_mentions
from extracted import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ورأى رئيس لجنة الأمن والدفاع في البرلمان سمير حداد أن القرار «متسرع».", "سمير حداد"),
        ("وقالت رئيسة لجنة الصحة والبيئة في البرلمان منى الشامي إن الخطة «ناقصة».", "منى الشامي"),
        (
            "وقال رئيس لجنة الطاقة والمياه والزراعة في مجلس الشيوخ كريم بولس إن «المشروع جيد».",
            "كريم بولس",
        ),
        (
            "وأكد عضو لجنة العمل والتنمية في البرلمان الأردني محمد العتوم أن «الموقف ثابت».",
            "محمد العتوم",
        ),
        ("وأوضح رئيس لجنة التربية والتعليم أحمد يونس أن «المناهج ستتغير».", "أحمد يونس"),
    ],
)  # fmt: skip
def test_coordinated_committee_in_a_house_before_the_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_continuation_after_a_coordinated_committee_keeps_the_holder(nlp) -> None:
    text = (
        "ورأى رئيس لجنة النقل والاتصالات في البرلمان سمير حداد أن الخطة «ناقصة». "
        "وتابع حداد: «لن نوافق على النص»."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["سمير حداد", "سمير حداد"]


def test_coordinated_committee_is_one_mention(nlp) -> None:
    text = "وقال رئيس لجنة الأمن والدفاع في البرلمان سمير حداد إن القرار «متسرع»."
    assert ("لجنة الأمن والدفاع", "لجنة الأمن والدفاع") in named_mentions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الحكومة والجيش في بيان إن «الوضع مستقر».",
        "وقال رئيس لجنة الأمن والدفاع في البرلمان إن القرار «متسرع».",
    ],
)  # fmt: skip
def test_coordination_without_a_holder(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] != "سمير حداد"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقالت المتحدثة باسم الهيئة غيمة الزرقاوي إن «النتائج نهائية».", "غيمة الزرقاوي"),
        ("وأكدت الناطقة باسم الوزارة ضحوة الحلبي، لـ«النهار»، أن «الوفد وصل».", "ضحوة الحلبي"),
        ("وقالت مديرة المكتب الإعلامي نسمة المرزوقي إن «الخطة جاهزة».", "نسمة المرزوقي"),
    ],
)  # fmt: skip
def test_unknown_given_name_in_ta_marbuta_after_a_title(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم الوزارة إن زيارة الوفد الأمريكي «مهمة».",
        "وأكد وزير الخارجية أن زيارة الرئيس الفرنسي «مرتقبة».",
    ],
)  # fmt: skip
def test_a_noun_in_ta_marbuta_after_a_title_is_no_name(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ورأى النائب الفائز عن محافظة نينوى سامي الجبوري أن «التأخير خطير».", "سامي الجبوري"),
        ("وقالت النائبة المستقلة عن محافظة الأنبار هدى العاني إن «التأخير خطير».", "هدى العاني"),
        ("وقال النائب المنتخب عن حزب الأمة أحمد الخطيب إن «الحكومة تأخرت».", "أحمد الخطيب"),
        ("وقال المتحدث الجديد باسم الحكومة محمد الخطيب إن «الحوار مستمر».", "محمد الخطيب"),
    ],
)  # fmt: skip
def test_participle_of_the_title_before_whom_it_represents(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("حذر محافظ مصرف سوريا المركزي سامر حداد، الاثنين، من أن «الليرة تنهار».", "سامر حداد"),
        ("وقال محافظ بنك المغرب المركزي أحمد بناني إن «التضخم تراجع».", "أحمد بناني"),
        ("وقال محافظ بنك الجزائر المركزي كريم بلقاسم إن «الاحتياطي آمن».", "كريم بلقاسم"),
        ("وقال مصرف العراق المركزي في بيان إن «الدينار مستقر».", "مصرف العراق المركزي"),
    ],
)  # fmt: skip
def test_central_bank_with_its_country_inside(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_central_bank_governor_continuation(nlp) -> None:
    text = (
        "حذر محافظ مصرف سوريا المركزي سامر حداد من أن «الليرة تنهار». "
        "وأضاف حداد أن الاحتياطي «ما زال آمناً»."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["سامر حداد", "سامر حداد"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وكشف المتحدث باسم الإدارة العامة للحماية المدنية سامي الورفلي أن «الحريق أخمد».",
            "سامي الورفلي",
        ),
        (
            "وقال المتحدث باسم الهيئة العليا للرقابة الإدارية عماد الدين الفيتوري إن «الملف أحيل».",
            "عماد الدين الفيتوري",
        ),
        (
            "وأكدت الناطقة باسم المديرية العامة للأمن الوطني سارة بوزيد أن «المشتبه به أوقف».",
            "سارة بوزيد",
        ),
    ],
)  # fmt: skip
def test_body_closed_by_a_lam_genitive_before_the_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_body_closed_by_a_lam_genitive_without_a_name(nlp) -> None:
    text = "وقال المتحدث باسم الإدارة العامة للحماية المدنية إن «الحريق أخمد»."
    assert _speakers(nlp, text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال رئيس الحزب الجمهوري المنصف الورغي إن «الحوار مستمر».", "المنصف الورغي"),
        ("وأكد عضو المجلس الأعلى الصادق القماطي أن «المجلس لن يتراجع».", "الصادق القماطي"),
        (
            "وقال رئيس لجنة الصحة في البرلمان الحبيب الزغلامي إن «المستشفيات تنتظر».",
            "الحبيب الزغلامي",
        ),
        ("وأوضح الوزير الطيب الورتاني أن «القرار نهائي».", "الطيب الورتاني"),
    ],
)  # fmt: skip
def test_given_name_with_the_article_opens_the_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_counterpart_with_a_definite_given_name_then_its_role(nlp) -> None:
    text = (
        "وقال وزير الخارجية الأردني سمير حداد، عقب لقائه نظيره التونسي الهادي المرزوقي، إن "
        "«التعاون مستمر». من جانبه، أكد الوزير التونسي أن بلاده «منفتحة»."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["سمير حداد", "الهادي المرزوقي"]


def test_counterpart_with_a_plain_family_name_then_its_role(nlp) -> None:
    text = (
        "وقال وزير الخارجية الأردني سمير حداد، عقب لقائه نظيره المغربي أحمد الغانم، إن "
        "«التعاون مستمر». من جانبه، أكد الوزير المغربي أن بلاده «منفتحة»."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["سمير حداد", "أحمد الغانم"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "والتقى الوزير السفير التركي في عمّان سامي حداد. من جانبه، أوضح السفير التركي أن "
            "«العلاقات جيدة».",
            "سامي حداد",
        ),
        (
            "واستقبل الرئيس السفيرة الفرنسية في القاهرة سارة بوزيد. من جانبها، أكدت السفيرة "
            "الفرنسية أن «التعاون مستمر».",
            "سارة بوزيد",
        ),
    ],
)  # fmt: skip
def test_ambassador_posted_in_a_city_then_the_role(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


def test_ambassador_posted_in_a_city_keeps_the_city_a_place(nlp) -> None:
    text = "والتقى الوزير السفير التركي في عمّان سامي حداد أمس."
    assert ("عمّان", "عمان") in named_mentions(nlp, text) or (
        "عمّان",
        "عمّان",
    ) in named_mentions(nlp, text)
