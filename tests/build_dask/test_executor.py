"""DaskExecutor on a real local Dask runtime: same graphs as a sequential build, a scheduler
address, bounded in-flight work, failures reported per article."""

from __future__ import annotations

import os
import sys

import cloudpickle
import pytest
from rdflib.compare import isomorphic

from kg.build import ArticleProcessor, build
from kg.build_dask import DaskExecutor, process_batch
from kg.errors import ConfigError
from kg.ingest import Article
from kg.store import open_store

# the processors below are defined here, so the workers get them by value
cloudpickle.register_pickle_by_value(sys.modules[__name__])


class FailOn001(ArticleProcessor):
    """A processor that raises on the article whose id starts with 001."""

    def __call__(self, article):
        if article.id.startswith("001"):
            raise RuntimeError("boom on purpose")
        return super().__call__(article)


class CrashOn002(ArticleProcessor):
    """A processor whose worker process dies on the article whose id starts with 002."""

    def __call__(self, article):
        if article.id.startswith("002"):
            os._exit(13)
        return super().__call__(article)


def _build(executor, seeds_dir, tmp_path):
    st = open_store("memory")
    report = build([str(seeds_dir)], st, executor=executor, quarantine_dir=tmp_path / "q")
    return st, report


def _assert_same_graphs(st, expected, ids=None):
    ids = sorted(expected) if ids is None else ids
    assert st.articles() == sorted(ids)
    for aid in ids:
        assert isomorphic(st.article_graph(aid), expected[aid]), aid


def test_own_local_cluster_matches_sequential_build(seeds_dir, sequential_graphs, tmp_path):
    assert len(sequential_graphs) == 5
    with DaskExecutor(workers=2, batch=2) as ex:
        st, report = _build(ex, seeds_dir, tmp_path)
        assert len(ex.start().nthreads()) == 2  # two worker processes
    assert report.exit_code == 0, report.to_dict()
    assert len(report.stored) == 5
    _assert_same_graphs(st, sequential_graphs)
    assert ex._client is None and ex._cluster is None  # closed by the context manager


def test_scheduler_address_matches_sequential_build(
    dask_cluster, seeds_dir, sequential_graphs, tmp_path
):
    ex = DaskExecutor(scheduler=dask_cluster.scheduler_address, batch=3)
    try:
        st, report = _build(ex, seeds_dir, tmp_path)
    finally:
        ex.close()
    assert report.exit_code == 0, report.to_dict()
    _assert_same_graphs(st, sequential_graphs)
    # closing the executor leaves a cluster it did not start running
    assert len(dask_cluster.scheduler_info["workers"]) == 2


def test_in_flight_work_is_bounded(dask_cluster, seeds_dir):
    text = (seeds_dir / sorted(os.listdir(seeds_dir))[0]).read_text(encoding="utf-8")
    n, batch, limit = 24, 2, 3
    state = {"pulled": 0, "yielded": 0, "most_ahead": 0}

    def articles():
        for i in range(n):
            state["pulled"] += 1
            state["most_ahead"] = max(state["most_ahead"], state["pulled"] - state["yielded"])
            yield Article(id=f"bounded-{i:02d}", text=text)

    with DaskExecutor(
        scheduler=dask_cluster.scheduler_address, batch=batch, max_in_flight=limit
    ) as ex:
        assert ex.in_flight_limit() == limit
        ids = []
        for out in ex(articles()):
            state["yielded"] += 1
            assert out.error is None, out.error
            ids.append(out.article.id)
    assert sorted(ids) == [f"bounded-{i:02d}" for i in range(n)]
    # never more than `limit` batches read ahead of what was handed back
    assert state["most_ahead"] <= batch * limit
    assert state["most_ahead"] > batch  # and more than one batch was out at a time


def test_default_in_flight_limit_follows_the_cluster(dask_cluster):
    with DaskExecutor(scheduler=dask_cluster.scheduler_address) as ex:
        assert ex.in_flight_limit() == 4  # 2 x two single-thread workers


def test_an_article_that_raises_is_rejected_alone(dask_cluster, seeds_dir, tmp_path):
    with DaskExecutor(scheduler=dask_cluster.scheduler_address, batch=2, processor=FailOn001) as ex:
        st, report = _build(ex, seeds_dir, tmp_path)
    assert report.exit_code == 1
    assert [r.reason for r in report.rejected] == [
        "processing failed: RuntimeError: boom on purpose"
    ]
    assert os.path.basename(report.rejected[0].source).startswith("001")
    assert len(report.stored) == 4
    assert not any(a.startswith("001") for a in st.articles())


def test_a_batch_whose_worker_dies_is_rejected_per_article(dask_cluster, seeds_dir, tmp_path):
    # batches of 2 in name order: [000, 001] [002, 003] [004]; 002 kills its worker (twice)
    with DaskExecutor(
        scheduler=dask_cluster.scheduler_address, batch=2, max_in_flight=1, processor=CrashOn002
    ) as ex:
        st, report = _build(ex, seeds_dir, tmp_path)
    assert report.exit_code == 1
    rejected = sorted(os.path.basename(r.source)[:3] for r in report.rejected)
    assert rejected == ["002", "003"]
    for r in report.rejected:
        assert r.reason.startswith("dask batch failed: KilledWorker"), r.reason
    assert sorted(a[:3] for a in st.articles()) == ["000", "001", "004"]


def test_process_batch_keeps_one_processor_per_worker_thread(seeds_dir):
    class Counting:
        made = 0

        def __init__(self):
            type(self).made += 1

        def __call__(self, article):
            from kg.build import Outcome

            return Outcome(article, nquads="")

    arts = [Article(id=f"c{i}", text="نص") for i in range(3)]
    process_batch(arts, Counting)
    outs = process_batch(arts, Counting)
    assert Counting.made == 1
    assert [o.article.id for o in outs] == ["c0", "c1", "c2"]


@pytest.mark.parametrize("kwargs", [{"workers": 0}, {"batch": 0}, {"max_in_flight": 0}], ids=str)
def test_bad_sizes_are_config_errors(kwargs):
    with pytest.raises(ConfigError):
        DaskExecutor(**kwargs)


def test_unreachable_scheduler_is_a_config_error():
    ex = DaskExecutor(scheduler="tcp://127.0.0.1:9", connect_timeout=1)
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        ex.start()


def test_stopping_early_leaves_no_work_on_the_cluster(dask_cluster, seeds_dir):
    import time

    text = (seeds_dir / sorted(os.listdir(seeds_dir))[0]).read_text(encoding="utf-8")
    pulled = []

    def articles():
        for i in range(200):
            pulled.append(i)
            yield Article(id=f"early-{i:03d}", text=text)

    with DaskExecutor(scheduler=dask_cluster.scheduler_address, batch=2, max_in_flight=2) as ex:
        gen = ex(articles())
        first = next(gen)
        gen.close()
        assert first.article.id.startswith("early-")
        assert len(pulled) <= 6  # two batches out, one refill at most
        # the batches still out were cancelled: the scheduler forgets them (polled, not timed)
        deadline = time.monotonic() + 60
        while any(str(k).startswith("process_batch") for k in dask_cluster.scheduler.tasks):
            assert time.monotonic() < deadline, list(dask_cluster.scheduler.tasks)
            time.sleep(0.1)


def test_a_scheduler_without_workers_is_a_config_error():
    """Batches sent to a scheduler with no worker would never come back: refuse at start."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=0,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        host="127.0.0.1",
    ) as empty:
        ex = DaskExecutor(scheduler=empty.scheduler_address, connect_timeout=1)
        with pytest.raises(ConfigError, match="has no worker"):
            ex.start()
        assert ex._client is None
