"""Rules added for the dev11 round (statement recall on unseen articles): interview answers,
addressees after the verb, source asides after «وأضاف،», joint and unknown-issuer documents,
«بأنها "…"» as a mixed content, headline titles matched to the body through a nisba.
Full pipeline with the packaged KB (people here are not KB entries)."""

from __future__ import annotations

import pytest
from extracted import doc_of as _doc
from extracted import label_of as _label


def _statements(doc) -> list[tuple[str, str | None, str, bool]]:
    """(cue, speaker label, content, direct) of every statement."""
    return [
        (s.cue_text, _label(doc, s.speaker), doc.text[s.content[0] : s.content[1]], s.direct)
        for s in doc._.kg_statements
    ]


_INTRO = "وقال وزير الخارجية البنغلاديشي توحيد حسين إن بلاده تستقبل اللاجئين.\n\n"


# --- interview answers ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("qa", "answer"),
    [
        ("س: كم عدد اللاجئين؟\nج: لدينا أكثر من مليون لاجئ في المخيمات.", "لدينا أكثر من مليون"),
        ("سؤال: ما موقفكم من الحوار؟\nجواب: الحوار هو الطريق الوحيد للحل.", "الحوار هو الطريق"),
    ],
)  # fmt: skip
def test_interview_answer_is_a_direct_statement_of_the_interviewee(nlp, qa, answer):
    found = _statements(_doc(nlp, _INTRO + qa))
    ans = [f for f in found if f[2].startswith(answer)]
    assert len(ans) == 1
    assert ans[0][1] == "توحيد حسين" and ans[0][3] is True


def test_dash_interview_answers(nlp):
    qa = (
        "- كم عدد اللاجئين الذين تستضيفهم بلادكم اليوم؟\n- لدينا أكثر من مليون لاجئ.\n\n"
        "- هل تلقيتم وعوداً بزيادة الدعم؟\n- الوعود كثيرة لكن التمويل قليل.\n\n"
        "- تبادل قطع من الأراضي بمساحات متساوية."
    )
    found = [(sp, body, d) for c, sp, body, d in _statements(_doc(nlp, _INTRO + qa)) if c == "-"]
    assert found == [
        ("توحيد حسين", "لدينا أكثر من مليون لاجئ", True),
        ("توحيد حسين", "الوعود كثيرة لكن التمويل قليل", True),
    ]


def test_dash_list_without_questions_is_no_statement(nlp):
    text = (
        "وتضمنت الاتفاقية بنوداً أبرزها:\n- تبادل قطع من الأراضي.\n- ضمان وصول الطرفين إلى المياه."
    )
    assert _statements(_doc(nlp, text)) == []


def test_answer_mark_without_a_question_is_no_statement(nlp):
    doc = _doc(nlp, _INTRO + "ج: لدينا أكثر من مليون لاجئ في المخيمات.")
    assert [f[0] for f in _statements(doc)] == ["قال"]


# --- who was spoken to is not the speaker -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مهم. وأكد لنظيره التركي هاكان فيدان "
         "أن موسكو مستعدة للحوار.", "أكد", "سيرغي لافروف"),
        ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مهم. وأوضح لنظيره هاكان فيدان "
         "أن موسكو مستعدة للحوار.", "أوضح", "سيرغي لافروف"),
    ],
)  # fmt: skip
def test_addressee_after_the_verb_is_not_the_speaker(nlp, text, cue, speaker):
    found = {c: sp for c, sp, _, _ in _statements(_doc(nlp, text))}
    assert found[cue] == speaker


def test_a_subject_after_the_verb_still_speaks(nlp):
    doc = _doc(nlp, "وأكد وزير الخارجية التركي هاكان فيدان أن أنقرة مستعدة للحوار.")
    assert [sp for _, sp, _, _ in _statements(doc)] == ["هاكان فيدان"]


# --- a source aside right after «وأضاف،» ------------------------------------------------------
@pytest.mark.parametrize(
    "aside",
    ["وفق ما نقلته عنه وكالة أنباء ميانمار الرسمية", "بحسب ما نقلت عنه وكالة الأنباء الرسمية"],
)
def test_source_aside_after_a_continuation_verb_keeps_the_last_speaker(nlp, aside):
    text = (
        "وقال المتحدث باسم المجلس العسكري زاو مين تون إن العمليات مستمرة. "
        f"وأضاف، {aside}، أن بلاده لا تقبل التدخل في شؤونها."
    )
    found = {c: (sp, body) for c, sp, body, _ in _statements(_doc(nlp, text))}
    assert found["أضاف"] == ("زاو مين تون", "بلاده لا تقبل التدخل في شؤونها")


# --- documents --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مهم. وجاء في البيان المشترك الصادر "
         "عن الوزيرين أن البلدين يطالبان بوقف القتال.", None),
        ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مهم. وجاء في البيان الصادر عن "
         "وزارة الخارجية الروسية أن البلدين يطالبان بوقف القتال.", "وزارة الخارجية الروسية"),
    ],
)  # fmt: skip
def test_a_joint_document_speaks_for_nobody(nlp, text, speaker):
    found = {c: sp for c, sp, _, _ in _statements(_doc(nlp, text))}
    assert found["جاء"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وقال الرئيس الصربي ألكسندر فوتشيتش إن الوضع خطير. وذكر بيان صادر عن حكومة زيلاندا '
         'أن الاعتقال قانوني.', None),
        ("وقال الرئيس الصربي ألكسندر فوتشيتش إن الوضع خطير. وذكر بيان صادر عن وزارة الخارجية "
         "الروسية أن الاعتقال استفزاز.", "وزارة الخارجية الروسية"),
    ],
)  # fmt: skip
def test_a_document_of_an_unknown_issuer_is_not_the_last_speaker(nlp, text, speaker):
    found = {c: sp for c, sp, _, _ in _statements(_doc(nlp, text))}
    assert found["ذكر"] == speaker


# --- «بأنها "…"» ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "direct"),
    [
        ('وقال رئيس البلدية ميلان يانكوفيتش إنه بريء، واصفاً الاتهامات بأنها "حملة سياسية '
         'تستهدف كل صربي".', 'أنها "حملة سياسية', False),
        ('وأكدت قيادة القوة في بيان أنها "تراقب الوضع عن كثب وستتحرك".', 'أنها "تراقب', False),
        ('وقال الوزير ألكسندر فوتشيتش إن "الوضع بات على حافة الانفجار".', "الوضع بات", True),
    ],
)  # fmt: skip
def test_pronoun_complementizer_before_a_quote_starts_a_mixed_content(nlp, text, content, direct):
    last = _statements(_doc(nlp, text))[-1]
    assert last[2].startswith(content) and last[3] is direct


# --- headline titles --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ('وزير خارجية بنغلاديش لـ"إرم نيوز": لن نقبل بموجة لجوء جديدة', "توحيد حسين"),
        ("وزير خارجية بنغلاديش: لن نقبل بموجة لجوء جديدة", "توحيد حسين"),
        ("وزير خارجية ماليزيا: لن نقبل بموجة لجوء جديدة", None),
    ],
)  # fmt: skip
def test_headline_title_matches_the_body_title_through_a_nisba(nlp, headline, speaker):
    doc = _doc(nlp, headline + "\n\n" + _INTRO)
    heads = [sp for c, sp, _, _ in _statements(doc) if c == ":"]
    assert heads == [speaker]


# --- «وفق ما نقلته X عن Y», document subjects, «طالباً عدم ذكر اسمه» -----------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("تتجه الحكومة إلى رفع أسعار الوقود مطلع العام المقبل، وفق ما نقلته صحيفة الشرق الأوسط "
         "عن وزير المالية السعودي محمد الجدعان.", "محمد الجدعان"),
        ("تتجه الحكومة إلى رفع أسعار الوقود مطلع العام المقبل، وفق ما نقلته صحيفة الشرق الأوسط.",
         "الشرق الأوسط"),
    ],
)  # fmt: skip
def test_trailing_source_carried_by_an_outlet_speaks_for_whom_it_quoted(nlp, text, speaker):
    found = _statements(_doc(nlp, text))
    assert len(found) == 1 and found[0][1] is not None and found[0][1].endswith(speaker)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("وأشار التقرير الصادر عن منظمة العفو الدولية إلى أن آلاف المدنيين قتلوا.", "أشار",
         "منظمة العفو الدولية", "آلاف المدنيين"),
        ("وشدد البيان الختامي للقمة على ضرورة احترام سيادة الدول.", "شدد", None, "ضرورة احترام"),
        ("وأكد البيان المشترك أن التعاون بين البلدين سيتوسع.", "أكد", None, "التعاون بين"),
    ],
)  # fmt: skip
def test_document_noun_phrase_as_subject(nlp, text, cue, speaker, content):
    found = {c: (sp, body) for c, sp, body, _ in _statements(_doc(nlp, text))}
    assert found[cue][0] == speaker and found[cue][1].startswith(content)


def test_demand_with_a_noun_complement_is_no_statement(nlp):
    doc = _doc(nlp, "وطالب وزير الخارجية التركي هاكان فيدان بوقف فوري لإطلاق النار.")
    assert _statements(doc) == []


def test_anonymity_aside_with_a_participle_is_skipped(nlp):
    text = 'وقال مسؤول مصري لـ"العربي الجديد"، طالباً عدم ذكر اسمه، إن القاهرة تلقت ردوداً.'
    found = _statements(_doc(nlp, text))
    assert [(c, sp) for c, sp, _, _ in found] == [("قال", None)]


# --- «ذهب X إلى أن», «…، على حد قول X» ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وذهب وزير الخارجية التركي هاكان فيدان إلى أن الأزمة قد تطول.",
         [("ذهب", "هاكان فيدان", "الأزمة قد تطول")]),
        ("وذهب وزير الخارجية التركي هاكان فيدان إلى موسكو لإجراء محادثات.", []),
        ("الحل السياسي ما زال ممكناً رغم تعثر المفاوضات، على حد قول وزير الخارجية التركي "
         "هاكان فيدان.", [("على", "هاكان فيدان", "الحل السياسي ما زال ممكناً رغم تعثر المفاوضات")]),
        ("وتعثرت المفاوضات على حد علمنا.", []),
    ],
)  # fmt: skip
def test_went_as_far_as_and_trailing_as_far_as_source(nlp, text, found):
    assert [(c, sp, body) for c, sp, body, _ in _statements(_doc(nlp, text))] == found


# --- a quotation run on into the next paragraph, dual verbs -----------------------------------
def test_participle_after_a_run_on_quotation_keeps_its_speaker(nlp):
    text = (
        'وقال وزير الخارجية التركي هاكان فيدان: "نحن ندعم الحل السياسي، ونرفض أي تدخل.\n\n'
        '"لن نسمح بتقسيم البلاد تحت أي ظرف"، مضيفاً أن أنقرة ستواصل التنسيق مع موسكو.'
    )
    found = {c: sp for c, sp, _, _ in _statements(_doc(nlp, text))}
    assert found == {"قال": "هاكان فيدان", "مضيفاً": "هاكان فيدان"}


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وأصدر وزيرا خارجية تركيا وروسيا بياناً مشتركاً أكدا فيه أن الحوار هو السبيل الوحيد.",
         "أكدا", None),
        ("والتقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف. وقالا إن الحوار "
         "مستمر.", "قالا", None),
        ("والتقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف. وقال إن الحوار "
         "مستمر.", "قال", "هاكان فيدان"),
    ],
)  # fmt: skip
def test_a_dual_verb_has_a_joint_speaker(nlp, text, cue, speaker):
    found = {c: sp for c, sp, _, _ in _statements(_doc(nlp, text))}
    assert found[cue] == speaker


# --- a participle after a clause whose subject is an unnamed role -----------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("استقبل رئيس الوزراء الهايتي وفداً كينياً برئاسة وزير الداخلية كيبتشومبا موركومين، "
         "مؤكداً أن التعاون الأمني سيتعزز.", None),
        ("استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الروسي سيرغي لافروف في أنقرة، "
         "مؤكداً أن الحوار مهم.", "رجب طيب أردوغان"),
    ],
)  # fmt: skip
def test_participle_is_not_spoken_by_the_object_after_an_unnamed_subject(nlp, text, speaker):
    found = {c: sp for c, sp, _, _ in _statements(_doc(nlp, text))}
    assert found["مؤكداً"] == speaker


# --- a document's relative clause, «وزاد X أن», «أفصح عن» -------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وأكدت وزارة الخارجية الروسية في بيان أصدرته مساء الأحد ونشرته على موقعها الإلكتروني "
         "أن الحوار هو السبيل الوحيد.", [("أكدت", "وزارة الخارجية الروسية",
                                          "الحوار هو السبيل الوحيد")]),
        ("وزاد وزير الخارجية التركي هاكان فيدان أن الحوار هو السبيل الوحيد.",
         [("زاد", "هاكان فيدان", "الحوار هو السبيل الوحيد")]),
        ("وزاد عدد النازحين إلى أكثر من مليون شخص خلال الشهر الماضي.", []),
        ("وأفصح وزير الخارجية التركي هاكان فيدان عن أن الحوار هو السبيل الوحيد.",
         [("أفصح", "هاكان فيدان", "الحوار هو السبيل الوحيد")]),
    ],
)  # fmt: skip
def test_document_relative_clause_and_more_verbs(nlp, text, found):
    assert [(c, sp, body) for c, sp, body, _ in _statements(_doc(nlp, text))] == found


# --- a subject-less verb agrees in gender with the speaker it continues -----------------------
_TWO = (
    "وقالت وزارة الخارجية الروسية في بيان إن موسكو ترفض العقوبات. وقال المتحدث باسم الكرملين "
    "ديمتري بيسكوف إن بوتين لم يتخذ قراراً. "
)


@pytest.mark.parametrize(
    ("last", "cue", "speaker"),
    [
        ("وأضافت أن الرد سيكون حازماً.", "أضافت", "وزارة الخارجية الروسية"),
        ("وأضاف أن الرد سيكون حازماً.", "أضاف", "دميتري بيسكوف"),
    ],
)
def test_continuation_agrees_in_gender(nlp, last, cue, speaker):
    found = {c: sp for c, sp, _, _ in _statements(_doc(nlp, _TWO + last))}
    assert found[cue] == speaker


# --- «وسبق أن أكد X», «عاد X ليؤكد أن» --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وسبق أن أكد وزير الخارجية التركي هاكان فيدان أن بلاده لن تقبل بالأمر الواقع.",
         [("أكد", "هاكان فيدان", "بلاده لن تقبل بالأمر الواقع")]),
        ("وعاد وزير الخارجية التركي هاكان فيدان ليؤكد أن بلاده لن تقبل بالأمر الواقع.",
         [("يؤكد", "هاكان فيدان", "بلاده لن تقبل بالأمر الواقع")]),
        ("وتسعى الحكومة ليؤكد الجميع التزامهم بالاتفاق.", []),
        ("وأراد الوزير أن يؤكد حضوره في القمة.", []),
    ],
)  # fmt: skip
def test_report_after_sabaqa_an_and_purpose_lam(nlp, text, found):
    assert [(c, sp, body) for c, sp, body, _ in _statements(_doc(nlp, text))] == found


# --- standalone quotations ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وقال وزير الخارجية التركي هاكان فيدان: "نحن ندعم الحل السياسي في المنطقة".\n\n'
         '"ولن نقبل بأي تدخل عسكري في شؤون جيراننا".', "هاكان فيدان"),
        ('"لن نقبل بأي تدخل عسكري في شؤون جيراننا"، هكذا لخص وزير الخارجية التركي هاكان فيدان '
         "موقف بلاده.", "هاكان فيدان"),
        ('وقال وزير الخارجية التركي هاكان فيدان إن بلاده تدعم الحل.\n\nوتظاهر المئات أمس.\n\n'
         '"ولن نقبل بأي تدخل عسكري في شؤون جيراننا".', None),
        ('وقال وزير الخارجية التركي هاكان فيدان: "نحن ندعم الحل السياسي في المنطقة".\n\n'
         '"الحرب دمرت كل شيء في المدينة".', None),
    ],
)  # fmt: skip
def test_standalone_quotation_speaker(nlp, text, speaker):
    quotes = [sp for c, sp, _, _ in _statements(_doc(nlp, text)) if c == '"']
    assert quotes == [speaker]


# --- channel past an apposition, «نافياً + noun», a date line naming its outlet ----------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('ونقلت صحيفة "جاكرتا بوست" عن وزير الخارجية التركي هاكان فيدان، رئيس الوفد التركي إلى '
         'القمة، قوله إن الزيارة "تفتح صفحة جديدة".', "نقلت", "الزيارة"),
        ("من جهته، أكد الوزير هاكان فيدان أن بلاده باقية في القوة المشتركة، نافياً وجود خلافات "
         "مع أبوجا.", "نافياً", "وجود خلافات مع أبوجا"),
    ],
)  # fmt: skip
def test_channel_apposition_and_denial_of_a_noun(nlp, text, cue, content):
    found = {c: body for c, _, body, _ in _statements(_doc(nlp, text))}
    assert found[cue].startswith(content)


def test_denial_participle_of_a_demonstrative_is_no_statement(nlp):
    doc = _doc(nlp, "وسئل الوزير هاكان فيدان عن الخلافات، نافياً ذلك.")
    assert "نافياً" not in [c for c, _, _, _ in _statements(doc)]


@pytest.mark.parametrize(
    ("dateline", "heads"),
    [("مانيلا - بكين: «الشرق الأوسط»", []), ("فيدان: «لن نقبل بالأمر الواقع»", ["هاكان فيدان"])],
)
def test_dateline_naming_its_outlet_is_no_headline_statement(nlp, dateline, heads):
    text = dateline + "\n\nوقال وزير الخارجية التركي هاكان فيدان إن بلاده لن تقبل بالأمر الواقع."
    found = [sp for c, sp, _, _ in _statements(_doc(nlp, text)) if c == ":"]
    assert found == heads
