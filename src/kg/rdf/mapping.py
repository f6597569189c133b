"""Article + annotated Doc -> the triples of the article's named graph.

``article_triples(article, doc=None, kb=None) -> list[(s, p, o)]`` is the build's fast path:
every term is written straight in its N-Triples form (IRIs from :data:`kg.rdf.iris.NT`,
literals from :mod:`kg.rdf.terms`, escaped by pyoxigraph), about 12x cheaper than filling an
rdflib graph and serialising it; ``article_ntriples(...) -> str`` joins them into N-Triples
text and ``article_to_graph(...) -> rdflib.Graph`` gives the same triples as an rdflib graph. The
mapping is deterministic: the same input gives the same triples (no timestamps, IRIs from
:mod:`kg.rdf.iris`), each once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rdflib import Graph

from kg import __version__
from kg.ingest.article import Article
from kg.nlp.events import event_identity
from kg.rdf.iris import NT as mint
from kg.rdf.ntriples import new_graph, ntriples_to_graph
from kg.rdf.terms import (
    ACTOR_CLASS,
    CASUALTY_PROP,
    DATE,
    LABEL,
    PROV_NS,
    ROLE_PROP,
    SAME_AS,
    SEM_PLACE,
    SEM_TIME,
    SEM_TYPE,
    TIME_NS,
    TRUE,
    A,
    K,
    N,
    S,
    Triple,
    lit_bool,
    lit_date,
    lit_int,
    lit_lang,
    lit_str,
    lit_typed,
    lit_uri,
)
from kg.resources import extractor_fingerprint


class _Mapper:
    """One article's triples, collected in order and each kept once."""

    def __init__(self, article: Article, doc: Any, kb: Any) -> None:
        self.article, self.text, self.aid = article, article.text, article.id
        self.kb = kb
        self.actors = (doc._.kg_actors or {}) if doc is not None else {}
        self.out: list[tuple[str, str, str]] = []
        self.add = lambda s, p, o: self.out.append((s, p, o))
        self._described: dict[str, str] = {}  # actor key -> node already described

    def triples(self) -> list[tuple[str, str, str]]:
        return list(dict.fromkeys(self.out))

    # ------------------------------------------------------------------ article
    def article_node(self) -> str:
        a, add, art = mint.article(self.aid), self.add, self.article
        fingerprint = extractor_fingerprint()
        agent = mint.software_agent(fingerprint)
        add(a, A, K.Article)
        add(a, K.articleId, lit_str(art.id))
        add(a, N.isString, lit_str(art.text))
        add(a, K.contentHash, lit_str(art.content_hash))
        add(a, S.inLanguage, lit_str(art.lang))
        add(a, K.encoding, lit_str(art.encoding))
        add(a, K.extractedBy, agent)
        add(agent, A, PROV_NS.SoftwareAgent)
        add(agent, LABEL, lit_str(f"kg {__version__} (extractor {fingerprint})"))
        if art.title:
            add(a, S.headline, lit_lang(art.title, art.lang))
        if art.date and (lit := lit_date(art.date)) is not None:
            add(a, S.datePublished, lit)
        if art.url:
            add(a, S.url, lit_uri(art.url))
        if art.source:
            add(a, S.publisher, lit_str(art.source))
        if art.source_file:
            add(a, K.sourceFile, lit_str(art.source_file + (f":{art.line}" if art.line else "")))
        return a

    def span(self, node: str, art: str, start: int, end: int) -> None:
        add = self.add
        add(node, N.beginIndex, lit_int(start))
        add(node, N.endIndex, lit_int(end))
        add(node, N.anchorOf, lit_str(self.text[start:end]))
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
                self.add(node, K.regionKind, lit_str(kind))
            self.add(art, K.hasBoilerplate, node)

    # ------------------------------------------------------------------ actors
    def actor_node(self, key: str, typ: str, label: Any, label_en: Any, kb_id: Any, qid: Any,
                   verified: bool) -> str:  # fmt: skip
        node = mint.actor(key)
        add = self.add
        add(node, A, ACTOR_CLASS.get(typ, K.Actor))
        if label:
            add(node, LABEL, lit_lang(label))
        if label_en:
            add(node, LABEL, lit_lang(label_en, "en"))
        if kb_id:
            add(node, K.kbId, lit_str(kb_id))
        if qid:
            add(node, K.wikidataId, lit_str(qid))
            add(node, K.qidVerified, lit_bool(verified))
            if verified:
                add(node, SAME_AS, mint.wikidata(qid))
        self._described[key] = node
        return node

    def ref(self, key: str) -> str:
        """IRI of an actor referenced by key; typed from the doc or the KB so the graph is
        closed (described once per article)."""
        if (node := self._described.get(key)) is not None:
            return node
        if key in self.actors:
            return mint.actor(key)
        entry = self.kb.get(key) if self.kb is not None else None
        if entry is not None:
            e = entry
            return self.actor_node(key, e.type, e.label_ar, e.label_en, e.id, e.qid, e.verified)
        node = mint.actor(key)
        self.add(node, A, K.Actor)
        self._described[key] = node
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
                add(p, K.positionTitle, lit_lang(pos.title))
                if pos.title_en:
                    add(p, K.positionTitle, lit_lang(pos.title_en, "en"))
                if pos.of:
                    org = self.ref(pos.of)
                    add(p, K.positionOf, org)
                    add(node, K.affiliatedWith, org)
                for prop, value in ((K.startDate, pos.start), (K.endDate, pos.end)):
                    if value and (lit := lit_date(value)) is not None:
                        add(p, prop, lit)
        for m in doc._.kg_mentions or ():
            node = mint.mention(self.aid, m.start, m.end, m.actor, m.kind)
            add(node, A, K.Mention)
            self.span(node, art, m.start, m.end)
            add(node, K.mentionKind, lit_str(m.kind))
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
            add(node, N.beginIndex, lit_int(s))
            add(node, N.endIndex, lit_int(e))
            add(node, K.content, lit_lang(self.text[s:e]))
            add(node, K.cue, lit_lang(st.cue_text))
            add(node, K.cueBeginIndex, lit_int(st.cue[0]))
            add(node, K.cueEndIndex, lit_int(st.cue[1]))
            add(node, K.isDirect, lit_bool(st.direct))
            add(node, K.statementKind, lit_str(st.kind))
            if st.speaker is not None:
                add(node, K.hasSpeaker, self.ref(st.speaker))
            else:
                add(node, K.speakerUnresolved, TRUE)
            for key in dict.fromkeys(st.about):
                add(node, K.about, self.ref(key))
            for key in dict.fromkeys(st.about_events):
                if key in event_iris:
                    add(node, K.aboutEvent, event_iris[key])

    # ------------------------------------------------------------------ events
    def time_node(self, t: Any) -> str:
        node = mint.span(self.aid, "time", t.start, t.end)
        self.add(node, A, K.TimeExpression)
        self.add(node, K.timeText, lit_lang(t.text))
        if t.precision:
            self.add(node, K.precision, lit_str(t.precision))
        v = t.value or ""
        if t.precision == "day" and DATE.match(v):
            self.add(node, TIME_NS.inXSDDate, lit_typed(v, "date"))
        elif t.precision == "month" and re.match(r"^\d{4}-\d{2}$", v):
            self.add(node, TIME_NS.inXSDgYearMonth, lit_typed(v, "gYearMonth"))
        elif t.precision == "year" and re.match(r"^\d{4}$", v):
            self.add(node, TIME_NS.inXSDgYear, lit_typed(v, "gYear"))
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
            add(etype, LABEL, lit_str(first.type))
            if first.cameo:
                add(node, K.cameoCode, lit_str(first.cameo))
                add(etype, K.cameoCode, lit_str(first.cameo))
            if first.plover:
                add(node, K.ploverCode, lit_str(first.plover))
                add(etype, K.ploverCode, lit_str(first.plover))
            casualties: dict[str, int] = {}
            for m in mentions:
                for p in m.participants:
                    add(node, ROLE_PROP.get(p.role, K.hasCoParticipant), self.ref(p.actor))
                casualties.update((w, c) for w, c in m.casualties.items() if w in CASUALTY_PROP)
                mn = mint.span(self.aid, "event-mention", m.trigger[0], m.trigger[1])
                add(mn, A, K.EventMention)
                self.span(mn, art, m.trigger[0], m.trigger[1])
                add(mn, K.denotes, node)
            for what, count in casualties.items():  # the last mention's figure wins
                add(node, CASUALTY_PROP[what], lit_int(count))
            if place:
                add(node, SEM_PLACE, self.ref(place))
            if time is not None:
                add(node, SEM_TIME, self.time_node(time))
        return out


def article_triples(article: Article, doc: Any = None, kb: Any = None) -> list[Triple]:
    """Article (+ annotated Doc, + KB for referenced actors) -> its graph's triples, each once,
    every term in its N-Triples form (what :mod:`kg.shacl_gate` reads)."""
    m = _Mapper(article, doc, kb)
    art = m.article_node()
    if doc is not None:
        m.boilerplate(art, doc._.kg_boilerplate)
        m.actors_and_mentions(art, doc)
        m.statements(art, doc, m.events(art, doc))
    return m.triples()


def ntriples_text(triples: Iterable[Triple]) -> str:
    """Triples of N-Triples terms -> N-Triples text."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


def nquads_text(triples: Iterable[Triple], graph: str) -> str:
    """Triples of N-Triples terms + the N-Triples term of their graph -> N-Quads text (what
    build workers send the writer: a bulk load takes it as is)."""
    end = f" {graph} .\n"
    return "".join(f"{s} {p} {o}{end}" for s, p, o in triples)


def article_ntriples(article: Article, doc: Any = None, kb: Any = None) -> str:
    """Article (+ annotated Doc, + KB) -> its graph as N-Triples text, each triple once."""
    return ntriples_text(article_triples(article, doc, kb))


def article_to_graph(article: Article, doc: Any = None, kb: Any = None) -> Graph:
    """Article (+ annotated Doc) -> the content of the article's named graph, in rdflib."""
    return ntriples_to_graph(article_ntriples(article, doc, kb))


__all__ = [
    "article_ntriples",
    "article_triples",
    "ntriples_text",
    "nquads_text",
    "article_to_graph",
    "new_graph",
    "ntriples_to_graph",
]
