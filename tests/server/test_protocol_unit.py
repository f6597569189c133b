"""Content negotiation and the SPARQL lexer behind the SERVICE allowlist."""

from __future__ import annotations

import pytest

from server.protocol import (
    GRAPH_MIMES,
    RESULT_MIMES,
    inspect,
    negotiate,
    prefers_html,
    refused_services,
)


@pytest.mark.parametrize(
    "accept,offers,expected",
    [
        (None, RESULT_MIMES, "json"),
        ("*/*", GRAPH_MIMES, "turtle"),
        ("text/*", RESULT_MIMES, "csv"),
        ("text/csv;q=0.2, application/sparql-results+xml", RESULT_MIMES, "xml"),
        ("application/n-quads, text/turtle;q=0.9", GRAPH_MIMES, "nquads"),
        ("application/json", GRAPH_MIMES, "jsonld"),
        ("application/json", RESULT_MIMES, "json"),
        ("image/png", RESULT_MIMES, None),
        ("text/csv;q=0", RESULT_MIMES, None),
    ],
)
def test_negotiate(accept, offers, expected):
    assert negotiate(accept, offers) == expected


@pytest.mark.parametrize(
    "accept,expected",
    [
        ("text/html,application/xhtml+xml,*/*;q=0.8", True),
        ("text/turtle", False),
        ("*/*", False),
        (None, False),
        ("text/turtle, text/html;q=0.5", False),
    ],
)
def test_prefers_html(accept, expected):
    assert prefers_html(accept) is expected


@pytest.mark.parametrize(
    "query,form",
    [
        ("PREFIX a: <http://a/> SELECT * {}", "SELECT"),
        ("# ASK\nconstruct where { ?s ?p ?o }", "CONSTRUCT"),
        ("BASE <http://x/> DESCRIBE <a>", "DESCRIBE"),
        ("ask {}", "ASK"),
        ("INSERT DATA { <a> <b> <c> }", None),
    ],
)
def test_query_form(query, form):
    assert inspect(query, {})[0] == form


@pytest.mark.parametrize(
    "query,targets",
    [
        ("SELECT * { SERVICE <http://e/sparql> { ?s ?p ?o } }", ["http://e/sparql"]),
        ("PREFIX e: <http://e/> SELECT * { SERVICE SILENT e:sparql {} }", ["http://e/sparql"]),
        ("SELECT * { SERVICE ?x {} }", ["?x"]),
        ("SELECT * { SERVICE zz:x {} }", ["<unknown>"]),
        ('SELECT * { ?s ?p """SERVICE <http://e/>""" }', []),
        ("SELECT * { ?s ?p 'SERVICE <http://e/>' }", []),
        ("SELECT * { ?s ?p ?o } # SERVICE <http://e/>", []),
        ("SELECT * { ?s <http://x/SERVICE> ?o }", []),
        ("SELECT * { ?s ?p ?o FILTER(?o<?s) SERVICE <http://e/> {} }", ["http://e/"]),
    ],
)
def test_service_targets(query, targets):
    assert inspect(query, {})[1] == targets


def test_default_prefixes_resolve_service_names():
    assert inspect("SELECT * { SERVICE kg:x {} }", {"kg": "http://k/"})[1] == ["http://k/x"]


def test_refused_services():
    allow = ["http://ok/sparql"]
    assert refused_services(["http://ok/sparql", "http://ok/sparql/"], allow) == []
    assert refused_services(["http://bad/", "?x"], allow) == ["http://bad/", "?x"]
    assert refused_services(["http://ok/sparql"], []) == ["http://ok/sparql"]
