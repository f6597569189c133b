"""Data for the web UI pages, read in-process from the store (our own bounded queries).

``search(store, name)``, ``actor_page(store, key)``, ``article_page(store, id)``,
``network(store, actor, start, end)`` and ``suggest(name)`` each return plain dicts/lists
for the templates; the SPARQL lives in ``server/queries/*.rq`` and always runs with bindings.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg import views
from kg.rdf import iris
from kg.rdf.namespaces import KGID
from kg.store import Store

ACTOR_BASE = str(KGID) + "actor/"


@cache
def _q(name: str) -> str:
    return (Path(__file__).parent / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def actor_key(iri: Any) -> str | None:
    """Actor IRI -> the key used in ``/entity/<key>`` (None for other IRIs)."""
    s = str(iri)
    return s[len(ACTOR_BASE) :] if s.startswith(ACTOR_BASE) else None


def entity_link(ref: dict | None) -> str | None:
    """A speaker/about dict from :mod:`kg.views` -> an entity key (via its QID), or None."""
    if ref and ref.get("wikidata"):
        return actor_key(iris.actor(ref["wikidata"]))
    return None


def labels(store: Store, iri: URIRef) -> dict[str, Any]:
    """-> {"ar", "en", "type", "qid", "kb"} for an actor IRI (empty values when unknown)."""
    out: dict[str, Any] = {
        "ar": None,
        "en": None,
        "type": None,
        "qid": None,
        "kb": None,
        "iri": str(iri),
    }
    for r in store.query(_q("actor-info"), {"actor": iri}):
        lab = r["label"]
        if lab is not None:
            lang = getattr(lab, "language", None) or "ar"
            out.setdefault(lang, None)
            if out.get(lang) is None:
                out[lang] = str(lab)
        t = str(r["type"]).rsplit("#", 1)[-1]
        if t in views.TYPE_NAMES and (out["type"] in (None, "Actor")):
            out["type"] = t
        out["qid"] = out["qid"] or _s(r["qid"])
        out["kb"] = out["kb"] or _s(r["kb"])
    return out


def search(store: Store, name: str) -> dict[str, Any]:
    """Who said what about ``name`` -> {"actors": [...], "groups": [{speaker, items}]}."""
    actors = views.resolve_actors(store, name)
    found = [a for a in (labels(store, a) for a in actors) if a["type"] is not None]
    stmts = views.statements(store, about=[URIRef(a["iri"]) for a in found]) if found else []
    groups: dict[str, dict] = {}
    for st in stmts:
        spk = st["speaker"]
        key = (spk or {}).get("wikidata") or (spk or {}).get("label") or ""
        g = groups.setdefault(key, {"speaker": spk, "key": entity_link(spk), "items": []})
        g["items"].append(st)
    ordered = sorted(
        groups.values(),
        key=lambda g: (
            -len(g["items"]),
            g["speaker"] is None,
            (g["speaker"] or {}).get("label") or "",
        ),
    )
    for a in found:
        a["key"] = actor_key(a["iri"])
    return {"actors": found, "groups": ordered, "count": len(stmts)}


def _positions(store: Store, iri: URIRef) -> list[dict]:
    """-> one dict per position: title and organisation label by language, key, dates."""
    found: dict[str, dict] = {}
    for r in store.query(_q("actor-positions"), {"actor": iri}):
        p = found.setdefault(
            str(r["position"]),
            {
                "title": {},
                "org": {},
                "org_key": actor_key(r["org"]) if r["org"] else None,
                "start": _s(r["start"]),
                "end": _s(r["end"]),
            },
        )
        p["title"].setdefault(getattr(r["title"], "language", None) or "ar", str(r["title"]))
        if r["org_label"] is not None:
            lang = getattr(r["org_label"], "language", None) or "ar"
            p["org"].setdefault(lang, str(r["org_label"]))
    return sorted(found.values(), key=lambda p: p["start"] or "", reverse=True)


def actor_page(store: Store, key: str) -> dict[str, Any] | None:
    """``/entity/<key>`` -> info, positions, statements by and about, events (None: unknown)."""
    iri = URIRef(ACTOR_BASE + key)
    info = labels(store, iri)
    if info["type"] is None:
        return None
    positions = _positions(store, iri)
    return {
        "info": info,
        "positions": positions,
        "by": views.statements(store, speaker=[iri]),
        "about": views.statements(store, about=[iri]),
        "events": views.events(store, actor=[iri]),
    }


def _segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[dict]:
    """Text + (start, end, css class, title) spans -> elementary segments with their classes,
    so overlapping spans (a mention inside a statement) all show."""
    cuts = {0, len(text)}
    for s, e, _, _ in spans:
        cuts.update((max(0, s), min(len(text), e)))
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        cover = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        out.append(
            {
                "text": text[a:b],
                "start": a,
                "classes": " ".join(sorted({c for _, _, c, _ in cover})),
                "title": " · ".join(dict.fromkeys(t for _, _, _, t in cover if t)),
                "anchor": next(
                    (f"s-{sp[0]}" for sp in cover if sp[2] == "hl-statement" and sp[0] == a), None
                ),
            }
        )
    return out


def article_page(store: Store, article_id: str) -> dict[str, Any] | None:
    """``/article/<id>`` -> metadata, highlighted segments, actors, statements, events."""
    b = {"article": Literal(article_id, datatype=XSD.string)}
    meta = next(iter(store.query(_q("article-meta"), b)), None)
    if meta is None:
        return None
    text = str(meta["text"])
    ents = views.entities(store, article=article_id)
    stmts = views.statements(store, article=article_id)
    evs = views.events(store, article=article_id)
    spans: list[tuple[int, int, str, str]] = []
    for en in ents:
        for s, e in en["mentions"]:
            spans.append((s, e, "hl-mention", f"{en['label']} ({en['type']})"))
    for st in stmts:
        who = (st["speaker"] or {}).get("label") or "?"
        spans.append((st["start"], st["end"], "hl-statement", f"{who}: {st['cue']}"))
    for ev in evs:
        spans.append((ev["start"], ev["end"], "hl-event", ev["type"]))
    for en in ents:
        en["key"] = entity_link(en)
    return {
        "id": article_id,
        "text": text,
        "headline": _s(meta["headline"]),
        "date": _s(meta["date"]),
        "url": _s(meta["url"]),
        "publisher": _s(meta["publisher"]),
        "segments": _segments(text, spans),
        "entities": ents,
        "statements": stmts,
        "events": evs,
    }


def articles(store: Store) -> list[dict]:
    """-> every article: id, headline, date."""
    return [
        {"id": str(r["article"]), "headline": _s(r["headline"]), "date": _s(r["date"])}
        for r in store.query(_q("articles"))
    ]


def network(
    store: Store, actor: str | None = None, start: str | None = None, end: str | None = None
) -> dict[str, list]:
    """Actor network -> {"nodes": [{id, key, label, label_en, type}], "edges": [{source,
    target, kind, count}]}, keeping edges that touch ``actor`` (a name) and whose article
    date (YYYY-MM-DD prefix) is within [start, end]."""
    wanted = set(map(str, views.resolve_actors(store, actor))) if actor else None
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for r in store.query(_q("graph-edges")):
        src, dst, date = str(r["source"]), str(r["target"]), (_s(r["date"]) or "")[:10]
        if wanted is not None and not ({src, dst} & wanted):
            continue
        if (start and (not date or date < start)) or (end and (not date or date > end)):
            continue
        counts[(src, dst, str(r["kind"]))] += 1
    used = {n for s, d, _ in counts for n in (s, d)}
    names: dict[str, dict] = {}
    for r in store.query(_q("actor-labels")):
        iri = str(r["actor"])
        if iri not in used:
            continue
        n = names.setdefault(
            iri,
            {"id": iri, "key": actor_key(iri), "label": None, "label_en": None, "type": "Actor"},
        )
        lang = getattr(r["label"], "language", None)
        n["label_en" if lang == "en" else "label"] = n[
            "label_en" if lang == "en" else "label"
        ] or str(r["label"])
        t = str(r["type"]).rsplit("#", 1)[-1]
        if t in views.TYPE_NAMES and t != "Actor":
            n["type"] = t
    for iri in used - set(names):
        names[iri] = {
            "id": iri,
            "key": actor_key(iri),
            "label": iri.rsplit("/", 1)[-1],
            "label_en": None,
            "type": "Actor",
        }
    edges = [
        {"source": s, "target": d, "kind": k, "count": c} for (s, d, k), c in sorted(counts.items())
    ]
    return {"nodes": sorted(names.values(), key=lambda n: n["label"] or ""), "edges": edges}


def suggest(name: str, limit: int = 10) -> list[dict]:
    """KB entries whose Arabic or English names contain ``name`` (normalised) -> labels."""
    from kg.kb import default_kb
    from kg.text.normalize import normalize_key

    q = normalize_key(name).lower()
    if not q:
        return []
    out = []
    for e in default_kb():
        names = [e.label_ar, e.label_en, *e.aliases_ar, *e.aliases_en]
        if any(q in normalize_key(n).lower() for n in names if n):
            starts = any(normalize_key(n).lower().startswith(q) for n in names if n)
            out.append(
                (
                    not starts,
                    e.label_ar,
                    {"ar": e.label_ar, "en": e.label_en, "type": e.type, "qid": e.qid},
                )
            )
    return [x[2] for x in sorted(out, key=lambda x: (x[0], x[1]))[:limit]]
