"""Typed events with participants, place, time and casualties (spaCy component ``kg_events``).

Doc in (``doc._.kg_sentences``, ``kg_boilerplate``, ``kg_mentions``, ``kg_actors``, ``kg_times``;
any may be None) -> ``doc._.kg_events: list[EventMention]``.

- triggers: :mod:`kg.nlp.events_find` (lexicon ``event_triggers.tsv`` -> ``event_types.tsv``),
  none inside boilerplate, negated ones («لم يستقبل») dropped;
- arguments: :mod:`kg.nlp.events_args`; time = the nearest time expression in the same sentence
  (never the publication date by default); casualties = numbered «مقتل 6» / «100 قتيل» in the
  sentence, given to the nearest assault-type trigger before them (else after);
- coreference: :func:`corefer` gives one ``key`` to mentions of one event; missing place/time of
  a mention is then filled from its event.

``event_identity(type, place_key, date) -> str | None`` is the cross-article key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.events_args import ArgFinder
from kg.nlp.events_clause import Arg
from kg.nlp.events_find import Trigger, Words, find_casualties, find_triggers
from kg.nlp.events_lex import EventLexicon, event_lexicon
from kg.nlp.records import EventMention, Mention, Participant, TimeExpr
from kg.text.normalize import Normalized, normalize
from kg.text.sentences import split_sentences

_FWD_CHARS = 200  # how far after a trigger arguments are searched (within the sentence)
_ASSAULT = "ASSAULT"
_SINCE = "منذ"  # «منذ أيلول 2015» dates a state, not the event in the clause


def event_identity(type: str, place_key: str | None, date: str | None) -> str | None:
    """Event type + place actor key + ISO day -> deterministic cross-article key, else None.

    None when the place or the day is missing (a month or year is not precise enough).
    """
    if not type or not place_key or not date or len(date) < 10 or date[4] != "-":
        return None
    digest = hashlib.sha1(f"{type}|{place_key}|{date[:10]}".encode()).hexdigest()[:16]
    return f"{type}-{digest}"


def _day(te: TimeExpr | None) -> str | None:
    return te.value if te is not None and te.value else None


def _compatible_place(a: str | None, b: str | None, countries: frozenset[str]) -> bool:
    if a is None or b is None or a == b:
        return True
    return (a in countries) != (b in countries)


def _week_of(day: str) -> str | None:
    try:
        y, w, _ = date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return None
    return f"{y}-W{w:02d}"


def _compatible_time(a: str | None, b: str | None) -> bool:
    """Two ISO values (day, week, month, year) can denote the same time."""
    if a is None or b is None:
        return True
    if "W" in a or "W" in b:
        wa = a if "W" in a else _week_of(a) if len(a) >= 10 else None
        wb = b if "W" in b else _week_of(b) if len(b) >= 10 else None
        return wa is None or wb is None or wa == wb
    n = min(len(a), len(b))
    return a[:n] == b[:n]


@dataclass(slots=True)
class _Cluster:
    types: set[str]
    place: str | None
    time: str | None
    agents: set[str]
    members: list[int]
    sentences: set[int]


def corefer(
    events: list[EventMention],
    lex: EventLexicon,
    sentences: list[int] | None = None,
    countries: frozenset[str] = frozenset(),
) -> None:
    """Give one ``key`` (``e0``, ``e1`` ...) to the mentions of one event; fill place/time.

    ``sentences[i]`` is the sentence index of ``events[i]``: a generic mention («هجوم») and a
    specific one («ضربات») of compatible types in one sentence are one event even without a place.
    ``countries``: actor keys of countries; a country place does not conflict with a town or
    facility (containment is unknown here), and the more specific place wins.
    """
    clusters: list[_Cluster] = []
    for i, ev in enumerate(events):
        sent = sentences[i] if sentences is not None else None
        agents = {p.actor for p in ev.participants if p.role == "agent"}
        et = lex.types[ev.type]
        found, best = None, -1
        for n, c in enumerate(clusters):
            rules = [lex.pair_rule(ev.type, t) for t in c.types]
            if any(r is None for r in rules):
                continue
            bare = ev.place is None and not ev.participants  # «… في هجوم لقي تنديداً»
            same_sent = bare and sent is not None and sent in c.sentences
            cross = ev.type not in c.types and any(rules)  # only a compatible type so far
            if cross and not (ev.place and ev.place == c.place) and not same_sent:
                continue
            if et.coref == "strict" and not (agents and agents == c.agents and ev.type in c.types):
                continue
            if not _compatible_place(ev.place, c.place, countries):
                continue
            if not _compatible_time(_day(ev.time), c.time):
                continue
            same_place = bool(ev.place and ev.place == c.place)
            if agents and c.agents and not agents & c.agents and not same_place:
                continue  # «the US» vs «the US army» at one place and time: still one event
            score = 2 * len(clusters) * (bool(ev.place and ev.place == c.place) or same_sent) + n
            if score > best:  # prefer a cluster with the same place, then the latest one
                found, best = c, score
        if found is None:
            found = _Cluster(set(), None, None, set(), [], set())
            clusters.append(found)
        found.types.add(ev.type)
        if found.place is None or (
            found.place in countries and ev.place and ev.place not in countries
        ):
            found.place = ev.place or found.place
        found.time = found.time or _day(ev.time)
        found.agents |= agents
        found.members.append(i)
        if sent is not None:
            found.sentences.add(sent)
    for n, c in enumerate(clusters):
        members = [events[i] for i in c.members]
        time = next((e.time for e in members if e.time and e.time.value), None)
        for e in members:
            e.key = f"e{n}"
            if e.place is None or (e.place in countries and c.place not in countries):
                e.place = c.place
            e.time = e.time or time


class EventsComponent:
    """spaCy component: Doc records -> ``doc._.kg_events``."""

    def __init__(self) -> None:
        self.lex = event_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_events = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[EventMention]:
        art = doc._.kg_article
        text = art.text if art is not None else doc.text  # same string; doc.text is rebuilt
        norm = normalize(text)
        words = Words(norm, text)
        boiler = [tuple(r[:2]) for r in (doc._.kg_boilerplate or [])]
        sents = doc._.kg_sentences
        if sents is None:
            sents = split_sentences(text, boiler)
        sents_n = [_to_norm(norm, s, e) for s, e in sents]
        triggers = [
            t
            for t in find_triggers(words, self.lex, text, norm)
            if not _inside(norm.to_original(t.start, t.end), boiler)
        ]
        args = ArgFinder(words, self.lex, _args(doc, norm))
        spans = [norm.to_original(t.start, t.end) for t in triggers]
        times = doc._.kg_times or []
        events: list[EventMention] = []
        ev_sent: list[int] = []
        per_sentence: dict[int, list[tuple[Trigger, EventMention]]] = {}
        for k, tr in enumerate(triggers):
            si = next((n for n, (a, b) in enumerate(sents_n) if a <= tr.start < b), None)
            if si is None:
                continue
            lo, hi = sents_n[si]
            nxt = triggers[k + 1].start if k + 1 < len(triggers) else hi
            fwd_hi = min(hi, nxt, tr.end + _FWD_CHARS)
            et = self.lex.types[tr.entry.type]
            roles, place = args.arguments(tr, et, lo, hi, fwd_hi)
            os_, oe = norm.to_original(tr.start, tr.end)
            ev = EventMention(
                key="",
                type=et.id,
                trigger=(os_, oe),
                trigger_text=text[os_:oe],
                cameo=et.cameo,
                plover=et.plover,
                participants=[Participant(r, a) for r, a in roles],
                place=place,
                time=_nearest_time(
                    times, os_, oe, _window(norm, args.time_window(tr, lo, hi)), spans
                ),
            )
            events.append(ev)
            ev_sent.append(si)
            per_sentence.setdefault(si, []).append((tr, ev))
        for si, pairs in per_sentence.items():
            self._casualties(words, sents_n[si], pairs)
        actors = doc._.kg_actors or {}
        countries = frozenset(k for k, a in actors.items() if a.type == "Country")
        corefer(events, self.lex, ev_sent, countries)
        return events

    def _casualties(
        self, words: Words, span: tuple[int, int], pairs: list[tuple[Trigger, EventMention]]
    ) -> None:
        assault = [(t, e) for t, e in pairs if e.plover == _ASSAULT]
        if not assault:
            return
        lo, hi = words.index_at(span[0]), words.index_at(span[1])
        for k, kind, n in find_casualties(words, self.lex, lo, hi):
            pos = words.spans[k][0]
            before = [e for t, e in assault if t.start < pos]
            target = before[-1] if before else assault[0][1]
            target.casualties.setdefault(kind, n)


def _to_norm(norm: Normalized, s: int, e: int) -> tuple[int, int]:
    from bisect import bisect_left

    return bisect_left(norm.offsets, s), bisect_left(norm.offsets, e)


def _window(norm: Normalized, span: tuple[int, int]) -> tuple[int, int]:
    return norm.to_original(span[0], span[1])


def _inside(span: tuple[int, int], regions: list) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in regions)


def _args(doc: Doc, norm: Normalized) -> list[Arg]:
    """Resolved actor mentions -> :class:`Arg` list in normalised offsets, one per stretch."""
    actors = doc._.kg_actors or {}
    ms: list[Mention] = [m for m in (doc._.kg_mentions or []) if m.actor]
    ms.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Arg] = []
    for m in ms:
        s, e = _to_norm(norm, m.start, m.end)
        actor = actors.get(m.actor)
        typ = actor.type if actor is not None else m.type
        if out and s < out[-1].end:  # overlapping: keep the longer, earlier mention
            continue
        prev = out[-1] if out else None
        if prev and prev.actor == m.actor and norm.text[prev.end : s].strip(" ،,") == "":
            prev.end = e  # «وزير الخارجية الروسي، سيرغي لافروف» is one stretch
            continue
        out.append(Arg(s, e, m.actor, typ, m.kind))
    return out


def _nearest_time(
    times: list[TimeExpr], s: int, e: int, window: tuple[int, int], triggers: list[tuple[int, int]]
) -> TimeExpr | None:
    """The time expression nearest the trigger ``[s, e)`` inside ``window`` with no other
    event trigger between them (original offsets); «منذ …» expressions are skipped."""
    best, dist = None, None
    for te in times:
        if te.start < window[0] or te.end > window[1] or te.text.startswith(_SINCE):
            continue
        lo, hi = (te.end, s) if te.end <= s else (e, te.start)
        if any(lo <= ts and te_ <= hi for ts, te_ in triggers if (ts, te_) != (s, e)):
            continue
        d = max(0, te.start - e, s - te.end)
        if dist is None or d < dist:
            best, dist = te, d
    return best


@Language.factory("kg_events", assigns=["doc._.kg_events"], default_config={})
def make_events(nlp: Language, name: str) -> EventsComponent:
    """Factory of the ``kg_events`` component."""
    return EventsComponent()
