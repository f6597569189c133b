"""People the KB does not know: invented names after titles, surnames alone, role re-mentions.
Every name here is invented for these tests. Full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the word after «عبد» belongs to the given name even when the KB knows it as a place
        ("قال وزير الداخلية المغربي عبد الجليل دقيزان إن «الوضع صعب».", "عبد الجليل دقيزان"),
        ("وقال رئيس المجلس المحلي عبد الجليل الفرحاني إن «الخدمات تحسنت».", "عبد الجليل الفرحاني"),
    ],
)
def test_given_name_after_abd(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «X ولد Y Z»: the father's name after «ولد» and then the family name
        (
            "استقبل الرئيس الموريتاني سيدي ولد الطالب الميداني الوفد. "
            "وأوضح الميداني، خلال مؤتمر صحفي، أن «الحدود آمنة».",
            "سيدي ولد الطالب الميداني",
        ),
        # a family name that the KB knows as a place, then alone after the verb
        (
            "واستقبل الوزير نظيره اليمني فهد عمران في مقر الوزارة. "
            "من جانبه، قال عمران إن «العلاقات متينة».",
            "فهد عمران",
        ),
    ],
)
def test_family_name_alone_later(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a given name of the lexicon opens a name whatever its first letters look like
        ("ورأت المرشحة فالنتينا الشمري أن «المشاركة ضعيفة».", "فالنتينا الشمري"),
        ("وقال الوزير ألبرت الكعبيني إن «المفاوضات مستمرة».", "ألبرت الكعبيني"),
        (
            "وكشف عضو لجنة الزراعة النيابية أليخاندرو الدرويشي أن «اللجنة ستجتمع».",
            "أليخاندرو الدرويشي",
        ),
    ],
)
def test_foreign_given_name_after_title(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «د.» (abbreviated «دكتور») introduces the name after a title
        ("وقالت أستاذة الاقتصاد د. سلمى الدعيج إن «الأسعار سترتفع».", "سلمى الدعيج"),
        (
            "أما أستاذ التاريخ في جامعة حلب د. فارس المرعشي، فأوضح أن «الوثائق ناقصة».",
            "فارس المرعشي",
        ),
    ],
)
def test_abbreviated_doctor(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a given name with the article, then a family name without it
        ("وقال المستشار الإعلامي للحركة المنذر كوكو إن «الهدنة صامدة».", "المنذر كوكو"),
        ("وقال الناطق باسم التحالف الحسين ديالو إن «القوات انسحبت».", "الحسين ديالو"),
    ],
)
def test_al_given_name_and_plain_family(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject ends at «من أن» after «حذر»: the holder is read backwards from there
        (
            "وحذّر مستشار المرشد الإيراني للشؤون العسكرية جواد كرمانشاهي من أن «الوضع خطير».",
            "جواد كرمانشاهي",
        ),
        # «مسؤولة السياسة الخارجية» is a title
        (
            "واعتبرت مسؤولة السياسة الخارجية في الاتحاد الأفريقي سلمى كوناتي أن «الحوار ممكن».",
            "سلمى كوناتي",
        ),
        # a detached «لـ» before a quoted body the KB knows, then the holder
        ('وقال القائد العام لـ"قسد"، سردار دلوفان، إن «القوات باقية».', "سردار دلوفان"),
        ('وقال القائد العام لـ"قسد" سردار دلوفان إن «القوات باقية».', "سردار دلوفان"),
    ],
)
def test_title_chain_then_unknown_name(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the family name after «آل» is always part of the name
        (
            "استقبل معالي الشيخ راشد بن حمدان آل سيتاني وزير الداخلية الوفد. "
            "وأكد وزير الداخلية أن «التعاون قائم».",
            "راشد بن حمدان آل سيتاني",
        ),
        # a counterpart holds the antecedent's office, not its honorific
        (
            "أكد الدكتور ماهر الشوربجي وزير الخارجية والهجرة، دعم بلاده لجوبا، خلال استقباله "
            "نظيره الجنوب سوداني ديفيد مابيور. وصرح السفير كريم الحلو بأن اللقاء تناول الأوضاع. "
            "من جانبه، أعرب الوزير الجنوب سوداني عن تقديره.",
            "ديفيد مابيور",
        ),
        # the second title of a chain is an office too («نائب رئيس الوزراء وزير الخارجية»)
        (
            "وقال وزير الدولة سالم المطروشي إن «الجهود مستمرة». وأجرى سمو الشيخ حمدان الفلاسي، "
            "نائب رئيس مجلس الوزراء وزير الخارجية، اتصالاً مع نظيره البولندي يان كوفالسكي. "
            "وأضاف الوزير البولندي أن «وارسو ممتنة».",
            "يان كوفالسكي",
        ),
    ],
)
def test_office_of_an_unknown_person(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a given name the KB reads with a proclitic («ب» + a capital)
        ("وأكدت المتحدثة باسم الوزارة بيريفان حسو أن «الحدود مغلقة».", "بيريفان حسو"),
        # a given name the KB knows as another person's one-word alias
        ("وقال المتحدث باسم الحكومة غابرييل مونتي، إن «الهدوء عاد».", "غابرييل مونتي"),
    ],
)
def test_given_name_over_a_kb_reading(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a title enclosed by commas after a name read after the verb is the name's office
        (
            "أكد كمال الورزازي، وزير الخارجية المغربي، أن «اليد ممدودة». "
            "وأضاف الوزير أن «الحوار ممكن»."
        ),
        (
            "أكد كمال الورزازي، وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين "
            "بالخارج، اليوم، أن «اليد ممدودة». وأضاف الوزير أن «الحوار ممكن»."
        ),
    ],
)
def test_enclosed_title_after_a_name(nlp, text: str) -> None:
    assert [s for _, s in _speakers(nlp, text)] == ["كمال الورزازي", "كمال الورزازي"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «عبد الإله» ends in ه: the family name after it is still part of the name
        (
            "والتقى وزير الخارجية الأردني عبد الإله الزعيتري الوفد. "
            "وأوضح الزعيتري أن «الزيارة مهمة».",
            "عبد الإله الزعيتري",
        ),
    ],
)
def test_family_name_after_abd_compound(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «لـ» + an outlet ends a name: the outlet is spoken to
        ("وقالت الناطقة باسم المفوضية سلمى داود لإذاعة محلية إن «الوضع صعب».", "سلمى داود"),
        ("وقالت سلمى داود لإذاعة محلية إن «الوضع صعب».", "سلمى داود"),
    ],
)
def test_outlet_ends_a_name(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_family_name_after_nasab_in_ta_marbuta(nlp) -> None:
    """«X بن حمزة الY»: a father's name in ة after «بن», then the family name."""
    text = "استقبل رئيس المجلس سالم بن حمزة الخليفان الوفد، وأكد الخليفان أن «التعاون قائم»."
    assert _speakers(nlp, text)[-1][1] == "سالم بن حمزة الخليفان"


def test_given_name_spelt_with_hamza_after_a_nationality(nlp) -> None:
    """«أليكسي» (hamza) after a title's nationality is no nisba adjective: the holder's name."""
    text = (
        "وقال رئيس الوزراء الأرميني أليكسي دارونيان إن «الحدود آمنة». "
        "وكتب دارونيان أن «السلام قريب»."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["أليكسي دارونيان", "أليكسي دارونيان"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a given name that is also a nationality adjective, right after a complete title
        ("وقال النائب المعارض تركي حمدون إن «البرلمان لم يُستشر».", "تركي حمدون"),
    ],
)
def test_nationality_as_given_name_after_title(nlp, text: str, speaker: str | None) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_al_given_name_of_the_given_name_list(nlp) -> None:
    """A given name of the list written with the article («الهاشمي») opens a counterpart's name."""
    text = (
        "وقال وزير الخارجية المصري سامح عبد الرؤوف، عقب لقائه نظيره الليبي الهاشمي الكردوسي، "
        "إن «التعاون قائم». "
        "من جانبه، أكد الوزير الليبي أن «حكومته منفتحة»."
    )
    assert _speakers(nlp, text)[-1][1] == "الهاشمي الكردوسي"


def test_kunya_after_the_verb(nlp) -> None:
    """«يقول أبو X Y، اللاجئ …»: a kunya is a name even with a plain description after it."""
    text = "«لا نريد خيمة أخرى»، يقول أبو خالد الدرعاوي، المقيم في المخيم منذ سنوات."
    assert _speakers(nlp, text)[0][1] == "أبو خالد الدرعاوي"


def test_kunya_with_umm(nlp) -> None:
    """«تقول أم X، وهي …»: «أم» + a given name is a kunya («أم» is also «or»)."""
    text = "«لم يبق لنا شيء»، تقول أم يوسف، وهي نازحة تقيم في أحد المراكز."
    assert _speakers(nlp, text)[0][1] == "أم يوسف"


def test_three_word_name_with_article_in_the_middle(nlp) -> None:
    """«X الY Z أن»: a given name, an article-word and a plain word before the name's end."""
    text = "ونفى المتحدث باسم الحكومة هاني الحاج سعيدو أن «البلاد تؤوي المسلحين»."
    assert _speakers(nlp, text)[0][1] == "هاني الحاج سعيدو"


def test_body_adjective_after_quoted_name(nlp) -> None:
    """«النائب عن كتلة "X" المعارضة Y Z»: the bloc's adjective, then the holder; «وصف … Y Z
    الإعلان بأنه»: the object of the verb of description is no part of the name."""
    text = 'ووصف النائب عن كتلة "لبنان" المعارضة كريم داوديان الاتفاق بأنه «خطوة ناقصة».'
    assert _speakers(nlp, text)[0][1] == "كريم داوديان"


def test_role_names_the_country_of_the_title_ministry(nlp) -> None:
    """«وزيرة الخارجية الألمانية X» (the title's affiliation is the KB ministry) ... «الوزيرة
    الألمانية»: the role names the ministry's country, so X holds it."""
    text = (
        "وقالت وزيرة الخارجية الألمانية سلمى شولتسه إن «برلين قلقة». "
        "وأضافت الوزيرة الألمانية أن «الحل سياسي»."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["سلمى شولتسه", "سلمى شولتسه"]
