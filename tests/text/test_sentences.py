"""kg.text.sentences: spans over the original text; news-text artefacts; protected dots/quotes."""

from __future__ import annotations

import pytest

from kg.text.boilerplate import Region
from kg.text.sentences import split_sentences


def texts(raw: str, skip=()) -> list[str]:
    return [raw[s:e] for s, e in split_sentences(raw, skip=skip)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قال الوزير كلاما. ورد السفير عليه.", ["قال الوزير كلاما.", "ورد السفير عليه."]),
        ("هل يحضر؟ لا أحد يعرف!", ["هل يحضر؟", "لا أحد يعرف!"]),
        ("Is it? Yes.", ["Is it?", "Yes."]),
        ("أولا؛ ثانيا.", ["أولا؛", "ثانيا."]),
        # scraping artefact: sentences glued with "., "
        (
            "انتهى الاجتماع., وأضاف الوزير.,  , ووصل الوفد.",
            ["انتهى الاجتماع.", "وأضاف الوزير.", "ووصل الوفد."],
        ),
        # closing quote after the full stop stays with the sentence
        ('وقال "انتهى الأمر"., وتابع حديثه.', ['وقال "انتهى الأمر".', "وتابع حديثه."]),
        # missing space after a full stop
        ("وصل الوفد.وقال المتحدث كلاما.", ["وصل الوفد.", "وقال المتحدث كلاما."]),
        # ellipsis
        (
            "تعليقا على الهجوم.. دمشق تطالب بالمحاسبة",
            ["تعليقا على الهجوم..", "دمشق تطالب بالمحاسبة"],
        ),
        ("انتظر… ثم رحل.", ["انتظر…", "ثم رحل."]),
    ],
)
def test_terminators(raw: str, expected: list[str]) -> None:
    assert texts(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "صدر البيان في 12.04.2017 عن الوزارة.",
        "ارتفع المؤشر 3.5 بالمئة خلال العام.",
        "قال د. سمير إن الوضع خطير.",
        "وصرح م. خالد بأن المشروع انتهى.",
        "نقلت أ.ف.ب عن مصدر أن الوفد وصل.",
        "said the U.S. envoy to the council.",
        "وقال Dr. Smith إن التقرير جاهز.",
        "نشر على موقع www.example.com بيانا.",
        "راسلونا على info@example.org للمزيد.",
        "قال إن (…) الأمر انتهى.",
        "وقال الناطق (وهو ضابط سابق. تقاعد) إن الجيش تقدم.",
    ],
)
def test_protected_dots_do_not_split(raw: str) -> None:
    assert texts(raw) == [raw]


@pytest.mark.parametrize(
    "raw",
    [
        'وقال "نريد السلام. ولن نتراجع!" وغادر القاعة.',
        "وقال «نريد السلام. ولن نتراجع؟» وغادر القاعة.",
        "وقال “نريد السلام. ولن نتراجع” وغادر القاعة.",
        "وقال ”نريد السلام. ولن نتراجع” وغادر القاعة.",
        "وقال »نريد السلام. ولن نتراجع« وغادر القاعة.",
    ],
)
def test_no_split_inside_quotes(raw: str) -> None:
    assert texts(raw) == [raw]


def test_runaway_quote_protects_nothing() -> None:
    raw = 'وقال "نريد السلام. ولن نتراجع. وغادر القاعة.'
    assert texts(raw) == ['وقال "نريد السلام.', "ولن نتراجع.", "وغادر القاعة."]


def test_quote_does_not_cross_a_line_break() -> None:
    raw = 'وقال "نريد السلام.\nولن نتراجع" أبدا.'
    assert texts(raw) == ['وقال "نريد السلام.', 'ولن نتراجع" أبدا.']


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('"انتهى الأمر!" قال الوزير. ثم غادر.', ['"انتهى الأمر!" قال الوزير.', "ثم غادر."]),
        ("«لن نتراجع.» أضاف المتحدث.", ["«لن نتراجع.» أضاف المتحدث."]),
    ],
)
def test_quote_stays_with_its_attribution(raw: str, expected: list[str]) -> None:
    assert texts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("العنوان الرئيسي\n\nالفقرة الأولى", ["العنوان الرئيسي", "الفقرة الأولى"]),
        ("سطر بلا نقطة\nسطر آخر", ["سطر بلا نقطة", "سطر آخر"]),
        ("  مسافات قبل وبعد  \r\n", ["مسافات قبل وبعد"]),
        ("\u00a0\n\n , \n...", []),  # no letters, no sentence
        ("", []),
    ],
)
def test_line_breaks_and_whitespace(raw: str, expected: list[str]) -> None:
    assert texts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "وقع الحادث عام 2017 م. وقال شاهد إنه رآه.",
            ["وقع الحادث عام 2017 م.", "وقال شاهد إنه رآه."],
        ),
        ("توفي سنة 1420 هـ. ودفن في مكة.", ["توفي سنة 1420 هـ.", "ودفن في مكة."]),
    ],
)
def test_era_abbreviation_after_a_year_may_end_a_sentence(raw: str, expected: list[str]) -> None:
    assert texts(raw) == expected


def test_skip_regions_are_left_out_and_cut_sentences() -> None:
    raw = "جملة أولى. شارك تويتر جملة ثانية."
    s = raw.index("شارك")
    e = s + len("شارك تويتر")
    out = split_sentences(raw, skip=[Region(s, e, "share")])
    assert [raw[a:b] for a, b in out] == ["جملة أولى.", "جملة ثانية."]
    assert all(b <= s or a >= e for a, b in out)
    assert split_sentences(raw, skip=[(0, len(raw))]) == []


def test_spans_are_exact_and_trimmed(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        spans = split_sentences(raw)
        assert spans == sorted(spans)
        for (a, b), nxt in zip(spans, spans[1:] + [(len(raw), len(raw))], strict=True):
            assert 0 <= a < b <= nxt[0]
            assert not raw[a].isspace() and not raw[b - 1].isspace()
            assert "\n" not in raw[a:b]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1. البند الأول. 2. البند الثاني.", ["1. البند الأول.", "2. البند الثاني."]),
        ("(أ). مقدمة قصيرة", ["(أ). مقدمة قصيرة"]),
        ("قتل 12. وأصيب آخرون.", ["قتل 12.", "وأصيب آخرون."]),  # a number ending a sentence
    ],
)
def test_list_markers(raw: str, expected: list[str]) -> None:
    assert texts(raw) == expected
