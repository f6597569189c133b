"""Inference users rely on, on a store built from the seeds: query-time RDFS over the ontology
graph, and "statements by a government" through positions, affiliations, KB part-of and
metonyms (KB background graph)."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, URIRef

from kg.kb import default_kb
from kg.rdf import iris
from kg.rdf.namespaces import KGO
from kg.reason import actors, kb_graph, materialise, statements_by
from kg.reason.background import KB_GRAPH, ONTOLOGY_GRAPH

PROV_AGENT = URIRef("http://www.w3.org/ns/prov#Agent")
SCHEMA_PERSON = URIRef("https://schema.org/Person")


def test_all_actors_include_people_organisations_and_countries(seed_store):
    found = actors(seed_store)
    types = {a["type"] for a in found}
    assert {"Person", "Organization", "Country"} <= types
    assert "Statement" not in types and "Article" not in types
    labels = {a["label_en"] for a in found}
    assert {"Sergey Lavrov", "Russia"} <= labels


def test_a_subclass_query_keeps_to_the_subclass(seed_store):
    places = actors(seed_store, KGO.Place)
    assert {a["type"] for a in places} <= {"Place", "Country", "Facility"}
    assert "Country" in {a["type"] for a in places}
    assert len(places) < len(actors(seed_store))


def test_inference_refuses_a_store_without_background_graphs(seed_store_articles_only):
    """Without the ontology graph the answers would be silently empty: an error says why."""
    from kg.errors import StoreError

    with pytest.raises(StoreError, match="kg ontology install"):
        actors(seed_store_articles_only)
    with pytest.raises(StoreError):
        statements_by(seed_store_articles_only, iris.actor("Q159"))


def test_the_query_file_itself_finds_no_subclass_without_the_ontology(seed_store_articles_only):
    from kg.resources import query_text

    rows = list(seed_store_articles_only.query(query_text("inference-actors")))
    assert rows == []
    rows = list(
        seed_store_articles_only.query(query_text("inference-instances"), {"class": KGO.Person})
    )
    assert rows == []


@pytest.mark.parametrize("target", ["Q159", "kg:organization:government-of-russia"])
def test_statements_by_russias_government_include_lavrov_and_peskov(seed_store, target):
    rows = statements_by(seed_store, iris.actor(target))
    speakers = {r["speaker_label_en"] for r in rows}
    assert {"Sergey Lavrov", "Dmitry Peskov"} <= speakers
    assert "Ministry of Foreign Affairs (Russia)" in speakers  # KB part_of the government
    assert not speakers & {"Rex Tillerson", "Heather Nauert", "Jim Mattis"}


@pytest.mark.parametrize("speaker_ar", ["سيرغي لافروف", "دميتري بيسكوف"])
def test_the_arabic_speaker_labels_come_through(seed_store, speaker_ar):
    rows = statements_by(seed_store, iris.actor("Q159"))
    assert speaker_ar in {r["speaker_label"] for r in rows}


def test_a_ministry_does_not_speak_for_the_whole_government(seed_store):
    rows = statements_by(
        seed_store, iris.actor("kg:organization:ministry-of-foreign-affairs-russia")
    )
    speakers = {r["speaker_label_en"] for r in rows}
    assert "Ministry of Foreign Affairs (Russia)" in speakers
    assert "Dmitry Peskov" not in speakers


def test_kb_graph_states_units_governments_metonyms_and_positions():
    g = kb_graph(default_kb())
    mfa = iris.actor("kg:organization:ministry-of-foreign-affairs-russia")
    gov = iris.actor("kg:organization:government-of-russia")
    russia = iris.actor("Q159")
    assert (mfa, KGO.partOf, gov) in g
    assert (gov, KGO.governmentOf, russia) in g
    assert (iris.actor("kg:facility:moscow-kremlin"), KGO.standsFor, russia) in g
    assert (iris.actor("kg:person:maria-zakharova"), KGO.affiliatedWith, mfa) in g
    assert not list(g.triples((None, RDF.type, None)))  # relations only, no new actors


@pytest.mark.parametrize("kb_id", ["kg:media:rt", "kg:organization:united-russia"])
def test_media_and_parties_are_not_state_organs(kb_id):
    g = kb_graph(default_kb())
    assert not list(g.triples((iris.actor(kb_id), None, None)))


def test_background_graphs_are_not_articles(seed_store, seed_store_articles_only):
    assert seed_store.articles() == seed_store_articles_only.articles()
    names = {str(q.graph_name.value) for q in seed_store.quads()}
    assert {str(ONTOLOGY_GRAPH), str(KB_GRAPH)} <= names


def test_install_refuses_a_read_only_store(tmp_path):
    from kg.errors import StoreError
    from kg.reason import install
    from kg.store import open_store

    with open_store(tmp_path / "s"):
        pass
    with open_store(tmp_path / "s", read_only=True) as st, pytest.raises(StoreError):
        install(st)


def test_materialise_adds_superclasses_and_superproperties():
    g = Graph()
    lavrov = iris.actor("kg:person:sergey-lavrov")
    st = URIRef("https://w3id.org/arabic-news-kg/id/article/a/statement/1/2-3")
    mfa = iris.actor("kg:organization:ministry-of-foreign-affairs-russia")
    g.add((lavrov, RDF.type, KGO.Person))
    g.add((st, KGO.hasSpeaker, lavrov))
    g.add((iris.actor("x"), KGO.partOf, mfa))
    g.add((mfa, KGO.partOf, iris.actor("kg:organization:government-of-russia")))
    m = materialise(g)
    assert (lavrov, RDF.type, KGO.Actor) in m and (lavrov, RDF.type, PROV_AGENT) in m
    assert (lavrov, RDF.type, SCHEMA_PERSON) in m
    assert (st, URIRef("http://www.w3.org/ns/prov#wasAttributedTo"), lavrov) in m
    assert (iris.actor("x"), KGO.partOf, iris.actor("kg:organization:government-of-russia")) in m
    assert (iris.actor("x"), KGO.affiliatedWith, mfa) in m
    assert (lavrov, RDF.type, KGO.Organization) not in m
    assert len(g) == 4  # the input is not changed
