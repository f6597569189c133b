"""kg.text.normalize: every character rule, keys, and the offset map back to the original."""

from __future__ import annotations

import re

import pytest

from kg.text.normalize import normalize, normalize_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),  # hamza above
        ("إيران", "ايران"),  # hamza below
        ("آب", "اب"),  # madda
        ("ٱلله", "الله"),  # wasla
        ("مصطفى", "مصطفي"),  # alef maqsura -> ya
        ("إلى", "الي"),
        ("السورية", "السوريه"),  # ta marbuta -> ha
        ("مؤتمر", "موتمر"),  # hamza on waw
        ("رئيس", "رييس"),  # hamza on ya
        ("بـوتـيـن", "بوتين"),  # tatweel
        ("مُحَمَّدٌ", "محمد"),  # harakat, shadda, tanween
        ("هٰذا", "هذا"),  # superscript alef
        ("٢٠١٧", "2017"),  # Arabic-Indic digits
        ("۱۲۳", "123"),  # Persian digits
        ("٣٫٥", "3.5"),  # Arabic decimal separator
        ("١٠٬٠٠٠", "10,000"),  # Arabic thousands separator
        ("٥٠٪", "50%"),
        ("#الولايات_المتحدة", " الولايات المتحده"),  # hashtag
        ("«نعم»", '"نعم"'),
        ("“نعم”", '"نعم"'),
        ("„نعم‟", '"نعم"'),
        ("‘x’", "'x'"),
        ("2010–2017", "2010-2017"),  # en dash
        ("أ—ب", "ا-ب"),  # em dash
        ("5−3", "5-3"),  # minus sign
        ("ڤلاديمير", "فلاديمير"),  # veh
        ("پاریس", "باريس"),  # peh + farsi yeh
        ("گاز", "كاز"),  # gaf
        ("ک", "ك"),  # keheh
        ("چ", "ج"),
        ("a\u00a0b", "a b"),  # no-break space, kept one-to-one
        ("ا\u200fب", "اب"),  # RLM dropped
        ("\ufeffنص", "نص"),  # BOM dropped
        ("ﻻ", "لا"),  # presentation-form ligature expands
        ("ﺑﻮﺗﻴﻦ", "بوتين"),  # presentation forms
        ("Putin  2017", "Putin  2017"),  # Latin and spacing untouched
    ],
)
def test_character_rules(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("  وزير   الخارجية ", "وزير الخارجيه"),
        ("#خان_شيخون", "خان شيخون"),
        ("الأسد\n", "الاسد"),
        ("ﻻفروف", "لافروف"),
        ("", ""),
    ],
)
def test_normalize_key_collapses_spaces(raw: str, key: str) -> None:
    assert normalize_key(raw) == key


@pytest.mark.parametrize("raw", ["لافروف", "بيسكوف", "بوتين", "Tillerson"])
def test_names_are_not_mangled(raw: str) -> None:
    assert normalize(raw).text == raw


@pytest.mark.parametrize(
    "raw",
    [
        "قالَ الرئيسُ بـ«الإتفاق» في ٢٠١٧،\u200f و#روسيا_اليوم",
        "ﻻ ﺑﺄس — ﷺ إِلى",
        "plain ascii text",
        "",
    ],
)
def test_offsets_shape_and_order(raw: str) -> None:
    n = normalize(raw)
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(raw)
    assert list(n.offsets) == sorted(n.offsets)
    assert all(0 <= o <= len(raw) for o in n.offsets)


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("قالَ الرئيسُ بُوتِين أمس", "الرييس"),
        ("قالَ الرئيسُ بُوتِين أمس", "بوتين"),
        ("وزير #الخارجية_الأميركي", "الاميركي"),
        ("في ٢٠١٧ م", "2017"),
        ("ذهب إلى ﻻهاي", "لاهاي"),
        ("مـؤتـمـر الـحـوار", "الحوار"),
    ],
)
def test_to_original_maps_a_word_back_exactly(raw: str, word: str) -> None:
    n = normalize(raw)
    i = n.text.index(word)
    s, e = n.to_original(i, i + len(word))
    original = raw[s:e]
    assert normalize_key(original) == word
    assert not original[0].isspace() and not original[-1].isspace()


@pytest.mark.parametrize(
    ("raw", "word", "original"),
    [
        ("قال الرئيسُ أمس", "الرييس", "الرئيسُ"),  # the final damma stays with its letter
        ("بُوتِينٌ قال", "بوتين", "بُوتِينٌ"),
        ("بوتيـــن قال", "بوتين", "بوتيـــن"),
        ("لبـ تكرار", "لب", "لبـ"),  # tatweel after a detached clitic belongs to it
    ],
)
def test_to_original_keeps_marks_with_their_letter(raw: str, word: str, original: str) -> None:
    n = normalize(raw)
    i = n.text.index(word)
    s, e = n.to_original(i, i + len(word))
    assert raw[s:e] == original


def test_to_original_stops_before_dropped_controls() -> None:
    raw = "روسيا\u200f قالت"
    n = normalize(raw)
    assert n.to_original(0, 5) == (0, 5)


def test_to_original_empty_span() -> None:
    n = normalize("ابـب")
    assert n.to_original(2, 2) == (n.offsets[2], n.offsets[2])
    assert n.to_original(len(n.text), len(n.text)) == (4, 4)


def test_every_word_of_the_seeds_maps_back(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        n = normalize(raw)
        for m in re.finditer(r"[^\W_]+", n.text):
            s, e = n.to_original(m.start(), m.end())
            assert normalize_key(raw[s:e]) == m.group(), (path.name, m.group())
