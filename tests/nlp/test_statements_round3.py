"""Third round of statement recall: verbal nouns of saying, negated denials, «على حد تعبيره»
with only a pronoun, a trailing «، بحسب X» over the whole sentence. Full pipeline with the
packaged KB (the session ``nlp`` fixture of the root conftest).
"""

from __future__ import annotations

import pytest
from extracted import statements as _statements

_SUBJ = "الرئيس الفرنسي إيمانويل ماكرون"
_SPEAKER = "إيمانويل ماكرون"


# --- verbal nouns of saying -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (f"وحرص {_SUBJ} على التأكيد أن بلاده تدعم الحل السياسي.", "التأكيد", "بلاده تدعم"),
        (f"وحرص {_SUBJ} على التشديد على أن الحوار هو السبيل الوحيد.", "التشديد", "الحوار هو"),
        (f"واختتم {_SUBJ} حديثه بالإشارة إلى أن المفاوضات ستستأنف.", "بالإشارة", "المفاوضات"),
        (f"واكتفى {_SUBJ} بالقول إن بلاده تتابع الوضع عن كثب.", "بالقول", "بلاده تتابع"),
        (f"وخلص {_SUBJ} إلى القول إن الحل سياسي.", "القول", "الحل سياسي"),
        (f"وسارع {_SUBJ} للتأكيد أن بلاده لن تتدخل.", "للتأكيد", "بلاده لن"),
        (f"ولم يتردد {_SUBJ} في القول إن أوروبا تواجه خطرا.", "القول", "أوروبا تواجه"),
        (f"ولم يتوان {_SUBJ} عن التأكيد أن بلاده ستدافع عن حلفائها.", "التأكيد", "بلاده ستدافع"),
        (f"وأنهى {_SUBJ} كلمته مع تأكيده أن بلاده لن تتراجع عن موقفها.", "تأكيده", "بلاده لن"),
        (f"وجاء ذلك بعد تصريح {_SUBJ} بأن بلاده لن ترسل قوات إلى أوكرانيا.", "تصريح", "بلاده لن"),
    ],
)
def test_verbal_noun_of_saying_is_a_cue(nlp, text, cue, content):
    ((c, speaker, body),) = _statements(nlp, text)
    assert c == cue and speaker == _SPEAKER and body.startswith(content)


def test_verbal_noun_inside_a_verbs_gap_is_not_a_second_statement(nlp):
    found = _statements(nlp, f"وجدد {_SUBJ} في القول إن الحل الدبلوماسي هو الطريق الوحيد.")
    assert [(c, s) for c, s, _ in found] == [("جدد", _SPEAKER)]


@pytest.mark.parametrize(
    "text",
    [
        f"وحرص {_SUBJ} على التأكيد على ضرورة الحل السياسي.",  # a noun complement, no clause
        f"وأثار التأكيد الأمريكي قلق {_SUBJ} من التصعيد.",  # no preposition, no clause
        f"وأشاد {_SUBJ} بالتأكيد الأمريكي على دعم أوكرانيا.",  # an adjective, not a clause
        f"وطالب {_SUBJ} بالإعلان عن نتائج التحقيق.",  # a demand with a noun complement
        f"وامتنع {_SUBJ} عن التعليق على التقارير.",  # not a verbal noun of saying
        f"وتحدث {_SUBJ} عن الإعلان الأمريكي أن واشنطن سترسل قوات.",  # no clause right after
        "وقال مسؤول في تصريح لقناة الجزيرة إن بلاده تدعم الحل السياسي.",  # addressee, not X
        f"وجاء ذلك بعد تصريح {_SUBJ} في باريس.",  # no complementizer after the speaker
    ],
)
def test_verbal_noun_without_its_clause_or_named_speaker_is_no_cue(nlp, text):
    found = _statements(nlp, text)
    cues = ("التأكيد", "بالتأكيد", "بالإعلان", "التعليق", "الإعلان", "تصريح")
    assert all(c not in cues for c, _, _ in found)
    assert all(s != "قناة الجزيرة" for _, s, _ in found)


@pytest.mark.parametrize(
    "opening",
    [
        "وفي معرض رده على سؤال، قال إن",
        "وردا على سؤال، قال إن",
        "وفي معرض رده على سؤال حول الموقف الفرنسي من الحرب، قال إن",
    ],
)
def test_answering_adjunct_continues_the_previous_person(nlp, opening):
    text = f"والتقى {_SUBJ} نظيره الألماني في برلين. {opening} بلاده تدعم الحل السياسي."
    ((cue, speaker, content),) = _statements(nlp, text)
    assert cue == "قال" and speaker == _SPEAKER and content.startswith("بلاده")


# --- negated verbs of denial and doubt --------------------------------------------------------
@pytest.mark.parametrize(
    ("verb", "content"),
    [
        ("ولم يستبعد", "ترسل بلاده قوات"),
        ("ولم يخف", "بلاده قلقة"),
        ("ولم ينف", "بلاده تجري"),
        ("لا يستبعد", "ترسل بلاده قوات"),
        ("ولم ينكر", "بلاده تجري"),
    ],
)
def test_negated_denial_is_a_statement(nlp, verb, content):
    tail = {"ترسل بلاده قوات": "أن ترسل بلاده قوات إلى أوكرانيا."}.get(
        content, f"أن {content} من التصعيد."
    )
    ((_, speaker, body),) = _statements(nlp, f"{verb} {_SUBJ} {tail}")
    assert speaker == _SPEAKER and body.startswith(content)


@pytest.mark.parametrize("verb", ["ولم تستبعد", "ولم تخف", "ولم تنف"])
def test_negated_denial_agrees_with_a_feminine_subject(nlp, verb):
    text = f"{verb} وزيرة الخارجية الألمانية أنالينا بيربوك أن بلادها قلقة من التصعيد."
    ((_, speaker, body),) = _statements(nlp, text)
    assert speaker == "أنالينا بيربوك" and body.startswith("بلادها قلقة")


@pytest.mark.parametrize(
    "text",
    [
        f"ولم يقل {_SUBJ} إن بلاده سترسل قوات إلى أوكرانيا.",  # a plain reporting verb negated
        f"ولم يؤكد {_SUBJ} أن بلاده سترسل قوات إلى أوكرانيا.",
        f"وأخفى {_SUBJ} أن بلاده قلقة من التصعيد.",  # hid: only «لم يخف» reports
    ],
)
def test_negated_reporting_verb_and_plain_hiding_are_none(nlp, text):
    assert _statements(nlp, text) == []


# --- «على حد تعبيره» --------------------------------------------------------------------------
@pytest.mark.parametrize("phrase", ["على حد تعبيره", "على حد قوله"])
def test_as_far_as_with_a_pronoun_is_the_last_speaker(nlp, phrase):
    text = f"وقال {_SUBJ} إن بلاده تدعم الحل. وأوروبا لن تقف مكتوفة الأيدي إزاء الأزمة، {phrase}."
    found = _statements(nlp, text)
    assert [s for _, s, _ in found] == [_SPEAKER, _SPEAKER]
    assert found[1][0] == "على" and found[1][2].startswith("وأوروبا لن تقف")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a standalone quotation: the last speaker
            f'وقال {_SUBJ} إن الوضع خطير. "أوروبا لن تقف مكتوفة الأيدي أمام هذا"، على حد تعبيره.',
            "أوروبا لن تقف مكتوفة الأيدي أمام هذا",
        ),
        (  # nobody spoke: the person the previous sentence opened with
            f"وزار {_SUBJ} كييف أمس. وهي زيارة تاريخية، على حد تعبيره.",
            "وهي زيارة تاريخية",
        ),
    ],
)
def test_as_far_as_with_a_pronoun_after_a_quotation_or_a_narrated_sentence(nlp, text, content):
    found = _statements(nlp, text)
    assert (_SPEAKER, content) in [(s, c) for _, s, c in found]


def test_as_far_as_with_a_feminine_pronoun(nlp):
    text = (
        "وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن بلادها تدعم الحل."
        " والعقوبات ستبقى قائمة، على حد تعبيرها."
    )
    found = _statements(nlp, text)
    assert [s for _, s, _ in found] == ["أنالينا بيربوك"] * 2
    assert found[1][2] == "والعقوبات ستبقى قائمة"


@pytest.mark.parametrize(
    "text",
    [
        "وأوروبا لن تقف مكتوفة الأيدي إزاء الأزمة، على حد قوله.",  # nobody spoke before
        "وأوروبا لن تقف مكتوفة الأيدي إزاء الأزمة، على حد علمنا.",  # not a saying noun
    ],
)
def test_as_far_as_without_a_known_speaker(nlp, text):
    assert all(s is None for _, s, _ in _statements(nlp, text))


# --- «…، بحسب X» over the whole sentence ------------------------------------------------------
_MINISTER = "بحسب وزير الخارجية الفرنسي جان نويل بارو"


@pytest.mark.parametrize(
    ("text", "cue", "start"),
    [
        (
            f"وتعتزم الحكومة الفرنسية، التي تواجه ضغوطا متزايدة، إرسال مساعدات، {_MINISTER}.",
            "بحسب",
            "وتعتزم الحكومة",
        ),
        (  # another cue in the sentence: the trailing source covers only its own clause
            f"وقال {_SUBJ} إن الحكومة، التي تواجه ضغوطا، سترسل مساعدات، {_MINISTER}.",
            "قال",
            "الحكومة",
        ),
    ],
)
def test_trailing_source_reaches_back_over_the_sentence(nlp, text, cue, start):
    ((c, _, content),) = _statements(nlp, text)
    assert c == cue and content.startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("وستعقد القمة المقبلة في باريس، وفقا لمصادر دبلوماسية.", "وستعقد القمة"),
        ("ووفقا لمصادر دبلوماسية، فإن القمة المقبلة ستعقد في باريس.", "القمة المقبلة"),
    ],
)
def test_source_noun_after_the_lam_of_wifqan_is_an_unnamed_source(nlp, text, start):
    ((_, speaker, content),) = _statements(nlp, text)
    assert speaker is None and content.startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "وستعقد القمة المقبلة في باريس، وفقا للخطة الموضوعة مسبقا.",  # a plan, not a source
        "وستعقد القمة المقبلة في باريس، وفقا لما تم الاتفاق عليه.",
    ],
)
def test_wifqan_with_a_non_source_noun_is_none(nlp, text):
    assert _statements(nlp, text) == []
