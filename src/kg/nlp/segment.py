"""The ``kg_text`` spaCy component: boilerplate regions and sentences of the original text.

Input: a Doc whose ``doc.text`` is the article text. Output:

- ``doc._.kg_boilerplate``: list of ``(start, end)`` chrome regions
  (:func:`kg.text.boilerplate.find_boilerplate`); also ``doc.spans["kg_boilerplate"]`` with the
  region kind as label (tags, related, donation, share, caption, section, signature);
- ``doc._.kg_sentences``: list of ``(start, end)`` sentences outside those regions
  (:func:`kg.text.sentences.split_sentences`);
- with ``set_sent_starts`` (default), ``token.is_sent_start`` for every token: True where a
  sentence or a region starts on a token boundary (and for the first token), else False, so that
  ``doc.sents`` follows the same sentences. A boundary that falls inside a token (``البلدين.وقال``)
  cannot be expressed on tokens and is only in ``kg_sentences``.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

import kg.nlp.records  # noqa: F401  (registers doc._.kg_* extensions)
from kg.text.boilerplate import find_boilerplate
from kg.text.sentences import split_sentences


class TextSegmenter:
    """Doc -> Doc with ``kg_boilerplate`` and ``kg_sentences`` set (see module docstring)."""

    def __init__(self, *, detect_boilerplate: bool = True, set_sent_starts: bool = True) -> None:
        self.detect_boilerplate = detect_boilerplate
        self.set_sent_starts = set_sent_starts

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        regions = find_boilerplate(text) if self.detect_boilerplate else []
        sentences = split_sentences(text, skip=regions)
        doc._.kg_boilerplate = [(r.start, r.end) for r in regions]
        doc._.kg_sentences = sentences
        spans = []
        for r in regions:
            span = doc.char_span(r.start, r.end, label=r.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["kg_boilerplate"] = spans
        if self.set_sent_starts and len(doc):
            _set_sent_starts(doc, [s for s, _ in sentences] + [r.start for r in regions])
        return doc


def doc_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it from the tokens (~1 ms) when the Article carries it."""
    art = doc._.kg_article
    text = getattr(art, "text", None)
    if isinstance(text, str):
        if not len(doc):
            if not text:
                return text
        elif doc[-1].idx + len(doc[-1].text_with_ws) == len(text) and text.startswith(doc[0].text):
            return text
    return doc.text


def _set_sent_starts(doc: Doc, starts: list[int]) -> None:
    """Mark tokens starting at a char offset in ``starts`` (and token 0) as sentence starts."""
    idx = doc.to_array(IDX).astype(np.int64)
    flags = np.isin(idx, np.asarray(starts, dtype=np.int64))
    flags[0] = True
    values = np.where(flags, 1, -1).astype(np.int64).view(np.uint64).reshape(-1, 1)
    doc.from_array([SENT_START], values)


@Language.factory(
    "kg_text",
    assigns=["doc._.kg_boilerplate", "doc._.kg_sentences", "token.is_sent_start"],
    default_config={"detect_boilerplate": True, "set_sent_starts": True},
)
def make_kg_text(
    nlp: Language, name: str, *, detect_boilerplate: bool, set_sent_starts: bool
) -> TextSegmenter:
    """Factory of :class:`TextSegmenter`."""
    return TextSegmenter(detect_boilerplate=detect_boilerplate, set_sent_starts=set_sent_starts)
