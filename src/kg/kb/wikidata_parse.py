"""Wikidata API answers -> small records: ``parse_entity(qid, obj) -> WDEntity``.

``obj`` is one value of a ``wbgetentities`` answer's ``entities`` (labels, aliases, claims):
labels and aliases are kept for Arabic and English, P31 (instance of) items as ``types``, P39
(position held) statements as :class:`WDPosition` with their P580/P582 dates cut to the
precision Wikidata gives. Deprecated statements and "some/no value" snaks are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.errors import KGError

LANGS = ("ar", "en")


class WikidataError(KGError):
    """Wikidata could not be asked, refused, or sent an answer we cannot read (exit code 2)."""


@dataclass(frozen=True, slots=True)
class WDPosition:
    """A P39 (position held) statement: the position item and its P580/P582 dates."""

    qid: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class WDEntity:
    """What we use of one Wikidata item. ``missing``: no such item; ``redirect_from``: the id we
    asked for when Wikidata answered with the item it now redirects to."""

    qid: str
    labels: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    types: tuple[str, ...] = ()
    positions: tuple[WDPosition, ...] = ()
    missing: bool = False
    redirect_from: str | None = None

    def names(self, lang: str) -> list[str]:
        """-> the label and aliases in ``lang`` (label first)."""
        out = [self.labels[lang]] if lang in self.labels else []
        return out + [a for a in self.aliases.get(lang, []) if a not in out]


@dataclass(frozen=True, slots=True)
class WDHit:
    """One ``wbsearchentities`` result."""

    qid: str
    label: str | None
    description: str | None
    matched: str | None  # the label or alias that matched the search
    match_type: str | None  # "label", "alias", ...


def _item_ids(claims: list[Any]) -> list[tuple[str, dict]]:
    out = []
    for c in claims:
        if not isinstance(c, dict) or c.get("rank") == "deprecated":
            continue
        snak = c.get("mainsnak") or {}
        value = (snak.get("datavalue") or {}).get("value")
        if snak.get("snaktype") == "value" and isinstance(value, dict) and value.get("id"):
            out.append((value["id"], c.get("qualifiers") or {}))
    return out


def _date(qualifiers: dict, prop: str) -> str | None:
    """A P580/P582 time qualifier -> ISO date cut to its precision (year, month or day)."""
    for q in qualifiers.get(prop, ()):
        v = (q.get("datavalue") or {}).get("value") or {}
        t, prec = v.get("time"), v.get("precision", 11)
        if isinstance(t, str) and len(t) >= 11:
            day = t.lstrip("+")[:10]
            return day[:4] if prec <= 9 else day[:7] if prec == 10 else day
    return None


def parse_entity(qid: str, obj: Any) -> WDEntity:
    """One ``entities[qid]`` object of a ``wbgetentities`` answer -> :class:`WDEntity`."""
    if not isinstance(obj, dict):
        raise WikidataError(f"malformed answer for {qid}: not an object")
    if "missing" in obj:
        return WDEntity(qid=qid, missing=True)
    try:
        labels = {lg: v["value"] for lg, v in (obj.get("labels") or {}).items() if lg in LANGS}
        aliases = {
            lg: [a["value"] for a in vs]
            for lg, vs in (obj.get("aliases") or {}).items()
            if lg in LANGS
        }
        claims = obj.get("claims") or {}
        types = tuple(i for i, _ in _item_ids(claims.get("P31", [])))
        positions = tuple(
            WDPosition(i, _date(q, "P580"), _date(q, "P582"))
            for i, q in _item_ids(claims.get("P39", []))
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise WikidataError(f"malformed answer for {qid}: {exc!r}") from exc
    real = obj.get("id", qid)
    redirect = (obj.get("redirects") or {}).get("from") or (qid if real != qid else None)
    return WDEntity(
        qid=real,
        labels=labels,
        aliases=aliases,
        types=types,
        positions=positions,
        redirect_from=redirect,
    )


def claims_query(qids: list[str]) -> str:
    """Validated QIDs -> the text of ``wikidata-claims.rq`` with its VALUES block filled."""
    from importlib import resources

    text = resources.files("kg.kb").joinpath("wikidata-claims.rq").read_text(encoding="utf-8")
    items = " ".join(f"wd:{q}" for q in qids)
    return text.replace("VALUES ?item { }", "VALUES ?item { " + items + " }")


_ENTITY = "http://www.wikidata.org/entity/"


def _cut(row: dict, var: str) -> str | None:
    """An xsd:dateTime binding and its precision (9 year, 10 month, 11 day) -> ISO prefix."""
    v = (row.get(var) or {}).get("value")
    if not isinstance(v, str) or len(v) < 10:
        return None
    try:
        prec = int((row.get(var + "Precision") or {}).get("value", 11))
    except ValueError:
        prec = 11
    day = v.lstrip("+")[:10]
    return day[:4] if prec <= 9 else day[:7] if prec == 10 else day


def parse_claims(bindings: list) -> dict[str, tuple[tuple[str, ...], tuple[WDPosition, ...]]]:
    """Query-service rows of :data:`CLAIMS_QUERY` -> {qid: (P31 items, P39 positions)}."""
    types: dict[str, list[str]] = {}
    positions: dict[str, list[WDPosition]] = {}
    for row in bindings:
        try:
            item = row["item"]["value"].removeprefix(_ENTITY)
            t = (row.get("type") or {}).get("value")
            pos = (row.get("position") or {}).get("value")
        except (KeyError, TypeError, AttributeError) as exc:
            raise WikidataError(f"malformed query service row: {row!r}") from exc
        types.setdefault(item, [])
        positions.setdefault(item, [])
        if t and t.startswith(_ENTITY) and t[len(_ENTITY) :] not in types[item]:
            types[item].append(t[len(_ENTITY) :])
        if pos and pos.startswith(_ENTITY):
            p = WDPosition(pos[len(_ENTITY) :], _cut(row, "start"), _cut(row, "end"))
            if p not in positions[item]:
                positions[item].append(p)
    return {q: (tuple(types[q]), tuple(positions[q])) for q in types}


def claims_to_cache(c: tuple) -> dict:
    return {"types": list(c[0]), "positions": [[p.qid, p.start, p.end] for p in c[1]]}


def claims_from_cache(d: dict) -> tuple[tuple[str, ...], tuple[WDPosition, ...]]:
    return tuple(d["types"]), tuple(WDPosition(*p) for p in d["positions"])
