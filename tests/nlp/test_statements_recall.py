"""Fourth round of statement rules (dev9): statements that were not found at all.

Quotations split by their attribution or running on into the next paragraph, an aside between
subject and أن, accusations with a quoted charge after a participle, «وفقاً للبيان …» and «بحسب ما
أوردته …», «أعرب X عن» past an unrecognised name tail, «وردّ X بأن», «كتب X، عبر حسابه …، أن»,
topic-only headline colons, and a subject-less «وقال» after a narrated sentence. Full pipeline
with the packaged KB.
"""

from __future__ import annotations

import pytest
from extracted import statements as _statements

from kg.ingest import Article
from kg.nlp.statements_text import pair_quotes
from kg.pipeline import extract


# --- quotations -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ('قال: "نحن هنا.\n\n"ولن نغادر أبداً".', "نحن", "أبداً"),
        ("قال: “نحن هنا.\n\n“ولن نغادر أبداً”.", "نحن", "أبداً"),
    ],
)
def test_quotation_running_on_into_the_next_paragraph_is_one_pair(text, first, last):
    ((a, b),) = pair_quotes(text)
    inner = text[a + 1 : b]
    assert inner.startswith(first) and inner.endswith(last)


@pytest.mark.parametrize(
    "text",
    [
        'قال: "نحن هنا.\n\nوغادر الوفد المدينة.',  # unclosed, next paragraph is no quotation
        'قال: "نحن هنا.\n\nوقال آخر "كلام ثان هنا".',  # next paragraph does not open with a mark
    ],
)
def test_unclosed_quotation_without_a_reopening_mark_is_not_carried(text):
    assert all("\n" not in text[a:b] for a, b in pair_quotes(text))


def test_statement_over_a_quotation_continued_in_the_next_paragraph(nlp):
    text = (
        'وقال الرئيس الفرنسي إيمانويل ماكرون في خطاب متلفز: "إن قواتنا ليست موجهة ضد أحد.\n\n'
        '"إنها درع لشعبنا في وجه الإرهاب طوال عقد كامل".'
    )
    sts = _statements(nlp, text)
    assert len(sts) == 1
    cue, speaker, content = sts[0]
    assert speaker == "إيمانويل ماكرون"
    assert content.startswith("إن قواتنا") and content.endswith("عقد كامل")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"نحن لا نطلب أرضاً من أحد"، قال وزير الخارجية التركي هاكان فيدان للصحفيين، '
            '"بل نطلب طريقاً آمناً يربط أراضينا".',
            "هاكان فيدان",
        ),
        (
            '"أوروبا ليست ساحة لحروب الآخرين"، قال الرئيس الفرنسي إيمانويل ماكرون في مقابلة، '
            '"وعلى الجميع احترام القانون الدولي".',
            "إيمانويل ماكرون",
        ),
    ],
)
def test_quotation_split_by_its_attribution_is_one_statement(nlp, text, speaker):
    sts = _statements(nlp, text)
    assert len(sts) == 1, sts
    _, who, content = sts[0]
    assert who == speaker
    assert content.startswith(("نحن", "أوروبا")) and content.endswith(("أراضينا", "الدولي"))


def test_quotations_in_two_sentences_are_not_merged(nlp):
    text = (
        '"نحن لا نطلب أرضاً من أحد"، قال وزير الخارجية التركي هاكان فيدان. '
        '"بل نطلب طريقاً آمناً يربط أراضينا".'
    )
    assert all("قال وزير" not in content for _, _, content in _statements(nlp, text))


# --- cues and contents that were missed -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "starts"),
    [
        (
            "وقال مسؤول أمني رفيع، طلب عدم الكشف عن هويته، إن الحكومة تدرس ترحيل اللاجئين.",
            "قال",
            "الحكومة تدرس",
        ),
        (
            "وقالت مصادر دبلوماسية، فضلت عدم الكشف عن هويتها، إن القمة ناقشت إنشاء بنك مشترك.",
            "قالت",
            "القمة ناقشت",
        ),
        (
            "ووفقاً للبيان الختامي للقمة، فإن مقر قيادة القوة سيكون في العاصمة.",
            "وفقاً",
            "مقر قيادة",
        ),
        (
            "وبحسب ما أوردته الوكالة الرسمية، فإن الوزير سيبدأ الأسبوع المقبل جولة إقليمية.",
            "بحسب",
            "الوزير سيبدأ",
        ),
        (
            "من جانبه، أعرب الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا عن قلق بالغ إزاء الحشود.",
            "أعرب",
            "قلق بالغ",
        ),
        (
            "من جهتها، أعربت بعثة الاتحاد الأفريقي في الصومال عن قلقها من تداعيات الخلاف.",
            "أعربت",
            "قلقها",
        ),
        (
            'وردّ وزير الخارجية التركي هاكان فيدان بأن "المقترحات الأخيرة لا تحمل أي جديد".',
            "ردّ",
            "المقترحات",
        ),
        (
            'كتب وزير الخارجية التركي هاكان فيدان، عبر حسابه على منصة إكس، أن "أي ترتيبات أمنية '
            'يجب أن تقتصر على دول المنطقة".',
            "كتب",
            "أي ترتيبات",
        ),
        (
            'اعتبر الرئيس الفرنسي إيمانويل ماكرون أن الاتفاق "خطوة أولى"، متهماً القوى الغربية '
            'بـ"محاولة إفشال التجربة منذ يومها الأول".',
            "متهماً",
            "محاولة إفشال",
        ),
    ],
)
def test_constructions_found(nlp, text, cue, starts):
    sts = _statements(nlp, text)
    assert any(c == cue and content.startswith(starts) for c, _, content in sts), sts


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير أن الهجوم فاشل، متهماً إسرائيل بالوقوف وراءه.",  # no quoted charge
        "ووفقاً للخطة، فإن المرحلة الأولى ستبدأ الشهر المقبل.",  # a plan is no statement document
    ],
)
def test_no_statement_for_look_alikes(nlp, text):
    cues = [c for c, _, _ in _statements(nlp, text)]
    assert not any(c in ("متهماً", "وفقاً", "ورد", "رد") for c in cues), cues


def test_proposal_inside_a_reported_clause_is_part_of_it(nlp):
    text = (
        "وأوضح وزير الخارجية التركي هاكان فيدان، في حديث لوكالة الأناضول، أن بلاده تقترح أن "
        "تبقى المعابر الحدودية تحت السيادة الكاملة."
    )
    sts = _statements(nlp, text)
    assert [c for c, _, _ in sts] == ["أوضح"]


def test_coordinated_verb_ends_a_noun_complement(nlp):
    text = (
        'وأعرب الرئيس الفرنسي إيمانويل ماكرون عن "قلق بالغ" إزاء الحشود العسكرية، '
        'ودعا إلى "حل تفاوضي يحفظ السيادة".'
    )
    ((cue, _, content),) = _statements(nlp, text)
    assert cue == "أعرب" and "دعا" not in content


def test_coordinated_verb_inside_a_source_content_stays_in_it(nlp):
    text = (
        "ووفقاً للبيان الختامي، رحب القادة بالاتفاق بين السعودية وإيران، "
        "وجددوا دعمهم لسيادة الإمارات على جزرها الثلاث."
    )
    ((cue, _, content),) = _statements(nlp, text)
    assert cue == "وفقاً" and content.endswith("جزرها الثلاث")


# --- headlines and speakers -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "الصومال: تصاعد الخلاف بين الحكومة الفيدرالية والولايات حول قانون الانتخابات\n\nنص.",
        "الكويت: إقبال متوسط في انتخابات مجلس الأمة\n\nنص.",
    ],
)
def test_bare_country_name_before_a_headline_colon_is_a_topic(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("إيران: لن نتخلى عن حقوقنا النووية\n\nنص.", "إيران"),  # first person: it speaks
        ("الحكومة اللبنانية: لا تفاوض مع أحد تحت النار\n\nنص.", "لبنان"),  # a government phrase
        ('الكويت: "لن نقبل بأي مساس بسيادتنا"\n\nنص.', "الكويت"),  # quoted
    ],
)
def test_headline_colon_that_is_a_statement(nlp, text, speaker):
    sts = _statements(nlp, text)
    assert [(c, s) for c, s, _ in sts] == [(":", speaker)]


def test_subjectless_qala_after_a_narrated_sentence_is_its_subject(nlp):
    text = (
        'وقال وزير الخارجية التركي هاكان فيدان إن أنقرة "لا تمانع" الحوار.\n\n'
        "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل رئيس الوزراء اللبناني في باريس أمس. "
        'وقال إن فرنسا "لن تتخلى عن لبنان".'
    )
    assert [s for _, s, _ in _statements(nlp, text)] == ["هاكان فيدان", "إيمانويل ماكرون"]


def test_adaf_after_a_narrated_sentence_goes_on_with_the_last_speaker(nlp):
    text = (
        'وقال وزير الخارجية التركي هاكان فيدان إن أنقرة "لا تمانع" الحوار.\n\n'
        "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل رئيس الوزراء اللبناني في باريس أمس. "
        "وأضاف أن بلاده مستعدة للوساطة."
    )
    assert [s for _, s, _ in _statements(nlp, text)] == ["هاكان فيدان", "هاكان فيدان"]


@pytest.mark.parametrize(
    "text",
    [
        "وكانت النيجر وبوركينا فاسو ومالي قد أعلنت انسحابها من المجموعة في يناير 2024.",
        "وكانت تركيا قد أعلنت تعليق رحلاتها إلى المنطقة الشهر الماضي.",
    ],
)
def test_object_after_qad_verb_is_the_announced_content(nlp, text):
    sts = _statements(nlp, text)
    assert [c for c, _, _ in sts] == ["أعلنت"]
    assert sts[0][2].startswith(("انسحابها", "تعليق"))


def test_qad_verb_with_nothing_after_it_is_no_statement(nlp):
    assert _statements(nlp, "وكانت تركيا قد أعلنت ذلك.") == []


def test_comma_and_a_verb_with_its_own_speaker_end_the_content(nlp):
    text = (
        "وبينما أكد وزير الخارجية التركي هاكان فيدان أن المحادثات بناءة، قال الرئيس الفرنسي "
        "إيمانويل ماكرون إن الخلافات لا تزال كبيرة."
    )
    sts = _statements(nlp, text)
    assert [(c, s, t) for c, s, t in sts] == [
        ("أكد", "هاكان فيدان", "المحادثات بناءة"),
        ("قال", "إيمانويل ماكرون", "الخلافات لا تزال كبيرة"),
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وأُفيد بأن الوفد الروسي غادر القاعة قبل انتهاء الجلسة.", "أُفيد"),
        ("وقيل إن الوفد الروسي غادر القاعة قبل انتهاء الجلسة.", "قيل"),
    ],
)
def test_passive_report_has_no_speaker(nlp, text, cue):
    assert _statements(nlp, text) == [(cue, None, "الوفد الروسي غادر القاعة قبل انتهاء الجلسة")]


def test_active_afada_keeps_its_subject(nlp):
    text = "وأفاد وزير الخارجية التركي هاكان فيدان بأن الوفد الروسي غادر القاعة."
    assert [(c, s) for c, s, _ in _statements(nlp, text)] == [("أفاد", "هاكان فيدان")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'وأوضح وزير الخارجية التركي هاكان فيدان أن المحادثات مستمرة، مضيفاً: "ننتظر الوثيقة '
            'المكتوبة".',
            "مضيفاً",
            "ننتظر الوثيقة المكتوبة",
        ),
        (
            'وأوضح وزير الخارجية التركي هاكان فيدان أن المحادثات مستمرة، مشدداً: "لن نقبل بأقل '
            'من ذلك".',
            "مشدداً",
            "لن نقبل بأقل من ذلك",
        ),
    ],
)
def test_participle_with_a_colon(nlp, text, cue, content):
    assert (cue, "هاكان فيدان", content) in _statements(nlp, text)


def test_complementizer_after_a_comma_closed_document_phrase(nlp):
    text = (
        "وأكدت الخارجية الروسية، في بيان نشرته على موقعها الإلكتروني، أن موسكو "
        '"لن تتسامح مع الاستفزازات".'
    )
    ((cue, _, content),) = _statements(nlp, text)
    assert cue == "أكدت" and content.startswith("موسكو")


def test_object_content_of_akkada_is_kept_when_no_comma_precedes_an(nlp):
    text = "وأكد هاكان فيدان دعم بلاده للحل السياسي الذي يضمن أن تبقى سوريا موحدة."
    ((cue, _, content),) = _statements(nlp, text)
    assert content.startswith("دعم بلاده")


_BODY = "وزار الرئيس الفرنسي إيمانويل ماكرون العاصمة أمس."


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "direct"),
    [
        ("فيدان يحذر: المنطقة على حافة الانفجار\n\nنص.", "يحذر", "هاكان فيدان", False),
        ("الرئيس الفرنسي: لن نرسل قوات إلى أوكرانيا\n\n" + _BODY, ":", "إيمانويل ماكرون", True),
        ("الرئيس الفرنسي: لم نتلق أي عرض رسمي\n\n" + _BODY, ":", "إيمانويل ماكرون", True),
        ('مسؤول أمريكي لـ"الجزيرة نت": الاتفاق بات قريباً\n\nنص.', ":", None, False),
    ],
)
def test_more_headline_attributions(nlp, text, cue, speaker, direct):
    doc = extract(nlp, Article(id="t", text=text))
    actors = doc._.kg_actors or {}
    st = doc._.kg_statements[0]
    who = actors[st.speaker].label if st.speaker in actors else st.speaker
    assert (st.cue_text, who, st.direct) == (cue, speaker, direct)


@pytest.mark.parametrize(
    "text",
    [
        "غزة: الاحتلال يواصل قصف المستشفيات\n\nنص.",  # a place labels the topic
        "الرئيس الفرنسي: لا نهاية للأزمة في الأفق\n\nنص.",  # not first person: «لا» + noun
    ],
)
def test_place_headline_is_a_topic_and_la_plus_noun_is_not_first_person(nlp, text):
    doc = extract(nlp, Article(id="t", text=text))
    assert all(not st.direct for st in doc._.kg_statements)
    if text.startswith("غزة"):
        assert doc._.kg_statements == []


def test_first_person_after_a_colon_is_direct(nlp):
    text = "وقال رئيس الوزراء العراقي حيدر العبادي: لن نسمح بعودة الإرهاب إلى المدينة."
    ((st),) = extract(nlp, Article(id="t", text=text))._.kg_statements
    assert st.direct


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "starts"),
    [
        (
            'وأكد هاكان فيدان أن بلاده مستعدة للحوار. "لن نغلق الباب أمام أحد"، قال.',
            "قال",
            "هاكان فيدان",
            "لن نغلق",
        ),
        (
            "«لن نغلق الباب أمام أحد»، كما قال وزير الخارجية التركي هاكان فيدان.",
            "قال",
            "هاكان فيدان",
            "لن نغلق",
        ),
        (
            "وأكد فيدان لنظيره الروسي سيرغي لافروف أن أنقرة ملتزمة بالاتفاق.",
            "أكد",
            "هاكان فيدان",
            "أنقرة ملتزمة",
        ),
        (
            "وسيعقد الاجتماع في أنقرة الأسبوع المقبل، نقلاً عن مصادر دبلوماسية.",
            "نقلاً",
            None,
            "وسيعقد الاجتماع",
        ),
    ],
)
def test_quote_before_verb_addressee_and_trailing_naqlan(nlp, text, cue, speaker, starts):
    sts = _statements(nlp, text)
    assert any(c == cue and s == speaker and t.startswith(starts) for c, s, t in sts), sts


def test_naqlan_aside_before_an_is_not_a_trailing_source(nlp):
    text = "وذكرت وكالة الأناضول، نقلاً عن مصادر دبلوماسية، أن الاجتماع سيعقد في أنقرة."
    sts = _statements(nlp, text)
    assert len(sts) == 1 and sts[0][2].startswith("الاجتماع سيعقد")


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "وكان الرئيس الفرنسي إيمانويل ماكرون جان بيير قد أعلن حل الجمعية الوطنية في يونيو.",
            "حل الجمعية",
        ),
        ("وكانت وزارة الخارجية القطرية قد أعلنت تعليق الوساطة الشهر الماضي.", "تعليق الوساطة"),
    ],
)
def test_kana_subject_before_qad_verb_and_its_object(nlp, text, starts):
    ((cue, speaker, content),) = _statements(nlp, text)
    assert cue.startswith("أعلن") and speaker is not None and content.startswith(starts)
    assert speaker not in ("الجمعية الوطنية",)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "واستقبل الرئيس الفرنسي إيمانويل ماكرون الوفد، وأكد حرص بلاده على «تقريب وجهات النظر».",
            "حرص بلاده",
        ),
        ("واستقبل الرئيس الفرنسي إيمانويل ماكرون الوفد، وأكد دعم بلاده للحل السياسي.", "دعم بلاده"),
    ],
)
def test_coordinated_object_verb_keeps_the_sentence_subject(nlp, text, starts):
    ((cue, speaker, content),) = _statements(nlp, text)
    assert (cue, speaker) == ("أكد", "إيمانويل ماكرون") and content.startswith(starts)


def test_coordinated_verb_with_its_own_subject_and_an_clause_is_not_the_opener(nlp):
    text = "واستقبل الرئيس الفرنسي إيمانويل ماكرون السفير، وأكد السفير أن العلاقات ممتازة."
    ((cue, speaker, _),) = _statements(nlp, text)
    assert cue == "أكد" and speaker != "إيمانويل ماكرون"


def test_naqlan_aside_with_a_longer_source_phrase(nlp):
    text = (
        "وأفادت وكالة الأناضول، نقلاً عن مصدر مطلع في الكرملين، بأن الملف سيطرح على القمة المقبلة."
    )
    sts = _statements(nlp, text)
    assert len(sts) == 1 and sts[0][2].startswith("الملف سيطرح")


def test_joint_kana_subject_before_qad_is_nobody(nlp):
    text = "وكانت فرنسا وألمانيا قد أعلنتا تعليق المساعدات الشهر الماضي."
    ((cue, speaker, content),) = _statements(nlp, text)
    assert speaker is None and content.startswith("تعليق المساعدات")


@pytest.mark.parametrize(
    "text",
    [
        "غير أن مصدراً في الخارجية الروسية صرّح بأن موسكو تتابع النقاشات باهتمام.",
        "وكان مسؤول في الخارجية الروسية قد صرّح بأن موسكو تتابع النقاشات باهتمام.",
    ],
)
def test_unnamed_source_in_a_ministry_is_nobody(nlp, text):
    ((cue, speaker, _),) = _statements(nlp, text)
    assert cue == "صرّح" and speaker is None


def test_ministry_itself_still_speaks(nlp):
    text = "وصرّحت الخارجية الروسية بأن موسكو تتابع النقاشات باهتمام."
    ((cue, speaker, _),) = _statements(nlp, text)
    assert speaker == "وزارة الخارجية الروسية"


def _direct(nlp, text: str) -> list[tuple[str, str, bool]]:
    doc = extract(nlp, Article(id="t", text=text))
    return [
        (s.cue_text, doc.text[s.content[0] : s.content[1]], s.direct) for s in doc._.kg_statements
    ]


@pytest.mark.parametrize(
    ("text", "content", "direct"),
    [
        # an object noun phrase before the quotation: mixed, indirect
        ('وأكد هاكان فيدان دعم بلاده "لكل خطوة تقرب البلدين من السلام".', "دعم بلاده", False),
        ('وأكد هاكان فيدان على "ضرورة وقف إطلاق النار فوراً".', "ضرورة وقف", True),
        # after أن/إن, a quotation followed by more of its clause: the clause, indirect
        (
            'وقال هاكان فيدان إن "الباب ما زال مفتوحاً" أمام عودة الدول الثلاث.',
            "الباب ما زال مفتوحاً",
            False,
        ),
        ('وقال هاكان فيدان إن "الباب ما زال مفتوحاً أمام الجميع".', "الباب ما زال", True),
        # a noun complement of من: the quotation alone, also when a phrase follows it
        ('وحذر هاكان فيدان من "انتهاكات خطيرة بحق المهاجرين" على الحدود.', "انتهاكات", True),
    ],
)
def test_quotation_or_mixed_content(nlp, text, content, direct):
    ((_, body, is_direct),) = _direct(nlp, text)
    assert body.startswith(content) and is_direct is direct
    assert ("أمام عودة" in body) == ("أمام عودة" in text)


def test_short_quotation_that_is_the_whole_content_is_direct(nlp):
    text = 'مادورو يتحدى.. وكولومبيا تحذر من "حرب إقليمية"\n\nكراكاس - وكالات'
    assert ("تحذر", "حرب إقليمية", True) in _direct(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وجاء ذلك في بيان لوزارة الخارجية القطرية، أكدت فيه أن الدوحة تدين الهجوم.",
            "وزارة الخارجية القطرية",
        ),
        (
            "وأصدرت وزارة الخارجية القطرية بياناً حول الهجوم. وأكد البيان أن الدوحة تدين الهجوم.",
            "وزارة الخارجية القطرية",
        ),
        (
            "وقال هاكان فيدان إن الاجتماع مهم. وأكد البيان أن الدوحة تدين الهجوم.",
            None,  # a statement document nobody issued in the text: not the last speaker
        ),
    ],
)
def test_document_speaks_for_its_issuer(nlp, text, speaker):
    assert _statements(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وردّاً على سؤال، أجاب هاكان فيدان بأن أنقرة لن تتراجع.", "أجاب"),
        ('وأجابت الخارجية الروسية: "لن نتراجع عن موقفنا".', "أجابت"),
        ("واستدرك هاكان فيدان بأن أنقرة لن تتراجع رغم الضغوط.", "استدرك"),
        ("وغرّد هاكان فيدان بأن أنقرة لن تتراجع رغم الضغوط.", "غرّد"),
        ("وشرح هاكان فيدان أن أنقرة لن تتراجع رغم الضغوط.", "شرح"),
    ],
)
def test_more_verbs_of_saying(nlp, text, cue):
    assert [c for c, _, _ in _statements(nlp, text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "وأجابت الحكومة على الرسالة بإرسال وفد إلى أنقرة.",  # an answer by deed
        "وشرح المبادرة في مؤتمر صحفي.",  # شرح needs its subject and أن
    ],
)
def test_answer_and_explain_without_content_are_no_statements(nlp, text):
    assert _statements(nlp, text) == []
