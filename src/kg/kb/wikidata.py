"""A polite, cached, opt-in client for Wikidata (API and query service).

``WikidataClient(cache_dir, allow_network=...)``; ``client.entities(qids) -> dict[qid, WDEntity]``
(Arabic and English labels and aliases from ``wbgetentities``, then P31 types and P39 positions
held from the query service with ``wikidata-claims.rq`` -- whole items weigh megabytes --, both
in batches of at most 50 ids, cached one item a file); ``client.search(name) -> list[WDHit]``
(``wbsearchentities``, ``language=ar``).

Wikidata's rules are followed: a descriptive User-Agent with a contact URL, one request at a
time with a minimum interval, ``maxlag=5`` (API), HTTP 429/503 and ``maxlag`` errors honour
``Retry-After``, 5xx and time-outs are retried with exponential back-off a bounded number of
times; answers are cached on disk (``cache_dir``) and reused for ``max_age_days``.

Nothing here runs during a build. The client refuses to touch the network unless built with
``allow_network=True`` (the ``kg kb`` commands do so unless ``--offline``), and never when the
environment says ``KG_OFFLINE=1``; offline, only cached answers are used.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import requests

from kg import __version__
from kg.kb.wikidata_parse import (
    LANGS,
    WDEntity,
    WDHit,
    WDPosition,
    WikidataError,
    claims_from_cache,
    claims_query,
    claims_to_cache,
    parse_claims,
    parse_entity,
)

__all__ = [
    "API",
    "WDEntity",
    "WDHit",
    "WDPosition",
    "WikidataClient",
    "WikidataError",
    "parse_entity",
]

API = "https://www.wikidata.org/w/api.php"
SPARQL = "https://query.wikidata.org/sparql"
CONTACT = "https://w3id.org/arabic-news-kg"
_QID = re.compile(r"Q[1-9][0-9]*")
BATCH = 50  # wbgetentities accepts at most 50 ids per request
MAX_WAIT = 300.0  # a Retry-After longer than this (s) is an error, not a wait


def _qid(q: str) -> str:
    """-> ``q`` upper-cased, or WikidataError when it is not a QID (it goes into a query)."""
    if not _QID.fullmatch(q.upper()):
        raise WikidataError(f"{q!r} is not a Wikidata QID")
    return q.upper()


def _retry_after(r: requests.Response, default: float) -> float:
    raw = r.headers.get("Retry-After")
    if not raw:
        return default
    try:
        return max(0.0, float(raw))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(raw).timestamp() - time.time())
        except (TypeError, ValueError):
            return default


class WikidataClient:
    """See the module docstring. ``sleep`` and ``session`` can be replaced (tests)."""

    def __init__(
        self,
        cache_dir: str | Path | None,
        *,
        allow_network: bool,
        contact: str | None = None,
        api: str = API,
        sparql: str = SPARQL,
        timeout: float = 30.0,
        max_retries: int = 4,
        min_interval: float = 1.0,
        maxlag: int = 5,
        max_age_days: float = 30.0,
        session: requests.Session | None = None,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.allow_network = allow_network and os.environ.get("KG_OFFLINE", "") in ("", "0")
        self.api, self.sparql = api, sparql
        self.timeout, self.max_retries = timeout, max_retries
        self.min_interval, self.maxlag, self.max_age = min_interval, maxlag, max_age_days * 86400
        contact = contact or os.environ.get("KG_WIKIDATA_CONTACT") or CONTACT
        self.user_agent = (
            f"kg-arabic-news-kg/{__version__} ({contact}) python-requests/{requests.__version__}"
        )
        self._http = session
        self._sleep = sleep or time.sleep  # looked up now: tests may patch it
        self._last = 0.0
        self.requests_sent = 0

    # ------------------------------------------------------------------ cache
    def _cached(self, path: Path | None) -> Any:
        if path is None or not path.is_file():
            return None
        if self.max_age and time.time() - path.stat().st_mtime > self.max_age:
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a damaged cache file is refetched

    @staticmethod
    def _store(path: Path | None, data: Any) -> None:
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)

    # ------------------------------------------------------------------ HTTP
    def _get(
        self, params: dict[str, str], check: Callable[[dict], None], url: str | None = None
    ) -> dict:
        """One call (API, or the query service when ``url`` is given) with Wikidata's
        etiquette -> the decoded JSON (``check`` validates it)."""
        if not self.allow_network:
            raise WikidataError(
                "network access to Wikidata is off (offline, or KG_OFFLINE=1) "
                "and the answer is not in the cache"
            )
        if self._http is None:
            self._http = requests.Session()
        params = {**params, "format": "json"}
        if url is None:
            params["maxlag"] = str(self.maxlag)
        problem = "no attempt"
        for attempt in range(self.max_retries + 1):
            wait = min(60.0, 2.0**attempt)
            delay = self.min_interval - (time.monotonic() - self._last)
            if delay > 0:
                self._sleep(delay)
            self._last = time.monotonic()
            self.requests_sent += 1
            try:
                r = self._http.get(
                    url or self.api,
                    params=params,
                    timeout=(10.0, self.timeout),
                    headers={"User-Agent": self.user_agent},
                )
            except requests.Timeout:
                problem = f"no answer within {self.timeout:g} s"
                if attempt < self.max_retries:
                    self._sleep(wait)
                continue
            except requests.RequestException as exc:
                problem = f"cannot connect ({type(exc).__name__})"
                if attempt < self.max_retries:
                    self._sleep(wait)
                continue
            if r.status_code in (429, 503) or r.status_code >= 500:
                problem = f"HTTP {r.status_code}"
                wait = _retry_after(r, wait)
                if wait > MAX_WAIT:
                    raise WikidataError(f"Wikidata asks us to wait {wait:.0f} s; try later")
                if attempt < self.max_retries:
                    self._sleep(wait)
                continue
            if r.status_code >= 400:
                raise WikidataError(f"Wikidata answered HTTP {r.status_code}: {r.text[:200]}")
            try:
                data = r.json()
            except ValueError as exc:
                raise WikidataError(
                    f"Wikidata sent something that is not JSON: {r.text[:120]!r}"
                ) from exc
            if not isinstance(data, dict):
                raise WikidataError("malformed answer from Wikidata: not a JSON object")
            err = data.get("error")
            if isinstance(err, dict) and err.get("code") == "maxlag":
                problem = "database lag (maxlag)"
                self._sleep(min(MAX_WAIT, _retry_after(r, 5.0)))
                continue
            if err:
                info = err.get("info") if isinstance(err, dict) else err
                raise WikidataError(f"Wikidata refused the request: {info}")
            check(data)
            return data
        raise WikidataError(
            f"gave up on Wikidata after {self.max_retries + 1} attempts (last: {problem})"
        )

    # ------------------------------------------------------------------ API
    def entities(self, qids: Iterable[str], claims: bool = True) -> dict[str, WDEntity]:
        """QIDs -> {asked qid: WDEntity}: labels and aliases from ``wbgetentities`` (batches of
        50), P31/P39 from the query service when ``claims`` (whole items, with every claim,
        weigh megabytes: the query asks for those two properties only). Cached per item."""
        wanted = list(dict.fromkeys(_qid(q) for q in qids))
        raw: dict[str, Any] = {}
        todo = []
        for q in wanted:
            hit = self._cached(self._path("entity", q))
            if hit is None:
                todo.append(q)
            else:
                raw[q] = hit
        for i in range(0, len(todo), BATCH):
            batch = todo[i : i + BATCH]

            def check(data: dict) -> None:
                if not isinstance(data.get("entities"), dict):
                    raise WikidataError("malformed wbgetentities answer: no 'entities' object")

            params = {
                "action": "wbgetentities",
                "ids": "|".join(batch),
                "props": "labels|aliases",
                "languages": "|".join(LANGS),
            }
            by_id = self._get(params, check)["entities"]
            redirected = {
                (v.get("redirects") or {}).get("from"): v
                for v in by_id.values()
                if isinstance(v, dict) and v.get("redirects")
            }
            for q in batch:
                obj = by_id.get(q, redirected.get(q))
                if obj is None:
                    raise WikidataError(f"malformed wbgetentities answer: {q} is absent")
                parse_entity(q, obj)  # validate before caching
                raw[q] = obj
                self._store(self._path("entity", q), obj)
        out = {q: parse_entity(q, raw[q]) for q in wanted}
        if claims:
            found = self.claims(e.qid for e in out.values() if not e.missing)
            out = {
                q: replace(e, types=found[e.qid][0], positions=found[e.qid][1])
                if e.qid in found
                else e
                for q, e in out.items()
            }
        return out

    def claims(self, qids: Iterable[str]) -> dict[str, tuple[tuple[str, ...], tuple]]:
        """QIDs -> {qid: (P31 items, P39 WDPositions)} from the query service, 50 a query."""
        wanted = list(dict.fromkeys(_qid(q) for q in qids))
        out: dict[str, tuple[tuple[str, ...], tuple]] = {}
        todo = []
        for q in wanted:
            hit = self._cached(self._path("claims", q))
            if hit is None:
                todo.append(q)
            else:
                out[q] = claims_from_cache(hit)
        for i in range(0, len(todo), BATCH):
            batch = todo[i : i + BATCH]

            def check(data: dict) -> None:
                if not isinstance((data.get("results") or {}).get("bindings"), list):
                    raise WikidataError("malformed query service answer: no results.bindings")

            query = claims_query(batch)  # QIDs checked by _qid: safe in the query text
            data = self._get({"query": query}, check, url=self.sparql)
            parsed = parse_claims(data["results"]["bindings"])
            for q in batch:
                out[q] = parsed.get(q, ((), ()))
                self._store(self._path("claims", q), claims_to_cache(out[q]))
        return out

    def search(self, name: str, language: str = "ar", limit: int = 7) -> list[WDHit]:
        """A name -> Wikidata items whose label or alias matches (``wbsearchentities``)."""
        params = {
            "action": "wbsearchentities",
            "search": name,
            "language": language,
            "uselang": language,
            "type": "item",
            "limit": str(limit),
        }
        path = self._path("search", json.dumps(params, sort_keys=True, ensure_ascii=False))
        data = self._cached(path)
        if data is None:

            def check(d: dict) -> None:
                if not isinstance(d.get("search"), list):
                    raise WikidataError("malformed wbsearchentities answer: no 'search' list")

            data = self._get(params, check)
            self._store(path, data)
        hits = []
        for h in data["search"]:
            if not isinstance(h, dict) or not h.get("id"):
                raise WikidataError("malformed wbsearchentities answer: a hit without 'id'")
            m = h.get("match") or {}
            hits.append(
                WDHit(h["id"], h.get("label"), h.get("description"), m.get("text"), m.get("type"))
            )
        return hits

    def _path(self, kind: str, key: str) -> Path | None:
        if self.cache_dir is None:
            return None
        if kind in ("entity", "claims"):
            return self.cache_dir / ("entities" if kind == "entity" else "claims") / f"{key}.json"
        return self.cache_dir / kind / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"
