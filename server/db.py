"""The store, opened once per app (read-only on disk) and closed when the process ends."""

from __future__ import annotations

import atexit

from flask import Flask, current_app

from kg.store import Store, open_store


def get_store() -> Store:
    """-> the app's store, opened on first use."""
    ext = current_app.extensions
    if "kg_store" not in ext:
        loc = current_app.config["KG_STORE"]
        if isinstance(loc, Store):
            ext["kg_store"] = loc
        else:
            ext["kg_store"] = open_store(loc, read_only=str(loc) != "memory")
            atexit.register(ext["kg_store"].close)
    return ext["kg_store"]


def init_app(app: Flask) -> None:
    """Register the store with ``app`` (nothing is opened until the first request)."""
    app.extensions.setdefault("kg", {})
