"""Headline speakers the body names in full, for :mod:`kg.nlp.statements_headlines`.

``body_name(view, j, k, line_end) -> (actor,) | None``: «W1 W2: …» — the 1-4 plain words before
a headline colon are the end of a person's name the body gives later («X W1 W2»; one word: the
surname) or its beginning (2+ words: «W1 بن W2» ~ «W1 بن W2 بن W3»), also before «في» and a
place («W1 في City: لا …»). Decided by the words alone, whoever the person is.
``titled_name(view, j, k, line_end) -> (actor,) | None``: «الوزير X: …» — a title, then words
the body gives as the end of a person's name (``body_name`` on the words after the title).
``loose_title(view, j, k) -> (actor,) | None``: «وزير الري: …» — a headline title whose head
word and last word match a title mention in the body with words between them left out
(«وزير الموارد المائية والري»).
"""

from __future__ import annotations

from kg.nlp.statements_headparts import clause_after
from kg.nlp.statements_speaker import DocView
from kg.text.normalize import normalize_key

_IN = normalize_key("في")
_MAX_NAME = 4  # words of a name before a headline colon
_MAX_PLACE = 3  # words of a place between «في» and the colon
_CLITICS = ("و", "ب", "ل")  # a conjunction or preposition on a body title's word («والري»)


def body_name(view: DocView, j: int, k: int, line_end: int) -> tuple[str] | None:
    """Headline tokens ``j..k-1`` before the colon at ``k`` -> (actor,) of the one person whose
    name mention after the headline ends with those words (or, two words or more, starts with
    them); also «NAME في PLACE» when the text after the colon is a clause; else None."""
    found = _name_match(view, j, k)
    if found is not None:
        return found
    p = next((t for t in range(j + 1, k) if view.w(t) == _IN), None)
    if p is None or not 0 < k - p - 1 <= _MAX_PLACE or not clause_after(view, k, line_end):
        return None
    return _name_match(view, j, p)


def titled_name(view: DocView, j: int, k: int, line_end: int) -> tuple[str] | None:
    """«الوزير X: …», «وزير المالية X: …» (an unresolved title mention from ``j``) -> (actor,)
    of ``body_name`` on the words after the title's first word, the longest run first; else
    None."""
    for t in range(j + 1, k):
        found = body_name(view, t, k, line_end)
        if found is not None:
            return found
    return None


def _name_match(view: DocView, j: int, k: int) -> tuple[str] | None:
    """Tokens ``j..k-1``, plain words -> (actor,) of the single Person name mention after token
    ``k`` whose words end (or, 2+ words, start) with them; else None."""
    n = k - j
    if not 0 < n <= _MAX_NAME:
        return None
    if any(not view.toks[t].word or view.is_cue_word(t) for t in range(j, k)):
        return None
    words = [view.w(t) for t in range(j, k)]
    end = view.toks[k].end
    actors = set()
    for m in view.mi.all:
        if m.type != "Person" or m.kind != "name" or not m.actor or m.start < end:
            continue
        body = [normalize_key(w) for w in m.text.split()]
        if body[-n:] == words or (n >= 2 and body[:n] == words):
            actors.add(m.actor)
    return (actors.pop(),) if len(actors) == 1 else None


def loose_title(view: DocView, j: int, k: int) -> tuple[str] | None:
    """«وزير الري» (tokens ``j..k-1``, 2-3 words) -> (actor,) of the single title mention after
    the colon at ``k`` with the same head word, the same last word (up to a clitic and the
    article) and the headline's middle words in order between them; else None."""
    if not 2 <= k - j <= 3 or any(not view.toks[t].word for t in range(j, k)):
        return None
    words = [view.w(t).removeprefix("ال") for t in range(j, k)]
    end = view.toks[k].end
    actors = set()
    for m in view.mi.all:
        if m.type != "Person" or m.kind != "title" or not m.actor or m.start < end:
            continue
        body = [normalize_key(w) for w in m.text.split()]
        body = body[:1] + [_bare(w) for w in body[1:]]
        if len(body) <= len(words) or body[0] != words[0] or body[-1] != words[-1]:
            continue
        rest = iter(body[1:-1])
        if all(w in rest for w in words[1:-1]):  # the middle words in order
            actors.add(m.actor)
    return (actors.pop(),) if len(actors) == 1 else None


def _bare(word: str) -> str:
    """A body title's word after its head without a leading clitic and the article
    («والري» -> «ري»)."""
    for c in _CLITICS:
        if word.startswith(c + "ال") and len(word) > 4:
            word = word[1:]
            break
    return word.removeprefix("ال")
