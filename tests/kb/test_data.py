"""The packaged KB data: size, coverage, spelling variants, adjective forms, collisions."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from kg.kb import KnowledgeBase, default_kb, generate, key_of


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    t = time.perf_counter()
    kb = KnowledgeBase.load()
    ms = (time.perf_counter() - t) * 1000
    counts = Counter(e.type for e in kb)
    verified = sum(e.verified for e in kb)
    print(f"\nKB: {len(kb)} entries {dict(counts)}, {verified} verified, loaded in {ms:.1f} ms")
    return kb


def test_size_and_types(kb: KnowledgeBase) -> None:
    counts = Counter(e.type for e in kb)
    assert len(kb) >= 350
    assert counts["Country"] >= 60
    assert counts["Person"] >= 100
    assert counts["Facility"] >= 15
    assert sum(1 for e in kb if e.subtype == "media") >= 20


def test_default_kb_is_cached() -> None:
    assert default_kb() is default_kb()
    assert len(default_kb()) >= 350


def test_ids_and_qids(kb: KnowledgeBase) -> None:
    for e in kb:
        if e.qid is None:
            assert re.fullmatch(r"kg:[a-z]+:[a-z0-9-]+", e.id), e.id
            assert not e.verified
        else:
            assert re.fullmatch(r"Q[1-9]\d*", e.qid)
            assert e.id == e.qid
        if e.verified:
            assert e.verified_by


def _has(forms: set[str], pred) -> bool:
    return any(pred(f) for f in forms)


#: countries whose nisba adjective is a common word («مالي/مالية» = financial): only the plural
#: noun is listed, so that «وزارة المالية» is no mention of Mali
_HOMOGRAPH_ADJECTIVES = frozenset({"Mali"})


def test_every_country_has_adjective_forms(kb: KnowledgeBase) -> None:
    for e in kb:
        if e.type != "Country" or e.label_en in _HOMOGRAPH_ADJECTIVES:
            continue
        forms = {key_of(a) for a in e.adjectives_ar}
        assert e.adjectives_en, e.label_en
        assert _has(forms, lambda f: f.endswith("ي")), f"{e.label_en}: masculine"
        assert _has(forms, lambda f: f.endswith("يه")), f"{e.label_en}: feminine"
        assert _has(forms, lambda f: f.endswith(("يين", "يون"))), f"{e.label_en}: plural"
        assert _has(forms, lambda f: f.startswith("ال")), f"{e.label_en}: definite"


@pytest.mark.parametrize(
    "text, label_en",
    [
        ("ترامب", "Donald Trump"),
        ("ترمب", "Donald Trump"),
        ("دونالد ترمب", "Donald Trump"),
        ("بوتين", "Vladimir Putin"),
        ("بوتن", "Vladimir Putin"),
        ("فلاديمير بوتن", "Vladimir Putin"),
        ("سيرغي لافروف", "Sergey Lavrov"),
        ("سيرجي لافروف", "Sergey Lavrov"),
        ("سيرجى لافروف", "Sergey Lavrov"),
        ("بيسكوف", "Dmitry Peskov"),
        ("سوريا", "Syria"),
        ("سورية", "Syria"),
        ("أمريكا", "United States"),
        ("أميركا", "United States"),
        ("الولايات المتحدة الأميركية", "United States"),
        ("تيلرسون", "Rex Tillerson"),
        ("الكرملين", "Moscow Kremlin"),
        ("البيت الأبيض", "White House"),
        ("البنتاغون", "United States Department of Defense"),
        ("وزارة الخارجية والمغتربين", "Ministry of Foreign Affairs and Expatriates (Syria)"),
        ("الخارجية الروسية", "Ministry of Foreign Affairs (Russia)"),
        ("داعش", "Islamic State"),
        ("قسد", "Syrian Democratic Forces"),
        ("هيئة تحرير الشام", "Hay'at Tahrir al-Sham"),
        ("حزب الله", "Hezbollah"),
        ("مجموعة السبع", "Group of Seven"),
        ("منظمة حظر الأسلحة الكيميائية", "Organisation for the Prohibition of Chemical Weapons"),
        ("نوفوستي", "RIA Novosti"),
        ("سيريانيوز", "Syria News"),
        ("خان شيخون", "Khan Shaykhun"),
        ("الشعيرات", "Shayrat Air Base"),
        ("حميميم", "Khmeimim Air Base"),
        ("مطار فنوكوفو", "Vnukovo International Airport"),
        ("توسكانا", "Tuscany"),
        ("الغوطة الشرقية", "Eastern Ghouta"),
        ("إدلب", "Idlib"),
        ("ادلب", "Idlib"),
        ("حلب", "Aleppo"),
        ("أستانة", "Astana"),
        ("سوتشي", "Sochi"),
    ],
)
def test_variants_resolve(kb: KnowledgeBase, text: str, label_en: str) -> None:
    cands = generate(text, None, kb)
    assert cands, text
    assert cands[0].entry.label_en == label_en
    assert not cands[0].ambiguous


@pytest.mark.parametrize(
    "text, label_en",
    [
        ("الأمريكي", "United States"),
        ("الأميركي", "United States"),
        ("الأميركية", "United States"),
        ("الأمريكيين", "United States"),
        ("الروسي", "Russia"),
        ("الروسية", "Russia"),
        ("الروس", "Russia"),
        ("السوريين", "Syria"),
        ("الأتراك", "Turkey"),
        ("الإيطالية", "Italy"),
        ("الكوري الشمالي", "North Korea"),
    ],
)
def test_adjectives_resolve(kb: KnowledgeBase, text: str, label_en: str) -> None:
    cands = [c for c in kb.lookup(text) if c.kind == "adjective"]
    assert cands and cands[0].entry.label_en == label_en


@pytest.mark.parametrize(
    "text, label_en",
    [("موسكو", "Russia"), ("واشنطن", "United States"), ("الكرملين", "Russia"), ("دمشق", "Syria")],
)
def test_metonyms(kb: KnowledgeBase, text: str, label_en: str) -> None:
    assert label_en in {c.entry.label_en for c in kb.lookup(text) if c.kind == "metonym"}


@pytest.mark.parametrize("text", ["الأسد", "القاعدة", "الجزيرة", "العربية", "حماس", "فتح", "أمل"])
def test_common_words_are_marked_ambiguous(kb: KnowledgeBase, text: str) -> None:
    cands = kb.lookup(text)
    assert cands, text
    assert all(c.ambiguous for c in cands if c.kind in ("label", "alias"))


@pytest.mark.parametrize(
    "text", ["الأمل", "الحكومة", "الرئيس", "وزير الخارجية", "الوزارة", "اليوم"]
)
def test_common_words_are_not_names(kb: KnowledgeBase, text: str) -> None:
    assert kb.lookup(text) == []


def test_collisions_are_flagged(kb: KnowledgeBase) -> None:
    """A key naming several entries may be unambiguous for at most one of them."""
    collisions = []
    for key in kb.keys():
        # article-less variants («كاميرون» of «الكاميرون») are not read by the gazetteer
        names = [
            c for c in kb.lookup(key) if c.kind in ("label", "alias", "en") and c.variant is None
        ]
        if len({c.entry.id for c in names}) > 1:
            collisions.append(key)
            clear = {c.entry.id for c in names if not c.ambiguous}
            assert len(clear) <= 1, (key, [c.entry.label_en for c in names])
    print(f"\n{len(collisions)} shared keys: {sorted(collisions)}")


@pytest.mark.parametrize(
    "query, label_en",
    [
        ("Assad", "Bashar al-Assad"),
        ("الأسد", "Bashar al-Assad"),
        ("Q7747", "Vladimir Putin"),
        ("lavrov", "Sergey Lavrov"),
        ("State Department", "United States Department of State"),
        ("ISIS", "Islamic State"),
    ],
)
def test_search_real(kb: KnowledgeBase, query: str, label_en: str) -> None:
    assert kb.search(query)[0].label_en == label_en


def test_positions_are_dated_and_linked(kb: KnowledgeBase) -> None:
    for e in kb:
        for p in e.positions:
            assert kb.get(p.of) is not None if p.of else True
            if p.start and p.end:
                assert p.start <= p.end, (e.label_en, p)


def test_longest_match_structures(kb: KnowledgeBase) -> None:
    assert 3 <= kb.max_alias_tokens <= 12
    assert key_of("وزارة الخارجية") in kb.prefixes
    assert key_of("وزارة الخارجية الروسية") in kb.keys_by_length[3]
