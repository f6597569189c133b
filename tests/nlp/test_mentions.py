"""kg_mentions: gazetteer (clitics, adjectives, metonyms), titles + names, organisations, roles.

Runs against the small fixture KB ``actors_kb.jsonl`` beside this file (not the packaged KB).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import kg.nlp.mentions  # noqa: F401
from kg.nlp.records import Mention

KB = str(Path(__file__).with_name("actors_kb.jsonl"))


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ar")
    nlp.add_pipe("kg_mentions", config={"kb_path": KB})
    return nlp


def _mentions(nlp, text: str, kind: str | None = None) -> list[Mention]:
    doc = nlp(text)
    return [m for m in doc._.kg_mentions if kind is None or m.kind == kind]


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("التقى وبوتين أمس", "بوتين", "Q7747"),
        ("مساعدة روسيا للنظام السوري", "نظام السوري", "Q858"),  # guideline: the country
        ("رسالة للولايات المتحدة أمس", "ولايات المتحدة", "Q30"),
        ("وللكرملين موقف", "كرملين", "Q42420"),
        ("رسالة لبوتين من واشنطن", "بوتين", "Q7747"),
        ("قال بوتين إن", "بوتين", "Q7747"),
        ("ما يجري بالولايات المتحدة اليوم", "الولايات المتحدة", "Q30"),
        ("أن #الولايات_المتحدة تأمل", "الولايات_المتحدة", "Q30"),
        ("وفرنسا وبريطانيا", "فرنسا", "Q142"),
        ("الدعم الروسي للنظام", "الروسي", "Q159"),
        ("الخارجية الأمريكية والروسية", "الروسية", "Q159"),
        ("قال سيرغي لافروف", "سيرغي لافروف", "Q80076"),
        ("في #خان_شيخون بريف #إدلب", "خان_شيخون", "Q2004574"),
        ("بريف #إدلب أمس", "إدلب", "Q83286"),
    ],
)
def test_gazetteer_clitics_exact_offsets(nlp, text, name, key):
    doc = nlp(text)
    found = [m for m in doc._.kg_mentions if m.actor == key]
    assert found, doc._.kg_mentions
    m = found[0]
    assert doc.text[m.start : m.end] == name == m.text


@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [("الدعم الروسي", "adjective", "Q159"), ("الضربة الأمريكية", "adjective", "Q30")],
)
def test_nationality_adjective_is_adjective_mention(nlp, text, kind, key):
    ms = _mentions(nlp, text)
    assert [(m.kind, m.actor, m.type) for m in ms] == [(kind, key, "Country")]


@pytest.mark.parametrize(
    ("text", "place", "government"),
    [
        ("وقالت موسكو إن", "Q649", "Q159"),
        ("اعتبر الكرملين أن", "Q42420", "Q159"),
        ("زيارة اعتبرها البيت الأبيض أنها", "Q35525", "Q30"),
        ("دعوات واشنطن إلى", "Q61", "Q30"),
    ],
)
def test_metonym_carries_place_and_government(nlp, text, place, government):
    ms = _mentions(nlp, text)
    assert {(m.kind, m.actor) for m in ms} == {("metonym", government), ("name", place)}


@pytest.mark.parametrize("text", ["وصل تيلرسون إلى موسكو", "في موسكو", "اجتمعوا بموسكو"])
def test_locative_place_is_not_metonym(nlp, text):
    ms = _mentions(nlp, text)
    assert [(m.kind, m.actor) for m in ms if m.actor in ("Q649", "Q159")] == [("name", "Q649")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("قال وزير الخارجية الأمريكي ريكس تيلرسون إن", "ريكس تيلرسون", "وزير الخارجية الأمريكي"),
        (
            "وزير الخارجية الأميركي، ريكس #تيلرسون الثلاثاء، أن",
            "ريكس #تيلرسون",
            "وزير الخارجية الأميركي",
        ),
        (
            "وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين",
            "ديمتري بيسكوف",
            "المتحدث باسم الكرملين",
        ),
        (
            "وقالت المتحدثة باسم الخارجية الأمريكية، هيذر نويرت، أمس",
            "هيذر نويرت",
            "المتحدثة باسم الخارجية الأمريكية",
        ),
        (
            "وقال السفير الفرنسي لدى الأمم المتحدة فرنسوا ديلاتر للصحفيين",
            "فرنسوا ديلاتر",
            "السفير الفرنسي لدى الأمم المتحدة",
        ),
        ("وقال نائب رئيس الوزراء التركي محمد شيمشك إن", "محمد شيمشك", "نائب رئيس الوزراء التركي"),
        ("وطالب عضو مجلس الشيوخ جون ماكين، بفرض", "جون ماكين", "عضو مجلس الشيوخ"),
        ("وقال وزير الدفاع جيم ماتيس: إن", "جيم ماتيس", "وزير الدفاع"),
        ("قال وزير خارجية تركيا مولود جاويش أوغلو", "مولود جاويش أوغلو", "وزير خارجية تركيا"),
        ("قال الرئيس السوري بشار الأسد", "بشار الأسد", "الرئيس السوري"),
        ("وقال الوزير عبد الله بن زايد إن", "عبد الله بن زايد", "الوزير"),
        ("وقال رئيس الوزراء العراقي حيدر العبادي إن", "حيدر العبادي", "رئيس الوزراء العراقي"),
        (
            "وقال المندوب الروسي الدائم لدى الأمم المتحدة فاسيلي نيبينزيا إن",
            "فاسيلي نيبينزيا",
            "المندوب الروسي الدائم لدى الأمم المتحدة",
        ),
        (
            "والتقى المبعوث الخاص إلى سوريا ستيفان دي ميستورا وفد",
            "ستيفان دي ميستورا",
            "المبعوث الخاص إلى سوريا",
        ),
    ],
)
def test_title_then_name(nlp, text, name, title):
    ms = _mentions(nlp, text)
    persons = [m for m in ms if m.kind == "name" and m.type == "Person"]
    titles = [m for m in ms if m.kind == "title"]
    assert [m.text for m in persons] == [name]
    assert [m.text for m in titles] == [title]
    assert titles[0].actor == persons[0].actor is not None


@pytest.mark.parametrize(
    "text",
    [
        "طائرة وزير الخارجية الأميركي شهد تصاعداً للدخان",  # a verb, then tanween
        "تخلي موسكو عن دعم الرئيس السوري أمرا غير ممكن",  # a common word before a function word
        "وقال الوزير يستند نهجنا إلى القانون",  # imperfect verb, attached pronoun
        "وقال المتحدث باسم الكرملين للصحفيين عبر الهاتف",  # لل + noun
        "قال وزير الخارجية الأمريكي الثلاثاء إن",  # a date word
        "وأكد المتحدث ضرورة الالتزام بالهدنة",  # a ة-noun and its genitive
        "وبحث الوزير تطورات الأزمة مع",  # a plural noun and its genitive
        "ووصل وزير الخارجية الأمريكي إلى موسكو أمس",  # إلى is a destination for a minister
    ],
)
def test_title_without_name_is_role(nlp, text):
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.kind == "name" and m.type == "Person"]
    roles = [m for m in ms if m.kind == "role" and m.type == "Person"]
    assert len(roles) == 1 and roles[0].actor is None


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("من قبل المعارضة السورية باستهداف", "المعارضة السورية", "local:Organization:معارضه سوريا"),
        ("وقالت وزارة الخارجية الروسية إن", "وزارة الخارجية الروسية", "Q1521325"),
        (
            "أدانت وزارة الخارجية والمغتربين الهجوم",
            "وزارة الخارجية والمغتربين",
            "local:Organization:وزاره الخارجيه والمغتربين",
        ),
    ],
)
def test_organisation_patterns(nlp, text, surface, key):
    orgs = [m for m in _mentions(nlp, text) if m.type == "Organization"]
    assert [(m.text, m.actor) for m in orgs] == [(surface, key)]


def test_army_with_a_nationality_adjective_is_the_country(nlp):
    """Guideline: «الجيش الأمريكي» -> the adjective is a mention of the country (no body)."""
    ms = _mentions(nlp, "وقال الجيش الأمريكي إن")
    assert [(m.text, m.kind, m.actor) for m in ms] == [("الأمريكي", "adjective", "Q30")]


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        ("وقالت الحكومة السورية إن", "الحكومة السورية", None),
        ("ارتكبها نظام الأسد مستخدما", "نظام الأسد", "الأسد"),
        ("الدعم للنظام السوري من خلال", "نظام السوري", None),
    ],
)
def test_government_phrases_are_country_mentions(nlp, text, surface, person):
    """Guideline: government phrases are mentions of the country spanning the whole phrase;
    «نظام الأسد» is also a mention of the person inside it."""
    ms = _mentions(nlp, text)
    assert [(m.text, m.actor) for m in ms if m.type == "Country"] == [(surface, "Q858")]
    assert not [m for m in ms if m.type == "Organization"]
    persons = [m for m in ms if m.type == "Person"]
    assert [m.text for m in persons] == ([person] if person else [])
    assert all(m.actor for m in persons)  # a person, even if the KB has two Assads


@pytest.mark.parametrize(
    "text",
    ["السياسة الخارجية الأمريكية تجاه", "النظام الدولي الجديد", "حكومة الوحدة الوطنية"],
)
def test_not_organisations(nlp, text):
    assert not [m for m in _mentions(nlp, text) if m.type == "Organization"]


@pytest.mark.parametrize(
    "text",
    [
        "بالطرق السياسية الدبلوماسية",
        "هو المسؤول عن الهجوم",
        "قال رئيس إن",
        "فاز الحزب الحاكم في الانتخابات",
    ],
)
def test_common_words_are_not_roles(nlp, text):
    assert not [m for m in _mentions(nlp, text) if m.kind in ("role", "title")]


@pytest.mark.parametrize(
    ("text", "count"),
    [("قال وزير الدفاع جيم ماتيس: إن ماتيس وصل", 2), ("جيم ماتيس وزير الدفاع", 0)],
)
def test_surname_found_again_only_after_a_title_gave_the_name(nlp, text, count):
    persons = [m for m in _mentions(nlp, text, "name") if m.type == "Person"]
    assert len(persons) == count


@pytest.mark.parametrize(
    "text", ["ليبحث مع نظيره الروسي تطورات الأزمة", "التقى نظيره الروسي إقامة مناطق حظر"]
)
def test_counterpart_followed_by_noun_phrase_has_no_name(nlp, text):
    assert not [m for m in _mentions(nlp, text) if m.type == "Person" and m.kind == "name"]


def test_counterpart_mention(nlp):
    ms = _mentions(nlp, "التقى لافروف نظيره الأمريكي في موسكو")
    cp = [m for m in ms if m.kind == "counterpart"]
    assert [m.text for m in cp] == ["نظيره الأمريكي"]


def test_boilerplate_regions_are_skipped(nlp):
    text = "قال بوتين إن روسيا. اقرأ أيضا: فرنسا"
    doc = nlp.make_doc(text)
    doc._.kg_boilerplate = [(text.index("اقرأ"), len(text))]
    doc = nlp.get_pipe("kg_mentions")(doc)
    assert [m.actor for m in doc._.kg_mentions] == ["Q7747", "Q159"]


def test_spans_are_token_expanded_with_type_labels(nlp):
    doc = nlp("وقال بوتين إن بالولايات المتحدة")
    labels = [(s.text, s.label_) for s in doc.spans["kg_mentions"]]
    assert ("بوتين", "Person") in labels
    assert ("بالولايات المتحدة", "Country") in labels  # the token keeps its clitic
