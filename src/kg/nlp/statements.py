"""spaCy component ``kg_statements``: who said what about whom.

Doc (with ``kg_sentences``, ``kg_boilerplate``, ``kg_mentions``, ``kg_times`` when available)
-> ``doc._.kg_statements``: list of :class:`kg.nlp.records.Statement` in text order. Every
record is optional upstream: without sentences a naive split is used, without mentions every
speaker is None.

Constructions (rules in :mod:`kg.nlp.statements_extract` / ``_verb`` / ``_forms`` /
``_markers`` / ``_attrib`` / ``_headlines``, words in the data files ``statements_verbs.tsv``,
``statements_participles.tsv``, ``statements_cues.tsv``):

- reporting verb + أن/إن, colon, quotation, عن/إلى/على/بـ + noun (also past an adjunct phrase:
  «شدد X خلال اتصال … على»), or an object clause (``verb``: «أكد X دعم بلاده», «استبعد X
  استئناف …»); speech acts with a plain object (اتهم X بـ، حث X على، هنأ X) need أن or a
  quotation («اتهم X الجزائر بـ"…"»); passive reports (قيل، أُعلن) have no speaker;
  «وجاء في البيان أن …» speaks for the statement's issuer;
- participial continuation «، مشيراً إلى أن …» by the same speaker (``participle``);
- «نقلت الوكالة عن X قوله …»: speaker X, not the agency (``channel``);
- headline «X: …», also after a kicker (بالفيديو..), with the outlet spoken to (X لـ"…":), a
  title alone matched to the body (وزيرة الشؤون الاجتماعية:) or an unnamed source (مصدر …:)
  (``headline``); «بحسب/وفق X، (فإن) …», «…، بحسب X» and a sentence whose verb
  was lost «X، أمس، أن …» (``verbless``); a clause-initial quotation no verb claims (``quote``);
  a quotation split by its attribution «"A"، قال X، "B"» is one statement (A..B); a quotation
  left open at a paragraph end and reopened by the next one runs on; «ووفقاً للبيان (الختامي)،
  فإن» and «بحسب ما أوردته X» are sources; a bare country name before a headline colon
  («الصومال: تصاعد …», a place: «غزة: …») labels the topic unless quoted or first person;
  a headline title in the construct matches the body's title with a nisba («وزير خارجية
  بنغلاديش:» ~ «وزير الخارجية البنغلاديشي X»); an interview's «ج: …» answer lines (after «س:»)
  are direct statements of the last speaker before the questions; «…، على حد قول X» and
  «…، وفق ما نقلته صحيفة X عن Y» (speaker Y) are sources; «ذهب X إلى أن», «وزاد X أن»,
  «وسبق أن أكد X», «عاد X ليؤكد أن» (purpose ل + present verb, أن clause only) are cues;
  verbal nouns of saying («حرص X على التأكيد أن», «اكتفى X بالقول إن», «مع تأكيده أن»,
  «تصريح X بأن»; not between a verb and its content «جدد X في القول إن»); a negated verb of
  denial or doubt («لم يستبعد/يخف/ينف X أن»; «لم يقل» is none); «…، على حد تعبيره» with only a
  pronoun (the sentence's speaker, else the last one); «…، بحسب X» with no other cue in the
  sentence covers all of it; «وفقاً لمصادر …» is an unnamed source.

Speaker: the subject after the verb (VSO, through titles and appositions to the person), else
before it (SVO, also «X الذي يرى», «X، الذي شدد», «X قد أعلن»; a subject opening a nested clause
wins over a following object, an adjacent one over an unresolved post-verbal noun), else the
earlier cue of the sentence, else for a clause-initial verb the previous statement's speaker
(within ``continuation_sentences``), else the subject of the clause the cue continues (the first
actor outside a prepositional phrase in the comma stretch before it: «هدد X بـ…، قائلاً»),
else the sentence's opening subject (also for a second clause «تعهد X بـ…، وقال إن» and a
و-joined verb «X يستقبل Y ويؤكد …»; a pronoun «لكنه رأى» or an honorific «وشدد سموه» continues
the last speaker; joint subjects «فرنسا وألمانيا», a dual verb («أكدا فيه») and a joint document
(«البيان المشترك») are nobody; an addressee after the verb («أكد لنظيره X أن») is not the subject;
a subject-less continuation agrees in gender with the speaker it continues («وأضافت» -> the last
feminine-verb speaker); «بيان/التقرير (ال)صادر عن X» speaks for X (nobody if X is unknown);
«وكان X … قد + verb»: X; a subject-less «وقال» after a sentence that reported nobody: that
sentence's opening person; «"…"، قال.»: the last speaker; a document «البيان»/«أكدت فيه»
speaks for its issuer; «مصدر في الخارجية X» is an unnamed source). Demand verbs (دعا، داعياً)
need أن or a colon (guideline).
``None`` = unresolved (an unnamed «مسؤول أمريكي», an unresolved role), never a guess.
Content: to the sentence end, the closing quotation, or before «، مشيراً»/«، وأضاف»/«، بحسب»/
«، في إشارة إلى»/«، في حين»/«، ودعا» (a verb's complement only). ``direct`` = wholly quoted,
or unquoted but in the first person (also «لن نـ/لم نـ»); an object or the rest of a clause
around a quotation makes it mixed, so indirect, and so does a complementizer carrying a pronoun
(«بأنها "…"»: the content starts at «أنها», the ب dropped).
``about`` = actors of every mention inside the content. Impersonal «يشار/يذكر أن» with no
subject is dropped (the narrator's aside, not anyone's statement); an attitude verb nested in
another statement's content (قال إن واشنطن تأمل …) is part of it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import kg.nlp.records  # noqa: F401  (registers doc._.kg_* extensions)
from kg.nlp.records import Statement
from kg.nlp.segment import doc_text
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
            doc_text(doc),
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
