"""Linking context (dev16 round): a country written with an ambiguous name («مالي» is also
"financial") is kept when the article names its capital or one of its people, and a country
name in -ي right after an indefinite noun stays an adjective («دعم مالي»). An outlet after
«لـ» with a tatweel is addressed, not the speaker. Invented sentences."""

from __future__ import annotations

import pytest
from extracted import named_mentions, speakers


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس المجلس العسكري في مالي العقيد عاصمي غويتا إن بلاده لن تتراجع.",
        "وصل الوفد إلى باماكو، وقال مسؤول إن مالي ترفض الوساطة.",
    ],
)
def test_mali_with_support(nlp, text: str) -> None:
    assert ("مالي", "مالي") in named_mentions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الحكومة تحتاج إلى دعم مالي عاجل.",
        "وصل الوفد إلى باماكو، وأعلن الوزير عن عجز مالي كبير.",
        "وقال المستشار إن مالي الخاص لا يكفي.",
    ],
)
def test_mali_homograph(nlp, text: str) -> None:
    assert not any(m[1] == "مالي" for m in named_mentions(nlp, text))


def test_outlet_after_tatweel_lam_is_addressed(nlp) -> None:
    text = "وقال مصدر دبلوماسي حضر الاجتماع لـهسبريس إن الوزراء اتفقوا على لجنة دائمة."
    assert [s for _, s in speakers(nlp, text)] == [None]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وقال إن قرار مجلس الأمن الأخير أغلق الباب أمام الحل.", "مجلس الأمن"),
        ("داعيا مجلس الأمن إلى تحمل مسؤولياته.", "مجلس الأمن"),
        ("وعقد مجلس الأمن الوطني اجتماعا طارئا.", "مجلس الأمن الوطني"),
        ("وقال رئيس مجلس الأمن القومي العراقي قاسم الأعرجي إن الوضع مستقر.",
         "مجلس الأمن القومي العراقي"),
    ],
)  # fmt: skip
def test_security_council_and_longer_bodies(nlp, text: str, org: str) -> None:
    found = [m for m in named_mentions(nlp, text) if m[0].startswith("مجلس")]
    assert [m[0] for m in found] == [org]
    unsc = [m for m in found if m[1] == "مجلس الأمن الدولي"]
    assert bool(unsc) == (org == "مجلس الأمن")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وقال إن الساحل لا يحتاج إلى مزيد من السلاح.", True),
        ("وقال إن الإرهاب في منطقة الساحل يتصاعد.", True),
        ("وانتشرت القوات على الساحل الشرقي للبلاد.", False),
    ],
)
def test_sahel_only_bare(nlp, text: str, found: bool) -> None:
    assert (("الساحل", "الساحل الأفريقي") in named_mentions(nlp, text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم حكومة طالبان سيف الله أحمد إن الهجوم مرفوض.",
        "وتتهم إسلام آباد حكومة طالبان بإيواء مسلحين.",
    ],
)
def test_government_named_after_its_ruler_mentions_it(nlp, text: str) -> None:
    found = named_mentions(nlp, text)
    assert ("حكومة طالبان", "أفغانستان") in found
    assert ("طالبان", "حركة طالبان") in found


def test_region_inside_its_government_s_name_is_not_a_mention(nlp) -> None:
    found = [m[0] for m in named_mentions(nlp, "وأعلنت حكومة إقليم كردستان استئناف الصادرات.")]
    assert "إقليم كردستان" not in found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وقال في حديث لوكالة شفق نيوز إن الكميات سلمت.", "شفق نيوز"),
        ("ونقلت وكالة رويترز عن مصدر قوله إن الاتفاق قريب.", "رويترز"),
        ("وقال لقناة الجزيرة إن الاتفاق قريب.", "قناة الجزيرة"),
        ("ونقلت وكالة الأنباء العراقية عن الوزير قوله إن الاتفاق قريب.",
         "وكالة الأنباء العراقية"),
    ],
)  # fmt: skip
def test_outlet_noun_before_a_brand(nlp, text: str, surface: str) -> None:
    assert surface in [m[0] for m in named_mentions(nlp, text)]


def test_outlet_not_reached_for_comment(nlp) -> None:
    found = named_mentions(nlp, 'ولم يتسن لـ"الصباح" الحصول على تعليق من الوزارة.')
    assert ("الصباح", "الصباح") in found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('رام الله - "الصباح":\n\nاستأنف الوفد مباحثاته أمس.', "الصباح"),
        ("الخرطوم - كتب: أحمد علي\n\nقال الوزير إن الحل قريب.", None),
    ],
)
def test_quoted_date_line_outlet_before_a_colon(nlp, text: str, outlet: str | None) -> None:
    found = named_mentions(nlp, text)
    orgs = [m[0] for m in found if m[1] is not None and m[0] not in ("رام الله", "الخرطوم")]
    assert orgs == ([outlet] if outlet else [])
