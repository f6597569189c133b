"""Speakers on unseen articles (dev12 round): a one-word name after a full title before «أن/إن»,
a commissioner's long portfolio and body before the holder, a coast guard named by its country's
adjective inside a spokesperson's title, and a role noun with a continental adjective
(«المسؤول الأفريقي»). Full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import doc_of as _doc
from extracted import speakers as _speakers


def _mentions(nlp, text: str) -> list[str]:
    doc = _doc(nlp, text)
    return [doc.text[m.start : m.end] for m in doc._.kg_mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("أوضح وزير الخارجية الإندونيسي سوجيونو أن الاتفاقيات الجديدة مهمة.", "سوجيونو"),
        ("وأكد وزير الدفاع الكيني تووايا أن القوات جاهزة.", "تووايا"),
    ],
)  # fmt: skip
def test_one_word_name_after_a_full_title_before_an(nlp, text: str, name: str) -> None:
    assert (_speakers(nlp, text)[0][1]) == name


def test_one_word_after_a_bare_title_is_no_name(nlp) -> None:
    # no title or honorific two words back: «الأمن» is no name before «أن»
    assert "الأمن" not in _mentions(nlp, "وقال وزير الأمن أن الوضع مستقر.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال مفوض الشؤون السياسية والسلام والأمن في الاتحاد بانكولي أديوي إن التعاون جيد.",
         "بانكولي أديوي"),
        ("وقالت مفوضة الشؤون الاجتماعية والصحة والتعليم في الاتحاد فاطمة بنغورا إن الوضع صعب.",
         "فاطمة بنغورا"),
    ],
)  # fmt: skip
def test_commissioner_portfolio_and_body_then_holder(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المتحدث باسم خفر السواحل الفلبيني جاي تارييلا إن السفينة تعمدت الاصطدام.",
         "جاي تارييلا"),
        ("وقال المتحدث باسم خفر السواحل الياباني كينجي ساتو إن الدوريات مستمرة.", "كينجي ساتو"),
    ],
)  # fmt: skip
def test_coast_guard_with_adjective_inside_a_title(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


def test_coast_guard_adjective_outside_a_title_is_the_country(nlp) -> None:
    # guideline (as «الجيش السوري»): the adjective is the Country mention, not the whole body
    found = _mentions(nlp, "اتهمت الفلبين خفر السواحل الصيني باستخدام مدافع المياه.")
    assert "الصيني" in found and "خفر السواحل الصيني" not in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال المفوض الأفريقي بانكولي أديوي إن التعاون جيد.\n"
         "وشدد المسؤول الأفريقي على ضرورة إشراك النيجر في الترتيبات.", "بانكولي أديوي"),
        ("وقال الممثل الأعلى جوزيب بوريل إن الحوار ضروري.\n"
         "وأكد المسؤول الأوروبي أن الاتحاد سيواصل دعمه.", "جوزيب بوريل"),
    ],
)  # fmt: skip
def test_role_with_continental_adjective_is_the_person_before(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


def test_role_with_another_nisba_stays_no_mention(nlp) -> None:
    # «المسؤول الاقتصادي» is no continental adjective: «المسؤول» alone stays "responsible"
    assert not any(m.startswith("المسؤول") for m in _mentions(nlp, "وكان المسؤول الاقتصادي غائباً."))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("قال حاكم ولاية بورنو باباغانا زولوم إن آلاف النازحين لا يستطيعون العودة.",
         "باباغانا زولوم"),
        ("وقال محافظ مدينة البصرة أسعد العيداني إن الوضع مستقر.", "أسعد العيداني"),
    ],
)  # fmt: skip
def test_place_noun_and_place_inside_a_title_then_the_holder(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_continental_role_after_an_unnamed_source_is_that_source(nlp) -> None:
    text = (
        "وقال الوزير ثاني الزيودي إن التجارة ارتفعت.\n"
        "وفي المقابل، قال مسؤول آسيوي مطلع على المحادثات إن جاكرتا طلبت تمويلاً.\n"
        "وكان المسؤول الآسيوي قد أشار إلى أن الملف سيطرح مجدداً."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["ثاني الزيودي", None, None]


@pytest.mark.parametrize(
    ("text", "body", "speaker"),
    [
        ('وقال المتحدث باسم "القوة المشتركة متعددة الجنسيات" المقدم عبد الله مادو إن قواته '
         '"دمرت عشرين معسكراً".', "القوة المشتركة متعددة الجنسيات", "عبد الله مادو"),
        ('وقال المتحدث باسم «حركة العدل» أحمد تقد إن الوفد "سيصل غداً".', "حركة العدل",
         "أحمد تقد"),
    ],
)  # fmt: skip
def test_quoted_body_inside_a_title_then_the_holder(nlp, text, body, speaker) -> None:
    assert body in _mentions(nlp, text)
    assert _speakers(nlp, text)[0][1] == speaker


def test_quote_after_a_title_with_no_name_after_it_is_no_body(nlp) -> None:
    # the quote is the spokesperson's words, not a body: nothing after it reads as a holder
    text = 'وقال المتحدث باسم الحكومة "لن نتراجع عن قرارنا".'
    assert "لن نتراجع عن قرارنا" not in _mentions(nlp, text)


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("وقال في المقابل مسؤول غربي إن الحكومة ستواصل الحوار.", None),
        ("وقال في المقابل دبلوماسي أوروبي في أبوجا إن التمويل يتراجع.", None),
        ("وقال في الوقت نفسه إن الحكومة ستواصل الحوار.", "أحمد سعيد"),
        ("وأضاف في المؤتمر أن الحكومة ستواصل الحوار.", "أحمد سعيد"),
    ],
)  # fmt: skip
def test_unnamed_source_after_an_adverbial_phrase(nlp, second: str, speaker) -> None:
    text = "وقال الوزير أحمد سعيد إن الوضع مستقر.\n" + second
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وشددت اليابان والفلبين والولايات المتحدة في بيان ثلاثي على "رفضها القاطع للأعمال '
         'الخطرة".', None),
        ("وشددت اليابان والفلبين في بيان مشترك على رفضها للأعمال الخطرة.", None),
        ("وشددت اليابان في بيان مشترك على رفضها للأعمال الخطرة.", "اليابان"),
    ],
)  # fmt: skip
def test_joint_statement_with_all_conjuncts_and_adjunct_adjective(nlp, text, speaker) -> None:
    found = _speakers(nlp, text)
    assert found and found[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('ونقلت صحيفة "الشروق" عن إمام سوبرابتو، عضو البرلمان الإندونيسي، قوله إن الزيارة مهمة.',
         "إمام سوبرابتو"),
        ("ونقلت الصحيفة عن أحمد سوبرابتو، عضو البرلمان، قوله إن الزيارة مهمة.", "أحمد سوبرابتو"),
        ("وقال النائب إمام سوبرابتو إن الزيارة مهمة.", "إمام سوبرابتو"),
    ],
)  # fmt: skip
def test_name_after_an_before_a_comma_title_and_imam_as_given_name(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "وقال النائب أمام البرلمان إن الزيارة مهمة.",
        "وقف الوزير إمام الحضور وقال إن الزيارة مهمة.",
    ],
)
def test_amam_preposition_and_imam_before_a_definite_noun_are_no_names(nlp, text) -> None:
    assert not any(m.startswith(("أمام", "إمام")) for m in _mentions(nlp, text))


@pytest.mark.parametrize(
    ("text", "bodies", "speaker"),
    [
        ('وقال مدير برنامج "الأمن الإقليمي" في جامعة ستانفورد أحمد سعيد إن الوضع معقد.',
         ["الأمن الإقليمي", "جامعة ستانفورد"], "أحمد سعيد"),
        ('وقال مدير مشروع "سي لايت" أحمد سعيد إن الوضع معقد.', ["سي لايت"], "أحمد سعيد"),
    ],
)  # fmt: skip
def test_head_noun_with_quoted_name_inside_a_title(nlp, text, bodies, speaker) -> None:
    found = _mentions(nlp, text)
    assert all(b in found for b in bodies)
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [("وقال الخبير راي ماكغفرن إن الوضع معقد.", "راي ماكغفرن")],
)
def test_ray_spelt_without_hamza_is_a_given_name(nlp, text: str, name: str) -> None:
    assert name in _mentions(nlp, text)


def test_raa_verb_is_no_name(nlp) -> None:
    assert _speakers(nlp, "ورأى الوزير أن الوضع معقد.")[0][0] == "رأى"


@pytest.mark.parametrize(
    ("text", "outlet", "hidden"),
    [
        ('ونقلت صحيفة "جاكرتا بوست" عن مسؤول قوله إن الزيارة مهمة.', "جاكرتا بوست", "جاكرتا"),
        ('وقال مسؤول لوكالة "بلومبرغ" إن التمويل مطلوب.', "بلومبرغ", None),
        ('وقال مسؤولون لشبكة "سي إن إن الفلبين" إن الرئيس عقد اجتماعاً.', "سي إن إن الفلبين",
         "الفلبين"),
    ],
)  # fmt: skip
def test_quoted_name_after_a_media_head_is_the_outlet(nlp, text, outlet, hidden) -> None:
    found = _mentions(nlp, text)
    assert outlet in found and (hidden is None or hidden not in found)


def test_quoted_phrase_after_a_non_media_noun_is_no_outlet(nlp) -> None:
    assert "الخطوط الحمراء" not in _mentions(nlp, 'وحذر الوزير من تجاوز "الخطوط الحمراء".')


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ('وقال مسؤولون لشبكة "سي إن إن" إن الرئيس عقد اجتماعاً.', None),
        ('وقال مسؤولون أمريكيون لشبكة "سي إن إن" إن الرئيس عقد اجتماعاً.', None),
        ('وقالت منظمة "هيومن رايتس ووتش" إن الوضع خطير.', "هيومن رايتس ووتش"),
    ],
)  # fmt: skip
def test_outlet_after_an_unnamed_subject_is_an_addressee(nlp, second: str, speaker) -> None:
    text = "وقال الرئيس ترامب إن الحرب ستنتهي.\n" + second
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ('لملاحقة مسلحي جماعة "بوكو حرام" وتنظيم "ولاية غرب أفريقيا".', "ولاية غرب أفريقيا"),
        ('وأعلنت حركة "الشباب" مسؤوليتها عن الهجوم.', "الشباب"),
    ],
)  # fmt: skip
def test_quoted_name_after_a_group_head_is_the_group(nlp, text: str, group: str) -> None:
    assert group in _mentions(nlp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [("تسيير دوريات في حوض بحيرة تشاد.", "بحيرة تشاد"),
     ("مواجهة في بحر الصين الجنوبي.", "بحر الصين الجنوبي")],
)  # fmt: skip
def test_kb_places_named_after_a_country(nlp, text: str, place: str) -> None:
    found = _mentions(nlp, text)
    assert place in found and "تشاد" not in found and "الصين" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الباحث راي باول إن الصين تختبر الالتزام الأمريكي.", "راي باول"),
        ("وقال الخبير جون باول، إن الصين تختبر الالتزام الأمريكي.", "جون باول"),
    ],
)  # fmt: skip
def test_last_name_word_in_b_before_an_is_a_name(nlp, text: str, name: str) -> None:
    assert name in _mentions(nlp, text)


def test_b_word_inside_a_sentence_stays_no_name(nlp) -> None:
    # «بأول» followed by a noun is «ب + أول», not a family name
    text = "وقال الوزير أحمد سعيد بأول تصريح إن الوضع مستقر."
    assert "أحمد سعيد بأول" not in _mentions(nlp, text)
