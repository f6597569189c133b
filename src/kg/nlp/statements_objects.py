"""Objects of reporting verbs that are events, not content, for :mod:`kg.nlp.statements_verb`.

``event_object(view, j, limit) -> bool``: «تعلن الصين مناورات بحرية واسعة», «أعلنت النقابة إضراباً
مفتوحاً»: an object verb's complement that is a short indefinite noun phrase (1-3 words, no
article, no actor, no possessive pronoun, no quantifier) to the end of its clause names the act
announced; a proposition has a definite head or a genitive («أكد دعم بلاده», «أعلن ارتفاع
عدد …»), a clause or a quotation. Not for verbs of judgement, whose second complement is
often indefinite («اعتبره X خطوة مهمة»).
"""

from __future__ import annotations

from kg.nlp.statements_speaker import DocView
from kg.text.normalize import normalize_key

_MAX_WORDS = 3
#: quantifiers and negative nouns that open a position, not an act («رفض أي تدخل»), normalised
_QUANTIFIERS = frozenset(normalize_key(w) for w in "أي كل عدم أية جميع".split())
_END = frozenset({".", "،", "؛", "!"})
_PRONOUNS = ("ه", "ها", "هم", "نا", "هما")  # possessive pronouns ending a noun


def event_object(view: DocView, j: int, limit: int) -> bool:
    """Tokens ``j..limit-1`` (an object verb's complement to its clause end) -> is it a short
    indefinite noun phrase (an event announced, no content)?"""
    toks = view.toks[j:limit]
    while toks and not toks[-1].word and toks[-1].norm in _END:
        toks = toks[:-1]
    if not 0 < len(toks) <= _MAX_WORDS or not all(t.word for t in toks):
        return False
    if view.w(toks[0].i) in _QUANTIFIERS or view.mi.inside(toks[0].start, toks[-1].end):
        return False
    for t in toks:
        raw = view.text[t.start : t.end]
        definite = "ال" in t.norm[:3] or t.norm.startswith("لل")  # «الـ», «وال», «للاقتصاد»
        if definite or raw.endswith(("ه", "ها", "هم", "نا", "هما")) or raw.isdigit():
            return False
    return True


def indefinite_act(view: DocView, j: int, limit: int) -> bool:
    """«أبدوا اهتماماً بالمشاركة …», «أعلنت عن خطة لتوسيع …»: a complement at ``j`` whose head is
    an indefinite noun (no article, no possessive pronoun, no actor, no quantifier) followed by
    a preposition, an adjective-less clause end or a comma, not a genitive («أعلن عن تأجيل
    الانتخابات», «كشف عن وجود اتصالات» are propositions) -> True: an act or attitude shown."""
    if j >= limit or not view.toks[j].word or j in view.mi.by_start:
        return False
    w, raw = view.w(j), view.text[view.toks[j].start : view.toks[j].end]
    if w in _QUANTIFIERS or "ال" in w[:3] or w.startswith("لل") or view.is_cue_word(j):
        return False
    if raw.endswith(_PRONOUNS) or raw.isdigit():
        return False
    k = j + 1
    if k >= limit or not view.toks[k].word:
        return view.w(k) in _END or k >= limit
    nxt = view.w(k)
    stems = {nxt} | {nxt[: -len(p)] for p in _PRONOUNS if nxt.endswith(p)}  # «بلاده»
    root = any(view.lex.has("root_bl", x) for x in stems)
    clitic = nxt[:1] in ("ب", "ل") and len(nxt) > 3 and not root
    prep = view.is_prep(k) or clitic  # «بالمشاركة», «لتوسيع»: not «بلاده»
    return prep and k not in view.mi.by_start
