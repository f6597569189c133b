"""An optional executor for ``kg build`` on Dask (``pip install 'kg[dask]'``).

``DaskExecutor(scheduler=None, workers=2, batch=16)`` is a callable
``articles (Iterator[Article]) -> Iterator[Outcome]`` for :func:`kg.build.build`'s ``executor``:
articles go to Dask workers in batches (one task per batch), at most ``max_in_flight`` batches
at a time (backpressure: the input is read only as fast as the cluster works), and outcomes
come back in completion order. The store is still written by the calling process alone.

Without ``scheduler`` it starts a :class:`distributed.LocalCluster` of ``workers`` processes
(one thread each, no dashboard, loopback only); with ``scheduler="tcp://host:8786"`` it
connects to a running cluster whose workers have kg installed. Each worker thread builds one
article processor (spaCy pipeline, KB, shapes: 2-4 s) on its first batch and keeps it.

Nothing is lost silently: an article whose processing raises comes back as an
``Outcome(article, error=...)``; a batch whose task fails as a whole (its worker died, the
result could not be sent) comes back as one such outcome per article in it.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any

from kg.build import ArticleProcessor, Outcome
from kg.errors import ConfigError
from kg.ingest import Article

#: what to install when Dask is missing
INSTALL_HINT = "pip install 'kg[dask]'"

ProcessorFactory = Callable[[], Callable[[Article], Outcome]]

_LOCAL = threading.local()


def require_distributed() -> Any:
    """-> the ``distributed`` module; :class:`ConfigError` naming the extra when it is missing."""
    try:
        import distributed
    except ImportError as exc:
        raise ConfigError(
            f"the Dask executor needs Dask, which is not installed ({exc}); "
            f"install the extra: {INSTALL_HINT}"
        ) from exc
    return distributed


def _processor(factory: ProcessorFactory) -> Callable[[Article], Outcome]:
    """-> this worker thread's processor, made by ``factory`` once per process and thread."""
    name = (getattr(factory, "__module__", None), getattr(factory, "__qualname__", None))
    key = (os.getpid(), name if None not in name else id(factory))
    if getattr(_LOCAL, "key", None) != key:
        _LOCAL.processor = factory()
        _LOCAL.key = key
    return _LOCAL.processor


def process_batch(articles: list[Article], factory: ProcessorFactory = ArticleProcessor) -> list:
    """Worker side: a batch of articles -> their outcomes (an article that raises -> an error)."""
    proc = _processor(factory)
    outs = []
    for a in articles:
        try:
            outs.append(proc(a))
        except Exception as exc:  # one article's failure must not sink its batch  # noqa: BLE001
            outs.append(Outcome(a, error=f"processing failed: {type(exc).__name__}: {exc}"))
    return outs


def _batch_error(exc: BaseException) -> str:
    """A failed task's exception -> the reason given for each article of its batch."""
    text = " ".join(str(exc).split())
    if len(text) > 300:
        text = text[:297] + "..."
    return f"dask batch failed: {type(exc).__name__}: {text}"


class DaskExecutor:
    """Articles -> outcomes on a Dask cluster (local processes, or one at ``scheduler``).

    ``batch`` articles per task; ``max_in_flight`` batches submitted and not yet collected
    (default: twice the cluster's worker threads). ``processor`` is the factory each worker
    thread calls once to get its ``Article -> Outcome`` callable (default
    :class:`kg.build.ArticleProcessor`); it must be importable (or picklable) on the workers.
    Use as a context manager, or call :meth:`close`: it closes the client and any cluster it
    started.
    """

    def __init__(
        self,
        scheduler: str | None = None,
        workers: int = 2,
        batch: int = 16,
        max_in_flight: int | None = None,
        *,
        processor: ProcessorFactory = ArticleProcessor,
        connect_timeout: float = 10.0,
    ) -> None:
        self._distributed = require_distributed()
        if workers < 1 or batch < 1 or (max_in_flight is not None and max_in_flight < 1):
            raise ConfigError("workers, batch and max_in_flight must be at least 1")
        self.scheduler = scheduler or None
        self.workers = workers
        self.batch = batch
        self.max_in_flight = max_in_flight
        self.processor = processor
        self.connect_timeout = connect_timeout
        self._client: Any = None
        self._cluster: Any = None

    # -- cluster ---------------------------------------------------------------------------
    def start(self) -> Any:
        """Start the local cluster or connect to the scheduler (once); -> the Dask client."""
        if self._client is not None:
            return self._client
        d = self._distributed
        if self.scheduler is None:
            self._cluster = d.LocalCluster(
                n_workers=self.workers,
                processes=True,
                threads_per_worker=1,
                dashboard_address=None,
                # no dashboard; the scheduler's HTTP routes (health...) on a free loopback port
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                host="127.0.0.1",
            )
            self._client = d.Client(self._cluster, set_as_default=False)
        else:
            try:
                self._client = d.Client(
                    self.scheduler, timeout=self.connect_timeout, set_as_default=False
                )
            except (OSError, TimeoutError, ValueError) as exc:
                raise ConfigError(
                    f"cannot reach the Dask scheduler at {self.scheduler!r}: {exc}"
                ) from exc
            try:  # a scheduler with no worker would take the batches and never answer
                self._client.wait_for_workers(1, timeout=self.connect_timeout)
            except (OSError, TimeoutError) as exc:
                self.close()
                raise ConfigError(
                    f"the Dask scheduler at {self.scheduler!r} has no worker "
                    f"(waited {self.connect_timeout:g} s): start `dask worker {self.scheduler}`"
                ) from exc
        return self._client

    def close(self) -> None:
        """Close the client, and the local cluster if this executor started it."""
        client, cluster = self._client, self._cluster
        self._client = self._cluster = None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    def __enter__(self) -> DaskExecutor:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def in_flight_limit(self) -> int:
        """-> how many batches may be out at once: the setting, or 2 x the worker threads."""
        if self.max_in_flight is not None:
            return self.max_in_flight
        threads = sum(self.start().nthreads().values()) or self.workers
        return max(2, 2 * threads)

    # -- the executor ------------------------------------------------------------------------
    def __call__(self, articles: Iterator[Article]) -> Iterator[Outcome]:
        """Articles -> outcomes, in completion order; at most :meth:`in_flight_limit` batches
        are out at a time, so the input is read lazily."""
        client = self.start()
        limit = self.in_flight_limit()
        source = iter(articles)
        pending: dict[str, tuple[Any, list[Article]]] = {}  # task key -> (future, its batch)
        done = self._distributed.as_completed(loop=client.loop)

        def fill() -> None:
            while len(pending) < limit:
                chunk = list(itertools.islice(source, self.batch))
                if not chunk:
                    return
                fut = client.submit(process_batch, chunk, self.processor, pure=False)
                pending[fut.key] = (fut, chunk)
                done.add(fut)

        try:
            fill()
            for fut in done:
                _, chunk = pending.pop(fut.key)
                try:
                    outs = fut.result()
                except Exception as exc:  # a dead worker, an unpicklable result...  # noqa: BLE001
                    reason = _batch_error(exc)
                    outs = [Outcome(a, error=reason) for a in chunk]
                finally:
                    fut.release()
                yield from outs
                fill()
        finally:  # the consumer stopped early (or failed): leave no work on the cluster
            if pending:
                client.cancel([f for f, _ in pending.values()])
                done.clear()
