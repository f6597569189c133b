"""check_entry verdicts and the in-place KB rewrites."""

from __future__ import annotations

import json

import pytest

from kg.kb import KnowledgeBase
from kg.kb.verify import add_aliases, check_kb, mark_verified
from kg.kb.wikidata import parse_entity


@pytest.fixture
def checks(tmp_kb, entities_db):
    kb = KnowledgeBase.load(tmp_kb)
    items = {}
    for e in kb:
        if e.qid:
            obj = entities_db.get(e.qid) or next(
                v for v in entities_db.values() if (v.get("redirects") or {}).get("from") == e.qid
            )
            items[e.qid] = parse_entity(e.qid, obj)
    return {c.id: c for c in check_kb(kb, items)}


@pytest.mark.parametrize(
    "kb_id,status",
    [
        ("Q159", "match"),
        ("Q7747", "match"),
        ("Q1065", "match"),  # «الأمم المتحدة» = «الامم المتحده» after normalize_key
        ("kg:org:council", "mismatch"),
        ("kg:org:gone", "missing"),
        ("kg:org:merged", "redirect"),
    ],
)
def test_statuses(checks, kb_id, status):
    assert checks[kb_id].status == status


def test_entries_without_qid_are_not_checked(checks):
    assert "kg:person:nobody" not in checks


def test_redirect_names_the_target(checks):
    assert checks["kg:org:merged"].redirect_to == "Q99999903"


@pytest.mark.parametrize(
    "kb_id,ar,en",
    [
        ("Q159", ["الاتحاد الروسي"], ["Russian Federation", "RU"]),
        ("Q7747", ["فلاديمير فلاديميروفيتش بوتين"], ["Vladimir Vladimirovich Putin"]),
        ("Q1065", [], ["UN"]),
    ],
)
def test_new_aliases_skip_known_and_latin_names(checks, kb_id, ar, en):
    assert checks[kb_id].new_aliases_ar == ar and checks[kb_id].new_aliases_en == en


def test_mismatch_proposes_nothing(checks):
    c = checks["kg:org:council"]
    assert c.new_aliases_ar == [] and c.wikidata_label_ar == "نهر تجريبي"


def test_new_positions_and_types(checks):
    c = checks["Q7747"]
    assert c.new_positions == [{"qid": "Q99999912", "start": "1999", "end": "2000-05"}]
    assert c.types_ok is True and checks["Q159"].types_ok is True
    assert checks["Q1065"].types_ok is None  # no claims: nothing to say


def test_mark_verified_rewrites_only_matching_unverified_lines(tmp_kb, checks):
    before = {f.name: f.read_text(encoding="utf-8") for f in tmp_kb.glob("*.jsonl")}
    changed = mark_verified(tmp_kb, checks.values(), "2026-11-23")
    assert sorted(changed) == ["Q159", "Q7747"]  # Q1065 was already verified
    orgs = (tmp_kb / "organizations.jsonl").read_text(encoding="utf-8")
    assert orgs == before["organizations.jsonl"]  # byte for byte, comment line included
    people = (tmp_kb / "people.jsonl").read_text(encoding="utf-8").splitlines()
    putin = json.loads(people[0])
    assert putin["verified"] is True and putin["verified_by"] == "wikidata:2026-11-23"
    assert list(putin)[:4] == ["id", "qid", "verified", "verified_by"]
    assert people[1] == before["people.jsonl"].splitlines()[1]
    kb = KnowledgeBase.load(tmp_kb)  # still a valid KB
    assert kb.get("Q7747").verified and kb.get("Q7747").verified_by == "wikidata:2026-11-23"


def test_mark_verified_is_idempotent(tmp_kb, entities_db):
    from kg.kb.verify import check_kb as ck

    kb = KnowledgeBase.load(tmp_kb)
    items = {q: parse_entity(q, entities_db[q]) for q in ("Q159", "Q7747")}
    mark_verified(tmp_kb, ck(kb, items), "2026-11-23")
    again = ck(KnowledgeBase.load(tmp_kb), items)
    assert mark_verified(tmp_kb, again, "2026-11-24") == []


def test_add_aliases(tmp_kb, checks):
    changed = add_aliases(tmp_kb, checks.values())
    assert sorted(changed) == ["Q1065", "Q159", "Q7747"]
    kb = KnowledgeBase.load(tmp_kb)
    assert kb.get("Q159").aliases_ar == ("روسيا الاتحادية", "الاتحاد الروسي")
    assert [e.id for e in kb.search("الاتحاد الروسي")] == ["Q159"]
    assert kb.get("Q1065").aliases_en == ("UN",)
    assert add_aliases(tmp_kb, checks.values()) == []  # nothing new the second time
