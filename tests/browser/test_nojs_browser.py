"""The core of the web UI with JavaScript turned off: search, article, plain editor."""

from __future__ import annotations


def test_search_and_editor_without_javascript(nojs_browser, site, shot):
    page = nojs_browser.new_page()
    try:
        page.goto(f"{site}/?lang=ar")
        page.fill("#q", "الأسد")
        page.click("button[type=submit]")
        page.wait_for_selector(".speaker-group")
        joined = " ".join(page.locator(".speaker-group h3").all_inner_texts())
        assert "ريكس تيلرسون" in joined and "هيذر نويرت" in joined
        page.locator("a.article-link").first.click()
        page.wait_for_selector("article.text .hl-statement")
        page.goto(f"{site}/editor?lang=en")
        assert page.locator("#plain-editor").is_visible()
        page.fill("#plain-editor textarea", "SELECT ?id WHERE { ?a kgo:articleId ?id }")
        page.click("#plain-editor button")
        page.wait_for_selector("#plain-results table")
        assert page.locator("#plain-results tbody tr").count() == 5
        shot(page, "editor-nojs")
        page.goto(f"{site}/graph?lang=en")
        assert page.locator("table.edges tbody tr").count() > 0  # links listed without JS
    finally:
        page.close()
