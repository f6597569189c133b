"""spaCy component ``kg_coref``: one actor per real-world entity per article.

Reads the raws left by ``kg_mentions`` and groups them into entities (:class:`Entity`), then
rewrites ``doc._.kg_mentions`` / ``doc._.kg_actors`` (keys are provisional until ``kg_link``):

- KB names by candidate id; an ambiguous alias («الأسد») joins the entity of a fuller name that
  shares a candidate (the nearest before it, else the only one);
- people found through titles: full name, then surname («ريكس تيلرسون» ... «تيلرسون»);
- titles give their holder a :class:`Position` (title, affiliation, evidence offsets);
- roles («الوزير», «المتحدثة», «وزير الخارجية الأمريكي», «النظام») -> the last entity before them
  holding a compatible title (category, gender, affiliation), from the text or the KB;
- «نظيره الروسي»: the person with the antecedent's title and the adjective's country (in the
  article, else a unique KB holder). Anything unresolvable keeps ``actor=None``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.actors_lex import ActorLexicons
from kg.nlp.actors_resolve import Resolver
from kg.nlp.actors_work import emit, get_work


class Coref:
    """Doc -> entities for the raws of ``kg_mentions`` (no-op when it did not run).

    Uses the KB that ``kg_mentions`` matched against (for KB positions and counterparts).
    """

    def __init__(self) -> None:
        self.lex = ActorLexicons.get()

    def __call__(self, doc: Doc) -> Doc:
        work = get_work(doc)
        if work is None:
            return doc
        work.entities.clear()
        Resolver(work, self.lex, work.kb).run()
        emit(doc, work)
        return doc


@Language.factory(
    "kg_coref",
    assigns=["doc._.kg_mentions", "doc._.kg_actors"],
    requires=["doc._.kg_mentions"],
    default_config={},
)
def make_coref(nlp: Language, name: str) -> Coref:
    """Factory of ``kg_coref`` (no options)."""
    return Coref()
