"""The per-article stages in order: the text stage refines headline and publication date."""

from __future__ import annotations

import pytest

from kg.ingest import Article
from kg.pipeline import NLP_COMPONENTS, extract


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "الاخبار السياسية\n\nالكرملين: لا تغيير في الموقف\n\n12.04.2017 | 14:59\n\n"
            "قال المتحدث إن الموقف ثابت.\n",
            "الكرملين: لا تغيير في الموقف",
            "2017-04-12T14:59",
        ),
        (
            "وزير الخارجية يصل إلى أنقرة\n\n3 نيسان 2018\n\nوصل الوزير إلى أنقرة في زيارة رسمية.\n",
            "وزير الخارجية يصل إلى أنقرة",
            "2018-04-03",
        ),
    ],
)
def test_headline_and_dateline_from_text(nlp, text, title, date):
    a = Article(id="t", text=text, title=text.splitlines()[0], source_file="t.txt")
    doc = extract(nlp, a)
    assert a.title == title and a.date == date
    assert doc.text == text


def test_metadata_title_and_date_win(nlp):
    text = "عنوان في النص\n\n12.04.2017\n\nقال الوزير إن المحادثات صريحة.\n"
    a = Article(id="j", text=text, title="عنوان البيانات", date="2018-01-01", source_file="a.json")
    extract(nlp, a)
    assert a.title == "عنوان البيانات" and a.date == "2018-01-01"


def test_stage_order_is_written_once():
    names = [n for n, _ in NLP_COMPONENTS]
    assert names == [
        "kg_text",
        "kg_mentions",
        "kg_coref",
        "kg_link",
        "kg_time",
        "kg_statements",
        "kg_events",
    ]


def test_parallel_build_equals_sequential(tmp_path):
    import sys
    from pathlib import Path

    from rdflib.compare import isomorphic

    from kg.build import build
    from kg.store import open_store

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from corpus import make_corpus

    make_corpus(tmp_path / "c", 12, seed=3)
    one, two = open_store("memory"), open_store("memory")
    r1 = build([str(tmp_path / "c")], one, workers=1)
    r2 = build([str(tmp_path / "c")], two, workers=2)
    assert len(r1.stored) == len(r2.stored) == 12
    for aid in one.articles():
        assert isomorphic(one.article_graph(aid), two.article_graph(aid)), aid


def test_same_event_in_two_articles_is_one_node(nlp):
    """Type, place and day agree -> one event IRI across articles, with both mentions kept."""
    from rdflib import RDF

    from kg.kb import default_kb
    from kg.rdf.mapping import article_to_graph
    from kg.rdf.namespaces import KGO
    from kg.store import open_store
    from kg.views import events

    texts = {
        "a1": (
            "2017-04-05",
            "قتل عشرات المدنيين في الهجوم الكيميائي على بلدة خان شيخون أمس الثلاثاء.",
        ),
        "a2": ("2017-04-07", "وأدانت فرنسا الهجوم الكيميائي على خان شيخون يوم 4 نيسان 2017."),
    }
    st = open_store("memory")
    nodes = {}
    for aid, (date, text) in texts.items():
        a = Article(id=aid, text=text, date=date, source_file=f"{aid}.json")
        g = article_to_graph(a, extract(nlp, a), default_kb())
        nodes[aid] = set(g.subjects(RDF.type, KGO.Event))
        st.replace_article(aid, g)
    assert nodes["a1"] & nodes["a2"], nodes
    shared = {str(n) for n in nodes["a1"] & nodes["a2"]}
    rows = [e for e in events(st) if e["id"] in shared]
    assert {r["article"] for r in rows} == {"a1", "a2"}
    assert {r["date"] for r in rows} == {"2017-04-04"}


def test_rebuild_skips_only_articles_made_by_the_same_extractor(tmp_path, monkeypatch, nlp):
    """A stored article is re-extracted when its text or the extractor (code, lexicons, KB)
    changed, and skipped when neither did."""
    import kg.build
    from kg.build import build
    from kg.rdf import iris
    from kg.resources import extractor_fingerprint
    from kg.store import open_store

    (tmp_path / "a.txt").write_text("قال وزير الخارجية إن المحادثات مستمرة.\n", encoding="utf-8")
    st = open_store("memory")
    assert build([str(tmp_path)], st, nlp=nlp).stored == ["a"]
    agent = str(iris.software_agent(extractor_fingerprint()))
    assert st.article_stamp("a") == (st.article_hash("a"), agent)
    assert build([str(tmp_path)], st, nlp=nlp).unchanged == ["a"]
    monkeypatch.setattr(kg.build, "extractor_fingerprint", lambda: "0123456789ab")
    assert build([str(tmp_path)], st, nlp=nlp).stored == ["a"]  # another extractor made it
    monkeypatch.undo()
    assert build([str(tmp_path)], st, nlp=nlp).unchanged == ["a"]
