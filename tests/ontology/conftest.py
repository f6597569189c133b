"""Fixtures for the ontology and inference tests: memory stores built from the seeds."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def seed_store(seeds_dir, tmp_path_factory):
    """The seeds built into an in-memory store, background graphs removed (article graphs only)."""
    from kg.pipeline import build
    from kg.reason import BACKGROUND_GRAPHS
    from kg.store import open_store

    st = open_store("memory")
    report = build([str(seeds_dir)], st, quarantine_dir=tmp_path_factory.mktemp("quarantine"))
    assert report.stored, report.to_dict()
    for g in BACKGROUND_GRAPHS:
        assert st.remove_graph(str(g))  # `kg build` installs them; these tests need them absent
    yield st
    st.close()


@pytest.fixture(scope="session")
def seed_store_bg(seeds_dir, tmp_path_factory):
    """The seeds in a store that also holds the ontology and KB background graphs."""
    from kg.pipeline import build
    from kg.reason import install
    from kg.store import open_store

    st = open_store("memory")
    build([str(seeds_dir)], st, quarantine_dir=tmp_path_factory.mktemp("quarantine"))
    install(st)
    yield st
    st.close()
