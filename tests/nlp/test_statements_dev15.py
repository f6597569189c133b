"""Rules added for the dev15 round (held-out-style articles), each as a class: «حمّل X
المسؤولية» is an accusation, a statement only with أن or a quotation; a coordinated verb does not
take a quotation already inside an earlier statement's content. Sentences are invented (not
copied from dev15); full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import doc_of, statements


def _cues(found):
    return [f[0] for f in found]


# --- «حمّل X المسؤولية»: an accusation, no statement without أن or a quotation -------------------
@pytest.mark.parametrize(
    "text",
    [
        "وحمّلت الحكومة اليمنية جماعة الحوثي مسؤولية انهيار الهدنة.",
        "وحمّل وزير الداخلية الفصائل المسلحة المسؤولية الكاملة عن التفجير.",
        "فيما يحمّل المحتجون الحكومة مسؤولية انقطاع المياه منذ أسابيع.",
        "وحمّلوا الإدارة المحلية مسؤولية تأخر المشاريع.",
    ],
)
def test_blaming_with_a_noun_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وحمّلت الخارجية الفلسطينية إسرائيل المسؤولية، مؤكدة أن التصعيد يهدد المنطقة.",
         "التصعيد يهدد المنطقة"),
        ("وحمّل الوزير الحوثيين مسؤولية التصعيد، وقال إن الحكومة لن تقبل بالابتزاز.",
         "الحكومة لن تقبل بالابتزاز"),
    ],
)  # fmt: skip
def test_blaming_then_a_clause_reports_the_clause(nlp, text, content):
    found = statements(nlp, text)
    assert [f[2] for f in found] == [content]


# --- a coordinated verb does not take the earlier statement's quotation -------------------------
@pytest.mark.parametrize(
    "text",
    [
        'واعتبرت الجبهة الوطنية أن القرار "خطوة متأخرة لا تكفي وحدها"، وطالبت بإعادة الانتخابات.',
        'وأكد الحزب أن النتائج "لا تعكس إرادة الناخبين"، وطالب في بيان بفتح تحقيق عاجل.',
        'ورأت النقابة أن الاتفاق "جاء بعد مفاوضات شاقة وطويلة"، وطالبت الحكومة بتنفيذه.',
    ],
)
def test_coordinated_demand_takes_no_earlier_quotation(nlp, text):
    found = statements(nlp, text)
    assert len(found) == 1
    assert "طالب" not in found[0][0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"الحكومة ماضية في الإصلاحات الاقتصادية"، قال الوزير محمد العلي.', "قال"),
        ('"لن نتراجع عن مطالبنا المشروعة"، قالت رئيسة النقابة هدى المصري.', "قالت"),
    ],
)
def test_postposed_verb_still_takes_its_quotation(nlp, text, cue):
    assert _cues(statements(nlp, text)) == [cue]


# --- headlines: a date line ending in a colon, a place label before a second attribution --------
@pytest.mark.parametrize(
    "dateline",
    [
        "عدن - المصدر أونلاين:",
        "بيروت - الوكالة الوطنية للإعلام:",
        "القاهرة - وكالة أنباء الشرق الأوسط:",
    ],
)
def test_colon_ending_its_line_is_no_headline(nlp, dateline):
    text = f"{dateline}\n\nالإثنين 8 ديسمبر 2025\n\nافتتح المعرض الدولي للكتاب أبوابه أمس."
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("place", "rest"),
    [
        ("البصرة", "محتجون يغلقون طريقاً رئيسياً احتجاجاً على شح المياه.. والمحافظ: \"مطالبكم محقة\""),
        ("نينوى", "السيول تجرف منازل في قرى الموصل.. والدفاع المدني: \"فرقنا في الميدان\""),
        ("حلب", "عودة آلاف العائلات إلى أحياء المدينة.. والمحافظ: \"سنعيد الخدمات تباعاً\""),
    ],
)  # fmt: skip
def test_place_label_before_second_attribution_is_a_topic(nlp, place, rest):
    text = f"{place}: {rest}\n\nشهدت المدينة أمس تطورات متسارعة على أكثر من صعيد."
    found = statements(nlp, text)
    assert place not in [f[1] for f in found]
    assert not any(f[2].startswith(rest[:10]) for f in found)


# --- an interview's answers belong to the person the introduction names after «مع» ------------
_QA = (
    "\n\nس: هل اقتربتم من اتفاق نهائي؟\nج: نحن أقرب من أي وقت مضى إلى اتفاق شامل.\n\n"
    "س: وماذا عن المعتقلين؟\nج: هذا ملف إنساني لا يقبل المساومة أبداً."
)


@pytest.mark.parametrize(
    ("intro", "who"),
    [
        ('وقال المبعوث الأممي هانس غروندبرغ إن المحادثات مثمرة. وفي ما يلي مقتطفات من حوار أجرته '
         '"الشرق" مع عضو الوفد المفاوض، العميد عبد الرقيب الشرعبي:', "عبد الرقيب الشرعبي"),
        ('وأكد وزير الخارجية الروسي سيرغي لافروف أن موسكو تدعم الحوار. وأجرت الصحيفة مقابلة مع '
         'رئيس الوزراء العراقي محمد شياع السوداني، هذا نصها:', "محمد شياع السوداني"),
    ],
)  # fmt: skip
def test_interview_answers_go_to_the_interviewee(nlp, intro, who):
    found = statements(nlp, intro + _QA)
    answers = [f for f in found if f[0] == "ج"]
    assert len(answers) == 2
    assert all(f[1] == who for f in answers)


def test_interview_without_named_interviewee_keeps_last_speaker(nlp):
    intro = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار. وفي ما يلي نص الحوار:"
    found = statements(nlp, intro + _QA)
    assert [f[1] for f in found if f[0] == "ج"] == ["سيرغي لافروف", "سيرغي لافروف"]


# --- «بحسب/وفق بيان لـX، فإن …»: an indefinite document names its issuer -----------------------
@pytest.mark.parametrize(
    ("text", "who", "content"),
    [
        ("وبحسب بيان لوزارة الصحة، فإن عدد الإصابات ارتفع إلى مئة.", "وزارة الصحة",
         "عدد الإصابات ارتفع إلى مئة"),
        ("وحسب تقرير لوزارة الصحة، فإن المستشفيات تعمل بطاقتها القصوى.", "وزارة الصحة",
         "المستشفيات تعمل بطاقتها القصوى"),
        ("ووفق بيان صادر عن وزارة الخارجية القطرية، فإن الاجتماع سيعقد الأحد.",
         "وزارة الخارجية القطرية", "الاجتماع سيعقد الأحد"),
    ],
)  # fmt: skip
def test_source_document_with_issuer(nlp, text, who, content):
    assert statements(nlp, text) == [(text.split()[0].removeprefix("و"), who, content)]


def test_source_document_alone_has_no_speaker(nlp):
    found = statements(nlp, "وبحسب البيان، فإن الاجتماع سيعقد الأحد.")
    assert [(f[1], f[2]) for f in found] == [(None, "الاجتماع سيعقد الأحد")]


# --- «وشددت X، في بيان صدر …، على …»: a comma-closed aside before the complement --------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وشددت المملكة، في بيان صدر اليوم، على ضرورة التزام الطرفين بالهدنة.", "شددت",
         "ضرورة التزام الطرفين بالهدنة"),
        ("وحذرت الأمم المتحدة، في تقرير صدر الثلاثاء، من تفاقم الأزمة الإنسانية.", "حذرت",
         "تفاقم الأزمة الإنسانية"),
        ("وأكدت الخارجية المصرية، خلال اجتماع عقد أمس في القاهرة، على دعمها للحل السياسي.", "أكدت",
         "دعمها للحل السياسي"),
    ],
)  # fmt: skip
def test_comma_aside_before_the_complement(nlp, text, cue, content):
    assert [(f[0], f[2]) for f in statements(nlp, text)] == [(cue, content)]


def test_joint_subject_past_an_aside_is_nobody(nlp):
    text = "وشددت المملكة والولايات المتحدة، في بيان مشترك صدر اليوم، على ضرورة وقف القتال."
    assert statements(nlp, text) == [("شددت", None, "ضرورة وقف القتال")]


def test_aside_without_a_complement_is_no_statement(nlp):
    assert statements(nlp, "وشاركت المملكة، في مؤتمر عقد أمس، بوفد رفيع المستوى.") == []


# --- «بحسب مصدر … تحدث لـ"X"، فإن …»: a relative clause of an unnamed source -----------------
@pytest.mark.parametrize(
    "source",
    [
        'وبحسب مصدر دبلوماسي جزائري تحدث لـ"الشروق"',
        "وبحسب مصدر دبلوماسي تحدث للصحيفة",
        'ووفق مصادر مطلعة تحدثت إلى "رويترز"',
        "وبحسب مسؤول أمني طلب عدم الكشف عن هويته",
    ],
)
def test_unnamed_source_with_relative_clause(nlp, source):
    found = statements(nlp, f"{source}، فإن المفاوضات متعثرة منذ أسابيع.")
    assert [(f[1], f[2]) for f in found] == [(None, "المفاوضات متعثرة منذ أسابيع")]


# --- «…، وهو ما نفاه X، قائلاً …»: the participle is the denier's ------------------------------
_CLAIM = 'وقال وزير الخارجية الروسي سيرغي لافروف إن "واشنطن تعرقل الحل السياسي"، '


@pytest.mark.parametrize(
    ("reply", "who"),
    [
        ("وهو ما نفاه مصدر مقرب من الخارجية الأمريكية، قائلاً إن", None),
        ("وهو ما نفته الخارجية الأمريكية، مؤكدة أن", "وزارة الخارجية الأمريكية"),
        ("وهو ما نفاه مسؤولون أمريكيون، مشيرين إلى أن", None),
    ],
)  # fmt: skip
def test_participle_after_relative_denial(nlp, reply, who):
    found = statements(nlp, f"{_CLAIM}{reply} واشنطن تدعم الحوار.")
    assert [f[1] for f in found] == ["سيرغي لافروف", who]
    assert found[-1][2] == "واشنطن تدعم الحوار"


@pytest.mark.parametrize("verb", ["نفاه", "نفاها", "نفاهم"])
def test_relative_denial_alone_is_no_statement(nlp, verb):
    found = statements(nlp, f"{_CLAIM}وهو ما {verb} المتحدث باسم الخارجية الأمريكية.")
    assert [f[0] for f in found] == ["قال"]


# --- «أما X فـverb Y …»: X is the subject, the noun after the verb its object -------------------
@pytest.mark.parametrize(
    ("text", "cue", "who"),
    [
        ('أما الحكومة العراقية فطالبت واشنطن بسحب قواتها، وقالت إن "الوجود الأجنبي لم يعد مبرراً".',
         "قالت", "العراق"),
        ("أما وزير الخارجية الروسي سيرغي لافروف فأبلغ نظيره الأمريكي أن موسكو لن تتراجع.",
         "أبلغ", "سيرغي لافروف"),
        ('وأما الرئيس الفرنسي إيمانويل ماكرون فانتقد ألمانيا بشدة، وكتب على منصة "إكس": "أوروبا '
         'تحتاج إلى الوحدة".', "كتب", "إيمانويل ماكرون"),
    ],
)  # fmt: skip
def test_amma_topic_is_the_subject(nlp, text, cue, who):
    found = statements(nlp, text)
    assert [(f[0], f[1]) for f in found] == [(cue, who)]


def test_fa_verb_without_amma_keeps_its_own_subject(nlp):
    text = "وصل الوفد إلى بغداد فأكد وزير الخارجية فؤاد حسين أن المحادثات ستبدأ غداً."
    assert [f[1] for f in statements(nlp, text)] == ["فؤاد حسين"]


# --- praise and welcome participles end a content and report nothing ---------------------------
@pytest.mark.parametrize(
    ("participle", "rest"),
    [
        ("مثمنة", '"الروح الإيجابية" التي سادت الجولة'),
        ("مشيداً", "بدور البرلمان في إقرار الموازنة"),
        ("مرحباً", "بالخطوات التي اتخذتها الأطراف"),
        ("مثمنين", "جهود الوسطاء في المنطقة"),
    ],
)
def test_praise_participle_ends_the_content(nlp, participle, rest):
    text = f'وأكدت الوزارة في بيان أن السلطنة "ستواصل دعم مسار السلام"، {participle} {rest}.'
    found = statements(nlp, text)
    assert [f[2] for f in found] == ['السلطنة "ستواصل دعم مسار السلام"']


# --- verbs and participles of promising, showing, hinting, surprise; «معلقاً/متابعاً:» ----------
_MIN = "وزير الصحة اللبناني فراس الأبيض"


@pytest.mark.parametrize(
    ("verb", "link"),
    [("ووعد", "بأن"), ("وعد", "بأن"), ("ولمّح", "إلى أن"), ("ويلمح", "إلى أن"),
     ("واستغرب", "أن"), ("ويستغرب", "أن")],
)  # fmt: skip
def test_new_verbs_of_saying(nlp, verb, link):
    found = statements(nlp, f"{verb} {_MIN} {link} الحكومة ستدفع الرواتب قريباً.")
    assert [(f[1], f[2]) for f in found] == [("فراس الأبيض", "الحكومة ستدفع الرواتب قريباً")]


@pytest.mark.parametrize(
    "subject", ["أرقام وزارة الصحة", "استطلاع للرأي", "إحصاءات رسمية", "صور الأقمار الصناعية"]
)
def test_showed_reports_with_its_subject(nlp, subject):
    found = statements(nlp, f"وأظهرت {subject} أن المستشفيات ممتلئة.")
    assert [f[2] for f in found] == ["المستشفيات ممتلئة"]


@pytest.mark.parametrize(
    "text",
    [
        "ويظهر أن الحكومة عاجزة عن الحل.",  # impersonal: it appears
        "ويعد هذا الاتفاق الأول من نوعه في المنطقة.",  # يُعدّ: is considered
        "وأطلقت الشركة مشاريع واعدة في المنطقة.",  # واعدة: promising
        "ويظهر الرئيس في صورة مع قادة الجيش.",  # appears
    ],
)
def test_look_alikes_of_new_verbs_are_no_statements(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("participle", "content"),
    [("واعداً بأن", "الرواتب ستدفع قريباً"), ("معلقاً:", '"لن نسكت بعد اليوم"'),
     ("متابعاً:", '"لن نسكت بعد اليوم"'), ("معلقة:", '"لن نسكت بعد اليوم"')],
)  # fmt: skip
def test_new_participles_continue_the_speaker(nlp, participle, content):
    found = statements(nlp, f"وقال {_MIN} إن الأزمة مستمرة، {participle} {content}.")
    cue = participle.split()[0].rstrip(":")
    assert [(f[0], f[1], f[2]) for f in found][1:] == [(cue, "فراس الأبيض", content.strip('"'))]


# --- «ردّ X بالقول إن …»: one statement (cued by «بالقول»), not two --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "وردّ وزير الصحة اللبناني فراس الأبيض بالقول إن المستشفيات ممتلئة.",
        'وعلّق وزير الصحة اللبناني فراس الأبيض بالقول: "المستشفيات ممتلئة".',
        "وأجاب وزير الصحة اللبناني فراس الأبيض بالقول إن المستشفيات ممتلئة.",
    ],
)
def test_verb_then_bilqawl_is_one_statement(nlp, text):
    found = statements(nlp, text)
    assert [(f[1], f[2]) for f in found] == [("فراس الأبيض", "المستشفيات ممتلئة")]


def test_participle_with_its_own_content_stays(nlp):
    text = "وقال وزير الصحة اللبناني فراس الأبيض إن المستشفيات ممتلئة، مضيفاً أن الأدوية نفدت."
    assert [f[2] for f in statements(nlp, text)] == ["المستشفيات ممتلئة", "الأدوية نفدت"]


# --- «…، كما قال X.»: a trailing attribution reports the clause before it ---------------------
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("والوضع الإنساني يتدهور بسرعة في القطاع، كما قالت الأمم المتحدة.", "الأمم المتحدة"),
        ("والوضع الإنساني يتدهور بسرعة في القطاع، كما أكدت الأمم المتحدة.", "الأمم المتحدة"),
        ("والمستشفيات ممتلئة منذ أيام، كما قال وزير الصحة اللبناني فراس الأبيض.", "فراس الأبيض"),
        ("والمفاوضات متعثرة منذ أسابيع، كما أوضح وزير الخارجية الروسي سيرغي لافروف أمس.",
         "سيرغي لافروف"),
    ],
)  # fmt: skip
def test_trailing_as_said(nlp, text, who):
    found = statements(nlp, text)
    assert len(found) == 1 and found[0][1] == who
    assert text.startswith(found[0][2]) and "كما" not in found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "وتتحسن الأوضاع تدريجياً في المدينة، كما أكدت الأمم المتحدة دعمها للخطة.",  # also
        "وذلك كما قال الرئيس.",  # too short to be a proposition
    ],
)
def test_as_said_needs_a_bare_clause(nlp, text):
    assert not any(text.startswith(f[2]) for f in statements(nlp, text))


# --- «لافتاً النظر/الانتباه إلى أن»: the object of لفت before its إلى ------------------------
_LAVROV_SAID = "وقال وزير الخارجية الروسي سيرغي لافروف إن المفاوضات صعبة"


@pytest.mark.parametrize("obj", ["النظر", "الانتباه", "الأنظار"])
@pytest.mark.parametrize("cue", ["لافتاً", "لافتة", "لافتين"])
def test_lafitan_attention_to(nlp, cue, obj):
    text = f"{_LAVROV_SAID}، {cue} {obj} إلى أن الغرب يعرقلها."
    found = statements(nlp, text)
    assert found[-1] == (cue, "سيرغي لافروف", "الغرب يعرقلها")


def test_attention_without_ila_is_no_statement(nlp):
    assert statements(nlp, "وجذب المعرض الانتباه بتصاميمه الجديدة.") == []


# --- passive channel «ونُقل عن X قوله»: X speaks ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ونُقل عن وزير الصحة اللبناني فراس الأبيض قوله إن المستشفيات ممتلئة.", "فراس الأبيض"),
        ("ونُقل عن وزير الخارجية الروسي سيرغي لافروف قوله إن المفاوضات صعبة.", "سيرغي لافروف"),
        ("ونُقل عن مصدر أمني قوله إن المستشفيات ممتلئة.", None),
    ],
)
def test_passive_channel_keeps_the_source(nlp, text, who):
    assert [f[1] for f in statements(nlp, text)] == [who]


def test_passive_report_has_no_speaker(nlp):
    assert [f[1] for f in statements(nlp, "وأُعلن في القاهرة أن المفاوضات ستستأنف الأحد.")] == [None]


# --- «وكشفت وثيقة اطلعت عليها "X" أن …»: X saw the document, it did not write it ---------------
@pytest.mark.parametrize(
    "text",
    [
        'وكشفت وثيقة حكومية اطلعت عليها "الشرق الأوسط" أن المستشفيات ممتلئة.',
        "وكشفت وثيقة اطلعت عليها وكالة رويترز أن المستشفيات ممتلئة.",
        'وأظهرت دراسة حصلت عليها صحيفة "الغارديان" أن المستشفيات ممتلئة.',
        'وذكرت مسودة اطلعت عليها "العربية" أن المستشفيات ممتلئة.',
    ],
)
def test_document_seen_by_an_outlet_is_unnamed(nlp, text):
    assert statements(nlp, text)[0][1:] == (None, "المستشفيات ممتلئة")


@pytest.mark.parametrize(
    "text",
    ["وذكر تقرير لوزارة الصحة أن المستشفيات ممتلئة.",
     "وكشفت وثيقة صادرة عن وزارة الصحة أن المستشفيات ممتلئة."],
)  # fmt: skip
def test_document_with_its_issuer(nlp, text):
    assert statements(nlp, text)[0][1:] == ("وزارة الصحة", "المستشفيات ممتلئة")


# --- «…، حسبما أفادت X», «…، على ما أعلنت X», «وحسبما أفادت X، فإن …» -----------------------
_CLAUSE = "والمفاوضات صعبة ومعقدة للغاية"
_MFA = "وزارة الخارجية الروسية"


@pytest.mark.parametrize(
    "source", ["حسبما أفادت", "على ما أعلنت", "حسبما ذكرت", "على ما أكدت", "وفق ما أعلنت"]
)
def test_trailing_source_with_ma(nlp, source):
    found = statements(nlp, f"{_CLAUSE}، {source} {_MFA}.")
    assert [(f[1], f[2]) for f in found] == [(_MFA, _CLAUSE)]


def test_leading_hasabama(nlp):
    found = statements(nlp, f"وحسبما أفادت {_MFA}، فإن المفاوضات صعبة ومعقدة.")
    assert [(f[0], f[1], f[2]) for f in found] == [("حسبما", _MFA, "المفاوضات صعبة ومعقدة")]


@pytest.mark.parametrize(
    "text",
    [
        "وحصل الفريق على ما أراد من الصفقة بعد مفاوضات طويلة.",
        f"{_CLAUSE}، على ما يبدو.",
        "وتعرف الوزارة على ما أعلنته الشركة من خطط جديدة.",  # no comma: not a source
    ],
)
def test_ala_ma_look_alikes(nlp, text):
    assert statements(nlp, text) == []


def test_repeat_verb_with_a_long_subject(nlp):
    text = "وأعاد وزير الخارجية الروسي سيرغي لافروف التأكيد على أن المفاوضات صعبة."
    assert statements(nlp, text) == [("التأكيد", "سيرغي لافروف", "المفاوضات صعبة")]


# --- «وأكد X عند استقباله Y أن …»: عند opens an adjunct like خلال/أثناء ----------------------
@pytest.mark.parametrize("adjunct", ["عند استقباله", "عند لقائه", "خلال استقباله", "أثناء لقائه"])
def test_temporal_adjunct_before_the_clause(nlp, adjunct):
    text = f"وأكد وزير الخارجية الروسي سيرغي لافروف {adjunct} نظيره التركي أن المفاوضات صعبة."
    assert statements(nlp, text) == [("أكد", "سيرغي لافروف", "المفاوضات صعبة")]


# --- «وأضاف المصدر، الذي طلب عدم الكشف عن هويته، أن …»: a comma-closed relative clause ---------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وأضاف المصدر، الذي طلب عدم الكشف عن هويته، أن المفاوضات صعبة.", "أضاف"),
        ("وقال المصدر، الذي طلب عدم الكشف عن هويته، إن المفاوضات صعبة.", "قال"),
        ("وقالت المتحدثة، التي كانت تتحدث للصحفيين في جنيف، إن المفاوضات صعبة.", "قالت"),
        ("وأكدت المصادر، التي أكدت صحة الوثيقة، أن المفاوضات صعبة.", "أكدت"),
    ],
)
def test_relative_clause_between_subject_and_clause(nlp, text, cue):
    assert statements(nlp, text) == [(cue, None, "المفاوضات صعبة")]


def test_relative_clause_with_its_own_clause_is_content(nlp):
    text = "وقال وزير الخارجية الروسي سيرغي لافروف، الذي وصل إلى أنقرة أمس، إن المفاوضات صعبة."
    assert statements(nlp, text) == [("قال", "سيرغي لافروف", "المفاوضات صعبة")]


# --- a headline's short organisation name («الوطنية للانتخابات: …») ---------------------------
@pytest.mark.parametrize(
    ("short", "body"),
    [
        ("الوطنية للانتخابات", "وأعلنت الهيئة الوطنية للانتخابات اليوم نتائج الجولة الأولى."),
        ("العليا للانتخابات", "وقالت المفوضية العليا للانتخابات إن النتائج ستعلن غداً."),
        ("الدولية للهجرة", "وذكرت المنظمة الدولية للهجرة أن آلاف الأسر نزحت."),
    ],
)
def test_headline_short_organisation_name(nlp, short, body):
    text = f"{short}: إلغاء نتائج 19 دائرة وإعادة التصويت فيها\n\n{body}"
    found = statements(nlp, text)
    assert found[0][0] == ":" and found[0][2] == "إلغاء نتائج 19 دائرة وإعادة التصويت فيها"
    assert found[0][1] is not None and found[0][1].endswith(short)


def test_headline_words_not_ending_a_body_name_are_no_speaker(nlp):
    body = "وقالت الهيئة الوطنية للانتخابات إن النتائج ستعلن."
    text = f"الأسعار المرتفعة: أزمة تتفاقم في الأسواق\n\n{body}"
    assert [f for f in statements(nlp, text) if f[0] == ":"] == []


# --- interview questions opened by a bullet, answers by a dash ---------------------------------
@pytest.mark.parametrize("bullet", ["*", "•", "■"])
def test_bulleted_questions_dash_answers(nlp, bullet):
    text = (
        "وفي ما يلي نص الحوار مع وزير الخارجية الروسي سيرغي لافروف:\n\n"
        f"{bullet} هل المفاوضات صعبة؟\n- نعم، المفاوضات صعبة ومعقدة للغاية.\n\n"
        f"{bullet} متى تنتهي؟\n- لا أحد يعرف متى ستنتهي المفاوضات."
    )
    found = [f for f in statements(nlp, text) if f[0] == "-"]
    assert found == [
        ("-", "سيرغي لافروف", "نعم، المفاوضات صعبة ومعقدة للغاية"),
        ("-", "سيرغي لافروف", "لا أحد يعرف متى ستنتهي المفاوضات"),
    ]


def test_bulleted_list_without_questions_has_no_answers(nlp):
    text = "وقال لافروف إن الوضع صعب.\n\n* البند الأول: وقف النار.\n- يبدأ التنفيذ فوراً."
    assert [f for f in statements(nlp, text) if f[0] == "-"] == []


# --- «تساءل X عمّا إذا …», «كشف X عمّا …»: عمّا is عن + ما -----------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وتساءل وزير الخارجية الروسي سيرغي لافروف عما إذا كانت واشنطن جادة في التفاوض.", "تساءل"),
        (
            "وتساءلت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا عمّا إذا كانت واشنطن جادة.",
            "تساءلت",
        ),
        ("وكشف وزير الخارجية الروسي سيرغي لافروف عما جرى في الاجتماع المغلق.", "كشف"),
    ],
)
def test_an_ma_complement(nlp, text, cue):
    found = statements(nlp, text)
    assert [f[0] for f in found] == [cue]
    assert "عما" not in found[0][2] and "عمّا" not in found[0][2]


# --- «وزراء خارجية دول X (من Y): …»: a group of officials in a headline speaks, nobody named ----
@pytest.mark.parametrize(
    "group",
    ["وزراء خارجية دول الخليج", "قادة دول الساحل من نيامي", "رؤساء البرلمانات العربية",
     "مسؤولو الأمم المتحدة"],
)  # fmt: skip
def test_headline_group_of_officials(nlp, group):
    text = f"{group}: الحل السياسي هو الخيار الوحيد للأزمة\n\nاختتم الاجتماع أعماله أمس."
    found = [f for f in statements(nlp, text) if f[0] == ":"]
    assert found == [(":", None, "الحل السياسي هو الخيار الوحيد للأزمة")]


def test_headline_plural_noun_not_a_title_is_no_speaker(nlp):
    text = "احتجاجات المزارعين: الحكومة تعد بالتعويض قريباً\n\nاختتم الاجتماع أعماله أمس."
    assert [f for f in statements(nlp, text) if f[0] == ":"] == []


# --- «X في حديث/مقابلة/كلمة …: …»: a speech adjunct between a headline's speaker and its colon --
_BODY = "\n\nموسكو - قال وزير الخارجية الروسي سيرغي لافروف إن الحلف يهدد روسيا."


@pytest.mark.parametrize(
    "adjunct",
    ['في حديث لـ"الشرق الأوسط"', 'في مقابلة مع "RT"', "في تصريحات صحفية", "في كلمة أمام البرلمان"],
)
def test_headline_speech_adjunct(nlp, adjunct):
    found = statements(nlp, f"لافروف {adjunct}: لن نسمح بتوسع الناتو{_BODY}")
    assert found[0] == (":", "سيرغي لافروف", "لن نسمح بتوسع الناتو")


def test_headline_place_adjunct_is_a_topic(nlp):
    found = statements(nlp, f"ترامب في الخليج: صفقات بمليارات الدولارات{_BODY}")
    assert [f for f in found if f[0] == ":"] == []


# --- a name-labelled interview: «المدى: …؟» / «لافروف: …» answers are verbatim -----------------
def test_named_answer_after_question_is_direct(nlp):
    text = (
        'وأجرت "المدى" حواراً مع وزير الخارجية الروسي سيرغي لافروف:\n\n'
        "المدى: هل المفاوضات صعبة؟\nلافروف: نعم، المفاوضات صعبة ومعقدة للغاية.\n\n"
        "المدى: متى تنتهي؟\nلافروف: لا أحد يعرف متى ستنتهي المفاوضات."
    )
    doc = doc_of(nlp, text)
    sts = [s for s in doc._.kg_statements if s.cue_text == ":"]
    assert [doc.text[s.content[0] : s.content[1]] for s in sts] == [
        "نعم، المفاوضات صعبة ومعقدة للغاية",
        "لا أحد يعرف متى ستنتهي المفاوضات",
    ]
    assert all(s.direct for s in sts)


def test_headline_not_after_a_question_keeps_its_person(nlp):
    doc = doc_of(nlp, "لافروف: الحلف يهدد أمن روسيا\n\nموسكو - قال لافروف إن الحلف يتوسع.")
    assert [s.direct for s in doc._.kg_statements if s.cue_text == ":"] == [False]


# --- «، ولم يتسن لـ"X" …»: the outlet's own aside ends the content ------------------------------
@pytest.mark.parametrize(
    "aside",
    ['ولم يتسن لـ"عكاظ" الحصول على تعليق من الوفد', "ولم يتسنَّ للوكالة التحقق من ذلك",
     "ولم يتسنى للموقع التأكد من صحة الرواية"],
)  # fmt: skip
def test_outlet_aside_ends_the_content(nlp, aside):
    found = statements(nlp, f"وقال مسؤول إن الوسطاء قدموا مسودة اتفاق، {aside}.")
    assert [f[2] for f in found] == ["الوسطاء قدموا مسودة اتفاق"]


def test_speaker_own_could_not_stays_in_the_content(nlp):
    text = "وقال الوزير إن الحكومة لم تتسلم الرد، ولم يتسن لها التواصل مع الوسطاء بعد."
    assert [f[2] for f in statements(nlp, text)] == [
        "الحكومة لم تتسلم الرد، ولم يتسن لها التواصل مع الوسطاء بعد"
    ]


# --- «وهذا يؤكد أن», «ويشير ذلك إلى أن», «الأمر الذي يعني أن»: the narrator's inference --------
@pytest.mark.parametrize(
    "text",
    [
        "وهذا يؤكد أن المفاوضات صعبة.",
        "ويشير ذلك إلى أن المفاوضات صعبة.",
        "الأمر الذي يشير إلى أن المفاوضات صعبة.",
        "وتؤكد تلك أن المفاوضات صعبة.",
        "وذلك يعني أن المفاوضات صعبة.",
    ],
)
def test_demonstrative_subject_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    "opening",
    ["هذا وقد أكد", "هذا، وأكد", "وأكد هذا الأسبوع"],
)
def test_demonstrative_elsewhere_keeps_the_statement(nlp, opening):
    text = f"{opening} وزير الخارجية الروسي سيرغي لافروف أن المفاوضات صعبة."
    assert statements(nlp, text) == [("أكد", "سيرغي لافروف", "المفاوضات صعبة")]


# --- «وأكد X لدى استقباله Y أن …»: لدى + a verbal noun with the subject's pronoun ---------------
@pytest.mark.parametrize("occasion", ["لدى استقباله", "لدى لقائه", "لدى ترؤسه اجتماعاً مع"])
def test_lada_occasion_before_the_clause(nlp, occasion):
    text = f"وأكد وزير الخارجية الروسي سيرغي لافروف {occasion} نظيره التركي أن المفاوضات صعبة."
    assert statements(nlp, text) == [("أكد", "سيرغي لافروف", "المفاوضات صعبة")]


def test_lada_in_a_title_stays_in_the_subject(nlp):
    text = "وقال سفير فلسطين لدى روسيا عبد الحفيظ نوفل إن المفاوضات صعبة."
    assert statements(nlp, text) == [("قال", "عبد الحفيظ نوفل", "المفاوضات صعبة")]


# --- participles with an object before بأن, and «، مجدداً/معيداً التأكيد على أن …» -------------
@pytest.mark.parametrize(
    ("participle", "rest", "content"),
    [("مطالباً واشنطن بأن", "تتوقف عن التدخل", "تتوقف عن التدخل"),
     ("متهماً واشنطن بأنها", "تعرقل الحل", "أنها تعرقل الحل"),
     ("مطالبةً أنقرة بأن", "تعود إلى الحوار", "تعود إلى الحوار")],
)  # fmt: skip
def test_participle_object_before_the_clause(nlp, participle, rest, content):
    found = statements(nlp, f"{_LAVROV_SAID}، {participle} {rest}.")
    assert found[-1] == (participle.split()[0], "سيرغي لافروف", content)


def test_participle_with_a_noun_demand_is_no_statement(nlp):
    found = statements(nlp, f"{_LAVROV_SAID}، مطالباً بوقف التدخل الغربي.")
    assert [f[0] for f in found] == ["قال"]


@pytest.mark.parametrize(
    ("renewing", "cue"),
    [("مجدداً التأكيد على أن", "التأكيد"), ("معيداً التأكيد أن", "التأكيد"),
     ("مجددةً التحذير من أن", "التحذير")],
)  # fmt: skip
def test_renewing_a_speech_masdar(nlp, renewing, cue):
    found = statements(nlp, f"{_LAVROV_SAID}، {renewing} موسكو لن تتراجع.")
    assert found == [
        ("قال", "سيرغي لافروف", "المفاوضات صعبة"),
        (cue, "سيرغي لافروف", "موسكو لن تتراجع"),
    ]


def test_again_as_an_adverb_is_no_cue(nlp):
    assert statements(nlp, "وعاد الوفد مجدداً إلى جنيف لاستئناف التفاوض.") == []
