"""Third round of rules for unseen articles (dev8): a coordinated portfolio after a title
(«وزير الموارد المائية والري»), «عبد + ال-word» given names, candidates as titles, and a quotation's
speaker after «على حد تعبير X» / «وفق قول X». Full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import statements as _statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وقال وزير الموارد المائية والري المصري هاني سويلم إن بلاده "لن تقف مكتوفة الأيدي".',
            "هاني سويلم",
        ),
        (
            'وقال وزير الطاقة والمعادن العماني سالم العوفي إن الاتفاقية "تعزز مكانة السلطنة".',
            "سالم العوفي",
        ),
        (
            'وقال وزير الداخلية المغربي عبد الوافي لفتيت إن المملكة "أحبطت آلاف المحاولات".',
            "عبد الوافي لفتيت",
        ),
        (
            'بدوره، قال الوزير فرناندو غراندي مارلاسكا إن العدد "تراجع بشكل كبير".',
            "فرناندو غراندي مارلاسكا",
        ),
        ('وقال الرئيس عبد المجيد تبون إن الجزائر "لا تتلقى دروساً من أحد".', "عبد المجيد تبون"),
        (
            'من جهتها، رأت المرشحة جنان بوشهري أن "تمثيل المرأة يجب أن يتعزز في البرلمان".',
            "جنان بوشهري",
        ),
    ],
)
def test_title_then_name(nlp, text: str, speaker: str) -> None:
    assert [s[1] for s in _statements(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            '"الشعب قال كلمته، وعلى الجميع احترامها"، على حد تعبير المرشح حسن جوهر.',
            "حسن جوهر",
            "الشعب قال كلمته، وعلى الجميع احترامها",
        ),
        (
            '"المودعون لن يدفعوا ثمن الأزمة وحدهم"، وفق قول الوزير كريم سعيد.',
            "كريم سعيد",
            "المودعون لن يدفعوا ثمن الأزمة وحدهم",
        ),
        (
            '"المودعون لن يدفعوا ثمن الأزمة وحدهم"، وبحسب الوزير كريم سعيد.',
            "كريم سعيد",
            "المودعون لن يدفعوا ثمن الأزمة وحدهم",
        ),
    ],
)
def test_quote_then_source(nlp, text: str, speaker: str, content: str) -> None:
    assert _statements(nlp, text) == [('"', speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        '"الشعب قال كلمته، وعلى الجميع احترامها"، على حد تعبيره.',  # a pronoun: no named speaker
        '"المودعون لن يدفعوا ثمن الأزمة وحدهم"، وفق قول مراقبين.',  # an unnamed source
    ],
)
def test_quote_without_named_source(nlp, text: str) -> None:
    assert [s[1] for s in _statements(nlp, text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        'وقال وزير الخارجية الأمريكي والتر سميث إن بلاده "لن تتراجع عن موقفها".',
    ],
)
def test_name_starting_with_wal_still_read(nlp, text: str) -> None:
    assert [s[1] for s in _statements(nlp, text)] == ["والتر سميث"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("واستقبل الرئيس جوزاف عون الوفد، مؤكداً أهمية التعاون.", "أهمية التعاون"),
        ("وزار الوزير المنطقة، مؤكداً دعم بلاده للحوار.", "دعم بلاده للحوار"),
    ],
)
def test_participle_with_object_content(nlp, text: str, content: str) -> None:
    assert [s[2] for s in _statements(nlp, text) if s[0] == "مؤكداً"] == [content]


@pytest.mark.parametrize(
    "text",
    ["واستقبل الرئيس جوزاف عون الوفد، مؤكداً ذلك.", "واستقبل الرئيس جوزاف عون الوفد، معتبراً ذلك."],
)
def test_participle_with_deictic_object_is_no_statement(nlp, text: str) -> None:
    assert _statements(nlp, text) == []
