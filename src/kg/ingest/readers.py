"""Files, folders and stdin -> Articles (or Rejections that say which file, line and why).

``iter_articles(paths, max_bytes=..., stdin=None) -> Iterator[Article | Rejection]`` walks the
given paths (folders recursively, in sorted order) and reads ``.txt``, ``.json``, ``.jsonl``,
``.html``/``.htm`` and ``-`` (standard input). A bad file never stops the batch: it becomes a
:class:`Rejection` and the walk goes on.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import IngestError
from kg.ingest.article import Article
from kg.ingest.dates import parse_date
from kg.ingest.decode import decode

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_META = ("title", "date", "url", "source", "lang")


@dataclass(slots=True)
class Rejection:
    """A file (or JSON line) that could not be read as an article, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def expand(paths: Iterable[str]) -> Iterator[str | Path]:
    """Paths (files, folders, ``-``) -> files to read, folders walked recursively and sorted.

    Files with other suffixes inside folders are skipped; given explicitly they are read and
    rejected with a clear reason."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield f
        else:
            yield path


def _txt_article(text: str, encoding: str, aid: str, source: str) -> Article:
    title = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    return Article(id=aid, text=text, title=title, source_file=source, encoding=encoding)


def _json_article(
    obj: object, aid: str, source: str, encoding: str, line: int | None = None
) -> Article:
    if not isinstance(obj, dict):
        raise IngestError(source, "a JSON article must be an object", line)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(source, "missing or empty 'text' field", line)
    meta = {k: obj.get(k) for k in _META}
    for k, v in meta.items():
        if v is not None and not isinstance(v, str):
            raise IngestError(source, f"field {k!r} must be a string", line)
    date = None
    if meta["date"]:
        date = parse_date(meta["date"])
        if date is None:
            raise IngestError(source, f"field 'date' is not a date: {meta['date']!r}", line)
    title = meta["title"] or next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    rid = obj.get("id")
    return Article(
        id=str(rid) if rid not in (None, "") else aid,
        text=text,
        title=title,
        date=date,
        url=meta["url"],
        source=meta["source"],
        lang=meta["lang"] or "ar",
        source_file=source,
        encoding=encoding,
        line=line,
    )


def _html_article(html: str, encoding: str, aid: str, source: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise IngestError(source, "no article text found in the HTML")
    date = parse_date(doc.date) if getattr(doc, "date", None) else None
    return Article(
        id=aid,
        text=text,
        title=getattr(doc, "title", None),
        date=date,
        url=getattr(doc, "url", None),
        source=getattr(doc, "sitename", None),
        lang="ar",
        source_file=source,
        encoding=encoding,
    )


def read_bytes(data: bytes, name: str, suffix: str, aid: str) -> Iterator[Article | Rejection]:
    """The bytes of one input -> its article(s) or rejection(s)."""
    try:
        if suffix not in SUFFIXES:
            raise IngestError(
                name,
                f"unsupported file type {suffix or '(none)'}; use one of {', '.join(SUFFIXES)}",
            )
        text, encoding = decode(data, name)
        if suffix == ".txt":
            yield _txt_article(text, encoding, aid, name)
        elif suffix == ".json":
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise IngestError(name, f"malformed JSON: {exc.msg} at line {exc.lineno}") from exc
            yield _json_article(obj, aid, name, encoding)
        elif suffix == ".jsonl":
            yield from _jsonl(text, encoding, aid, name)
        else:
            yield _html_article(text, encoding, aid, name)
    except IngestError as exc:
        yield Rejection(exc.source, exc.reason, exc.line)


def _jsonl(text: str, encoding: str, stem: str, name: str) -> Iterator[Article | Rejection]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(name, f"malformed JSON line: {exc.msg}", n) from exc
            yield _json_article(obj, f"{stem}-{n}", name, encoding, line=n)
        except IngestError as exc:
            yield Rejection(exc.source, exc.reason, exc.line)


def iter_articles(
    paths: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    stdin_id: str | None = None,
) -> Iterator[Article | Rejection]:
    """Paths -> Articles and Rejections, in input order. Duplicate ids are rejected."""
    seen: dict[str, str] = {}
    for item in expand(paths):
        if item == "-":
            data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
            name, suffix = "<stdin>", ".json" if data.lstrip()[:1] == b"{" else ".txt"
            aid = stdin_id or "stdin-" + hashlib.sha1(data).hexdigest()[:12]
        else:
            path = Path(item)
            name, suffix, aid = str(path), path.suffix.lower(), path.stem
            try:
                if path.stat().st_size > max_bytes:
                    yield Rejection(name, f"file is larger than the limit of {max_bytes} bytes")
                    continue
                data = path.read_bytes()
            except OSError as exc:
                yield Rejection(name, f"cannot read: {exc.strerror or exc}")
                continue
        if len(data) > max_bytes:
            yield Rejection(name, f"input is larger than the limit of {max_bytes} bytes")
            continue
        for out in read_bytes(data, name, suffix, aid):
            if isinstance(out, Article):
                if out.id in seen:
                    where = name + (f":{out.line}" if out.line else "")
                    yield Rejection(
                        where, f"duplicate article id {out.id!r} (first in {seen[out.id]})"
                    )
                    continue
                seen[out.id] = name
            yield out
