"""Event lexicons -> lookup structures (built once, at component init).

``event_lexicon()`` -> :class:`EventLexicon` with the typology (``event_types.tsv``), a token trie
of triggers (``event_triggers.tsv``), argument roles (``events_roles.tsv``), coreference-compatible
type pairs (``events_coref.tsv``), idiom blocklist (``events_blocklist.tsv``), context words
(``events_context.tsv``) and casualty words (``events_casualties.tsv``).

``analyses(word) -> [(prefix_length, stem), ...]``: a normalised word, unstripped first, then with
proclitics (و ف ب ل ك ال لل, future س) and then pronoun suffixes removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

from kg.nlp.lexicons import load_tsv
from kg.text.clitics import strip_clitics
from kg.text.normalize import normalize_key

#: pronoun suffixes on nouns and verbs («زيارته», «استقبله», «مباحثاتنا»), longest first
_SUFFIXES = ("هما", "هم", "ها", "نا", "كم", "ه", "ك")
_FUTURE = ("سي", "ست", "سن")
_DIACRITICS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0640", "\u0670"}


def dediac(s: str) -> str:
    """Drop harakat and tatweel, keep letters (hamza forms included)."""
    return "".join(ch for ch in s if ch not in _DIACRITICS)


@lru_cache(maxsize=1 << 16)
def analyses(word: str, ta_marbuta: bool = False) -> tuple[tuple[int, str], ...]:
    """Normalised word -> candidate ``(prefix_length, stem)``, least stripping first.

    ``ta_marbuta``: the original word ends in ة, so its final ه is not a pronoun suffix.
    """
    out: list[tuple[int, str]] = []
    for n, stem in strip_clitics(word):
        out.append((n, stem))
        if stem.startswith(_FUTURE) and len(stem) >= 4:
            out.append((n + 1, stem[1:]))
    with_suffix: list[tuple[int, str]] = []
    for n, stem in out:
        for suf in _SUFFIXES:
            if ta_marbuta and suf.endswith("ه"):
                continue
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                base = stem[: -len(suf)]
                with_suffix.append((n, base))
                if base.endswith("ت"):
                    with_suffix.append((n, base[:-1] + "ه"))  # ta marbuta before a suffix
                break
    seen: set[tuple[int, str]] = set()
    uniq = []
    for a in out + with_suffix:
        if a not in seen:
            seen.add(a)
            uniq.append(a)
    return tuple(uniq)


@dataclass(slots=True)
class TriggerEntry:
    type: str
    pos: str
    form: str  # the lexicon form as written (for strict checks)
    needs: str | None
    strict: bool


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[TriggerEntry] = field(default_factory=list)


@dataclass(slots=True)
class EventType:
    id: str
    label_en: str
    label_ar: str
    cameo: str | None
    plover: str | None
    object: str | None = None
    to: str | None = None
    on: str | None = None
    genitive: str | None = None
    coref: str = "loose"


def _key_tokens(form: str, strip_article: bool = True) -> list[str]:
    """A lexicon form -> its tokens in lookup form (article ال removed from noun tokens)."""
    out = []
    for tok in normalize_key(form).split():
        if strip_article and tok.startswith("ال") and len(tok) > 4:
            tok = tok[2:]
        out.append(tok)
    return out


class EventLexicon:
    """All event tables; one shared instance (see :func:`event_lexicon`)."""

    def __init__(self) -> None:
        self.types: dict[str, EventType] = {}
        for r in load_tsv("event_types.tsv"):
            self.types[r["id"]] = EventType(
                r["id"], r["label_en"], r["label_ar"], r["cameo"] or None, r["plover"] or None
            )
        for r in load_tsv("events_roles.tsv"):
            t = self.types[r["type"]]
            t.object, t.to, t.on = r["object"] or None, r["to"] or None, r["on"] or None
            t.genitive, t.coref = r["genitive"] or None, r["coref"] or "loose"
        self._kind_cache: dict[str, str | None] = {}
        self.root = _Node()
        self.max_len = 1
        for r in load_tsv("event_triggers.tsv"):
            needs = normalize_key(r["needs"]) if r["needs"] else None
            for form in r["forms"].split("|"):
                toks = _key_tokens(form, strip_article=r["pos"] == "noun")
                node = self.root
                for tok in toks:
                    node = node.children.setdefault(tok, _Node())
                node.entries.append(
                    TriggerEntry(r["type"], r["pos"], form, needs, r["strict"] == "1")
                )
                self.max_len = max(self.max_len, len(toks))
        self.compatible: dict[frozenset[str], bool] = {
            frozenset((r["type_a"], r["type_b"])): r["same_place"] == "1"
            for r in load_tsv("events_coref.tsv")
        }
        self.blocklist = {
            (_key_tokens(r["form"])[0], tuple(normalize_key(r["next"]).split()))
            for r in load_tsv("events_blocklist.tsv")
        }
        self.context: dict[str, str] = {
            normalize_key(r["form"]): r["kind"] for r in load_tsv("events_context.tsv")
        }
        self.casualty: dict[str, tuple[str, str]] = {}
        self.qualifiers: set[str] = set()
        for r in load_tsv("events_casualties.tsv"):
            key = normalize_key(r["form"])
            if r["kind"] == "qualifier":
                self.qualifiers.add(key)
            else:
                self.casualty[key] = (r["kind"], r["where"])
        self.numbers = {
            normalize_key(r["form"]): int(r["value"]) for r in load_tsv("time_numbers.tsv")
        }

    def kind(self, word: str) -> str | None:
        """Context kind of a normalised word (conjunction و/ف allowed before it)."""
        if word in self._kind_cache:
            return self._kind_cache[word]
        self._kind_cache[word] = k = self._kind(word)
        return k

    def _kind(self, word: str) -> str | None:
        for n, stem in strip_clitics(word):
            if n <= 1 and (n == 0 or word[0] in "وف"):
                k = self.context.get(stem)
                if k:
                    return k
        return None

    def pair_rule(self, a: str, b: str) -> bool | None:
        """Types -> None (never one event), False (may be), True (only with the same place)."""
        if a == b:
            return False
        return self.compatible.get(frozenset((a, b)))


@cache
def event_lexicon() -> EventLexicon:
    """-> the shared :class:`EventLexicon` (loaded on first use)."""
    return EventLexicon()
