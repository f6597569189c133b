"""SHACL validation: non-conforming data is reported, never mistaken for a validator failure."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.validate import Validator

PREFIXES = """
@prefix kgo: <https://w3id.org/arabic-news-kg/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix ex: <http://example.org/> .
"""
ARTICLE = """
ex:a a kgo:Article ; kgo:articleId "a" ; nif:isString "نص" ; kgo:encoding "utf-8" ;
  kgo:contentHash "%s" ; <https://schema.org/inLanguage> "ar" ; kgo:extractedBy ex:kg .
""" % ("0" * 64)


@pytest.fixture(scope="module")
def v():
    return Validator()


@pytest.mark.parametrize(
    ("ttl", "conforms"),
    [
        (ARTICLE, True),
        (ARTICLE.replace('kgo:articleId "a" ;', ""), False),
        (ARTICLE.replace('"0000', '"zz00'), False),
        (
            ARTICLE + 'ex:s a kgo:Statement ; kgo:inArticle ex:a ; kgo:content "قال"@ar ; '
            'kgo:cue "قال"@ar ; nif:beginIndex "0"^^xsd:integer ; '
            'nif:endIndex "2"^^xsd:integer ; kgo:cueBeginIndex "0"^^xsd:integer ;'
            ' kgo:cueEndIndex "2"^^xsd:integer ; kgo:isDirect false ; '
            "kgo:speakerUnresolved true .",
            True,
        ),
        # neither a speaker nor the unresolved marker
        (
            ARTICLE + 'ex:s a kgo:Statement ; kgo:inArticle ex:a ; kgo:content "قال"@ar ; '
            'kgo:cue "قال"@ar ; nif:beginIndex "0"^^xsd:integer ; '
            'nif:endIndex "2"^^xsd:integer ; kgo:cueBeginIndex "0"^^xsd:integer ;'
            ' kgo:cueEndIndex "2"^^xsd:integer ; kgo:isDirect false .',
            False,
        ),
        # content not tagged @ar
        (
            ARTICLE + 'ex:s a kgo:Statement ; kgo:inArticle ex:a ; kgo:content "said" ; '
            'kgo:cue "قال"@ar ; nif:beginIndex "0"^^xsd:integer ; '
            'nif:endIndex "2"^^xsd:integer ; kgo:cueBeginIndex "0"^^xsd:integer ;'
            ' kgo:cueEndIndex "2"^^xsd:integer ; kgo:isDirect false ; '
            "kgo:speakerUnresolved true .",
            False,
        ),
        # a person (subclass of kgo:Actor) is accepted where an Actor is required
        (
            ARTICLE
            + 'ex:p a kgo:Person ; rdfs:label "س"@ar . ex:m a kgo:Mention ; kgo:denotes ex:p ;'
            ' kgo:mentionKind "name" ; nif:beginIndex "0"^^xsd:integer ; '
            'nif:endIndex "1"^^xsd:integer ; nif:anchorOf "ن" ; kgo:inArticle ex:a .',
            True,
        ),
        # owl:sameAs without verification
        (
            ARTICLE + 'ex:p a kgo:Person ; rdfs:label "س"@ar ; kgo:wikidataId "Q5" ; '
            "kgo:qidVerified false ; owl:sameAs <http://www.wikidata.org/entity/Q5> .",
            False,
        ),
        # a span that ends before it begins
        (
            ARTICLE + 'ex:m a kgo:Mention ; kgo:mentionKind "name" ; '
            'nif:beginIndex "5"^^xsd:integer ; nif:endIndex "1"^^xsd:integer ;'
            ' nif:anchorOf "ن" ; kgo:inArticle ex:a .',
            False,
        ),
    ],
)
def test_shapes(v, ttl, conforms):
    g = Graph().parse(data=PREFIXES + ttl, format="turtle")
    report = v.validate(g)
    assert report.conforms is conforms, report.text
    if not conforms:
        assert report.messages()
