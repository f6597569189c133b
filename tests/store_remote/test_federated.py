"""The federated example queries, run against a local Wikidata stand-in.

The stand-in is a second ``oxigraph serve`` loaded with a few hand-written, Wikidata-shaped
triples (``wdt:P31``, ``wdt:P39``, ``rdfs:label`` in Arabic and English). They mimic the shape
of Wikidata's RDF, not its content: they are not a copy of Wikidata. The example's SERVICE IRI
(``https://query.wikidata.org/sparql``) is pointed at the stand-in.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from kg.resources import query_text
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[2]
WDQS = "<https://query.wikidata.org/sparql>"

STAND_IN = """
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT DATA {
  wd:Q7747 wdt:P31 wd:Q5 ; wdt:P39 wd:Q218295 , wd:Q1006398 ;
           rdfs:label "فلاديمير بوتين"@ar , "Vladimir Putin"@en .
  wd:Q22686 wdt:P31 wd:Q5 ; wdt:P39 wd:Q11696 ; rdfs:label "دونالد ترامب"@ar , "Donald Trump"@en .
  wd:Q218295 rdfs:label "رئيس روسيا"@ar , "President of Russia"@en .
  wd:Q1006398 rdfs:label "رئيس وزراء روسيا"@ar , "Prime Minister of Russia"@en .
  wd:Q11696 rdfs:label "رئيس الولايات المتحدة"@ar , "President of the United States"@en .
  wd:Q159 wdt:P31 wd:Q3624078 ; rdfs:label "روسيا"@ar , "Russia"@en .
  wd:Q30 wdt:P31 wd:Q3624078 ; rdfs:label "الولايات المتحدة"@ar , "United States"@en .
  wd:Q858 wdt:P31 wd:Q3624078 ; rdfs:label "سوريا"@ar , "Syria"@en .
  wd:Q649 wdt:P31 wd:Q515 ; rdfs:label "موسكو"@ar , "Moscow"@en .
}
"""


@pytest.fixture(scope="module")
def wikidata_stand_in(module_oxigraph_server) -> str:
    r = requests.post(
        f"{module_oxigraph_server.url}/update",
        data=STAND_IN.encode("utf-8"),
        headers={"Content-Type": "application/sparql-update"},
        timeout=30,
    )
    r.raise_for_status()
    return f"<{module_oxigraph_server.url}/query>"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("federated")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(ROOT / "seeds"),
            "--store",
            str(d / "st"),
            "--quarantine",
            str(d / "q"),
            "--quiet",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert r.returncode == 0, r.stderr
    return d / "st"


def _example(name: str, service: str, tmp_path: Path) -> Path:
    text = query_text(name)
    assert WDQS in text  # the shipped example targets the public service
    path = tmp_path / f"{name}.rq"
    path.write_text(text.replace(WDQS, service), encoding="utf-8")
    return path


def _kg_query(path: Path, store: Path) -> list[dict]:
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "query",
            "--file",
            str(path),
            "--store",
            str(store),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    return [json.loads(x) for x in r.stdout.splitlines()]


def _local(store: Path, sparql: str) -> list:
    with open_store(store, read_only=True) as st:
        return [tuple(str(v) for v in row) for row in st.query(sparql)]


def test_speaker_positions(seed_store, wikidata_stand_in, tmp_path):
    rows = _kg_query(
        _example("federated-speaker-positions", wikidata_stand_in, tmp_path), seed_store
    )
    # the same statements, found without Wikidata: speakers linked to Q7747 (the only
    # stand-in person with one of the positions who speaks in the seeds)
    expected = _local(
        seed_store,
        """
        PREFIX kgo: <https://w3id.org/arabic-news-kg/ontology#>
        SELECT DISTINCT ?text WHERE { GRAPH ?g {
          ?s a kgo:Statement ; kgo:hasSpeaker ?sp ; kgo:content ?text .
          ?sp kgo:wikidataId "Q7747" } }""",
    )
    assert expected, "the seeds should hold statements by Q7747"
    assert sorted({(r["text"],) for r in rows}) == sorted(expected)
    assert {r["position_label"] for r in rows} == {"رئيس روسيا", "رئيس وزراء روسيا"}
    assert all(r["speaker_label"] for r in rows)


def test_statements_about_states(seed_store, wikidata_stand_in, tmp_path):
    path = _example("federated-statements-about-states", wikidata_stand_in, tmp_path)
    rows = _kg_query(path, seed_store)
    assert {r["state"] for r in rows} == {"Russia", "United States", "Syria"}  # not Moscow
    with open_store(seed_store, read_only=True) as st:  # the streaming path gives the same
        native = st.query_native(path.read_text(encoding="utf-8"))
        assert sorted(
            (s["article"].value, s["state"].value, s["text"].value) for s in native
        ) == sorted((r["article"], r["state"], r["text"]) for r in rows)


def test_remote_store_runs_the_federated_example(
    seed_store, wikidata_stand_in, oxigraph_server, tmp_path
):
    """The same example through a RemoteStore: the kg server itself calls the stand-in."""
    with open_store(seed_store, read_only=True) as local, open_store(oxigraph_server.url) as st:
        for aid in local.articles():
            st.replace_article(aid, local.article_graph(aid))
        path = _example("federated-statements-about-states", wikidata_stand_in, tmp_path)
        rows = [
            (str(r["article"]), str(r["state"]), str(r["text"]))
            for r in st.query(path.read_text(encoding="utf-8"))
        ]
    assert sorted(rows) == sorted(
        (r["article"], r["state"], r["text"]) for r in _kg_query(path, seed_store)
    )
