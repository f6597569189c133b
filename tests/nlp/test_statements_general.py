"""Statements by general structure (second round on dev19's families): interview blocks found
by their lines, asides between a subject and its complement, relative clauses with an object
pronoun, unnamed sources. Every sentence is invented; names, bodies and countries vary. Full
pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import speakers as _speakers
from extracted import statements as _statements


@pytest.mark.parametrize(
    ("text", "speaker", "answer"),
    [
        (
            "وقال المتحدث باسم الحكومة الأردنية إن الحدود آمنة.\n\n"
            "وفي لقاء مع الصحيفة، سألنا المحلل الاقتصادي كريم العبادي:\n\n"
            "هل يصمد الدينار أمام الأزمة؟\n\n"
            "- الاحتياطي كبير والبنك المركزي قادر على حماية العملة.",
            "كريم العبادي",
            "الاحتياطي كبير والبنك المركزي قادر على حماية العملة",
        ),
        (
            "وأعلنت وزارة الداخلية التونسية توقيف خمسة أشخاص.\n\n"
            "وتحدثنا إلى أستاذة العلوم السياسية سناء الورتاني:\n\n"
            "ما أسباب الظاهرة؟\n"
            "– البطالة أولاً، ثم غياب الثقة في المؤسسات.",
            "سناء الورتاني",
            "البطالة أولاً، ثم غياب الثقة في المؤسسات",
        ),
        (
            "وقال وزير المالية المغربي إن الميزانية متوازنة.\n\n"
            "والتقت الجريدة الخبير المالي يوسف بنعلي، وطرحت عليه الأسئلة التالية:\n\n"
            "س: هل الأزمة عابرة؟\n"
            "ج: نعم، المؤشرات تتحسن منذ شهرين.",
            "يوسف بنعلي",
            "نعم، المؤشرات تتحسن منذ شهرين",
        ),
    ],
)  # fmt: skip
def test_interview_answers_belong_to_the_person_the_introduction_names(
    nlp, text: str, speaker: str, answer: str
) -> None:
    got = [(who, content) for _, who, content in _statements(nlp, text)]
    assert (speaker, answer) in got


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت الحكومة الإيطالية أن الحل قريب.\n\nوفي ما يلي نص الحوار:\n\n"
        "س: هل الاتفاق قريب؟\nج: لا أظن ذلك، فالخلافات ما زالت كبيرة.",
        "وأعلنت البرازيل أنها ستشارك في القمة.\n\nوهذا نص المقابلة:\n\n"
        "س: هل تحضر الرئاسة؟\nج: نعم، وسنقدم مقترحات عملية.",
    ],
)  # fmt: skip
def test_a_country_or_body_that_spoke_last_does_not_answer_an_interview(nlp, text: str) -> None:
    got = dict(_speakers(nlp, text))
    assert got["ج"] is None


@pytest.mark.parametrize(
    "text",
    [
        "فمن يدفع الثمن؟\n\n- الأسعار ارتفعت بنسبة عشرين بالمائة خلال عام واحد فقط.",
        "وقال الوزير التشيلي إن الوضع صعب.\n\nفمن يدفع الثمن؟\n\n- الأسعار ارتفعت كثيراً.",
    ],
)  # fmt: skip
def test_a_rhetorical_question_opens_no_interview(nlp, text: str) -> None:
    assert all(cue != "-" for cue, _ in _speakers(nlp, text))


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وأعربت وزارة الخارجية القطرية، في بيان نشرته وكالة الأنباء «قنا»، عن قلقها من "
            "التصعيد.",
            "أعربت",
            "وزارة الخارجية القطرية",
        ),
        (
            "وقالت وزارة الخارجية الأردنية، في بيان أوردته وكالة \"بترا\"، إن المملكة ترفض "
            "التهجير.",
            "قالت",
            "وزارة الخارجية الأردنية",
        ),
        (
            "وأعربت وزارة الخارجية الكويتية، في بيان أوردته وكالة الأنباء الكويتية «كونا» مساء "
            "اليوم، عن إدانتها للهجوم.",
            "أعربت",
            "وزارة الخارجية الكويتية",
        ),
        (
            "وشدد وزير الخارجية التركي هاكان فيدان، في مقابلة مع قناة «تي آر تي»، على أن "
            "بلاده لن تتراجع.",
            "شدد",
            "هاكان فيدان",
        ),
        (
            "وعبرت الخارجية الأردنية، في بيان لها مساء الأحد تلقت \"الشرق\" نسخة منه، عن "
            "رفضها للتهجير.",
            "عبرت",
            "وزارة الخارجية الأردنية",
        ),
    ],
)  # fmt: skip
def test_an_aside_holding_a_quoted_name_is_skipped(nlp, text: str, cue: str, speaker: str) -> None:
    assert (cue, speaker) in _speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "وارتفعت الضرائب في مدريد، وهو القرار الذي برره وزير المالية الإسباني كارلوس "
            "كويربو بأن العجز \"لم يعد محتملاً\".",
            "برره",
            "كارلوس كويربو",
            "العجز \"لم يعد محتملاً\"",
        ),
        (
            "وتأخر الموعد، وهو ما فسره وزير الخارجية البولندي رادوسلاف سيكورسكي بأن الملف "
            "معقد.",
            "فسره",
            "رادوسلاف سيكورسكي",
            "الملف معقد",
        ),
        (
            "وارتفعت الأسعار بنسبة كبيرة، وهي الزيادة التي عزاها وزير الاقتصاد الأرجنتيني "
            "لويس كابوتو إلى أن الطلب ارتفع.",
            "عزاها",
            "لويس كابوتو",
            "الطلب ارتفع",
        ),
    ],
)  # fmt: skip
def test_a_verb_of_explaining_with_an_object_pronoun_reports(
    nlp, text: str, cue: str, speaker: str, content: str
) -> None:
    assert (cue, speaker, content) in _statements(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وعزا الخبراء التأخير إلى نقص التمويل.",
        "وهو التأخير الذي فسرته الوزارة بنقص التمويل.",
    ],
)  # fmt: skip
def test_a_cause_without_a_clause_is_no_statement(nlp, text: str) -> None:
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            'وحسب ما علمته "النهار" من مصادر مطلعة، فإن اجتماع اللجنة الوزارية تأجل إلى موعد '
            "لاحق.",
            "حسب",
        ),
        (
            'وبحسب ما علمته صحيفة "الصباح" من مصدر دبلوماسي، فإن الزيارة ألغيت في اللحظة '
            "الأخيرة.",
            "بحسب",
        ),
    ],
)  # fmt: skip
def test_what_an_outlet_learned_from_unnamed_sources_has_no_speaker(
    nlp, text: str, cue: str
) -> None:
    assert (cue, None) in _speakers(nlp, text)


def test_what_an_outlet_learned_from_a_named_official_is_his(nlp) -> None:
    text = (
        'وحسب ما علمه موقع "هسبريس" من وزير الخارجية المغربي ناصر بوريطة، فإن الزيارة ستتم قريباً.'
    )
    assert ("حسب", "ناصر بوريطة") in _speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('فيما اكتفى مصدر دبلوماسي ألماني بالقول إن "الحوار مستمر".', "بالقول"),
        ('ولم ترد السفارة، فيما اكتفى مصدر حكومي تركي بالقول إن "الملف مغلق".', "بالقول"),
        ('وكان مصدر دبلوماسي إيطالي قد قال إن "الحوار مستمر".', "قال"),
    ],
)  # fmt: skip
def test_a_nisba_after_an_unnamed_source_does_not_speak(nlp, text: str, cue: str) -> None:
    assert (cue, None) in _speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('فيما اكتفى وزير الخارجية الألماني بالقول إن "الحوار مستمر".', "بالقول", "يوهان فاديفول"),
        ('وكانت مصر قد أعلنت أن "الحوار مستمر".', "أعلنت", "مصر"),
    ],
)  # fmt: skip
def test_a_named_subject_before_the_cue_still_speaks(
    nlp, text: str, cue: str, speaker: str
) -> None:
    assert (cue, speaker) in _speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "سوريا\n\n«الأونروا»: الوضع الإنساني في المخيمات كارثي\n\n"
            "قالت وكالة الأونروا إن الوضع كارثي.",
            "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين",
        ),
        (
            "لبنان\n\n\"اليونيفيل\": الهدنة صامدة رغم الخروقات\n\n"
            "أكدت قوة الأمم المتحدة المؤقتة في لبنان أن الهدنة صامدة.",
            "قوة الأمم المتحدة المؤقتة في لبنان",
        ),
        (
            "سياسة\n\n\"حماس\" لـ\"الجزيرة\": لن نسلم السلاح\n\n"
            "قالت حركة حماس إن سلاحها خط أحمر.",
            "حركة حماس",
        ),
    ],
)  # fmt: skip
def test_a_quoted_name_before_a_headline_colon_speaks(nlp, text: str, speaker: str) -> None:
    assert (":", speaker) in _speakers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "اقتصاد\n\nالسعودية تطلق صندوقاً جديداً\n\n3 مارس 2025 10:15 صباحاً\n\n"
        "الرياض: «الاقتصادية»\n\nأطلقت المملكة صندوقاً جديداً للاستثمار.",
        "الأحد 3 مارس 2025\n\nالدوحة: \"الراية\"\n\nأطلقت قطر صندوقاً جديداً للاستثمار.",
    ],
)  # fmt: skip
def test_a_dateline_with_a_quoted_outlet_under_the_date_says_nothing(nlp, text: str) -> None:
    assert all(cue != ":" for cue, _ in _speakers(nlp, text))


def test_a_quoted_word_after_a_capital_in_a_headline_still_speaks(nlp) -> None:
    text = "أخبار\n\nموسكو: «استفزاز»\n\nنجحت جهود الوساطة في إنجاز عملية تبادل."
    assert (":", "روسيا") in _speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "برلمان\n\nرئيس «زراعة الشيوخ»: لا زيادة في أسعار الأسمدة هذا الموسم\n\n"
            "وقال رئيس لجنة الزراعة والري بمجلس الشيوخ، النائب كريم الشناوي، إن الأسعار "
            "ثابتة.",
            "كريم الشناوي",
        ),
        (
            "برلمان\n\nرئيس «خارجية النواب»: العلاقات مع الجيران مستقرة\n\n"
            "وقال رئيس لجنة الشؤون الخارجية بمجلس النواب، النائب سامر الدباغ، إن العلاقات "
            "جيدة.",
            "سامر الدباغ",
        ),
    ],
)  # fmt: skip
def test_a_headline_title_with_a_quoted_clipped_genitive_is_the_body_holder(
    nlp, text: str, speaker: str
) -> None:
    assert (":", speaker) in _speakers(nlp, text)


def test_a_clipped_genitive_the_body_does_not_hold_names_nobody(nlp) -> None:
    text = (
        "رياضة\n\nرئيس «الأهلي»: لن نبيع النادي\n\n"
        "وقال رئيس لجنة الزراعة بمجلس الشيوخ، النائب كريم الشناوي، إن الأسعار ثابتة."
    )
    assert (":", "كريم الشناوي") not in _speakers(nlp, text)


_PLAIN = (
    "وقال وزير المالية إن الميزانية متوازنة.\n\n"
    "وحاورت الصحيفة الخبير الاقتصادي يوسف بنعلي:\n\n"
    "هل الأزمة عابرة؟\n\nنعم، المؤشرات تتحسن منذ شهرين.\n\n"
    "وما المطلوب من الحكومة؟\n\nخفض الإنفاق وتشجيع الاستثمار الخاص.\n\n"
    "وفي سياق آخر، أعلنت الحكومة زيادة الأجور."
)


@pytest.mark.parametrize(
    "answer", ["نعم، المؤشرات تتحسن منذ شهرين", "خفض الإنفاق وتشجيع الاستثمار الخاص"]
)
def test_unmarked_interview_lines_are_the_interviewee_answers(nlp, answer: str) -> None:
    got = [(who, content) for _, who, content in _statements(nlp, _PLAIN)]
    assert ("يوسف بنعلي", answer) in got


@pytest.mark.parametrize(
    "text",
    [
        "وتساءل النائب المغربي أحمد التويزي:\n\nهل هذا معقول؟\n\nالحكومة لا تجيب منذ شهور.",
        "وكتب المحلل السياسي سمير اللبان:\n\nهل تصمد الهدنة؟\n\nلا أحد يعرف.\n\n"
        "وارتفعت الأسعار في الأسواق بشكل كبير خلال الأسبوع الماضي.",
    ],
)  # fmt: skip
def test_one_question_after_a_colon_is_no_interview(nlp, text: str) -> None:
    assert all(who is None or cue in ("تساءل", "كتب") for cue, who in _speakers(nlp, text))


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "ووقع الطرفان اتفاقاً جديداً، وهو الاتفاق الذي اعتبره وزير الخارجية الأردني أيمن "
            "الصفدي \"خطوة تاريخية نحو السلام\".",
            "اعتبره",
            "أيمن الصفدي",
            "خطوة تاريخية نحو السلام",
        ),
        (
            "ووقعت الحكومة العقد، وهو العقد الذي اعتبره رئيس الوزراء الإسباني بيدرو سانشيز "
            "إنجازاً كبيراً للاقتصاد.",
            "اعتبره",
            "بيدرو سانشيز",
            "إنجازاً كبيراً للاقتصاد",
        ),
    ],
)  # fmt: skip
def test_a_resuming_relative_with_a_judgement_verb_reports(
    nlp, text: str, cue: str, speaker: str, content: str
) -> None:
    assert (cue, speaker, content) in _statements(nlp, text)


def test_a_relative_classifying_its_noun_is_no_statement(nlp) -> None:
    text = "وهاجم المسلحون الوحدات التي تعتبرها تركيا امتداداً لحزب العمال."
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وأعلنت الحكومة الإسبانية رفع الضرائب، وهي الخطوة التي رحب بها الاتحاد الأوروبي.",
            "رفع الضرائب",
        ),
        (
            "وأعلن البنك المركزي التركي خفض الفائدة، وهو القرار الذي انتقده المستثمرون بشدة.",
            "خفض الفائدة",
        ),
    ],
)  # fmt: skip
def test_a_resuming_relative_ends_the_content_before_it(nlp, text: str, content: str) -> None:
    assert content in [c for _, _, c in _statements(nlp, text)]


def test_an_faq_after_a_colon_is_no_interview(nlp) -> None:
    text = (
        "وقال وزير العمل المغربي يونس السكوري إن الدعم سيصرف الشهر المقبل.\n\n"
        "وإليكم أبرز التفاصيل:\n\nما شروط الاستفادة من الدعم؟\n\n"
        "يجب أن يكون المتقدم مسجلاً في السجل الاجتماعي.\n\nمتى يصرف الدعم؟\n\n"
        "في الأسبوع الأول من كل شهر."
    )
    assert len(_statements(nlp, text)) == 1


def test_an_interview_verb_with_no_known_person_after_it_is_no_guess(nlp) -> None:
    text = (
        "وقال وزير الثقافة المغربي محمد المهدي بنسعيد إن المهرجان سينظم في موعده.\n\n"
        'وحاورت "الصباح" أحد المؤرخين:\n\n'
        "س: هل تأخر الاعتراف؟\nج: نعم، تأخر كثيراً ولا بد من خطوات عملية."
    )
    assert ("ج", None) in _speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وأعرب أيمن الصفدي، وزير الخارجية الأردني، عن رفض المملكة للتهجير.",
            "أعرب",
            "أيمن الصفدي",
        ),
        ("وشدد هاكان فيدان، وزير الخارجية التركي، على أن بلاده لن تتراجع.", "شدد", "هاكان فيدان"),
    ],
)  # fmt: skip
def test_a_title_in_apposition_between_commas_is_skipped(
    nlp, text: str, cue: str, speaker: str
) -> None:
    assert (cue, speaker) in _speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وأشارت صحيفة لوموند، نقلاً عن وزير الخارجية الفرنسي جان نويل بارو، إلى أن باريس "
            "ستعترف بفلسطين.",
            "جان نويل بارو",
            "باريس ستعترف بفلسطين",
        ),
        (
            "وأشارت صحيفة واشنطن بوست، نقلاً عن مسؤولين أمريكيين، إلى أن الإدارة تدرس خيارات "
            "جديدة.",
            None,
            "الإدارة تدرس خيارات جديدة",
        ),
    ],
)  # fmt: skip
def test_a_channel_aside_before_the_verbs_own_preposition(
    nlp, text: str, speaker: str | None, content: str
) -> None:
    assert [(who, c) for _, who, c in _statements(nlp, text)] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "وحاورت الصحيفة الخبيرة المالية ليلى المنصوري:\n\n- هل الأزمة عابرة؟\n\n"
        "نعم، المؤشرات تتحسن منذ شهرين.\n\n- وما المطلوب من الحكومة؟\n\n"
        "خفض الإنفاق وتشجيع الاستثمار الخاص.",
        "وحاورت الصحيفة الخبيرة المالية ليلى المنصوري:\n\nس: هل الأزمة عابرة؟\n"
        "نعم، المؤشرات تتحسن منذ شهرين.\nس: وما المطلوب من الحكومة؟\n"
        "خفض الإنفاق وتشجيع الاستثمار الخاص.",
    ],
)  # fmt: skip
def test_marked_questions_with_unmarked_answers(nlp, text: str) -> None:
    got = [(who, c) for _, who, c in _statements(nlp, text)]
    assert ("ليلى المنصوري", "خفض الإنفاق وتشجيع الاستثمار الخاص") in got


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وكان خبير عسكري إسرائيلي قد قال إن الجيش منهك.", "قال"),
        ("وكان باحث اقتصادي مغربي قد أكد أن الأسعار سترتفع.", "أكد"),
    ],
)  # fmt: skip
def test_a_nisba_after_an_unnamed_noun_before_the_verb_does_not_speak(
    nlp, text: str, cue: str
) -> None:
    assert (cue, None) in _speakers(nlp, text)


def test_a_nisba_of_a_definite_body_still_speaks_for_the_country(nlp) -> None:
    text = "وكانت الحكومة الإسرائيلية قد أعلنت أن الجبهة هادئة."
    assert ("أعلنت", "إسرائيل") in _speakers(nlp, text)
