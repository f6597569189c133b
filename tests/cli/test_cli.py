"""End to end: the `kg` command on seeds/ into a temporary on-disk store, then queried."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KG = [sys.executable, "-m", "kg"]


def kg(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*KG, *args], capture_output=True, text=True, input=input, cwd=ROOT, timeout=600
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("e2e")
    store = d / "store"
    r = kg(
        "build", str(ROOT / "seeds"), "--store", str(store), "--quarantine", str(d / "q"), "--json"
    )
    return store, r


def test_build_stores_every_seed(built):
    store, r = built
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["stored"] == 5 and summary["articles_in_store"] == 5
    assert summary["rejected"] == [] and summary["nonconforming"] == []


def test_rebuild_is_a_noop(built):
    store, _ = built
    r = kg("build", str(ROOT / "seeds"), "--store", str(store), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["unchanged"] == 5


def test_query_formats(built):
    store, _ = built
    q = (
        "SELECT ?id WHERE { ?a <https://w3id.org/arabic-news-kg/ontology#articleId> ?id } "
        "ORDER BY ?id"
    )
    r = kg("query", q, "--store", str(store), "--format", "csv")
    lines = r.stdout.strip().splitlines()
    assert lines[0] == "id" and len(lines) == 6
    r = kg("query", "-", "--store", str(store), "--format", "json", input=q)
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()][0] == "000_7f869916677e8084"


def test_stats_json(built):
    store, _ = built
    r = kg("stats", "--store", str(store), "--json")
    s = json.loads(r.stdout)
    assert s["articles"] == 5 and s["triples"] > 1000
    assert s["classes"]["kgo:Article"] == 5 and s["classes"].get("kgo:Statement", 0) > 10


def test_validate_store(built):
    store, _ = built
    r = kg("validate", "--store", str(store), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["conforms"] is True


@pytest.mark.parametrize("about", ["الأسد", "Assad", "بشار الأسد"])
def test_statements_about_assad(built, about):
    store, _ = built
    r = kg("statements", "--about", about, "--store", str(store))
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(rows) >= 5
    for row in rows:
        assert set(row) == {"article", "speaker", "cue", "text", "start", "end", "direct", "about"}
        assert any("الأسد" in (a["label"] or "") for a in row["about"])
    speakers = {(row["speaker"] or {}).get("label_en") for row in rows}
    assert {"Rex Tillerson", "Heather Nauert"} <= speakers


def test_statement_offsets_point_into_the_article(built):
    store, _ = built
    r = kg("statements", "--article", "001_7cc4ae428ed70fb2", "--store", str(store))
    text = (ROOT / "seeds" / "001_7cc4ae428ed70fb2.txt").read_text(encoding="utf-8")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]


def test_bad_input_exit_code_and_good_articles_kept(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "seeds" / "004_16cd5641054940a4.txt", src / "good.txt")
    (src / "broken.json").write_text('{"text": ', encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    store = tmp_path / "store"
    r = kg("build", str(src), "--store", str(store), "--quarantine", str(tmp_path / "q"))
    assert r.returncode == 1
    assert "broken.json: malformed JSON" in r.stderr and "empty.txt: empty file" in r.stderr
    assert "stored 1" in r.stdout
    r = kg(
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/arabic-news-kg/ontology#Article> }",
        "--store",
        str(store),
        "--format",
        "csv",
    )
    assert r.stdout.splitlines()[1] == "1"


def test_stdin_article(tmp_path):
    text = (ROOT / "seeds" / "002_2e98b32ed5c1c517.txt").read_text(encoding="utf-8")
    r = kg("build", "-", "--id", "piped", "--store", str(tmp_path / "s"), "--quiet", input=text)
    assert r.returncode == 0 and r.stdout == ""
    r = kg("entities", "--article", "piped", "--store", str(tmp_path / "s"))
    assert any(json.loads(x)["label_en"] == "Sergey Lavrov" for x in r.stdout.splitlines())


def test_error_exit_code_2(tmp_path):
    r = kg("query", "SELEC nonsense", "--store", "memory")
    assert r.returncode == 2 and "malformed" in r.stderr


def test_help_on_every_command():
    for cmd in (
        "build",
        "validate",
        "query",
        "stats",
        "serve",
        "entities",
        "statements",
        "events",
        "evaluate",
    ):
        r = kg(cmd, "--help")
        assert r.returncode == 0 and "Usage:" in r.stdout


def test_evaluate_pools_gold_sets():
    """``--gold`` adds a set: pooled counts are the sums of the separate runs."""
    import json

    def counts(*args: str) -> dict:
        r = kg("evaluate", *args, "--json")
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)["statements"]["speaker_correct"]

    a = counts("tests/gold/dev3", "tests/gold/dev3/articles")
    b = counts("tests/gold/dev4", "tests/gold/dev4/articles")
    both = counts(
        "tests/gold/dev3",
        "tests/gold/dev3/articles",
        "tests/gold/dev4/articles",
        "--gold",
        "tests/gold/dev4",
    )
    keys = ("tp", "predicted", "gold")
    assert [both[k] for k in keys] == [a[k] + b[k] for k in keys]
    d3 = ("tests/gold/dev3", "tests/gold/dev3/articles")
    same = kg("evaluate", *d3, "--gold", "tests/gold/dev3")
    assert same.returncode == 2 and "share article ids" in same.stderr
