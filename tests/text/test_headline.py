"""kg.text.headline: headline line and dateline parsing."""

from __future__ import annotations

import pytest

from kg.text.boilerplate import Region, find_boilerplate
from kg.text.headline import find_dateline, find_headline

BODY = (
    "أعلن وزير الزراعة، صباح اليوم، عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية، "
    "مؤكدا أن الحكومة ستوفر البذور والأسمدة بأسعار مخفضة خلال الموسم المقبل."
)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("وزير الزراعة يعلن خطة الدعم\n\n" + BODY, "وزير الزراعة يعلن خطة الدعم"),
        ("\n\n  العنوان بين مسافات  \n" + BODY, "العنوان بين مسافات"),
        ("03/05/2019 10:20\n\nعنوان بعد سطر التاريخ\n" + BODY, "عنوان بعد سطر التاريخ"),
        ("الرئيس: لن نتراجع.\n" + BODY, "الرئيس: لن نتراجع."),  # short, may end in a stop
    ],
)
def test_first_content_line_is_the_headline(text: str, headline: str) -> None:
    span = find_headline(text, find_boilerplate(text))
    assert span is not None
    assert text[span[0] : span[1]] == headline


def test_boilerplate_lines_are_skipped() -> None:
    text = "أخبار محلية\n\nوزير الزراعة يعلن خطة الدعم\n\n" + BODY
    span = find_headline(text, find_boilerplate(text))
    assert span is not None and text[span[0] : span[1]] == "وزير الزراعة يعلن خطة الدعم"


def test_regions_given_as_plain_pairs() -> None:
    text = "شريط علوي\nالعنوان الحقيقي\n" + BODY
    span = find_headline(text, [(0, len("شريط علوي"))])
    assert span is not None and text[span[0] : span[1]] == "العنوان الحقيقي"
    assert find_headline(text, [Region(0, len(text), "related")]) is None


@pytest.mark.parametrize("text", [BODY + "\n" + BODY, "", "\n \n"])
def test_no_headline_when_the_page_starts_with_body(text: str) -> None:
    assert find_headline(text, []) is None


@pytest.mark.parametrize(
    ("text", "iso", "matched"),
    [
        ("12.04.2017 | 14:59", "2017-04-12T14:59", "12.04.2017 | 14:59"),
        ("2017-04-12", "2017-04-12", "2017-04-12"),
        ("2017-04-12T08:05", "2017-04-12T08:05", "2017-04-12T08:05"),
        ("12/04/2017", "2017-04-12", "12/04/2017"),
        ("04/25/2017", "2017-04-25", "04/25/2017"),  # month first when day-first is impossible
        ("14:59 | 12.04.2017", "2017-04-12T14:59", "14:59 | 12.04.2017"),
        ("نشر في ١٢/٠٤/٢٠١٧ الساعة ٣:١٥ م", "2017-04-12T15:15", "١٢/٠٤/٢٠١٧ الساعة ٣:١٥ م"),
        ("الأربعاء 12 نيسان/أبريل 2017", "2017-04-12", "12 نيسان/أبريل 2017"),
        ("الخميس ٣ تشرين الأول ٢٠١٩", "2019-10-03", "٣ تشرين الأول ٢٠١٩"),
        ("5 جانفي 2020 - 09:30", "2020-01-05T09:30", "5 جانفي 2020 - 09:30"),
        ("Updated 3 April 2017, 12:15 am", "2017-04-03T00:15", "3 April 2017, 12:15 am"),
    ],
)
def test_dateline_formats(text: str, iso: str, matched: str) -> None:
    found = find_dateline(text)
    assert found is not None
    s, e, value = found
    assert value == iso
    assert text[s:e] == matched


@pytest.mark.parametrize(
    "text",
    [
        "31.02.2017",  # no such day
        "13/13/2017",
        "العدد 2017 من المجلة",
        "وقال في 12.04.2017 إن الاجتماع الذي عقد في موسكو كان مفيدا جدا للطرفين وللمنطقة",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_offsets_point_into_the_original_text() -> None:
    text = "عنوان الخبر\n\nتاريخ النشر: ٠٣-٠٥-٢٠١٩\n\n" + BODY
    found = find_dateline(text)
    assert found is not None
    assert text[found[0] : found[1]] == "٠٣-٠٥-٢٠١٩" and found[2] == "2019-05-03"
