"""N-Triples terms for :mod:`kg.rdf.mapping`: vocabulary IRIs and literal constructors.

Every function returns one term as N-Triples text (``<iri>``, ``"lex"``, ``"lex"@ar``,
``"lex"^^<datatype>``); string literals are escaped by pyoxigraph.
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox

from kg.rdf.iris import nt_iri
from kg.rdf.namespaces import (
    KGO,
    NIF,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SEM,
    TIME,
    XSD,
    TermNamespace,
)


def _ns(ns: Any) -> TermNamespace:
    return TermNamespace(ns, nt_iri)


K, N, S = _ns(KGO), _ns(NIF), _ns(SDO)
A = _ns(RDF).type
LABEL, SAME_AS = _ns(RDFS).label, _ns(OWL).sameAs
SEM_TYPE, SEM_PLACE, SEM_TIME = _ns(SEM).eventType, _ns(SEM).hasPlace, _ns(SEM).hasTime
TIME_NS = _ns(TIME)
ACTOR_CLASS = {t: getattr(K, t) for t in ("Person", "Organization", "Country", "Place", "Facility")}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
ROLE_PROP = {"agent": K.hasAgent, "target": K.hasTarget}
CASUALTY_PROP = {"killed": K.killed, "injured": K.injured}
_X = str(XSD)
TRUE, FALSE = f'"true"^^<{_X}boolean>', f'"false"^^<{_X}boolean>'
_Lit = ox.Literal
#: one triple, each term in its N-Triples form
Triple = tuple[str, str, str]


def lit_str(value: str) -> str:
    """A plain string literal (xsd:string, as RDF 1.1 makes every simple literal)."""
    return str(_Lit(value))


def lit_lang(value: str, lang: str = "ar") -> str:
    return str(_Lit(value, language=lang))


def lit_typed(lexical: str, datatype: str) -> str:
    """A lexical form that needs no escaping (digits, dates, checked by the caller) -> literal."""
    return f'"{lexical}"^^<{_X}{datatype}>'


def lit_int(n: int) -> str:
    """An offset or count, typed xsd:integer (the shapes add >= 0): Oxigraph stores derived
    integer types such as xsd:nonNegativeInteger as xsd:integer, so this round-trips."""
    return f'"{int(n)}"^^<{_X}integer>'


def lit_bool(b: object) -> str:
    return TRUE if b else FALSE


def lit_date(value: str) -> str | None:
    if DATE.match(value):
        return lit_typed(value, "date")
    if _DATETIME.match(value):
        return lit_typed(value if value.count(":") == 2 else value + ":00", "dateTime")
    return None


PROV_NS = _ns(PROV)


def lit_uri(value: str) -> str:
    """A URL -> an xsd:anyURI literal (escaped by pyoxigraph)."""
    return str(_Lit(value, datatype=ox.NamedNode(_X + "anyURI")))
