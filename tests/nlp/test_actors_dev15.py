"""Actor words (dev15 round): Egyptian spellings with «ئ» before «و» («الشئون», «المسئول») are
read as the standard «ؤ» spelling by every actor lexicon and the KB. Invented sentences."""

from __future__ import annotations

import pytest
from extracted import doc_of as _doc

from kg.nlp.actors_lex import standard_spelling
from kg.text.normalize import normalize_key


@pytest.mark.parametrize(
    ("variant", "standard"),
    [
        ("الشئون", "الشؤون"),
        ("لشئون", "لشؤون"),
        ("المسئول", "المسؤول"),
        ("والمسئولين", "والمسؤولين"),
        ("مسئولية", "مسؤولية"),
    ],
)  # fmt: skip
def test_standard_spelling(variant: str, standard: str) -> None:
    assert standard_spelling(normalize_key(variant)) == normalize_key(standard)


@pytest.mark.parametrize("word", ["الشؤون", "رئيس", "مسيرة", "الشيخ", "سئل"])  # fmt: skip
def test_other_words_unchanged(word: str) -> None:
    assert standard_spelling(normalize_key(word)) == normalize_key(word)


def _roles(nlp, text: str) -> list[str]:
    doc = _doc(nlp, text)
    return [doc.text[m.start : m.end] for m in doc._.kg_mentions if m.kind in ("role", "title")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('وقال المسئول الأمريكي إن "الوقت حان".', "المسئول الأمريكي"),
        ('وقالت وزيرة الشئون الاجتماعية هند صبري إن "الوقت حان".', "وزيرة الشئون الاجتماعية"),
        ('وقال الأمين العام المساعد لشئون فلسطين سعيد أبو علي إن "لا".', "الأمين العام المساعد لشئون فلسطين"),  # noqa: E501
    ],
)  # fmt: skip
def test_egyptian_spelling_in_titles(nlp, text: str, role: str) -> None:
    assert role in _roles(nlp, text)


def _orgs(nlp, text: str) -> list[str]:
    doc = _doc(nlp, text)
    actors = doc._.kg_actors or {}
    return [
        doc.text[m.start : m.end]
        for m in doc._.kg_mentions
        if m.actor in actors and actors[m.actor].type == "Organization" and m.kind == "name"
    ]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وتتجه الأنظار إلى جلسة مجلس الوزراء المقررة يوم الخميس.", "مجلس الوزراء"),
        ("وناقشت الحكومة اجتماع اللجنة العليا المقرر الأسبوع المقبل.", "اللجنة العليا"),
        ("واتهمت لجنة الأسرى التابعة للحوثيين الحكومة بالمماطلة.", "لجنة الأسرى"),
        ("وأعلنت هيئة الإغاثة التابعة للحكومة توزيع المساعدات.", "هيئة الإغاثة"),
    ],
)  # fmt: skip
def test_participle_ends_an_organisation_name(nlp, text: str, org: str) -> None:
    assert org in _orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('واتهم رئيس لجنة الأسرى التابعة للحوثيين عبد القادر المرتضى الحكومة، وقال إن "لا".', "عبد القادر المرتضى"),  # noqa: E501
        ('وقال رئيس الهيئة التابعة للأمم المتحدة جان بيير لاكروا إن "لا".', "جان بيير لاكروا"),
    ],
)  # fmt: skip
def test_title_of_a_body_affiliated_to_a_kb_name(nlp, text: str, speaker: str) -> None:
    doc = _doc(nlp, text)
    actors = doc._.kg_actors or {}
    got = [actors[s.speaker].label if s.speaker in actors else None for s in doc._.kg_statements]
    assert got[-1] == speaker


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وأعلنت الهيئة الوطنية للانتخابات إلغاء النتائج.", "الهيئة الوطنية للانتخابات"),
        ("وأعلنت وزارة الداخلية إلقاء القبض على المتهمين.", "وزارة الداخلية"),
        ("وقررت اللجنة العليا للانتخابات إعادة الفرز في الدائرة.", "اللجنة العليا للانتخابات"),
        ("وقالت نقابة أطباء السودان إن المستشفيات خرجت عن الخدمة.", "نقابة أطباء السودان"),
        ("وقال المرصد السوري لحقوق الإنسان إن القصف مستمر.", "المرصد السوري لحقوق الإنسان"),
    ],
)  # fmt: skip
def test_masdar_after_the_name_is_its_object(nlp, text: str, org: str) -> None:
    assert org in _orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # «رئيس الهيئة»: the body inside the title is a mention of it too (guideline)
        ('أعلنت الهيئة الوطنية للانتخابات إلغاء النتائج. وقال حازم بدوي، رئيس الهيئة، إن "الهيئة لن تتهاون". وأضاف أن الهيئة تلقت 88 تظلماً.', 4),  # noqa: E501
        ("وأعلنت المفوضية العليا للانتخابات النتائج. وأكدت المفوضية أن الفرز انتهى، وقالت المفوضية إن الطعون مقبولة.", 3),  # noqa: E501
        ("وقالت اللجنة الوطنية لحقوق الإنسان إن السجون مكتظة. وطالبت اللجنة بزيارة السجون، ودعت اللجنة إلى الإفراج عن المعتقلين.", 3),  # noqa: E501
    ],
)  # fmt: skip
def test_every_bare_head_refers_to_the_named_body(nlp, text: str, count: int) -> None:
    doc = _doc(nlp, text)
    actors = doc._.kg_actors or {}
    first = next(m for m in doc._.kg_mentions if m.kind == "name" and m.actor in actors)
    assert sum(m.actor == first.actor for m in doc._.kg_mentions) == count


def test_bare_head_with_no_body_named_before_is_no_name(nlp) -> None:
    doc = _doc(nlp, "وقالت الهيئة إن الوقت حان. وأكدت الهيئة أن الفرز انتهى.")
    assert not [m for m in doc._.kg_mentions if m.kind == "name"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('وقال الوزير في تصريح لـ"الوطن"، أن الوفد جاء للتفاوض.', "الوطن"),
        ('وقالت مصادر مطلعة على المحادثات لـ"النهار" بأن الوسطاء قدموا مسودة.', "النهار"),
        ('وقال مصدر قضائي لـ"المصري اليوم" إن النيابة بدأت التحقيق.', "المصري اليوم"),
        ("وقال أحد المنسقين لـ(الصباح)، إن المحتجين باقون.", "الصباح"),
    ],
)  # fmt: skip
def test_quoted_outlet_after_lam(nlp, text: str, outlet: str) -> None:
    assert outlet in _orgs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'ودعا الوزير لـ"وقف إطلاق النار" فوراً.',
        'وأشار إلى الحاجة لـ"إصلاحات جذرية" في القطاع.',
        'وقال إن البلاد تحتاج لـ"حوار وطني شامل لا يستثني أحداً"، مؤكداً ذلك.',
    ],
)  # fmt: skip
def test_quoted_phrase_after_lam_is_no_outlet(nlp, text: str) -> None:
    assert _orgs(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "stray"),
    [
        ("وقال الناطق باسم الحوثيين محمد عبد السلام إن الوفد جاهز. ودعم مسار السلام.", "السلام"),
        ("وقال المتحدث باسم الحكومة أحمد عبد الله إن الوفد جاهز. ورحب بفضل الله بالنتائج.", "الله"),
        ("وقال الوزير سامي أبو الخير إن الوفد جاهز. وأكد أن الخير قادم.", "الخير"),
    ],
)  # fmt: skip
def test_second_half_of_a_compound_family_name_is_no_mention(nlp, text: str, stray: str) -> None:
    doc = _doc(nlp, text)
    assert stray not in [doc.text[m.start : m.end] for m in doc._.kg_mentions]


@pytest.mark.parametrize(
    "text",
    [
        "وقررت اللجنة إلغاء نتائج 19 دائرة وإعادة التصويت فيها.",
        "وطالب بحل مجلس وإجراء انتخابات مبكرة.",
    ],
)  # fmt: skip
def test_coordinated_masdar_is_no_organisation(nlp, text: str) -> None:
    assert not [o for o in _orgs(nlp, text) if any(w.startswith("وإ") for w in o.split())]


@pytest.mark.parametrize(
    "text",
    [
        "احتجاجاً على الانقطاع المتواصل للتيار الكهربائي في المدينة.",
        "وعاد التيار الكهربائي إلى الأحياء بعد ساعات.",
        "وتضررت شبكة التيار الكهربائي في المحافظة.",
    ],
)  # fmt: skip
def test_electric_current_is_no_political_current(nlp, text: str) -> None:
    assert _orgs(nlp, text) == []


def test_political_current_stays(nlp) -> None:
    assert "التيار الوطني الحر" in _orgs(nlp, 'وقال التيار الوطني الحر إن "لا".')
