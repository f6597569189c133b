"""N-Triples literal terms as the SHACL gate reads them."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.shacl_terms import datatype_of, lexical, well_formed

XSD = "http://www.w3.org/2001/XMLSchema#"


def _nt(value: str, *, lang: str | None = None, dt: str | None = None) -> str:
    """A literal as Oxigraph writes it in N-Triples."""
    if lang:
        return str(ox.Literal(value, language=lang))
    return str(ox.Literal(value, datatype=ox.NamedNode(XSD + dt) if dt else None))


@pytest.mark.parametrize(
    "value",
    ["قال الوزير", 'قال "لا"', "سطر\nسطر", "back\\slash", "tab\there", "", 'ends with "'],
)
def test_lexical_undoes_escapes(value):
    assert lexical(_nt(value)) == value
    assert lexical(_nt(value, lang="ar")) == value


@pytest.mark.parametrize(
    ("term", "datatype"),
    [
        (_nt("x"), f"<{XSD}string>"),
        (_nt("الأسد", lang="ar"), "<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>"),
        (_nt("12", dt="integer"), f"<{XSD}integer>"),
        (_nt('a "quoted"@en value', dt="date"), f"<{XSD}date>"),
    ],
)
def test_datatype_of(term, datatype):
    assert datatype_of(term) == datatype


@pytest.mark.parametrize(
    ("value", "dt", "ok"),
    [
        ("12", "integer", True),
        ("-3", "integer", True),
        ("twelve", "integer", False),
        ("1.5", "integer", False),
        ("2017-04-04", "date", True),
        ("2017-4-4", "date", False),
        ("2017-04-04T10:00:00Z", "dateTime", True),
        ("2017-04-04T10:00", "dateTime", False),
        ("true", "boolean", True),
        ("yes", "boolean", False),
        ("anything", "anyURI", True),  # datatypes kg does not check are taken as they are
    ],
)
def test_well_formed(value, dt, ok):
    assert well_formed(_nt(value, dt=dt)) is ok
