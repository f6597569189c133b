"""RDF exports parse back and are isomorphic to the store's graphs (whole store and one article).

Literals are compared under RDF 1.1, where a simple literal *is* an ``xsd:string`` literal
(rdflib's JSON-LD and Turtle readers give ``Literal("x")``, the store ``"x"^^xsd:string``)."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import ConfigError, StoreError
from kg.export.jsonld_context import CONTEXT_URL, context_path, load_context, render
from kg.export.rdf import export_rdf

XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
RDFLIB_FORMAT = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


def _norm(t):
    if isinstance(t, Literal) and t.datatype is None and t.language is None:
        return Literal(str(t), datatype=XSD_STRING)
    return t


def _normalised(triples) -> Graph:
    g = Graph()
    for s, p, o in triples:
        g.add((_norm(s), p, _norm(o)))
    return g


def _store_graphs(store) -> dict[str, Graph]:
    """The store's named graphs as rdflib reads them through oxrdflib (not the exporter)."""
    out: dict[str, Graph] = {}
    for s, p, o, ctx in store.dataset.quads((None, None, None, None)):
        name = str(ctx.identifier if hasattr(ctx, "identifier") else ctx)
        out.setdefault(name, Graph()).add((_norm(s), p, _norm(o)))
    return out


def _export(store, fmt, article=None, inline=False) -> bytes:
    buf = io.BytesIO()
    n = export_rdf(store, fmt, buf, article=article, inline_context=inline)
    assert n > 0
    return buf.getvalue()


def _parse_jsonld(data: bytes, into):
    doc = json.loads(data)
    assert doc["@context"] == CONTEXT_URL  # refers to the published context...
    doc["@context"] = load_context()["@context"]  # ...which is the shipped file (no network)
    return into.parse(data=json.dumps(doc), format="json-ld")


def _parse_dataset(fmt: str, data: bytes) -> dict[str, Graph]:
    ds = Dataset()
    if fmt == "jsonld":
        _parse_jsonld(data, ds)
    else:
        ds.parse(data=data.decode("utf-8"), format=RDFLIB_FORMAT[fmt])
    out: dict[str, Graph] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        if g is None or str(g) == str(Dataset().default_context.identifier):
            continue
        out.setdefault(str(g), Graph()).add((_norm(s), p, _norm(o)))
    return out


@pytest.mark.parametrize("fmt", ["trig", "nq", "jsonld"])
def test_whole_store_round_trips_graph_by_graph(seed_store, fmt):
    expected = _store_graphs(seed_store)
    got = _parse_dataset(fmt, _export(seed_store, fmt))
    assert set(got) == set(expected)
    for name, g in expected.items():
        assert isomorphic(got[name], g), name


def test_whole_store_turtle_is_the_union_graph(seed_store):
    union = Graph()
    for g in _store_graphs(seed_store).values():
        union += g
    got = _normalised(Graph().parse(data=_export(seed_store, "ttl").decode(), format="turtle"))
    assert len(got) == len(union)
    assert isomorphic(got, union)


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld"])
def test_one_article_round_trips(seed_store, fmt):
    aid = seed_store.articles()[1]
    expected = _normalised(seed_store.article_graph(aid))
    data = _export(seed_store, fmt, article=aid)
    if fmt in ("ttl", "jsonld"):
        g = Graph()
        if fmt == "jsonld":
            _parse_jsonld(data, g)
        else:
            g.parse(data=data.decode(), format="turtle")
        got = _normalised(g)
    else:
        graphs = _parse_dataset(fmt, data)
        assert list(graphs) == [f"https://w3id.org/arabic-news-kg/id/graph/{aid}"]
        got = next(iter(graphs.values()))
    assert isomorphic(got, expected)
    other = _normalised(seed_store.article_graph(seed_store.articles()[0]))
    assert not isomorphic(got, other)


def test_jsonld_inline_context_parses_offline(seed_store):
    aid = seed_store.articles()[0]
    data = _export(seed_store, "jsonld", article=aid, inline=True)
    doc = json.loads(data)
    assert isinstance(doc["@context"], dict) and doc["@context"]["kgo"].endswith("ontology#")
    g = _normalised(Graph().parse(data=data.decode(), format="json-ld"))
    assert isomorphic(g, _normalised(seed_store.article_graph(aid)))


def test_jsonld_uses_the_context_terms(seed_store):
    doc = json.loads(_export(seed_store, "jsonld", article=seed_store.articles()[0]))
    text = json.dumps(doc)
    assert '"hasSpeaker"' in text and '"Statement"' in text
    assert "https://w3id.org/arabic-news-kg/ontology#hasSpeaker" not in text


def test_shipped_context_matches_the_ontology():
    assert context_path().read_text(encoding="utf-8") == render(), (
        "ontology/context.jsonld is out of date: run `python -m kg.export.jsonld_context`"
    )


def test_context_has_a_term_per_ontology_property():
    ctx = load_context()["@context"]
    assert ctx["hasSpeaker"] == {"@id": "kgo:hasSpeaker", "@type": "@id"}
    assert ctx["articleId"] == "kgo:articleId"
    assert ctx["Person"] == "kgo:Person"


def test_unknown_article_is_an_error(seed_store):
    with pytest.raises(StoreError):
        export_rdf(seed_store, "ttl", io.BytesIO(), article="no-such-article")


def test_unknown_format_is_an_error(seed_store):
    with pytest.raises(ConfigError):
        export_rdf(seed_store, "rdfxml", io.BytesIO())


def test_cli_export_to_file_and_stdout(tmp_path, seeds_dir):
    from kg.cli import main
    from kg.pipeline import build
    from kg.store import open_store

    store_dir = tmp_path / "store"
    with open_store(store_dir) as st:
        build([str(seeds_dir / "000_7f869916677e8084.txt")], st, quarantine_dir=tmp_path / "q")
        expected = _normalised(st.article_graph("000_7f869916677e8084"))
    runner = CliRunner()
    out = tmp_path / "all.nq"
    r = runner.invoke(
        main, ["export", "--format", "nq", "--store", str(store_dir), "-o", str(out), "--json"]
    )
    assert r.exit_code == 0, r.output
    ds = Dataset().parse(out, format="nquads")
    got = _normalised(
        ds.graph(URIRef("https://w3id.org/arabic-news-kg/id/graph/000_7f869916677e8084"))
    )
    assert isomorphic(got, expected)
    r = runner.invoke(
        main,
        [
            "export",
            "--format",
            "ttl",
            "--store",
            str(store_dir),
            "--article",
            "000_7f869916677e8084",
            "-q",
        ],
    )
    assert r.exit_code == 0
    assert isomorphic(_normalised(Graph().parse(data=r.stdout, format="turtle")), expected)
    r = runner.invoke(
        main,
        ["export", "--format", "ttl", "--store", str(store_dir), "--article", "no-such-article"],
    )
    assert r.exit_code == 2 and "no article" in r.output


@pytest.mark.parametrize(
    "args", [["--format", "ttl", "--about", "لافروف"], ["--format", "gexf", "--article", "x"]]
)
def test_cli_export_rejects_bad_combinations(tmp_path, seed_store, args):
    from kg.cli import main

    r = CliRunner().invoke(main, ["export", "--store", str(tmp_path / "empty"), *args])
    assert r.exit_code == 2
    assert "kg: error:" in r.output
