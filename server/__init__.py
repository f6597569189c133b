"""kg web server: ``create_app(config=None) -> Flask``.

Configuration is layered: defaults, then ``KG_*`` environment variables, then ``config``.
Blueprints: :mod:`server.sparql` (the SPARQL endpoint).
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from kg.config import load_settings


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask app; ``config`` keys (``KG_STORE`` ...) override the environment."""
    app = Flask(__name__)
    s = load_settings()
    app.config.from_mapping(
        KG_STORE=s.store,
        KG_QUERY_TIMEOUT=s.query_timeout,
        KG_MAX_ROWS=s.max_rows,
        JSON_AS_ASCII=False,
    )
    if config:
        app.config.update(config)

    from server import db, sparql

    db.init_app(app)
    app.register_blueprint(sparql.bp)
    return app
