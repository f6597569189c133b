"""SPARQL Update at ``/update``: off unless ``KG_UPDATE_TOKEN`` is set, then only with
``Authorization: Bearer <token>`` (401 without credentials, 403 with wrong ones or when off).

Updates run in the server process on the writable store (they are not killed on timeout:
only token holders can send them); the query workers are refreshed afterwards.
"""

from __future__ import annotations

import hmac

from flask import Blueprint, Response, current_app, request

from kg.errors import QueryError, StoreError
from server.db import get_store, refresh_pool
from server.sparql import FORM, check_limits, text_error

bp = Blueprint("update", __name__)


def _authorised() -> Response | None:
    token = current_app.config.get("KG_UPDATE_TOKEN") or ""
    if not token:
        return text_error(
            403, "SPARQL Update is disabled on this server (set KG_UPDATE_TOKEN to enable it)"
        )
    header = request.headers.get("Authorization", "")
    if not header:
        return text_error(
            401,
            "SPARQL Update needs 'Authorization: Bearer <token>'",
            **{"WWW-Authenticate": 'Bearer realm="kg-update"'},
        )
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), token.encode()
    ):
        return text_error(403, "the update token is not valid")
    return None


@bp.route("/update", methods=["POST"])
def update() -> Response:
    """Apply one SPARQL Update request."""
    denied = _authorised()
    if denied is not None:
        return denied
    ctype = (request.mimetype or "").lower()
    if ctype == "application/sparql-update":
        text = request.get_data(as_text=True)
    elif ctype == FORM:
        text = request.form.get("update", "")
    else:
        return text_error(
            415,
            f"unsupported content type {ctype or '(none)'!r}: POST "
            f"application/sparql-update or {FORM} with update=...",
        )
    if not text.strip():
        return text_error(400, "no update: POST update=... or application/sparql-update")
    limit = check_limits(text)
    if isinstance(limit, Response):
        return limit
    store = get_store()
    try:
        store.update(text)
        store.flush()
    except QueryError as exc:
        return text_error(400, str(exc))
    except StoreError as exc:
        return text_error(500, str(exc))
    refresh_pool()
    return Response(status=204)
