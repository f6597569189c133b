"""KB entries added in the dev15 round: Sudan's warring parties and council, the Lebanese Forces
party (not the army), Burhan and Lamamra. Lookups by label and alias."""

from __future__ import annotations

import pytest

from kg.kb import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("قوات الدعم السريع", "kg:organization:rapid-support-forces"),
        ("الدعم السريع", "kg:organization:rapid-support-forces"),
        ("القوات المسلحة السودانية", "kg:organization:sudanese-armed-forces"),
        ("مجلس السيادة الانتقالي", "kg:organization:transitional-sovereignty-council-sudan"),
        ("مجلس السيادة", "kg:organization:transitional-sovereignty-council-sudan"),
        ("القوات اللبنانية", "kg:organization:lebanese-forces"),
        ("عبد الفتاح البرهان", "kg:person:abdel-fattah-al-burhan"),
        ("رمطان لعمامرة", "kg:person:ramtane-lamamra"),
    ],
)  # fmt: skip
def test_lookup(kb: KnowledgeBase, text: str, entry_id: str) -> None:
    cands = kb.lookup(text)
    assert cands and cands[0].entry.id == entry_id


def test_lebanese_forces_is_not_the_army(kb: KnowledgeBase) -> None:
    ids = {c.entry.id for c in kb.lookup("القوات اللبنانية")}
    assert "kg:organization:armed-forces-of-lebanon" not in ids
    assert kb.lookup("الجيش اللبناني")[0].entry.id == "kg:organization:armed-forces-of-lebanon"
