"""Person mentions found after the title scan (helpers of :mod:`kg.nlp.mentions`).

- ``nickname(raw, words, norm, lex)``: a one-word byname in quotes right after a person's name
  («أحمد محمد إسلام "مدوبي"», «X، المعروف بـ"Y"») -> that word (a later mention of the person);
- ``surname_like(word, lex)``: can the last word of a name stand alone for the person;
- ``honorific_pronouns(raws, art)``: «وأكد سموه», «سعادته» -> role
  raws (coreference joins them to the person named before).
"""

from __future__ import annotations

from functools import cache

from kg.nlp.actors_lex import ActorLexicons, Word, clitic_variants
from kg.nlp.actors_work import ArticleText, Raw
from kg.text.normalize import Normalized
from kg.text.quotes import CLOSE_QUOTES, OPEN_QUOTES

#: «المعروف بـ"X"», «الملقب بـ"X"»: a byname follows (normalised)
_KNOWN_AS = frozenset({"المعروف", "الملقب", "المعروفه", "الملقبه", "المكني"})


def nickname(r: Raw, words: list[Word], norm: Normalized, lex: ActorLexicons) -> str | None:
    """A one-word byname in quotes right after a person's name -> that word, else None."""
    k = r.we
    if k + 2 < len(words) and words[k].text in _KNOWN_AS and words[k + 1].text == "ب":
        k += 2  # «X، المعروف بـ"مدوبي"»
    if k + 1 >= len(words) or words[k].joined:
        return None
    before = norm.text[words[k - 1].end : words[k].start].strip()
    after = norm.text[words[k].end : words[k + 1].start].strip()
    if before not in OPEN_QUOTES or not after.startswith(CLOSE_QUOTES):
        return None
    t = words[k].text
    if t.startswith(("ال", "بال", "وال", "فال", "كال", "لل")) or not surname_like(t, lex):
        return None  # «وصف الوزير X "بالمهزلة"»: a quoted word of content, not a byname
    return None if any(lex.classes(stem) for _, stem in clitic_variants(t)) else t


def surname_like(last: str, lex: ActorLexicons) -> bool:
    """Can the last word of a name stand alone for the person (no lexicon word)? A two-letter
    family name («ريبوار طه» … «وقال طه») only when it is a known given name."""
    if len(last) == 2 and last not in lex.given_names:
        return False
    return len(last) >= 2 and not lex.classes(last) and last not in lex.lexicon_words


@cache
def _honorific_forms(lex: ActorLexicons) -> frozenset[str]:
    """Normalised honorific pronouns of the lexicon («سموه», «سعادته»)."""
    return frozenset(w for w, classes in lex.word_class.items() if "honorific_pronoun" in classes)


def honorific_pronouns(raws: list[Raw], art: ArticleText) -> None:
    """«وأكد سموه», «ألقاها سعادته»: a role mention of the honoured person named before it
    (coreference joins it to the last person holding an honorific title); appends raws."""
    words, norm, text, lex, blocked = art.words, art.norm, art.text, art.lex, art.blocked
    forms = _honorific_forms(lex)
    covered: set[int] | None = None
    for w in words:
        t = w.text
        if t not in forms and not (t[:1] in "وف" and t[1:] in forms) or w.i in blocked:
            continue
        if covered is None:
            covered = {i for r in raws for i in range(r.ws, r.we)}
        if w.i in covered:
            continue
        pre = 0 if t in forms else 1  # «وسموه»: the conjunction is not part of the mention
        s, e = norm.to_original(w.start + pre, w.end)
        raws.append(Raw(s, e, w.i, w.i + 1, "role", "Person", text[s:e], category="any"))
