"""Tests for the scorer (kg.evaluate) and for the integrity of every gold file."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kg.errors import ResourceError
from kg.eval_match import ActorJudge, greedy_align, half_of_shorter, labels_agree, same_actor
from kg.evaluate import GoldArticle, format_table, load_gold, same_event_type, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
#: every gold set: dev, dev2…, heldout (the anchor specs live one level deeper)
GOLD_SETS = sorted(p.name for p in GOLD.iterdir() if p.is_dir() and any(p.glob("*.json")))
GOLD_FILES = sorted(GOLD.glob("*/*.json"))

LAVROV = {"label": "سيرغي لافروف", "label_en": "Sergey Lavrov", "wikidata": None}
PUTIN = {"label": "فلاديمير بوتين", "label_en": "Vladimir Putin", "wikidata": "Q7747"}
RUSSIA = {"label": "روسيا", "label_en": "Russia", "wikidata": "Q159"}


def _gold() -> GoldArticle:
    return GoldArticle(
        article="a1",
        file="x.txt",
        pub_date=None,
        entities=[
            {**PUTIN, "type": "Person", "mentions": [[0, 5], [40, 45]]},
            {**RUSSIA, "type": "Country", "mentions": [[10, 15]]},
        ],
        statements=[
            {
                "speaker": PUTIN,
                "cue": "قال",
                "start": 20,
                "end": 60,
                "direct": True,
                "about": [RUSSIA],
            },
            {
                "speaker": None,
                "cue": "أفادت",
                "start": 100,
                "end": 120,
                "direct": False,
                "about": [],
            },
        ],
        events=[
            {
                "type": "MEET",
                "trigger": "التقى",
                "start": 200,
                "end": 205,
                "participants": [{"role": "agent", **PUTIN}],
                "place": {"label": "موسكو", "wikidata": "Q649"},
                "date": "2017-04-12",
            },
        ],
    )


def _as_prediction(g: GoldArticle) -> dict:
    return {
        "entities": copy.deepcopy(g.entities),
        "statements": copy.deepcopy(g.statements),
        "events": copy.deepcopy(g.events),
    }


def test_perfect_prediction_scores_one() -> None:
    g = _gold()
    r = score([g], {"a1": _as_prediction(g)})
    for counter in (r.statements, r.speakers, r.mentions_exact, r.mentions_overlap, r.events):
        assert (counter.precision, counter.recall, counter.f1) == (1.0, 1.0, 1.0)
    for ratio in (
        r.direct,
        r.about,
        r.linking,
        r.event_type,
        r.event_date,
        r.event_place,
        r.participants,
    ):
        assert ratio.value == 1.0 and ratio.total > 0


@pytest.mark.parametrize("pred", [{}, None, {"entities": [], "statements": [], "events": []}])
def test_empty_prediction_has_zero_recall(pred) -> None:
    preds = {} if pred is None else {"a1": pred}
    r = score([_gold()], preds)
    assert r.statements.recall == 0.0 and r.statements.gold == 2
    assert r.mentions_exact.recall == 0.0 and r.events.recall == 0.0
    assert r.linking.value == 0.0 and r.linking.total == 2


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ((0, 10), (5, 30), True),  # 5 shared = 50% of the shorter (10)
        ((0, 10), (6, 30), False),  # 4 shared < 50%
        ((0, 100), (40, 50), True),  # contained short span
        ((0, 10), (10, 20), False),  # touching, no shared character
    ],
)
def test_statement_overlap_rule(gold, pred, ok) -> None:
    assert half_of_shorter(gold, pred) is ok
    g = GoldArticle(
        "a",
        "f",
        None,
        statements=[
            {"speaker": None, "cue": "c", "start": gold[0], "end": gold[1], "direct": False}
        ],
    )
    r = score(
        [g],
        {
            "a": {
                "statements": [{"speaker": None, "start": pred[0], "end": pred[1], "direct": False}]
            }
        },
    )
    assert r.statements.tp == int(ok)


def test_alignment_is_one_to_one_and_greedy() -> None:
    gold = [(0, 10), (12, 40)]
    pred = [(0, 40)]  # overlaps both; the larger overlap (28 chars with gold 1) wins
    assert greedy_align(gold, pred, half_of_shorter) == [(1, 0)]
    g = GoldArticle(
        "a",
        "f",
        None,
        statements=[
            {"speaker": None, "cue": "c", "start": s, "end": e, "direct": False} for s, e in gold
        ],
    )
    r = score(
        [g], {"a": {"statements": [{"speaker": None, "start": 0, "end": 40, "direct": False}] * 2}}
    )
    assert (r.statements.tp, r.statements.pred, r.statements.gold) == (2, 2, 2)


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("لافروف", "سيرغي لافروف", True),
        ("سيرجي لافروف", "لافروف", True),
        ("بشار", "بشار الأسد", True),
        ("الأسد", "الاسد", True),  # hamza normalisation
        ("الرئيس السوري بشار الأسد", "بشار الأسد", True),
        ("بشار الأسد", "الأسد بشار", False),
        ("أسد", "الأسد", False),
        ("موسكو", "واشنطن", False),
        ("محمد بن عبد الرحمن آل ثاني", "محمد بن عبدالرحمن آل ثاني", True),
        ("عبد الله الثاني", "عبدالله الثاني", True),
        ("عبد", "عبد الله", False),
        ("روسيا", "", False),
    ],
)
def test_labels_agree(a: str, b: str, ok: bool) -> None:
    assert labels_agree(a, b) is ok


def test_same_actor_rules() -> None:
    assert same_actor(None, None)
    assert not same_actor(None, LAVROV) and not same_actor(LAVROV, None)
    assert same_actor(LAVROV, {"label": "لافروف", "wikidata": None})
    # QIDs decide when both present, whatever the labels say
    assert not same_actor(PUTIN, {"label": "فلاديمير بوتين", "wikidata": "Q1"})
    assert same_actor(PUTIN, {"label": "الرئيس الروسي", "wikidata": "Q7747"})
    # one QID missing -> labels decide
    assert same_actor(PUTIN, {"label": "بوتين", "wikidata": None})


def test_speaker_scores() -> None:
    g = _gold()
    pred = _as_prediction(g)
    pred["statements"][0]["speaker"] = {"label": "بوتين", "wikidata": None}  # right by label
    pred["statements"][1]["speaker"] = LAVROV  # gold unresolved: a guess is wrong
    r = score([g], {"a1": pred})
    assert r.statements.tp == 2 and r.speakers.tp == 1
    assert r.speakers.precision == 0.5 and r.speakers.recall == 0.5


def test_direct_about_and_event_details() -> None:
    g = _gold()
    pred = _as_prediction(g)
    pred["statements"][0]["direct"] = False
    pred["statements"][0]["about"] = []
    pred["events"][0].update(
        type="VISIT", date=None, start=203, end=210, place={"label": "موسكو", "wikidata": None}
    )
    r = score([g], {"a1": pred})
    assert r.direct.right == 1 and r.direct.total == 2
    assert r.about.right == 0 and r.about.total == 1
    assert r.events.tp == 1 and r.event_type.value == 0.0
    assert r.event_date.value == 0.0 and r.event_place.value == 1.0


def test_mentions_exact_versus_overlap_and_linking() -> None:
    g = _gold()
    pred = {
        "entities": [
            {"label": "بوتين", "wikidata": "Q7747", "mentions": [[0, 5], [41, 45]]},
            {"label": "روسيا", "wikidata": None, "mentions": [[10, 15], [300, 305]]},
        ]
    }
    r = score([g], {"a1": pred})
    assert (r.mentions_exact.tp, r.mentions_exact.pred, r.mentions_exact.gold) == (2, 4, 3)
    assert r.mentions_overlap.tp == 3
    assert r.linking.right == 1 and r.linking.total == 2  # Russia predicted without QID


def test_unknown_predicted_articles_are_ignored() -> None:
    g = _gold()
    r = score([g], {"a1": _as_prediction(g), "zzz": _as_prediction(g)})
    assert r.articles == 1 and r.statements.pred == 2


def test_report_table_and_dict() -> None:
    g = _gold()
    r = score([g], {"a1": _as_prediction(g)})
    d = r.to_dict()
    assert d["articles"] == 1 and d["statements"]["found"]["f1"] == 1.0
    assert d["entities"]["linking"]["accuracy"] == 1.0
    json.dumps(d)
    table = format_table(r)
    assert "speaker correct" in table and "100.0" in table
    lines = table.splitlines()
    col = lines[1].index("counts")  # every row's counts start in the header's column
    for line in lines[3:]:
        assert line[col - 2 : col] == "  " and line[col] != " "


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"article": "x", "file": "f", "entities": [], "statements": []}',
        '{"article": "x", "file": "f", "entities": [{"label": "a", "mentions": [[5, 2]]}],'
        ' "statements": [], "events": []}',
        '{"article": "x", "file": "f", "entities": [], "events": [],'
        ' "statements": [{"start": 1, "end": 3, "cue": "c", "direct": "yes"}]}',
    ],
)
def test_malformed_gold_raises_resource_error(tmp_path: Path, content: str) -> None:
    f = tmp_path / "bad_article.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match="bad_article.json"):
        load_gold(f)
    with pytest.raises(ResourceError, match="bad_article.json"):
        load_gold(tmp_path)


def test_missing_gold_path_raises(tmp_path: Path) -> None:
    with pytest.raises(ResourceError):
        load_gold(tmp_path / "nope")
    with pytest.raises(ResourceError):
        load_gold(tmp_path)  # empty folder


# ---- integrity of the shipped gold files ---------------------------------------------------


def _text(rel: str) -> str:
    with open(ROOT / rel, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.mark.parametrize("folder", GOLD_SETS)
def test_gold_sets_load(folder: str) -> None:
    arts = load_gold(GOLD / folder)
    assert len(arts) >= 2
    assert len({a.article for a in arts}) == len(arts)
    for a in arts:
        assert Path(a.source).stem == a.article
        assert (ROOT / a.file).is_file()


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_spans_match_text(path: Path) -> None:
    (art,) = load_gold(path)
    text = _text(art.file)
    n = len(text)
    for e in art.entities:
        assert e["type"] in {"Person", "Organization", "Country", "Place", "Facility"}
        for s, t in e["mentions"]:
            assert 0 <= s < t <= n
            assert text[s:t].strip() == text[s:t]
    for st in art.statements:
        assert 0 <= st["start"] < st["end"] <= n
        assert text[st["start"] : st["end"]] == st["text"]
        assert text[st["cue_start"] : st["cue_end"]] == st["cue"]
    for ev in art.events:
        assert 0 <= ev["start"] < ev["end"] <= n
        assert text[ev["start"] : ev["end"]] == ev["trigger"]
        assert ev["type"] in {
            "MEET",
            "VISIT",
            "STRIKE",
            "CHEM_ATTACK",
            "VETO",
            "ACCUSE",
            "CONDEMN",
            "AGREE",
            "DEMAND",
            "RESOLUTION",
            "PRESS",
            "CONGRATULATE",
            "RECEIVE",
        }


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_is_regenerated_from_anchors(path: Path) -> None:
    """Gold files are generated, never hand-edited: rebuilding from the anchor spec is a no-op."""
    spec_path = path.parent / "anchors" / path.name
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    tool = _annotate_tool()
    assert tool.dump(tool.build(spec)) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_never_annotates_boilerplate(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    chrome = [tuple(b) for b in doc.get("boilerplate", [])]
    spans = [tuple(m) for e in doc["entities"] for m in e["mentions"]]
    spans += [(s["start"], s["end"]) for s in doc["statements"]]
    spans += [(ev["start"], ev["end"]) for ev in doc["events"]]
    for s, e in spans:
        assert not any(b0 < e and s < b1 for b0, b1 in chrome), (s, e)


def test_gold_scores_perfectly_against_itself() -> None:
    arts = load_gold(GOLD / "dev") + load_gold(GOLD / "heldout")
    pred = {a.article: _as_prediction(a) for a in arts}
    r = score(arts, pred)
    assert r.statements.f1 == r.speakers.f1 == r.events.f1 == r.mentions_exact.f1 == 1.0
    assert r.linking.value == 1.0 and r.linking.total > 50


def _annotate_tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gold_annotate", GOLD / "tools" / "annotate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("MEET", "MEET", True),
        ("MEET", "talks", True),
        ("CHEM_ATTACK", "massacre", True),
        ("CHEM_ATTACK", "attack", True),
        ("STRIKE", "attack", True),
        ("STRIKE", "chemical_attack", False),
        ("RESOLUTION", "vote", True),
        ("PRESS", "meeting", False),
        ("VETO", None, False),
    ],
)
def test_event_type_mapping(gold: str, pred, ok: bool) -> None:
    assert same_event_type(gold, pred) is ok


@pytest.mark.parametrize(
    ("gold_role", "pred_role", "ok"),
    [
        ("co-participant", "agent", True),
        ("agent", "agent", True),
        ("target", "patient", True),
        ("agent", "target", False),
    ],
)
def test_participant_role_compatibility(gold_role: str, pred_role: str, ok: bool) -> None:
    g = _gold()
    g.events[0]["participants"] = [{"role": gold_role, **PUTIN}]
    pred = _as_prediction(g)
    pred["events"][0]["participants"] = [{"role": pred_role, **PUTIN}]
    r = score([g], {"a1": pred})
    assert r.participants.right == int(ok) and r.participants.total == 1


def test_speaker_spelling_variant_agrees_through_mention_alignment() -> None:
    gold_ents = [
        {"label": "ديمتري بيسكوف", "wikidata": None, "type": "Person", "mentions": [[0, 6]]},
        {"label": "الكرملين", "wikidata": None, "type": "Organization", "mentions": [[20, 28]]},
    ]
    pred_ents = [
        {"label": "دميتري بيسكوف", "wikidata": None, "type": "Person", "mentions": [[0, 6]]},
        {"label": "روسيا", "wikidata": "Q159", "type": "Country", "mentions": [[20, 28]]},
    ]
    judge = ActorJudge(gold_ents, pred_ents)
    peskov_g, kremlin_g = ({"label": e["label"], "wikidata": None} for e in gold_ents)
    assert not labels_agree(peskov_g["label"], "دميتري بيسكوف")
    assert judge.agree(peskov_g, {"label": "دميتري بيسكوف", "wikidata": None})
    # aligned by mentions but a different kind of actor: still wrong
    assert not judge.agree(kremlin_g, RUSSIA)
    # an unrelated predicted actor is not rescued by alignment
    assert not judge.agree(peskov_g, {"label": "روسيا", "wikidata": "Q159"})
    assert judge.aligned(0) == 0 and judge.aligned(1) == 1
