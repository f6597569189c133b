"""WikidataClient: etiquette (batches, User-Agent, maxlag, Retry-After, retries), cache, opt-in."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from kg.kb.wikidata import API, WikidataClient, WikidataError, parse_entity

FIXTURES = Path(__file__).parent / "fixtures"


def _client(tmp_path, sleeps: list | None = None, **kw) -> WikidataClient:
    sleeps = [] if sleeps is None else sleeps
    return WikidataClient(
        tmp_path / "cache", allow_network=True, sleep=sleeps.append, min_interval=0.0, **kw
    )


def _params(call) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(call.request.url).query).items()}


def _missing(request):
    ids = _params(type("C", (), {"request": request})())["ids"].split("|")
    return (
        200,
        {},
        json.dumps({"entities": {i: {"id": i, "missing": ""} for i in ids}, "success": 1}),
    )


def test_refuses_the_network_without_opt_in(tmp_path):
    with responses.RequestsMock() as mock:  # any request would fail the test
        c = WikidataClient(tmp_path, allow_network=False)
        with pytest.raises(WikidataError, match="network access to Wikidata is off"):
            c.entities(["Q1"])
        assert len(mock.calls) == 0


def test_kg_offline_overrides_opt_in(tmp_path):
    # conftest sets KG_OFFLINE=1 for every test of this folder
    c = WikidataClient(tmp_path, allow_network=True)
    with pytest.raises(WikidataError, match="KG_OFFLINE"):
        c.search("بوتين")


def test_batches_of_at_most_50_with_user_agent_and_maxlag(tmp_path, wikidata_api):
    wikidata_api.remove(responses.GET, API)  # answer "missing" to every id instead
    wikidata_api.add_callback(responses.GET, API, callback=_missing)
    qids = [f"Q{i}" for i in range(1, 121)]
    out = _client(tmp_path, contact="https://example.org/contact").entities(qids)
    assert set(out) == set(qids) and all(e.missing for e in out.values())
    sizes = [len(_params(c)["ids"].split("|")) for c in wikidata_api.calls]
    assert sizes == [50, 50, 20]
    for call in wikidata_api.calls:
        p = _params(call)
        assert p["maxlag"] == "5" and p["format"] == "json" and p["languages"] == "ar|en"
        ua = call.request.headers["User-Agent"]
        assert "https://example.org/contact" in ua and ua.startswith("kg-arabic-news-kg/")


def test_answers_are_cached_per_entity(tmp_path, wikidata_api):
    c = _client(tmp_path)
    first = c.entities(["Q7747", "Q159"])
    n = len(wikidata_api.calls)
    again = _client(tmp_path).entities(["Q159", "Q7747"])
    assert len(wikidata_api.calls) == n == 2  # labels, then P31/P39 from the query service
    assert again == first
    # offline, the cache still answers
    offline = WikidataClient(tmp_path / "cache", allow_network=False)
    assert offline.entities(["Q7747"])["Q7747"].labels["ar"] == "فلاديمير بوتين"


@pytest.mark.parametrize("retry_after,expected", [("7", 7.0), (None, 1.0)])
def test_429_honours_retry_after(online, tmp_path, retry_after, expected):
    sleeps: list[float] = []
    headers = {"Retry-After": retry_after} if retry_after else {}
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, status=429, headers=headers, body="slow down")
        mock.add(responses.GET, API, json={"search": [], "success": 1})
        assert _client(tmp_path, sleeps).search("بوتين") == []
        assert len(mock.calls) == 2
    assert sleeps == [expected]


def test_503_with_retry_after_as_http_date(online, tmp_path):
    sleeps: list[float] = []
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, status=503, headers={"Retry-After": when})
        mock.add(responses.GET, API, json={"search": [], "success": 1})
        _client(tmp_path, sleeps).search("x")
    assert len(sleeps) == 1 and 20 < sleeps[0] <= 31


def test_too_long_retry_after_is_an_error_not_a_wait(online, tmp_path):
    sleeps: list[float] = []
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, status=429, headers={"Retry-After": "86400"})
        with pytest.raises(WikidataError, match="wait 86400 s"):
            _client(tmp_path, sleeps).search("x")
    assert sleeps == []


def test_maxlag_error_is_retried_after_retry_after(online, tmp_path):
    sleeps: list[float] = []
    lag = {
        "error": {
            "code": "maxlag",
            "info": "Waiting for a database server: 6 seconds lagged",
            "host": "db1",
            "lag": 6,
            "type": "db",
        },
        "servedby": "mw1",
    }
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, json=lag, headers={"Retry-After": "5"})
        mock.add(responses.GET, API, json={"search": [], "success": 1})
        _client(tmp_path, sleeps).search("x")
    assert sleeps == [5.0]


@pytest.mark.parametrize(
    "failure",
    [
        requests.exceptions.ReadTimeout("read timed out"),
        requests.exceptions.ConnectionError("refused"),
    ],
)
def test_timeouts_are_retried_a_bounded_number_of_times(online, tmp_path, failure):
    sleeps: list[float] = []
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, body=failure)
        with pytest.raises(WikidataError, match="gave up on Wikidata after 3 attempts"):
            _client(tmp_path, sleeps, max_retries=2).search("x")
        assert len(mock.calls) == 3
    assert sleeps == [1.0, 2.0]  # exponential back-off, no wait after the last attempt


def test_5xx_then_success(online, tmp_path):
    sleeps: list[float] = []
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, status=502, body="bad gateway")
        mock.add(responses.GET, API, status=500, body="oops")
        mock.add(
            responses.GET,
            API,
            body=(FIXTURES / "wbsearchentities_putin.json").read_text(encoding="utf-8"),
        )
        hits = _client(tmp_path, sleeps).search("بوتين")
    assert sleeps == [1.0, 2.0]
    assert [h.qid for h in hits] == ["Q7747", "Q99999921"]
    assert hits[0].matched == "بوتين" and hits[0].match_type == "alias"


@pytest.mark.parametrize(
    "body,status,msg",
    [
        ("<html>not json</html>", 200, "not JSON"),
        ('["a", "list"]', 200, "not a JSON object"),
        ('{"success": 1}', 200, "no 'entities' object"),
        ('{"entities": {"Q1": {"id": "Q1", "labels": {"ar": "flat"}}}}', 200, "malformed answer"),
        ('{"error": {"code": "no-such-entity", "info": "Invalid id: Q0"}}', 200, "Invalid id"),
        ("forbidden", 403, "HTTP 403"),
    ],
)
def test_malformed_answers_are_errors_and_not_cached(online, tmp_path, body, status, msg):
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, body=body, status=status)
        with pytest.raises(WikidataError, match=msg):
            _client(tmp_path).entities(["Q1"])
        assert len(mock.calls) == 1  # not retried
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_malformed_search_answer(online, tmp_path):
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, json={"searchinfo": {}, "success": 1})
        with pytest.raises(WikidataError, match="no 'search' list"):
            _client(tmp_path).search("x")


def test_requests_are_spaced_by_min_interval(online, tmp_path):
    sleeps: list[float] = []
    c = WikidataClient(tmp_path, allow_network=True, sleep=sleeps.append, min_interval=30.0)
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, API, json={"search": [], "success": 1})
        c.search("a")
        c.search("b")
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 30.0  # the second request waited its turn


def test_parse_full_answer_and_claims(entities_db):
    answer = json.loads((FIXTURES / "wbgetentities_answer.json").read_text(encoding="utf-8"))
    un = parse_entity("Q1065", answer["entities"]["Q1065"])
    assert un.labels == {"ar": "الامم المتحده", "en": "United Nations"} and not un.missing
    assert parse_entity("Q99999901", answer["entities"]["Q99999901"]).missing
    putin = parse_entity("Q7747", entities_db["Q7747"])
    assert putin.types == ("Q5",)
    # deprecated and "somevalue" statements are skipped; dates cut to their precision
    assert [(p.qid, p.start, p.end) for p in putin.positions] == [
        ("Q99999911", "2012-05-07", None),
        ("Q99999912", "1999", "2000-05"),
    ]
    assert putin.names("ar")[0] == "فلاديمير بوتين"


def test_redirect_is_reported(tmp_path, wikidata_api):
    e = _client(tmp_path).entities(["Q99999902"])["Q99999902"]
    assert e.qid == "Q99999903" and e.redirect_from == "Q99999902"


def test_claims_come_from_the_query_service(tmp_path, wikidata_api):
    e = _client(tmp_path).entities(["Q7747"])["Q7747"]
    assert e.types == ("Q5",)
    assert [(p.qid, p.start, p.end) for p in e.positions] == [
        ("Q99999911", "2012-05-07", None),
        ("Q99999912", "1999", "2000-05"),
    ]
    api, wdqs = wikidata_api.calls
    assert _params(api)["props"] == "labels|aliases"  # whole items (every claim) are heavy
    p = _params(wdqs)
    assert "maxlag" not in p and p["format"] == "json" and "VALUES ?item { wd:Q7747 }" in p["query"]
    assert wdqs.request.headers["User-Agent"].startswith("kg-arabic-news-kg/")


def test_entities_without_claims_skip_the_query_service(tmp_path, wikidata_api):
    e = _client(tmp_path).entities(["Q7747"], claims=False)["Q7747"]
    assert e.types == () and len(wikidata_api.calls) == 1


@pytest.mark.parametrize("qid", ["Q0", "P31", "Q1 } ; DROP", "wd:Q1"])
def test_bad_qids_never_reach_a_query(online, tmp_path, qid):
    with responses.RequestsMock() as mock, pytest.raises(WikidataError, match="not a Wikidata"):
        _client(tmp_path).claims([qid])
    assert len(mock.calls) == 0


def test_malformed_query_service_answer(online, tmp_path):
    from kg.kb.wikidata import SPARQL

    with responses.RequestsMock() as mock:
        mock.add(responses.GET, SPARQL, json={"head": {"vars": []}})
        with pytest.raises(WikidataError, match="no results.bindings"):
            _client(tmp_path).claims(["Q1"])
