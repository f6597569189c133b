"""The compiled SHACL gate must agree with pySHACL: on real article graphs and on broken ones."""

from __future__ import annotations

import random

import pytest
from rdflib import OWL, RDF, RDFS, SDO, XSD, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.rdf.namespaces import KGO, NIF
from kg.rdf.ntriples import graph_to_ntriples
from kg.shacl_gate import CompiledShapes, UnsupportedShape
from kg.validate import Validator


@pytest.fixture(scope="module")
def validator():
    return Validator()


@pytest.fixture(scope="module")
def seed_graphs(nlp, seeds_dir):
    from kg.ingest import iter_articles
    from kg.kb import default_kb
    from kg.pipeline import extract
    from kg.rdf.mapping import article_to_graph

    return [
        article_to_graph(a, extract(nlp, a), default_kb()) for a in iter_articles([str(seeds_dir)])
    ]


def _agree(validator, g: Graph) -> bool:
    fast = validator.compiled.violations(graph_to_ntriples(g))
    slow = validator.validate_pyshacl(g)
    assert (not fast) == slow.conforms, (fast[:5], slow.text[:800])
    return slow.conforms


def test_seed_graphs_conform_in_both(validator, seed_graphs):
    for g in seed_graphs:
        assert _agree(validator, g)


def _mutations(g: Graph, rng: random.Random) -> list[tuple[str, Graph]]:
    triples = sorted(g, key=str)
    out = []

    def copy() -> Graph:
        h = Graph()
        for t in triples:
            h.add(t)
        return h

    for _ in range(6):  # drop a triple
        h = copy()
        h.remove(rng.choice(triples))
        out.append(("drop", h))
    offsets = [t for t in triples if t[1] in (NIF.beginIndex, NIF.endIndex)]
    for _ in range(3):  # a second value, or a negative / reversed offset
        s, p, o = rng.choice(offsets)
        h = copy()
        h.add((s, p, Literal(int(o) + 1, datatype=XSD.integer)))
        out.append(("second value", h))
        h = copy()
        h.set((s, NIF.beginIndex, Literal(10**6, datatype=XSD.integer)))
        out.append(("begin after end", h))
    langs = [t for t in triples if isinstance(t[2], Literal) and t[2].language]
    for _ in range(3):  # language tag dropped
        s, p, o = rng.choice(langs)
        h = copy()
        h.remove((s, p, o))
        h.add((s, p, Literal(str(o), datatype=XSD.string)))
        out.append(("no language", h))
    denoting = [t for t in triples if t[1] == KGO.denotes]
    for _ in range(3):  # denotes something that is not an actor
        s, p, o = rng.choice(denoting)
        h = copy()
        h.set((s, p, URIRef("http://example.org/not-an-actor")))
        out.append(("bad class", h))
    actors = [t[0] for t in triples if t[1] == RDF.type and t[2] == KGO.Person]
    if actors:
        h = copy()
        h.add((actors[0], OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")))
        out.append(("unverified sameAs", h))
    stmts = [t[0] for t in triples if t[1] == RDF.type and t[2] == KGO.Statement]
    if stmts:
        h = copy()
        h.add((stmts[0], KGO.speakerUnresolved, Literal(True)))
        out.append(("speaker and unresolved", h))
        h = copy()
        for t in list(h.triples((stmts[0], KGO.hasSpeaker, None))):
            h.remove(t)
        for t in list(h.triples((stmts[0], KGO.speakerUnresolved, None))):
            h.remove(t)
        out.append(("neither speaker nor unresolved", h))
        h = copy()
        h.set((stmts[0], KGO.content, Literal("", lang="ar")))
        out.append(("empty content", h))
    for _ in range(2):  # ill-formed or wrongly typed offsets
        s, p, o = rng.choice(offsets)
        h = copy()
        h.set((s, p, Literal("twelve", datatype=XSD.integer)))
        out.append(("ill-formed integer", h))
        h = copy()
        h.set((s, p, Literal(str(o), datatype=XSD.string)))
        out.append(("offset as string", h))
        h = copy()
        h.set((s, p, Literal(-3, datatype=XSD.integer)))
        out.append(("negative offset", h))
    labelled = [t for t in triples if t[1] == RDFS.label and getattr(t[2], "language", None)]
    if labelled:
        s, p, o = labelled[0]
        h = copy()
        h.add((s, p, Literal(str(o) + " (2)", lang=o.language)))
        out.append(("two labels in one language", h))
        h = copy()
        h.set((s, p, Literal(str(o), lang="fr")))
        out.append(("label language not allowed", h))
    for s, p, _o in triples:
        if p == SDO.headline:
            h = copy()
            h.set((s, p, URIRef("http://example.org/headline")))
            out.append(("headline as IRI", h))
    arts = [t[0] for t in triples if t[1] == RDF.type and t[2] == KGO.Article]
    h = copy()
    h.add((arts[0], SDO.datePublished, Literal("yesterday")))
    out.append(("date as a string", h))
    quoted = copy()  # escapes in literals must not break the gate (a conforming change)
    quoted.set((arts[0], SDO.headline, Literal('قال "لا" \\ ثم\nمضى', lang="ar")))
    out.append(("escaped headline", quoted))
    mentions = set(g.subjects(RDF.type, KGO.EventMention))
    events = [t[2] for t in triples if t[1] == KGO.denotes and t[0] in mentions]
    if events:
        h = copy()
        for t in list(h.triples((None, KGO.denotes, events[0]))):
            h.remove(t)
        out.append(("event without a mention", h))
    return out


def test_broken_graphs_agree(validator, seed_graphs):
    rng = random.Random(20171104)
    seen = {True: 0, False: 0}
    for g in seed_graphs:
        for _, h in _mutations(g, rng):
            seen[_agree(validator, h)] += 1
    assert seen[False] >= 40  # most mutations must break a constraint, and both must say so


def test_unsupported_feature_refuses_to_compile():
    shapes = Graph()
    s, ps = URIRef("http://example.org/S"), URIRef("http://example.org/P")
    shapes.add((s, RDF.type, SH.NodeShape))
    shapes.add((s, SH.targetClass, KGO.Article))
    shapes.add((s, SH.property, ps))
    shapes.add((ps, SH.path, KGO.articleId))
    shapes.add((ps, SH.qualifiedMinCount, Literal(1)))
    with pytest.raises(UnsupportedShape, match="qualifiedMinCount"):
        CompiledShapes(shapes)


def test_pyshacl_only_engine(validator, seed_graphs):
    v = Validator(engine="pyshacl")
    assert v.compiled is None and v.validate(seed_graphs[0]).conforms
