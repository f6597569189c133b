"""Statements whose speaker the KB does not know (third round): a headline «W1 W2: …» whose
words end or open a name the body gives in full, a headline title with words of the body's
title left out, «NAME في PLACE: لا …». Every sentence and name is invented. Full pipeline with
the packaged KB."""

from __future__ import annotations

import pytest
from extracted import statements as _statements


def _headline(nlp, text: str) -> tuple[str | None, str] | None:
    """The headline statement (cue «:») of ``text`` -> (speaker, content), or None."""
    got = [(who, content) for cue, who, content in _statements(nlp, text) if cue == ":"]
    return got[0] if got else None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "سياسة\n\nسليم قرطاوي: لا عودة إلى المفاوضات قبل وقف التصعيد\n\n"
            "قال وزير الخارجية الموريتاني أحمد سليم قرطاوي إن بلاده ترفض أي حوار مشروط.",
            "أحمد سليم قرطاوي",
            "لا عودة إلى المفاوضات قبل وقف التصعيد",
        ),
        (
            "العالم\n\nسليم قرطاوي في داكار: لا تسوية قبل الانتخابات\n\n"
            "وصل وزير الخارجية الموريتاني أحمد سليم قرطاوي إلى داكار في زيارة رسمية.",
            "أحمد سليم قرطاوي",
            "لا تسوية قبل الانتخابات",
        ),
        (
            "سياسة\n\nفيصل بن غانم: المملكة تدعم الحل السياسي في اليمن\n\n"
            "أكد صاحب السمو الأمير فيصل بن غانم بن راشد وزير الخارجية أن المملكة "
            "حريصة على أمن المنطقة.",
            "فيصل بن غانم بن راشد",
            "المملكة تدعم الحل السياسي في اليمن",
        ),
        (
            "العالم\n\nقرطاوي في نواكشوط: لا تدخل في شؤون الجيران\n\n"
            "وصل وزير الخارجية الموريتاني أحمد سليم قرطاوي إلى نواكشوط، وقال إن بلاده "
            "تحترم سيادة جيرانها.",
            "أحمد سليم قرطاوي",
            "لا تدخل في شؤون الجيران",
        ),
    ],
)  # fmt: skip
def test_a_headline_name_the_body_gives_in_full_is_the_speaker(
    nlp, text: str, speaker: str, content: str
) -> None:
    assert _headline(nlp, text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "محليات\n\nوزير الثروة الحيوانية: لا زيادة في أسعار الأعلاف هذا العام\n\n"
            "وقال وزير الزراعة والثروة الحيوانية سامر الدباغ إن الأسعار مستقرة.",
            "سامر الدباغ",
        ),
        (
            "اقتصاد\n\nوزيرة الصناعة: المصانع الجديدة توفر آلاف الوظائف\n\n"
            "قالت الدكتورة هالة الشمري، وزيرة التجارة والصناعة، إن الاستثمار ينمو.",
            "هالة الشمري",
        ),
        (
            "سياسة\n\nالوزير الفرجاني: الموازنة جاهزة للعرض على البرلمان\n\n"
            "قال وزير المالية التونسي كمال زيدون الفرجاني إن الموازنة جاهزة.",
            "كمال زيدون الفرجاني",
        ),
    ],
)  # fmt: skip
def test_a_headline_title_names_the_person_the_body_names(nlp, text: str, speaker: str) -> None:
    got = _headline(nlp, text)
    assert got is not None and got[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'وأكدت أوساط الحكومة العراقية لـ"الصباح" أن الرئيس "لن يوقع أي قرار بالتأجيل".',
        "وقالت دوائر حزب الاستقلال المغربي إن الحزب لن يشارك في الحكومة.",
    ],
)  # fmt: skip
def test_a_circle_of_sources_is_an_unnamed_speaker(nlp, text: str) -> None:
    got = [who for cue, who, _ in _statements(nlp, text) if cue in ("أكدت", "قالت")]
    assert got == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "ونشر القيادي في الحزب الديمقراطي الكردي هوشيار ملا كاوه على صفحته في فيسبوك "
            'أن "الاتفاق لن يصمد طويلاً".',
            "هوشيار ملا كاوه",
        ),
        (
            "في المقابل، نشر وزير الإعلام الأردني سامي الحوارنة على حسابه في منصة إكس أن "
            "الحكومة ستعلن القرار غداً.",
            "سامي الحوارنة",
        ),
    ],
)  # fmt: skip
def test_posting_that_is_a_cue(nlp, text: str, speaker: str) -> None:
    got = [who for cue, who, _ in _statements(nlp, text) if cue.endswith("نشر")]
    assert got == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "ووقّع البلدان الاتفاق الذي اعتبره وزير الخارجية الموريتاني أحمد سليم قرطاوي "
            '"خطوة تاريخية".',
            "أحمد سليم قرطاوي",
            "خطوة تاريخية",
        ),
        (
            'وأقر البرلمان القانون الذي وصفته وزيرة العدل التونسية هالة الشمري بـ"المكسب الكبير".',
            "هالة الشمري",
            "المكسب الكبير",
        ),
    ],
)  # fmt: skip
def test_a_short_quoted_verdict_on_a_relative_antecedent_is_a_statement(
    nlp, text: str, speaker: str, content: str
) -> None:
    got = [(who, content) for _, who, content in _statements(nlp, text)]
    assert got == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "الجيش يتقدم في الشمال\n\nقصص مقترحة\nالبرلمان يصادق على الموازنة\n"
        "الصين تعلن مناورات بحرية واسعة\n© 2026 الموقع.",
        "وأعلنت نقابة المعلمين في الأردن إضراباً مفتوحاً.",
        "وأعلنت الحكومة الموريتانية حداداً وطنياً.",
    ],
)  # fmt: skip
def test_an_indefinite_act_announced_is_no_content(nlp, text: str) -> None:
    assert [cue for cue, _, _ in _statements(nlp, text) if "علن" in cue] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"لن نغادر أرضنا مهما طال الحصار"، يقول المزارع الفلسطيني خليل العمايرة، '
            "الذي فقد بيته الشهر الماضي.",
            "لن نغادر أرضنا مهما طال الحصار",
        ),
        (
            '"سنعود إلى قريتنا قبل الشتاء"، يقول اللاجئ السوداني آدم الطاهر، '
            "مضيفاً أن الطريق ما زال مغلقاً.",
            "سنعود إلى قريتنا قبل الشتاء",
        ),
    ],
)  # fmt: skip
def test_a_quotation_before_its_verb_is_the_content_whatever_follows_the_name(
    nlp, text: str, content: str
) -> None:
    got = [c for cue, _, c in _statements(nlp, text) if cue == "يقول"]
    assert got == [content]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            'وثمّن الحدراوي الموقف الجزائري، قائلاً: "الجزائر لم تتخلّ عن جيرانها يوماً".',
            "قائلاً",
        ),
        (
            'وانتقد القسطيني السياسة الفرنسية، معتبراً أن باريس "تتجاهل مصالح المنطقة".',
            "معتبراً",
        ),
    ],
)  # fmt: skip
def test_a_nisba_in_the_object_of_an_unknown_subject_is_not_the_speaker(
    nlp, text: str, cue: str
) -> None:
    assert [who for c, who, _ in _statements(nlp, text) if c == cue] == [None]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وصل وفد الصندوق برئاسة كمال زيدون الفرجاني إلى العاصمة. "
            'وأضاف زيدون أن المفاوضات "ما زالت في بدايتها".',
            "أضاف",
            "كمال زيدون الفرجاني",
        ),
        (
            "وقال وزير الخارجية الموريتاني أحمد ولد الطالب قرطاوي إن بلاده ترفض التدخل. "
            'وتابع الطالب أن الحوار "هو الطريق الوحيد".',
            "تابع",
            "أحمد ولد الطالب قرطاوي",
        ),
    ],
)  # fmt: skip
def test_one_word_of_a_name_given_before_names_the_speaker(
    nlp, text: str, cue: str, speaker: str
) -> None:
    assert [who for c, who, _ in _statements(nlp, text) if c == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وقال وزير الخارجية السوداني ماجد الفليحان سعداوي إن بلاده ممتنة لجيرانها. "
            'وثمّن سعداوي الموقف الجزائري، قائلاً: "الجزائر لم تتخلّ عن جيرانها يوماً".',
            "ماجد الفليحان",
        ),
    ],
)  # fmt: skip
def test_the_name_word_before_an_object_nisba_is_the_participles_speaker(
    nlp, text: str, speaker: str
) -> None:
    got = [who for c, who, _ in _statements(nlp, text) if c == "قائلاً"]
    assert len(got) == 1 and got[0] is not None and got[0].startswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "بدوره، حذر والي جنوب كردفان المكلف حسين قطبيل من أن القرى الحدودية "
        '"معزولة تماماً".',
    ],
)  # fmt: skip
def test_a_place_after_a_title_is_not_the_speaker(nlp, text: str) -> None:
    assert [who for c, who, _ in _statements(nlp, text) if c == "حذر"] == [None]


@pytest.mark.parametrize(
    "text",
    ["وقالت أوساط رئيس الحكومة التونسية كمال زيدون الفرجاني إن الحكومة لن تستقيل."],
)  # fmt: skip
def test_the_circle_of_a_named_person_is_not_that_person(nlp, text: str) -> None:
    assert [who for c, who, _ in _statements(nlp, text) if c == "قالت"] == [None]
