"""The outlet of a date line («عمّان - بترا», «بغداد/ شفق نيوز», «دبي - "الخليج"»): an
organisation mention (guideline: news outlets are organisations), found after the title scan.

``dateline_outlets(raws, art)``: for a place that opens a line and is
followed by a dash or slash, the 1-3 words after it on the same line (quotes allowed around
them; not digits, time words or «مراسلنا»-like bylines) become an Organization raw, unless a
raw already covers them (a KB agency such as «واس»). Appends raws.
"""

from __future__ import annotations

from kg.nlp.actors_lex import ActorLexicons, Word, clitic_variants
from kg.nlp.actors_work import ArticleText, Raw
from kg.text.normalize import Normalized, normalize_key
from kg.text.quotes import CLOSE_QUOTES, OPEN_QUOTES

_DASHES = ("-", "–", "—", "/")
_QUOTES = "\"«»“”'()"
_MAX_WORDS = 3


def _gap(norm: Normalized, words: list[Word], k: int) -> str:
    """Text between word k-1 and word k (the text before the first word for k == 0)."""
    return norm.text[words[k - 1].end if k else 0 : words[k].start]


def _outlet_end(words: list[Word], norm: Normalized, lex: ActorLexicons, k: int) -> int:
    """Words of an outlet name from word k on the date line -> end word (k = none)."""
    end = k
    quoted = any(q in _gap(norm, words, k) for q in OPEN_QUOTES)  # «رام الله - "الأيام":»
    while end < len(words) and end - k < _MAX_WORDS:
        gap = _gap(norm, words, end)
        if "\n" in gap or end > k and gap.strip(" " + _QUOTES):
            break
        if end > k and quoted and any(q in gap for q in CLOSE_QUOTES):
            break
        t = words[end].text
        classes = lex.classes(t) - ({"time", "stop"} if quoted else set())
        if t.isdigit() or classes & {"time", "stop", "verb", "dateline_stop"}:
            break
        end += 1
    return end


def dateline_outlets(raws: list[Raw], art: ArticleText) -> None:
    words, norm, text, lex, blocked = art.words, art.norm, art.text, art.lex, art.blocked
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
        tail = _gap(norm, words, end) if end < len(words) else ""
        if ":" in tail and not any(q in tail.split(":")[0] for q in CLOSE_QUOTES):
            continue  # «الخرطوم - كتب: X»: a byline («رام الله - "الأيام":» is an outlet)
        s, e = norm.to_original(words[k].start, words[end - 1].end)
        surface = text[s:e]
        raws.append(Raw(s, e, k, end, "name", "Organization", surface, (), normalize_key(surface)))
        covered.update(range(k, end))


def _quote_close(norm: Normalized, words: list[Word], k: int) -> int:
    """A quotation opening before word k and closing after 1-5 words -> the word after it
    (0 = none)."""
    if not k or _gap(norm, words, k).strip() not in OPEN_QUOTES:
        return 0
    for e in range(k + 1, min(k + 6, len(words) + 1)):
        gap = (_gap(norm, words, e) if e < len(words) else norm.text[words[-1].end :]).strip()
        if gap[:1] in CLOSE_QUOTES:
            return e
        if gap:
            return 0
    return 0


def quoted_outlets(raws: list[Raw], art: ArticleText) -> None:
    """«صحيفة "جاكرتا بوست"», «لوكالة "بلومبرغ"», «تنظيم "ولاية غرب أفريقيا"»: the quoted name
    after a head noun of outlets or groups (class quoted_head) is an organisation mention; a
    place or country read inside it («جاكرتا») is hidden; a KB organisation there stays, a
    shorter KB outlet inside a longer quoted name is hidden. Edits ``raws``."""
    words, norm, text, lex, blocked = art.words, art.norm, art.text, art.lex, art.blocked
    for i, w in enumerate(words[:-1]):
        if words[i + 1].joined or i in blocked:
            continue  # (quick test first: most words are not followed by a quotation)
        if not any("quoted_head" in lex.classes(s) for _, s in clitic_variants(w.text)):
            continue
        end = _quote_close(norm, words, i + 1)
        if not end or any(k in blocked for k in range(i + 1, end)):
            continue
        inside = [r for r in raws if r.ws < end and r.we > i + 1]
        # a KB outlet inside a longer quoted name is another outlet («سي إن إن الفلبين»)
        if any(
            r.we > end
            or r.type not in ("Place", "Country")
            and not (r.type == "Organization" and r.ws == i + 1 and r.we < end)
            for r in inside
        ):
            continue
        for r in inside:
            r.hidden = True  # kept in place: other raws refer to raws by index
        s, e = norm.to_original(words[i + 1].start, words[end - 1].end)
        raws.append(
            Raw(s, e, i + 1, end, "name", "Organization", text[s:e], (), normalize_key(text[s:e]))
        )
