"""A pool of query worker processes, so that a time limit really stops the work.

``QueryPool(snapshot, size, prefixes)``; ``pool.run(request, timeout) -> Reply``. Oxigraph's
Python API cannot cancel a query, so each query runs in a worker process (:mod:`server.worker`)
that has its own read-only view of the store; when a query outlives ``timeout`` its worker is
killed (SIGKILL) and a fresh one is started in the background. ``snapshot()`` returns the
worker source (``("dir", path)`` or ``("nquads", file)``) and is called again by
:meth:`QueryPool.refresh` after an update, so that new workers see the new data.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import StoreError
from server.worker import Reply, Request

log = logging.getLogger("kg.server")
Source = tuple[str, str]
START_TIMEOUT = 60.0


class _Duplex:
    """Two one-way pipes to a worker, used like a multiprocessing duplex connection."""

    def __init__(self, out_fd: int, in_fd: int) -> None:
        self._out = Connection(out_fd, readable=False)
        self._in = Connection(in_fd, writable=False)

    def send(self, obj: object) -> None:
        self._out.send(obj)

    def poll(self, timeout: float) -> bool:
        return self._in.poll(timeout)

    def recv(self) -> object:
        return self._in.recv()

    def close(self) -> None:
        self._out.close()
        self._in.close()


class _Worker:
    """One worker process (``python -m server.worker``: no re-import of the server's main
    module, unlike multiprocessing's spawn) and the parent's ends of its pipes."""

    def __init__(self, source: Source, prefixes: dict[str, str], generation: int) -> None:
        to_child_r, to_child_w = os.pipe()
        to_parent_r, to_parent_w = os.pipe()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.worker", str(to_child_r), str(to_parent_w)],
            pass_fds=(to_child_r, to_parent_w),
            stdin=subprocess.DEVNULL,
            close_fds=True,
        )
        os.close(to_child_r)
        os.close(to_parent_w)
        self.conn = _Duplex(to_child_w, to_parent_r)
        self.conn.send((source, prefixes))
        self.generation = generation

    def wait_ready(self) -> None:
        try:
            if not self.conn.poll(START_TIMEOUT):
                raise StoreError("a query worker did not start in time")
            status, msg = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise StoreError(f"a query worker failed to start: {exc}") from exc
        except StoreError:
            self.kill()
            raise
        if status != "ready":
            self.kill()
            raise StoreError(f"a query worker cannot open the store: {msg}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            log.error("query worker %s did not exit", self.proc.pid)
        self.conn.close()


class QueryPool:
    """``size`` worker processes; thread-safe ``run``; ``close`` stops them all."""

    def __init__(self, snapshot: Callable[[], Source], size: int, prefixes: dict[str, str]) -> None:
        self._snapshot = snapshot
        self._size = max(1, size)
        self._prefixes = prefixes
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._sources: dict[int, Source] = {}
        self._generation = 0
        self._closed = False
        self.killed = 0  # workers killed on timeout, for the status page and tests
        self._sources[0] = snapshot()
        started = [self._spawn() for _ in range(self._size)]
        try:
            for w in started:
                w.wait_ready()
                self._idle.put(w)
        except StoreError:
            self.close()  # no half-started pool: stop the other workers too
            raise

    # ------------------------------------------------------------------ workers
    def _spawn(self) -> _Worker:
        with self._lock:
            gen = self._generation
            w = _Worker(self._sources[gen], self._prefixes, gen)
            self._workers.add(w)
        return w

    def _retire(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._workers.discard(w)
            self._drop_old_sources()

    def _drop_old_sources(self) -> None:
        live = {w.generation for w in self._workers} | {self._generation}
        for gen in [g for g in self._sources if g not in live]:
            _kind, where = self._sources.pop(gen)
            if Path(where).name.startswith("snap-"):
                shutil.rmtree(Path(where).parent, ignore_errors=True)

    def _replace_later(self) -> None:
        def start() -> None:
            if self._closed:
                return
            try:
                w = self._spawn()
                w.wait_ready()
            except StoreError as exc:
                log.error("query worker replacement failed: %s", exc)
                return
            self._idle.put(w)

        threading.Thread(target=start, daemon=True, name="kg-pool-replace").start()

    def _release(self, w: _Worker) -> None:
        if w.generation != self._generation or self._closed:
            self._retire(w)
            self._replace_later()
        else:
            self._idle.put(w)

    # ------------------------------------------------------------------ public
    def run(self, req: Request, timeout: float) -> Reply:
        """Run ``req`` in a free worker; a query still running after ``timeout`` seconds is
        stopped (its worker killed) and answered with a 503 naming the limit."""
        if self._closed:
            return Reply(503, "error", b"the server is shutting down")
        t0 = time.monotonic()
        try:
            w = self._idle.get(timeout=timeout)
        except queue.Empty:
            return Reply(
                503,
                "error",
                (
                    f"query limit: no query worker became free within {timeout:g} s "
                    f"(KG_QUERY_TIMEOUT; {self._size} workers, KG_QUERY_WORKERS)"
                ).encode(),
            )
        try:
            w.conn.send(tuple(req))
            if w.conn.poll(max(0.001, timeout - (time.monotonic() - t0))):
                reply = Reply(*w.conn.recv())
                self._release(w)
                return reply
        except (EOFError, OSError, BrokenPipeError) as exc:
            log.error("query worker %s died: %s", w.proc.pid, exc)
            self._retire(w)
            self._replace_later()
            return Reply(500, "error", b"the query worker died; the query was not answered")
        self.killed += 1
        self._retire(w)
        self._replace_later()
        return Reply(
            503,
            "error",
            (
                f"query limit: the query ran longer than {timeout:g} s (KG_QUERY_TIMEOUT) "
                "and was stopped"
            ).encode(),
        )

    def refresh(self) -> None:
        """Take a new snapshot; idle workers are replaced now, busy ones when they finish."""
        source = self._snapshot()
        with self._lock:
            self._generation += 1
            self._sources[self._generation] = source
        stale = []
        while True:
            try:
                stale.append(self._idle.get_nowait())
            except queue.Empty:
                break
        for w in stale:
            self._retire(w)
        fresh = [self._spawn() for _ in stale]
        for w in fresh:
            w.wait_ready()
            self._idle.put(w)

    def pids(self) -> list[int]:
        """-> the process ids of the live workers."""
        with self._lock:
            return sorted(w.proc.pid for w in self._workers if w.proc.pid is not None)

    def close(self) -> None:
        """Stop every worker and remove the snapshots."""
        self._closed = True
        with self._lock:
            workers = list(self._workers)
        for w in workers:
            self._retire(w)
        with self._lock:
            for _kind, where in self._sources.values():
                if Path(where).name.startswith("snap-"):
                    shutil.rmtree(Path(where).parent, ignore_errors=True)
            self._sources.clear()
