"""The Oxigraph-backed store: one named graph per article, atomic replacement, hashes."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.errors import QueryError, StoreError
from kg.ingest import Article
from kg.rdf.mapping import article_to_graph
from kg.store import open_store


def _art(aid: str, text: str = "نص الخبر") -> Article:
    return Article(id=aid, text=text, title="عنوان", date="2017-04-12")


@pytest.mark.parametrize("location", ["memory", "disk"])
def test_roundtrip_is_isomorphic(tmp_path, location):
    loc = "memory" if location == "memory" else tmp_path / "st"
    a = _art("a/1 é")
    g = article_to_graph(a)
    with open_store(loc) as st:
        st.replace_article(a.id, g)
        assert st.articles() == ["a/1 é"]
        assert isomorphic(st.article_graph(a.id), g)
        assert st.article_hash(a.id) == a.content_hash


def test_replace_swaps_whole_graph_without_duplicates():
    st = open_store("memory")
    st.replace_article("x", article_to_graph(_art("x", "نص أول")))
    n = len(st)
    new = article_to_graph(_art("x", "نص ثان مختلف"))
    st.replace_article("x", new)
    st.replace_article("x", new)
    assert len(st) == n and isomorphic(st.article_graph("x"), new)
    assert st.article_hash("x") == _art("x", "نص ثان مختلف").content_hash


def test_other_articles_are_untouched():
    st = open_store("memory")
    ga, gb = article_to_graph(_art("a")), article_to_graph(_art("b", "آخر"))
    st.replace_article("a", ga)
    st.replace_article("b", gb)
    st.replace_article("a", article_to_graph(_art("a", "جديد")))
    assert isomorphic(st.article_graph("b"), gb)
    assert st.remove_article("b") and not st.remove_article("b")
    assert st.articles() == ["a"]


def test_disk_store_persists_and_reopens_read_only(tmp_path):
    with open_store(tmp_path / "st") as st:
        st.replace_article("p", article_to_graph(_art("p")))
    with open_store(tmp_path / "st", read_only=True) as ro:
        assert ro.articles() == ["p"]


def test_read_only_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="run `kg build` first"):
        open_store(tmp_path / "nope", read_only=True)


def test_query_with_bindings_not_string_formatting():
    st = open_store("memory")
    st.replace_article("q1", article_to_graph(_art("q1")))
    st.replace_article("q2", article_to_graph(_art("q2")))
    q = "SELECT ?id ?a WHERE { ?a kgo:articleId ?id }"
    rows = list(st.query(q, {"id": Literal("q2", datatype=XSD.string)}))
    assert [str(r["a"]) for r in rows] == [
        str(URIRef("https://w3id.org/arabic-news-kg/id/article/q2"))
    ]
    hostile = Literal('q1" } ; DROP ALL ; #', datatype=XSD.string)
    assert list(st.query(q, {"id": hostile})) == []
    assert st.articles() == ["q1", "q2"]


def test_malformed_query_raises_query_error():
    with pytest.raises(QueryError, match="malformed"):
        open_store("memory").query("SELEC ?x WHERE {")


def test_extracted_article_graph_roundtrips_isomorphic(nlp, seeds_dir):
    """Every literal kind the mapping emits survives Oxigraph unchanged (offsets included)."""
    from kg.ingest import iter_articles
    from kg.kb import default_kb
    from kg.pipeline import extract

    st = open_store("memory")
    for a in iter_articles([str(seeds_dir)]):
        g = article_to_graph(a, extract(nlp, a), default_kb())
        st.replace_article(a.id, g)
        assert isomorphic(st.article_graph(a.id), g), a.id


@pytest.mark.parametrize("location", ["memory", "disk"])
def test_batch_write_stores_new_and_replaces_old(tmp_path, location):
    from kg.rdf.mapping import article_ntriples

    loc = "memory" if location == "memory" else tmp_path / "st"
    old, changed = _art("old", "نص قديم"), _art("old", "نص جديد للخبر نفسه")
    fresh = [_art(f"new-{i}", f"خبر رقم {i}") for i in range(5)]
    with open_store(loc) as st:
        st.replace_article(old.id, article_to_graph(old))
        st.replace_articles_ntriples(
            [(changed.id, article_ntriples(changed))] + [(a.id, article_ntriples(a)) for a in fresh]
        )
        assert st.articles() == sorted(["old"] + [a.id for a in fresh])
        assert isomorphic(st.article_graph("old"), article_to_graph(changed))
        for a in fresh:
            assert isomorphic(st.article_graph(a.id), article_to_graph(a))
    if location == "disk":
        assert not (tmp_path / "st" / "kg-pending-graphs.txt").exists()


@pytest.mark.parametrize("read_only", [False, True])
def test_an_interrupted_bulk_load_is_undone_on_open(tmp_path, read_only):
    """A journal left by a killed build names graphs that may be partly written: opening the
    store drops them (whole articles stored before stay), and removes the journal."""
    import pyoxigraph as ox

    from kg.rdf import iris
    from kg.rdf.mapping import article_ntriples
    from kg.store import JOURNAL

    kept, torn = _art("kept", "خبر كامل"), _art("torn", "خبر لم يكتمل")
    loc = tmp_path / "st"
    with open_store(loc) as st:
        st.replace_articles_ntriples([(kept.id, article_ntriples(kept))])
        g = ox.NamedNode(str(iris.article_graph(torn.id)))
        half = article_ntriples(torn).splitlines(keepends=True)[:3]  # as if killed mid-load
        st._ox.load("".join(half), format=ox.RdfFormat.N_TRIPLES, to_graph=g)
        assert "torn" in st.articles()
    (loc / JOURNAL).write_text(f"{g.value}\n", encoding="utf-8")
    with open_store(loc, read_only=read_only) as st:
        assert st.articles() == ["kept"]
        assert isomorphic(st.article_graph("kept"), article_to_graph(kept))
    assert not (loc / JOURNAL).exists()


def test_article_stamp_is_hash_and_software_agent():
    from kg.rdf import iris
    from kg.resources import extractor_fingerprint

    st = open_store("memory")
    assert st.article_stamp("x") is None
    a = _art("x")
    st.replace_article("x", article_to_graph(a))
    agent = str(iris.software_agent(extractor_fingerprint()))
    assert st.article_stamp("x") == (a.content_hash, agent)
