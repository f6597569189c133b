"""Lexicons of kg_statements: reporting verbs, participles and function words, as lookup tables.

``load_statement_lexicon() -> StatementLexicon`` reads ``statements_verbs.tsv``,
``statements_participles.tsv`` and ``statements_cues.tsv`` (in ``kg/nlp/lexicons/``; the first
words of ``titles.tsv`` too, to tell a title's run-on from an object), generates
the inflected forms and returns dictionaries keyed by *normalised* word (``normalize_key``).
Nothing here knows any article: every word comes from the data files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from kg.errors import ResourceError
from kg.nlp.lexicons import load_tsv
from kg.text.normalize import normalize_key

#: conjunction clitics that may precede a verb or a participle
VERB_CLITICS = ("و", "ف")

_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن")  # ن: feminine plural («وأكدن أن»)
_PRESENT_SUFFIXES = ("", "ون", "ان", "ن")
_PARTICIPLE_SUFFIXES = ("ا", "ه", "ين", "تين", "ون")
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")
_COMPS = frozenset("acqnilobhmp")


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting word: its lemma, how its content is introduced and its constraints."""

    lemma: str
    kind: str  # "verb" | "participle" | "channel"
    comps: frozenset[str]
    flags: frozenset[str] = frozenset()
    requires: str | None = None


@dataclass(slots=True)
class StatementLexicon:
    """All lookup tables, keyed by normalised word (or space-joined phrase)."""

    verbs: dict[str, Cue] = field(default_factory=dict)
    participles: dict[str, Cue] = field(default_factory=dict)
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    adjuncts: dict[str, list[tuple[str, ...]]] = field(
        default_factory=dict
    )  # first word -> phrases
    source_first: frozenset[str] = frozenset()  # first words of «بحسب»-type source phrases
    stops: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # content_stop phrases
    title_heads: frozenset[str] = frozenset()  # first words of titles.tsv (وزير، رئيس، نائب …)
    #: word -> :meth:`may_be_nominal`, remembered (asked for every token of every article)
    nominal_memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def has(self, role: str, word: str) -> bool:
        """Is ``word`` (normalised) listed under ``role`` in statements_cues.tsv?"""
        return word in self.roles.get(role, frozenset())

    def may_be_nominal(self, word: str) -> bool:
        """Quick test for :func:`kg.nlp.statements_forms.nominal_cue`: False when no reading of
        ``word`` it tries (the word or the word less و/ب as a ``speech_construct``; less ال, لل
        or بال, or less a pronoun suffix, as a ``speech_masdar``) is listed."""
        out = self.nominal_memo.get(word)
        if out is None:
            if len(self.nominal_memo) >= 1 << 16:
                self.nominal_memo.clear()
            masdar = self.roles.get("speech_masdar", frozenset())
            construct = self.roles.get("speech_construct", frozenset())
            out = word in construct or word[1:] in construct
            out = out or word[2:] in masdar or word[3:] in masdar
            for suf in ("ه", "ها", "هم"):
                if not out and word.endswith(suf):
                    stem = word[: -len(suf)]
                    out = stem in masdar or stem[:-1] + "ه" in masdar
            self.nominal_memo[word] = out
        return out

    def complementizer(self, word: str) -> bool:
        """أن / إن / بأن / فإن, bare or with an attached pronoun (أنه، إنها، بأنهم)."""
        if self.has("complementizer", word):
            return True
        for suf in self.roles.get("pronoun_suffix", ()):
            if word.endswith(suf) and self.has("complementizer", word[: -len(suf)]):
                return True
        return False


def _split(cell: str) -> list[str]:
    return [normalize_key(x) for x in cell.split(",") if x.strip()]


def _comps(cell: str, source: str) -> frozenset[str]:
    comps = frozenset(c.strip() for c in cell.split(",") if c.strip())
    if not comps or not comps <= _COMPS:
        raise ResourceError(f"{source}: bad comps {cell!r} (allowed: {''.join(sorted(_COMPS))})")
    return comps


def verb_forms(past: str, present: str, rules: bool, extra: list[str], obj: bool) -> set[str]:
    """Base forms -> the normalised 3rd-person inflections (+ object pronouns when ``obj``)."""
    past, present = normalize_key(past), normalize_key(present)
    forms = {past, *extra} | ({present, "ت" + present[1:]} if present else set())
    if rules:
        forms |= {past + s for s in _PAST_SUFFIXES}
        stem = present[1:]
        forms |= {p + stem + s for p in ("ي", "ت") for s in _PRESENT_SUFFIXES}
    if obj:
        base = {past, past + "ت", *extra} | ({present, "ت" + present[1:]} if present else set())
        forms |= {f + s for f in base for s in _OBJECT_SUFFIXES}
        if past.endswith("ي") and len(past) >= 3:  # «نفى» -> «نفاه/نفاها»: ى is written ا
            forms |= {past[:-1] + "ا" + s for s in _OBJECT_SUFFIXES}
    return forms


def participle_forms(base: str, rules: bool, extra: list[str]) -> set[str]:
    """Masculine singular participle -> its normalised case/gender/number forms."""
    base = normalize_key(base)
    forms = set(extra)
    if rules:
        forms |= {base + s for s in _PARTICIPLE_SUFFIXES}
    return forms


@cache
def load_statement_lexicon() -> StatementLexicon:
    """Read the three data files once -> :class:`StatementLexicon`."""
    lex = StatementLexicon()
    for row in load_tsv("statements_verbs.tsv"):
        comps = _comps(row["comps"], "statements_verbs.tsv")
        flags = frozenset(row["flags"])
        kind = "channel" if "h" in comps else "verb"
        cue = Cue(
            normalize_key(row["past"]), kind, comps, flags, normalize_key(row["requires"]) or None
        )
        forms = verb_forms(
            row["past"], row["present"], row["rules"] == "yes", _split(row["extra"]), "O" in flags
        )
        for form in forms:
            lex.verbs.setdefault(form, cue)
    for row in load_tsv("statements_participles.tsv"):
        comps = _comps(row["comps"], "statements_participles.tsv")
        cue = Cue(normalize_key(row["base"]), "participle", comps)
        for form in participle_forms(row["base"], row["rules"] == "yes", _split(row["extra"])):
            lex.participles.setdefault(form, cue)
    roles: dict[str, set[str]] = {}
    for row in load_tsv("statements_cues.tsv"):
        phrase = normalize_key(row["phrase"])
        roles.setdefault(row["role"], set()).add(phrase)
        if row["role"] in ("adjunct", "content_stop"):
            words = tuple(phrase.split())
            table = lex.adjuncts if row["role"] == "adjunct" else lex.stops
            table.setdefault(words[0], []).append(words)
    lex.roles = {k: frozenset(v) for k, v in roles.items()}
    lex.source_first = frozenset(p.split()[0] for p in lex.roles.get("source", ()))
    titles = load_tsv("titles.tsv")
    lex.title_heads = frozenset(normalize_key(r["title"]).split()[0] for r in titles)
    for phrases in lex.adjuncts.values():
        phrases.sort(key=len, reverse=True)  # longest match first
    return lex
