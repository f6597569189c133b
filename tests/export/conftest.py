"""Fixtures for the export tests (the seed store comes from tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def network(seed_store):
    from kg.export.network import build_network

    return build_network(seed_store)
