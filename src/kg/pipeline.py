"""The only place where the stage order is written.

Article stages: ingest -> text -> nlp (kb) -> rdf -> validate -> store.
NLP components, in order, are :data:`NLP_COMPONENTS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest import Article, Rejection, iter_articles
from kg.ingest.readers import expand

#: spaCy components of the extraction pipeline, in the order they run, with the module
#: that registers each factory.
NLP_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("kg_text", "kg.nlp.segment"),  # boilerplate regions + sentences
    ("kg_mentions", "kg.nlp.mentions"),  # gazetteer + titles + organisation patterns
    ("kg_coref", "kg.nlp.coref"),  # one actor per real-world entity per article
    ("kg_link", "kg.nlp.link"),  # KB candidates -> choice; local keys otherwise
    ("kg_time", "kg.nlp.time"),  # time expressions -> ISO 8601
    ("kg_statements", "kg.nlp.statements"),  # who said what about whom
    ("kg_events", "kg.nlp.events"),  # typed events with participants, place, time
)


def create_nlp(components: tuple[str, ...] | None = None) -> Language:
    """-> ``spacy.blank("ar")`` with the kg components (all, or the named prefix subset)."""
    import kg.nlp.records  # noqa: F401  (registers doc._.kg_* extensions)

    nlp = spacy.blank("ar")
    for name, module in NLP_COMPONENTS:
        if components is not None and name not in components:
            continue
        importlib.import_module(module)
        nlp.add_pipe(name)
    return nlp


# ---------------------------------------------------------------------------- article stages


def extract(nlp: Language, article: Article) -> Doc:
    """Article -> annotated spaCy Doc (``doc.text`` is ``article.text``, unchanged)."""
    doc = nlp.make_doc(article.text)
    doc._.kg_article = article
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "kg_text":
            _refine_title(article, doc)
    return doc


def _refine_title(article: Article, doc: Doc) -> None:
    """Make the title the first non-empty line outside boilerplate (site section lines are not
    headlines), unless the title came from metadata."""
    regions = doc._.kg_boilerplate or []
    if article.source_file and article.source_file.endswith((".json", ".jsonl")):
        return
    pos = 0
    for line in article.text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            end = start + len(stripped)
            inside = any(r[0] <= start and end <= r[1] for r in regions)
            if not inside:
                article.title = stripped
                return
        pos += len(line)


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
            "rejected": [{"source": r.source, "line": r.line, "reason": r.reason}
                         for r in self.rejected],
            "nonconforming": [{"article": a, "report": p} for a, p in self.nonconforming],
        }


def quarantine(folder: Path, article: Article, graph, report) -> Path:
    """Write a non-conforming article graph and its SHACL report to ``folder``; -> report path."""
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in article.id)
    graph.serialize(folder / f"{safe}.ttl", format="turtle")
    path = folder / f"{safe}.report.txt"
    path.write_text(report.text, encoding="utf-8")
    return path


def build(paths: Iterable[str], store, *, nlp: Language | None = None, validator=None,
          quarantine_dir: str | Path = "data/quarantine", max_bytes: int | None = None,
          force: bool = False, progress: Callable[[int], object] | None = None,
          stdin=None, stdin_id: str | None = None) -> BuildReport:
    """Input paths -> articles extracted, mapped to RDF, validated and stored, one by one.

    Each article is committed atomically; an unchanged article (same content hash) is skipped
    unless ``force``. ``progress(n)`` is called once per input file read."""
    from kg.kb import default_kb
    from kg.rdf.mapping import article_to_graph
    from kg.validate import Validator

    kb = default_kb()
    nlp = nlp if nlp is not None else create_nlp()
    validator = validator if validator is not None else Validator()
    report = BuildReport()
    files = list(expand(paths))
    last_file = None
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    for item in iter_articles(files, stdin=stdin, stdin_id=stdin_id, **kwargs):
        src = item.source if isinstance(item, Rejection) else item.source_file
        if progress is not None and src != last_file:
            progress(1)
            last_file = src
        if isinstance(item, Rejection):
            report.rejected.append(item)
            continue
        if not force and store.article_hash(item.id) == item.content_hash:
            report.unchanged.append(item.id)
            continue
        try:
            doc = extract(nlp, item)
            graph = article_to_graph(item, doc, kb)
        except Exception as exc:  # an extractor bug must not stop the batch  # noqa: BLE001
            report.rejected.append(Rejection(item.source_file or item.id,
                                             f"extraction failed: {type(exc).__name__}: {exc}",
                                             item.line))
            continue
        result = validator.validate(graph)
        if not result.conforms:
            path = quarantine(Path(quarantine_dir), item, graph, result)
            report.nonconforming.append((item.id, str(path)))
            continue
        store.replace_article(item.id, graph)
        report.stored.append(item.id)
    store.flush()
    return report
