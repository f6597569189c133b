"""KnowledgeBase loading, validation and index, on a tiny KB written into tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import ResourceError
from kg.kb import KnowledgeBase, key_of

RUSSIA = {
    "id": "Q159",
    "qid": "Q159",
    "verified": False,
    "type": "Country",
    "label_en": "Russia",
    "label_ar": "روسيا",
    "aliases_ar": ["روسيا الاتحادية"],
    "adjectives_ar": ["روسي", "روسية", "الروسي", "الروسية", "الروس"],
    "adjectives_en": ["Russian"],
}
IRAQ = {"id": "Q796", "qid": "Q796", "type": "Country", "label_en": "Iraq", "label_ar": "العراق"}
GERMANY = {"id": "Q183", "type": "Country", "label_en": "Germany", "label_ar": "ألمانيا"}
MOSCOW = {
    "id": "Q649",
    "qid": "Q649",
    "type": "Place",
    "subtype": "capital",
    "label_en": "Moscow",
    "label_ar": "موسكو",
    "country": "Q159",
    "metonym_for": "Q159",
}
KREMLIN = {
    "id": "kg:facility:moscow-kremlin",
    "qid": None,
    "type": "Facility",
    "label_en": "Moscow Kremlin",
    "label_ar": "الكرملين",
    "part_of": "Q649",
    "metonym_for": "Q159",
}
PUTIN = {
    "id": "Q7747",
    "qid": "Q7747",
    "type": "Person",
    "label_en": "Vladimir Putin",
    "label_ar": "فلاديمير بوتين",
    "aliases_ar": ["بوتين", "بوتن"],
    "aliases_en": ["Putin"],
    "country": "Q159",
    "positions": [
        {"title_ar": "الرئيس", "title_en": "President", "of": "Q159", "start": "2012-05-07"}
    ],
}
ASSAD = {
    "id": "Q44329",
    "qid": None,
    "type": "Person",
    "label_en": "Bashar al-Assad",
    "label_ar": "بشار الأسد",
    "ambiguous_aliases_ar": ["الأسد"],
    "aliases_en": ["Assad"],
}
PALMYRA = {
    "id": "kg:place:palmyra",
    "type": "Place",
    "label_en": "Palmyra",
    "label_ar": "تدمر",
    "ambiguous_aliases_ar": ["تدمر"],
}
ENTRIES = [RUSSIA, IRAQ, MOSCOW, KREMLIN, PUTIN, ASSAD, PALMYRA, GERMANY]


def write(path: Path, objs: list[dict], name: str = "a.jsonl") -> Path:
    path.mkdir(parents=True, exist_ok=True)
    f = path / name
    f.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objs) + "\n", "utf-8")
    return f


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    write(tmp_path, ENTRIES[:4] + ENTRIES[7:], "places.jsonl")
    write(tmp_path, ENTRIES[4:7], "people.jsonl")
    return KnowledgeBase.load(tmp_path)


def test_load_access(kb: KnowledgeBase) -> None:
    assert len(kb) == len(ENTRIES)
    assert {e.id for e in kb} == {o["id"] for o in ENTRIES}
    putin = kb.get("Q7747")
    assert putin is not None and putin.label_en == "Vladimir Putin"
    assert putin.positions[0].of == "Q159" and putin.positions[0].end is None
    assert kb.get("Q1") is None
    assert "Q159" in kb and "nope" not in kb


def test_load_single_file(tmp_path: Path) -> None:
    f = write(tmp_path, [RUSSIA, IRAQ])
    assert len(KnowledgeBase.load(f)) == 2


def _broken(**changes) -> dict:
    obj = dict(PUTIN)
    for k, v in changes.items():
        if v is None and k in ("label_ar", "type"):
            obj.pop(k)
        else:
            obj[k] = v
    return obj


@pytest.mark.parametrize(
    "bad, needle",
    [
        (_broken(type="Animal"), "unknown type"),
        (_broken(qid="7747"), "qid"),
        (_broken(qid="Q7747x"), "qid"),
        (_broken(label_ar=""), "label_ar"),
        (_broken(label_ar=None), "label_ar"),
        (_broken(country="Q404"), "country"),
        (_broken(positions=[{"title_ar": "الرئيس", "of": "Q404"}]), "position"),
        (_broken(positions=[{"title_ar": "الرئيس", "start": "7 May"}]), "ISO"),
        (_broken(colour="red"), "unknown field"),
        (_broken(aliases_ar="بوتين"), "wrong type"),
        (_broken(verified=True), "verified"),
    ],
)
def test_invalid_entry_names_file_and_line(tmp_path: Path, bad: dict, needle: str) -> None:
    write(tmp_path, [RUSSIA, bad], "people.jsonl")
    with pytest.raises(ResourceError) as err:
        KnowledgeBase.load(tmp_path)
    assert "people.jsonl:2" in str(err.value)
    assert needle in str(err.value)


def test_duplicate_id_names_both_places(tmp_path: Path) -> None:
    write(tmp_path, [RUSSIA], "a.jsonl")
    write(tmp_path, [IRAQ, RUSSIA], "b.jsonl")
    with pytest.raises(ResourceError, match=r"b\.jsonl:2.*duplicate id 'Q159'.*a\.jsonl:1"):
        KnowledgeBase.load(tmp_path)


def test_bad_json_and_missing(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text('{"id": "Q1"\n', "utf-8")
    with pytest.raises(ResourceError, match=r"x\.jsonl:1.*JSON"):
        KnowledgeBase.load(tmp_path)
    with pytest.raises(ResourceError):
        KnowledgeBase.load(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ResourceError, match="no .jsonl"):
        KnowledgeBase.load(empty)


@pytest.mark.parametrize(
    "text, entry_id, kind",
    [
        ("بوتين", "Q7747", "alias"),
        ("بوتن", "Q7747", "alias"),
        ("فلاديمير بوتين", "Q7747", "label"),
        ("روسيا", "Q159", "label"),
        ("روسيّا", "Q159", "label"),  # shadda dropped by normalisation
        ("الروسية", "Q159", "adjective"),
        ("الروسيه", "Q159", "adjective"),  # ta marbuta written as ha
        ("الكرملين", "kg:facility:moscow-kremlin", "label"),
        ("PUTIN", "Q7747", "en"),
        ("russian", "Q159", "adjective"),
        ("عراق", "Q796", "alias"),  # «للعراق» after the clitic «لل» is stripped
    ],
)
def test_lookup(kb: KnowledgeBase, text: str, entry_id: str, kind: str) -> None:
    cands = kb.lookup(text)
    assert cands, text
    assert cands[0].entry.id == entry_id
    assert cands[0].kind == kind


def test_metonyms_propose_the_government(kb: KnowledgeBase) -> None:
    kinds = {(c.entry.id, c.kind) for c in kb.lookup("الكرملين")}
    assert ("Q159", "metonym") in kinds
    assert kb.lookup("موسكو")[0].entry.id == "Q649"  # the place itself first
    assert ("Q159", "metonym") in {(c.entry.id, c.kind) for c in kb.lookup("موسكو")}


@pytest.mark.parametrize("text", ["الأسد", "تدمر"])
def test_ambiguous_flags(kb: KnowledgeBase, text: str) -> None:
    assert all(c.ambiguous for c in kb.lookup(text))


@pytest.mark.parametrize("text, variant", [("عراق", "no_article"), ("كرملين", "no_article")])
def test_article_variants_are_marked(kb: KnowledgeBase, text: str, variant: str) -> None:
    cands = kb.lookup(text)
    assert cands and all(c.variant == variant for c in cands)
    assert kb.lookup("ال" + text)[0].variant is None


@pytest.mark.parametrize("text", ["بشار الأسد", "بوتين", "العراق"])
def test_unambiguous(kb: KnowledgeBase, text: str) -> None:
    assert not kb.lookup(text)[0].ambiguous


@pytest.mark.parametrize("text", ["سد", "رملين", "ستالين", "", "مانيا"])
def test_no_article_stripping_outside_places_and_no_junk(kb: KnowledgeBase, text: str) -> None:
    # «الأسد» is a person alias: «اسد» must not be indexed; unknown names give nothing
    assert kb.lookup(text) == []
    assert kb.lookup("اسد") == []


def test_keys_by_length_and_prefixes(kb: KnowledgeBase) -> None:
    assert kb.max_alias_tokens == 2
    assert key_of("فلاديمير بوتين") in kb.keys_by_length[2]
    assert key_of("بوتين") in kb.keys_by_length[1]
    assert key_of("فلاديمير") in kb.prefixes
    assert key_of("بوتين") not in kb.prefixes
    assert all(k in kb.keys() for ks in kb.keys_by_length.values() for k in ks)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Assad", "Q44329"),
        ("assad", "Q44329"),
        ("الأسد", "Q44329"),
        ("Q7747", "Q7747"),
        ("q7747", "Q7747"),
        ("kg:facility:moscow-kremlin", "kg:facility:moscow-kremlin"),
        ("Vladimir Putin", "Q7747"),
        ("Russian", "Q159"),
        ("عراق", "Q796"),
        ("Kremlin", "kg:facility:moscow-kremlin"),  # token inside "Moscow Kremlin"
        ("بشار", "Q44329"),  # token inside the Arabic label
    ],
)
def test_search(kb: KnowledgeBase, query: str, expected: str) -> None:
    assert [e.id for e in kb.search(query)][:1] == [expected]


@pytest.mark.parametrize("query", ["", "   ", "Q999", "Stalin", "ستالين"])
def test_search_misses(kb: KnowledgeBase, query: str) -> None:
    assert kb.search(query) == []
