"""``kg kb verify|refresh|suggest`` in-process, served by the hand-written fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import pytest
import responses
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_verify_json_report_and_exit_code(tmp_kb, tmp_path, wikidata_api):
    r = run("kb", "verify", "--kb", str(tmp_kb), "--cache", str(tmp_path / "c"), "--json")
    assert r.exit_code == 1  # something is flagged
    rows = {d["id"]: d for d in map(json.loads, r.output.splitlines())}
    assert {k: v["status"] for k, v in rows.items()} == {
        "Q159": "match",
        "Q7747": "match",
        "Q1065": "match",
        "kg:org:council": "mismatch",
        "kg:org:gone": "missing",
        "kg:org:merged": "redirect",
    }
    # six QIDs: one wbgetentities batch, one query-service query for the five that exist
    urls = [c.request.url for c in wikidata_api.calls]
    assert len(urls) == 2 and "wbgetentities" in urls[0] and "query.wikidata.org" in urls[1]
    assert "Q99999901" not in unquote(urls[1])


def test_verify_text_report_and_write(tmp_kb, tmp_path, wikidata_api):
    r = run("kb", "verify", "--kb", str(tmp_kb), "--cache", str(tmp_path / "c"), "--write")
    assert r.exit_code == 1
    assert "mismatch  Q99999904" in r.output and "«نهر تجريبي»" in r.output
    assert "6 checked: 3 match (2 not yet verified), 3 flagged" in r.output
    people = [json.loads(x) for x in (tmp_kb / "people.jsonl").read_text().splitlines()]
    assert people[0]["verified"] is True and people[0]["verified_by"].startswith("wikidata:")
    assert people[1]["verified"] is False


def test_verify_only_matching_entries_exits_0(tmp_kb, tmp_path, wikidata_api):
    r = run(
        "kb",
        "verify",
        "--kb",
        str(tmp_kb),
        "--cache",
        str(tmp_path / "c"),
        "--only",
        "Q7747",
        "--only",
        "Q159",
        "--quiet",
    )
    assert r.exit_code == 0 and r.output == ""


def test_offline_verify_uses_the_cache(tmp_kb, tmp_path, wikidata_api):
    cache = str(tmp_path / "c")
    run("kb", "verify", "--kb", str(tmp_kb), "--cache", cache, "--quiet")
    n = len(wikidata_api.calls)
    r = run("kb", "verify", "--kb", str(tmp_kb), "--cache", cache, "--offline", "--json")
    assert r.exit_code == 1 and len(r.output.splitlines()) == 6
    assert len(wikidata_api.calls) == n


def test_offline_without_cache_is_exit_2(tmp_kb, tmp_path):
    r = CliRunner().invoke(
        main, ["kb", "verify", "--kb", str(tmp_kb), "--cache", str(tmp_path / "empty")]
    )
    assert r.exit_code == 2 and "not in the cache" in r.output


def test_refresh_reports_and_writes_aliases(tmp_kb, tmp_path, wikidata_api):
    cache = str(tmp_path / "c")
    r = run("kb", "refresh", "--kb", str(tmp_kb), "--cache", cache, "--json")
    assert r.exit_code == 0
    rows = {d["id"]: d for d in map(json.loads, r.output.splitlines())}
    assert rows["Q159"]["new_aliases_ar"] == ["الاتحاد الروسي"]
    pos = rows["Q7747"]["new_positions"]
    assert pos == [
        {
            "qid": "Q99999912",
            "start": "1999",
            "end": "2000-05",
            "title_ar": "رئيس وزراء روسيا",
            "title_en": "Prime Minister of Russia",
        }
    ]
    assert "kg:org:council" not in rows  # a mismatching QID proposes nothing
    before = (tmp_kb / "countries.jsonl").read_text(encoding="utf-8")
    assert "الاتحاد الروسي" not in before  # the report alone changes nothing
    r = run("kb", "refresh", "--kb", str(tmp_kb), "--cache", cache, "--write")
    assert "added aliases to 3 entries" in r.output
    assert "الاتحاد الروسي" in (tmp_kb / "countries.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("name,qids", [("بوتين", ["Q7747", "Q99999921"]), ("لا أحد", [])])
def test_suggest_name(tmp_path, wikidata_api, name, qids):
    r = run("kb", "suggest", name, "--cache", str(tmp_path / "c"), "--json")
    row = json.loads(r.output)
    assert [c["qid"] for c in row["candidates"]] == qids
    searches = [c for c in wikidata_api.calls if "wbsearchentities" in c.request.url]
    assert len(searches) == 1
    params = {k: v[0] for k, v in parse_qs(urlparse(searches[0].request.url).query).items()}
    assert params["language"] == "ar" and params["search"] == name
    if qids:
        assert row["candidates"][0]["in_kb"] == ["Q7747"]  # the packaged KB has Putin
        assert row["candidates"][0]["types"] == ["Q5"]


@pytest.mark.parametrize(
    "type_,qids,ok",
    [
        ("Person", ["Q7747", "Q99999921"], [True, None]),
        ("Country", ["Q99999921", "Q7747"], [None, False]),  # a human is not a country
        (None, ["Q7747", "Q99999921"], [None, None]),
    ],
)
def test_suggest_ranks_candidates_by_type(tmp_path, wikidata_api, type_, qids, ok):
    args = ["kb", "suggest", "بوتين", "--cache", str(tmp_path / "c"), "--json"]
    row = json.loads(run(*args, *(["--type", type_] if type_ else [])).output)
    assert [c["qid"] for c in row["candidates"]] == qids
    assert [c["type_ok"] for c in row["candidates"]] == ok


@pytest.mark.parametrize("label", ["بوتين"])
def test_suggest_store_lists_unlinked_actors(tmp_path, wikidata_api, label):
    from kg.rdf import iris
    from kg.rdf.namespaces import KGO
    from kg.store import open_store

    g = Graph()
    local = iris.actor(f"local:Person:{label}")
    linked = iris.actor("Q7747")
    for a, lab in ((local, label), (linked, "فلاديمير بوتين")):
        g.add((a, RDF.type, KGO.Person))
        g.add((a, RDFS.label, Literal(lab, lang="ar")))
    g.add((linked, KGO.wikidataId, Literal("Q7747", datatype=XSD.string)))
    m = URIRef(str(iris.span("x", "mention", 0, 5)))
    g.add((m, KGO.denotes, local))
    with open_store(tmp_path / "st") as st:
        st.replace_article("x", g)
    r = run(
        "kb", "suggest", "--store", str(tmp_path / "st"), "--cache", str(tmp_path / "c"), "--json"
    )
    rows = [json.loads(x) for x in r.output.splitlines()]
    assert [(x["actor"], x["kind"], x["mentions"]) for x in rows] == [(str(local), "local", 1)]
    assert rows[0]["candidates"][0]["qid"] == "Q7747"


def test_suggest_needs_a_name_or_a_store():
    r = CliRunner().invoke(main, ["kb", "suggest"])
    assert r.exit_code == 2 and "either a NAME or --store" in r.output


def test_a_build_never_touches_wikidata(tmp_path, monkeypatch):
    """The build must not instantiate the client (nor send any HTTP request)."""
    from kg.kb import wikidata

    def refuse(*a, **k):
        raise AssertionError("a build instantiated WikidataClient")

    monkeypatch.setattr(wikidata.WikidataClient, "__init__", refuse)
    with responses.RequestsMock():  # any HTTP request fails the build
        r = CliRunner().invoke(
            main,
            [
                "build",
                str(ROOT / "seeds"),
                "--store",
                str(tmp_path / "st"),
                "--quarantine",
                str(tmp_path / "q"),
                "--json",
            ],
        )
    assert r.exit_code == 0, r.output
    assert json.loads(r.output.splitlines()[-1])["stored"] == 5
