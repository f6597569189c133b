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


# --- verbs of explaining a cause report only with a أن clause ----------------------------------
_EXPLAINER = "وزير الخارجية المصري سامح شكري"


@pytest.mark.parametrize("verb", ["وبرر", "وبررت", "وعلل", "وفسر", "ويبرر", "وتعلل", "فسّر"])
def test_explaining_verbs_with_a_clause(nlp, verb):
    subject = _SHE if verb.startswith(("وبررت", "وتعلل")) else _EXPLAINER
    found = _cues(nlp, f"{verb} {subject} القرار بأن الظروف تغيرت.")
    assert len(found) == 1 and found[0][1] in ("سامح شكري", "ماريا زاخاروفا")


@pytest.mark.parametrize("verb", ["وعزا", "وأرجع", "وعزت", "ويرجع"])
def test_attributing_verbs_with_a_clause(nlp, verb):
    subject = _SHE if verb == "وعزت" else _EXPLAINER
    found = _cues(nlp, f"{verb} {subject} التأخير إلى أن الشركات لم تلتزم بتعهداتها.")
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        f"وعزا {_EXPLAINER} التأخير إلى نقص التمويل.",
        "وأرجع المسؤول الطلب إلى الوزارة.",
        "ويرجع سبب الأزمة إلى نقص التمويل.",
        "وفسرت الأرقام ارتفاع الأسعار.",
    ],
)
def test_explaining_verbs_without_a_clause_are_no_cues(nlp, text):
    assert _cues(nlp, text) == []


@pytest.mark.parametrize(
    ("participle", "content"),
    [
        ("مبدياً استعداد بلاده للوساطة", "استعداد"),
        ("مستغربا أن يصمت المجتمع الدولي", "يصمت"),
        ("مشككةً في أن تنجح المفاوضات", "تنجح"),
        ("مقرا بأن المفاوضات متعثرة", "المفاوضات"),
        ("مجيبا بأن بلاده لن تتدخل", "بلاده"),
    ],
)
def test_more_participles_continue_the_speaker(nlp, participle, content):
    found = _statements(nlp, f"وقال {_EXPLAINER} إن الوضع صعب، {participle}.")
    assert len(found) == 2 and found[1][1] == "سامح شكري" and found[1][2].startswith(content)


def test_headquarters_is_no_participle(nlp):
    text = "وقال مصدر إن البعثة الأممية باقية، متخذة من بغداد مقرا لها منذ سنوات."
    assert all(c != "مقرا" for c, _ in _cues(nlp, text))
