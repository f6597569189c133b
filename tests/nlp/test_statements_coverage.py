"""Statements found by structure and by the lexicon's coverage of how Arabic news reports speech
(fourth round): headline segments and indefinite roles, long asides before the complementizer,
reporting through visitors and aides, and reporting verbs and frames the lexicon lacked. Every
sentence and name is invented. Full pipeline with the packaged KB."""

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
        (  # an indefinite role: the body's holder of that role
            "سياسة\n\nقائد بحري بريطاني: سنواصل حماية السفن التجارية في المضيق\n\n"
            "لندن - وكالات\n\nقال قائد الأسطول الأدميرال جيمس كارتر في بيان إن البحرية "
            "ستبقى في المنطقة.",
            "جيمس كارتر",
            "سنواصل حماية السفن التجارية في المضيق",
        ),
        (  # a role and «لـ(outlet)» before the colon
            "سياسة\n\nمستشار حكومي لـ(الشرق): الانتخابات في موعدها\n\n"
            "قال مستشار رئيس الوزراء العراقي فاضل الجبوري في حديث لـ(الشرق) إن الحكومة "
            "ملتزمة بالموعد.",
            "فاضل الجبوري",
            "الانتخابات في موعدها",
        ),
        (  # a second segment after «...» and «و»: its own attribution
            "محليات\n\nالجيش ينتشر في الجنوب... و\"حماس\": لن نسلم السلاح\n\n"
            "أعلن الجيش في بيان أن وحداته انتشرت في مواقع جديدة. وقالت حركة حماس إن "
            "سلاحها خارج النقاش.",
            "حركة حماس",
            "لن نسلم السلاح",
        ),
        (  # a plural group after «..»: no single actor
            "محليات\n\nالحكومة تعقد اجتماعا طارئا.. والمحتجون: لن نغادر الساحات\n\n"
            "عقدت الحكومة اجتماعا طارئا أمس لبحث مطالب الشارع.",
            None,
            "لن نغادر الساحات",
        ),
    ],
)  # fmt: skip
def test_a_headline_segment_or_role_is_an_attribution(
    nlp, text: str, speaker: str | None, content: str
) -> None:
    assert _headline(nlp, text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # a topic segment with no colon after «..»: no headline statement
        "محليات\n\nالحكومة تعقد اجتماعا طارئا.. والمحتجون في الساحات\n\n"
        "عقدت الحكومة اجتماعا طارئا أمس.",
        # a role word that is no title before the colon: a topic label
        "اقتصاد\n\nقوة الدولار: تراجع جديد في أسعار الذهب\n\n"
        "تراجعت أسعار الذهب أمس مع ارتفاع الدولار.",
    ],
)  # fmt: skip
def test_no_headline_attribution_without_a_speaker(nlp, text: str) -> None:
    assert _headline(nlp, text) is None


def _contents(nlp, text: str, cue: str) -> list[str]:
    """Contents of the statements of ``text`` whose cue is ``cue``."""
    return [content for c, _who, content in _statements(nlp, text) if c == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # an uncomma'd «في + NP» before عن, a participle after the comma
            "وأعرب المجلس الوطني في اجتماعه الدوري عن قلقه من تدهور الخدمات، مجدداً "
            "مطالبته بالإصلاح.",
            "أعرب",
            "قلقه من تدهور الخدمات",
        ),
        (
            "وشددت الوزيرة في كلمتها أمام البرلمان على ضرورة حماية المدنيين، مضيفة أن "
            "الحكومة ستتحرك.",
            "شددت",
            "ضرورة حماية المدنيين",
        ),
        (  # an adjective left after a skipped adjunct «في بيانه»
            "وحذر الجيش في بيانه الأخير من عواقب التصعيد على الحدود.",
            "حذر",
            "عواقب التصعيد على الحدود",
        ),
        (
            "وأعرب الوزير في كلمته الافتتاحية عن أمله في نجاح المؤتمر.",
            "أعرب",
            "أمله في نجاح المؤتمر",
        ),
    ],
)  # fmt: skip
def test_a_prepositional_phrase_before_the_complement_is_skipped(
    nlp, text: str, cue: str, content: str
) -> None:
    assert _contents(nlp, text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "أكد الرئيس التونسي قيس سعيد، خلال استقباله أمس في قصر قرطاج وفداً من «الاتحاد "
            "العام للشغل» برئاسة نور الدين الطبوبي، أن \"الحوار الوطني هو السبيل الوحيد "
            "للخروج من الأزمة\".",
            "أكد",
            "الحوار الوطني هو السبيل الوحيد للخروج من الأزمة",
        ),
        (
            "وشدد رئيس الوزراء الأردني، خلال لقائه مساء الأحد في دار الرئاسة وفداً من "
            "«غرفة تجارة عمان» برئاسة رئيسها خليل الحاج، على أهمية دعم القطاع الخاص.",
            "شدد",
            "أهمية دعم القطاع الخاص",
        ),
    ],
)  # fmt: skip
def test_a_long_aside_holding_a_quoted_name_is_skipped(
    nlp, text: str, cue: str, content: str
) -> None:
    assert _contents(nlp, text, cue) == [content]


def _speakers_of(nlp, text: str, cue: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of the statements of ``text`` whose cue is ``cue``."""
    return [(who, content) for c, who, content in _statements(nlp, text) if c == cue]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # «أما X، فنقل عنه زواره أنه …»: X, the topic
            "أما رئيس البرلمان العراقي محمود المشهداني، فنقل عنه زواره أنه \"متفائل "
            "بالحوار\" ويعتبر أن الأزمة ستنتهي قريبا.",
            "محمود المشهداني",
            "أنه \"متفائل بالحوار\" ويعتبر أن الأزمة ستنتهي قريبا",
        ),
        (
            "وأما الرئيس التونسي قيس سعيد فنقل عنه مساعدوه أنه لن يتراجع عن قراره.",
            "قيس سعيد",
            "أنه لن يتراجع عن قراره",
        ),
        (  # «نقل زوار X عنه أنه …»: X, not his visitors
            "ونقل زوار الرئيس اللبناني ميشال عون عنه أنه مستاء من تأخير تشكيل الحكومة.",
            "ميشال عون",
            "أنه مستاء من تأخير تشكيل الحكومة",
        ),
    ],
)  # fmt: skip
def test_reporting_through_a_circle_is_the_persons_statement(
    nlp, text: str, speaker: str, content: str
) -> None:
    assert _speakers_of(nlp, text, "نقل") == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        # a second predicate of a pronoun clause is part of the content
        "وقال الوزير محمد العلي إنه \"مرتاح لأداء الجيش\" ويعتبر أن الكرة باتت في ملعب "
        "واشنطن.",
    ],
)  # fmt: skip
def test_a_second_predicate_of_the_speakers_clause_is_no_statement(nlp, text: str) -> None:
    assert [cue for cue, _w, _c in _statements(nlp, text)] == ["قال"]


def test_a_channel_pronoun_still_inherits_the_last_speaker(nlp) -> None:
    text = "قال الوزير محمد العلي إن الحكومة ماضية في الإصلاح. ونقلت عنه الوكالة أنه سيزور باريس."
    assert _speakers_of(nlp, text, "نقلت") == [("محمد العلي", "أنه سيزور باريس")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وأبدى المستثمرون اهتماما بالمشاركة في المشروعات السياحية بالمنطقة.", "أبدى"),
        ("وكانت الحكومة قد أعلنت في وقت سابق عن خطة لتوسيع برنامج الدعم.", "أعلنت"),
    ],
)  # fmt: skip
def test_an_indefinite_act_shown_or_announced_is_no_statement(nlp, text: str, cue: str) -> None:
    assert _contents(nlp, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وأبدى وزير الخارجية الروسي سيرغي لافروف استعداد بلاده للحوار مع واشنطن.",
            "أبدى",
            "استعداد بلاده للحوار مع واشنطن",
        ),
        ("وأعلنت الحكومة عن تأجيل الانتخابات البلدية.", "أعلنت", "تأجيل الانتخابات البلدية"),
        ("وأبدت الحكومة استعدادها للحوار مع المعارضة.", "أبدت", "استعدادها للحوار مع المعارضة"),
    ],
)  # fmt: skip
def test_a_definite_or_possessed_complement_stays_a_statement(
    nlp, text: str, cue: str, content: str
) -> None:
    assert _contents(nlp, text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وهدد المتحدث باسم الجماعة محمد عبد السلام بأن الجماعة سترد على أي هجوم.",
            "هدد",
            "الجماعة سترد على أي هجوم",
        ),
        (
            "وتوعد قائد الحرس الثوري حسين سلامي بأن الرد سيكون قاسيا.",
            "توعد",
            "الرد سيكون قاسيا",
        ),
        (
            "وناشد رئيس الوزراء الفلسطيني محمد مصطفى المجتمع الدولي أن يتحرك فورا.",
            "ناشد",
            "يتحرك فورا",
        ),
        (
            "وأوصى التقرير بأن تعزز الحكومة الرقابة على الأسواق.",
            "أوصى",
            "تعزز الحكومة الرقابة على الأسواق",
        ),
        (
            "واشترط رئيس البرلمان العراقي محمود المشهداني أن تلتزم الكتل بالدستور.",
            "اشترط",
            "تلتزم الكتل بالدستور",
        ),
        ("ونصح وزير الاقتصاد المواطنين بأن يدخروا أموالهم.", "نصح", "يدخروا أموالهم"),
        (
            "ولخّص المتحدث باسم الخارجية القطرية ماجد الأنصاري الموقف بأن الدوحة تواصل "
            "وساطتها.",
            "لخّص",
            "الدوحة تواصل وساطتها",
        ),
        (
            "وأكد رئيس البرلمان العراقي محمود المشهداني دعمه للحكومة، مشترطاً أن تلتزم "
            "بالدستور.",
            "مشترطاً",
            "تلتزم بالدستور",
        ),
        (
            "وقال وزير التخطيط العراقي محمد تميم إن الموازنة متأخرة، شارحاً أن البرلمان لم "
            "يقرها.",
            "شارحاً",
            "البرلمان لم يقرها",
        ),
        (
            "وقالت الوزيرة إن الحكومة ملتزمة، مستدركة: \"لكن الموارد محدودة\".",
            "مستدركة",
            "لكن الموارد محدودة",
        ),
    ],
)  # fmt: skip
def test_reporting_verbs_and_participles_the_lexicon_lacked(
    nlp, text: str, cue: str, content: str
) -> None:
    assert _contents(nlp, text, cue) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "ويهدد الجفاف المحاصيل الزراعية في الجنوب.",  # a threat with no content clause
        "وهدد الرئيس الأمريكي بفرض رسوم جديدة على الواردات.",  # بـ + noun: an event
        "وأوصت اللجنة بزيادة الميزانية.",  # a recommendation with a noun: no content
        "وأكد الوزير أن الأزمة تهدد بانهيار الاقتصاد.",  # inside another statement's content
    ],
)  # fmt: skip
def test_a_threat_or_recommendation_without_a_clause_is_no_statement(nlp, text: str) -> None:
    assert [c for c, _w, _x in _statements(nlp, text) if c != "أكد"] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وأكدت الخارجية الروسية، على لسان المتحدثة باسمها ماريا زاخاروفا، أن موسكو "
            "سترد.",
            "أكدت",
            "موسكو سترد",
        ),
        ("وشدد الوزير، على هامش القمة، على أهمية التعاون.", "شدد", "أهمية التعاون"),
        ("وأكد الرئيس، على رأس وفد رفيع، أن الزيارة ناجحة.", "أكد", "الزيارة ناجحة"),
    ],
)  # fmt: skip
def test_a_comma_aside_opening_with_a_locution_of_ala_is_skipped(
    nlp, text: str, cue: str, content: str
) -> None:
    assert _contents(nlp, text, cue) == [content]


def test_ala_still_introduces_the_content_after_a_comma(nlp) -> None:
    text = "وشدد الوزير، في كلمته أمام البرلمان، على ضرورة حماية المدنيين."
    assert _contents(nlp, text, "شدد") == ["ضرورة حماية المدنيين"]


_BODY = "\n\nقال وزير الخارجية الأردني أيمن الصفدي إن الأردن يرفض التهجير.\n"


@pytest.mark.parametrize(
    ("headline", "cue"),
    [
        ("الصفدي يحذر: التهجير خط أحمر", "يحذر"),  # a verb, a colon, three words
        ("الصفدي يرد على نتنياهو: التهجير خط أحمر", "يرد"),
        ("الصفدي في حوار مع \"الشرق\": التهجير خط أحمر", ":"),  # an interview noun
        ("الصفدي لنظيره الأمريكي: التهجير خط أحمر", ":"),  # the counterpart spoken to
    ],
)  # fmt: skip
def test_headline_forms_name_the_speaker(nlp, headline: str, cue: str) -> None:
    text = "سياسة\n\n" + headline + _BODY
    assert _speakers_of(nlp, text, cue) == [("أيمن الصفدي", "التهجير خط أحمر")]


def test_a_byline_of_a_writing_verb_is_no_statement(nlp) -> None:
    text = "سياسة\n\nكتب: أحمد عبد الحليم\n\nقال الوزير إن الحكومة مستمرة."
    assert _contents(nlp, text, "كتب") == []


def test_a_comma_then_a_verb_with_its_own_subject_ends_the_content(nlp) -> None:
    text = (
        "وفيما أكد وزير الخارجية المصري بدر عبد العاطي أن مصر ترفض التهجير، شدد نظيره "
        "الأردني على الموقف نفسه."
    )
    assert _contents(nlp, text, "أكد") == ["مصر ترفض التهجير"]


def test_a_comma_then_a_verb_without_a_subject_stays_in_the_content(nlp) -> None:
    text = "وأكد الوزير محمد العلي أن الوضع صعب، يتطلب الحذر والتنسيق."
    assert _contents(nlp, text, "أكد") == ["الوضع صعب، يتطلب الحذر والتنسيق"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وأعرب الاتحاد الأوروبي في بيان صادر عن مفوضيته للشؤون الخارجية عن قلقه من "
            "التصعيد.",
            "أعرب",
            "قلقه من التصعيد",
        ),
        (
            "وحذرت الأمم المتحدة في بيان صادر عن مكتبها في جنيف من تفاقم الأزمة.",
            "حذرت",
            "تفاقم الأزمة",
        ),
        ("وشددت الرئاسة في بيان صادر عنها على ضرورة التهدئة.", "شددت", "ضرورة التهدئة"),
    ],
)  # fmt: skip
def test_the_issuer_of_a_skipped_document_is_skipped_too(
    nlp, text: str, cue: str, content: str
) -> None:
    assert _contents(nlp, text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وأكد الصفدي، وهو يتحدث للصحفيين، أن الأردن يرفض التهجير.",
            "أكد",
            "الأردن يرفض التهجير",
        ),
        (
            "وقال وزير الخارجية الأردني أيمن الصفدي، الذي كان يتحدث في مؤتمر صحفي مشترك "
            "مع نظيره المصري بدر عبد العاطي في القاهرة، إن الأردن يرفض التهجير.",
            "قال",
            "الأردن يرفض التهجير",
        ),
    ],
)  # fmt: skip
def test_a_long_relative_or_circumstantial_clause_is_skipped(
    nlp, text: str, cue: str, content: str
) -> None:
    assert _contents(nlp, text, cue) == [content]


_SAID = "قال وزير الخارجية الأردني أيمن الصفدي إن الأردن متمسك بموقفه.\n"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وجرى التأكيد على ضرورة احترام سيادة الدول.", "التأكيد", "ضرورة احترام سيادة الدول"),
        ("وتم الإعلان عن أن القمة ستعقد في الرياض.", "الإعلان", "القمة ستعقد في الرياض"),
        ("وتم التأكيد على أن الحوار هو الحل.", "التأكيد", "الحوار هو الحل"),
    ],
)  # fmt: skip
def test_a_periphrastic_passive_report_has_no_speaker(
    nlp, text: str, cue: str, content: str
) -> None:
    assert _speakers_of(nlp, _SAID + text, cue) == [(None, content)]


def test_a_renewed_masdar_reaches_its_preposition_past_an_adjunct(nlp) -> None:
    text = "وأعاد الوزير التأكيد خلال كلمته على موقف بلاده."
    assert _contents(nlp, text, "التأكيد") == ["موقف بلاده"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            _SAID + "وأضاف أن الحكومة \"فقدت البوصلة\"، على حد وصفه.",
            "أضاف",
            "الحكومة \"فقدت البوصلة\"",
        ),
        (
            "وقالت الوزيرة إن الحكومة الإسرائيلية فقدت البوصلة تماما، حسب قولها.",
            "قالت",
            "الحكومة الإسرائيلية فقدت البوصلة تماما",
        ),
    ],
)  # fmt: skip
def test_an_as_he_put_it_phrase_ends_the_content(nlp, text: str, cue: str, content: str) -> None:
    assert _contents(nlp, text, cue) == [content]


def test_an_agreement_reached_is_no_report(nlp) -> None:
    assert _statements(nlp, "وتم الاتفاق على تشكيل لجنة مشتركة.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("ووفقا لما ذكرته وكالة رويترز، فإن الاجتماع تأجل.", "رويترز", "الاجتماع تأجل"),
        (
            "وتأجل الاجتماع إلى الأسبوع المقبل، وفقا لما أعلنته وزارة الخارجية القطرية.",
            "وزارة الخارجية القطرية",
            "وتأجل الاجتماع إلى الأسبوع المقبل",
        ),
    ],
)  # fmt: skip
def test_according_to_what_x_reported_is_a_source(
    nlp, text: str, speaker: str, content: str
) -> None:
    assert _speakers_of(nlp, text, "وفقا") == [(speaker, content)]


def test_according_to_what_was_agreed_is_no_source(nlp) -> None:
    assert _statements(nlp, "وسيعقد الاجتماع وفقا لما تم الاتفاق عليه.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وينص الاتفاق على أن تنسحب القوات خلال شهر.", "ينص", "تنسحب القوات خلال شهر"),
        (
            "ولوّح وزير الخارجية الأردني أيمن الصفدي بأن الأردن قد يراجع الاتفاقيات.",
            "لوّح",
            "الأردن قد يراجع الاتفاقيات",
        ),
        (
            "وصارح وزير الخارجية الأردني أيمن الصفدي الصحفيين بأن الوضع خطير.",
            "صارح",
            "الوضع خطير",
        ),
    ],
)  # fmt: skip
def test_stipulating_hinting_and_confiding_report(nlp, text: str, cue: str, content: str) -> None:
    assert _contents(nlp, text, cue) == [content]


@pytest.mark.parametrize(
    "text",
    [
        _SAID + "ويلوح في الأفق أن الأزمة ستطول.",  # looms: no subject, no report
        "وجاء في نص البيان أن الدول الأعضاء ملتزمة بالسلام.",  # «نص» the text, a noun
    ],
)  # fmt: skip
def test_looming_or_the_noun_text_is_no_cue(nlp, text: str) -> None:
    assert [c for c, _w, _x in _statements(nlp, text) if c in ("يلوح", "نص")] == []


@pytest.mark.parametrize(
    "text",
    [
        "أصدرت وزارة الخارجية الأردنية بيانا أمس. وجاء في البيان: \"نرفض أي تدخل في "
        "شؤوننا الداخلية\".",
        "أصدرت وزارة الخارجية الأردنية بيانا أمس. وجاء في البيان: \"نرفض أي تدخل في "
        "شؤوننا\" وفق تعبيرها الخاص.",
    ],
)  # fmt: skip
def test_a_quotation_after_a_documents_colon_is_one_statement(nlp, text: str) -> None:
    got = _statements(nlp, text)
    assert [(cue, who) for cue, who, _c in got] == [("جاء", "وزارة الخارجية الأردنية")]


def test_a_second_headline_attribution_after_and_is_its_own(nlp) -> None:
    text = (
        'سياسة\n\nالصفدي: التهجير خط أحمر و"حماس": الاحتلال يماطل\n\n'
        "قال وزير الخارجية الأردني أيمن الصفدي إن الأردن يرفض التهجير. وقالت حركة حماس "
        "إن الاحتلال يماطل.\n"
    )
    assert _speakers_of(nlp, text, ":") == [
        ("أيمن الصفدي", "التهجير خط أحمر"),
        ("حركة حماس", "الاحتلال يماطل"),
    ]


def test_an_unnamed_diplomat_in_a_headline_speaks_as_nobody(nlp) -> None:
    text = 'سياسة\n\nدبلوماسي أردني لـ"الشرق": التهجير خط أحمر' + _BODY
    assert _speakers_of(nlp, text, ":") == [(None, "التهجير خط أحمر")]


def test_a_named_former_diplomat_still_speaks(nlp) -> None:
    text = "وقال الدبلوماسي الأردني السابق محمد العلي إن المفاوضات متعثرة."
    assert _speakers_of(nlp, text, "قال") == [("محمد العلي", "المفاوضات متعثرة")]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("يقول الخبير الاقتصادي محمد العلي.", [("يقول", "محمد العلي")]),
        ("ودعا الوزير إلى الحوار.", [("\"", None)]),  # a demand with its own noun
        ("وأدان الوزير الهجوم.", [("\"", None)]),
    ],
)  # fmt: skip
def test_a_sentence_of_only_a_verb_and_its_subject_claims_the_quotation_before_it(
    nlp, tail: str, expected: list
) -> None:
    text = _SAID + '"الأسعار سترتفع خلال الأشهر المقبلة". ' + tail
    assert [(cue, who) for cue, who, _c in _statements(nlp, text)][1:] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وبرأي الخبير الاقتصادي محمد العلي، فإن الأسعار سترتفع خلال العام المقبل.",
            "الأسعار سترتفع خلال العام المقبل",
        ),
        (
            "والأسعار سترتفع خلال العام المقبل، برأي الخبير الاقتصادي محمد العلي.",
            "والأسعار سترتفع خلال العام المقبل",
        ),
    ],
)  # fmt: skip
def test_in_the_opinion_of_x_is_a_source(nlp, text: str, content: str) -> None:
    assert _speakers_of(nlp, text, "برأي") == [("محمد العلي", content)]


@pytest.mark.parametrize(
    "headline",
    [
        "الصفدي لـ CNN: التهجير خط أحمر",
        "الصفدي لـCNN: التهجير خط أحمر",
        "الصفدي لـ Sky News: التهجير خط أحمر",
    ],
)  # fmt: skip
def test_an_outlet_in_latin_letters_is_not_the_speaker(nlp, headline: str) -> None:
    text = "سياسة\n\n" + headline + _BODY
    assert _speakers_of(nlp, text, ":") == [("أيمن الصفدي", "التهجير خط أحمر")]
