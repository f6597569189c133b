"""kg_coref: names and surnames, roles, gender, counterparts, organisation roles, never guessing.

Runs kg_mentions + kg_coref against the fixture KB ``actors_kb.jsonl`` beside this file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import kg.nlp.coref  # noqa: F401
import kg.nlp.mentions  # noqa: F401

KB = str(Path(__file__).with_name("actors_kb.jsonl"))


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ar")
    nlp.add_pipe("kg_mentions", config={"kb_path": KB})
    nlp.add_pipe("kg_coref")
    return nlp


def _actor_of(doc, surface: str, kind: str | None = None, nth: int = 0) -> str | None:
    ms = [m for m in doc._.kg_mentions if m.text == surface and (kind is None or m.kind == kind)]
    return ms[nth].actor


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("قال وزير الدفاع جيم ماتيس إن الهجوم. وأضاف ماتيس أن", "جيم ماتيس", "ماتيس"),
        ("وصل ماتيس أمس. وقال وزير الدفاع جيم ماتيس إن", "جيم ماتيس", "ماتيس"),
        ("قال سيرغي لافروف إن. وأكد لافروف أن", "سيرغي لافروف", "لافروف"),
        ("دعم الرئيس بشار الأسد. ورحيل الأسد من السلطة", "بشار الأسد", "الأسد"),
    ],
)
def test_surname_joins_full_name(nlp, text, full, short):
    doc = nlp(text)
    assert _actor_of(doc, short, "name") == _actor_of(doc, full, "name") is not None


def test_different_people_stay_apart(nlp):
    doc = nlp("قال وزير الدفاع جيم ماتيس إن. وقال وزير الخارجية ريكس تيلرسون إن")
    assert _actor_of(doc, "جيم ماتيس") != _actor_of(doc, "ريكس تيلرسون")
    persons = {a.key for a in doc._.kg_actors.values() if a.type == "Person"}
    assert len(persons) == 2


def test_title_gives_position_with_affiliation_and_evidence(nlp):
    text = "قال وزير الخارجية الأمريكي ريكس تيلرسون إن"
    doc = nlp(text)
    actor = doc._.kg_actors[_actor_of(doc, "ريكس تيلرسون")]
    (pos,) = actor.positions
    assert pos.title == "وزير الخارجية"
    assert pos.of == "Q30"
    assert text[pos.evidence[0] : pos.evidence[1]] == "وزير الخارجية الأمريكي"


@pytest.mark.parametrize(
    ("text", "role", "antecedent"),
    [
        (
            "التقى وزير الخارجية الأمريكي ريكس تيلرسون الرئيس الروسي فلاديمير بوتين. "
            "وقال الوزير إن",
            "الوزير",
            "ريكس تيلرسون",
        ),
        (
            "قال المتحدث باسم الكرملين ديمتري بيسكوف إن. وقالت المتحدثة باسم الخارجية الأمريكية "
            "هيذر نويرت إن. وأضافت المتحدثة أن",
            "المتحدثة",
            "هيذر نويرت",
        ),
        (
            "قالت المتحدثة باسم الخارجية الأمريكية هيذر نويرت إن. وقال المتحدث باسم الكرملين "
            "ديمتري بيسكوف إن. وأضافت المتحدثة أن",
            "المتحدثة",
            "هيذر نويرت",
        ),
        (
            "قالت المتحدثة باسم الخارجية الأمريكية هيذر نويرت إن. وقال المتحدث باسم الكرملين "
            "ديمتري بيسكوف إن. وأضاف المتحدث أن",
            "المتحدث",
            "ديمتري بيسكوف",
        ),
        (
            "وزير الخارجية الأمريكي ريكس تيلرسون في موسكو. وهبطت طائرة وزير الخارجية الأمريكي أمس",
            "وزير الخارجية الأمريكي",
            "ريكس تيلرسون",
        ),
        ("قال سيرغي لافروف إن. وقال الوزير إن", "الوزير", "سيرغي لافروف"),  # KB position
    ],
)
def test_role_resolves_to_last_compatible_holder(nlp, text, role, antecedent):
    doc = nlp(text)
    assert _actor_of(doc, role, "role") == _actor_of(doc, antecedent, "name") is not None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("وقالت المتحدثة إن الهجوم", "المتحدثة"),
        ("قال المتحدث باسم الكرملين ديمتري بيسكوف إن. وأضافت المتحدثة أن", "المتحدثة"),
        ("قال الرئيس الروسي فلاديمير بوتين إن. وقال الوزير إن", "الوزير"),
        ("وقال الوزير إن. وقال وزير الدفاع جيم ماتيس إن", "الوزير"),
    ],
)
def test_unresolvable_role_stays_unresolved(nlp, text, role):
    doc = nlp(text)
    assert _actor_of(doc, role, "role") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counterpart is in the KB: Lavrov is Russia's foreign minister
        ("التقى وزير الخارجية الأمريكي ريكس تيلرسون نظيره الروسي في موسكو", "Q80076"),
        # the counterpart is named in the article
        ("التقى سيرغي لافروف أمس. ولم يستقبل لافروف نظيره الأمريكي", None),
    ],
)
def test_counterpart(nlp, text, expected):
    doc = nlp(text)
    actor = _actor_of(doc, "نظيره " + text.split("نظيره ")[1].split()[0], "counterpart")
    assert actor == expected


def test_counterpart_named_in_article_and_position_copied(nlp):
    text = (
        "قال وزير الخارجية الأمريكي ريكس تيلرسون إن. والتقى وزير الخارجية التركي "
        "مولود جاويش أوغلو نظيره الأمريكي"
    )
    doc = nlp(text)
    assert _actor_of(doc, "نظيره الأمريكي", "counterpart") == _actor_of(doc, "ريكس تيلرسون")


def test_counterpart_with_name_gets_the_antecedent_title(nlp):
    doc = nlp("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو أمس")
    key = _actor_of(doc, "مولود جاويش أوغلو", "name")
    assert _actor_of(doc, "نظيره التركي", "title") == key  # a title next to its name
    positions = doc._.kg_actors[key].positions
    assert [(p.title, p.of) for p in positions] == [("وزير الخارجية", "Q43")]


def test_organisation_role_follows_same_head(nlp):
    doc = nlp("قالت السلطات الروسية إن. وارتكب نظام الأسد المجزرة. ويمتلكها النظام.")
    assert _actor_of(doc, "النظام", "role") == _actor_of(doc, "نظام الأسد")
    assert _actor_of(doc, "النظام", "role") != _actor_of(doc, "السلطات الروسية")


def test_organisation_role_without_antecedent_is_unresolved(nlp):
    doc = nlp("ويمتلكها النظام منذ سنوات")
    assert _actor_of(doc, "النظام", "role") is None


def test_adjective_metonym_and_name_of_one_country_share_a_key(nlp):
    doc = nlp("قالت روسيا إن. والدعم الروسي. وقالت موسكو إن")
    keys = {m.actor for m in doc._.kg_mentions if m.kind in ("name", "adjective", "metonym")}
    assert keys == {"Q159", "Q649"}
