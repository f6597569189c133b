"""kg.nlp.segment: the kg_text component writes regions and sentences onto the Doc."""

from __future__ import annotations

import pytest
import spacy

from kg.pipeline import create_nlp
from kg.text.boilerplate import find_boilerplate
from kg.text.sentences import split_sentences

ARTICLE = "\n\n".join(
    [
        "أخبار محلية",
        "وزير الزراعة يعلن خطة لدعم المزارعين",
        "أعلن وزير الزراعة، صباح اليوم، عن خطة جديدة لدعم المزارعين. وقال إن الحكومة ستوفر "
        'البذور بأسعار مخفضة، مؤكدا أن "الموسم المقبل سيكون أفضل. لا شك في ذلك" بحسب تعبيره.',
        "وكانت نقابة المزارعين قد طالبت مرارا بزيادة الدعم الحكومي، بعد موجة جفاف ضربت المنطقة "
        "خلال العامين الماضيين وأدت إلى تراجع الإنتاج.",
        "وكالات",
        "أخبار ذات صلة",
        "افتتاح جسر جديد فوق النهر",
    ]
)


@pytest.fixture(scope="module")
def text_nlp():
    return create_nlp(("kg_text",))


def test_component_is_registered_under_its_pipeline_name(text_nlp) -> None:
    assert text_nlp.pipe_names == ["kg_text"]


def test_doc_records_match_the_pure_functions(text_nlp) -> None:
    doc = text_nlp(ARTICLE)
    regions = find_boilerplate(ARTICLE)
    assert doc._.kg_boilerplate == [(r.start, r.end) for r in regions]
    assert doc._.kg_sentences == split_sentences(ARTICLE, skip=regions)
    assert [s.label_ for s in doc.spans["kg_boilerplate"]] == [r.kind for r in regions]
    assert {"section", "signature", "related"} <= {r.kind for r in regions}


def test_sentences_avoid_boilerplate(text_nlp) -> None:
    doc = text_nlp(ARTICLE)
    for s, e in doc._.kg_sentences:
        assert all(e <= rs or s >= re_ for rs, re_ in doc._.kg_boilerplate)
    texts = [ARTICLE[s:e] for s, e in doc._.kg_sentences]
    assert "وكالات" not in texts
    assert any(t.startswith("وقال إن الحكومة") and t.endswith("بحسب تعبيره.") for t in texts)


def test_token_sentence_starts_follow_the_sentences(text_nlp) -> None:
    doc = text_nlp(ARTICLE)
    starts = {s for s, _ in doc._.kg_sentences}
    for tok in doc:
        if tok.idx in starts:
            assert tok.is_sent_start
        inside = any(s < tok.idx < e for s, e in doc._.kg_sentences)
        if inside:
            assert not tok.is_sent_start
    sent_starts = [s.start_char for s in doc.sents]
    assert all(s in sent_starts for s in starts)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "كلمة"])
def test_tiny_inputs(text_nlp, text: str) -> None:
    doc = text_nlp(text)
    assert doc._.kg_boilerplate == []
    assert doc._.kg_sentences == ([(0, 4)] if text == "كلمة" else [])


def test_options_switch_off_boilerplate_and_sent_starts() -> None:
    import kg.nlp.segment  # noqa: F401  (registers the factory)

    nlp = spacy.blank("ar")
    nlp.add_pipe("kg_text", config={"detect_boilerplate": False, "set_sent_starts": False})
    doc = nlp(ARTICLE)
    assert doc._.kg_boilerplate == []
    assert doc._.kg_sentences == split_sentences(ARTICLE)
    assert not doc.has_annotation("SENT_START")


def test_seeds_run(text_nlp, seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = text_nlp(path.read_text(encoding="utf-8"))
        assert doc._.kg_sentences, path.name


def test_article_text_is_used_only_when_it_is_the_doc_text(text_nlp) -> None:
    from kg.ingest.article import Article

    doc = text_nlp.make_doc(ARTICLE)
    doc._.kg_article = Article(id="a1", text=ARTICLE)
    text_nlp.get_pipe("kg_text")(doc)
    assert doc._.kg_sentences == split_sentences(ARTICLE, skip=find_boilerplate(ARTICLE))
    other = text_nlp.make_doc(ARTICLE)
    other._.kg_article = Article(id="a2", text="نص آخر مختلف تماما.")
    text_nlp.get_pipe("kg_text")(other)
    assert other._.kg_sentences == doc._.kg_sentences
