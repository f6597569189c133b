"""The web UI in a real browser (Debian chromium via Playwright): who said what about «الأسد»,
an entity page, the SPARQL editor (YASGUI) and the actor network (Cytoscape.js)."""

from __future__ import annotations

import re


def test_search_assad_shows_tillerson_and_nauert(page, site, shot):
    page.goto(f"{site}/?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("#q", "الأسد")
    page.click("button[type=submit]")
    page.wait_for_selector(".speaker-group")
    speakers = page.locator(".speaker-group h3").all_inner_texts()
    joined = " ".join(speakers)
    assert "ريكس تيلرسون" in joined and "هيذر نويرت" in joined
    direction = page.eval_on_selector(".statement blockquote", "e => getComputedStyle(e).direction")
    assert direction == "rtl"
    shot(page, "search-assad-ar")
    assert not page.js_errors


def test_search_in_english_and_suggestions(page, site, shot):
    page.goto(f"{site}/?lang=en")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.fill("#q", "")
    page.type("#q", "Tillers", delay=30)
    page.wait_for_function(
        "() => document.querySelectorAll('#kb-names option').length > 0", timeout=10000
    )
    options = page.eval_on_selector_all("#kb-names option", "os => os.map(o => o.value)")
    assert "Rex Tillerson" in options
    page.goto(f"{site}/search?q=Assad&lang=en")
    assert "Rex Tillerson" in page.inner_text("main")
    shot(page, "search-assad-en")


def test_entity_page(page, site, shot):
    page.goto(f"{site}/search?q=الأسد&lang=ar")
    page.locator(".speaker-group h3 a", has_text="ريكس تيلرسون").first.click()
    page.wait_for_selector("h1.entity")
    assert "ريكس تيلرسون" in page.inner_text("h1.entity")
    assert page.locator("ul.statements li").count() >= 1
    shot(page, "entity-tillerson")
    page.goto(f"{site}/entity/Q159?lang=en")
    assert page.locator("a.wikidata").get_attribute("href").endswith("/Q159")


def test_article_view_highlights(page, site, shot):
    page.goto(f"{site}/search?q=الأسد&lang=ar")
    page.locator("a.article-link").first.click()
    page.wait_for_selector("article.text")
    for cls in ("hl-mention", "hl-statement", "hl-event"):
        assert page.locator(f"article.text .{cls}").count() > 0, cls
    assert re.search(r"#s-\d+$", page.url)
    shot(page, "article")


def test_editor_runs_an_example_query(page, site, shot):
    page.goto(f"{site}/editor?lang=en")
    page.wait_for_selector(".yasqe .CodeMirror", timeout=15000)
    page.click("a.example[data-example='05-articles']")
    page.wait_for_selector(".yasr table tbody tr", timeout=15000)
    rows = page.locator(".yasr table tbody tr").count()
    assert rows == 5
    assert "000_7f869916677e8084" in page.inner_text(".yasr")
    shot(page, "editor")
    assert not page.js_errors


def test_graph_view(page, site, shot):
    page.goto(f"{site}/graph?lang=ar")
    page.wait_for_function(
        "() => window.kgGraph && window.kgGraph.nodes().length > 0", timeout=15000
    )
    n_all = page.evaluate("() => window.kgGraph.nodes().length")
    shot(page, "graph")
    page.fill("input[name=actor]", "تيلرسون")
    page.click(".graph-filter button")
    page.wait_for_function(
        "() => window.kgGraph && window.kgGraph.nodes().length > 0", timeout=15000
    )
    n_filtered = page.evaluate("() => window.kgGraph.nodes().length")
    assert 0 < n_filtered < n_all
    shot(page, "graph-tillerson")
    assert not page.js_errors
