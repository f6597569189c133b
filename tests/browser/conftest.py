"""Browser test fixtures: a live kg server over the seeds and Debian's chromium driven by
Playwright (no browser download). Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.conftest import make_app, serve
from tests.server.conftest import seed_store as seed_store  # noqa: F401  (shared fixture)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def site(seed_store) -> Iterator[str]:  # noqa: F811
    """Base URL of a live server (waitress) over the seeds built into a temporary store."""
    app = make_app(str(seed_store))
    with serve(app) as url:
        yield url


@pytest.fixture(scope="session")
def playwright():
    """One Playwright driver for the session (the sync API allows only one at a time)."""
    from playwright.sync_api import sync_playwright

    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `bash scripts/setup-test-deps.sh`")
    with sync_playwright() as pw:
        yield pw


def _launch(pw, profile: Path, **options):
    return pw.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        args=ARGS,
        headless=True,
        viewport={"width": 1280, "height": 900},
        **options,
    )


@pytest.fixture(scope="session")
def browser(playwright, tmp_path_factory):
    """Chromium from Debian (``scripts/setup-test-deps.sh`` installs it), fresh profile."""
    ctx = _launch(playwright, tmp_path_factory.mktemp("chromium-profile"), locale="ar")
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def nojs_browser(playwright, tmp_path_factory):
    """The same chromium with JavaScript turned off (the core UI must work without it)."""
    ctx = _launch(playwright, tmp_path_factory.mktemp("chromium-nojs"), java_script_enabled=False)
    yield ctx
    ctx.close()


@pytest.fixture
def page(browser):
    p = browser.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.js_errors = errors  # type: ignore[attr-defined]
    yield p
    p.close()


@pytest.fixture
def shot():
    """``shot(page, name)`` saves a full-page screenshot under test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
