"""Compare KB entries with their Wikidata items; propose reviewable changes to the JSONL files.

``check_entry(entry, wd) -> Check``: ``status`` is ``match`` when one of the entry's Arabic
names (label, aliases) has the same key (:func:`kg.kb.key_of`, i.e. ``normalize_key`` +
casefold) as the item's Arabic label or an Arabic alias, or, failing that, an English name
matches an English one; ``mismatch`` when neither does; ``missing`` when the item does not exist;
``redirect`` when it was merged into another item. Matching items also give ``new_aliases_*``
(names Wikidata has and the KB lacks) and ``new_positions`` (P39 statements whose start date no
KB position has). ``types_ok`` says whether P31 fits the KB type, from ``wikidata_types.tsv``.

``mark_verified(data_dir, checks, date)`` and ``add_aliases(data_dir, checks)`` rewrite the
KB JSONL files in place, changing only the lines of the entries concerned (so the diff is the
review); -> the ids changed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from kg.kb.base import KBEntry, key_of
from kg.kb.wikidata import WDEntity

_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_MAX_TOKENS = 6


@cache
def type_table() -> dict[str, frozenset[str]]:
    """``wikidata_types.tsv`` -> {KB type: P31 items that fit it}."""
    out: dict[str, set[str]] = {}
    text = resources.files("kg.kb").joinpath("wikidata_types.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kb_type, qid = line.split("\t")[:2]
            out.setdefault(kb_type.strip(), set()).add(qid.strip())
    return {k: frozenset(v) for k, v in out.items()}


@dataclass
class Check:
    """The verdict on one KB entry; ``to_dict()`` is one line of the JSON report."""

    id: str
    qid: str
    status: str  # match | mismatch | missing | redirect
    label_ar: str
    label_en: str
    wikidata_label_ar: str | None = None
    wikidata_label_en: str | None = None
    matched: list[str] = field(default_factory=list)
    redirect_to: str | None = None
    types: list[str] = field(default_factory=list)
    types_ok: bool | None = None
    already_verified: bool = False
    new_aliases_ar: list[str] = field(default_factory=list)
    new_aliases_en: list[str] = field(default_factory=list)
    new_positions: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _keys(names: Iterable[str]) -> set[str]:
    return {key_of(n) for n in names if n and key_of(n)}


def _good_alias(name: str, arabic: bool) -> bool:
    if not name.strip() or len(name.split()) > _MAX_TOKENS or any(c in name for c in "()[]/,"):
        return False
    if arabic:
        return bool(_ARABIC.search(name)) and not _LATIN.search(name)
    return bool(_LATIN.search(name))


def check_entry(entry: KBEntry, wd: WDEntity) -> Check:
    """A KB entry and the Wikidata item of its QID -> :class:`Check`."""
    c = Check(
        id=entry.id,
        qid=entry.qid or wd.qid,
        status="mismatch",
        label_ar=entry.label_ar,
        label_en=entry.label_en,
        already_verified=entry.verified,
    )
    if wd.missing:
        c.status = "missing"
        return c
    c.wikidata_label_ar, c.wikidata_label_en = wd.labels.get("ar"), wd.labels.get("en")
    c.types = list(wd.types)
    fit = type_table().get(entry.type)
    c.types_ok = None if fit is None or not wd.types else bool(fit & set(wd.types))
    kb_ar = [entry.label_ar, *entry.aliases_ar, *entry.ambiguous_aliases_ar]
    kb_en = [entry.label_en, *entry.aliases_en]
    wd_ar, wd_en = wd.names("ar"), wd.names("en")
    both_ar = _keys(kb_ar) & _keys(wd_ar)
    both_en = _keys(kb_en) & _keys(wd_en)
    c.matched = [n for n in wd_ar if key_of(n) in both_ar] or [
        n for n in wd_en if key_of(n) in both_en
    ]
    if wd.redirect_from is not None:
        c.status, c.redirect_to = "redirect", wd.qid
        return c
    if not c.matched:
        return c
    c.status = "match"
    have_ar = _keys([*kb_ar, *entry.adjectives_ar])
    have_en = _keys([*kb_en, *entry.adjectives_en])
    for n in wd_ar:
        if _good_alias(n, True) and key_of(n) not in have_ar:
            c.new_aliases_ar.append(n)
            have_ar.add(key_of(n))
    for n in wd_en:
        if _good_alias(n, False) and key_of(n) not in have_en:
            c.new_aliases_en.append(n)
            have_en.add(key_of(n))
    starts = [p.start for p in entry.positions if p.start]
    for p in wd.positions:
        if not p.start or not any(s.startswith(p.start) or p.start.startswith(s) for s in starts):
            c.new_positions.append({"qid": p.qid, "start": p.start, "end": p.end})
    return c


def check_kb(entries: Iterable[KBEntry], items: dict[str, WDEntity]) -> list[Check]:
    """KB entries with a QID and ``{qid: WDEntity}`` -> one :class:`Check` each, KB order."""
    return [check_entry(e, items[e.qid]) for e in entries if e.qid and e.qid in items]


# ---------------------------------------------------------------------- writing the KB files
def rewrite(data_dir: Path, edits: dict[str, Callable[[dict], dict]]) -> list[str]:
    """Apply ``edits[id](obj) -> obj`` to the JSONL lines of those ids, in place (atomically
    per file); other lines are kept byte for byte. -> the ids whose line changed."""
    changed: list[str] = []
    for f in sorted(Path(data_dir).glob("*.jsonl")):
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        dirty = False
        for i, line in enumerate(lines):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            obj = json.loads(line)
            edit = edits.get(obj.get("id"))
            if edit is None:
                continue
            new = json.dumps(edit(dict(obj)), ensure_ascii=False)
            if new != json.dumps(obj, ensure_ascii=False):
                lines[i] = new + ("\n" if line.endswith("\n") else "")
                changed.append(obj["id"])
                dirty = True
        if dirty:
            tmp = f.with_suffix(".jsonl.tmp")
            tmp.write_text("".join(lines), encoding="utf-8")
            tmp.replace(f)
    return changed


def _set_after(obj: dict, after: str, key: str, value: object) -> dict:
    """-> ``obj`` with ``key`` set, placed right after ``after`` when it is new."""
    if key in obj or after not in obj:
        obj[key] = value
        return obj
    out: dict = {}
    for k, v in obj.items():
        out[k] = v
        if k == after:
            out[key] = value
    return out


def mark_verified(data_dir: Path, checks: Iterable[Check], date: str) -> list[str]:
    """Set ``"verified": true, "verified_by": "wikidata:<date>"`` on matching, not yet verified
    entries -> the ids changed."""

    def edit(obj: dict) -> dict:
        obj = _set_after(obj, "qid", "verified", True)
        obj["verified"] = True
        return _set_after(obj, "verified", "verified_by", f"wikidata:{date}")

    return rewrite(
        data_dir, {c.id: edit for c in checks if c.status == "match" and not c.already_verified}
    )


def add_aliases(data_dir: Path, checks: Iterable[Check]) -> list[str]:
    """Append each check's ``new_aliases_ar``/``new_aliases_en`` to the entry -> ids changed."""
    edits: dict[str, Callable[[dict], dict]] = {}
    for c in checks:
        if c.status != "match" or not (c.new_aliases_ar or c.new_aliases_en):
            continue

        def edit(obj: dict, c: Check = c) -> dict:
            for fld, new in (("aliases_ar", c.new_aliases_ar), ("aliases_en", c.new_aliases_en)):
                if new:
                    obj[fld] = list(obj.get(fld, [])) + [
                        a for a in new if a not in obj.get(fld, [])
                    ]
            return obj

        edits[c.id] = edit
    return rewrite(data_dir, edits)
