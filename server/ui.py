"""Web UI pages, server-rendered (they work without JavaScript), in Arabic or English.

``/`` and ``/search?q=`` who said what about an actor, grouped by speaker; ``/entity/<key>``
an actor's statements, events and positions; ``/articles`` and ``/article/<id>`` an article with
its actors, statements and events highlighted; ``/suggest?q=`` KB name suggestions (JSON).
"""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, redirect, render_template, request

from kg import views
from server import i18n, uidata
from server.db import get_store

bp = Blueprint("ui", __name__)


@bp.record_once
def _setup(state) -> None:  # type: ignore[no-untyped-def]
    i18n.install(state.app)


@bp.route("/")
@bp.route("/search")
def search() -> str:
    """The who-said-what search box and, with ``?q=``, its results."""
    q = (request.args.get("q") or "").strip()
    data = uidata.search(get_store(), q) if q else None
    hints = uidata.suggest(q) if q and data and not data["actors"] else []
    return render_template("search.html", q=q, data=data, hints=hints, link=uidata.entity_link)


@bp.route("/suggest")
def suggest() -> Response:
    """-> JSON list of KB names containing ``?q=`` (for the search box's suggestions)."""
    return jsonify(uidata.suggest(request.args.get("q", "")))


@bp.route("/entity")
def entity_by_name() -> Response:
    """``?name=`` -> redirect to the first matching actor's page (404 when none)."""
    name = request.args.get("name", "")
    found = [uidata.actor_key(a) for a in views.resolve_actors(get_store(), name)] if name else []
    found = [k for k in found if k]
    if not found:
        return Response(render_template("notfound.html", what=name), status=404)
    return redirect(i18n.lang_url("ui.entity", key=found[0]))


@bp.route("/entity/<path:key>")
def entity(key: str) -> Response | str:
    """An actor's page."""
    data = uidata.actor_page(get_store(), key)
    if data is None:
        return Response(render_template("notfound.html", what=key), status=404)
    return render_template("entity.html", d=data, link=uidata.entity_link)


@bp.route("/articles")
def articles() -> str:
    """The list of articles."""
    return render_template("articles.html", items=uidata.articles(get_store()))


@bp.route("/article/<path:article_id>")
def article(article_id: str) -> Response | str:
    """An article with its annotations highlighted."""
    data = uidata.article_page(get_store(), article_id)
    if data is None:
        return Response(render_template("notfound.html", what=article_id), status=404)
    return render_template("article.html", a=data, link=uidata.entity_link)
