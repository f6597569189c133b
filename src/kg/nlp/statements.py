"""spaCy component ``kg_statements``: who said what about whom.

Doc (with ``kg_sentences``, ``kg_boilerplate``, ``kg_mentions``, ``kg_times`` when available)
-> ``doc._.kg_statements``: list of :class:`kg.nlp.records.Statement` in text order.

Constructions (rules in :mod:`kg.nlp.statements_extract`, words in the data files
``statements_verbs.tsv``, ``statements_participles.tsv``, ``statements_cues.tsv``):

- reporting verb + أن/إن, colon, quotation, عن/إلى/على + noun, or object (kind ``verb``);
- participial continuation «، مشيراً إلى أن …» by the same speaker (``participle``);
- «نقلت الوكالة عن X قوله …»: speaker X (``channel``);
- headline «X: …» (``headline``); «بحسب/وفق X، …» (``verbless``);
- a clause-initial quotation no verb claims (``quote``, speaker from «، بحسب X» or None).

Speaker: the subject after the verb (VSO), else before it (SVO, also «X الذي يرى»), else the
earlier cue of the sentence, else for a clause-initial verb the previous statement's speaker
(within ``continuation_sentences``), else the sentence's opening subject. ``None`` means
unresolved, never a guess from outside the text. Impersonal «يشار/يذكر أن» without a subject is
dropped (narrator's aside, not anyone's statement).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import kg.nlp.records  # noqa: F401  (registers doc._.kg_* extensions)
from kg.nlp.records import Statement
from kg.nlp.statements_attrib import Config
from kg.nlp.statements_extract import extract
from kg.nlp.statements_lexicon import load_statement_lexicon
from kg.nlp.statements_speaker import DocView


class StatementExtractor:
    """Callable component: ``doc -> doc`` with ``doc._.kg_statements`` set."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.lex = load_statement_lexicon()

    def statements(
        self,
        text: str,
        mentions=None,
        times=None,
        sentences=None,
        boilerplate=None,
    ) -> list[Statement]:
        """Plain-text entry point (tests, tools): text + optional records -> statements."""
        view = DocView(text, self.lex, mentions, times, sentences, boilerplate)
        return extract(view, self.cfg)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_statements = self.statements(
            doc.text,
            doc._.kg_mentions,
            doc._.kg_times,
            doc._.kg_sentences,
            doc._.kg_boilerplate,
        )
        return doc


@Language.factory(
    "kg_statements",
    assigns=["doc._.kg_statements"],
    requires=["doc._.kg_sentences", "doc._.kg_mentions"],
    default_config={
        "max_gap": 30,
        "continuation_sentences": 3,
        "min_quote_words": 3,
        "object_window": 3,
    },
)
def make_statements(
    nlp: Language,
    name: str,
    *,
    max_gap: int,
    continuation_sentences: int,
    min_quote_words: int,
    object_window: int,
) -> StatementExtractor:
    """Factory: options are the fields of :class:`kg.nlp.statements_extract.Config`."""
    return StatementExtractor(
        Config(max_gap, continuation_sentences, min_quote_words, object_window)
    )
