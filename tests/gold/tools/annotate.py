"""Turn an anchor spec (no offsets) into a gold file (offsets computed and checked).

Usage::

    python tests/gold/tools/annotate.py              # every tests/gold/*/anchors/*.json
    python tests/gold/tools/annotate.py SPEC.json --show   # one spec, print each span in context

A spec is ``tests/gold/<set>/anchors/<article_id>.json``; the gold file is written to
``tests/gold/<set>/<article_id>.json``. Offsets are never typed by hand: every span is an
*anchor* string resolved against the article text (read with ``newline=""``):

- ``"text"``            the only occurrence of ``text`` (an error if absent or repeated)
- ``"text|3"``          the 3rd occurrence (1-based)
- ``"text|*"``          every word-bounded occurrence (proclitic و ف ب ل ك لل or ``#`` allowed)
- ``"context>>sub"``    ``sub`` inside ``context`` (``context`` itself may carry ``|n``)
- ``"A~~B"``            from the start of ``A`` to the end of the first ``B`` after it

Spec shape (entities get a local ``id`` that statements and events refer to)::

    {"article", "file", "pub_date",
     "boilerplate": [[from, to], ...]  (never annotated; ``to`` may be "$" = end of text),
     "entities": [{"id", "label", "label_en", "wikidata", "type",
                   "mentions": [anchor, ...], "except": [anchor, ...]}],
     "statements": [{"speaker": id|null, "cue": anchor, "content": anchor, "direct": bool,
                     "about": [id, ...]  (optional: default = entities mentioned in the content)}],
     "events": [{"type", "trigger": anchor, "participants": [[role, id], ...],
                 "place": id|null, "date": "YYYY-MM-DD"|null}]}
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold"
_LETTER = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ffA-Za-z0-9]")
_PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "لل", "ول", "وب", "فب", "فل", "وك", "ولل", "فلل"}


class AnchorError(ValueError):
    """An anchor does not resolve to exactly what it says."""


def read_text(path: Path) -> str:
    """Article path -> its text, exactly as kg reads it (UTF-8, no newline translation)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def _occurrences(text: str, sub: str, lo: int = 0, hi: int | None = None) -> list[int]:
    hi = len(text) if hi is None else hi
    out, i = [], text.find(sub, lo, hi)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1, hi)
    return out


def _word_bounded(text: str, s: int, e: int) -> bool:
    """True if ``text[s:e]`` is a whole word, allowing a proclitic (or ``#``/``ـ``) before it."""
    if e < len(text) and _LETTER.match(text[e]):
        return False
    k = s
    while k > 0 and (_LETTER.match(text[k - 1]) or text[k - 1] == "\u0640"):
        k -= 1
    prefix = text[k:s].replace("\u0640", "")
    return prefix in _PROCLITICS


def resolve(text: str, anchor: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Anchor -> list of (start, end) spans in ``text`` (one unless ``|*``)."""
    if "~~" in anchor:  # from the start of A to the end of the first B after it
        a, b = anchor.split("~~", 1)
        out = []
        for s, _ in resolve(text, a, lo, hi):
            j = text.find(b, s, len(text) if hi is None else hi)
            if j == -1:
                raise AnchorError(f"{anchor!r}: {b!r} not found after {a!r}")
            out.append((s, j + len(b)))
        return out
    if ">>" in anchor:
        ctx, sub = anchor.split(">>", 1)
        out = []
        for cs, ce in resolve(text, ctx, lo, hi):
            out.extend(resolve(text, sub, cs, ce))
        return out
    sub, _, which = anchor.rpartition("|") if "|" in anchor else (anchor, "", "")
    if not sub:
        raise AnchorError(f"empty anchor {anchor!r}")
    occ = _occurrences(text, sub, lo, hi)
    if which == "*":
        spans = [(i, i + len(sub)) for i in occ if _word_bounded(text, i, i + len(sub))]
        if not spans:
            raise AnchorError(f"{anchor!r}: no word-bounded occurrence")
        return spans
    if which:
        n = int(which)
        if n < 1 or n > len(occ):
            raise AnchorError(f"{anchor!r}: only {len(occ)} occurrence(s)")
        i = occ[n - 1]
    else:
        if len(occ) != 1:
            raise AnchorError(f"{anchor!r}: {len(occ)} occurrences, need exactly 1 (use |n)")
        i = occ[0]
    return [(i, i + len(sub))]


def one(text: str, anchor: str) -> tuple[int, int]:
    spans = resolve(text, anchor)
    if len(spans) != 1:
        raise AnchorError(f"{anchor!r} resolves to {len(spans)} spans, need 1")
    return spans[0]


def _ref(ents: dict[str, dict], key: str | None) -> dict | None:
    if key is None:
        return None
    if key not in ents:
        raise AnchorError(f"unknown entity id {key!r}")
    e = ents[key]
    return {"label": e["label"], "label_en": e.get("label_en"), "wikidata": e.get("wikidata")}


def build(spec: dict, show: bool = False) -> dict:
    """Anchor spec -> gold document with offsets (every span re-checked against the text)."""
    text = read_text(ROOT / spec["file"])
    ents: dict[str, dict] = {}
    spans_of: dict[str, list[tuple[int, int]]] = {}
    out_ents = []
    chrome = [
        (one(text, a)[0], len(text) if b == "$" else one(text, b)[1])
        for a, b in spec.get("boilerplate", [])
    ]

    def in_chrome(sp: tuple[int, int]) -> bool:
        return any(b[0] <= sp[0] and sp[1] <= b[1] for b in chrome)

    for e in spec["entities"]:
        spans: set[tuple[int, int]] = set()
        for a in e["mentions"]:
            found = [sp for sp in resolve(text, a) if not in_chrome(sp)]
            if not found:
                raise AnchorError(f"{a!r}: only in boilerplate")
            spans.update(found)
        for a in e.get("except", []):
            spans.difference_update(resolve(text, a))
        # a span inside a longer mention of the same entity is not a mention of its own
        spans = {
            a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)
        }
        ents[e["id"]] = e
        spans_of[e["id"]] = sorted(spans)
        out_ents.append(
            {
                "label": e["label"],
                "label_en": e.get("label_en"),
                "wikidata": e.get("wikidata"),
                "type": e["type"],
                "mentions": [list(s) for s in sorted(spans)],
            }
        )
    owner: dict[tuple[int, int], str] = {}
    for eid, spans in spans_of.items():
        for s in spans:
            if s in owner:
                raise AnchorError(f"span {s} {text[s[0] : s[1]]!r} in {owner[s]} and {eid}")
            owner[s] = eid
    out_st = []
    for st in spec["statements"]:
        cs, ce = one(text, st["cue"])
        s, e = one(text, st["content"])
        if "about" in st:
            about = st["about"]
        else:
            inside = sorted((m, eid) for m, eid in owner.items() if s <= m[0] and m[1] <= e)
            about = list(dict.fromkeys(eid for _, eid in inside))
        out_st.append(
            {
                "speaker": _ref(ents, st["speaker"]),
                "cue": text[cs:ce],
                "cue_start": cs,
                "cue_end": ce,
                "start": s,
                "end": e,
                "text": text[s:e],
                "direct": bool(st["direct"]),
                "about": [_ref(ents, a) for a in about],
            }
        )
    out_ev = []
    for ev in spec["events"]:
        s, e = one(text, ev["trigger"])
        out_ev.append(
            {
                "type": ev["type"],
                "trigger": text[s:e],
                "start": s,
                "end": e,
                "participants": [
                    {"role": r, **{k: v for k, v in _ref(ents, a).items() if k != "label_en"}}
                    for r, a in ev.get("participants", [])
                ],
                "place": _ref(ents, ev.get("place")),
                "date": ev.get("date"),
            }
        )
    if show:
        _show(text, spans_of, out_st, out_ev)
    return {
        "article": spec["article"],
        "file": spec["file"],
        "pub_date": spec.get("pub_date"),
        "boilerplate": [list(b) for b in chrome],
        "entities": out_ents,
        "statements": out_st,
        "events": out_ev,
    }


def _ctx(text: str, s: int, e: int, w: int = 12) -> str:
    return f"{text[max(0, s - w) : s]}[{text[s:e]}]{text[e : e + w]}".replace("\n", " ")


def _show(text: str, spans_of: dict, sts: list, evs: list) -> None:
    for eid, spans in spans_of.items():
        print(f"ENTITY {eid}: " + " | ".join(_ctx(text, s, e, 6) for s, e in spans))
    for st in sts:
        sp = st["speaker"]["label"] if st["speaker"] else None
        about = [a["label"] for a in st["about"]]
        print(f"STMT [{st['cue']}] {sp} direct={st['direct']} about={about}\n   {st['text']}")
    for ev in evs:
        parts = [(p["role"], p["label"]) for p in ev["participants"]]
        place = ev["place"]["label"] if ev["place"] else None
        print(f"EVENT {ev['type']} {_ctx(text, ev['start'], ev['end'])} {parts} @{place}")


def dump(gold: dict) -> str:
    """Gold document -> JSON text with one entity / statement / event per line."""
    lines = []
    for k, v in gold.items():
        if isinstance(v, list):
            items = ",\n  ".join(json.dumps(x, ensure_ascii=False) for x in v)
            lines.append(f'"{k}": [\n  {items}\n ]' if v else f'"{k}": []')
        else:
            lines.append(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}")
    return "{\n " + ",\n ".join(lines) + "\n}\n"


def spec_paths() -> list[Path]:
    return sorted(GOLD.glob("*/anchors/*.json"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("specs", nargs="*", type=Path)
    ap.add_argument("--show", action="store_true", help="print every span in context")
    args = ap.parse_args(argv)
    status = 0
    for p in args.specs or spec_paths():
        try:
            spec = json.loads(p.read_text(encoding="utf-8"))
            gold = build(spec, show=args.show)
        except (AnchorError, KeyError, json.JSONDecodeError) as exc:
            print(f"{p}: {exc}", file=sys.stderr)
            status = 1
            continue
        dest = p.resolve().parent.parent / f"{spec['article']}.json"
        dest.write_text(dump(gold), encoding="utf-8")
        print(
            f"{dest.relative_to(ROOT)}: {len(gold['entities'])} entities, "
            f"{len(gold['statements'])} statements, {len(gold['events'])} events"
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
