"""Web UI pages without JavaScript (Flask test client over the seed store)."""

from __future__ import annotations

import re

import pytest

from tests.server.conftest import make_app


@pytest.fixture(scope="module")
def app(seed_store):
    app = make_app(str(seed_store), KG_QUERY_WORKERS=1)
    yield app
    pool = app.extensions.get("kg_pool")
    if pool is not None:
        pool.close()


@pytest.fixture
def client(app):
    """A fresh client per test (the language cookie does not leak between tests)."""
    return app.test_client()


def _text(resp) -> str:
    return resp.get_data(as_text=True)


def _speakers(html: str) -> list[str]:
    return re.findall(r'<section class="speaker-group">\s*<h3>(.*?)</h3>', html, re.S)


@pytest.mark.parametrize("name", ["الأسد", "بشار الأسد", "Assad", "Bashar al-Assad"])
def test_who_said_what_groups_by_speaker(client, name):
    r = client.get("/search", query_string={"q": name})
    html = _text(r)
    assert r.status_code == 200
    speakers = " ".join(_speakers(html))
    assert "ريكس تيلرسون" in speakers and "هيذر نويرت" in speakers
    assert 'href="/article/' in html and "#s-" in html  # each statement links to its article
    assert 'dir="rtl"' in html and 'lang="ar"' in html


def test_search_in_english_ui(client):
    html = _text(client.get("/search", query_string={"q": "الأسد", "lang": "en"}))
    assert '<html lang="en" dir="ltr">' in html
    assert "Statements by speaker" in html and "(Rex Tillerson)" in html
    assert '<blockquote lang="ar" dir="rtl">' in html  # Arabic quotes stay right-to-left


def test_arabic_ui_is_rtl_by_default(client):
    html = _text(client.get("/"))
    assert '<html lang="ar" dir="rtl">' in html and "من قال ماذا" in html
    assert 'list="kb-names"' in html  # suggestions hook on the search box


def test_language_is_remembered(client):
    client.get("/", query_string={"lang": "en"})
    assert '<html lang="en" dir="ltr">' in _text(client.get("/articles"))
    assert '<html lang="ar" dir="rtl">' in _text(client.get("/articles?lang=ar"))


def test_unknown_name_says_so_with_suggestions(client):
    html = _text(client.get("/search", query_string={"q": "تيلرسو"}))
    assert "لا يوجد فاعل" in html or "ريكس تيلرسون" in html
    html = _text(client.get("/search", query_string={"q": "zzzz-nobody", "lang": "en"}))
    assert "No actor of that name" in html


@pytest.mark.parametrize("q,expect", [("تيلر", "ريكس تيلرسون"), ("tillers", "Rex Tillerson")])
def test_suggest(client, q, expect):
    items = client.get("/suggest", query_string={"q": q}).get_json()
    assert any(expect in (i["ar"], i["en"]) for i in items)


def test_suggest_empty_for_nothing(client):
    assert client.get("/suggest", query_string={"q": ""}).get_json() == []


def test_entity_page(client):
    r = client.get("/entity", query_string={"name": "Tillerson"})
    assert r.status_code == 302
    html = _text(client.get(r.headers["Location"]))
    assert "ريكس تيلرسون" in html and "Rex Tillerson" in html
    by = re.search(r"تصريحاته \((\d+)\)", html)
    assert by and int(by.group(1)) >= 1
    assert "الأحداث" in html


def test_entity_with_wikidata_link(client):
    html = _text(client.get("/entity/Q159", query_string={"lang": "en"}))
    assert 'href="https://www.wikidata.org/wiki/Q159"' in html and "Russia" in html


@pytest.mark.parametrize(
    "lang,title,other",
    [("ar", "رئيس الوزراء", "Prime Minister"), ("en", "Prime Minister", "رئيس الوزراء")],
)
def test_entity_positions_in_the_ui_language(client, lang, title, other):
    html = _text(client.get("/entity/Q7747", query_string={"lang": lang}))  # Putin
    positions = re.search(r'<ul class="positions">(.*?)</ul>', html, re.S)
    assert positions and title in positions.group(1) and other not in positions.group(1)
    assert "2008-05-08" in positions.group(1)


@pytest.mark.parametrize(
    "url", ["/entity/Q0000000", "/article/no-such-article", "/entity?name=zzzz-nobody"]
)
def test_not_found(client, url):
    assert client.get(url).status_code == 404


def test_article_highlights(client, seed_store):
    from kg.store import open_store

    with open_store(seed_store, read_only=True) as st:
        aid = st.articles()[0]
    html = _text(client.get(f"/article/{aid}"))
    for cls in ("hl-mention", "hl-statement", "hl-event"):
        assert f'class="{cls}' in html or f" {cls}" in html
    assert re.search(r'id="s-\d+"', html)
    assert '<article class="text" lang="ar" dir="rtl">' in html


def test_article_segments_keep_the_text():
    from server.uidata import _segments

    text = "قال الوزير إن الحرب انتهت"
    segs = _segments(
        text,
        [
            (0, 3, "hl-event", "x"),
            (4, 11, "hl-mention", "y"),
            (12, 25, "hl-statement", "z"),
            (4, 25, "hl-statement", "w"),
        ],
    )
    assert "".join(s["text"] for s in segs) == text
    assert any("hl-mention" in s["classes"] and "hl-statement" in s["classes"] for s in segs)


def test_articles_list(client):
    html = _text(client.get("/articles"))
    assert html.count('href="/article/') == 5


def test_editor_without_js_runs_the_query(client):
    r = client.post("/editor", data={"query": "SELECT ?id WHERE { ?a kgo:articleId ?id }"})
    html = _text(r)
    assert r.status_code == 200 and html.count("<tr><td") == 5
    bad = _text(client.post("/editor", data={"query": "SELECT WHERE"}))
    assert 'class="error"' in bad and "malformed" in bad


def test_editor_examples_all_run(client):
    from server.ui_tools import examples

    exs = examples()
    assert len(exs) >= 4
    for ex in exs:
        html = _text(client.post("/editor", data={"query": ex["query"]}))
        assert 'class="error"' not in html, ex["id"]
        assert "<tr><td" in html, ex["id"]


def test_vendor_files_are_served_locally(client):
    for name in ("yasgui.min.js", "yasgui.min.css", "cytoscape.min.js"):
        r = client.get(f"/vendor/{name}")
        assert r.status_code == 200 and len(r.data) > 1000, name
    assert client.get("/vendor/../package.json").status_code == 404
    assert client.get("/vendor/evil.js").status_code == 404


def test_graph_view_and_filters(client):
    full = client.get("/graph.json").get_json()
    assert full["edges"] and full["nodes"]
    ids = {n["id"] for n in full["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in full["edges"])
    by_actor = client.get("/graph.json", query_string={"actor": "تيلرسون"}).get_json()
    assert 0 < len(by_actor["edges"]) < len(full["edges"])
    future = client.get("/graph.json", query_string={"from": "2100-01-01"}).get_json()
    assert future["edges"] == []
    html = _text(client.get("/graph", query_string={"actor": "تيلرسون"}))
    assert html.count("<tr><td>") == len(by_actor["edges"])


def test_ontology_page(client):
    r = client.get("/ontology")
    assert r.status_code == 200
    assert r.mimetype in ("text/html", "text/turtle")
    assert b"arabic-news-kg/ontology" in r.data


def test_i18n_keys_match():
    from server.i18n import strings

    data = strings()
    assert set(data["ar"]) == set(data["en"]) and data["ar"]["dir"] == "rtl"


@pytest.mark.parametrize("lang,label", [("ar", "<td>اجتماع</td>"), ("en", "<td>Meeting</td>")])
def test_event_types_in_the_ui_language(client, seed_store, lang, label):
    from kg.store import open_store

    with open_store(seed_store, read_only=True) as st:
        aid = st.articles()[0]
    html = _text(client.get(f"/article/{aid}", query_string={"lang": lang}))
    assert label in html and "<td>meeting</td>" not in html
