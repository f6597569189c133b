"""Building blocks of kg_statements: inflection rules, quotation pairing, fallback sentences."""

from __future__ import annotations

import pytest

from kg.nlp.statements_lexicon import load_statement_lexicon, participle_forms, verb_forms
from kg.nlp.statements_text import naive_sentences, pair_quotes, tokenize
from kg.text.normalize import normalize_key


@pytest.mark.parametrize(
    "form",
    ["قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون"],
)
def test_sound_verb_inflections(form):
    assert normalize_key(form) in verb_forms("قال", "يقول", True, [], False)


@pytest.mark.parametrize("form", ["أكدت", "يؤكد", "تؤكد", "أكّدوا", "يؤكدان"])
def test_hamza_and_shadda_forms_match_after_normalisation(form):
    lex = load_statement_lexicon()
    assert lex.verbs[normalize_key(form)].lemma == normalize_key("أكد")


@pytest.mark.parametrize("form", ["نفت", "ينفي", "تنفي", "نفوا", "دعت", "يدعو", "تدعو"])
def test_defective_verbs_come_from_the_extra_column(form):
    assert normalize_key(form) in load_statement_lexicon().verbs


@pytest.mark.parametrize("word", ["دعوات", "دعوة", "بينما", "قائل", "تصريحات", "مؤكد"])
def test_nouns_are_not_cues(word):
    lex = load_statement_lexicon()
    assert normalize_key(word) not in lex.verbs
    assert normalize_key(word) not in lex.participles


def test_object_pronouns_only_where_allowed():
    lex = load_statement_lexicon()
    assert normalize_key("اعتبرها") in lex.verbs  # flag O
    assert normalize_key("قالها") not in lex.verbs  # no O flag for قال


@pytest.mark.parametrize("form", ["مشيراً", "مشيرةً", "مشيرين", "مؤكدا", "مؤكدةً", "داعيا"])
def test_participle_forms(form):
    assert normalize_key(form) in load_statement_lexicon().participles


def test_participle_rules_off_uses_extra_only():
    assert participle_forms("داع", False, ["داعيا"]) == {"داعيا"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ('قال "أ ب" ثم "ج"', [("أ ب",), ("ج",)]),
        ("قال «أ «ب» ج»", [("أ «ب» ج",), ("ب",)]),
        ("قال “أ ب” و”ج د”", [("أ ب",), ("ج د",)]),
        ('قال "أ ب\nثم" ج', []),  # an unclosed quotation does not run into the next line
    ],
)
def test_pair_quotes(text, expected):
    got = sorted((text[a + 1 : b],) for a, b in pair_quotes(text))
    assert got == sorted(expected)


def test_naive_sentences_split_on_stops_and_lines():
    text = "قال إنه سيحضر. وأضاف أن الموعد لم يحدد؟\nعنوان آخر"
    spans = naive_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "قال إنه سيحضر.",
        "وأضاف أن الموعد لم يحدد؟",
        "عنوان آخر",
    ]


def test_tokens_map_back_to_original_offsets():
    text = "وأكّدَ «المتحدثُ» أنّ"
    toks, _ = tokenize(text)
    assert [text[t.start : t.end] for t in toks] == ["وأكّدَ", "«", "المتحدثُ", "»", "أنّ"]
    assert [t.norm for t in toks] == ["واكد", '"', "المتحدث", '"', "ان"]
