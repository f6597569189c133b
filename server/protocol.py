"""SPARQL protocol helpers: content negotiation and a small SPARQL lexer.

``negotiate(accept, offers) -> key | None``: an ``Accept`` header and ``[(key, mime), ...]`` in
the server's order of preference -> the best key (None: 406).
``inspect(text, default_prefixes) -> (form, service_targets)``: the query form (SELECT, ASK,
CONSTRUCT, DESCRIBE, or None for an update / unknown) and every ``SERVICE`` target, IRIs
resolved and variables as ``?name``, without parsing the whole query.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

RESULT_MIMES = [
    ("json", "application/sparql-results+json"),
    ("xml", "application/sparql-results+xml"),
    ("csv", "text/csv"),
    ("tsv", "text/tab-separated-values"),
    ("json", "application/json"),
    ("xml", "application/xml"),
]
GRAPH_MIMES = [
    ("turtle", "text/turtle"),
    ("ntriples", "application/n-triples"),
    ("jsonld", "application/ld+json"),
    ("trig", "application/trig"),
    ("nquads", "application/n-quads"),
    ("rdfxml", "application/rdf+xml"),
    ("ntriples", "text/plain"),
    ("jsonld", "application/json"),
]
MIME_OF = {k: m for k, m in RESULT_MIMES[:4] + GRAPH_MIMES[:6]}
# ?format= short names (handy for links and the no-JS editor form)
FORMAT_ALIASES = {
    "json": "json",
    "xml": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "ttl": "turtle",
    "turtle": "turtle",
    "nt": "ntriples",
    "ntriples": "ntriples",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "trig": "trig",
    "nq": "nquads",
    "nquads": "nquads",
    "rdfxml": "rdfxml",
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``text/csv;q=0.5, */*`` -> [("text/csv", 0.5), ("*/*", 1.0)]."""
    out = []
    for part in (header or "*/*").split(","):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q))
    return out


def _quality(mime: str, accepted: list[tuple[str, float]]) -> float:
    best, spec = 0.0, -1
    major = mime.split("/")[0]
    for rng, q in accepted:
        s = 2 if rng == mime else 1 if rng == f"{major}/*" else 0 if rng == "*/*" else -1
        if s > spec:
            best, spec = q, s
    return best if spec >= 0 else 0.0


def negotiate(accept: str | None, offers: list[tuple[str, str]]) -> str | None:
    """-> the key of the offer the client prefers most (server order breaks ties), or None."""
    accepted = parse_accept(accept)
    best_key, best_q = None, 0.0
    for key, mime in offers:
        q = _quality(mime, accepted)
        if q > best_q:
            best_key, best_q = key, q
    return best_key


def prefers_html(accept: str | None) -> bool:
    """True when the client asks for text/html explicitly (a browser) over Turtle."""
    accepted = parse_accept(accept)
    return any(r == "text/html" and q > 0 for r, q in accepted) and _quality(
        "text/html", accepted
    ) >= _quality("text/turtle", accepted)


# ---------------------------------------------------------------------------- lexer
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?:
               (?:[\w\-:%\u00c0-\uffff]|\\.|\.(?=[\w\-:%]))*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
""",
    re.VERBOSE | re.DOTALL,
)

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def iter_tokens(text: str) -> Iterator[tuple[str, str]]:
    """SPARQL text -> (kind, text) pairs, lazily, without whitespace and comments."""
    for m in _TOKEN.finditer(text):
        if m.lastgroup not in ("ws", "comment"):
            yield m.lastgroup or "other", m.group()


def tokens(text: str) -> list[tuple[str, str]]:
    """SPARQL text -> [(kind, text)] without whitespace and comments."""
    return list(iter_tokens(text))


def inspect(text: str, default_prefixes: dict[str, str]) -> tuple[str | None, list[str]]:
    """-> (query form or None, SERVICE targets as IRIs, ``?var`` or ``<unknown>``)."""
    if "service" not in text.lower():  # no SERVICE call possible: stop at the query form
        for kind, tok in iter_tokens(text):
            if kind == "word" and tok.upper() in FORMS:
                return tok.upper(), []
        return None, []
    toks = tokens(text)
    prefixes = dict(default_prefixes)
    form = None
    services = []
    for i, (kind, tok) in enumerate(toks):
        up = tok.upper() if kind == "word" else ""
        if up == "PREFIX" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
        elif up in FORMS and form is None:
            form = up
        elif up == "SERVICE":
            j = i + 1
            if j < len(toks) and toks[j][1].upper() == "SILENT":
                j += 1
            k, t = toks[j] if j < len(toks) else ("other", "")
            if k == "iri":
                services.append(t[1:-1])
            elif k == "pname":
                pfx, _, local = t.partition(":")
                services.append(prefixes[pfx] + local if pfx in prefixes else "<unknown>")
            else:
                services.append(t or "<unknown>")
    return form, services


def refused_services(services: list[str], allowlist: list[str]) -> list[str]:
    """-> the SERVICE targets not on the allowlist (variables are never allowed)."""
    allowed = {a.rstrip("/") for a in allowlist}
    return [s for s in services if s.rstrip("/") not in allowed]
