"""State shared by ``kg_mentions`` -> ``kg_coref`` -> ``kg_link``, kept in ``doc.user_data``.

``Raw``: one recognised stretch (name, title, role, adjective, metonym, counterpart) with what the
recogniser knew about it (KB candidates, title, affiliation). Hidden raws (affiliations inside a
title: «باسم الكرملين», «الأمريكي» in «وزير الخارجية الأمريكي») give actors but no mention.
``Entity``: one real-world actor after coreference (indices of its raws). ``Work`` holds both.
``emit(doc, work)`` writes ``doc._.kg_mentions``, ``doc._.kg_actors`` and ``doc.spans`` from it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from kg.nlp.actors_lex import ActorLexicons, OrgPattern, Title, Word
from kg.nlp.records import Actor, Mention, Position
from kg.text.normalize import Normalized, normalize_key

WORK_KEY = "kg_actors_work"
SPAN_KEY = "kg_mentions"


@dataclass(frozen=True, slots=True)
class ArticleText:
    """One article as the mention passes after the title scan read it: its words, normalised
    and original text, the actor lexicons and the word indices no mention may cover."""

    words: list[Word]
    norm: Normalized
    text: str
    lex: ActorLexicons
    blocked: set[int]


@dataclass(slots=True)
class Raw:
    """One recognised stretch of text (original offsets) and what is known about it."""

    start: int
    end: int
    ws: int  # word indices [ws, we)
    we: int
    kind: str  # name | title | role | adjective | metonym | counterpart
    type: str
    text: str
    cands: tuple[Any, ...] = ()  # kg.kb.Candidate objects
    name: str = ""  # normalised name (local key basis)
    title: Title | None = None
    of: int | None = None  # index of the affiliation raw
    gender: str | None = None
    category: str | None = None
    holder: int | None = None  # index of the name raw a title/counterpart belongs to
    org: OrgPattern | None = None
    of_label: str = ""  # filled organisation label (pattern organisations)
    ambiguous: bool = False  # only ambiguous KB aliases matched: needs context
    head: str = ""  # «رئيس المجلس»: a role named by its title and a body's head noun
    hidden: bool = False
    entity: int | None = None


@dataclass(slots=True)
class Entity:
    """One actor of the article: its raws, type, names, KB candidate ids, positions."""

    type: str
    raws: list[int]
    cand_ids: set[str] = field(default_factory=set)
    positions: list[Position] = field(default_factory=list)
    pos_of: list[int | None] = field(default_factory=list)  # affiliation raw per position
    key: str = ""
    kb_id: str | None = None
    label: str = ""
    dropped: bool = False


@dataclass(slots=True)
class Work:
    raws: list[Raw] = field(default_factory=list)
    kb: Any = None  # the KB kg_mentions matched against (coref and link use the same one)
    entities: list[Entity] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    token_starts: list[int] | None = None  # character offset of each token (for spans)
    text: str = ""  # the article text the raws' offsets point into


def get_work(doc: Doc) -> Work | None:
    """The working state left by ``kg_mentions`` (None if it did not run)."""
    return doc.user_data.get(WORK_KEY)


def local_key(type_: str, name: str) -> str:
    """Actor type + name -> ``local:<Type>:<normalised name>`` (stable across articles)."""
    return f"local:{type_}:{normalize_key(name)}"


def provisional_key(raw: Raw) -> str:
    """The key a raw gets before linking: a lone KB candidate's id, else a local key."""
    ids = {c.entry.id for c in raw.cands}
    if len(ids) == 1 and not raw.ambiguous:
        return next(iter(ids))
    return local_key(raw.type, raw.of_label or raw.name or raw.text)


def of_key(work: Work, i: int | None) -> str | None:
    """Index of an affiliation raw -> the key of its entity (None if unresolved)."""
    if i is None:
        return None
    raw = work.raws[i]
    if raw.entity is None:
        return None
    ent = work.entities[raw.entity]
    return None if ent.dropped else ent.key


def entity_label(ent: Entity, work: Work) -> str:
    """The longest name written for the entity (its organisation label for pattern orgs)."""
    raws = [work.raws[r] for r in ent.raws]
    names = [r for r in raws if r.kind == "name"] or raws
    best = max(names, key=lambda r: (r.org is not None and bool(r.of_label), len(r.text)))
    return best.of_label or clean_label(best.text)


def _apposed(raw: Raw, named_ends: set[tuple[int, int | None]], text: str) -> bool:
    """A role right after a comma that follows a name of the same entity."""
    k = raw.start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] not in "،,":
        return False
    k -= 1
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return (k, raw.entity) in named_ends


def clean_label(text: str) -> str:
    """Surface text -> a label: hashtag marks to spaces, whitespace collapsed."""
    return " ".join(text.replace("#", " ").replace("_", " ").split())


def entity_actor(ent: Entity, work: Work) -> Actor:
    """An entity before linking -> an :class:`Actor` (text positions with resolved ``of``)."""
    positions = [
        Position(p.title, p.title_en, of_key(work, of), p.start, p.end, p.evidence)
        for p, of in zip(ent.positions, ent.pos_of, strict=True)
    ]
    return Actor(ent.key, ent.type, ent.label or entity_label(ent, work), positions=positions)


def emit(doc: Doc, work: Work) -> None:
    """Work -> ``doc._.kg_mentions`` (text order), ``doc._.kg_actors`` and ``doc.spans``.

    Each raw's actor is its entity's key when coreference ran, else its provisional key;
    unresolved roles get ``actor=None``; raws of dropped entities are not written.
    """
    actors: dict[str, Actor] = dict(work.actors)
    if not actors:
        for ent in work.entities:
            if not ent.dropped and ent.key not in actors:
                actors[ent.key] = entity_actor(ent, work)
    mentions: list[Mention] = []
    named_ends = {(r.end, r.entity) for r in work.raws if r.kind == "name" and r.entity is not None}
    for raw in work.raws:
        key: str | None
        if raw.entity is not None:
            ent = work.entities[raw.entity]
            if ent.dropped:
                continue
            key = ent.key
        elif raw.holder is not None and not work.entities:
            key = provisional_key(work.raws[raw.holder])
        elif raw.kind in ("role", "counterpart") or raw.ambiguous or work.entities:
            key = None
        else:
            key = provisional_key(raw)
        if key is not None and key not in actors:
            actors[key] = Actor(key=key, type=raw.type, label=raw.text)
        if not raw.hidden:
            # «نظيره النرويجي إسبن بارث إيده»: a counterpart with its holder's name is a title
            # next to a name, no mention of its own (guideline)
            kind = "title" if raw.kind == "counterpart" and raw.holder is not None else raw.kind
            if kind == "role" and raw.entity is not None:
                if _apposed(raw, named_ends, work.text):  # «X، رئيس مجلس النواب،»: attached
                    kind = "title"
            mentions.append(Mention(raw.start, raw.end, raw.text, key, raw.type, kind))
    mentions.sort(key=lambda m: (m.start, -m.end))
    doc._.kg_mentions = mentions
    doc._.kg_actors = actors
    if work.token_starts is None:
        work.token_starts = doc.to_array("IDX").tolist()
    starts = work.token_starts
    spans = []
    for m in mentions:
        ts = bisect_right(starts, m.start) - 1
        te = bisect_left(starts, m.end)
        if 0 <= ts < te:
            spans.append(Span(doc, ts, te, label=m.type))
    doc.spans[SPAN_KEY] = spans
