"""Speakers on dev17 constructions (dev17 retired from unseen to development). Every sentence is
invented for these tests; names, genders, clitics and word order vary. Full pipeline with the
packaged KB."""

from __future__ import annotations

import pytest
from extracted import named_mentions
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وأعلن وزير الموارد المائية العراقي عون حسن الموسوي أن "الخطة جاهزة".', "عون حسن الموسوي"),
        ('وقال المحافظ عون كاظم عبد الرحمن إن "الطرق مفتوحة".', "عون كاظم عبد الرحمن"),
        ('وأكد وزير الزراعة اللبناني عون ذياب أن "الموسم جيد".', "عون ذياب"),
    ],
)  # fmt: skip
def test_ambiguous_surname_alias_opening_an_unknown_name(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'وقال الرئيس عون إن "لبنان لن يركع".',
        'وقال الرئيس اللبناني ميشال عون إن "لبنان لن يركع".',
    ],
)  # fmt: skip
def test_ambiguous_surname_alias_alone_keeps_the_kb_person(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] == "ميشال عون"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وأعلن الوزير حسن ذياب عبد الله أن "الخطة جاهزة". وقال عبد الله إن "الصيف صعب".',
            "حسن ذياب عبد الله",
        ),
        (
            'وأكد الوزير عباس جبر عبد الرحمن أن "الخطة جاهزة". وقال عبد الرحمن إن "العمل مستمر".',
            "عباس جبر عبد الرحمن",
        ),
        (
            'وقالت النائبة هدى سالم أبو زيد إن "الجلسة مؤجلة". وأضافت أبو زيد أن "النصاب ناقص".',
            "هدى سالم أبو زيد",
        ),
    ],
)  # fmt: skip
def test_compound_family_name_refers_back_to_the_full_name(nlp, text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(nlp, text)] == [speaker, speaker]


def test_compound_name_without_a_longer_name_is_its_own_person(nlp) -> None:
    text = 'وقال النائب سالم أبو زيد إن "الجلسة مؤجلة". وقال الشيخ عبد الله إن "النصاب ناقص".'
    assert [s for _, s in _speakers(nlp, text)] == ["سالم أبو زيد", "عبد الله"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وقال رئيس الجمعية الفلاحية في قضاء الفاو، كاظم الساعدي، إن "الموسم انتهى".',
            "كاظم الساعدي",
        ),
        (
            'وحذر رئيس اتحاد المزارعين في محافظة ذي قار، حسن الركابي، من "كارثة حقيقية".',
            "حسن الركابي",
        ),
        (
            'وقالت رئيسة نقابة المعلمين في مدينة الموصل، سعاد العبيدي، إن "الإضراب مستمر".',
            "سعاد العبيدي",
        ),
        ('وأكد رئيس الجمعية الخيرية في البصرة، علي الحلفي، أن "المساعدات وصلت".', "علي الحلفي"),
    ],
)  # fmt: skip
def test_body_then_where_it_works_then_the_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_continuation_after_body_place_and_holder(nlp) -> None:
    text = (
        'وحذر رئيس الجمعية الفلاحية في قضاء الفاو، كاظم الساعدي، من "كارثة حقيقية"، '
        'وقال للصحيفة إن "العائلات هجرت قراها".'
    )
    assert [s for _, s in _speakers(nlp, text)] == ["كاظم الساعدي", "كاظم الساعدي"]


@pytest.mark.parametrize(
    "text",
    [
        'وقال الوزير في محافظة ذي قار إن "الأضرار كبيرة".',
        'وقال رئيس البلدية في مدينة صور إن "الأضرار كبيرة".',
    ],
)  # fmt: skip
def test_place_after_a_bare_title_names_no_holder(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] is None


def test_place_after_a_body_without_a_name_stays_one_mention(nlp) -> None:
    text = 'وقال رئيس الجمعية الفلاحية في قضاء الفاو إن "الموسم انتهى".'
    assert [m for m, _ in named_mentions(nlp, text)].count("الفاو") == 1


def _headline_speakers(nlp, head: str, body: str) -> list[str | None]:
    return [s for cue, s in _speakers(nlp, f"سياسة\n\n{head}\n\nبيروت\n\n{body}") if cue == ":"]


@pytest.mark.parametrize(
    ("head", "body", "speaker"),
    [
        (
            "عون لماكرون: لبنان لن يقبل التوطين",
            'وأكد الرئيس اللبناني جوزاف عون أن "لبنان لن يقبل التوطين".',
            "جوزاف عون",
        ),
        (
            "أردوغان لبوتين: الحل سياسي",
            'وأكد الرئيس التركي رجب طيب أردوغان أن "الحل سياسي".',
            "رجب طيب أردوغان",
        ),
        (
            "الحلبي لإيران: لا عودة إلى الوراء",
            'وقال وزير الخارجية السوري سامر الحلبي إن "الماضي انتهى".',
            "سامر الحلبي",
        ),
    ],
)  # fmt: skip
def test_headline_speaker_then_addressee_with_lam(nlp, head: str, body: str, speaker: str) -> None:
    assert _headline_speakers(nlp, head, body) == [speaker]


@pytest.mark.parametrize(
    "head",
    [
        "دعوة لبوتين: الحل سياسي",
        "رسالة لماكرون: لبنان لن يقبل التوطين",
    ],
)  # fmt: skip
def test_headline_noun_then_addressee_is_no_speaker(nlp, head: str) -> None:
    body = 'وأكد الرئيس التركي رجب طيب أردوغان أن "الحل سياسي".'
    assert _headline_speakers(nlp, head, body) in ([], [None])


@pytest.mark.parametrize(
    ("head", "body", "speaker"),
    [
        (
            "رئيس الوزراء: الميزانية ستقر قريبا",
            'وأكد سمو رئيس مجلس الوزراء الشيخ ناصر المحمد أن "الميزانية ستقر".',
            "ناصر المحمد",
        ),
        (
            "رئيس الوزراء: الانتخابات في موعدها",
            'وقال رئيس مجلس الوزراء سليم الحص إن "الانتخابات في موعدها".',
            "سليم الحص",
        ),
        (
            "رئيس النواب: الجلسة غدا",
            'وأعلن رئيس مجلس النواب فادي الخطيب أن "الجلسة غدا".',
            "فادي الخطيب",
        ),
        (
            "رئيسة الوزراء: لا ضرائب جديدة",
            'وقالت دولة رئيسة مجلس الوزراء هالة السعيد إن "الضرائب ثابتة".',
            "هالة السعيد",
        ),
    ],
)  # fmt: skip
def test_headline_title_without_the_council_word(nlp, head: str, body: str, speaker: str) -> None:
    assert _headline_speakers(nlp, head, body) == [speaker]


def test_headline_title_of_another_office_is_not_the_body_holder(nlp) -> None:
    body = 'وأعلن رئيس مجلس النواب فادي الخطيب أن "الجلسة غدا".'
    assert _headline_speakers(nlp, "رئيس الوزراء: الجلسة غدا", body) in ([], [None])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وأعلنت شركة "نوردلاين" الدنماركية، في بيان، أنها ستعيد توجيه رحلاتها.', "نوردلاين"),
        ('وقالت شركة "ساحل للملاحة" إن "الرحلات ستُستأنف".', "ساحل للملاحة"),
        ('وأكدت منظمة "نداء الإغاثة" أنها علقت عملها في المدينة.', "نداء الإغاثة"),
        (
            'من جهتها، أعلنت حركة "الفجر الجديد" رفضها القرار، وقالت إن "الحوار هو الحل".',
            "الفجر الجديد",
        ),
    ],
)  # fmt: skip
def test_organisation_head_and_quoted_name_as_speaker(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('وأعلنت شركة "نوردلاين" الدنماركية أنها ستعيد توجيه رحلاتها.', "نوردلاين"),
        ('ووقعت الحكومة عقدا مع شركة "ساحل للملاحة" لتشغيل الميناء.', "ساحل للملاحة"),
    ],
)  # fmt: skip
def test_quoted_name_after_a_head_is_the_organisation_mention(nlp, text: str, surface: str) -> None:
    assert (surface, surface) in named_mentions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'ووصفت الشركة "الخطوة" بأنها متسرعة.',
        'وقال مسؤول في شركة "إن الوضع صعب".',
    ],
)  # fmt: skip
def test_definite_head_or_a_clause_in_quotes_is_no_organisation(nlp, text: str) -> None:
    assert not any(m in ("الخطوة", "إن الوضع صعب") for m, _ in named_mentions(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        'ولم يصدر تعليق على تصريحات الوزير العراقي، فيما اتهم ناشطون الحكومة بـ"استخدام المياه".',
        'ولم تعلق الوزيرة الفرنسية، بينما اتهمت منظمات حقوقية السلطات بـ"التضييق".',
    ],
)  # fmt: skip
def test_clause_conjunction_after_a_title_and_comma_is_no_name(nlp, text: str) -> None:
    assert not any(m in ("فيما", "بينما") for m, _ in named_mentions(nlp, text))
    assert all(s is None for _, s in _speakers(nlp, text))


def test_name_after_a_title_and_comma_is_still_read(nlp) -> None:
    text = 'وقال الوزير العراقي، حسن الموسوي، إن "المياه تكفي".'
    assert _speakers(nlp, text)[0][1] == "حسن الموسوي"
