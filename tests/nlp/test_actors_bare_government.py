"""Bare «الحكومة» (also «الحكومة الاتحادية/المركزية»; not «الحكومة الأسبوعي»'s adjective) is a
Country mention of the article's country (its date line), even after another country's
«الحكومة الإسرائيلية»; a named government before it («حكومة الوحدة الوطنية») keeps it; «السلطنة»
alone is the sultanate meant; a bare state word after a noun («حرص السلطنة») is no subject.
Invented sentences."""

from __future__ import annotations

import pytest
from extracted import named_mentions, speakers


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("عمان - بترا\nوطالب النائب خالد أحمد الحكومة بمراجعة الاتفاقية.", "الحكومة", "الأردن"),
        ("عمان - بترا\nوقال الصفدي إن الحكومة الإسرائيلية تتحمل المسؤولية. وطالب النائب "
         "علي خالد الحكومة بالحزم.", "الحكومة", "الأردن"),
        ("أربيل - رووداو\nوقالت حكومة الإقليم إن الحكومة الاتحادية مسؤولة عن التأخير.",
         "الحكومة الاتحادية", "العراق"),
        ("رام الله - وفا\nوخلال اجتماع الحكومة الأسبوعي أعلن الوزير خطة جديدة.", "الحكومة",
         "فلسطين"),
        ("مسقط - العمانية\nوقال الوزير إن السلطنة ستواصل جهودها.", "السلطنة", "سلطنة عمان"),
    ],
)  # fmt: skip
def test_bare_government_is_the_home_country(nlp, text: str, surface: str, label: str) -> None:
    assert (surface, label) in named_mentions(nlp, text)


def test_without_a_date_line_bare_government_stays_unlinked(nlp) -> None:
    text = "وطالب النائب خالد أحمد الحكومة بمراجعة الاتفاقية."
    assert ("الحكومة", None) in named_mentions(nlp, text) or all(
        m[0] != "الحكومة" for m in named_mentions(nlp, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "مسقط - العمانية\nاستقبل الوزير سالم الهنائي الوفدين، وأكد حرص السلطنة على التهدئة.",
        "عمان - بترا\nاستقبل الوزير سالم العدوان الوفد، وأكد التزام الحكومة بالاتفاق.",
    ],
)
def test_state_word_after_a_noun_is_no_subject(nlp, text: str) -> None:
    assert [s for _, s in speakers(nlp, text)][-1] not in ("سلطنة عمان", "الأردن")


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ('الرباط - لاماب\nوقال الوزير إن "جلالة الملك كان واضحا".', "جلالة الملك",
         "محمد السادس"),
        ("عمان - بترا\nوأكد الملك خلال لقائه الوفد أن الحل قريب.", "الملك",
         "الملك عبد الله الثاني"),
    ],
)  # fmt: skip
def test_bare_monarch_is_the_home_kingdom_s(nlp, text: str, surface: str, label: str) -> None:
    assert (surface, label) in named_mentions(nlp, text)


def test_bare_monarch_without_a_home_country_stays_unresolved(nlp) -> None:
    found = named_mentions(nlp, "وأكد الملك خلال لقائه الوفد أن الحل قريب.")
    assert all(label is None for surface, label in found if surface == "الملك")


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("مقديشو - صونا\nوتصاعد الخلاف بين الحكومة الفيدرالية والولايات.", "الحكومة الفيدرالية",
         "الصومال"),
        ("وقال إن الدولة المصرية قامت بواجبها.", "الدولة المصرية", "مصر"),
        ("وأعرب عن تقدير القيادة الفلسطينية للجهود.", "القيادة الفلسطينية", "فلسطين"),
        ("واختتم وزراء خارجية مالي وبوركينا فاسو والنيجر اجتماعهم.", "مالي", "مالي"),
        ("وكانت النيجر وبوركينا فاسو ومالي قد أعلنت انسحابها.", "مالي", "مالي"),
    ],
)  # fmt: skip
def test_state_phrases(nlp, text: str, surface: str, label: str) -> None:
    assert (surface, label) in named_mentions(nlp, text)


def test_central_command_is_not_the_leadership(nlp) -> None:
    found = named_mentions(nlp, "وقالت القيادة المركزية الأمريكية إن الهجوم فشل.")
    assert ("القيادة المركزية الأمريكية", "القيادة المركزية الأمريكية") in found


@pytest.mark.parametrize(
    "text",
    [
        "الجزائر - واج\nوقال النائب إن الوضع صعب، داعيا الحكومة إلى مصارحة الجزائريين.",
        "الجزائر - واج\nوقال النائب إن الوضع صعب، داعيا الحكومة الى مصارحة الجزائريين.",
    ],
)
def test_government_before_ila_is_bare(nlp, text: str) -> None:
    assert ("الحكومة", "الجزائر") in named_mentions(nlp, text)
