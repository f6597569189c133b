"""The only place where the stage order is written.

Article stages: ingest -> text -> nlp (kb) -> rdf -> validate -> store, run per article by
:class:`kg.build.ArticleProcessor` (extract, map, validate) and :func:`kg.build.build` (store).
NLP components, in order, are :data:`NLP_COMPONENTS`.
"""

from __future__ import annotations

import importlib

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest import Article

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
            _refine_from_text(article, doc)
    return doc


def _refine_from_text(article: Article, doc: Doc) -> None:
    """After the text stage: the headline is the first line outside boilerplate (a site section
    line is not a headline) and a date line gives the publication date, unless metadata gave
    them (JSON input)."""
    from kg.text.headline import find_dateline, find_headline

    from_metadata = bool(article.source_file and article.source_file.endswith((".json", ".jsonl")))
    if not from_metadata:
        span = find_headline(article.text, doc._.kg_boilerplate or [])
        if span is not None:
            article.title = article.text[span[0] : span[1]]
    if article.date is None:
        dl = find_dateline(article.text)
        if dl is not None:
            article.date = dl[2]


def build(*args: object, **kwargs: object) -> object:
    """Shortcut for :func:`kg.build.build` (inputs -> store), kept here for discoverability."""
    from kg.build import build as run_build

    return run_build(*args, **kwargs)
