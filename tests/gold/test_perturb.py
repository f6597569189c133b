"""Tests for ``tests/gold/tools/perturb.py`` (gold sets with every person renamed)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from kg.evaluate import load_gold

TOOLS = Path(__file__).resolve().parent / "tools"
GOLD = Path(__file__).resolve().parent
ROOT = GOLD.parents[1]
#: two small articles: a ا-final foreign woman (dev3) and a ة-final Arab woman (dev10)
ARTICLES = [("dev3", "d3_01_jordan"), ("dev10", "d10_05_jordan_syria_water")]


def _load_tool():
    """The tool module, loaded from its file (tests/gold/tools is no package)."""
    spec = importlib.util.spec_from_file_location("perturb_tool", TOOLS / "perturb.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["perturb_tool"] = mod
    spec.loader.exec_module(mod)
    return mod


P = _load_tool()


def _read(path: str | Path) -> str:
    """A file -> its text as the scorer reads it (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def _run(seed: int, out: Path) -> dict[str, tuple[dict, str, dict, str]]:
    """A seed and an output dir -> article id -> (old gold, old text, new gold, new text)."""
    res = {}
    for set_name, art in ARTICLES:
        doc = json.loads((GOLD / set_name / f"{art}.json").read_text(encoding="utf-8"))
        old_text = _read(ROOT / doc["file"])
        r = P.perturb_article(doc, old_text, seed, set_name)
        dest = out / set_name / "articles"
        dest.mkdir(parents=True, exist_ok=True)
        (dest / f"{art}.txt").write_text(r.text, encoding="utf-8")
        r.gold["file"] = str(dest / f"{art}.txt")
        gp = out / set_name / f"{art}.json"
        gp.write_text(json.dumps(r.gold, ensure_ascii=False), encoding="utf-8")
        P.check_written(gp, doc, old_text)  # raises on any inconsistency
        res[art] = (doc, old_text, r.gold, r.text)
    return res


@pytest.fixture(scope="module")
def seed1(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Seed 1 outputs of the two articles."""
    return _run(1, tmp_path_factory.mktemp("pert1"))


def test_loads_and_counts_kept(seed1: dict) -> None:
    for old, _, new, _ in seed1.values():
        assert load_gold(Path(new["file"]).parents[1] / f"{new['article']}.json")
        assert len(new["statements"]) == len(old["statements"])
        assert len(new["events"]) == len(old["events"])
        assert len(new["entities"]) == len(old["entities"])
        for ge, oe in zip(new["entities"], old["entities"], strict=True):
            assert len(ge["mentions"]) == len(oe["mentions"])


def test_offsets_consistent(seed1: dict) -> None:
    for old, old_text, new, text in seed1.values():
        for st, so in zip(new["statements"], old["statements"], strict=True):
            assert text[st["start"] : st["end"]] == st["text"]
            assert text[st["cue_start"] : st["cue_end"]] == so["cue"]
        for ev, eo in zip(new["events"], old["events"], strict=True):
            assert text[ev["start"] : ev["end"]] == eo["trigger"]
        for (ns, ne), (os_, oe) in zip(new["boilerplate"], old["boilerplate"], strict=True):
            assert text[ns:ne] == old_text[os_:oe]
        for ge, oe_ in zip(new["entities"], old["entities"], strict=True):
            if ge["type"] != "Person":
                for (ns, ne), (os_, oe) in zip(ge["mentions"], oe_["mentions"], strict=True):
                    assert text[ns:ne] == old_text[os_:oe]


def test_persons_renamed_and_roles_untouched(seed1: dict) -> None:
    for old, old_text, new, text in seed1.values():
        renamed = 0
        for ge, oe_ in zip(new["entities"], old["entities"], strict=True):
            if ge["type"] != "Person" or ge["label"] == oe_["label"]:
                continue
            renamed += 1
            assert ge["wikidata"] is None and ge["label_en"] is None
            kept = {"عبد", "الثاني", "بن", "أبو", "آل"}  # particles, ordinals: as written
            old_words = set(oe_["label"].split()) - kept
            assert not old_words & set(ge["label"].split())
            for (ns, ne), (os_, oe) in zip(ge["mentions"], oe_["mentions"], strict=True):
                before, after = old_text[os_:oe], text[ns:ne]
                if set(before.split()) & old_words:  # a name mention: renamed
                    assert not set(after.split()) & old_words, (before, after)
                else:  # a role mention («الوزيرة»): as written
                    assert after == before
        assert renamed >= 3
        labels = {e["label"] for e in new["entities"]}
        for st in new["statements"]:
            if st["speaker"]:
                assert st["speaker"]["label"] in labels
            for a in st["about"]:
                assert a["label"] in labels
        for ev in new["events"]:
            for p in ev["participants"]:
                assert p["label"] in labels


def test_old_names_gone_from_renamed_mentions(seed1: dict) -> None:
    old, old_text, new, text = seed1["d3_01_jordan"]
    assert "الصفدي" in old_text
    body = text
    for s, e in new["boilerplate"]:
        body = body[:s] + " " * (e - s) + body[e:]
    assert "الصفدي" not in body


def test_deterministic_by_seed(tmp_path: Path, seed1: dict) -> None:
    again = _run(1, tmp_path / "a")
    other = _run(2, tmp_path / "b")
    for art in seed1:
        assert again[art][3] == seed1[art][3]
        assert again[art][2]["entities"] == seed1[art][2]["entities"]
        assert other[art][3] != seed1[art][3]


def test_gender_kept(seed1: dict) -> None:
    nd = P.name_data()
    old, _, new, _ = seed1["d10_05_jordan_syria_water"]
    (fem,) = [
        (o, n)
        for o, n in zip(old["entities"], new["entities"], strict=True)
        if o["type"] == "Person" and o["label"].split()[0].endswith("ة")
    ]
    assert nd.given[P.norm(fem[1]["label"].split()[0])] == "f"
    old, _, new, _ = seed1["d3_01_jordan"]  # «تانيا فايون», «وزيرة الخارجية السلوفينية»
    (tanja,) = [
        n
        for o, n in zip(old["entities"], new["entities"], strict=True)
        if o["label"] == "تانيا فايون"
    ]
    assert nd.given[P.norm(tanja["label"].split()[0])] == "f"
    rn = P.Renamer(P.random.Random(0), set())
    for label in ("فاطمة الزهراء", "نجاة رشدي", "أسماء بنت محمد"):
        first = P.rename_label(label, rn)[0][1]
        assert nd.given[P.norm(first)] == "f", (label, first)


def test_shapes() -> None:
    rn = P.Renamer(P.random.Random(3), set())
    pairs = dict(P.rename_label("عبد الله بن سعيد آل الشيخ الحريري", rn))
    assert pairs["عبد"] == "عبد" and pairs["بن"] == "بن" and pairs["آل"] == "آل"
    assert pairs["الله"] != "الله" and pairs["الله"].startswith("ال")
    assert pairs["الحريري"].startswith("ال") and pairs["الحريري"].endswith("ي")
    plain = dict(P.rename_label("سيرغي لافروف", rn))["لافروف"]
    assert not plain.startswith("ال") and not plain.endswith("ي")
    assert dict(P.rename_label("عبد الله الثاني", rn))["الثاني"] == "الثاني"
    kb_words = P.name_data().blocked
    assert P.norm(plain) not in kb_words and P.norm(pairs["الحريري"]) not in kb_words


@pytest.mark.parametrize("name", ["heldout", "dev20", "dev21", "dev22", "dev23", "dev30"])
def test_refuses_unseen_sets(name: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        P.main(["--out", str(tmp_path), name])
    assert not (tmp_path / name).exists()
