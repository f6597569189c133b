"""Candidate generation for entity linking: a mention key -> ranked KB candidates.

``generate(mention_norm, type_hint, kb) -> list[Candidate]``: exact-key candidates first
(label > alias > English name > metonym > adjective), unambiguous before ambiguous, and those
whose type agrees with ``type_hint`` before the others, exact keys before article variants.
When the key has no entry and starts with the article, the key without it is tried for
countries, places and facilities. The linker chooses among the candidates.
"""

from __future__ import annotations

from kg.kb.base import KINDS, Candidate, KnowledgeBase, key_of

_ARTICLE = "ال"
_ARTICLE_TYPES = ("Country", "Place", "Facility")
#: a mention typed as one of these may refer to an entry of the other (Moscow -> Russia, ...)
_COMPATIBLE = {
    "Country": {"Country", "Place"},
    "Place": {"Place", "Country", "Facility"},
    "Facility": {"Facility", "Place"},
    "Organization": {"Organization"},
    "Person": {"Person"},
}


def score(cand: Candidate, type_hint: str | None = None) -> float:
    """A candidate -> a score in (0, 1]; higher is better (kind, ambiguity, type agreement)."""
    s = 1.0 - 0.15 * KINDS.index(cand.kind)
    if cand.ambiguous:
        s -= 0.3
    if cand.variant is not None:
        s -= 0.1
    if type_hint is not None:
        if cand.entry.type == type_hint:
            s += 0.2
        elif cand.entry.type not in _COMPATIBLE.get(type_hint, {type_hint}):
            s -= 0.4
    return max(s, 0.01)


def generate(mention_norm: str, type_hint: str | None, kb: KnowledgeBase) -> list[Candidate]:
    """A mention (normalised, clitic-stripped) and an optional type -> ranked candidates."""
    key = key_of(mention_norm)
    cands = kb.lookup(key)
    if not cands and key.startswith(_ARTICLE) and len(key) > 3:
        # «الحلب»: the writer added the article to a name that is indexed without it
        # (the opposite case, «عراق» for «العراق», is indexed by the KB itself)
        cands = [
            Candidate(c.entry, c.kind, c.alias, c.ambiguous, c.variant or "added_article")
            for c in kb.lookup(key[len(_ARTICLE) :])
            if c.entry.type in _ARTICLE_TYPES
        ]
    return sorted(cands, key=lambda c: -score(c, type_hint))
