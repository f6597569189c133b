"""KB records and their validation: one JSON object -> :class:`KBEntry` or ResourceError.

``parse_entry(obj, where) -> KBEntry`` checks field names and types, required fields, the
actor type, the QID format and position dates; ``where`` (``file:line``) goes in the error.
References between entries are checked by the loader, which sees the whole KB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import ResourceError
from kg.nlp.records import ACTOR_TYPES

QID = re.compile(r"Q[1-9]\d*")
_FIELDS = {
    "id": str,
    "qid": (str, type(None)),
    "verified": bool,
    "verified_by": str,
    "type": str,
    "subtype": str,
    "label_en": str,
    "label_ar": str,
    "aliases_ar": list,
    "aliases_en": list,
    "ambiguous_aliases_ar": list,
    "positions": list,
    "country": (str, type(None)),
    "part_of": (str, type(None)),
    "adjectives_ar": list,
    "adjectives_en": list,
    "metonym_for": (str, type(None)),
    "note": str,
}
_POSITION_FIELDS = {"title_ar", "title_en", "of", "start", "end"}
REF_FIELDS = ("country", "part_of", "metonym_for")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class KBPosition:
    """A role held by a KB person: ``title_ar`` of ``of`` (a KB id) between ISO dates."""

    title_ar: str
    title_en: str | None = None
    of: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One curated actor; the fields mirror one JSON line of ``kg/kb/data/*.jsonl``.

    ``positions[].of``, ``country``, ``part_of`` and ``metonym_for`` are KB ids;
    ``ambiguous_aliases_ar`` are names that are also common words or shared with another entry
    (listing the label there makes the label ambiguous too).
    """

    id: str
    type: str
    label_ar: str
    label_en: str = ""
    qid: str | None = None
    verified: bool = False
    verified_by: str | None = None
    subtype: str | None = None
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    ambiguous_aliases_ar: tuple[str, ...] = ()
    positions: tuple[KBPosition, ...] = ()
    country: str | None = None
    part_of: str | None = None
    adjectives_ar: tuple[str, ...] = ()
    adjectives_en: tuple[str, ...] = ()
    metonym_for: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """``entry`` matched by ``alias`` (as written in the KB) as a ``kind`` of name.

    ``ambiguous``: the alias is also a common word or names several entries, so a recogniser
    should accept it only with supporting context. ``variant`` is ``"no_article"`` when the key
    is the alias without its article «ال» (what remains of «للعراق» once «لل» is stripped) and
    ``"added_article"`` when :func:`kg.kb.generate` had to add the article to find it.
    """

    entry: KBEntry
    kind: str  # one of KINDS
    alias: str
    ambiguous: bool = False
    variant: str | None = None


def fail(where: str, msg: str) -> ResourceError:
    return ResourceError(f"{where}: {msg} (fix the KB data file)")


def parse_entry(obj: object, where: str) -> KBEntry:
    """A decoded JSON object -> :class:`KBEntry`, or :class:`ResourceError` naming ``where``."""
    if not isinstance(obj, dict):
        raise fail(where, "each line must be a JSON object")
    for k, v in obj.items():
        if k not in _FIELDS:
            raise fail(where, f"unknown field {k!r}")
        if not isinstance(v, _FIELDS[k]):
            raise fail(where, f"field {k!r} has the wrong type ({type(v).__name__})")
    for k in ("id", "type", "label_ar"):
        if not str(obj.get(k) or "").strip():
            raise fail(where, f"missing or empty {k!r}")
    if obj["type"] not in ACTOR_TYPES:
        raise fail(where, f"unknown type {obj['type']!r} (expected one of {ACTOR_TYPES})")
    qid = obj.get("qid")
    if qid is not None and not QID.fullmatch(qid):
        raise fail(where, f"qid {qid!r} is not of the form Q<digits>")
    if obj.get("verified") and not (qid and obj.get("verified_by")):
        raise fail(where, "verified entries need a qid and 'verified_by'")
    for k in ("aliases_ar", "aliases_en", "ambiguous_aliases_ar", "adjectives_ar", "adjectives_en"):
        if not all(isinstance(s, str) and s.strip() for s in obj.get(k, ())):
            raise fail(where, f"{k!r} must be a list of non-empty strings")
    positions = []
    for p in obj.get("positions", ()):
        if not isinstance(p, dict) or not p.get("title_ar") or set(p) - _POSITION_FIELDS:
            raise fail(where, f"bad position {p!r}")
        for d in ("start", "end"):
            if p.get(d) is not None and not _DATE.fullmatch(str(p[d])):
                raise fail(where, f"position {d} {p[d]!r} is not an ISO date")
        positions.append(KBPosition(**p))
    return KBEntry(
        id=obj["id"],
        type=obj["type"],
        label_ar=obj["label_ar"].strip(),
        label_en=obj.get("label_en", ""),
        qid=qid,
        verified=bool(obj.get("verified", False)),
        verified_by=obj.get("verified_by"),
        subtype=obj.get("subtype"),
        aliases_ar=tuple(obj.get("aliases_ar", ())),
        aliases_en=tuple(obj.get("aliases_en", ())),
        ambiguous_aliases_ar=tuple(obj.get("ambiguous_aliases_ar", ())),
        positions=tuple(positions),
        country=obj.get("country"),
        part_of=obj.get("part_of"),
        adjectives_ar=tuple(obj.get("adjectives_ar", ())),
        adjectives_en=tuple(obj.get("adjectives_en", ())),
        metonym_for=obj.get("metonym_for"),
    )
