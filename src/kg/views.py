"""Read views over the store, computed by the SPARQL in ``kg/queries/``; used by the CLI and the
server. Each returns plain dicts in the documented JSON-lines shapes.

``resolve_actors(store, name) -> list[URIRef]``: a name (Arabic or English, any alias) or a QID
-> actor IRIs, through the knowledge base first, then labels in the store.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.rdf import iris
from kg.resources import query_text
from kg.store import Store

TYPE_NAMES = ("Person", "Organization", "Country", "Place", "Facility", "Actor")


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def _type_name(iri: Any) -> str:
    name = str(iri).rsplit("#", 1)[-1]
    return name if name in TYPE_NAMES else "Actor"


def _lit(value: str) -> Literal:
    return Literal(value, datatype=XSD.string)


def resolve_actors(store: Store, name: str, kb: Any = None) -> list[URIRef]:
    """A name, alias or QID -> actor IRIs (KB matches first, else store labels containing it)."""
    out: list[URIRef] = []
    if kb is None:
        from kg.kb import default_kb

        kb = default_kb()
    for entry in kb.search(name):
        out.append(iris.actor(entry.id))
    if not out:
        from kg.text.normalize import normalize_key

        for q in {name, normalize_key(name)}:
            for r in store.query(query_text("actors-by-label"), {"name": _lit(q)}):
                out.append(r["actor"])
    return list(dict.fromkeys(out))


def entities(store: Store, article: str | None = None) -> list[dict]:
    """-> one dict per actor and article: label, label_en, wikidata, type, mentions."""
    b = {"article": _lit(article)} if article else {}
    rows = []
    for r in store.query(query_text("entities"), b):
        spans = sorted(tuple(int(x) for x in m.split(":")) for m in str(r["mentions"]).split())
        rows.append(
            {
                "article": _s(r["article"]),
                "label": _s(r["label"]),
                "label_en": _s(r["label_en"]),
                "wikidata": _s(r["qid"]),
                "type": _type_name(r["type"]),
                "mentions": [list(s) for s in spans],
            }
        )
    return rows


def _actor_ref(label: Any, label_en: Any, qid: Any, iri: Any = None) -> dict:
    return {"label": _s(label), "label_en": _s(label_en), "wikidata": _s(qid), "iri": _s(iri)}


def statements(
    store: Store,
    about: list[URIRef] | None = None,
    speaker: list[URIRef] | None = None,
    article: str | None = None,
) -> list[dict]:
    """-> statements (optionally about / by any of the given actors, or in one article)."""
    base = {"article": _lit(article)} if article else {}
    targets = about if about is not None else [None]
    found: dict[str, dict] = {}
    for t in targets:
        b = dict(base)
        if t is not None:
            b["target"] = t
        name = "statements" if t is None else "who-said-what-about"
        for r in store.query(query_text(name), b):
            if speaker is not None and r["speaker"] not in speaker:
                continue
            key = str(r["statement"])
            if key in found:
                continue
            spk = None
            if r["speaker"] is not None:
                spk = _actor_ref(
                    r["speaker_label"], r["speaker_label_en"], r["speaker_qid"], r["speaker"]
                )
            found[key] = {
                "article": _s(r["article"]),
                "speaker": spk,
                "cue": _s(r["cue"]),
                "text": _s(r["text"]),
                "start": int(r["start"]),
                "end": int(r["end"]),
                "direct": bool(r["direct"].toPython()),
                "about": [],
                "date": _s(r["date"]),
            }
    abouts: dict[str, list[dict]] = defaultdict(list)
    if found:
        for r in store.query(query_text("statement-about"), base):
            if str(r["statement"]) in found:
                abouts[str(r["statement"])].append(
                    _actor_ref(r["label"], r["label_en"], r["qid"], r["actor"])
                )
    out = []
    for key, st in found.items():
        st["about"] = sorted(abouts[key], key=lambda a: (a["label"] or "", a["wikidata"] or ""))
        out.append(st)
    return sorted(out, key=lambda s: (s["article"], s["start"]))


def events(
    store: Store,
    type_: str | None = None,
    actor: list[URIRef] | None = None,
    article: str | None = None,
) -> list[dict]:
    """-> one dict per event mention: id, type, code, trigger, offsets, participants, place, date.

    ``actor`` keeps events where any of the given actors takes part or is the place."""
    base = {"article": _lit(article)} if article else {}
    parts: dict[tuple[str, str], list[dict]] = defaultdict(list)
    involved: dict[tuple[str, str], set] = defaultdict(set)
    for r in store.query(query_text("event-participants"), base):
        parts[(str(r["event"]), str(r["article"]))].append(
            {"role": _s(r["role"]), "label": _s(r["label"]), "wikidata": _s(r["qid"])}
        )
        involved[(str(r["event"]), str(r["article"]))].add(r["actor"])
    wanted = set(actor) if actor is not None else None
    rows: dict[tuple[str, str, int], dict] = {}
    for r in store.query(query_text("events"), base):
        if type_ and str(r["type"]).lower() != type_.lower():
            continue
        ek = (str(r["event"]), str(r["article"]))
        if wanted is not None and not (wanted & (involved[ek] | {r["place"]})):
            continue
        k = (str(r["event"]), str(r["article"]), int(r["start"]))
        place = None
        if r["place"] is not None:
            place = {"label": _s(r["place_label"]), "wikidata": _s(r["place_qid"])}
        rows.setdefault(
            k,
            {
                "id": str(r["event"]),
                "article": _s(r["article"]),
                "type": _s(r["type"]),
                "code": _s(r["code"]),
                "trigger": _s(r["trigger"]),
                "start": int(r["start"]),
                "end": int(r["end"]),
                "participants": sorted(
                    parts[(str(r["event"]), str(r["article"]))],
                    key=lambda p: (p["role"] or "", p["label"] or ""),
                ),
                "place": place,
                "date": _s(r["date"]),
                "date_text": _s(r["date_text"]),
            },
        )
    return sorted(rows.values(), key=lambda e: (e["article"], e["start"]))
