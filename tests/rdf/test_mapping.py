"""Doc -> Graph mapping: deterministic, typed, and conforming to the shapes."""

from __future__ import annotations

import pytest
import spacy
from rdflib import Literal
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, XSD

from kg.ingest import Article
from kg.nlp.events import event_identity
from kg.nlp.records import (
    Actor,
    EventMention,
    Mention,
    Participant,
    Position,
    Statement,
    TimeExpr,
)
from kg.rdf import iris
from kg.rdf.mapping import article_to_graph
from kg.rdf.namespaces import KGO, NIF, SEM
from kg.validate import Validator

TEXT = "وقال وزير الخارجية الروسي سيرغي لافروف إن الهجوم على البلدة مرفوض."


@pytest.fixture(scope="module")
def validator():
    return Validator()


def _doc(verified: bool = False):
    nlp = spacy.blank("ar")
    import kg.nlp.records  # noqa: F401

    doc = nlp(TEXT)
    a = Article(id="t1", text=TEXT, date="2017-04-12")
    doc._.kg_article = a
    s = TEXT.index("سيرغي")
    doc._.kg_boilerplate = []
    doc._.kg_actors = {
        "Q1": Actor(
            "Q1",
            "Person",
            "سيرغي لافروف",
            "Sergey Lavrov",
            "Q1",
            "Q1",
            verified,
            [Position("وزير الخارجية", "Foreign Minister", "Q2")],
        ),
        "Q2": Actor("Q2", "Country", "روسيا", "Russia", "Q2", "Q2", verified),
    }
    r = TEXT.index("الروسي")
    doc._.kg_mentions = [
        Mention(s, s + len("سيرغي لافروف"), "سيرغي لافروف", "Q1", "Person"),
        Mention(r, r + 6, "الروسي", "Q2", "Country", "adjective"),
    ]
    c = TEXT.index("الهجوم")
    doc._.kg_events = [
        EventMention(
            "e1",
            "STRIKE",
            (c, c + 6),
            "الهجوم",
            "190",
            "ASSAULT",
            [Participant("agent", "Q2")],
            "Q2",
            TimeExpr(0, 4, "وقال", "2017-04-11", "day"),
            {"killed": 3},
        )
    ]
    q = TEXT.index("إن")
    doc._.kg_statements = [
        Statement((1, 4), "قال", (q + 3, len(TEXT) - 1), False, "Q1", ["Q2"], ["e1"])
    ]
    return a, doc


def test_mapping_is_deterministic(validator):
    a, doc = _doc()
    assert isomorphic(article_to_graph(a, doc), article_to_graph(a, doc))


def test_full_graph_conforms(validator):
    a, doc = _doc()
    report = validator.validate(article_to_graph(a, doc))
    assert report.conforms, report.text


def test_statement_triples():
    a, doc = _doc()
    g = article_to_graph(a, doc)
    (st,) = g.subjects(RDF.type, KGO.Statement)
    assert g.value(st, KGO.hasSpeaker) == iris.actor("Q1")
    assert g.value(st, KGO.content).language == "ar"
    assert g.value(st, NIF.beginIndex) == Literal(TEXT.index("إن") + 3, datatype=XSD.integer)
    assert (st, KGO.about, iris.actor("Q2")) in g
    (ev,) = g.subjects(RDF.type, KGO.Event)
    assert (st, KGO.aboutEvent, ev) in g
    assert g.value(ev, SEM.hasPlace) == iris.actor("Q2")


@pytest.mark.parametrize("verified", [True, False])
def test_same_as_only_for_verified(verified):
    a, doc = _doc(verified)
    g = article_to_graph(a, doc)
    assert ((iris.actor("Q1"), OWL.sameAs, iris.wikidata("Q1")) in g) is verified


def test_unresolved_speaker_marker(validator):
    a, doc = _doc()
    doc._.kg_statements[0].speaker = None
    g = article_to_graph(a, doc)
    (st,) = g.subjects(RDF.type, KGO.Statement)
    assert g.value(st, KGO.speakerUnresolved) == Literal(True)
    assert validator.validate(g).conforms


def test_event_identity_needs_place_and_day():
    assert event_identity("STRIKE", "Q2", "2017-04-07") == event_identity(
        "STRIKE", "Q2", "2017-04-07T10:00"
    )
    assert event_identity("STRIKE", "Q2", "2017-04-07") != event_identity(
        "STRIKE", "Q2", "2017-04-08"
    )
    assert event_identity("STRIKE", None, "2017-04-07") is None
    assert event_identity("STRIKE", "Q2", "2017-04") is None


def test_same_event_in_two_articles_gets_one_iri():
    a, doc = _doc()
    doc._.kg_events[0].time = TimeExpr(0, 4, "وقال", "2017-04-04", "day")
    g1 = article_to_graph(a, doc)
    a2 = Article(id="t2", text=TEXT)
    doc._.kg_article = a2
    g2 = article_to_graph(a2, doc)
    assert set(g1.subjects(RDF.type, KGO.Event)) == set(g2.subjects(RDF.type, KGO.Event))
