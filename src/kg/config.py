"""Settings, layered: defaults <- ``KG_*`` environment <- command-line options.

``load_settings(**overrides) -> Settings``; ``None`` overrides are ignored, so CLI options that
were not given fall back to the environment, then to the defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from kg.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    store: str = "data/store"  # a folder, "memory", or (later) an http(s) SPARQL endpoint
    quarantine: str = "data/quarantine"
    max_bytes: int = 5 * 1024 * 1024
    host: str = "127.0.0.1"
    port: int = 5000
    query_timeout: float = 10.0
    max_rows: int = 10000
    threads: int = 4
    workers: int = 1
    executor: str = "local"  # how `kg build` runs extraction: "local" processes or "dask"
    scheduler: str = ""  # a Dask scheduler address (tcp://host:8786); set -> the dask executor


def _coerce(name: str, value: str, typ: type) -> object:
    try:
        return typ(value)
    except ValueError as exc:
        raise ConfigError(f"KG_{name.upper()}={value!r} is not a valid {typ.__name__}") from exc


def load_settings(env: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Defaults, then ``KG_<NAME>`` environment variables, then non-None ``overrides``."""
    env = os.environ if env is None else env
    s = Settings()
    values: dict[str, object] = {}
    for f in fields(Settings):
        raw = env.get(f"KG_{f.name.upper()}")
        if raw not in (None, ""):
            typ = type(getattr(s, f.name))
            values[f.name] = _coerce(f.name, raw, typ)
    for k, v in overrides.items():
        if k not in {f.name for f in fields(Settings)}:
            raise ConfigError(f"unknown setting {k!r}")
        if v is not None:
            values[k] = v
    return replace(s, **values)
