"""kg web server: ``create_app(config=None) -> Flask``.

Configuration is layered: defaults, then ``KG_*`` environment variables, then ``config``
(see :mod:`server.settings` for the server's own keys). Blueprints: :mod:`server.sparql`
(SPARQL Protocol), :mod:`server.gsp` (Graph Store Protocol, read), :mod:`server.update`
(SPARQL Update, token only), :mod:`server.ui` and :mod:`server.ui_tools` (web UI),
:mod:`server.ontology` (the ontology page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask app; ``config`` keys (``KG_STORE`` ...) override the environment."""
    from flask import Flask

    from kg.config import load_settings
    from server.settings import server_defaults, split_list

    app = Flask(__name__)
    s = load_settings()
    app.config.from_mapping(
        KG_STORE=s.store,
        KG_QUERY_TIMEOUT=s.query_timeout,
        KG_MAX_ROWS=s.max_rows,
        JSON_AS_ASCII=False,
    )
    app.config.from_mapping(server_defaults())
    if config:
        app.config.update(config)
    for key in ("KG_SERVICE_ALLOWLIST", "KG_CORS_ORIGINS"):
        app.config[key] = split_list(app.config[key])
    app.json.ensure_ascii = False

    from server import db, gsp, middleware, ontology, sparql, ui, ui_tools, update

    db.init_app(app)
    middleware.install(app)
    for module in (sparql, gsp, update, ui, ui_tools, ontology):
        app.register_blueprint(module.bp)
    return app
