"""Second round of rules for unseen articles (dev6): honorifics and chained titles before a
name, portfolio titles with a nationality adjective, continuation subjects (a second clause,
«قد», «لكنه», honorific pronouns), headline titles and sources, بـ-complements, object contents,
passive reports. Full pipeline with the packaged KB (people here are not KB entries)."""

from __future__ import annotations

import pytest
from extracted import doc_of as _doc
from extracted import label_of as _label


def _statements(doc) -> list[tuple[str, str | None, str]]:
    """(cue, speaker label, content) of every statement."""
    return [
        (s.cue_text, _label(doc, s.speaker), doc.text[s.content[0] : s.content[1]])
        for s in doc._.kg_statements
    ]


# --- names after titles ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المتحدث الرسمي باسم رئاسة الجمهورية المستشار أحمد فهمي إن اللقاء تناول التهدئة.",
         "أحمد فهمي"),
        ("أعلنت وزيرة الشؤون الاجتماعية اللبنانية حنين السيد أن الحكومة ستطلق خطة.", "حنين السيد"),
        ("نقلت الوكالة عن وزير الإدارة المحلية والبيئة حسين مخلوف قوله إن الحكومة ترحب.",
         "حسين مخلوف"),
        ("وقال رئيس المفوضية الوطنية العليا للانتخابات عماد السايح إن المفوضية جاهزة.",
         "عماد السايح"),
        ("وقال القيادي في حماس أسامة حمدان إن الحركة تعاملت بإيجابية.", "أسامة حمدان"),
        ("فيما قالت منسقة الشؤون الإنسانية في السودان كليمنتاين نكويتا سلامي إن الوضع كارثي.",
         "كليمنتاين نكويتا سلامي"),
        ("وقال رئيس مجلس السيادة السوداني قائد الجيش الفريق أول عبد الفتاح البرهان إن الجيش مستعد.",
         "عبد الفتاح البرهان"),
    ],
)  # fmt: skip
def test_the_holder_after_honorifics_and_portfolios_speaks(nlp, text, name):
    doc = _doc(nlp, text)
    assert [sp for _, sp, _ in _statements(doc)] == [name]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("وقال العماد جوزيف عون إن الجيش جاهز.", None),  # a rank with the article
        ("وأكد أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح أن الأمن كل لا يتجزأ.",
         "خالد مشعل"),  # a KB surname that starts a longer name
        ("استبعد وزير الخارجية الإيراني عباس عراقجي استئناف المفاوضات. وأفاد عراقجي بأن "
         "بلاده مستعدة.", None),  # «استئناف» is no name word
    ],
)  # fmt: skip
def test_names_are_not_cut_or_captured(nlp, text, wrong):
    doc = _doc(nlp, text)
    speakers = [sp for _, sp, _ in _statements(doc)]
    assert speakers and all(sp is not None and sp != wrong for sp in speakers)


def test_ambassador_in_a_capital_keeps_the_place(nlp):
    doc = _doc(nlp, "قال العليمي خلال استقباله سفير الاتحاد الأوروبي في الرياض إن الحكومة صامدة.")
    kinds = {(m.text, m.type) for m in doc._.kg_mentions}
    assert ("الرياض", "Country") not in kinds


# --- who speaks when the clause has no named subject --------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("تعهد قائد الجيش الفريق أول عبد الفتاح البرهان بمواصلة العمليات، وقال في كلمة ألقاها "
         "أمام ضباط إن الجيش لن يتفاوض.", "عبد الفتاح البرهان"),
        ("وكان رئيس الحكومة نجيب ميقاتي قد طالب المجتمع الدولي بدعم العودة، مشيراً إلى أن لبنان "
         "تحمّل ما يفوق طاقته.", "نجيب ميقاتي"),
        ("وأكد أمير دولة الكويت الشيخ مشعل الأحمد أن الأمن واحد. وشدد سموه على ضرورة التعاون.",
         "مشعل الأحمد"),
    ],
)  # fmt: skip
def test_continuations_keep_the_clause_subject(nlp, text, speaker):
    doc = _doc(nlp, text)
    assert [sp for _, sp, _ in _statements(doc)][-1] == speaker


def test_but_he_opens_a_new_statement_by_the_same_speaker(nlp):
    doc = _doc(
        nlp,
        "وأفاد وزير الخارجية الإيراني عباس عراقجي، في مؤتمر صحفي عقده في طهران، بأن بلاده "
        'مستعدة للحوار، لكنه رأى أن الدول الأوروبية "فقدت مصداقيتها".',
    )
    found = _statements(doc)
    assert [(c, sp) for c, sp, _ in found] == [("أفاد", "عباس عراقجي"), ("رأى", "عباس عراقجي")]
    assert "لكنه" not in found[0][2] or found[0][2].index("لكنه") > 0
    assert found[1][2].startswith("الدول الأوروبية")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وقال الوزير إن الجيش تقدم. وأُعلن في وقت لاحق أن الجيش استعاد السيطرة على أحياء.", "أُعلن"),
        ("وقال الوزير إن الجيش تقدم. وقيل إن البيت الأبيض يفضل الحل الدبلوماسي.", "قيل"),
    ],
)  # fmt: skip
def test_passive_reports_have_no_speaker(nlp, text, cue):
    doc = _doc(nlp, text)
    found = {c: sp for c, sp, _ in _statements(doc)}
    assert cue in found and found[cue] is None


def test_impersonal_passive_is_no_statement(nlp):
    doc = _doc(nlp, "قال الوزير إن الجيش تقدم. ويُذكر أن المبعوث زار بيروت الشهر الماضي.")
    assert [c for c, _, _ in _statements(doc)] == ["قال"]


# --- contents -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("بدوره، نوّه وزير الخارجية بدر عبد العاطي بالدور الذي تقوم به الإدارة الأمريكية، غير أنه "
         "حذّر من أن استمرار العمليات يقوض الاتفاق.", "نوّه", "بالدور الذي تقوم به"),
        ("استبعد وزير الخارجية الإيراني عباس عراقجي استئناف المفاوضات حول البرنامج النووي.",
         "استبعد", "استئناف المفاوضات"),
    ],
)  # fmt: skip
def test_noun_complements_are_contents(nlp, text, cue, content):
    found = {c: body for c, _, body in _statements(_doc(nlp, text))}
    assert found[cue].startswith(content)
    assert "حذّر" not in found[cue]


# --- headlines ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وزيرة الشؤون الاجتماعية: لبنان لم يعد قادراً على تحمل النزوح\n\nأعلنت وزيرة الشؤون "
         "الاجتماعية اللبنانية حنين السيد أن الحكومة ستطلق خطة.", "حنين السيد"),
        ("مصدر رفيع المستوى: استئناف المفاوضات الأسبوع المقبل\n\nصرّح مصدر مصري بأن الجولة "
         "ستنطلق قريباً.", None),
    ],
)  # fmt: skip
def test_headline_title_or_source_before_a_colon(nlp, text, speaker):
    found = _statements(_doc(nlp, text))
    assert found[0][0] == ":" and found[0][1] == speaker


def test_headline_colon_after_a_common_noun_is_no_statement(nlp):
    found = _statements(
        _doc(nlp, "ملاحظة: المفاوضات تستأنف الأسبوع المقبل\n\nوقال الوزير إن الجولة قريبة.")
    )
    assert ":" not in [c for c, _, _ in found]


# --- second batch: sources, channels, continuations -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('وقالت منظمة "هيومن رايتس ووتش" إن السلطات "أجبرت" مئات اللاجئين على التوقيع.', "قالت",
         "هيومن رايتس ووتش"),
        ("وأكد الوزير حسين مخلوف أن العودة آمنة. ويقول لاجئون في مخيمات عرسال إنهم يخشون "
         "الملاحقة.", "يقول", None),
        ("وعلى الصعيد الخليجي، تدعم الإمارات الحوار لحل الخلافات بالطرق السلمية، وفقاً لبيان "
         "صادر عن وزارة الخارجية الإماراتية.", "وفقاً", "وزارة الخارجية الإماراتية"),
        ("أعرب ولي العهد السعودي الأمير محمد بن سلمان عن تقديره لجهود الكويت. ونقلت الوكالة "
         'عنه تأكيده أن المملكة "ماضية في دعم المجلس".', "نقلت", "محمد بن سلمان"),
        ("قال قائد الجيش الفريق أول عبد الفتاح البرهان إن الجيش لن يتفاوض. ومضى قائلاً: "
         '"من يريد السلام عليه أن يسلم سلاحه".', "قائلاً", "عبد الفتاح البرهان"),
    ],
)  # fmt: skip
def test_sources_channels_and_continuations(nlp, text, cue, speaker):
    found = {c: sp for c, sp, _ in _statements(_doc(nlp, text))}
    assert cue in found and found[cue] == speaker


def test_quoted_name_after_an_organisation_noun_is_not_the_content(nlp):
    found = _statements(_doc(nlp, 'وقالت منظمة "هيومن رايتس ووتش" إن السلطات أجبرت اللاجئين.'))
    assert found[0][2].startswith("السلطات")


def test_between_after_a_quote_is_not_a_cue(nlp):
    doc = _doc(nlp, 'وأوضح المصدر أن مصر "تبذل جهوداً مكثفة لتقريب وجهات النظر" بين الأطراف.')
    assert [c for c, _, _ in _statements(doc)] == ["أوضح"]


def test_family_name_after_abdullah(nlp):
    doc = _doc(
        nlp,
        "وقال الأمين العام جاسم البديوي إن القادة اتفقوا، خلال لقائه وزير الخارجية الكويتي "
        "عبد الله اليحيا. بدوره، أوضح اليحيا أن الرئاسة ستركز على الاقتصاد.",
    )
    assert ("أوضح", "عبد الله اليحيا") in [(c, sp) for c, sp, _ in _statements(doc)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('وقال الوزير إسماعيل بقائي إن الجزر إيرانية، واصفاً البيان بأنه "تدخل مرفوض".', "تدخل"),
        ("وقال الوزير إسماعيل بقائي إن الاتفاق جيد، واصفةً الخطوة بأنها مهمة.", "أنها مهمة"),
    ],
)  # fmt: skip
def test_describing_participle_skips_its_object(nlp, text, content):
    found = _statements(_doc(nlp, text))
    assert found[-1][0].startswith("واصف") and content in found[-1][2]
    assert "البيان" not in found[-1][2] and "الخطوة" not in found[-1][2]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("في حين رأى المحلل السياسي علي حسين أن الحكومة تواجه أزمة.", "علي حسين"),
        ("وقال الخبير العسكري اللواء فايز الدويري إن المعركة طويلة.", "فايز الدويري"),
        ("وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين قلقة.", "أنالينا بيربوك"),
        ("وقال وزير الداخلية التركي علي يرلي كايا إن العودة طوعية.", "علي يرلي كايا"),
        ("وحسب ما أفادت به وكالة رويترز، فإن الوفد غادر القاهرة.", "رويترز"),
    ],
)  # fmt: skip
def test_more_people_and_sources_outside_the_kb(nlp, text, speaker):
    assert [sp for _, sp, _ in _statements(_doc(nlp, text))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن بلادنا لن تتراجع.",  # a word carrying a pronoun is no name
        "وشدد الوزير على ضرورة التهدئة.",  # «على» is the preposition
        "استقبل الرئيس محمد يزور موسكو.",  # a verb before a KB name stays a verb
    ],
)
def test_no_name_is_invented(nlp, text):
    doc = _doc(nlp, text)
    names = [m.text for m in doc._.kg_mentions if m.type == "Person" and m.kind == "name"]
    assert not any(w in " ".join(names) for w in ("بلادنا", "على", "يزور"))


def test_according_to_a_pledge_is_no_source(nlp):
    doc = _doc(nlp, "أرادت الإدارة تطبيع العلاقات بين البلدين، وفق ما تعهد به الرئيس خلال حملته.")
    assert _statements(doc) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("الناطق العسكري باسم كتائب القسام أبو عبيدة قال إن المقاومة مستمرة.", "أبو عبيدة"),
        ("وقال مسؤول أمريكي طلب عدم نشر اسمه إن واشنطن تدرس العقوبات.", None),
    ],
)  # fmt: skip
def test_armed_wings_and_anonymous_officials(nlp, text, speaker):
    assert [sp for _, sp, _ in _statements(_doc(nlp, text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وشدد الرئيس الفرنسي إيمانويل ماكرون خلال اتصال هاتفي مع نظيره الأمريكي على ضرورة "
         "وقف التصعيد.", "شدد", "إيمانويل ماكرون"),
        ("ونسبت وكالة رويترز إلى مسؤول إيراني قوله إن طهران لن تتراجع.", "نسبت", None),
        ("وأصدرت وزارة الخارجية القطرية بياناً. وجاء في البيان أن الدوحة تدين الهجوم.", "جاء",
         "وزارة الخارجية القطرية"),
        ("وجاء في بيان للخارجية المصرية أن القاهرة ترفض التهجير.", "جاء",
         "وزارة الخارجية المصرية"),
    ],
)  # fmt: skip
def test_adjunct_before_a_complement_channels_and_documents(nlp, text, cue, speaker):
    found = {c: sp for c, sp, _ in _statements(_doc(nlp, text))}
    assert cue in found and found[cue] == speaker


@pytest.mark.parametrize(
    "text",
    ["وجاء ذلك خلال استقباله الوفد.", "وتشير روسيا بالاتهام إلى الفصائل المسلحة."],
)
def test_no_statement_without_a_document_or_a_content(nlp, text):
    assert _statements(_doc(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وأبرز وزير الخارجية المغربي ناصر بوريطة، في ندوة صحفية مشتركة مع نظيره الإسباني، أن "
         "العلاقات ممتازة.", "أبرز", "ناصر بوريطة"),
        ("وسجل الوزير ناصر بوريطة أن التعاون الأمني مثمر.", "سجل", "ناصر بوريطة"),
        ("وأعلنت وزارة الداخلية المغربية، في بلاغ لها، أن السلطات فككت خلية. وأشار البلاغ إلى "
         "أن الخلية كانت تخطط لهجمات.", "أشار", "وزارة داخلية المغرب"),
        ("وقال عضو المكتب السياسي لحركة حماس باسم نعيم إن الحركة لم تتلق أي مقترح.", "قال",
         "باسم نعيم"),
    ],
)  # fmt: skip
def test_maghreb_verbs_documents_and_genitive_titles(nlp, text, cue, speaker):
    found = {c: sp for c, sp, _ in _statements(_doc(nlp, text))}
    assert cue in found and found[cue] == speaker


def test_recorded_progress_is_no_statement(nlp):
    assert _statements(_doc(nlp, "وسجل الجيش تقدماً في المعارك.")) == []


@pytest.mark.parametrize(
    "text",
    [
        'وزير الخارجية الأردني أيمن الصفدي لـ"العربية": الأردن لن يقبل بالتهجير',
        "بالفيديو.. وزير الخارجية الأردني أيمن الصفدي: الأردن لن يقبل بالتهجير",
    ],
)
def test_headline_with_a_kicker_or_an_outlet(nlp, text):
    assert _statements(_doc(nlp, text)) == [(":", "أيمن الصفدي", "الأردن لن يقبل بالتهجير")]


@pytest.mark.parametrize(
    "text",
    [
        "وختم الوزير أيمن الصفدي حديثه بالقول إن الأردن سيبقى إلى جانب الأشقاء.",
        "واكتفى الوزير أيمن الصفدي بالقول إن الأردن سيبقى إلى جانب الأشقاء.",
    ],
)
def test_by_saying(nlp, text):
    found = _statements(_doc(nlp, text))
    assert [(c, sp) for c, sp, _ in found] == [("بالقول", "أيمن الصفدي")]
    assert found[0][2].startswith("الأردن")


def test_the_guest_with_a_nationality_is_the_visitor(nlp):
    doc = _doc(
        nlp,
        "واستقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الإيطالي أنطونيو تاياني. "
        "وأكد الضيف الإيطالي أن روما تدعم الحوار.",
    )
    assert [sp for _, sp, _ in _statements(doc)] == ["أنطونيو تاياني"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال سكرتير الحزب الديمقراطي الكردستاني فاضل ميراني إن الانتخابات في موعدها.",
         "فاضل ميراني"),
        ("وقال وكيل وزارة الخارجية العراقية محمد بحر العلوم إن بغداد ترفض التدخل.",
         "محمد بحر العلوم"),
        ("وقال عضو الكنيست الإسرائيلي أحمد الطيبي إن الحرب كارثة.", "أحمد الطيبي"),
        ("وقالت النائبة في البرلمان الأوروبي ريما حسن إن أوروبا متواطئة.", "ريما حسن"),
        ("وقال أمين عام حزب الله نعيم قاسم إن المقاومة مستعدة.", "نعيم قاسم"),
        ("وقال المدير التنفيذي لبرنامج الأغذية العالمي سيندي ماكين إن المجاعة وشيكة.",
         "سيندي ماكين"),
    ],
)  # fmt: skip
def test_more_titles(nlp, text, speaker):
    assert [sp for _, sp, _ in _statements(_doc(nlp, text))] == [speaker]


@pytest.mark.parametrize(
    "text", ["وقال عضو في الحزب إن الحرب كارثة.", "وقال النائب إن الحكومة فشلت."]
)
def test_titles_without_a_name_name_nobody(nlp, text):
    assert [sp for _, sp, _ in _statements(_doc(nlp, text))] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('ونقلت الوكالة عن المتحدث باسم الحكومة باسم العوادي قوله إن "المباحثات كانت صريحة".',
         "باسم العوادي"),
        ("وقال المتحدث باسم الحركة إن المباحثات صريحة.", None),
    ],
)  # fmt: skip
def test_basim_is_a_name_or_the_particle(nlp, text, speaker):
    assert [sp for _, sp, _ in _statements(_doc(nlp, text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وعبر وزير الخارجية الروسي سيرغي لافروف عن قلقه من التصعيد.",
         [("عبر", "سيرغي لافروف")]),
        ("وأكد وزير الخارجية الروسي سيرغي لافروف، حسب ما نقلت عنه وكالة تاس، أن موسكو مستعدة.",
         [("أكد", "سيرغي لافروف")]),
        ("وقال الوزير سيرغي لافروف عبر الهاتف إن الوضع خطير.", [("قال", "سيرغي لافروف")]),
    ],
)  # fmt: skip
def test_expressed_and_asides(nlp, text, found):
    assert [(c, sp) for c, sp, _ in _statements(_doc(nlp, text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("السيسي يستقبل رئيس الوزراء الفلسطيني ويؤكد رفض تهجير سكان غزة",
         [("يؤكد", "عبد الفتاح السيسي", "رفض تهجير سكان غزة")]),
        ("وأكد وزير الخارجية سيرغي لافروف دعم بلاده للحل السياسي.",
         [("أكد", "سيرغي لافروف", "دعم بلاده للحل السياسي")]),
        ("وأكدت مصادر مطلعة وصول الوفد إلى القاهرة.",
         [("أكدت", None, "وصول الوفد إلى القاهرة")]),
        ("ولم يؤكد الجانب العماني أي دور في نقل الرسائل.", []),
        ("وأكد الرئيس عبد المجيد تبون خلال اللقاء.", []),
    ],
)  # fmt: skip
def test_affirmed_object(nlp, text, found):
    assert _statements(_doc(nlp, text)) == found


def test_honorific_subject_keeps_the_last_speaker(nlp):
    doc = _doc(
        nlp,
        "أكد رئيس دولة فلسطين محمود عباس أن القدس ستبقى العاصمة. وطالب سيادته المجتمع الدولي "
        "بتحمل مسؤولياته، مشدداً على أن الشعب الفلسطيني لن يرحل.",
    )
    assert [sp for _, sp, _ in _statements(doc)] == ["محمود عباس", "محمود عباس"]


def test_his_highness_sheikh_introduces_a_name(nlp):
    doc = _doc(nlp, "أكد سمو الشيخ عبدالله بن زايد وزير الخارجية أن دولة الإمارات تدعم السلام.")
    speaker = _statements(doc)[0][1]
    assert speaker is not None and speaker.startswith("عبدالله بن زايد")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقالت فرنسا وألمانيا في بيان مشترك إن الاتفاق ضروري.", None),
        ("وقال وزيرا خارجية مصر والأردن إن التهجير مرفوض.", None),
        ("وقال وزير الخارجية المصري بدر عبد العاطي ونظيره الأردني أيمن الصفدي إن التهجير "
         "مرفوض.", None),
        ("واتهمت الخارجية الروسية واشنطن بأنها تعرقل التسوية.", "وزارة الخارجية الروسية"),
        ("وقال وزير الخارجية المصري بدر عبد العاطي إن مصر والأردن يرفضان التهجير.",
         "بدر عبد العاطي"),
    ],
)  # fmt: skip
def test_joint_speakers_are_nobody(nlp, text, speaker):
    assert [sp for _, sp, _ in _statements(_doc(nlp, text))] == [speaker]


# --- dev7 round ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('وكان وزير الداخلية الفرنسي برونو روتايو قد اتهم الجزائر بـ"السعي إلى إذلال فرنسا".',
         [("اتهم", "برونو روتايو", "السعي إلى إذلال فرنسا")]),
        ("واتهم الوزير برونو روتايو إيران بزعزعة الاستقرار في المنطقة.", []),
        ('ورحب المتحدث بيشوا هوراماني بالتصويت، واعتبره "خطوة أولى في الاتجاه الصحيح".',
         [("اعتبره", "بيشوا هوراماني", "خطوة أولى في الاتجاه الصحيح")]),
        ('ونفت وزارة النفط الاتحادية وجود أي "اتفاقات سرية" مع الإقليم.',
         [("نفت", "وزارة النفط الاتحادية", 'وجود أي "اتفاقات سرية" مع الإقليم')]),
        ("يذكر أن الرئيس عبد المجيد تبون كان قد أعلن في جويلية الماضي تجميد زيارته.",
         [("أعلن", "عبد المجيد تبون", "تجميد زيارته")]),
        ('وهو ما ردّ عليه المجلس الشعبي الوطني ببيان أكد فيه أن اللائحة "تدخل سافر".',
         [("أكد", "المجلس الشعبي الوطني", 'اللائحة "تدخل سافر"')]),
    ],
)  # fmt: skip
def test_charges_objects_and_earlier_announcements(nlp, text, found):
    assert _statements(_doc(nlp, text)) == found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("فيما قال وزير الجيش يسرائيل كاتس إن القوات ستبقى.", "يسرائيل كاتس"),
        ("وأشار المتحدث باسم التحالف العميد تركي المالكي إلى أن التحالف ملتزم بالتهدئة.",
         "تركي المالكي"),
        ('إذ أكد الأمين العام المساعد لشؤون فلسطين سعيد أبو علي أن "الصمت الدولي يشجع '
         'الاحتلال".', "سعيد أبو علي"),
        ("ويرى الباحث في العلاقات الدولية حسني عبيدي أن الأزمة الحالية هي الأخطر.",
         "حسني عبيدي"),
        ("رحب المتحدث باسم حكومة إقليم كوردستان بيشوا هوراماني بالتصويت. وأضاف أن الإقليم "
         "مستعد.", "بيشوا هوراماني"),
    ],
)  # fmt: skip
def test_dev7_speakers(nlp, text, speaker):
    assert [sp for _, sp, _ in _statements(_doc(nlp, text))][-1] == speaker


def test_a_nisba_before_a_common_word_is_no_given_name(nlp):
    doc = _doc(nlp, "وقال مسؤول تركي رفيع إن أنقرة مستعدة.")
    assert [sp for _, sp, _ in _statements(doc)] == [None]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ('رام الله 10-2-2025 وفا- حذّرت الرئاسة الفلسطينية من خطورة استمرار العدوان على جنين، '
         'معتبرة أن ما يجري "حرب مفتوحة".', "حذّرت", "السلطة الفلسطينية", "خطورة استمرار"),
        ('وأدانت وزارة الخارجية والمغتربين الفلسطينية تصريحات كاتس، ووصفتها بأنها "اعتراف '
         'صريح بنية الاحتلال".', "وصفتها", "وزارة الخارجية والمغتربين", 'أنها "اعتراف صريح'),
        ('بدوره، أوضح الوزير عبد الله اليحيا أن الرئاسة ستركز على الاقتصاد. وتابع قائلاً: '
         '"نريد أن نصل إلى السوق المشتركة".', "قائلاً", "عبد الله اليحيا", "نريد"),
    ],
)  # fmt: skip
def test_own_preposition_coordinated_clause_and_went_on(nlp, text, cue, speaker, content):
    found = {c: (sp, body) for c, sp, body in _statements(_doc(nlp, text))}
    assert cue in found and found[cue][0] == speaker and found[cue][1].startswith(content)


def test_demand_in_a_coordinated_clause_without_content_is_no_statement(nlp):
    doc = _doc(nlp, "وأدانت الوزارة الهجوم، وطالبت بفتح تحقيق دولي.")
    assert _statements(doc) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وكانت الجزائر قد أعلنت في أوت 2021 قطع علاقاتها مع الرباط، متهمة المملكة بأعمال "
         "عدائية.", "أعلنت", "قطع علاقاتها"),
        ("أعرب الوزير سامح شكري عن قلق القاهرة، مؤكداً خلال اتصال هاتفي مع نظيره السوداني "
         "أن مصر تدعم وحدة السودان.", "مؤكداً", "مصر تدعم"),
    ],
)  # fmt: skip
def test_time_and_adjunct_phrases_before_the_content(nlp, text, cue, content):
    found = {c: body for c, _, body in _statements(_doc(nlp, text))}
    assert found[cue].startswith(content)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ورحب الوزير بالقرار.", []),
        ("ونفى الكرملين ذلك.", []),
        ("وقالت المبعوثة الأممية بالإنابة ستيفاني خوري إن البعثة ستواصل دعم المسار.",
         [("قالت", "ستيفاني خوري", "البعثة ستواصل دعم المسار")]),
    ],
)  # fmt: skip
def test_no_name_from_a_prepositional_noun_no_content_from_a_pointer(nlp, text, found):
    doc = _doc(nlp, text)
    assert _statements(doc) == found
    assert not any(m.text == "بالقرار" for m in doc._.kg_mentions)
