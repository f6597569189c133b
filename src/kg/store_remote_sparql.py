"""SPARQL helpers of :mod:`kg.store_remote`: bindings as a VALUES block, answers as rdflib.

``with_values(sparql, bindings) -> str`` puts ``VALUES (?v…) { (term…) }`` first in the query's
outermost WHERE group, each value serialised by pyoxigraph (escaped, IRIs validated).
``to_result(parsed) -> Result`` turns pyoxigraph query results into an rdflib Result with the
term types the embedded store gives. ``rename_bnodes(nt, tag)`` prefixes blank-node labels.
``endpoints(url) -> (query, update, graph store)`` URLs of a server. ``graph_of(nt) -> Graph``
reads an N-Triples answer. ``stamp_of(nt, article)`` reads an article's :data:`Stamp` (content
hash, software agent) from its N-Triples (all stored ones: ``kg/queries/article-stamps.rq``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from oxrdflib._converter import from_ox
from rdflib import Graph, Literal, URIRef, Variable
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import KGO, PREFIXES

_VAR = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_TOKEN = re.compile(
    r"(?P<comment>#[^\n]*)"
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<word>[?$]?[A-Za-z_][A-Za-z_0-9]*)"
    r"|(?P<other>.)",
    re.S,
)


def to_ox(term: URIRef | Literal) -> Any:
    """An rdflib IRI or literal -> the pyoxigraph term (which validates and escapes it)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def _term(value: Any) -> str:
    """A binding value (rdflib term or Python scalar) -> its SPARQL/N-Triples text."""
    if not isinstance(value, (URIRef, Literal)):
        if hasattr(value, "n3"):  # a blank node cannot be bound by VALUES
            raise QueryError(f"cannot bind {value!r}: only IRIs and literals can be bound")
        value = Literal(value)
    try:
        return str(to_ox(value))
    except (ValueError, TypeError) as exc:
        raise QueryError(f"cannot bind {value!r}: {exc}") from exc


def with_values(sparql: str, bindings: Mapping[str, Any] | None) -> str:
    """A query and ``{var: term}`` -> the query with ``VALUES (?var…) { (term…) }`` inserted
    right after the ``{`` that opens its outermost WHERE group (comments, strings and IRIs are
    skipped when looking for it). The short form ``CONSTRUCT WHERE {…}`` cannot take bindings."""
    if not bindings:
        return sparql
    names = [str(k).lstrip("?$") for k in bindings]
    for n in names:
        if not _VAR.fullmatch(n):
            raise QueryError(f"{n!r} is not a SPARQL variable name")
    block = "VALUES ({}) {{ ({}) }}\n".format(
        " ".join(f"?{n}" for n in names), " ".join(_term(v) for v in bindings.values())
    )
    form = None
    where_at = None
    paren = brace = 0
    prev = ""  # the previous token, to tell ``CONSTRUCT WHERE {`` from ``} WHERE {``
    for m in _TOKEN.finditer(sparql):
        kind, text = m.lastgroup, m.group()
        if kind == "comment" or text.isspace():
            continue
        up, prev_tok, prev = text.upper(), prev, text.upper()
        if kind == "word":
            if form is None and up in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = up
            if up == "WHERE" and brace == 0 and paren == 0:
                where_at = prev_tok
        elif kind == "other":
            if text == "(":
                paren += 1
            elif text == ")":
                paren -= 1
            elif text == "}":
                brace -= 1
            elif text == "{":
                opens_where = where_at is not None or form in ("SELECT", "ASK", "DESCRIBE")
                if brace == 0 and paren == 0 and opens_where:
                    if form == "CONSTRUCT" and where_at == "CONSTRUCT":
                        break
                    return sparql[: m.end()] + "\n" + block + sparql[m.end() :]
                brace += 1
    raise QueryError(
        "cannot bind variables in this query: no WHERE group found "
        "(CONSTRUCT WHERE short form or a malformed query)"
    )


def to_result(parsed: Any) -> Result:
    """pyoxigraph query results -> an rdflib Result with the embedded store's term types
    (plain strings as ``xsd:string`` literals, as oxrdflib gives them)."""
    if isinstance(parsed, ox.QueryBoolean):
        res = Result("ASK")
        res.askAnswer = bool(parsed)
        return res
    res = Result("SELECT")
    names = [v.value for v in parsed.variables]
    res.vars = [Variable(n) for n in names]
    res.bindings = [
        {Variable(n): from_ox(sol[n]) for n in names if sol[n] is not None} for sol in parsed
    ]
    return res


def rename_bnodes(ntriples: str, tag: str) -> str:
    """N-Triples -> the same with every blank node label prefixed by ``tag``."""

    def rn(t: Any) -> Any:
        return ox.BlankNode(f"a{tag}_{t.value}") if isinstance(t, ox.BlankNode) else t

    try:
        return "".join(
            f"{ox.Triple(rn(q.subject), q.predicate, rn(q.object))} .\n"
            for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
        )
    except SyntaxError as exc:
        raise StoreError(f"not valid N-Triples: {exc}") from exc


def endpoints(url: str) -> tuple[str, str, str]:
    """A store URL -> (query URL, update URL, Graph Store URL)."""
    u = url.rstrip("/")
    head, _, last = u.rpartition("/")
    if last in ("query", "sparql") and head.count("/") >= 2:  # not the bare "http://host"
        return u, head + "/update", head + "/store"
    return u + "/query", u + "/update", u + "/store"


def graph_of(nt: bytes) -> Graph:
    """An N-Triples answer -> an rdflib Graph with kg's prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, str(ns))
    for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES):
        g.add(from_ox(q.triple))
    return g


_HASH = ox.NamedNode(str(KGO.contentHash))
_AGENT = ox.NamedNode(str(KGO.extractedBy))

#: (content hash, software agent IRI) of a stored article: what a build compares
Stamp = tuple[str, str | None]


def stamp_of(ntriples: str, article: ox.NamedNode) -> Stamp | None:
    """An article's N-Triples -> its (content hash, software agent IRI), None without a hash."""
    found: dict[str, str] = {}
    for key, pred in (("h", _HASH), ("agent", _AGENT)):
        prefix = f"{article} {pred} "
        for line in ntriples.splitlines():
            if line.startswith(prefix):
                found[key] = next(iter(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))).object.value
                break
    return (found["h"], found.get("agent")) if "h" in found else None
