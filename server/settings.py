"""Server settings beyond :class:`kg.config.Settings`: defaults <- ``KG_*`` environment.

``server_defaults(env=None) -> dict`` gives the Flask config keys the server reads; values in
``create_app(config)`` override them. Lists are comma- or space-separated in the environment.
"""

from __future__ import annotations

import os
from typing import Any

from kg.errors import ConfigError

DEFAULTS: dict[str, Any] = {
    "KG_QUERY_WORKERS": 2,  # query worker processes
    "KG_MAX_QUERY_LENGTH": 20000,  # characters of a query or update
    "KG_UPDATE_TOKEN": "",  # empty: /update is off
    "KG_SERVICE_ALLOWLIST": [],  # SERVICE endpoints a query may call
    "KG_CORS_ORIGINS": ["*"],  # origins allowed to read; [] turns CORS off
    "KG_LOG_REQUESTS": True,
}


def split_list(value: Any) -> list[str]:
    """ "a, b c" or a list -> ["a", "b", "c"]."""
    if isinstance(value, str):
        return [v for v in value.replace(",", " ").split() if v]
    return [str(v) for v in value or []]


def server_defaults(env: dict[str, str] | None = None) -> dict[str, Any]:
    """-> the server's config keys: defaults, overridden by ``KG_*`` environment variables."""
    env = os.environ if env is None else env
    out = dict(DEFAULTS)
    for key, default in DEFAULTS.items():
        raw = env.get(key)
        if raw is None:
            continue
        if isinstance(default, bool):
            out[key] = raw.strip().lower() not in ("0", "false", "no", "off", "")
        elif isinstance(default, int):
            try:
                out[key] = int(raw)
            except ValueError as exc:
                raise ConfigError(f"{key}={raw!r} is not a whole number") from exc
        elif isinstance(default, list):
            out[key] = split_list(raw)
        else:
            out[key] = raw
    return out
