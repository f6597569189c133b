"""Rules that carry over to articles nobody tuned on: people outside the KB, pattern
organisations, institutions, government phrases, clause subjects, demand verbs, possessed event
nouns. Full pipeline with the packaged KB (people here are deliberately not KB entries)."""

from __future__ import annotations

import pytest
from extracted import doc_of as _doc


def _actor_of(doc, surface: str, kind: str | None = None) -> str | None:
    found = [m for m in doc._.kg_mentions if m.text == surface and (kind is None or m.kind == kind)]
    assert found, [(m.text, m.kind) for m in doc._.kg_mentions]
    return found[0].actor


def _speakers(doc) -> list[tuple[str, str | None]]:
    return [(s.cue_text, s.speaker) for s in doc._.kg_statements]


# --- people outside the KB ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قال رئيس الوزراء الأردني سامي هاني الخرابشة إن الحكومة ملتزمة.", "سامي هاني الخرابشة"),
        ("أكد رئيس الوزراء العراقي محمد جاسم الكناني أن حكومته ملتزمة.", "محمد جاسم الكناني"),
        ("قالت رئيسة الوزراء الإيطالية ماريا فيراري إن الخطوة مهمة.", "ماريا فيراري"),
        ("أعلن المتحدث العسكري العميد يحيى الشامي أن القوات استهدفت سفينة.", "يحيى الشامي"),
        ("اعتبر الأمين العام للاتحاد العام التونسي للشغل نور الدين الجلاصي أن الاتفاق غامض.",
         "نور الدين الجلاصي"),
        ("أكد رئيس حكومة تصريف الأعمال نجيب قباني أن لبنان لا يريد الحرب.", "نجيب قباني"),
        ("قال قائد الجيش الفريق أول عبد الرحيم حسن الطيب إن الجيش لن يوقع.",
         "عبد الرحيم حسن الطيب"),
    ],
)  # fmt: skip
def test_person_after_a_title_is_the_speaker(nlp, text, name):
    doc = _doc(nlp, text)
    person = _actor_of(doc, name, "name")
    assert person is not None and person.startswith("local:Person:")
    assert [s for _, s in _speakers(doc)] == [person]


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("هدد وزير الدفاع الإسرائيلي يوآف غالانت بتوسيع العمليات.", "يوآف غالانت", "بتوسيع"),
        ("استقبل رئيس المجلس الرئاسي الليبي محمد المنفي بمقر الوزارة.", "محمد المنفي", "بمقر"),
        ("رفض الفريق أول عبد الفتاح البرهان العودة إلى المفاوضات.", "عبد الفتاح البرهان", "العودة"),
    ],
)
def test_names_do_not_run_into_the_next_word(nlp, text, name, cut):
    doc = _doc(nlp, text)
    persons = [m.text for m in doc._.kg_mentions if m.type == "Person" and m.kind == "name"]
    assert name in persons
    assert not any(cut in p for p in persons)


def test_family_name_found_again_wins_over_kb_readings(nlp):
    text = (
        "أكد رئيس الوزراء العراقي محمد جاسم المصري أن الحوار مستمر. وقال المصري إن الخلاف "
        "انتهى. واستقبل رئيس حكومة إقليم كردستان دلشاد بارزاني الوفد. وأوضح بارزاني أن الإقليم "
        "ملتزم."
    )
    doc = _doc(nlp, text)
    family = _actor_of(doc, "محمد جاسم المصري")
    kurd = _actor_of(doc, "دلشاد بارزاني")
    assert [s for _, s in _speakers(doc)] == [family, family, kurd]
    assert "kg:person:masoud-barzani" not in doc._.kg_actors


# --- organisations, institutions, governments --------------------------------------------------
@pytest.mark.parametrize(
    "org",
    ["قوات الحماية الشعبية", "وكالة الأنباء العراقية", "الحزب الديمقراطي الكردستاني",
     "نقابة أطباء السودان", "غرفة التجارة الدولية"],
)  # fmt: skip
def test_pattern_organisation_speaks(nlp, org):
    doc = _doc(nlp, f"وقالت {org} إن الوضع خطير.")
    key = _actor_of(doc, org, "name")
    assert key is not None and key.startswith("local:Organization:")
    assert _speakers(doc) == [("قالت", key)]


@pytest.mark.parametrize(
    "text", ["وقالت المنظمات الإنسانية إن الوضع خطير.", "وشكلت لجنة فنية مشتركة للنظر في الملف."]
)
def test_groups_and_indefinite_bodies_are_not_organisations(nlp, text):
    doc = _doc(nlp, text)
    assert not [m for m in doc._.kg_mentions if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("اعتبر الكرملين أن العقوبات غير قانونية.", "kg:facility:moscow-kremlin"),
        ("قال البيت الأبيض إن الرئيس يفضل اتفاقا.", "Q35525"),
        ("وقالت موسكو إن العقوبات غير قانونية.", "Q159"),
        ("وقالت الحكومة الروسية إن العقوبات غير قانونية.", "Q159"),
    ],
)
def test_institutions_speak_for_themselves_capitals_for_the_country(nlp, text, speaker):
    doc = _doc(nlp, text)
    assert [s for _, s in _speakers(doc)] == [speaker]


# --- statements -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وفي تل أبيب، هدد وزير الدفاع الإسرائيلي يوآف غالانت بتوسيع العمليات، قائلاً إن "
         "\"ما يحدث في غزة قد يتكرر\".", "يوآف غالانت"),
        ("بعث ترامب برسالة إلى المرشد الأعلى علي خامنئي، وهو ما رفضه خامنئي معتبراً أن المقترح "
         "ليس صادقاً.", "خامنئي"),
        ("التقى لودريان رئيس مجلس النواب نبيه بري، الذي شدد أمامه على أن الحل سياسي.", "نبيه بري"),
        ("ورحّب الأمين العام للحلف ينس ستولتنبرغ بالخطوة، وكتب: \"أتطلع إلى تصويت سريع\".",
         "ينس ستولتنبرغ"),
    ],
)  # fmt: skip
def test_subjectless_cue_takes_the_subject_of_its_clause(nlp, text, person):
    doc = _doc(nlp, text)
    assert len(doc._.kg_statements) == 1
    assert doc._.kg_statements[0].speaker == _actor_of(doc, person, "name")


def test_byline_is_not_a_statement(nlp):
    doc = _doc(nlp, "الخرطوم - كتب: أحمد عبد الحليم\nقال الوزير إن المحادثات مستمرة.")
    assert [s.cue_text for s in doc._.kg_statements] == ["قال"]


# --- events ---------------------------------------------------------------------------------------
def test_possessed_reception_takes_the_possessor_as_agent(nlp):
    text = (
        "أكد وزير الخارجية أحمد عطاف أن الحوار ضروري، وذلك لدى استقباله رئيس المجلس الرئاسي "
        "الليبي محمد المنفي في العاصمة."
    )
    doc = _doc(nlp, text)
    host = [e for e in doc._.kg_events if e.trigger_text == "استقباله"]
    assert host
    roles = {(p.role, p.actor) for p in host[0].participants}
    assert ("agent", _actor_of(doc, "أحمد عطاف", "name")) in roles
    assert ("co-participant", _actor_of(doc, "محمد المنفي", "name")) in roles


def test_between_gives_both_sides(nlp):
    doc = _doc(nlp, "واندلعت اشتباكات بين الجيش اللبناني وحزب الله في المدينة.")
    (ev,) = doc._.kg_events
    # guideline: «الجيش اللبناني» is Lebanon acting through its army
    assert {p.actor for p in ev.participants} == {"Q822", _actor_of(doc, "حزب الله")}


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الجيش لن يوقع على أي اتفاق مع المتمردين.",
        "وتستضيف مسقط جولة جديدة من المحادثات اليمنية.",
    ],
)
def test_generic_agreements_and_rounds_of_talks(nlp, text):
    doc = _doc(nlp, text)
    assert not [e for e in doc._.kg_events if e.type in ("agree", "visit")]


# --- places -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("شن الجيش غارات على بلدتي عيتا الشعب ورميش في قضاء بنت جبيل.",
         ["عيتا الشعب", "رميش", "بنت جبيل"]),
        ("وتجددت الاشتباكات في مدينة الفاشر شرقي مدينة نيالا.", ["الفاشر", "نيالا"]),
        ("وجرت المفاوضات في مدينة جدة.", ["جدة"]),  # a KB alias «مدينة جدة»: the name only
        ("وعقد الاجتماع في مدينة كبيرة ثم انتقل إلى منطقة أخرى قرب مخيم اللاجئين.", []),
    ],
)  # fmt: skip
def test_places_after_a_place_noun(nlp, text, places):
    doc = _doc(nlp, text)
    assert [m.text for m in doc._.kg_mentions if m.type == "Place"] == places


def test_head_noun_alone_refers_back_to_the_organisation(nlp):
    doc = _doc(nlp, "انضمت السويد إلى حلف شمال الأطلسي. وقال الكرملين إن توسع الحلف خطير.")
    assert _actor_of(doc, "الحلف") == _actor_of(doc, "حلف شمال الأطلسي")


@pytest.mark.parametrize(
    "text", ["وقال المجلس إن الوضع خطير.", "وقال الحلف الجديد إن الوضع خطير قبل حلف شمال الأطلسي."]
)
def test_head_noun_without_an_antecedent_is_not_a_mention(nlp, text):
    doc = _doc(nlp, text)
    assert not [m for m in doc._.kg_mentions if m.text in ("المجلس", "الحلف")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأعلن حزب الله استهداف موقع عسكري بالصواريخ.", "استهداف موقع عسكري بالصواريخ"),
        ("وكانت الجزائر قد أعلنت قطع علاقاتها مع الرباط.", "قطع علاقاتها مع الرباط"),
    ],
)
def test_announced_object_is_the_content(nlp, text, content):
    doc = _doc(nlp, text)
    (st,) = doc._.kg_statements
    assert content.endswith(text[st.content[0] : st.content[1]]) and st.speaker is not None


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("وقال الفريق أول عبد الفتاح البرهان في كلمة إن الجيش لن يتراجع، متهماً قوات الدعم "
         "السريع بارتكاب جرائم.", "متهماً", "عبد الفتاح البرهان"),
        ("وكانت أنقرة قد اتهمت ستوكهولم بإيواء مطلوبين، وطالبت بتسليمهم.", "طالبت", "أنقرة"),
    ],
)  # fmt: skip
def test_participles_and_subjectless_verbs_take_the_clause_subject(nlp, text, trigger, agent):
    doc = _doc(nlp, text)
    ev = next(e for e in doc._.kg_events if e.trigger_text == trigger)
    agents = {p.actor for p in ev.participants if p.role == "agent"}
    assert _actor_of(doc, agent) in agents


def test_pattern_organisation_without_its_head_noun(nlp):
    doc = _doc(
        nlp, "قبل خروج قوات الدعم السريع من المدن. وقصف الطيران مواقع للدعم السريع شرقي المدينة."
    )
    key = _actor_of(doc, "قوات الدعم السريع")
    assert _actor_of(doc, "دعم السريع") == key  # after لل the mention starts after both lams


@pytest.mark.parametrize(
    ("text", "minister"),
    [
        ("التقى وزير الخارجية الأمريكي ريكس تيلرسون نظيره الروسي سيرغي لافروف في موسكو. "
         "وقال الوزير إن المحادثات مثمرة.", "kg:person:rex-tillerson"),
        ("وأكدت الخارجية أن لافروف سيناقش مع نظيره الأمريكي ريكس تيلرسون الملف. "
         "وقال الوزير إن النهج ثابت.", "kg:person:sergey-lavrov"),
    ],
)  # fmt: skip
def test_role_prefers_the_subject_over_the_counterpart(nlp, text, minister):
    doc = _doc(nlp, text)
    assert doc._.kg_statements[-1].speaker == minister


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وقالت المتحدثة باسم الخارجية الفرنسية أنييس فون دير مول إن فرنسا تدين.",
         ["أنييس فون دير مول"]),
        ("وقال السفير الهولندي كارل فان أوستروم إن بلاده قلقة.", ["كارل فان أوستروم"]),
    ],
)  # fmt: skip
def test_european_name_particles(nlp, text, names):
    doc = _doc(nlp, text)
    assert [m.text for m in doc._.kg_mentions if m.type == "Person" and m.kind == "name"] == names


@pytest.mark.parametrize(
    ("text", "town"),
    [("وخرجت مظاهرات سلمية في المدينة.", False), ("ووصل الوفد إلى سلمية أمس.", True)],
)
def test_ambiguous_town_name_used_as_an_adjective(nlp, text, town):
    doc = _doc(nlp, text)
    assert any(m.text == "سلمية" and m.type == "Place" for m in doc._.kg_mentions) is town


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وقال الصفدي إن الكارثة تتفاقم، محذراً من أن استمرار العدوان سيدفع المنطقة نحو التصعيد.",
         "محذراً"),
        ('الدوحة تحذر من "انهيار" مسار التهدئة في القطاع.', "تحذر"),
        ('وردت حركة حماس في بيان بأن "الاحتلال هو من يماطل".', "ردت"),
    ],
)  # fmt: skip
def test_warnings_and_replies_with_content(nlp, text, cue):
    doc = _doc(nlp, text)
    assert cue in [s.cue_text for s in doc._.kg_statements]


def test_reply_without_content_is_not_a_statement(nlp):
    assert not _doc(nlp, "ورد الوزير على الانتقادات.")._.kg_statements


def test_kb_family_name_with_particle_and_short_given_name(nlp):
    text = (
        "حذر وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني من التصعيد. وقال آل ثاني "
        "عقب لقائه نظيره البلجيكي حجة لحبيب إن الحل قريب. وشددت لحبيب على أن الحوار ضروري."
    )
    doc = _doc(nlp, text)
    thani = _actor_of(doc, "محمد بن عبد الرحمن آل ثاني")
    assert _actor_of(doc, "آل ثاني") == thani
    assert [s for _, s in _speakers(doc)][1:] == [thani, _actor_of(doc, "حجة لحبيب")]


def test_facility_after_a_facility_noun(nlp):
    doc = _doc(nlp, "وذلك خلال لقائه بقصر قرطاج رئيسة الوزراء.")
    assert [(m.text, m.type) for m in doc._.kg_mentions if m.type == "Facility"] == [
        ("قرطاج", "Facility")
    ]


def test_maghreb_name_with_ould(nlp):
    doc = _doc(
        nlp,
        "استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني الوفد. وأوضح الغزواني أن الحوار مستمر.",
    )
    person = _actor_of(doc, "محمد ولد الشيخ الغزواني", "name")
    assert [s for _, s in _speakers(doc)] == [person]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("وأكد بيان صادر عن الديوان الملكي الأردني أن الملك سيزور باريس.",
         "الديوان الملكي الأردني"),
        ("وأفاد بلاغ لرئاسة الجمهورية بأن الرئيس دعا إلى الحوار.", "رئاسة الجمهورية"),
    ],
)  # fmt: skip
def test_statement_noun_stands_for_its_issuer(nlp, text, issuer):
    doc = _doc(nlp, text)
    assert [s for _, s in _speakers(doc)] == [_actor_of(doc, issuer)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("وأكد البيان أن الملك سيزور باريس.", {("باريس", "Place")}),
        ("وقالت باريس إن الاتفاق ممكن.", {("باريس", "Place"), ("باريس", "Country")}),
    ],
)
def test_visited_capital_is_the_place(nlp, text, kinds):
    doc = _doc(nlp, text)
    assert {(m.text, m.type) for m in doc._.kg_mentions if m.text == "باريس"} == kinds


def test_title_before_a_kb_surname_is_not_part_of_the_name(nlp):
    doc = _doc(nlp, "وقال الرئيس الأسد إن الحرب انتهت.")
    assert [m.text for m in doc._.kg_mentions if m.kind == "name"] == ["الأسد"]


def test_meeting_after_a_comma_takes_the_previous_subject(nlp):
    doc = _doc(nlp, "من جهته، زار لودريان عين التينة، حيث التقى رئيس مجلس النواب نبيه بري.")
    ev = next(e for e in doc._.kg_events if e.trigger_text == "التقى")
    assert {p.actor for p in ev.participants} == {
        _actor_of(doc, "لودريان"),
        _actor_of(doc, "نبيه بري"),
    }


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("وأضاف فيدان، في مقابلة مع قناة \"تي آر تي خبر\"، أن الرئيس جاد في فتح صفحة جديدة.",
         "فيدان", "الرئيس جاد في فتح صفحة جديدة"),
        ("وقال أمين سر اللجنة التنفيذية لمنظمة التحرير حسين الشيخ إن السلطة مستعدة.",
         "حسين الشيخ", "السلطة مستعدة"),
        ("وأعلنت وزارة الصحة في غزة ارتفاع حصيلة القتلى.", "وزارة الصحة", "ارتفاع حصيلة القتلى"),
    ],
)  # fmt: skip
def test_outlet_names_titles_with_genitives_and_objects_after_a_place(nlp, text, speaker, content):
    doc = _doc(nlp, text)
    (st,) = doc._.kg_statements
    assert text[st.content[0] : st.content[1]] == content
    assert st.speaker == _actor_of(doc, speaker)


def test_contrast_clause_after_an_announcement_is_its_own_statement(nlp):
    text = (
        "وأعلنت وزارة الصحة في غزة ارتفاع حصيلة القتلى، فيما نفى الجيش الإسرائيلي أن يكون قد "
        "استهدف قافلة مساعدات."
    )
    doc = _doc(nlp, text)
    assert [(s.cue_text, text[s.content[0] : s.content[1]]) for s in doc._.kg_statements] == [
        ("أعلنت", "ارتفاع حصيلة القتلى"),
        ("نفى", "يكون قد استهدف قافلة مساعدات"),
    ]
