"""Candidate ranking: label > alias > adjective, unambiguous first, type agreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.kb import KnowledgeBase, generate, score

ENTRIES = [
    {"id": "Q858", "type": "Country", "label_ar": "سوريا", "adjectives_ar": ["السوري", "السورية"]},
    {"id": "kg:media:syria-news", "type": "Organization", "label_ar": "سيريانيوز"},
    # a newspaper whose short name is also the label of a region, and the region
    {"id": "kg:place:middle-east", "type": "Place", "label_ar": "الشرق الأوسط"},
    {
        "id": "kg:media:asharq",
        "type": "Organization",
        "label_ar": "صحيفة الشرق الأوسط",
        "ambiguous_aliases_ar": ["الشرق الأوسط"],
    },
    # Amman (label) and Oman (ambiguous alias) share a key
    {"id": "Q3805", "type": "Place", "label_ar": "عمان", "metonym_for": "Q810"},
    {"id": "Q810", "type": "Country", "label_ar": "الأردن"},
    {"id": "Q842", "type": "Country", "label_ar": "سلطنة عمان", "ambiguous_aliases_ar": ["عمان"]},
    {"id": "kg:place:raqqa", "type": "Place", "label_ar": "الرقة"},
    {"id": "Q41183", "type": "Place", "label_ar": "حلب"},
    {"id": "kg:person:x", "type": "Person", "label_ar": "الرقة"},
]


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    (tmp_path / "k.jsonl").write_text(
        "\n".join(json.dumps(o, ensure_ascii=False) for o in ENTRIES), "utf-8"
    )
    return KnowledgeBase.load(tmp_path)


def test_label_beats_ambiguous_alias(kb: KnowledgeBase) -> None:
    ids = [c.entry.id for c in generate("الشرق الأوسط", None, kb)]
    assert ids == ["kg:place:middle-east", "kg:media:asharq"]


def test_type_hint_reorders(kb: KnowledgeBase) -> None:
    assert generate("الرقة", "Person", kb)[0].entry.id == "kg:person:x"
    assert generate("الرقة", "Place", kb)[0].entry.id == "kg:place:raqqa"


def test_country_hint_keeps_amman_first_but_lists_oman_and_jordan(kb: KnowledgeBase) -> None:
    ids = [c.entry.id for c in generate("عمان", None, kb)]
    assert ids[0] == "Q3805"
    assert set(ids) == {"Q3805", "Q842", "Q810"}
    for c in generate("عمان", "Country", kb):
        if c.entry.type == "Country":  # type agreement raises the score
            assert score(c, "Country") > score(c)
    person = generate("عمان", "Person", kb)
    assert all(score(c, "Person") < score(c) for c in person)


def test_adjective_ranks_below_label(kb: KnowledgeBase) -> None:
    adj = generate("السورية", None, kb)[0]
    lab = generate("سوريا", None, kb)[0]
    assert adj.kind == "adjective" and lab.kind == "label"
    assert score(lab) > score(adj)


@pytest.mark.parametrize("mention, expected", [("رقة", "kg:place:raqqa"), ("الاردن", "Q810")])
def test_article_variants(kb: KnowledgeBase, mention: str, expected: str) -> None:
    assert generate(mention, "Place", kb)[0].entry.id == expected


def test_article_dropped_is_indexed(kb: KnowledgeBase) -> None:
    cands = generate("أردن", None, kb)  # «لأردن»/«للأردن» once the clitic is stripped
    assert [c.entry.id for c in cands] == ["Q810"]
    assert cands[0].variant == "no_article"
    assert score(cands[0]) < score(generate("الأردن", None, kb)[0])


def test_extra_article_is_retried_for_places_only(kb: KnowledgeBase) -> None:
    cands = generate("الحلب", None, kb)
    assert [(c.entry.id, c.variant) for c in cands] == [("Q41183", "added_article")]
    assert generate("السيريانيوز", None, kb) == []  # an Organization: no retry


@pytest.mark.parametrize("mention", ["", "لا شيء", "سيريا"])
def test_unknown(kb: KnowledgeBase, mention: str) -> None:
    assert generate(mention, None, kb) == []


def test_scores_bounded(kb: KnowledgeBase) -> None:
    for e in ENTRIES:
        for c in generate(e["label_ar"], "Person", kb):
            assert 0 < score(c, "Person") <= 1.2
