"""Cross-cutting behaviour: CORS, request logging with timings, errors without stack traces.

``install(app)`` registers the hooks. CORS: origins in ``KG_CORS_ORIGINS`` ("*" by default)
may read (GET, HEAD, POST to the query endpoint); ``/update`` is only open to origins listed
by name. Every request is logged on ``kg.server`` as ``METHOD path status bytes ms``.
"""

from __future__ import annotations

import logging
import time
import uuid

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from kg.errors import KGError, StoreError

log = logging.getLogger("kg.server")
READ_METHODS = "GET, HEAD, POST, OPTIONS"


def _cors(resp: Response, app: Flask) -> Response:
    origins = app.config["KG_CORS_ORIGINS"]
    origin = request.headers.get("Origin")
    if not origin or not origins:
        return resp
    is_update = request.path.startswith("/update")
    if origin in origins:
        allow = origin
    elif "*" in origins and not is_update:
        allow = "*"
    else:
        return resp
    resp.headers["Access-Control-Allow-Origin"] = allow
    resp.headers["Access-Control-Allow-Methods"] = "POST, OPTIONS" if is_update else READ_METHODS
    resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept" + (
        ", Authorization" if is_update else ""
    )
    resp.headers["Access-Control-Max-Age"] = "600"
    if allow != "*":
        resp.headers.add("Vary", "Origin")
    return resp


def _log_to_stderr() -> None:
    """Requests go to stderr unless logging was set up elsewhere (``kg serve`` sets up the root
    logger; a handler here as well would print every line twice)."""
    if not log.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    if log.level == logging.NOTSET:
        log.setLevel(logging.INFO)


def install(app: Flask) -> None:
    """Register CORS, logging and error handlers on ``app``."""
    _log_to_stderr()

    @app.before_request
    def _start() -> Response | None:
        g.kg_t0 = time.perf_counter()
        if request.method == "OPTIONS" and request.headers.get("Access-Control-Request-Method"):
            return Response(status=204)  # preflight; headers added below
        return None

    @app.after_request
    def _finish(resp: Response) -> Response:
        resp = _cors(resp, app)
        if app.config["KG_LOG_REQUESTS"]:
            ms = (time.perf_counter() - g.get("kg_t0", time.perf_counter())) * 1000
            log.info(
                "%s %s %s %s %.1fms",
                request.method,
                request.path,
                resp.status_code,
                resp.calculate_content_length() or "-",
                ms,
            )
        return resp

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        resp = Response(
            f"{exc.code} {exc.name}: {exc.description}\n", status=exc.code, mimetype="text/plain"
        )
        if exc.code == 405:
            allowed = exc.get_response().headers.get("Allow")
            if allowed:
                resp.headers["Allow"] = allowed
        return resp

    @app.errorhandler(KGError)
    def _kg_error(exc: KGError) -> Response:
        # kg's own errors carry a message meant for people (no internals): say it
        log.error("%s on %s %s: %s", type(exc).__name__, request.method, request.path, exc)
        status = 503 if isinstance(exc, StoreError) else 500
        return Response(f"{exc}\n", status=status, mimetype="text/plain")

    @app.errorhandler(Exception)
    def _internal(exc: Exception) -> Response:
        ref = uuid.uuid4().hex[:8]
        log.exception("internal error %s on %s %s", ref, request.method, request.path)
        return Response(
            f"internal server error (reference {ref}; see the server log)\n",
            status=500,
            mimetype="text/plain",
        )
