"""The store and the query pool, opened once per app and closed when the process ends.

``get_store() -> Store``: the app's store for in-process reads (the web UI's views), opened on
first use, read-only on disk unless updates are enabled (``KG_UPDATE_TOKEN``).
``get_pool() -> QueryPool``: the worker processes that run client queries under a time limit.
``refresh_pool()`` makes the workers see the store after an update.
"""

from __future__ import annotations

import atexit
import tempfile
import threading
from pathlib import Path

import pyoxigraph as ox
from flask import Flask, current_app

from kg.rdf.namespaces import PREFIXES
from kg.store import Store, open_store
from server.pool import QueryPool, Source

_lock = threading.RLock()


def get_store() -> Store:
    """-> the app's store, opened on first use."""
    ext = current_app.extensions
    if "kg_store" not in ext:
        with _lock:
            if "kg_store" not in ext:
                loc = current_app.config["KG_STORE"]
                if isinstance(loc, Store):
                    ext["kg_store"] = loc
                else:
                    writable = bool(current_app.config.get("KG_UPDATE_TOKEN"))
                    st = open_store(loc, read_only=str(loc) != "memory" and not writable)
                    ext["kg_store"] = st
                    atexit.register(st.close)
    return ext["kg_store"]


def _snapshot_source(app: Flask) -> Source:
    """-> where workers read: the store folder itself when nobody writes to it, else a
    checkpoint (on disk) or an N-Quads dump (in memory) taken now."""
    loc = app.config["KG_STORE"]
    updatable = bool(app.config.get("KG_UPDATE_TOKEN"))
    if not isinstance(loc, Store) and str(loc) != "memory" and not updatable:
        return ("dir", str(loc))
    with app.app_context():
        st = get_store()
    if st.location != "memory" and st.read_only:
        return ("dir", st.location)
    tmp = Path(tempfile.mkdtemp(prefix="kg-pool-"))
    if st.location != "memory":
        st.flush()
        target = tmp / "snap-db"
        st.backup(target)
        return ("dir", str(target))
    target = tmp / "snap-dump.nq"
    ox.serialize(st.quads(), output=str(target), format=ox.RdfFormat.N_QUADS)
    return ("nquads", str(target))


def get_pool() -> QueryPool:
    """-> the app's query worker pool, started on first use."""
    app = current_app._get_current_object()  # noqa: SLF001
    ext = app.extensions
    if "kg_pool" not in ext:
        with _lock:
            if "kg_pool" not in ext:
                prefixes = {k: str(v) for k, v in PREFIXES.items()}
                pool = QueryPool(
                    lambda: _snapshot_source(app), app.config["KG_QUERY_WORKERS"], prefixes
                )
                ext["kg_pool"] = pool
                atexit.register(pool.close)
    return ext["kg_pool"]


def refresh_pool() -> None:
    """After an update: new workers read the new data (no-op before the pool started)."""
    pool = current_app.extensions.get("kg_pool")
    if pool is not None:
        pool.refresh()


def init_app(app: Flask) -> None:
    """Register the store with ``app`` (nothing is opened until the first request)."""
    app.extensions.setdefault("kg", {})
