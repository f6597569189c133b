"""Fixtures for the Wikidata tests: offline by default, hand-written API answers on opt-in.

Every test here runs with ``KG_OFFLINE=1``, so a Wikidata client cannot reach the network.
A test that needs HTTP asks for ``wikidata_api``: it lifts ``KG_OFFLINE`` and serves the
hand-written answers of ``fixtures/`` through ``responses`` (which refuses any other request).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import responses

from kg.kb.wikidata import API, SPARQL

FIXTURES = Path(__file__).parent / "fixtures"

KB_FILES = {
    "countries.jsonl": [
        {
            "id": "Q159",
            "qid": "Q159",
            "verified": False,
            "type": "Country",
            "label_en": "Russia",
            "label_ar": "روسيا",
            "aliases_ar": ["روسيا الاتحادية"],
            "aliases_en": [],
        },
    ],
    "people.jsonl": [
        {
            "id": "Q7747",
            "qid": "Q7747",
            "verified": False,
            "type": "Person",
            "label_en": "Vladimir Putin",
            "label_ar": "فلاديمير بوتين",
            "aliases_ar": ["بوتين"],
            "aliases_en": ["Putin"],
            "positions": [
                {"title_ar": "الرئيس", "title_en": "President", "of": "Q159", "start": "2012-05-07"}
            ],
            "country": "Q159",
        },
        {
            "id": "kg:person:nobody",
            "qid": None,
            "verified": False,
            "type": "Person",
            "label_ar": "شخص بلا معرف",
        },
    ],
    "organizations.jsonl": [
        {
            "id": "Q1065",
            "qid": "Q1065",
            "verified": True,
            "verified_by": "repo:path",
            "type": "Organization",
            "label_en": "United Nations",
            "label_ar": "الأمم المتحدة",
        },
        {
            "id": "kg:org:council",
            "qid": "Q99999904",
            "verified": False,
            "type": "Organization",
            "label_en": "Test Council",
            "label_ar": "مجلس تجريبي",
        },
        {
            "id": "kg:org:gone",
            "qid": "Q99999901",
            "verified": False,
            "type": "Organization",
            "label_ar": "منظمة محذوفة",
        },
        {
            "id": "kg:org:merged",
            "qid": "Q99999902",
            "verified": False,
            "type": "Organization",
            "label_ar": "منظمة تجريبية",
        },
    ],
}


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("KG_OFFLINE", "1")


@pytest.fixture
def online(monkeypatch) -> None:
    """The explicit opt-in to HTTP (still only to ``responses`` mocks in these tests)."""
    monkeypatch.delenv("KG_OFFLINE", raising=False)


@pytest.fixture
def entities_db() -> dict:
    return json.loads((FIXTURES / "entities.json").read_text(encoding="utf-8"))


@pytest.fixture
def tmp_kb(tmp_path) -> Path:
    """A small KB folder (with a comment line, kept on rewrite)."""
    d = tmp_path / "kb"
    d.mkdir()
    for name, rows in KB_FILES.items():
        lines = ["# test KB"] if name == "organizations.jsonl" else []
        lines += [json.dumps(r, ensure_ascii=False) for r in rows]
        (d / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


@pytest.fixture
def wikidata_api(online, entities_db, monkeypatch):
    """Opt in to HTTP: ``responses`` serves wbgetentities from ``entities.json``,
    wbsearchentities from ``wbsearchentities_*.json`` and the query service from
    ``wdqs_claims.json``; -> the RequestsMock (``.calls``; the client's pauses between
    requests are recorded in ``.slept`` instead of slept)."""
    searches = {
        "بوتين": "wbsearchentities_putin.json",
    }

    def answer(request):
        q = {k: v[0] for k, v in parse_qs(urlparse(request.url).query).items()}
        if q.get("action") == "wbgetentities":
            ids = q["ids"].split("|")
            ents = {}
            for i in ids:
                obj = entities_db.get(i)
                if obj is None:  # a redirect is answered under the target's id
                    obj = next(
                        (
                            v
                            for v in entities_db.values()
                            if (v.get("redirects") or {}).get("from") == i
                        ),
                        None,
                    )
                if obj is None:
                    obj = {"id": i, "missing": ""}
                if "claims" not in q.get("props", "claims"):
                    obj = {k: v for k, v in obj.items() if k != "claims"}
                ents[obj.get("id", i)] = obj
            return 200, {}, json.dumps({"entities": ents, "success": 1}, ensure_ascii=False)
        if q.get("action") == "wbsearchentities":
            name = searches.get(q["search"], "wbsearchentities_empty.json")
            return 200, {}, (FIXTURES / name).read_text(encoding="utf-8")
        return 400, {}, "{}"

    def sparql(request):
        q = parse_qs(urlparse(request.url).query)["query"][0]
        wanted = set(re.findall(r"wd:(Q[0-9]+)", q.split("VALUES ?item")[1].split("}")[0]))
        data = json.loads((FIXTURES / "wdqs_claims.json").read_text(encoding="utf-8"))
        rows = data["results"]["bindings"]
        data["results"]["bindings"] = [
            r for r in rows if r["item"]["value"].rsplit("/", 1)[1] in wanted
        ]
        return 200, {}, json.dumps(data)

    import kg.kb.wikidata as wikidata

    slept: list[float] = []
    monkeypatch.setattr(wikidata.time, "sleep", slept.append)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.slept = slept
        mock.add_callback(responses.GET, API, callback=answer, content_type="application/json")
        mock.add_callback(
            responses.GET, SPARQL, callback=sparql, content_type="application/sparql-results+json"
        )
        yield mock
