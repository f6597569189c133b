"""KB gazetteer over the words of an article: longest match first, clitic-aware.

``find_hits(words, kb) -> dict[word index, Hit]``: at each word, every clitic reading of the first
word is extended word by word while the window is a KB key prefix (``kb.prefixes``); the longest
window with candidates wins (ties: the reading with the shortest clitic). A word with no match is
tried as an inflected nisba adjective («الروسية» -> «الروسي»), adjective candidates only.
``hit_raws(...)`` turns hits into :class:`Raw` names, adjectives and metonyms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from kg.nlp.actors_kbwords import any_kb_key, kb_keys, lookup_word, quiet_memo
from kg.nlp.actors_lex import ActorLexicons, Word, clitic_variants
from kg.nlp.actors_work import Raw
from kg.nlp.lexicons import load_tsv
from kg.text.normalize import Normalized, normalize_key


@dataclass(slots=True)
class Hit:
    """KB match over words ``[ws, we)``; the name starts ``prefix`` letters into word ``ws``."""

    ws: int
    we: int
    prefix: int
    key: str
    cands: list[Any]

    def kinds(self) -> set[str]:
        return {c.kind for c in self.cands}


#: place nouns whose mention is the name after them even when the KB lists «NOUN X» as a name
_NAME_ONLY_NOUNS = frozenset(normalize_key(w) for w in ("محافظة", "مدينة", "ريف", "ولاية"))


@cache
def _topical_nouns() -> frozenset[str]:
    return frozenset(normalize_key(r["noun"]) for r in load_tsv("actors_topical_nouns.tsv"))


def _topical(hit: Hit, words: list[Word]) -> bool:
    """A nationality adjective right after a topical or geographic noun («الأزمة السورية»,
    «للأراضي الفلسطينية»): no Country mention (guideline)."""
    if hit.ws == 0 or hit.prefix or not words[hit.ws].joined:
        return False
    nouns = _topical_nouns()
    return any(stem in nouns for _, stem in clitic_variants(words[hit.ws - 1].text))


@cache
def _bare_places() -> frozenset[str]:
    return frozenset(normalize_key(r["name"]) for r in load_tsv("actors_bare_places.tsv"))


def _not_bare(hit: Hit, words: list[Word]) -> bool:
    """A place name that is one only when bare («الساحل») followed by a definite word."""
    if hit.we - hit.ws != 1 or hit.key not in _bare_places() or hit.we >= len(words):
        return False
    return words[hit.we].joined and words[hit.we].text.startswith("ال")


@cache
def _org_more() -> frozenset[str]:
    return frozenset(normalize_key(r["word"]) for r in load_tsv("actors_org_more.tsv"))


def _goes_on(hit: Hit, words: list[Word], lex: ActorLexicons | None) -> bool:
    """A KB organisation's name followed by «القومي/الوطني» names another, longer body."""
    if lex is None or hit.we - hit.ws < 2 or hit.we >= len(words) or not words[hit.we].joined:
        return False
    if any(c.entry.type != "Organization" for c in hit.cands):
        return False
    return words[hit.we].text in _org_more()


def find_hits(
    words: list[Word], kb: Any, blocked: set[int], lex: ActorLexicons | None = None
) -> dict[int, Hit]:
    """Words -> non-overlapping KB hits keyed by their first word index."""
    hits: dict[int, Hit] = {}
    prefixes = kb.prefixes
    keys = kb_keys(kb)
    quiet = quiet_memo(kb)
    i, n = 0, len(words)
    while i < n:
        if i in blocked:
            i += 1
            continue
        text = words[i].text
        still = quiet.get(text)
        if still is None:  # no reading of the word is a KB key or starts one
            still = quiet[text] = not any(
                stem in prefixes or lookup_word(kb, keys, stem) for _, stem in clitic_variants(text)
            )
        if still:
            i += 1
            continue
        best: Hit | None = None
        for pre, stem in clitic_variants(words[i].text):
            if pre == 1 and words[i].text[0] == "ف" and len(stem) <= 3:
                continue  # «قبل فوات الأوان»: ف + a short acronym («وات») is a word of its own
            cands = lookup_word(kb, keys, stem)
            if cands and (best is None or best.we < i + 1):
                best = Hit(i, i + 1, pre, stem, cands)
            key, j = stem, i + 1
            while key in prefixes and j < n and words[j].joined and j not in blocked:
                key = f"{key} {words[j].text}"
                j += 1
                cands = kb.lookup(key) if key in keys else None
                if cands and (best is None or best.we < j):
                    best = Hit(i, j, pre, key, cands)
        if best is not None and (_goes_on(best, words, lex) or _not_bare(best, words)):
            best = None  # «مجلس الأمن القومي», «الساحل الشرقي»: not the KB's name
        if best is None:
            i += 1
            continue
        hits[i] = best
        i = best.we
    return hits


def _is_locative(words: list[Word], hit: Hit, lex: ActorLexicons) -> bool:
    """A place name after a locative preposition («في موسكو», «بحمص») is the place itself."""
    first = words[hit.ws].text
    if "ب" in first[: hit.prefix]:
        return True
    if hit.ws > 0 and any(
        "loc" in lex.classes(stem) for _, stem in clitic_variants(words[hit.ws - 1].text)
    ):
        return True  # «وفي لندن», «فإلى موسكو»: the preposition may carry و/ف
    return False


def _dateline(words: list[Word], hit: Hit, norm: Normalized) -> bool:
    """«عمّان - بترا», «الرياض – (واس)»: a place opening a line, then a dash, is the date line's
    place (guideline: a Place, not a metonym)."""
    start = words[hit.ws - 1].end if hit.ws > 0 else 0
    before = norm.text[start : words[hit.ws].start]
    if hit.ws > 0 and "\n" not in before:
        return False
    after = norm.text[words[hit.we - 1].end : words[hit.we].start] if hit.we < len(words) else ""
    return any(d in after for d in ("-", "–", "—", "/"))


def _adjective_use(hit: Hit, words: list[Word], lex: ActorLexicons) -> bool:
    """An ambiguous one-word name in -ية (a country's in -ي) right after an indefinite noun is
    an adjective."""
    if hit.we - hit.ws != 1 or hit.prefix or hit.ws == 0 or not words[hit.ws].joined:
        return False
    word, prev = words[hit.ws].text, words[hit.ws - 1].text
    if word.startswith("ال") or prev.startswith(("ال", "لل")):
        return False
    # «مظاهرات سلمية»; «دعم مالي»: a country name in -ي after a noun is also an adjective
    country = word.endswith("ي") and hit.cands[0].entry.type == "Country"
    if not word.endswith("يه") and not country:
        return False
    return not any(lex.classes(s) for _, s in clitic_variants(prev))


def _indefinite_place_after_locative(
    hit: Hit, words: list[Word], names: list[Any], lex: ActorLexicons
) -> bool:
    """An ambiguous place name without the article right after a locative word («إلى سلمية»)
    is the place; with the article («في الباب», «في الطبقة») it may be a common noun."""
    if not names or any(c.entry.type != "Place" for c in names):
        return False
    return not hit.key.startswith("ال") and _is_locative(words, hit, lex)


def _place_noun_first(hit: Hit, words: list[Word], lex: ActorLexicons) -> bool:
    """A KB alias «مدينة X» / «محافظة X» whose X alone is also a name of the same place."""
    if hit.we - hit.ws < 2 or not hit.cands or hit.cands[0].entry.type != "Place":
        return False
    stem = hit.key.split(" ")[0]
    if "place_noun" not in lex.classes(stem):
        return False
    rest = normalize_key(" ".join(w.text for w in words[hit.ws + 1 : hit.we]))
    entry = hit.cands[0].entry
    names = [entry.label_ar, *entry.aliases_ar, *entry.ambiguous_aliases_ar]
    if any(normalize_key(n) == rest for n in names):
        return True
    # «محافظة إدلب», «بريف حلب»: the province is named after its city, a KB name of its own
    return stem in _NAME_ONLY_NOUNS and any_kb_key(rest)


def _outlet_noun_first(hit: Hit, words: list[Word], lex: ActorLexicons) -> bool:
    """«لوكالة شفق نيوز», «وكالة رويترز»: an outlet noun before a brand that is a name of
    the same entry on its own (not an ambiguous one like «الجزيرة») -> the mention is the brand."""
    if hit.we - hit.ws < 2 or not hit.cands or hit.cands[0].entry.type != "Organization":
        return False
    stem = hit.key.split(" ")[0]
    if "outlet_head" not in lex.classes(stem[2:] if stem.startswith("ال") else stem):
        return False
    rest = normalize_key(" ".join(w.text for w in words[hit.ws + 1 : hit.we]))
    entry = hit.cands[0].entry
    return any(normalize_key(n) == rest for n in (entry.label_ar, *entry.aliases_ar))


def _title_words(hit: Hit, words: list[Word], lex: ActorLexicons) -> int:
    """Leading title words of a KB person's name («الملك …», «العاهل الأردني الملك …»:
    definite titles, honorifics, and a nationality adjective after one) -> how many (the
    mention is the name after them; guideline: titles are not mentions); at least two words
    stay, and a bare word that is also a title is a given name («أمير خان متقي»)."""
    if not hit.cands or hit.cands[0].entry.type != "Person":
        return 0
    k, titled = hit.ws, False
    while hit.we - k > 2:
        t = words[k].text[hit.prefix :] if k == hit.ws else words[k].text
        bare = t[2:] if t.startswith("ال") else t
        if lex.classes(t) & {"honorific", "title_mod"} or t != bare and bare in lex.titles:
            titled = True
        elif not (titled and t.startswith("ال") and t.endswith("ي")):
            break  # a nationality adjective only right after a title («العاهل الأردني»)
        k += 1
    return k - hit.ws if titled else 0


def hit_raws(
    hit: Hit,
    words: list[Word],
    norm: Normalized,
    text: str,
    lex: ActorLexicons,
    listed: bool = False,
) -> list[Raw]:
    """A hit -> its raws: a name, an adjective, or a metonym (government) + the place itself."""
    ws, prefix = hit.ws, hit.prefix
    if _place_noun_first(hit, words, lex) or _outlet_noun_first(hit, words, lex):
        ws, prefix = hit.ws + 1, 0  # «مدينة جدة», «لوكالة شفق نيوز»: the name alone
    else:  # «الملك عبد الله الثاني», «العاهل الأردني الملك …»: the name without its titles
        skip = _title_words(hit, words, lex)
        ws, prefix = (hit.ws + skip, 0) if skip else (ws, prefix)
    s, e = norm.to_original(words[ws].start + prefix, words[hit.we - 1].end)
    surface = text[s:e]
    by_kind: dict[str, list[Any]] = {}
    for c in hit.cands:
        by_kind.setdefault(c.kind, []).append(c)
    names = [c for k in ("label", "alias", "en") for c in by_kind.get(k, [])]
    ambiguous = bool(names) and all(c.ambiguous for c in names)
    dateline = _dateline(words, hit, norm)
    if dateline and any(c.entry.type == "Place" for c in names):
        names = [c for c in names if c.entry.type == "Place"]  # «الجزائر - الخبر»: the city
    elif not ambiguous:
        names = [c for c in names if not c.ambiguous]  # «أعلنت الجزائر»: the country
    if listed and ambiguous and names[0].entry.type == "Country":
        ambiguous = False  # «مالي والنيجر»: coordinated with another state (caller's test)
    if ambiguous and _adjective_use(hit, words, lex):
        return []  # «مظاهرات سلمية»: an adjective, not the town
    if ambiguous and _indefinite_place_after_locative(hit, words, names, lex):
        ambiguous = False  # «وصل الوفد إلى سلمية»
    out: list[Raw] = []
    # a capital or building stands for its government («موسكو ترفض»); an institution with a
    # metonym relation («الكرملين», «البيت الأبيض») is itself the actor (guideline)
    place = bool(names) and names[0].entry.type in ("Place", "Facility")
    if "metonym" in by_kind and place and not _is_locative(words, hit, lex) and not dateline:
        gov = by_kind["metonym"]
        out.append(
            Raw(s, e, hit.ws, hit.we, "metonym", gov[0].entry.type, surface, tuple(gov), hit.key)
        )
    if names:
        out.append(
            Raw(
                s,
                e,
                hit.ws,
                hit.we,
                "name",
                names[0].entry.type,
                surface,
                tuple(names),
                hit.key,
                ambiguous=ambiguous,
            )
        )
    elif "adjective" in by_kind and not _topical(hit, words):
        adj = by_kind["adjective"]
        out.append(
            Raw(s, e, hit.ws, hit.we, "adjective", adj[0].entry.type, surface, tuple(adj), hit.key)
        )
    return out
