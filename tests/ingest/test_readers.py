"""Ingestion: every input kind, and every bad-input case reported with file, line and reason."""

from __future__ import annotations

import io
import json

import pytest

from kg.ingest import Article, Rejection, iter_articles

AR = "وقال الوزير إن المحادثات كانت صريحة."


def _split(items):
    arts = [i for i in items if isinstance(i, Article)]
    rej = [i for i in items if isinstance(i, Rejection)]
    return arts, rej


def test_txt_first_line_and_exact_text(tmp_path):
    text = "\nالعنوان هنا\r\n\n12.04.2017 | 14:59\n\n" + AR + "\n"
    (tmp_path / "a1.txt").write_bytes(text.encode("utf-8"))
    arts, rej = _split(list(iter_articles([str(tmp_path)])))
    assert not rej
    (a,) = arts
    assert a.id == "a1"
    assert a.text == text  # newlines untouched, \r kept
    assert a.title == "العنوان هنا"
    assert a.date is None  # date lines are read by the text stage (see test_pipeline)
    assert a.encoding == "utf-8"


def test_windows_1256_is_decoded_and_recorded(tmp_path):
    (tmp_path / "cp.txt").write_bytes(("عنوان\n" + AR).encode("windows-1256"))
    (a,), rej = _split(list(iter_articles([str(tmp_path / "cp.txt")])))
    assert not rej and a.encoding == "windows-1256" and a.text.startswith("عنوان")


def test_json_and_jsonl(tmp_path):
    (tmp_path / "one.json").write_text(
        json.dumps(
            {
                "id": "x1",
                "text": AR,
                "title": "ع",
                "date": "2017-04-12",
                "url": "http://e/1",
                "source": "وكالة",
                "lang": "ar",
            }
        ),
        encoding="utf-8",
    )
    lines = [json.dumps({"id": "j1", "text": AR}), json.dumps({"text": AR}), ""]
    (tmp_path / "many.jsonl").write_text("\n".join(lines), encoding="utf-8")
    arts, rej = _split(list(iter_articles([str(tmp_path)])))
    assert not rej
    by_id = {a.id: a for a in arts}
    assert set(by_id) == {"x1", "j1", "many-2"}
    assert by_id["x1"].url == "http://e/1" and by_id["x1"].date == "2017-04-12"
    assert by_id["many-2"].line == 2


def test_html_main_text_is_extracted(tmp_path):
    body = "".join(f"<p>{AR} فقرة {i}.</p>" for i in range(6))
    html = (
        f"<html><head><title>عنوان الخبر</title></head><body><nav>الرئيسية | رياضة</nav>"
        f"<article><h1>عنوان الخبر</h1>{body}</article><footer>جميع الحقوق محفوظة</footer>"
        f"</body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (a,), rej = _split(list(iter_articles([str(tmp_path)])))
    assert not rej
    assert "فقرة 3" in a.text and "جميع الحقوق" not in a.text


def test_stdin(tmp_path):
    items = list(iter_articles(["-"], stdin=io.BytesIO(AR.encode()), stdin_id="in1"))
    (a,), _ = _split(items)
    assert a.id == "in1" and a.text == AR


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"  \n\n", "empty file"),
        ("bin.txt", b"\x00\x01\x02PNG\x00\x00" * 50, "binary file"),
        ("latin.txt", "caf\xe9 cr\xe8me br\xfbl\xe9e".encode("latin-1"), "not UTF-8"),
        ("bad.json", b'{"text": "x",', "malformed JSON"),
        ("notext.json", json.dumps({"title": "t"}).encode(), "missing or empty 'text'"),
        ("arr.json", b"[1, 2]", "must be an object"),
        ("baddate.json", json.dumps({"text": AR, "date": "yesterday"}).encode(), "not a date"),
        ("img.png", b"\x89PNG\r\n", "unsupported file type .png"),
    ],
)
def test_bad_input_is_reported_and_batch_goes_on(tmp_path, name, data, reason):
    (tmp_path / "good.txt").write_text(AR, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(data)
    arts, rej = _split(list(iter_articles([str(tmp_path / "good.txt"), str(bad)])))
    assert [a.id for a in arts] == ["good"]
    assert len(rej) == 1 and rej[0].source == str(bad) and reason in rej[0].reason


def test_malformed_jsonl_line_names_the_line(tmp_path):
    f = tmp_path / "l.jsonl"
    f.write_text(json.dumps({"text": AR}) + "\n{oops\n" + json.dumps({"title": "x"}) + "\n")
    arts, rej = _split(list(iter_articles([str(f)])))
    assert [a.id for a in arts] == ["l-1"]
    assert [(r.line, r.reason.split(":")[0]) for r in rej] == [
        (2, "malformed JSON line"),
        (3, "missing or empty 'text' field"),
    ]


def test_oversized_file_is_rejected(tmp_path):
    (tmp_path / "big.txt").write_text(AR * 100, encoding="utf-8")
    _, (r,) = _split(list(iter_articles([str(tmp_path)], max_bytes=1000)))
    assert "larger than the limit of 1000 bytes" in r.reason


def test_duplicate_ids_are_rejected(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text(AR, encoding="utf-8")
    arts, (r,) = _split(list(iter_articles([str(tmp_path)])))
    assert len(arts) == 1 and "duplicate article id 'same'" in r.reason
