"""Roles and names of people the KB does not know: complete titles used alone, compound titles,
long portfolios. Every name here is invented for these tests. Full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import named_mentions
from extracted import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a complete title used alone is the person given an equivalent title before
        (
            "وقال رئيس الوزراء سالم بن ناصر الفرجاني إن «الخطة جاهزة». "
            "وعقب الاجتماع، أكد رئيس مجلس الوزراء، خلال مؤتمر صحفي، أن «الدعم سيستمر».",
            "سالم بن ناصر الفرجاني",
        ),
        (
            "التقى رئيس الحكومة قاسم العبيدلي الوفد. "
            "وأوضح رئيس مجلس الوزراء في كلمة أن «المفاوضات مستمرة».",
            "قاسم العبيدلي",
        ),
    ],
)
def test_complete_title_alone_is_its_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title that opens with a word that is also a given name («حافظ»)
        (
            "وأكد وزير العدل حافظ الأختام كمال بن عيسى، في تصريح للصحافة، أن «الإجراءات جاهزة».",
            "كمال بن عيسى",
        ),
        ("وقال حافظ الأختام مراد الزيتوني إن «القانون سيعدل».", "مراد الزيتوني"),
        # a coordinated portfolio, an adjective of the title and an honorific before the name
        (
            "وأوضح وزير التموين والتجارة الخارجية الجديد الدكتور سامر عبد الكريم أن «الخطة جاهزة».",
            "سامر عبد الكريم",
        ),
        (
            "وقالت وزيرة الإسكان والمرافق العمرانية الجديدة الدكتورة هالة القيسوني إن "
            "«المشروع بدأ».",
            "هالة القيسوني",
        ),
    ],
)
def test_compound_titles_and_portfolios(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # «حافظ» stays a given name outside the title
        ("وقال النائب محمد إبراهيم الحافظ إن «الجلسة تأجلت».", "محمد إبراهيم الحافظ"),
    ],
)
def test_title_word_stays_a_name(nlp, text: str, name: str) -> None:
    assert name in [m for m, _ in named_mentions(nlp, text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the council inside the head of government's title is a mention of its own
        ("وقال رئيس مجلس الوزراء العراقي سالم الدوري إن «الخطة جاهزة».", "مجلس الوزراء العراقي"),
    ],
)
def test_council_inside_title(nlp, text: str, body: str) -> None:
    assert body in [m for m, _ in named_mentions(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «بـ» + the holder's seat (a university, a research centre), then an honorific or the name
        (
            "وترى أستاذة الاقتصاد بجامعة بغداد الدكتورة منى الصيرفي أن «التجربة ناجحة».",
            "منى الصيرفي",
        ),
        (
            "ويرى أستاذ العلوم السياسية بجامعة وهران 2 كريم بوزيدي أن «القرار متوقع».",
            "كريم بوزيدي",
        ),
        (
            "بدوره، رأى الخبير الاقتصادي بمركز الخليج للدراسات الاستراتيجية والأمنية الدكتور "
            "سامح الجمال أن «الاستثمارات مهمة».",
            "سامح الجمال",
        ),
    ],
)
def test_seat_after_bi(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body with a quoted name and its adjective inside a title, then the holder
        (
            "وقالت المتحدثة باسم عملية «نبتون» الأوروبية سارة الخطيب إن «المهمة مستمرة».",
            "سارة الخطيب",
        ),
        (
            "وقال المتحدث باسم بعثة «الأفق» الدولية كمال الدباغ إن «الوضع هادئ».",
            "كمال الدباغ",
        ),
    ],
)
def test_quoted_body_adjective_then_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «نظيره المصري» after the Egyptian minister himself: the antecedent is the other one
        (
            "بحث وزير الخارجية الأردني ماجد الحديدي مع وزير الخارجية المصري سامر الجمال "
            "تنسيق المواقف، وأوضح نظيره المصري عقب اللقاء أن «الإيرادات تراجعت».",
            "سامر الجمال",
        ),
    ],
)
def test_counterpart_after_its_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title with its body named in words, then the same title and body alone
        (
            "وحضر اللقاء رئيس الأمن العام اللواء نادر بن سالم الحجيلان، الذي قال إن «التعاون "
            "مستمر». ولفت رئيس الأمن العام إلى أن «الأجهزة نجحت».",
            "نادر بن سالم الحجيلان",
        ),
        (
            "وحضر الاجتماع مدير الأمن الوطني الفريق فراس عبد الهادي الخوالدة. "
            "وأوضح مدير الأمن الوطني أن «الوحدات جاهزة».",
            "فراس عبد الهادي الخوالدة",
        ),
    ],
)
def test_title_and_body_named_again(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a four-word name after an honorific whose third word is a KB surname
        (
            "وقال معالي الشيخ سالم ناصر جيفري الدوسري النائب الأول لرئيس مجلس الوزراء إن "
            "«التعاون مستمر». وأعرب معالي النائب الأول لرئيس مجلس الوزراء عن شكره.",
            "سالم ناصر جيفري الدوسري",
        ),
    ],
)
def test_four_word_name_with_kb_surname_inside(nlp, text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(nlp, text)] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a foreign name of four words (two lexicon given names first), then a verb or a comma
        (
            "أما نظيره المالي كارلوس أنطوان لويس بامبوتي فأكد أن «الطريق جاهز».",
            "كارلوس أنطوان لويس بامبوتي",
        ),
        (
            "وقال وزير الخارجية المالي كارلوس أنطوان لويس بامبوتي، إن «الطريق جاهز».",
            "كارلوس أنطوان لويس بامبوتي",
        ),
    ],
)
def test_four_word_foreign_name(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a long lexicon given name in ة after «نظيره» is a name, not a ة-noun
        (
            "وقال الوزير، عقب لقائه نظيره السويدي جميلة كارلسون في الدوحة، إن «الوضع صعب». "
            "بدورها، شددت كارلسون على أن «الدعم مستمر».",
            "جميلة كارلسون",
        ),
        (
            "وقال الوزير، عقب لقائه نظيره النرويجي نادية هولمن في الدوحة، إن «الوضع صعب». "
            "بدورها، شددت هولمن على أن «الدعم مستمر».",
            "نادية هولمن",
        ),
    ],
)
def test_given_name_in_ta_marbuta_after_counterpart(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the first two words of a three-word name named before are that person
        (
            "أعلن الرئيس الصومالي سامي حمود الكريم أن «بلاده اتفقت». "
            "وقال سامي حمود في مؤتمر صحفي مشترك: «طوينا صفحة الخلاف».",
            "سامي حمود الكريم",
        ),
    ],
)
def test_first_two_words_of_a_name(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after a verb, the first two words of a longer name read before open a name, even
        # when the first is no lexicon given name
        (
            "أعلن الرئيس الصومالي حسن عبدي نور أن «بلاده اتفقت». "
            "وقال حسن عبدي في مؤتمر صحفي مشترك: «طوينا صفحة الخلاف».",
            "حسن عبدي نور",
        ),
    ],
)
def test_name_opening_read_before(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an honorific with the article inside a name («الحاج») is followed by the family name
        (
            "أما النائب عن كتلة الأمل رامي الحاج موسى فقال إن «المشروع باق».",
            "رامي الحاج موسى",
        ),
        ("أما وزير الزراعة فادي الحاج نعمة فأكد أن «الموسم جيد».", "فادي الحاج نعمة"),
    ],
)
def test_honorific_inside_a_name(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # «حكومة» + an honorific + a KB person: the government named after its head
        ("دمشق - في أوسع تعديل تشهده حكومة الدكتور حسين عرنوس منذ عامين.", "سوريا"),
    ],
)
def test_government_of_an_honoured_person(nlp, text: str, mention: str) -> None:
    found = dict(named_mentions(nlp, text))
    assert found.get("حكومة الدكتور حسين عرنوس") == mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «للشؤون» + a nisba is the title's portfolio, then the holder
        (
            "ونقلت الوكالة عن مساعد وزير الخارجية الإيراني للشؤون العربية سامي رضا كاظمي "
            "قوله: «لدينا إرادة سياسية».",
            "سامي رضا كاظمي",
        ),
    ],
)
def test_affairs_nisba_then_holder(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker
