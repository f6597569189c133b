"""Fixtures for the Dask executor tests: one local Dask cluster for the session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def dask_cluster():
    """A ``distributed.LocalCluster`` of two single-thread worker processes, loopback only.

    Its scheduler gives a task up after one worker death (``allowed-failures: 1``), so a batch
    that kills its worker fails after two deaths instead of four."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            # no dashboard; the scheduler's HTTP routes (health...) on a free loopback port
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            host="127.0.0.1",
        )
    yield cluster
    cluster.close()


@pytest.fixture
def sequential_graphs(seed_store):
    """Article id -> its graph as the sequential build (root ``seed_store``) stored it."""
    return {aid: seed_store.article_graph(aid) for aid in seed_store.articles()}
