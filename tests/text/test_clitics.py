"""kg.text.clitics: candidate analyses of proclitics, words, detached clitics."""

from __future__ import annotations

import pytest

from kg.text.clitics import detached_clitic, iter_words, strip_clitics
from kg.text.normalize import normalize


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والكرملين", (1, "الكرملين")),
        ("والكرملين", (3, "كرملين")),
        ("بالنظام", (1, "النظام")),
        ("فالحكومه", (1, "الحكومه")),
        ("كالعاده", (3, "عاده")),
        ("وبالنظام", (2, "النظام")),
        ("وبالنظام", (4, "نظام")),
        ("لموسكو", (1, "موسكو")),
        ("وموسكو", (1, "موسكو")),
        ("فلروسيا", (2, "روسيا")),
        ("للكرملين", (1, "الكرملين")),  # ل + ال written لل: article restored
        ("للكرملين", (2, "كرملين")),
        ("وللنظام", (2, "النظام")),
        ("الاسد", (2, "اسد")),
    ],
)
def test_prefix_analyses(word: str, expected: tuple[int, str]) -> None:
    assert expected in strip_clitics(word)


@pytest.mark.parametrize("word", ["بوتين", "لافروف", "بيسكوف", "فلاديمير", "كوريا", "لبنان", "و"])
def test_unstripped_word_always_first(word: str) -> None:
    analyses = strip_clitics(word)
    assert analyses[0] == (0, word)


@pytest.mark.parametrize(
    ("word", "absent"),
    [
        ("بوتين", (2, "تين")),  # و after ب is not a clitic: order is conj, prep, article
        ("وب", (1, "ب")),  # stems shorter than two letters are not proposed
        ("بال", (1, "ال")),  # ... and a bare article is no stem
        ("موسكو", (1, "وسكو")),  # م is not a proclitic
        ("الكرملين", (1, "لكرملين")),  # ا is not a proclitic
    ],
)
def test_impossible_analyses_are_absent(word: str, absent: tuple[int, str]) -> None:
    assert absent not in strip_clitics(word)


@pytest.mark.parametrize("word", ["والكرملين", "وبالنظام", "فلروسيا", "كالعاده", "لموسكو"])
def test_prefix_length_is_the_surface_of_the_stem(word: str) -> None:
    for n, stem in strip_clitics(word):
        assert word[n:] == stem or stem == "ال" + word[n + 1 :]


def test_analyses_sorted_by_prefix_length_and_unique() -> None:
    analyses = strip_clitics("وللكرملين")
    lengths = [n for n, _ in analyses]
    assert lengths == sorted(lengths)
    assert len(set(analyses)) == len(analyses)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("تفاديا لـ تكرار الضربة", ["تفاديا", "تكرار", "الضربه"]),
        ("بين واشنطن و موسكو", ["بين", "واشنطن", "موسكو"]),
        ("توجيه الاتهام لـ الأسد", ["توجيه", "الاتهام", "الاسد"]),
        ("#خان_شيخون بريف #إدلب", ["خان", "شيخون", "بريف", "ادلب"]),
        ("فيتامين ب", ["فيتامين", "ب"]),  # a lone letter at the end is a word
        ("قتل 100 شخص", ["قتل", "100", "شخص"]),
    ],
)
def test_iter_words(raw: str, words: list[str]) -> None:
    norm = normalize(raw).text
    assert [w for _, _, w in iter_words(norm)] == words
    for s, e, w in iter_words(norm):
        assert norm[s:e] == w


def test_iter_words_can_keep_detached_letters() -> None:
    norm = normalize("لـ تكرار").text
    assert [w for _, _, w in iter_words(norm, skip_detached=False)] == ["ل", "تكرار"]


@pytest.mark.parametrize(
    ("raw", "target", "clitic"),
    [
        ("تفاديا لـ تكرار", "تكرار", "ل"),
        ("مرحبا بـ الضيوف", "الضيوف", "ب"),
        ("واشنطن و موسكو", "موسكو", "و"),
        ("واشنطن وموسكو", "وموسكو", None),
        ("قال لافروف", "لافروف", None),
        ("حزب الله", "الله", None),  # ب of حزب is not a lone letter
    ],
)
def test_detached_clitic(raw: str, target: str, clitic: str | None) -> None:
    norm = normalize(raw).text
    assert detached_clitic(norm, norm.index(target)) == clitic
