"""The ontology as a product: documented terms, version IRI, stated alignments, a consistent
OWL ontology without unsatisfiable classes (HermiT), and its HTML page."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, BNode, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.export.ontology_doc import render_html
from kg.rdf.namespaces import KGO
from kg.reason import check_ontology
from kg.resources import ontology_path

ONTO = URIRef("https://w3id.org/arabic-news-kg/ontology")
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def _terms(g: Graph) -> list[URIRef]:
    return sorted(
        {t for k in KINDS for t in g.subjects(RDF.type, k) if str(t).startswith(str(KGO))}
    )


def test_every_term_has_english_and_arabic_labels_and_a_comment(onto):
    terms = _terms(onto)
    assert len(terms) > 50
    for t in terms:
        langs = {lab.language for lab in onto.objects(t, RDFS.label)}
        assert {"en", "ar"} <= langs, t
        ar = next(lab for lab in onto.objects(t, RDFS.label) if lab.language == "ar")
        assert re.search(r"[\u0600-\u06FF]", str(ar)), t
        assert any(c.language == "en" and len(c) > 10 for c in onto.objects(t, RDFS.comment)), t


def test_header_has_a_version_iri_and_states_its_alignments(onto):
    assert (ONTO, RDF.type, OWL.Ontology) in onto
    version = onto.value(ONTO, OWL.versionIRI)
    assert version is not None and str(version).endswith(str(onto.value(ONTO, OWL.versionInfo)))
    stated = {str(r) for r in onto.objects(ONTO, DCTERMS.references)}
    # every external term we align to lives in a vocabulary listed on the header
    for p in (RDFS.subClassOf, RDFS.subPropertyOf):
        for s, o in onto.subject_objects(p):
            if str(s).startswith(str(KGO)) and not str(o).startswith(str(KGO)):
                assert any(str(o).startswith(ns) for ns in stated), o
    assert not list(onto.objects(ONTO, OWL.imports))


@pytest.mark.parametrize(
    "vocab",
    [
        "http://www.w3.org/ns/prov#",
        "https://schema.org/",
        "http://semanticweb.cs.vu.nl/2009/11/sem/",
        "http://www.w3.org/2006/time#",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    ],
)
def test_each_aligned_vocabulary_is_used_in_an_alignment_axiom(onto, vocab):
    used = [
        o
        for p in (RDFS.subClassOf, RDFS.subPropertyOf)
        for o in onto.objects(None, p)
        if str(o).startswith(vocab)
    ]
    assert used


def test_shipped_ontology_is_consistent_without_unsatisfiable_classes():
    result = check_ontology()
    assert result.consistent
    assert result.unsatisfiable == []
    assert result.ok and result.classes > 20


def test_an_individual_in_two_disjoint_classes_is_inconsistent():
    extra = Graph()
    x = URIRef("https://w3id.org/arabic-news-kg/id/actor/test-both")
    extra.add((x, RDF.type, OWL.NamedIndividual))
    extra.add((x, RDF.type, KGO.Person))
    extra.add((x, RDF.type, KGO.Organization))
    result = check_ontology(extra=extra)
    assert not result.consistent and not result.ok


def test_a_class_under_two_disjoint_classes_is_named_unsatisfiable():
    extra = Graph()
    bad = URIRef(str(KGO) + "PersonOrganization")
    extra.add((bad, RDF.type, OWL.Class))
    extra.add((bad, RDFS.subClassOf, KGO.Person))
    extra.add((bad, RDFS.subClassOf, KGO.Organization))
    result = check_ontology(extra=extra)
    assert result.consistent
    assert result.unsatisfiable == [str(bad)]


def test_a_governmentof_chain_into_a_person_makes_a_class_unsatisfiable():
    """Range axioms matter: something that is the government of a Person cannot exist."""
    extra = Graph()
    bad = URIRef(str(KGO) + "GovernmentOfSomePerson")
    r = BNode()
    extra.add((bad, RDF.type, OWL.Class))
    extra.add((r, RDF.type, OWL.Restriction))
    extra.add((r, OWL.onProperty, KGO.governmentOf))
    extra.add((r, OWL.someValuesFrom, KGO.Person))
    extra.add((bad, RDFS.subClassOf, r))
    result = check_ontology(extra=extra)
    assert result.unsatisfiable == [str(bad)]


def test_cli_check_ok_and_failing(tmp_path):
    from kg.cli import main

    runner = CliRunner()
    r = runner.invoke(main, ["ontology", "check", "--json"])
    assert r.exit_code == 0 and '"consistent": true' in r.output
    bad = ontology_path().read_text(encoding="utf-8") + (
        "\nkgo:Chimera a owl:Class ; rdfs:subClassOf kgo:Person , kgo:Place .\n"
    )
    r = runner.invoke(main, ["ontology", "check", "-"], input=bad)
    assert r.exit_code == 1
    assert "unsatisfiable: https://w3id.org/arabic-news-kg/ontology#Chimera" in r.output
    r = runner.invoke(main, ["ontology", "check", "-"], input="this is not turtle")
    assert r.exit_code == 2


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_html_page_is_standalone_and_lists_every_term(onto, lang):
    html = render_html(lang)
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    direction = "rtl" if lang == "ar" else "ltr"
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert "<svg" in html and "</svg>" in html
    assert not re.search(r"<script|<link|\ssrc=", html)  # nothing fetched: no CDN
    for t in _terms(onto):
        for lab in onto.objects(t, RDFS.label):
            assert str(lab).replace("&", "&amp;") in html, lab


@pytest.mark.parametrize("label_ar", ["شخص", "منظمة", "دولة"])
def test_diagram_draws_the_actor_subclasses(label_ar):
    svg = re.search(r"<svg.*?</svg>", render_html("en"), re.S).group(0)
    assert label_ar in svg
    assert svg.count("<rect") == len(re.findall(r'<g class="cls"', svg)) >= 15


def test_html_rejects_an_unknown_language():
    with pytest.raises(ValueError):
        render_html("fr")


def test_cli_doc_writes_the_arabic_page(tmp_path):
    from kg.cli import main

    out = tmp_path / "onto.html"
    r = CliRunner().invoke(main, ["ontology", "doc", "--lang", "ar", "-o", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html and "تسلسل الأصناف" in html


def test_cli_install_stores_the_background_graphs(tmp_path):
    from kg.cli import main
    from kg.reason.background import installed
    from kg.store import open_store

    store_dir = tmp_path / "store"
    with open_store(store_dir) as st:
        assert not installed(st)
    r = CliRunner().invoke(main, ["ontology", "install", "--store", str(store_dir), "--json"])
    assert r.exit_code == 0, r.output
    assert '"https://w3id.org/arabic-news-kg/ontology":' in r.output
    with open_store(store_dir, read_only=True) as st:
        assert installed(st) and st.articles() == []
