"""Batch build: input paths -> articles extracted, mapped, validated and stored.

``build(paths, store, workers=1, ...) -> BuildReport``. The per-article work (extract, map to
RDF, validate: :class:`ArticleProcessor`) never touches the store, so it can run in worker
processes (``workers > 1``: a ``forkserver`` pool, the spaCy pipeline, KB and shapes loaded once
per worker); the parent is the only writer and commits each article atomically.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from kg.ingest import Article, Rejection, iter_articles
from kg.ingest.readers import expand
from kg.memtune import tune_malloc
from kg.pipeline import create_nlp, extract
from kg.rdf import iris
from kg.resources import extractor_fingerprint


@dataclass(slots=True)
class Outcome:
    """What processing one article gave: N-Quads (its named graph) to store, or a quarantine,
    or a failure."""

    article: Article
    nquads: str | None = None
    quarantine_ttl: str | None = None
    report_text: str | None = None
    error: str | None = None


class ArticleProcessor:
    """Article -> :class:`Outcome` (extract, map to RDF, validate with SHACL)."""

    def __init__(self, nlp: Language | None = None, validator: Any = None, kb: Any = None) -> None:
        from kg.kb import default_kb
        from kg.validate import Validator

        self.nlp = nlp if nlp is not None else create_nlp()
        self.validator = validator if validator is not None else Validator()
        self.kb = kb if kb is not None else default_kb()

    def __call__(self, article: Article) -> Outcome:
        from kg.rdf.mapping import article_triples, nquads_text, ntriples_text, ntriples_to_graph

        try:
            triples = article_triples(article, extract(self.nlp, article), self.kb)
        except Exception as exc:  # an extractor bug must not stop the batch  # noqa: BLE001
            return Outcome(article, error=f"extraction failed: {type(exc).__name__}: {exc}")
        if not self.validator.gate(triples):
            graph = ntriples_to_graph(ntriples_text(triples))
            result = self.validator.validate_pyshacl(graph)
            if not result.conforms:
                ttl = graph.serialize(format="turtle")
                return Outcome(article, quarantine_ttl=ttl, report_text=result.text)
        return Outcome(article, nquads=nquads_text(triples, f"<{iris.article_graph(article.id)}>"))


@dataclass
class BuildReport:
    """What a build did: counts, rejected inputs and non-conforming articles."""

    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    nonconforming: list[tuple[str, str]] = field(default_factory=list)  # (article id, report file)

    @property
    def exit_code(self) -> int:
        """0 when everything was stored or unchanged, 1 when anything was rejected."""
        return 1 if self.rejected or self.nonconforming else 0

    def to_dict(self) -> dict:
        return {
            "stored": len(self.stored),
            "unchanged": len(self.unchanged),
            "rejected": [
                {"source": r.source, "line": r.line, "reason": r.reason} for r in self.rejected
            ],
            "nonconforming": [{"article": a, "report": p} for a, p in self.nonconforming],
        }


def _quarantine(folder: Path, out: Outcome) -> Path:
    """Write a non-conforming graph and its SHACL report to ``folder``; -> the report's path."""
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in out.article.id)
    (folder / f"{safe}.ttl").write_text(out.quarantine_ttl or "", encoding="utf-8")
    path = folder / f"{safe}.report.txt"
    path.write_text(out.report_text or "", encoding="utf-8")
    return path


#: stored articles between two flushes of the store to disk
FLUSH_EVERY = 100
#: articles written to the store together (one bulk load for new ones)
WRITE_BATCH = 64
#: articles handed to worker processes and not yet written (bounds the writer's memory)
IN_FLIGHT = 128

_WORKER: ArticleProcessor | None = None


def _init_worker() -> None:
    global _WORKER
    tune_malloc()
    _WORKER = ArticleProcessor()


def _work(article: Article) -> Outcome:
    assert _WORKER is not None
    return _WORKER(article)


def build(
    paths: Iterable[str],
    store: Any,
    *,
    workers: int = 1,
    nlp: Language | None = None,
    validator: Any = None,
    quarantine_dir: str | Path = "data/quarantine",
    max_bytes: int | None = None,
    force: bool = False,
    progress: Callable[[int], object] | None = None,
    stdin: Any = None,
    stdin_id: str | None = None,
    executor: Callable[[Iterator[Article]], Iterator[Outcome]] | None = None,
) -> BuildReport:
    """Input paths -> :class:`BuildReport`; each article is committed atomically, an unchanged
    one (same content hash, made by the same extractor: :func:`kg.resources.extractor_fingerprint`)
    is skipped unless ``force``; ``progress(1)`` per article handled.
    The ontology and KB background graphs (:mod:`kg.reason`) are refreshed at the end.
    ``executor`` (articles -> outcomes, in any order) replaces the local processes, e.g. a
    cluster engine (:mod:`kg.build_dask`); the store is still written here, by this process."""
    tune_malloc()  # the writer reuses its big buffers instead of faulting them in per batch
    report = BuildReport()
    agent = str(iris.software_agent(extractor_fingerprint()))
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}

    def todo() -> Iterator[Article]:
        for item in iter_articles(list(expand(paths)), stdin=stdin, stdin_id=stdin_id, **kwargs):
            if isinstance(item, Rejection):
                report.rejected.append(item)
                if progress is not None:
                    progress(1)
            elif not force and store.article_stamp(item.id) == (item.content_hash, agent):
                report.unchanged.append(item.id)
                if progress is not None:
                    progress(1)
            else:
                yield item

    pending: list[tuple[str, str]] = []

    def commit() -> None:
        """Pending articles -> stored as one batch (``Store.replace_articles_nquads``)."""
        before = len(report.stored)
        store.replace_articles_nquads(pending)
        report.stored.extend(aid for aid, _ in pending)
        pending.clear()
        if len(report.stored) // FLUSH_EVERY > before // FLUSH_EVERY:
            store.flush()  # bounds the writer's memory (Oxigraph's memtables): 930 -> 330 MB

    def handle(out: Outcome) -> None:
        a = out.article
        if out.error is not None:
            report.rejected.append(Rejection(a.source_file or a.id, out.error, a.line))
        elif out.nquads is None:
            report.nonconforming.append((a.id, str(_quarantine(Path(quarantine_dir), out))))
        else:
            pending.append((a.id, out.nquads))
            if len(pending) >= WRITE_BATCH:
                commit()
        if progress is not None:
            progress(1)

    if executor is not None:
        for out in executor(todo()):
            handle(out)
    elif workers <= 1:
        proc = ArticleProcessor(nlp=nlp, validator=validator)
        for article in todo():
            handle(proc(article))
    else:
        # backpressure: the pool reads its input in a thread and keeps every result until it
        # is taken, so without a bound a writer slower than the workers piles results up
        # (10,000 articles: 928 MB in the writer); at most IN_FLIGHT articles are out
        in_flight = threading.BoundedSemaphore(max(IN_FLIGHT, 16 * workers))

        def feed() -> Iterator[Article]:
            for article in todo():
                in_flight.acquire()
                yield article

        ctx = mp.get_context("forkserver")
        with ctx.Pool(workers, initializer=_init_worker) as pool:
            for out in pool.imap_unordered(_work, feed(), chunksize=8):
                in_flight.release()
                handle(out)
    if pending:
        commit()
    if report.stored or report.unchanged:
        from kg.reason import install

        install(store)  # ontology + KB background graphs for query-time inference (~25 ms)
    store.flush()
    return report
