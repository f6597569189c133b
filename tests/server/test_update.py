"""SPARQL Update: off by default, token-only when configured; queries see the change."""

from __future__ import annotations

import shutil

import pytest
import requests

from kg.store import open_store
from tests.server.conftest import make_app, serve

TOKEN = "s3cret-token"
INSERT = (
    "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> "
    '<http://www.w3.org/2000/01/rdf-schema#label> "مثال"@ar } }'
)
ASK = 'ASK { <http://example.org/a> ?p "مثال"@ar }'


def _ask(url: str) -> bool:
    r = requests.get(f"{url}/sparql", params={"query": ASK}, timeout=30)
    assert r.status_code == 200
    return r.json()["boolean"]


def test_update_is_off_by_default(live):
    r = requests.post(
        f"{live}/update",
        data={"update": INSERT},
        timeout=30,
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 403 and "disabled" in r.text
    assert not _ask(live)


@pytest.fixture(params=["memory", "disk"])
def writable(request, seed_store, tmp_path):
    if request.param == "memory":
        store = open_store("memory")
    else:
        shutil.copytree(seed_store, tmp_path / "copy")
        store = str(tmp_path / "copy")
    app = make_app(store, KG_UPDATE_TOKEN=TOKEN, KG_QUERY_WORKERS=1)
    with serve(app) as url:
        yield url


@pytest.mark.parametrize(
    "headers,status",
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 403),
        ({"Authorization": f"Basic {TOKEN}"}, 403),
    ],
)
def test_update_needs_the_token(writable, headers, status):
    r = requests.post(f"{writable}/update", data={"update": INSERT}, headers=headers, timeout=30)
    assert r.status_code == status
    if status == 401:
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
    assert not _ask(writable)


@pytest.mark.parametrize("form", [True, False])
def test_update_with_token_is_visible_to_queries(writable, form):
    assert not _ask(writable)  # workers started before the update
    auth = {"Authorization": f"Bearer {TOKEN}"}
    if form:
        r = requests.post(f"{writable}/update", data={"update": INSERT}, headers=auth, timeout=30)
    else:
        r = requests.post(
            f"{writable}/update",
            data=INSERT.encode(),
            timeout=30,
            headers={**auth, "Content-Type": "application/sparql-update"},
        )
    assert r.status_code == 204
    assert _ask(writable)


def test_malformed_update_and_wrong_type(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = requests.post(
        f"{writable}/update", data={"update": "INSERT DATA {"}, headers=auth, timeout=30
    )
    assert r.status_code == 400 and "malformed update" in r.text
    r = requests.post(
        f"{writable}/update", data=b"x", timeout=30, headers={**auth, "Content-Type": "text/plain"}
    )
    assert r.status_code == 415


def test_service_description_lists_update_when_enabled(writable):
    r = requests.get(f"{writable}/sparql", headers={"Accept": "text/turtle"}, timeout=30)
    assert "SPARQL11Update" in r.text
