"""The outlet of a date line («عمّان - بترا», «بغداد/ شفق نيوز», «دبي - "الخليج"»): an
organisation mention (guideline: news outlets are organisations), found after the title scan.

``dateline_outlets(raws, words, norm, text, lex, blocked)``: for a place that opens a line and is
followed by a dash or slash, the 1-3 words after it on the same line (quotes allowed around
them; not digits, time words or «مراسلنا»-like bylines) become an Organization raw, unless a
raw already covers them (a KB agency such as «واس»). Appends raws.
"""

from __future__ import annotations

from kg.nlp.actors_lex import ActorLexicons, Word
from kg.nlp.actors_work import Raw
from kg.text.normalize import Normalized, normalize_key

_DASHES = ("-", "–", "—", "/")
_QUOTES = "\"«»“”'()"
_MAX_WORDS = 3


def _gap(norm: Normalized, words: list[Word], k: int) -> str:
    """Text between word k-1 and word k (the text before the first word for k == 0)."""
    return norm.text[words[k - 1].end if k else 0 : words[k].start]


def _outlet_end(words: list[Word], norm: Normalized, lex: ActorLexicons, k: int) -> int:
    """Words of an outlet name from word k on the date line -> end word (k = none)."""
    end = k
    while end < len(words) and end - k < _MAX_WORDS:
        gap = _gap(norm, words, end)
        if "\n" in gap or end > k and gap.strip(" " + _QUOTES):
            break
        t = words[end].text
        if t.isdigit() or lex.classes(t) & {"time", "stop", "verb", "dateline_stop"}:
            break
        end += 1
    return end


def dateline_outlets(
    raws: list[Raw],
    words: list[Word],
    norm: Normalized,
    text: str,
    lex: ActorLexicons,
    blocked: set[int],
) -> None:
    covered = {i for r in raws for i in range(r.ws, r.we)}
    for r in list(raws):
        if r.kind != "name" or r.type != "Place" or r.hidden or r.we >= len(words):
            continue
        if r.ws and "\n" not in _gap(norm, words, r.ws):
            continue  # not at the start of a line
        after = _gap(norm, words, r.we)
        if "\n" in after or not any(d in after for d in _DASHES):
            continue
        k = r.we
        end = _outlet_end(words, norm, lex, k)
        if end == k or any(i in covered or i in blocked for i in range(k, end)):
            continue
        if end < len(words) and ":" in _gap(norm, words, end):
            continue  # «الخرطوم - كتب: X»: a byline, not an outlet
        s, e = norm.to_original(words[k].start, words[end - 1].end)
        surface = text[s:e]
        raws.append(Raw(s, e, k, end, "name", "Organization", surface, (), normalize_key(surface)))
        covered.update(range(k, end))
