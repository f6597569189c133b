"""HTTP for :mod:`kg.store_remote`: one POST to a SPARQL endpoint, failures as kg errors.

``post(session, timeout, url, body, ctype, ...) -> requests.Response``: connect time-out
``min(10, timeout)``, read time-out ``timeout``; a time-out, an unreachable server, any other
request failure or an HTTP error status is a :class:`StoreError` (a 400 to a query is a
:class:`QueryError`: the server rejected it). ``query_params(default_graph, named_graphs,
union) -> [(name, value)]``: the SPARQL protocol's dataset parameters, plus Oxigraph's
``union-default-graph`` when no default graph is given.
"""

from __future__ import annotations

import requests

from kg.errors import QueryError, StoreError


def post(
    http: requests.Session,
    timeout: float,
    url: str,
    body: str,
    ctype: str,
    accept: str | None = None,
    params: list[tuple[str, str]] | None = None,
    stream: bool = False,
) -> requests.Response:
    """POST ``body`` (``ctype``, UTF-8) to ``url`` -> the response, if its status is < 400."""
    headers = {"Content-Type": f"{ctype}; charset=utf-8"}
    if accept:
        headers["Accept"] = accept
    try:
        r = http.post(
            url,
            data=body.encode("utf-8"),
            headers=headers,
            params=params,
            timeout=(min(10.0, timeout), timeout),
            stream=stream,
        )
    except requests.Timeout as exc:
        raise StoreError(
            f"the SPARQL endpoint {url} did not answer within {timeout:g} s (set KG_REMOTE_TIMEOUT)"
        ) from exc
    except requests.ConnectionError as exc:
        raise StoreError(
            f"cannot reach the SPARQL endpoint {url}: is the server running? ({type(exc).__name__})"
        ) from exc
    except requests.RequestException as exc:
        raise StoreError(f"request to {url} failed: {exc}") from exc
    if r.status_code >= 400:
        msg = r.text[:300].strip()
        if r.status_code == 400 and ctype == "application/sparql-query":
            raise QueryError(f"the endpoint rejected the query: {msg}")
        raise StoreError(f"{url} answered HTTP {r.status_code}: {msg}")
    return r


def query_params(
    default_graph: list[str] | None = None,
    named_graphs: list[str] | None = None,
    union: bool = True,
) -> list[tuple[str, str]]:
    """Dataset of a query -> the SPARQL protocol's request parameters."""
    params = [("default-graph-uri", g) for g in default_graph or ()]
    params += [("named-graph-uri", g) for g in named_graphs or ()]
    if union and not default_graph:
        params.append(("union-default-graph", ""))
    return params
