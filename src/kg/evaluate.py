"""Score extraction output against gold annotations (the engine behind ``kg evaluate``).

Pure module (no pipeline imports):

- ``load_gold(path) -> list[GoldArticle]``: a gold JSON file, or every ``*.json`` directly in a
  folder (sub-folders such as ``anchors/`` and ``articles/`` are not read). Malformed files raise
  :class:`kg.errors.ResourceError` naming the file.
- ``score(gold, predicted) -> EvalReport``: ``predicted`` maps article id -> ``{"entities": [...],
  "statements": [...], "events": [...]}`` in the JSON shapes printed by ``kg entities`` /
  ``kg statements`` / ``kg events``. Gold articles missing from ``predicted`` count as empty
  predictions; predicted articles without gold are ignored.
- ``format_table(report) -> str`` and ``EvalReport.to_dict()`` (for ``--json``).

Matching rules (micro-averaged over articles; see ``tests/gold/README.md``):

- statements: contents match when they overlap by >= 50% of the shorter span, one-to-one, greedy
  by overlap. "speaker right" = matched and speakers agree (:class:`kg.eval_match.ActorJudge`:
  same QID when both have one; else labels agree, or the predicted actor is the entity aligned
  with the gold actor by overlapping mentions).
  Direct-flag accuracy over matched pairs; about recall = gold about-actors of matched pairs that
  agree with one of the predicted about-actors.
- entities: mentions, exact span match and (one-to-one) any-overlap match. Linking accuracy: each
  gold entity with a QID is aligned to the predicted entity sharing most overlapping mentions;
  right when that entity carries the same QID (no aligned entity = wrong).
- events: triggers match on any overlap, one-to-one. Type accuracy over matched pairs (predicted
  fine-grained ids are mapped to the gold typology by ``eval_event_types.tsv``); date and
  place accuracy over matched pairs whose gold date / place is set; participant recall over
  matched pairs (agreeing actor with a compatible role: agent ~ co-participant, target ~
  patient ~ recipient).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import ResourceError
from kg.eval_match import ActorJudge, any_overlap, greedy_align, half_of_shorter, mention_spans
from kg.eval_report import EvalReport, Prf, Ratio, format_table

__all__ = [
    "EvalReport",
    "GoldArticle",
    "Prf",
    "Ratio",
    "format_table",
    "load_gold",
    "same_event_type",
    "score",
]


@dataclass(slots=True)
class GoldArticle:
    """One annotated article (lists hold the gold JSON objects as loaded)."""

    article: str
    file: str
    pub_date: str | None
    entities: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    source: str = ""  # the gold file it came from


def _span_ok(v: object) -> bool:
    return (
        isinstance(v, (list, tuple))
        and len(v) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in v)
        and 0 <= v[0] < v[1]
    )


def _check_ref(ref: object, where: str, nullable: bool) -> None:
    if ref is None and nullable:
        return
    if not isinstance(ref, dict) or not isinstance(ref.get("label"), str):
        raise ValueError(f"{where}: expected an actor {{'label', 'wikidata'}}")


def _check(doc: object) -> GoldArticle:
    if not isinstance(doc, dict):
        raise ValueError("top level is not a JSON object")
    for key in ("article", "file"):
        if not isinstance(doc.get(key), str):
            raise ValueError(f"missing string field {key!r}")
    for key in ("entities", "statements", "events"):
        if not isinstance(doc.get(key), list):
            raise ValueError(f"missing list field {key!r}")
    for n, e in enumerate(doc["entities"]):
        if not isinstance(e, dict) or not isinstance(e.get("label"), str):
            raise ValueError(f"entities[{n}]: missing label")
        if not isinstance(e.get("mentions"), list) or not all(map(_span_ok, e["mentions"])):
            raise ValueError(f"entities[{n}]: mentions must be [[start, end], ...]")
    for n, s in enumerate(doc["statements"]):
        if not isinstance(s, dict) or not _span_ok([s.get("start"), s.get("end")]):
            raise ValueError(f"statements[{n}]: bad start/end")
        if not isinstance(s.get("direct"), bool) or not isinstance(s.get("cue"), str):
            raise ValueError(f"statements[{n}]: needs cue (str) and direct (bool)")
        _check_ref(s.get("speaker"), f"statements[{n}].speaker", True)
        for a in s.get("about", []):
            _check_ref(a, f"statements[{n}].about", False)
    for n, ev in enumerate(doc["events"]):
        if not isinstance(ev, dict) or not _span_ok([ev.get("start"), ev.get("end")]):
            raise ValueError(f"events[{n}]: bad start/end")
        if not isinstance(ev.get("type"), str) or not isinstance(ev.get("trigger"), str):
            raise ValueError(f"events[{n}]: needs type and trigger")
        _check_ref(ev.get("place"), f"events[{n}].place", True)
    return GoldArticle(
        article=doc["article"],
        file=doc["file"],
        pub_date=doc.get("pub_date"),
        entities=doc["entities"],
        statements=doc["statements"],
        events=doc["events"],
    )


def load_gold(path: Path) -> list[GoldArticle]:
    """A gold file or a folder of them -> articles (sorted by file name within a folder)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise ResourceError(f"{path}: no gold *.json files in this folder")
    elif path.is_file():
        files = [path]
    else:
        raise ResourceError(f"{path}: no such gold file or folder")
    out = []
    for f in files:
        try:
            art = _check(json.loads(f.read_text(encoding="utf-8")))
        except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
            raise ResourceError(f"{f}: malformed gold file: {exc}") from exc
        art.source = str(f)
        out.append(art)
    return out


@cache
def _type_map() -> dict[str, frozenset[str]]:
    """Predicted event type id -> the gold type ids it counts as (``eval_event_types.tsv``)."""
    try:
        text = resources.files("kg").joinpath("eval_event_types.tsv").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError("kg/eval_event_types.tsv is missing; reinstall kg") from exc
    rows = csv.DictReader(
        (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), delimiter="\t"
    )
    return {r["pred"]: frozenset(t.strip() for t in r["gold"].split(",")) for r in rows}


def same_event_type(gold_type: str, pred_type: str | None) -> bool:
    """Gold typology id vs predicted id: equal (case-insensitive) or mapped by the type table."""
    if not pred_type:
        return False
    if pred_type.upper() == gold_type.upper():
        return True
    return gold_type in _type_map().get(pred_type, frozenset())


def _span(d: Mapping) -> tuple[int, int]:
    return int(d["start"]), int(d["end"])


def _score_statements(g: list[dict], p: list[dict], r: EvalReport, judge: ActorJudge) -> None:
    pairs = greedy_align([_span(x) for x in g], [_span(x) for x in p], half_of_shorter)
    r.statements.add(len(pairs), len(p), len(g))
    right = 0
    for i, j in pairs:
        gs, ps = g[i], p[j]
        if judge.agree(gs.get("speaker"), ps.get("speaker")):
            right += 1
        r.direct.add(gs["direct"] == bool(ps.get("direct")))
        pabout = ps.get("about") or []
        for ga in gs.get("about") or []:
            r.about.add(any(judge.agree(ga, pa) for pa in pabout))
    r.speakers.add(right, len(p), len(g))


def _score_entities(g: list[dict], p: list[dict], r: EvalReport, judge: ActorJudge) -> None:
    gset = {s for s, _ in mention_spans(g)}
    pset = {s for s, _ in mention_spans(p)}
    r.mentions_exact.add(len(gset & pset), len(pset), len(gset))
    gl, pl = sorted(gset), sorted(pset)
    r.mentions_overlap.add(len(greedy_align(gl, pl, any_overlap)), len(pl), len(gl))
    for k, ge in enumerate(g):
        if ge.get("wikidata"):
            best = judge.aligned(k)
            r.linking.add(best is not None and p[best].get("wikidata") == ge["wikidata"])


#: role families: agent and co-participant are interchangeable (who is the grammatical subject of
#: a meeting is arbitrary); target, patient and recipient are the affected side.
_ROLE_FAMILY = {
    "agent": "a",
    "co-participant": "a",
    "target": "t",
    "patient": "t",
    "recipient": "t",
}


def _roles_agree(gold_role: str | None, pred_role: str | None) -> bool:
    g, p = _ROLE_FAMILY.get(gold_role or ""), _ROLE_FAMILY.get(pred_role or "")
    return gold_role == pred_role or (g is not None and g == p)


def _score_events(g: list[dict], p: list[dict], r: EvalReport, judge: ActorJudge) -> None:
    pairs = greedy_align([_span(x) for x in g], [_span(x) for x in p], any_overlap)
    r.events.add(len(pairs), len(p), len(g))
    for i, j in pairs:
        ge, pe = g[i], p[j]
        r.event_type.add(same_event_type(ge["type"], pe.get("type")))
        if ge.get("date"):
            r.event_date.add(ge["date"] == pe.get("date"))
        if ge.get("place"):
            r.event_place.add(judge.agree(ge["place"], pe.get("place")))
        pparts = pe.get("participants") or []
        for gp in ge.get("participants") or []:
            r.participants.add(
                any(
                    _roles_agree(gp.get("role"), pp.get("role")) and judge.agree(gp, pp)
                    for pp in pparts
                )
            )


def score(gold: list[GoldArticle], predicted: Mapping[str, Mapping]) -> EvalReport:
    """Gold articles and predictions (article id -> CLI-shaped lists) -> micro-averaged report."""
    report = EvalReport()
    for art in gold:
        pred = predicted.get(art.article) or {}
        report.articles += 1
        pents = list(pred.get("entities") or [])
        judge = ActorJudge(art.entities, pents)
        _score_statements(art.statements, list(pred.get("statements") or []), report, judge)
        _score_entities(art.entities, pents, report, judge)
        _score_events(art.events, list(pred.get("events") or []), report, judge)
    return report
