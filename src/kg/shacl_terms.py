"""N-Triples literal terms, read the way SHACL needs them (for :mod:`kg.shacl_gate`).

``datatype_of('"x"@ar') -> '<…rdf-syntax-ns#langString>'``, ``lexical(term) -> str`` (escapes
undone), ``well_formed(term) -> bool`` (the lexical form is valid for the datatypes kg writes;
other datatypes are taken as they are). Terms are single N-Triples terms as Oxigraph writes
them: ``"lex"``, ``"lex"@tag`` or ``"lex"^^<datatype>``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib.namespace import RDF, XSD

_STRING = f"<{XSD.string}>"
_LANG_STRING = f"<{RDF.langString}>"
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_SIMPLE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_TZ = r"(Z|[+-]\d{2}:\d{2})?"
#: lexical-form checks for the datatypes kg writes (XSD 1.1 lexical spaces, simplified)
PARSERS: dict[str, re.Pattern[str]] = {
    f"<{XSD[name]}>": re.compile(pattern)
    for name, pattern in {
        "integer": r"^[+-]?\d+$",
        "decimal": r"^[+-]?(\d+(\.\d*)?|\.\d+)$",
        "boolean": r"^(true|false|1|0)$",
        "date": rf"^-?\d{{4,}}-\d{{2}}-\d{{2}}{_TZ}$",
        "dateTime": rf"^-?\d{{4,}}-\d{{2}}-\d{{2}}T\d{{2}}:\d{{2}}:\d{{2}}(\.\d+)?{_TZ}$",
        "gYear": rf"^-?\d{{4,}}{_TZ}$",
        "gYearMonth": rf"^-?\d{{4,}}-\d{{2}}{_TZ}$",
    }.items()
}
#: datatypes whose values, without a time zone, sort like their lexical forms
DATES = frozenset(f"<{XSD[n]}>" for n in ("date", "dateTime", "gYear", "gYearMonth"))


def _close(term: str) -> int:
    return term.rindex('"')


def _cached(fn):  # noqa: ANN001, ANN202
    """Memoise ``fn`` for short terms (offsets, tags, labels repeat across a graph); long ones
    (article texts) are computed each time so the cache stays small."""
    memo = lru_cache(maxsize=16384)(fn)

    def call(term: str):  # noqa: ANN202
        return memo(term) if len(term) < 256 else fn(term)

    call.__doc__ = fn.__doc__
    return call


@_cached
def datatype_of(term: str) -> str:
    """A literal term -> its datatype as an N-Triples IRI (rdf:langString for tagged ones)."""
    rest = term[_close(term) + 1 :]
    if not rest:
        return _STRING
    return _LANG_STRING if rest[0] == "@" else rest[2:]


def _unescape(m: re.Match[str]) -> str:
    if m.group(1) or m.group(2):
        return chr(int(m.group(1) or m.group(2), 16))
    return _SIMPLE.get(m.group(3), m.group(0))


@_cached
def lexical(term: str) -> str:
    """A literal term -> its lexical form, N-Triples escapes undone."""
    body = term[1 : _close(term)]
    return _ESCAPE.sub(_unescape, body) if "\\" in body else body


@_cached
def well_formed(term: str) -> bool:
    """A literal term -> whether its lexical form is valid for its datatype (known ones)."""
    check = PARSERS.get(datatype_of(term))
    return check is None or bool(check.match(lexical(term)))
