"""Article + annotated Doc -> the triples of the article's named graph.

``article_ntriples(article, doc=None, kb=None) -> str`` is the build's fast path: every term
is written straight in its N-Triples form (IRIs from :data:`kg.rdf.iris.NT`, literals escaped
by pyoxigraph), about 12x cheaper than filling an rdflib graph and serialising it.
``article_to_graph(...) -> rdflib.Graph`` gives the same triples as an rdflib graph. The
mapping is deterministic: the same input gives the same triples (no timestamps, IRIs from
:mod:`kg.rdf.iris`), each once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from kg import __version__
from kg.ingest.article import Article
from kg.nlp.events import event_identity
from kg.rdf.iris import NT as mint
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
from kg.rdf.ntriples import new_graph, ntriples_to_graph


def _ns(ns: Any) -> TermNamespace:
    return TermNamespace(ns, nt_iri)


K, N, S = _ns(KGO), _ns(NIF), _ns(SDO)
A = _ns(RDF).type
LABEL, SAME_AS = _ns(RDFS).label, _ns(OWL).sameAs
SEM_TYPE, SEM_PLACE, SEM_TIME = _ns(SEM).eventType, _ns(SEM).hasPlace, _ns(SEM).hasTime
TIME_NS = _ns(TIME)
ACTOR_CLASS = {t: getattr(K, t) for t in ("Person", "Organization", "Country", "Place", "Facility")}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
_ROLE_PROP = {"agent": K.hasAgent, "target": K.hasTarget}
_CASUALTY_PROP = {"killed": K.killed, "injured": K.injured}
_X = str(XSD)
_TRUE, _FALSE = f'"true"^^<{_X}boolean>', f'"false"^^<{_X}boolean>'
_Lit = ox.Literal


def _s(value: str) -> str:
    """A plain string literal (xsd:string, as RDF 1.1 makes every simple literal)."""
    return str(_Lit(value))


def _ar(value: str, lang: str = "ar") -> str:
    return str(_Lit(value, language=lang))


def _typed(lexical: str, datatype: str) -> str:
    """A lexical form that needs no escaping (digits, dates, checked by the caller) -> literal."""
    return f'"{lexical}"^^<{_X}{datatype}>'


def _nn(n: int) -> str:
    """An offset or count, typed xsd:integer (the shapes add >= 0): Oxigraph stores derived
    integer types such as xsd:nonNegativeInteger as xsd:integer, so this round-trips."""
    return f'"{int(n)}"^^<{_X}integer>'


def _bool(b: object) -> str:
    return _TRUE if b else _FALSE


def _date_literal(value: str) -> str | None:
    if _DATE.match(value):
        return _typed(value, "date")
    if _DATETIME.match(value):
        return _typed(value if value.count(":") == 2 else value + ":00", "dateTime")
    return None


class _Mapper:
    """One article's triples, collected in order and each kept once."""

    def __init__(self, article: Article, doc: Any, kb: Any) -> None:
        self.article, self.text, self.aid = article, article.text, article.id
        self.kb = kb
        self.actors = (doc._.kg_actors or {}) if doc is not None else {}
        self.out: list[tuple[str, str, str]] = []
        self.add = lambda s, p, o: self.out.append((s, p, o))
        self._typed: dict[str, str] = {}  # actor key -> node already described

    def ntriples(self) -> str:
        return "".join(f"{s} {p} {o} .\n" for s, p, o in dict.fromkeys(self.out))

    # ------------------------------------------------------------------ article
    def article_node(self) -> str:
        a, add, art = mint.article(self.aid), self.add, self.article
        agent = mint.software_agent()
        add(a, A, K.Article)
        add(a, K.articleId, _s(art.id))
        add(a, N.isString, _s(art.text))
        add(a, K.contentHash, _s(art.content_hash))
        add(a, S.inLanguage, _s(art.lang))
        add(a, K.encoding, _s(art.encoding))
        add(a, K.extractedBy, agent)
        add(agent, A, _ns(PROV).SoftwareAgent)
        add(agent, LABEL, _s(f"kg {__version__}"))
        if art.title:
            add(a, S.headline, _ar(art.title, art.lang))
        if art.date and (lit := _date_literal(art.date)) is not None:
            add(a, S.datePublished, lit)
        if art.url:
            add(a, S.url, str(_Lit(art.url, datatype=ox.NamedNode(_X + "anyURI"))))
        if art.source:
            add(a, S.publisher, _s(art.source))
        if art.source_file:
            add(a, K.sourceFile, _s(art.source_file + (f":{art.line}" if art.line else "")))
        return a

    def span(self, node: str, art: str, start: int, end: int) -> None:
        add = self.add
        add(node, N.beginIndex, _nn(start))
        add(node, N.endIndex, _nn(end))
        add(node, N.anchorOf, _s(self.text[start:end]))
        add(node, K.inArticle, art)

    def boilerplate(self, art: str, regions: Iterable[Any]) -> None:
        """Boilerplate regions ((start, end[, kind]) tuples or objects) -> triples."""
        for r in regions or ():
            start, end = (r.start, r.end) if hasattr(r, "start") else (r[0], r[1])
            kind = getattr(r, "kind", None)
            if kind is None and isinstance(r, tuple) and len(r) > 2:
                kind = r[2]
            node = mint.span(self.aid, "boilerplate", start, end)
            self.add(node, A, K.BoilerplateRegion)
            self.span(node, art, start, end)
            if kind:
                self.add(node, K.regionKind, _s(kind))
            self.add(art, K.hasBoilerplate, node)

    # ------------------------------------------------------------------ actors
    def actor_node(self, key: str, typ: str, label: Any, label_en: Any, kb_id: Any, qid: Any,
                   verified: bool) -> str:  # fmt: skip
        node = mint.actor(key)
        add = self.add
        add(node, A, ACTOR_CLASS.get(typ, K.Actor))
        if label:
            add(node, LABEL, _ar(label))
        if label_en:
            add(node, LABEL, _ar(label_en, "en"))
        if kb_id:
            add(node, K.kbId, _s(kb_id))
        if qid:
            add(node, K.wikidataId, _s(qid))
            add(node, K.qidVerified, _bool(verified))
            if verified:
                add(node, SAME_AS, mint.wikidata(qid))
        self._typed[key] = node
        return node

    def ref(self, key: str) -> str:
        """IRI of an actor referenced by key; typed from the doc or the KB so the graph is
        closed (described once per article)."""
        if (node := self._typed.get(key)) is not None:
            return node
        if key in self.actors:
            return mint.actor(key)
        entry = self.kb.get(key) if self.kb is not None else None
        if entry is not None:
            e = entry
            return self.actor_node(key, e.type, e.label_ar, e.label_en, e.id, e.qid, e.verified)
        node = mint.actor(key)
        self.add(node, A, K.Actor)
        self._typed[key] = node
        return node

    def actors_and_mentions(self, art: str, doc: Any) -> None:
        """``doc._.kg_actors`` and ``doc._.kg_mentions`` -> actors, positions, mentions."""
        add = self.add
        for key, a in self.actors.items():
            node = self.actor_node(key, a.type, a.label, a.label_en, a.kb_id, a.qid, a.verified)
            for pos in a.positions:
                p = mint.position(key, pos.title, pos.of, pos.start)
                add(node, K.holdsPosition, p)
                add(p, A, K.Position)
                add(p, K.positionTitle, _ar(pos.title))
                if pos.title_en:
                    add(p, K.positionTitle, _ar(pos.title_en, "en"))
                if pos.of:
                    org = self.ref(pos.of)
                    add(p, K.positionOf, org)
                    add(node, K.affiliatedWith, org)
                for prop, value in ((K.startDate, pos.start), (K.endDate, pos.end)):
                    if value and (lit := _date_literal(value)) is not None:
                        add(p, prop, lit)
        for m in doc._.kg_mentions or ():
            node = mint.mention(self.aid, m.start, m.end, m.actor, m.kind)
            add(node, A, K.Mention)
            self.span(node, art, m.start, m.end)
            add(node, K.mentionKind, _s(m.kind))
            if m.actor is not None:
                add(node, K.denotes, self.ref(m.actor))

    # ------------------------------------------------------------------ statements
    def statements(self, art: str, doc: Any, event_iris: dict) -> None:
        """``doc._.kg_statements`` -> statement triples (speaker or the unresolved marker)."""
        add = self.add
        for st in doc._.kg_statements or ():
            s, e = st.content
            node = mint.statement(self.aid, st.cue[0], s, e)
            add(node, A, K.Statement)
            add(node, K.inArticle, art)
            add(node, N.beginIndex, _nn(s))
            add(node, N.endIndex, _nn(e))
            add(node, K.content, _ar(self.text[s:e]))
            add(node, K.cue, _ar(st.cue_text))
            add(node, K.cueBeginIndex, _nn(st.cue[0]))
            add(node, K.cueEndIndex, _nn(st.cue[1]))
            add(node, K.isDirect, _bool(st.direct))
            add(node, K.statementKind, _s(st.kind))
            if st.speaker is not None:
                add(node, K.hasSpeaker, self.ref(st.speaker))
            else:
                add(node, K.speakerUnresolved, _TRUE)
            for key in dict.fromkeys(st.about):
                add(node, K.about, self.ref(key))
            for key in dict.fromkeys(st.about_events):
                if key in event_iris:
                    add(node, K.aboutEvent, event_iris[key])

    # ------------------------------------------------------------------ events
    def time_node(self, t: Any) -> str:
        node = mint.span(self.aid, "time", t.start, t.end)
        self.add(node, A, K.TimeExpression)
        self.add(node, K.timeText, _ar(t.text))
        if t.precision:
            self.add(node, K.precision, _s(t.precision))
        v = t.value or ""
        if t.precision == "day" and _DATE.match(v):
            self.add(node, TIME_NS.inXSDDate, _typed(v, "date"))
        elif t.precision == "month" and re.match(r"^\d{4}-\d{2}$", v):
            self.add(node, TIME_NS.inXSDgYearMonth, _typed(v, "gYearMonth"))
        elif t.precision == "year" and re.match(r"^\d{4}$", v):
            self.add(node, TIME_NS.inXSDgYear, _typed(v, "gYear"))
        return node

    def events(self, art: str, doc: Any) -> dict[str, str]:
        """``doc._.kg_events`` -> one event node per coreference key, a mention node per
        trigger. Returns event key -> event IRI (statements use it for ``kgo:aboutEvent``)."""
        add = self.add
        by_key: dict[str, list] = {}
        for ev in doc._.kg_events or ():
            by_key.setdefault(ev.key, []).append(ev)
        out: dict[str, str] = {}
        for key, mentions in by_key.items():
            first = mentions[0]
            place = next((m.place for m in mentions if m.place), None)
            time = next((m.time for m in mentions if m.time is not None), None)
            day = time.value if time is not None and time.precision == "day" else None
            node = out[key] = mint.event(event_identity(first.type, place, day), self.aid, key)
            add(node, A, K.Event)
            etype = mint.event_type(first.type)
            add(node, SEM_TYPE, etype)
            add(etype, A, K.EventType)
            add(etype, LABEL, _s(first.type))
            if first.cameo:
                add(node, K.cameoCode, _s(first.cameo))
                add(etype, K.cameoCode, _s(first.cameo))
            if first.plover:
                add(node, K.ploverCode, _s(first.plover))
                add(etype, K.ploverCode, _s(first.plover))
            casualties: dict[str, int] = {}
            for m in mentions:
                for p in m.participants:
                    add(node, _ROLE_PROP.get(p.role, K.hasCoParticipant), self.ref(p.actor))
                casualties.update((w, c) for w, c in m.casualties.items() if w in _CASUALTY_PROP)
                mn = mint.span(self.aid, "event-mention", m.trigger[0], m.trigger[1])
                add(mn, A, K.EventMention)
                self.span(mn, art, m.trigger[0], m.trigger[1])
                add(mn, K.denotes, node)
            for what, count in casualties.items():  # the last mention's figure wins
                add(node, _CASUALTY_PROP[what], _nn(count))
            if place:
                add(node, SEM_PLACE, self.ref(place))
            if time is not None:
                add(node, SEM_TIME, self.time_node(time))
        return out


def article_ntriples(article: Article, doc: Any = None, kb: Any = None) -> str:
    """Article (+ annotated Doc, + KB for referenced actors) -> its graph as N-Triples text,
    each triple once."""
    m = _Mapper(article, doc, kb)
    art = m.article_node()
    if doc is not None:
        m.boilerplate(art, doc._.kg_boilerplate)
        m.actors_and_mentions(art, doc)
        m.statements(art, doc, m.events(art, doc))
    return m.ntriples()


def article_to_graph(article: Article, doc: Any = None, kb: Any = None) -> Graph:
    """Article (+ annotated Doc) -> the content of the article's named graph, in rdflib."""
    return ntriples_to_graph(article_ntriples(article, doc, kb))


__all__ = ["article_ntriples", "article_to_graph", "new_graph", "ntriples_to_graph"]
