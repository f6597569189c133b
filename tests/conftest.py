"""Shared fixtures for the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The full extraction pipeline, loaded once per test session."""
    from kg.pipeline import create_nlp

    return create_nlp()


@pytest.fixture(scope="session")
def seed_store(seeds_dir, tmp_path_factory):
    """The seeds built into an in-memory store, as `kg build` leaves it (article graphs plus the
    ontology and KB background graphs)."""
    from kg.build import build
    from kg.store import open_store

    st = open_store("memory")
    report = build([str(seeds_dir)], st, quarantine_dir=tmp_path_factory.mktemp("quarantine"))
    assert len(report.stored) == 5, report.to_dict()
    yield st
    st.close()


@pytest.fixture(scope="session")
def seed_store_articles_only(seeds_dir, tmp_path_factory):
    """The seeds in an in-memory store with the background graphs removed."""
    from kg.build import build
    from kg.reason import BACKGROUND_GRAPHS
    from kg.store import open_store

    st = open_store("memory")
    build([str(seeds_dir)], st, quarantine_dir=tmp_path_factory.mktemp("quarantine"))
    for g in BACKGROUND_GRAPHS:
        assert st.remove_graph(str(g))
    yield st
    st.close()
