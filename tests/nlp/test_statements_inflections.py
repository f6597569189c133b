"""Generalisation audit of the statement lexicons: every inflection a journalist writes of a
reporting verb or participle (person, gender, number, و/ف clitics, present and past) is a cue in
a plain template sentence, and homographs stay silent. Full pipeline with the packaged KB (the
session ``nlp`` fixture of the root conftest).
"""

from __future__ import annotations

import pytest
from extracted import statements as _statements

from kg.nlp.lexicons import load_tsv
from kg.nlp.statements_lexicon import load_statement_lexicon
from kg.text.normalize import normalize_key

_HE = "وزير الخارجية المصري سامح شكري"
_SHE = "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا"
_GROUP = "واجتمعت الناشطات في القاهرة أمس. "
_MEN = "واجتمع وزراء الخارجية العرب في عمّان أمس. "


def _cues(nlp, text):
    """Text -> (normalised cue, speaker label) of every statement found."""
    return [(normalize_key(c), s) for c, s, _ in _statements(nlp, text)]


# --- verbs: feminine plural and the rest of the paradigm ---------------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (f"{_GROUP}وأكدن في بيانهن أن الحل السياسي هو السبيل الوحيد.", "اكدن"),
        (f"{_GROUP}وقلن إن الحل السياسي هو السبيل الوحيد.", "قلن"),
        (f"{_GROUP}وأشرن إلى أن المفاوضات متعثرة.", "اشرن"),
        (f"{_GROUP}وأضفن أن المفاوضات متعثرة.", "اضفن"),
        (f"{_GROUP}ويعتبرن أن السلطات مسؤولة عن التدهور.", "يعتبرن"),
        (f"{_GROUP}وحذرن من أن الأوضاع تتدهور.", "حذرن"),
        (f"{_MEN}وأكدوا في بيانهم أن الحل السياسي هو السبيل الوحيد.", "اكدوا"),
        (f"{_MEN}ويقولون إن الحل السياسي هو السبيل الوحيد.", "يقولون"),
        (f"{_MEN}فأعلنوا أن القمة ستعقد في الرياض.", "اعلنوا"),
    ],
)
def test_plural_verb_forms_are_cues(nlp, text, cue):
    assert cue in [c for c, _ in _cues(nlp, text)]


@pytest.mark.parametrize(
    ("verb", "subject", "speaker"),
    [
        ("وأكدت", _SHE, "ماريا زاخاروفا"),
        ("فأكدت", _SHE, "ماريا زاخاروفا"),
        ("وتؤكد", _SHE, "ماريا زاخاروفا"),
        ("ويؤكد", _HE, "سامح شكري"),
        ("فقال", _HE, "سامح شكري"),
        ("وتقول", _SHE, "ماريا زاخاروفا"),
        ("وأفادت", _SHE, "ماريا زاخاروفا"),
        ("ويفيد", _HE, "سامح شكري"),
        ("وتعتبر", _SHE, "ماريا زاخاروفا"),
        ("وبيّنت", _SHE, "ماريا زاخاروفا"),
        ("ويستبعد", _HE, "سامح شكري"),
        ("ورجّحت", _SHE, "ماريا زاخاروفا"),
        ("وتتوقع", _SHE, "ماريا زاخاروفا"),
    ],
)
def test_singular_verb_forms_name_their_subject(nlp, verb, subject, speaker):
    found = _cues(nlp, f"{verb} {subject} أن المفاوضات ستستأنف الأسبوع المقبل.")
    assert [s for _, s in found] == [speaker]


# --- participles: feminine plural, dual, tanween spellings --------------------------------------
@pytest.mark.parametrize(
    ("participle", "opening"),
    [
        ("مشيرات إلى", "وقالت الناشطات في بيان إن الوضع صعب، "),
        ("مؤكدات", "وتظاهرت العاملات أمام الوزارة، "),
        ("محذرات من", "وقالت الناشطات في بيان إن الوضع صعب، "),
        ("مؤكدين", "والتقى وزراء الخارجية العرب في عمّان أمس، "),
        ("مؤكدتين", "واجتمعت وزيرتا الخارجية في برلين، "),
        ("مشيرًا إلى", f"وقال {_HE} إن الوضع صعب، "),
        ("مشيرا إلى", f"وقال {_HE} إن الوضع صعب، "),
        ("مبيّنةً", f"وقالت {_SHE} إن الوضع صعب، "),
    ],
)
def test_participle_forms_are_cues(nlp, participle, opening):
    found = _cues(nlp, f"{opening}{participle} أن الحل السياسي هو السبيل الوحيد.")
    assert normalize_key(participle.split()[0]) in [c for c, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        "ونشرت الصحيفة مذكرات الوزير السابق كاملة.",  # مذكرات: memoirs
        "ورفع المتظاهرون لافتات كتب عليها شعارات ضد الحرب.",  # لافتات: banners
        "وقدمت المضيفات الطعام للمسافرين.",  # مضيفات: hostesses
        "وتواصلت المتابعات القضائية بحق المتهمين.",  # متابعات: follow-ups
    ],
)
def test_feminine_plural_homographs_are_no_cues(nlp, text):
    assert _cues(nlp, text) == []


def test_every_rule_verb_has_its_feminine_plural():
    """The rule paradigm covers past +ن and present +ن for every rules=yes verb of the data."""
    lex = load_statement_lexicon()
    for row in load_tsv("statements_verbs.tsv"):
        if row["rules"] != "yes":
            continue
        past, present = normalize_key(row["past"]), normalize_key(row["present"])
        assert past + "ن" in lex.verbs
        if present:
            assert "ي" + present[1:] + "ن" in lex.verbs and "ت" + present[1:] + "ن" in lex.verbs


# --- «وهو ما اعتبره X "…"»: a judgement of the clause just reported ---------------------------
_DEED = "وأعلنت الحكومة الإسرائيلية ضم المستوطنات، "


@pytest.mark.parametrize(
    ("relative", "subject", "speaker", "rest"),
    [
        ("وهو ما اعتبره", _HE, "سامح شكري", '"انتهاكا صارخا للقانون الدولي".'),
        ("وهو ما اعتبرته", _SHE, "ماريا زاخاروفا", '"انتهاكا صارخا للقانون الدولي".'),
        ("وهو ما اعتبره", _HE, "سامح شكري", "انتهاكا صارخا للقانون الدولي."),
        ("الأمر الذي اعتبرته", _SHE, "ماريا زاخاروفا", '"خطوة استفزازية مرفوضة".'),
        ("وهو ما وصفه", _HE, "سامح شكري", 'بأنه "انتهاك صارخ للقانون الدولي".'),
        ("وهو ما اعتبره", "مراقبون", None, "تصعيدا خطيرا في المنطقة."),
    ],
)
def test_judgement_after_a_relative_is_a_statement(nlp, relative, subject, speaker, rest):
    found = _statements(nlp, f"{_DEED}{relative} {subject} {rest}")
    judged = [(s, body) for c, s, body in found if c == relative.split()[-1]]
    assert len(judged) == 1 and judged[0][0] == speaker
    assert "انتهاك" in judged[0][1] or "خطوة" in judged[0][1] or "تصعيدا" in judged[0][1]
    # the quotation is not the earlier verb's content
    assert all(not body.startswith(("انتهاك", "خطوة")) for c, _, body in found if c == "أعلنت")


@pytest.mark.parametrize(
    "tail",
    [
        "وهو ما نفته واشنطن مراراً.",  # no second complement: a denial of it, no content
        "وهو ما تنفيه الحكومة الإيرانية باستمرار.",
        f"وهو ما أكده {_HE}.",
        f"وهو ما رفضه {_HE} في بيان.",
        "الأمر الذي يعني أن المفاوضات انهارت.",  # the narrator's inference
    ],
)
def test_relative_without_judgement_is_no_statement(nlp, tail):
    found = _statements(nlp, f"{_DEED}{tail}")
    assert [c for c, _, _ in found] == ["أعلنت"]


# --- a title placed «في + body/place» before its holder's name ---------------------------------
@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("مسؤولة الملف الإعلامي في الخارجية الروسية ماريا زاخاروفا", "ماريا زاخاروفا"),
        ("رئيس لجنة الشؤون الخارجية في مجلس النواب الأمريكي سيرغي لافروف", "سيرغي لافروف"),
        ("المتحدثة باسم الحملة في موسكو ماريا زاخاروفا", "ماريا زاخاروفا"),
    ],
)
def test_title_placed_in_a_body_before_the_holder(nlp, subject, speaker):
    found = _statements(nlp, f"وقال {subject} إن الوضع الإنساني صعب للغاية.")
    assert [s for _, s, _ in found] == [speaker]


@pytest.mark.parametrize(
    "subject",
    ["مسؤول رفيع في الاتحاد الأوروبي", "مراسلنا في موسكو", "دبلوماسي غربي في القاهرة"],
)
def test_unnamed_official_placed_in_a_body_stays_unnamed(nlp, subject):
    found = _statements(nlp, f"وقال {subject} إن الوضع الإنساني صعب للغاية.")
    assert [s for _, s, _ in found] == [None]


# --- a quoted object of a speech act is no content -----------------------------------------------
_SPEAKER = "الرئيس الفرنسي إيمانويل ماكرون"


@pytest.mark.parametrize(
    "text",
    [
        f'واتهم {_SPEAKER} "أطرافاً سياسية في العاصمة" بالسعي إلى "إضعاف الحكومة".',
        f'واتهمت {_SHE} "جهات داخلية نافذة" بعرقلة الإصلاحات.',
        f'وحث {_SPEAKER} "الأطراف المعنية كافة" على ضبط النفس.',
    ],
)
def test_quoted_object_of_an_accusation_is_no_content(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (f'واتهم {_SPEAKER} "القوى الغربية" بـ"السعي إلى إذلال فرنسا أمام العالم".', "السعي"),
        (f'ووصف {_SPEAKER} "القرار" بأنه "خطوة خطيرة على الاستقرار".', "أنه"),
        (f'واتهم {_SPEAKER} روسيا بأنها "تسعى إلى إذلال أوروبا".', "أنها"),
    ],
)
def test_the_charge_after_a_quoted_object_is_still_content(nlp, text, content):
    ((_, speaker, body),) = _statements(nlp, text)
    assert speaker == "إيمانويل ماكرون" and body.startswith(content)


# --- «المتحدث باسم» + an unrecognised body: the subject runs on to the complementizer ---------
@pytest.mark.parametrize(
    "body",
    ["الدفاع المدني في غزة", "الهلال الأحمر في المدينة", "هيئة الإغاثة المحلية", "الحملة الأهلية"],
)
def test_role_with_unrecognised_body_is_no_object(nlp, body):
    found = _statements(nlp, f"وأكد المتحدث باسم {body} أن الغارة استهدفت مدنيين عزلا.")
    assert [body for _, _, body in found] == ["الغارة استهدفت مدنيين عزلا"]


@pytest.mark.parametrize("contrast", ["بينما", "فيما"])
def test_contrast_clause_with_its_own_subject_is_a_new_speaker(nlp, contrast):
    text = (
        f"وزعم الجيش الإسرائيلي في بيان أنه استهدف مسلحين، {contrast} أكد المتحدث باسم"
        " الدفاع المدني أن الغارة استهدفت مدنيين، موضحاً أن الحصيلة بلغت ثلاثة قتلى."
    )
    found = _statements(nlp, text)
    assert [(c, s) for c, s, _ in found] == [("زعم", "إسرائيل"), ("أكد", None), ("موضحاً", None)]


# --- an unnamed subject then its addressee «لـ + outlet» ------------------------------------
@pytest.mark.parametrize(
    "subject",
    [
        "شهود عيان لوكالة فرانس برس",
        "مصادر مطلعة لقناة الجزيرة",
        "مسؤول أمريكي لوكالة رويترز",
        'دبلوماسي غربي لـ"الشرق الأوسط"',
    ],
)
def test_unnamed_subject_before_an_addressee_is_nobody(nlp, subject):
    found = _statements(nlp, f"وقال {subject} إن القصف استهدف حيا سكنيا.")
    assert [s for _, s, _ in found] == [None]


def test_definite_title_before_a_genitive_lam_still_names_its_holder(nlp):
    found = _statements(nlp, "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع كارثي.")
    assert [s for _, s, _ in found] == ["أنطونيو غوتيريس"]


# --- «صرح المتحدث بأن الرئيس أكد …، مشدداً»: the participle continues the nested speaker
_VISIT = "واستقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية المصري سامح شكري أمس. "


@pytest.mark.parametrize(
    ("report", "participle"),
    [
        ('وصرح المتحدث باسم الإليزيه بأن الرئيس أكد "دعم فرنسا الكامل للحل السياسي"', "مشدداً على"),
        ("وأوضحت الرئاسة الفرنسية أن ماكرون أكد دعم بلاده للحل السياسي", "مشيراً إلى أن"),
        ('وقال بيان للإليزيه إن الرئيس شدد على "ضرورة وقف إطلاق النار"', "لافتاً إلى أن"),
    ],
)
def test_participle_after_a_nested_report_continues_the_nested_speaker(nlp, report, participle):
    text = f"{_VISIT}{report}، {participle} المرحلة المقبلة تتطلب جهودا مضاعفة."
    found = _statements(nlp, text)
    assert found[-1][0] == participle.split()[0] and found[-1][1] == "إيمانويل ماكرون"


def test_participle_without_a_nested_report_continues_the_speaker(nlp):
    text = f"{_VISIT}وقال شكري إن المباحثات كانت بناءة، مشيراً إلى أن المرحلة المقبلة صعبة."
    assert [s for _, s, _ in _statements(nlp, text)] == ["سامح شكري", "سامح شكري"]


# --- nouns whose first ب/ل is a root letter are subjects, not prepositional phrases -------------
_BEFORE = "وقال وزير الخارجية المصري سامح شكري إن الوضع صعب. "


@pytest.mark.parametrize(
    "clause",
    [
        "وأظهرت بيانات رسمية أن البطالة ارتفعت.",
        "وأكدت بلدية المدينة أن المياه ستعود غدا.",
        "وأكد بيان رسمي أن المياه ستعود غدا.",
        "وقالت لجنة تحقيق مستقلة إن المياه ستعود غدا.",
        "وأكدت بعثة أممية أن المياه ستعود غدا.",
    ],
)
def test_root_b_or_l_noun_is_a_subject_not_the_last_speaker(nlp, clause):
    found = _statements(nlp, _BEFORE + clause)
    assert len(found) == 2 and found[1][1] != "سامح شكري"


@pytest.mark.parametrize(
    "clause", ["وطالب بوقف فوري لإطلاق النار.", "ورحب بتصريحات الوزير الأردني."]
)
def test_preposition_b_after_a_demand_is_still_no_subject(nlp, clause):
    assert [s for _, s, _ in _statements(nlp, _BEFORE + clause)] == ["سامح شكري"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وبحسب بيانات رسمية، فإن البطالة ارتفعت إلى عشرة في المئة.", None),
        ("وارتفعت البطالة إلى عشرة في المئة، بحسب بيانات رسمية.", None),
        ("وبحسب بيان للجيش اللبناني، فإن الوحدات انتشرت في الجنوب.", "لبنان"),
    ],
)
def test_data_and_document_sources(nlp, text, speaker):
    ((_, s, _),) = _statements(nlp, text)
    assert s == speaker


# --- «X، بحسب Y، Z»: a source aside inside the clause it sources ---------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وقتل ثلاثة مدنيين، بحسب وزارة الصحة الفلسطينية، في الغارة الإسرائيلية على خان يونس.",
            "وزارة الصحة الفلسطينية",
        ),
        ("ونزح آلاف السكان، وفق مصادر محلية، من القرى الحدودية خلال الليل.", None),
        ("والحل، وفق وزير الخارجية المصري سامح شكري، سياسي بامتياز ولا بديل عنه.", "سامح شكري"),
    ],
)
def test_source_aside_covers_its_whole_clause(nlp, text, speaker):
    ((_, s, body),) = _statements(nlp, text)
    assert s == speaker and body.endswith(text.split("،")[-1].strip(" .")) and "،" in body


def test_source_aside_before_a_clause_of_its_own_verb_is_no_statement(nlp):
    text = "وأكد شكري، بحسب وكالة الأنباء الرسمية، أن بلاده ترفض التهجير."
    assert [c for c, _, _ in _statements(nlp, text)] == ["أكد"]


# --- unnamed group subjects: «الدول الأعضاء», «المشاركون» --------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وشددت الدول الأعضاء على ضرورة الحل السياسي.", "ضرورة الحل"),
        ("وأعربت القوى السياسية عن قلقها من التصعيد.", "قلقها"),
        ("وحذرت الفصائل المسلحة من أن التصعيد سيستمر.", "التصعيد"),
        ("وأكد المشاركون الالتزام بالحل السياسي.", "الالتزام"),
        ("وأكد المجتمعون رفضهم القاطع للتهجير.", "رفضهم"),
    ],
)
def test_unnamed_group_subject_then_its_content(nlp, text, content):
    ((_, speaker, body),) = _statements(nlp, text)
    assert speaker is None and body.startswith(content)


# --- a headline speaker whose title word the name mention left out ------------------------------
_BODY = (
    "\n\nعمان - الغد\n\nقال الملك عبدالله الثاني إن الأردن يرفض التهجير. وأكد أمير قطر الشيخ"
    " تميم بن حمد آل ثاني دعم بلاده للأردن."
)


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("الملك عبدالله الثاني: الأردن لن يكون وطنا بديلا", "الملك عبد الله الثاني"),
        ("الشيخ تميم بن حمد: قطر مستمرة في الوساطة", "تميم بن حمد آل ثاني"),
    ],
)
def test_headline_title_word_before_the_name(nlp, headline, speaker):
    found = _statements(nlp, headline + _BODY)
    assert found[0][0] == ":" and found[0][1] == speaker


def test_headline_noun_before_a_name_is_a_topic(nlp):
    found = _statements(nlp, "زيارة الملك عبدالله الثاني: تفاصيل الجولة الأوروبية" + _BODY)
    assert all(c != ":" for c, _, _ in found)


# --- the occasion of a report after a comma ends its content -----------------------------------
@pytest.mark.parametrize(
    "occasion",
    [
        "خلال لقائه نظيره الأردني في القاهرة",
        "لدى استقباله المبعوث الأممي",
        "على هامش القمة العربية",
        "في كلمة أمام البرلمان",
        "عقب اجتماعه بالمبعوث الأممي",
        "في مؤتمر صحافي مشترك مع نظيره الأردني",
    ],
)
def test_occasion_after_a_comma_is_no_content(nlp, occasion):
    text = f"وأكد وزير الخارجية المصري سامح شكري أن الحل السياسي هو الخيار الوحيد، {occasion}."
    assert [body for _, _, body in _statements(nlp, text)] == ["الحل السياسي هو الخيار الوحيد"]


@pytest.mark.parametrize("tail", ["خلال المرحلة المقبلة", "في ظل تعقد الأزمة"])
def test_time_or_circumstance_after_a_comma_stays_in_the_content(nlp, tail):
    text = f"وأكد وزير الخارجية المصري سامح شكري أن الحل السياسي ممكن، {tail}."
    assert [body for _, _, body in _statements(nlp, text)] == [f"الحل السياسي ممكن، {tail}"]


# --- event participles end the content before them and report nothing of their own -------------
@pytest.mark.parametrize(
    "participle",
    [
        "موجها بتشكيل لجنة تحقيق",
        "محملا الحكومة الإسرائيلية مسؤولية التصعيد",
        "ملوحا بمراجعة الاتفاقيات الثنائية",
        "مهددا باتخاذ إجراءات مضادة",
        "مناشدا المجتمع الدولي التدخل",
        "منددا بالصمت الدولي",
    ],
)
def test_event_participle_ends_the_content(nlp, participle):
    text = f"وقال وزير الخارجية المصري سامح شكري إن الوضع صعب للغاية، {participle}."
    assert [body for _, _, body in _statements(nlp, text)] == ["الوضع صعب للغاية"]


@pytest.mark.parametrize(
    "text",
    [
        "ووصلت خمسون شاحنة إلى المعبر، محملة بالمساعدات الغذائية.",
        "وتبقى المنازل القديمة، مهددة بالانهيار في أي لحظة.",
    ],
)
def test_adjective_homographs_of_event_participles_are_no_cues(nlp, text):
    assert _statements(nlp, text) == []


# --- «"…".. X يحذر»: a headline's opening quotation is the content of its SVO verb ----------------
_JOR = "\n\nعمان - الغد\n\nقال وزير الخارجية الأردني أيمن الصفدي إن الأردن يرفض التهجير."


@pytest.mark.parametrize(
    ("headline", "quote"),
    [
        ('"التهجير إلى الأردن خط أحمر".. الصفدي يحذر إسرائيل', "التهجير إلى الأردن خط أحمر"),
        ('"لن نقبل بالوطن البديل" - الصفدي يحذر إسرائيل', "لن نقبل بالوطن البديل"),
        ("«الضم يقوض حل الدولتين».. الصفدي يحذر", "الضم يقوض حل الدولتين"),
    ],
)
def test_opening_quote_of_a_headline_is_its_verbs_content(nlp, headline, quote):
    assert _statements(nlp, headline + _JOR)[0] == ("يحذر", "أيمن الصفدي", quote)


@pytest.mark.parametrize(
    "headline",
    ['"خط أحمر".. الصفدي يحذر إسرائيل', '"التهجير خط أحمر".. الصفدي يلتقي بلينكن في واشنطن'],
)
def test_short_quote_or_no_reporting_verb_is_no_headline_statement(nlp, headline):
    found = _statements(nlp, headline + _JOR)
    assert len(found) == 1
