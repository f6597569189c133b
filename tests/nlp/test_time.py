"""kg_time: time expressions -> ISO 8601 values, precision and exact offsets."""

from __future__ import annotations

import pytest
import spacy

import kg.nlp.records  # noqa: F401
from kg.ingest.article import Article
from kg.nlp.time import find_times

WED = "2017-04-12"  # a Wednesday
NOV = "2017-11-22"


def _one(text: str, pub: str | None, expr: str):
    """The time expression whose text is ``expr`` (asserting it is found exactly once)."""
    hits = [t for t in find_times(text, pub) if t.text == expr]
    assert len(hits) == 1, [t.text for t in find_times(text, pub)]
    te = hits[0]
    assert text[te.start : te.end] == expr
    return te


@pytest.mark.parametrize(
    ("text", "expr", "value", "precision"),
    [
        ("أعلن المتحدث يوم الثلاثاء أن الوفد غادر", "يوم الثلاثاء", "2017-04-11", "day"),
        ("قال الوزير الأربعاء إن المحادثات مستمرة", "الأربعاء", "2017-04-12", "day"),
        ("وصل الوفد الجمعة إلى عمان", "الجمعة", "2017-04-07", "day"),
        ("سيلتقي الرئيس نظيره يوم الخميس في القاهرة", "يوم الخميس", "2017-04-13", "day"),
        ("يعقد المجلس جلسة الخميس المقبل", "الخميس المقبل", "2017-04-13", "day"),
        ("جرت الانتخابات الأربعاء الماضي", "الأربعاء الماضي", "2017-04-05", "day"),
        ("وقعت الاشتباكات الجمعة الماضية", "الجمعة الماضية", "2017-04-07", "day"),
        ("قصفت الطائرات البلدة فجر الجمعة", "فجر الجمعة", "2017-04-07", "day"),
        ("وقال المتحدث أمس إن القوات انسحبت", "أمس", "2017-04-11", "day"),
        ("صرح الوزير بالأمس بأن الحدود مغلقة", "الأمس", "2017-04-11", "day"),
        ("يصل الوفد غداً إلى الرباط", "غداً", "2017-04-13", "day"),
        ("عقد الاجتماع أول أمس في الدوحة", "أول أمس", "2017-04-10", "day"),
        ("يجتمع البرلمان اليوم لمناقشة الموازنة", "اليوم", "2017-04-12", "day"),
        ("أعلنت الوزارة مساء أمس النتائج", "مساء أمس", "2017-04-11", "day"),
        ("التقى الوزيران أمس الثلاثاء في تونس", "أمس الثلاثاء", "2017-04-11", "day"),
        ("غادر السفير قبل يومين", "قبل يومين", "2017-04-10", "day"),
        ("وقع الانفجار قبل ثلاثة أيام", "قبل ثلاثة أيام", "2017-04-09", "day"),
        ("بدأت الحملة قبل أسبوع", "قبل أسبوع", "2017-W14", "week"),
        ("ناقش المجلس الأسبوع الماضي مشروعا", "الأسبوع الماضي", "2017-W14", "week"),
        ("تبدأ الجولة الأسبوع المقبل", "الأسبوع المقبل", "2017-W16", "week"),
        ("ارتفعت الأسعار الشهر الماضي", "الشهر الماضي", "2017-03", "month"),
        ("تنتهي المهلة الشهر المقبل", "الشهر المقبل", "2017-05", "month"),
        ("تراجعت الصادرات خلال الشهر الجاري", "الشهر الجاري", "2017-04", "month"),
        ("جرت الانتخابات العام الماضي", "العام الماضي", "2016", "year"),
        ("وقعت الحادثة في يناير", "يناير", "2017-01", "month"),
        ("تنتهي المهلة في العاشر من الشهر الجاري", "العاشر من الشهر الجاري", "2017-04-10", "day"),
        ("وقع الاتفاق في 5 من الشهر الماضي", "5 من الشهر الماضي", "2017-03-05", "day"),
    ],
)
def test_relative_to_publication_date(text, expr, value, precision):
    te = _one(text, WED, expr)
    assert (te.value, te.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "expr", "value", "precision"),
    [
        (
            "وقعت المعاهدة في 3 كانون الثاني 2016 في بغداد",
            "3 كانون الثاني 2016",
            "2016-01-03",
            "day",
        ),
        ("أعلنت الهدنة يوم 5 يناير 2015", "يوم 5 يناير 2015", "2015-01-05", "day"),
        ("انطلقت الاحتجاجات في جانفي 2011", "جانفي 2011", "2011-01", "month"),
        ("عاد الرئيس في 7 جويلية 2016", "7 جويلية 2016", "2016-07-07", "day"),
        ("انتخب البرلمان في أوت 2014", "أوت 2014", "2014-08", "month"),
        ("صدر القرار في 9 أفريل 2013", "9 أفريل 2013", "2013-04-09", "day"),
        ("بدأت العملية في نيسان/أبريل 2017", "نيسان/أبريل 2017", "2017-04", "month"),
        ("بدأت العملية في نيسان (أبريل) 2017", "نيسان (أبريل) 2017", "2017-04", "month"),
        ("تاريخ النشر 12.04.2017 الساعة 14:59", "12.04.2017", "2017-04-12", "day"),
        ("نشر في 2016-10-03 على الموقع", "2016-10-03", "2016-10-03", "day"),
        ("صدر البيان في 9/3/2015", "9/3/2015", "2015-03-09", "day"),
        ("تتدخل القوات منذ ايلول 2015", "منذ ايلول 2015", "2015-09", "month"),
        ("تأسست الحركة عام 1987", "عام 1987", "1987", "year"),
        ("وقعت الحرب في ١٢ تموز ٢٠٠٦", "١٢ تموز ٢٠٠٦", "2006-07-12", "day"),
        ("أعلنت النتائج في 14 شباط من عام 2005", "14 شباط من عام 2005", "2005-02-14", "day"),
        ("صدر المرسوم في الأول من أيار 2012", "الأول من أيار 2012", "2012-05-01", "day"),
        ("في الحادي والعشرين من آذار 2003", "الحادي والعشرين من آذار 2003", "2003-03-21", "day"),
        ("انتهت الحرب في كانون الثاني 2016", "كانون الثاني 2016", "2016-01", "month"),
    ],
)
def test_explicit_dates(text, expr, value, precision):
    for pub in (WED, None):  # explicit dates need no anchor
        te = _one(text, pub, expr)
        assert (te.value, te.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("زار الرئيس موسكو في 20 تشرين الثاني الجاري", "20 تشرين الثاني الجاري", "2017-11-20"),
        ("يعقد المؤتمر يوم 2 كانون الأول المقبل", "يوم 2 كانون الأول المقبل", "2017-12-02"),
        ("تعرضت البلدة لهجوم في نيسان الماضي", "نيسان الماضي", "2017-04"),
        ("تنتهي الولاية في آذار المقبل", "آذار المقبل", "2018-03"),
        ("تحدث للصحفيين أمس 21 تشرين الثاني", "أمس 21 تشرين الثاني", "2017-11-21"),
    ],
)
def test_months_relative_to_publication(text, expr, value):
    assert _one(text, NOV, expr).value == value


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("أعلن المتحدث يوم الثلاثاء أن الوفد غادر", "يوم الثلاثاء"),
        ("وقال المتحدث أمس إن القوات انسحبت", "أمس"),
        ("تعرضت البلدة لهجوم في نيسان الماضي", "نيسان الماضي"),
    ],
)
def test_unresolved_without_anchor(text, expr):
    assert _one(text, None, expr).value is None


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("قتل العشرات منذ أيام في المدينة", "منذ أيام"),
        ("وصل المبعوث بعد يومين من الهجوم", "بعد يومين"),
        ("اجتمعوا قبل يومين من الانتخابات", "قبل يومين"),
    ],
)
def test_vague_or_relative_to_another_event_stays_text(text, expr):
    te = _one(text, WED, expr)
    assert te.value is None


@pytest.mark.parametrize(
    "text",
    [
        "قال أحد المسؤولين إن الوضع هادئ",
        "اتفق الاثنين معا على الخطة",
        "مارس الوزير ضغوطا على البرلمان",
        "قالت تيريزا ماي إن بلادها ستغادر",
        "نقلت قناة روسيا اليوم الخبر",
        "بلغ عدد الجرحى 2015 شخصا",
        "وقف الأب أمام المحكمة",
    ],
)
def test_no_time_expression(text):
    assert find_times(text, WED) == []


def test_ambiguous_weekday_with_cue():
    te = _one("وصل الوفد يوم الأحد إلى جدة", WED, "يوم الأحد")
    assert te.value == "2017-04-09"
    te = _one("وقال الوزير، الاثنين، إن الحدود مفتوحة", WED, "الاثنين")
    assert te.value == "2017-04-10"


def test_clitic_is_outside_the_span():
    te = _one("وقال الوزير وأمس أعلن البيان", WED, "أمس")
    assert te.value == "2017-04-11"


def test_anchor_from_dateline_when_no_publication_date():
    text = "بيروت 12.04.2017\nقال وزير الخارجية أمس إن الحكومة ستجتمع"
    te = _one(text, None, "أمس")
    assert te.value == "2017-04-11"


def test_component_sets_doc_times_and_skips_boilerplate():
    from kg.nlp.time import TimeComponent

    text = "قال الوزير أمس إن الوفد وصل. جميع الحقوق محفوظة 2016-01-01"
    doc = spacy.blank("ar")(text)
    doc._.kg_article = Article(id="t", text=text, date="2017-04-12")
    cut = text.index("جميع")
    doc._.kg_boilerplate = [(cut, len(text))]
    TimeComponent()(doc)
    assert [(t.text, t.value) for t in doc._.kg_times] == [("أمس", "2017-04-11")]


def test_component_without_article():
    from kg.nlp.time import TimeComponent

    doc = spacy.blank("ar")("وصل الوفد يوم الخميس")
    TimeComponent()(doc)
    assert [(t.text, t.value) for t in doc._.kg_times] == [("يوم الخميس", None)]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("يصل الوفد في الغد إلى عمان", "الغد", "2017-04-13"),
        ("وفي الغد يصل المبعوث إلى بيروت", "الغد", "2017-04-13"),
        ("تستأنف المحادثات صباح الغد في جنيف", "صباح الغد", "2017-04-13"),
        ("تنتهي المهلة حتى الغد", "الغد", "2017-04-13"),
    ],
)
def test_ambiguous_relative_day_after_a_cue(text, expr, value):
    assert _one(text, WED, expr).value == value


@pytest.mark.parametrize(
    "text",
    [
        'وقال الوزير لـ"الغد" إن الحكومة ماضية في خطتها',  # the daily Al-Ghad
        "عمان - الغد",
        "نتطلع إلى بناء الغد الأفضل لأبنائنا",  # "the future"
        "أفادت صحيفة الغد الأردنية بأن",
        "القاهرة - اليوم السابع",  # the site Youm7: «اليوم» + an ordinal
        "وفي اليوم الثاني من المفاوضات عرض الوسيط ورقة جديدة",
    ],
)
def test_relative_day_that_is_a_name_or_a_noun(text):
    assert [t for t in find_times(text, WED) if "الغد" in t.text or "اليوم" in t.text] == []


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("وعقد المحافظ مؤتمراً صحفياً مساء اليوم ذاته", "مساء اليوم"),
        ("وصل الوفد في اليوم نفسه إلى الدوحة", "اليوم"),
    ],
)
def test_same_day_anaphor_stays_unresolved(text, expr):
    assert _one(text, WED, expr).value is None


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("تتجه الأنظار إلى جلسة الحكومة المقررة يوم الخميس في القصر", "يوم الخميس", "2017-04-13"),
        ("القمة المرتقبة يوم الأحد في الرياض", "يوم الأحد", "2017-04-16"),
        ("الزيارة المزمعة يوم الاثنين إلى أنقرة", "يوم الاثنين", "2017-04-17"),
    ],
)
def test_scheduled_cues_resolve_forward(text, expr, value):
    assert _one(text, WED, expr).value == value


def test_pieces_on_separate_lines_do_not_merge():
    text = "عمان - الغد\n\nالثلاثاء 9 كانون الأول 2025\n\nقال الوزير أمس"
    assert [t.text for t in find_times(text, None)] == ["الثلاثاء 9 كانون الأول 2025", "أمس"]
