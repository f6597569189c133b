"""The records the NLP components write onto a spaCy Doc, and the extension attributes.

Every offset is a character index into the original article text (``doc.text`` is that text,
unchanged). Spans are half-open ``(start, end)``.

Doc extensions (registered once, at import):

- ``doc._.kg_article``: ``kg.ingest.Article`` or None
- ``doc._.kg_boilerplate``: list of ``(start, end)`` regions that extraction skips
- ``doc._.kg_sentences``: list of ``(start, end)`` sentence spans (boilerplate excluded)
- ``doc._.kg_actors``: dict actor key -> :class:`Actor` (one per real-world actor per article)
- ``doc._.kg_mentions``: list of :class:`Mention` (overlaps allowed; also in
  ``doc.spans["kg_mentions"]``)
- ``doc._.kg_times``: list of :class:`TimeExpr`
- ``doc._.kg_statements``: list of :class:`Statement`
- ``doc._.kg_events``: list of :class:`EventMention`
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

Offsets = tuple[int, int]

#: actor types, matching ontology classes
ACTOR_TYPES = ("Person", "Organization", "Country", "Place", "Facility")


@dataclass(slots=True)
class Position:
    """A role an actor holds, as found in text or in the KB: «وزير الخارجية» of Russia."""

    title: str  # Arabic title as written/normalised, e.g. "وزير الخارجية"
    title_en: str | None = None
    of: str | None = None  # actor key (in doc) or KB id of the organisation/country
    start: str | None = None  # ISO date if known
    end: str | None = None
    evidence: Offsets | None = None  # where in the text the role was stated


@dataclass(slots=True)
class Actor:
    """One real-world actor in one article (after coreference)."""

    key: str  # stable within the doc: KB id when linked, else "local:<type>:<normalised name>"
    type: str  # one of ACTOR_TYPES
    label: str  # Arabic label (KB label, else the longest name mention)
    label_en: str | None = None
    kb_id: str | None = None  # id of the KB entry when linked
    qid: str | None = None  # Wikidata QID from the KB (may be unverified)
    verified: bool = False  # the QID was verified against Wikidata
    positions: list[Position] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """A stretch of text that refers to an actor."""

    start: int
    end: int
    text: str
    actor: str | None  # actor key once resolved
    type: str  # actor type guess
    kind: str = "name"  # name | title | role | adjective | metonym | pronoun | counterpart


@dataclass(slots=True)
class TimeExpr:
    """A time expression and, when it can be resolved, its ISO 8601 value."""

    start: int
    end: int
    text: str
    value: str | None = None  # "2017-04-12", "2017-W15", "2017-04", "2017"; None = unresolved
    precision: str | None = None  # day | week | month | year | None


@dataclass(slots=True)
class Statement:
    """Who said what: a cue, a content span and a speaker (None = unresolved, never guessed)."""

    cue: Offsets
    cue_text: str
    content: Offsets
    direct: bool
    speaker: str | None  # actor key
    about: list[str] = field(default_factory=list)  # actor keys mentioned in the content
    about_events: list[str] = field(default_factory=list)  # event keys mentioned in content
    kind: str = "verb"  # verb | participle | headline | channel | verbless | quote


@dataclass(slots=True)
class Participant:
    role: str  # agent | target | co-participant | patient | recipient
    actor: str  # actor key


@dataclass(slots=True)
class EventMention:
    """One mention of an event; mentions sharing ``key`` are one event in the article."""

    key: str  # within-doc coreference key
    type: str  # our typology id (see nlp/lexicons/event_types.tsv)
    trigger: Offsets
    trigger_text: str
    cameo: str | None = None
    plover: str | None = None
    participants: list[Participant] = field(default_factory=list)
    place: str | None = None  # actor key of a Place/Facility/Country
    time: TimeExpr | None = None
    casualties: dict[str, int] = field(default_factory=dict)  # killed / injured -> count


_EXTENSIONS = {
    "kg_article": None,
    "kg_boilerplate": None,
    "kg_sentences": None,
    "kg_actors": None,
    "kg_mentions": None,
    "kg_times": None,
    "kg_statements": None,
    "kg_events": None,
}


def register_extensions() -> None:
    """Register the ``doc._.kg_*`` attributes (idempotent)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
