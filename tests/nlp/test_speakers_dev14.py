"""Speakers on unseen articles (dev14 round): names with no title before them (an honorific, or a
verb and a describing apposition), a title's body before its holder, affiliations «باسم الوزارة،»
and «عن محافظة X», name words that read as a proclitic + word («كامل», «كريم»), compound and
ة/ه given names, role titles continuing their holder, and bare «الرئيس» against a head of a body.
Every sentence is invented for these tests. Full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import doc_of as _doc
from extracted import speakers as _speakers


def _people(nlp, text: str) -> list[str]:
    """Surfaces of the person-name mentions (no titles or roles)."""
    doc = _doc(nlp, text)
    actors = doc._.kg_actors or {}
    return [
        doc.text[m.start : m.end]
        for m in doc._.kg_mentions
        if m.actor in actors
        and actors[m.actor].type == "Person"
        and doc.text[m.start : m.end] in actors[m.actor].label
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الشيخ مهند العبيدي إن العشائر ترفض التصعيد.", "مهند العبيدي"),
        ("وأكدت الدكتورة سلمى الحسيني أن المستشفى يعمل بنصف طاقته.", "سلمى الحسيني"),
        ("أما الشيخ الطيب البكوش، وهو من أعيان المدينة، فقال إن الهدنة صامدة.", "الطيب البكوش"),
        ("كما قال المهندس كريم فرحات إن المحطة ستعمل قريباً.", "كريم فرحات"),
    ],
)  # fmt: skip
def test_honorific_opens_a_name(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "وقال الشيخ إن الوضع هادئ.",
        "وقال الشيخ الجليل إن الوضع هادئ.",
    ],
)  # fmt: skip
def test_honorific_without_a_name_names_nobody(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال مازن الرفاعي، أحد وجهاء المنطقة، إن الطريق أغلق.", "مازن الرفاعي"),
        ("وأوضحت ريم الخطيب، ممثلة الصليب الأحمر في المدينة، أن المساعدات وصلت.", "ريم الخطيب"),
        ("وقال سامر عواد، وهو قيادي في الحزب، إن الانتخابات ستجرى في موعدها.", "سامر عواد"),
        ("وحذرت نادية بن عمر، إحدى ناشطات المجتمع المدني، من أن الأسعار سترتفع.", "نادية بن عمر"),
    ],
)  # fmt: skip
def test_name_after_a_verb_closed_by_its_description(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر أمني، طلب عدم ذكر اسمه، إن الوضع هادئ.",
        "وقال أحد السكان، وهو مزارع من القرية، إن المياه انقطعت.",
        "وقالت إحدى العائدات، وهي أم لثلاثة أطفال، إن الرحلة كانت شاقة.",
    ],
)  # fmt: skip
def test_unnamed_source_with_a_description_stays_null(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("اعتبر الرئيس الروحي للطائفة الإسماعيلية، الشيخ فارس الأحمد، أن الحوار ضروري.",
         "فارس الأحمد"),
        ("وقال شيخ قبيلة الحويطات في المنطقة الشيخ عودة الجازي، إن الطريق آمن.", "عودة الجازي"),
        ("وقال شيخ عشيرة بني حسن في البلدة الشيخ سالم الزيود إن الأهالي غاضبون.", "سالم الزيود"),
    ],
)  # fmt: skip
def test_title_body_then_its_holder(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المتحدث باسم الوزارة، حسام الدين العلي، إن التحقيق مستمر.", "حسام الدين العلي"),
        ("وقالت الناطقة باسم الهيئة، رنا الصافي، إن الرحلات ستستأنف.", "رنا الصافي"),
        ("وقال النائب عن محافظة نينوى شيروان الدوبرداني إن الموازنة تأخرت.", "شيروان الدوبرداني"),
    ],
)  # fmt: skip
def test_affiliation_before_a_comma_or_after_an(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال رئيس الوزراء كامل الطيب إن الخطة جاهزة.", "كامل الطيب"),
        ("وقال الوزير كريم بدر إن الخطة جاهزة.", "كريم بدر"),
        ("وقال محافظ ذي قار مرتضى عبد الأمير الإبراهيمي إن المحافظة مستعدة.",
         "مرتضى عبد الأمير الإبراهيمي"),
        ("وقالت النائبة هدى جمعة الساعدي إن المجلس سيصوت.", "هدى جمعة الساعدي"),
        ("وقال المحافظ محمد طه الجبوري إن الطرق مفتوحة.", "محمد طه الجبوري"),
    ],
)  # fmt: skip
def test_name_words_that_read_as_other_words(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير أحمد بجامعة القاهرة أن التعاون قائم.",
        "الأمر الذي نفته الحكومة مؤكدة أنها ملتزمة.",
    ],
)  # fmt: skip
def test_no_name_from_a_noun_and_its_genitive(nlp, text: str) -> None:
    people = _people(nlp, text)
    assert not any("جامعة" in p or "الأمر" in p for p in people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال عميد بلدية مصراتة محمود السقوطري إن المدينة آمنة. "
         "وأضاف عميد البلدية أن المجلس طالب بالدعم.", "محمود السقوطري"),
        ("وقالت رئيسة بلدية الميناء سناء حمدان إن الشاطئ نظيف. "
         "وتابعت رئيسة البلدية أن الموسم بدأ.", "سناء حمدان"),
        ("وقال المتحدث باسم الوزارة، نبيل الحسن، إن التحقيق مستمر. "
         "وأشار المتحدث إلى أن الوزارة أوقفت عشرة أشخاص.", "نبيل الحسن"),
    ],
)  # fmt: skip
def test_role_title_continues_its_holder(nlp, text: str, name: str) -> None:
    assert [s for _, s in _speakers(nlp, text)] == [name, name]


@pytest.mark.parametrize(
    ("text", "president"),
    [
        ("استقبل الرئيس عبد الفتاح السيسي الوفد بحضور رئيس المخابرات العامة اللواء حسن رشاد. "
         "وأكد الرئيس أن مصر تدعم الحل.", "عبد الفتاح السيسي"),
        ("استقبل الرئيس عبد الفتاح السيسي الوفد بحضور رئيس هيئة قناة السويس الفريق أسامة ربيع. "
         "وقال الرئيس إن القناة آمنة.", "عبد الفتاح السيسي"),
    ],
)  # fmt: skip
def test_bare_president_is_no_head_of_a_body(nlp, text: str, president: str) -> None:
    assert _speakers(nlp, text)[-1][1] == president


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال وزير الإعلام والمتحدث باسم الحكومة جوزيف لوال أكيج إن الوضع مستقر.",
         "جوزيف لوال أكيج"),
        ("وقالت المبعوثة الخاصة ورئيسة البعثة الأممية ماريا سيلفا إن الحوار مستمر.",
         "ماريا سيلفا"),
        ("وأكد وزير الدفاع والقائد العام للقوات المسلحة أحمد ولد باه أن الحدود آمنة.",
         "أحمد ولد باه"),
    ],
)  # fmt: skip
def test_coordinated_titles_share_the_holder(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وكشف المتحدث باسم الإدارة العامة للحماية المدنية العقيد معز تريعة أن الحرائق خمدت.",
         "معز تريعة"),
        ("وقالت رئيسة بعثة الاتحاد الأوروبي للمساعدة في ليبيا كريستينا ميرا إن الدعم مستمر.",
         "كريستينا ميرا"),
        ("وقال الناطق باسم الهيئة الوطنية للانتخابات القاضي فريد البزاز إن الفرز انتهى.",
         "فريد البزاز"),
    ],
)  # fmt: skip
def test_title_body_with_an_organisation_then_officer(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("والتقى الوزير نظيره المغربي عادل الفاسي. وأكد الفاسي أن التعاون مثمر.", "عادل الفاسي"),
        ("واستقبل الرئيس نظيرته الموريتانية سلمى الحسني. وقالت الحسني إن الزيارة مهمة.",
         "سلمى الحسني"),
    ],
)  # fmt: skip
def test_counterpart_with_a_nisba_family_name(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


def test_counterpart_before_a_noun_is_no_name(nlp) -> None:
    assert _people(nlp, "وبحث الوزير مع نظيره سبل التعاون الثنائي.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("واستقبل الوزير معالي الشيخ سالم عبدالله جابر الصباح. "
         "وأكد الشيخ سالم العبدالله أن الزيارة ناجحة.", "سالم عبدالله جابر الصباح"),
        ("وقال الشيخ خالد محمد راشد النعيمي إن المجلس سيجتمع. "
         "وأضاف الشيخ خالد المحمد أن الموعد لم يحدد.", "خالد محمد راشد النعيمي"),
        ("وقال الشيخ نبيل طه الحمداني إن الطريق مغلق. وأضاف نبيل الحمداني أن الأمطار مستمرة.",
         "نبيل طه الحمداني"),
    ],
)  # fmt: skip
def test_long_names_and_their_short_forms(nlp, text: str, name: str) -> None:
    speakers = [s for _, s in _speakers(nlp, text)]
    assert speakers and set(speakers) == {name}


def test_four_name_words_need_an_honorific(nlp) -> None:
    assert "أحمد محمد علي الاتفاق" not in _people(nlp, "وقال الوزير أحمد محمد علي الاتفاق جيد.")


@pytest.mark.parametrize(
    "text",
    [
        "الوزير يستقبل السفير ويبحثان تعزيز التعاون.",
        "الرئيسان يلتقيان اليوم ويؤكدون دعم الاتفاق.",
    ],
)  # fmt: skip
def test_conjoined_imperfect_verb_is_no_name(nlp, text: str) -> None:
    assert not any(p.startswith("وي") for p in _people(nlp, text))


def test_unqualified_title_is_the_home_holder(nlp) -> None:
    text = (
        "استقبل معالي الشيخ حمد بن خليفة آل سعيد وزير الداخلية معالي الشيخ طلال ناصر سالم "
        "العلي وزير الداخلية بدولة الكويت. وأكد معالي وزير الداخلية أن العلاقات متينة."
    )
    assert _speakers(nlp, text)[-1][1] == "حمد بن خليفة آل سعيد"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ودعا أنور إبراهيم البلدين إلى ضبط النفس، وقال إن الحوار هو السبيل.", "أنور إبراهيم"),
        ("أما خالد المنصوري فقال إن التعاون جيد.", "خالد المنصوري"),
        ("وأكدت ليلى شهيد أن المفاوضات متعثرة.", "ليلى شهيد"),
        ("وحذر مازن درويش، الذي يرأس المركز، من أن الاعتقالات مستمرة.", "مازن درويش"),
    ],
)  # fmt: skip
def test_given_name_after_a_verb_opens_a_name(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[-1][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر أمني إن الوضع هادئ.",
        "وقال جمال الدين إن الوضع هادئ.",
        "وقالت مصادر محلية إن الطريق مغلق.",
    ],
)  # fmt: skip
def test_no_given_name_no_person(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وقالت الهيئة العامة للموانئ في بيان إنها أغلقت الميناء. وأوضحت الهيئة أن الإغلاق مؤقت.",
         "الهيئة العامة للموانئ"),
        ("وأعلنت حركة النهضة أنها ستشارك في الانتخابات. وأضافت الحركة أن قوائمها جاهزة.",
         "حركة النهضة"),
        ("وسيطرت هيئة تحرير الشام على المدينة. وقالت الهيئة إن المعارك انتهت.",
         "هيئة تحرير الشام"),
    ],
)  # fmt: skip
def test_bare_organisation_head_refers_back(nlp, text: str, org: str) -> None:
    assert _speakers(nlp, text)[-1][1] == org


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الهيئة إن الرحلات ستستأنف.",
        "وقالت الحركة إن قوائمها جاهزة.",
    ],
)  # fmt: skip
def test_bare_organisation_head_with_nothing_before_names_nobody(nlp, text: str) -> None:
    assert _speakers(nlp, text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("والتقى الشيخ ناصر حمد جاسم الكعبي بأبناء الجالية، حيث أكد لهم أن السفارة مفتوحة.",
         "ناصر حمد جاسم الكعبي"),
        ("وقال لها الوزير سامي الخطيب إن الملف مغلق.", "سامي الخطيب"),
        ("وزارت الوزيرة هند العلي المخيم، وقالت لهم إن المساعدات قادمة.", "هند العلي"),
    ],
)  # fmt: skip
def test_addressee_pronoun_is_no_subject(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت السيدة ليلى الحسيني إن الجمعية ستواصل عملها.", "ليلى الحسيني"),
        ("وأكد الأستاذ محمود عبد الرحيم أن الطلاب عادوا.", "محمود عبد الرحيم"),
        ("وقال المحامي سامر الشريف إن الجلسة تأجلت.", "سامر الشريف"),
    ],
)  # fmt: skip
def test_courtesy_honorifics_open_a_name(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[0][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "وقال السيد إن الطريق مغلق.",
        "وقال رئيس مجلس النواب إن المجلس سيدعم التشريعات.",
    ],
)  # fmt: skip
def test_no_name_from_a_bare_honorific_or_a_verb(nlp, text: str) -> None:
    doc = _doc(nlp, text)
    surfaces = [doc.text[m.start : m.end] for m in doc._.kg_mentions]
    assert not any("سيدعم" in s for s in surfaces)
    assert _speakers(nlp, text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وحضر الاجتماع رئيس الأمن العام اللواء سامي الدوسري، الذي أوضح أن التنسيق مستمر.",
         "سامي الدوسري"),
        ("وقال مدير الدفاع المدني العقيد نبيل الحمد إن الحرائق خمدت.", "نبيل الحمد"),
    ],
)  # fmt: skip
def test_unnamed_body_then_rank_and_holder(nlp, text: str, name: str) -> None:
    assert _speakers(nlp, text)[-1][1] == name
