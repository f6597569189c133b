"""Server test fixtures: the seeds built into a temporary on-disk store, and live servers
under waitress on free loopback ports."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from waitress.server import create_server

from server import create_app

ASSAD_SPEAKERS = ("Tillerson", "Nauert")


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seeds_dir, nlp) -> Path:
    """-> a folder holding the seeds built by ``kg.pipeline.build`` (closed, read-only use)."""
    from kg.pipeline import build
    from kg.store import open_store

    root = tmp_path_factory.mktemp("seedstore")
    path = root / "store"
    with open_store(path) as st:
        report = build([str(seeds_dir)], st, nlp=nlp, quarantine_dir=root / "quarantine")
    assert report.stored and not report.rejected, report.to_dict()
    return path


@contextlib.contextmanager
def serve(app, threads: int = 4) -> Iterator[str]:
    """Run ``app`` under waitress on a free 127.0.0.1 port -> its base URL; stops it after."""
    server = create_server(app, host="127.0.0.1", port=0, threads=threads, ident="kg-test")
    stop = threading.Event()

    def loop() -> None:  # waitress's own loop, stoppable between polls
        while not stop.is_set():
            server.asyncore.loop(timeout=0.05, map=server._map, count=1)
        server.close()
        server.task_dispatcher.shutdown()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        stop.set()
        thread.join(10)
        pool = app.extensions.get("kg_pool")
        if pool is not None:
            pool.close()


def make_app(store, **config):
    """``create_app`` with test defaults (short time limit, small row limit)."""
    cfg = {
        "KG_STORE": store,
        "KG_QUERY_TIMEOUT": 3.0,
        "KG_MAX_ROWS": 20000,
        "KG_QUERY_WORKERS": 2,
        "TESTING": True,
    }
    cfg.update(config)
    return create_app(cfg)


@pytest.fixture(scope="session")
def live_app(seed_store):
    return make_app(str(seed_store))


@pytest.fixture(scope="session")
def live(live_app) -> Iterator[str]:
    """Base URL of a live server over the seed store."""
    with serve(live_app) as url:
        yield url


@pytest.fixture
def server_log(caplog):
    caplog.set_level(logging.INFO, logger="kg.server")
    return caplog
