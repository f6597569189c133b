"""Article + annotated Doc -> one rdflib Graph (the article's named graph content).

``article_to_graph(article, doc=None, kb=None) -> Graph``. The mapping is deterministic: the
same input gives an isomorphic graph (no timestamps, IRIs from :mod:`kg.rdf.iris`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rdflib import Graph, Literal, URIRef

from kg import __version__
from kg.ingest.article import Article
from kg.nlp.events import event_identity
from kg.rdf import iris
from kg.rdf.namespaces import KGO, NIF, OWL, PREFIXES, RDF, RDFS, SDO, SEM, TIME, XSD

ACTOR_CLASS = {
    "Person": KGO.Person,
    "Organization": KGO.Organization,
    "Country": KGO.Country,
    "Place": KGO.Place,
    "Facility": KGO.Facility,
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
_ROLE_PROP = {"agent": KGO.hasAgent, "target": KGO.hasTarget}


def new_graph() -> Graph:
    """-> an empty Graph with kg's prefixes bound. SimpleMemory: no context bookkeeping, about
    twice as fast to fill as rdflib's default store (the validator copies it for pySHACL)."""
    g = Graph(store="SimpleMemory")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, str(ns))
    return g


def _s(value: str) -> Literal:
    """A plain string literal, typed xsd:string explicitly (RDF 1.1) so graphs round-trip."""
    return Literal(value, datatype=XSD.string)


def _nn(n: int) -> Literal:
    """An offset or count. Typed xsd:integer (the shapes add >= 0): Oxigraph stores derived
    integer types such as xsd:nonNegativeInteger as xsd:integer, so this round-trips."""
    return Literal(n, datatype=XSD.integer)


def _date_literal(value: str) -> Literal | None:
    if _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _DATETIME.match(value):
        return Literal(value if value.count(":") == 2 else value + ":00", datatype=XSD.dateTime)
    return None


def add_article(g: Graph, article: Article) -> URIRef:
    """Article metadata and provenance -> triples in ``g``; returns the article IRI."""
    a = iris.article(article.id)
    agent = iris.software_agent()
    g.add((a, RDF.type, KGO.Article))
    g.add((a, KGO.articleId, _s(article.id)))
    g.add((a, NIF.isString, _s(article.text)))
    g.add((a, KGO.contentHash, _s(article.content_hash)))
    g.add((a, SDO.inLanguage, _s(article.lang)))
    g.add((a, KGO.encoding, _s(article.encoding)))
    g.add((a, KGO.extractedBy, agent))
    g.add((agent, RDF.type, URIRef("http://www.w3.org/ns/prov#SoftwareAgent")))
    g.add((agent, RDFS.label, _s(f"kg {__version__}")))
    if article.title:
        g.add((a, SDO.headline, Literal(article.title, lang=article.lang)))
    if article.date and (lit := _date_literal(article.date)) is not None:
        g.add((a, SDO.datePublished, lit))
    if article.url:
        g.add((a, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        g.add((a, SDO.publisher, _s(article.source)))
    if article.source_file:
        where = article.source_file + (f":{article.line}" if article.line else "")
        g.add((a, KGO.sourceFile, _s(where)))
    return a


def _add_span(g: Graph, node: URIRef, art: URIRef, text: str, start: int, end: int) -> None:
    g.add((node, NIF.beginIndex, _nn(start)))
    g.add((node, NIF.endIndex, _nn(end)))
    g.add((node, NIF.anchorOf, _s(text[start:end])))
    g.add((node, KGO.inArticle, art))


def add_boilerplate(g: Graph, article: Article, art: URIRef, regions: Iterable[Any]) -> None:
    """Boilerplate regions ((start, end) tuples or objects with start/end/kind) -> triples."""
    for r in regions or ():
        start, end = (r.start, r.end) if hasattr(r, "start") else (r[0], r[1])
        kind = getattr(r, "kind", None) or (r[2] if isinstance(r, tuple) and len(r) > 2 else None)
        node = iris.span(article.id, "boilerplate", start, end)
        g.add((node, RDF.type, KGO.BoilerplateRegion))
        _add_span(g, node, art, article.text, start, end)
        if kind:
            g.add((node, KGO.regionKind, _s(kind)))
        g.add((art, KGO.hasBoilerplate, node))


def _add_actor_node(
    g: Graph,
    key: str,
    typ: str,
    label: str | None,
    label_en: str | None,
    kb_id: str | None,
    qid: str | None,
    verified: bool,
) -> URIRef:
    node = iris.actor(key)
    g.add((node, RDF.type, ACTOR_CLASS.get(typ, KGO.Actor)))
    if label:
        g.add((node, RDFS.label, Literal(label, lang="ar")))
    if label_en:
        g.add((node, RDFS.label, Literal(label_en, lang="en")))
    if kb_id:
        g.add((node, KGO.kbId, _s(kb_id)))
    if qid:
        g.add((node, KGO.wikidataId, _s(qid)))
        g.add((node, KGO.qidVerified, Literal(bool(verified))))
        if verified:
            g.add((node, OWL.sameAs, iris.wikidata(qid)))
    return node


def _ref_actor(g: Graph, key: str, actors: dict, kb: Any) -> URIRef:
    """IRI of an actor referenced by key; typed from the doc or the KB so the graph is closed."""
    if key in actors:
        return iris.actor(key)
    entry = kb.get(key) if kb is not None else None
    if entry is not None:
        return _add_actor_node(
            g, key, entry.type, entry.label_ar, entry.label_en, entry.id, entry.qid, entry.verified
        )
    node = iris.actor(key)
    g.add((node, RDF.type, KGO.Actor))
    return node


def add_actors(g: Graph, article: Article, art: URIRef, doc: Any, kb: Any = None) -> None:
    """``doc._.kg_actors`` and ``doc._.kg_mentions`` -> actor, position and mention triples."""
    actors = doc._.kg_actors or {}
    for key, actor in actors.items():
        node = _add_actor_node(
            g, key, actor.type, actor.label, actor.label_en, actor.kb_id, actor.qid, actor.verified
        )
        for pos in actor.positions:
            p = iris.position(key, pos.title, pos.of, pos.start)
            g.add((node, KGO.holdsPosition, p))
            g.add((p, RDF.type, KGO.Position))
            g.add((p, KGO.positionTitle, Literal(pos.title, lang="ar")))
            if pos.title_en:
                g.add((p, KGO.positionTitle, Literal(pos.title_en, lang="en")))
            if pos.of:
                org = _ref_actor(g, pos.of, actors, kb)
                g.add((p, KGO.positionOf, org))
                g.add((node, KGO.affiliatedWith, org))
            for prop, value in ((KGO.startDate, pos.start), (KGO.endDate, pos.end)):
                if value and (lit := _date_literal(value)) is not None:
                    g.add((p, prop, lit))
    for m in doc._.kg_mentions or ():
        node = iris.mention(article.id, m.start, m.end, m.actor, m.kind)
        g.add((node, RDF.type, KGO.Mention))
        _add_span(g, node, art, article.text, m.start, m.end)
        g.add((node, KGO.mentionKind, _s(m.kind)))
        if m.actor is not None:
            g.add((node, KGO.denotes, _ref_actor(g, m.actor, actors, kb)))


def add_statements(
    g: Graph, article: Article, art: URIRef, doc: Any, event_iris: dict, kb: Any = None
) -> None:
    """``doc._.kg_statements`` -> statement triples (speaker or the unresolved marker)."""
    actors = doc._.kg_actors or {}
    for st in doc._.kg_statements or ():
        s, e = st.content
        node = iris.statement(article.id, st.cue[0], s, e)
        g.add((node, RDF.type, KGO.Statement))
        g.add((node, KGO.inArticle, art))
        g.add((node, NIF.beginIndex, _nn(s)))
        g.add((node, NIF.endIndex, _nn(e)))
        g.add((node, KGO.content, Literal(article.text[s:e], lang="ar")))
        g.add((node, KGO.cue, Literal(st.cue_text, lang="ar")))
        g.add((node, KGO.cueBeginIndex, _nn(st.cue[0])))
        g.add((node, KGO.cueEndIndex, _nn(st.cue[1])))
        g.add((node, KGO.isDirect, Literal(bool(st.direct))))
        g.add((node, KGO.statementKind, _s(st.kind)))
        if st.speaker is not None:
            g.add((node, KGO.hasSpeaker, _ref_actor(g, st.speaker, actors, kb)))
        else:
            g.add((node, KGO.speakerUnresolved, Literal(True)))
        for key in dict.fromkeys(st.about):
            g.add((node, KGO.about, _ref_actor(g, key, actors, kb)))
        for key in dict.fromkeys(st.about_events):
            if key in event_iris:
                g.add((node, KGO.aboutEvent, event_iris[key]))


def _time_node(g: Graph, article: Article, t: Any) -> URIRef:
    node = iris.span(article.id, "time", t.start, t.end)
    g.add((node, RDF.type, KGO.TimeExpression))
    g.add((node, KGO.timeText, Literal(t.text, lang="ar")))
    if t.precision:
        g.add((node, KGO.precision, _s(t.precision)))
    v = t.value or ""
    if t.precision == "day" and _DATE.match(v):
        g.add((node, TIME.inXSDDate, Literal(v, datatype=XSD.date)))
    elif t.precision == "month" and re.match(r"^\d{4}-\d{2}$", v):
        g.add((node, TIME.inXSDgYearMonth, Literal(v, datatype=XSD.gYearMonth)))
    elif t.precision == "year" and re.match(r"^\d{4}$", v):
        g.add((node, TIME.inXSDgYear, Literal(v, datatype=XSD.gYear)))
    return node


def add_events(
    g: Graph, article: Article, art: URIRef, doc: Any, kb: Any = None, types: dict | None = None
) -> dict[str, URIRef]:
    """``doc._.kg_events`` -> one event node per coreference key, a mention node per trigger.

    Returns event key -> event IRI (statements use it for ``kgo:aboutEvent``)."""
    actors = doc._.kg_actors or {}
    by_key: dict[str, list] = {}
    for ev in doc._.kg_events or ():
        by_key.setdefault(ev.key, []).append(ev)
    out: dict[str, URIRef] = {}
    for key, mentions in by_key.items():
        first = mentions[0]
        place = next((m.place for m in mentions if m.place), None)
        time = next((m.time for m in mentions if m.time is not None), None)
        day = time.value if time is not None and time.precision == "day" else None
        node = iris.event(event_identity(first.type, place, day), article.id, key)
        out[key] = node
        g.add((node, RDF.type, KGO.Event))
        etype = iris.event_type(first.type)
        g.add((node, SEM.eventType, etype))
        g.add((etype, RDF.type, KGO.EventType))
        g.add((etype, RDFS.label, _s(first.type)))
        if first.cameo:
            g.add((node, KGO.cameoCode, _s(first.cameo)))
            g.add((etype, KGO.cameoCode, _s(first.cameo)))
        if first.plover:
            g.add((node, KGO.ploverCode, _s(first.plover)))
            g.add((etype, KGO.ploverCode, _s(first.plover)))
        for m in mentions:
            for p in m.participants:
                prop = _ROLE_PROP.get(p.role, KGO.hasCoParticipant)
                g.add((node, prop, _ref_actor(g, p.actor, actors, kb)))
            for what, count in m.casualties.items():
                prop = {"killed": KGO.killed, "injured": KGO.injured}.get(what)
                if prop is not None:
                    g.set((node, prop, _nn(count)))
            mn = iris.span(article.id, "event-mention", m.trigger[0], m.trigger[1])
            g.add((mn, RDF.type, KGO.EventMention))
            _add_span(g, mn, art, article.text, m.trigger[0], m.trigger[1])
            g.add((mn, KGO.denotes, node))
        if place:
            g.add((node, SEM.hasPlace, _ref_actor(g, place, actors, kb)))
        if time is not None:
            g.add((node, SEM.hasTime, _time_node(g, article, time)))
    return out


def article_to_graph(article: Article, doc: Any = None, kb: Any = None) -> Graph:
    """Article (+ annotated Doc) -> the content of the article's named graph."""
    g = new_graph()
    art = add_article(g, article)
    if doc is None:
        return g
    add_boilerplate(g, article, art, doc._.kg_boilerplate)
    add_actors(g, article, art, doc, kb)
    event_iris = add_events(g, article, art, doc, kb)
    add_statements(g, article, art, doc, event_iris, kb)
    return g


__all__ = ["article_to_graph", "new_graph"]
