"""Shared pieces of the actor components: words of normalised text, clitic variants, lexicons.

``words_of(text) -> list[Word]`` (:mod:`kg.nlp.actors_words`, re-exported): the normalised text
cut into letter runs, each with its normalised span, whether only whitespace separates it from
the previous word, and whether its original spelling carries tanween (not a name).
``clitic_variants(word) -> ((prefix_len, stem), ...)``: readings of a word with proclitics
stripped (:func:`kg.text.clitics.strip_clitics`), the article kept, the unstripped reading first.
``ActorLexicons.get()``: titles, role nouns, organisation patterns and function words, loaded once
from the data files in :mod:`kg.nlp.lexicons`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from kg.nlp.actors_words import Word, standard_spelling, words_of  # noqa: F401 (re-exported)
from kg.nlp.lexicons import load_tsv
from kg.text.clitics import strip_clitics
from kg.text.normalize import normalize_key

#: the nasab particles of a long name («محمد بن سلمان»); after «بن/بنت» a family name with the
#: article may follow a third name part («بن صالح الخليفي»)
NASAB = frozenset({"بن", "ابن", "بنت"})
#: second halves of compound given names («نور الدين», «عبد الله»): a family name may follow
COMPOUND_TAILS = frozenset(
    {
        "الدين",
        "الله",
        "الرحمن",
        "الفتاح",
        "العزيز",
        "الحميد",
        "الكريم",
        "الملك",
        "الرحيم",
        "السلام",
        "الحليم",
        "اللطيف",
        "المجيد",
        "القادر",
        "الشيخ",
        "السيد",
        "الحق",
    }
)


@lru_cache(maxsize=1 << 16)
def clitic_variants(word: str) -> tuple[tuple[int, str], ...]:
    """A normalised word -> ``(prefix_len, stem)`` readings (see :func:`strip_clitics`).

    Readings that drop the article are left out: names keep their article («الأسد»). After
    لل the stem has its article back but the surface starts after both lams, as annotated.
    """
    out = []
    for n, stem in strip_clitics(word):
        if n and word[n - 2 : n] == "ال" and not stem.startswith("ال"):
            continue
        if n and stem.startswith("ال") and word[n:] != stem:
            n += 1  # ل + ال written لل: the name starts after both lams («للنظام» -> «نظام»)
        out.append((n, stem))
    return tuple(out)


def strip_article(stem: str) -> str | None:
    """«الروسيه» -> «روسيه»; words without the article -> None."""
    return stem[2:] if stem.startswith("ال") and len(stem) > 3 else None


@lru_cache(maxsize=1 << 16)
def adjective_bases(stem: str) -> list[str]:
    """Inflected nisba adjective -> base forms to look up: «الروسيه» -> [«الروسي», «روسي», …]."""
    forms = [stem]
    # «إسرائيلياً», «عُمانياً»: the accusative with tanween alif (written «يا» once normalised)
    for suffix, repl in (("يه", "ي"), ("يين", "ي"), ("يون", "ي"), ("يات", "ي"), ("يا", "ي")):
        if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
            forms.append(stem[: -len(suffix)] + repl)
    bare = [f[2:] for f in forms if f.startswith("ال") and len(f) > 3]
    return forms + bare


@dataclass(frozen=True, slots=True)
class Title:
    key: str  # normalised title, without article
    title: str  # as in the lexicon
    title_en: str
    gender: str
    category: str
    holder: str


@dataclass(frozen=True, slots=True)
class OrgPattern:
    key: str
    head: str
    type: str
    subtype: str
    complement: str  # adj | name | fixed
    of: str
    label_ar: str
    label_en: str
    kb_subtype: str


@dataclass(frozen=True, slots=True)
class RoleNoun:
    key: str
    word: str
    type: str
    gender: str
    category: str
    title_en: str


def _no_article(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


class ActorLexicons:
    """All actor lexicons, keyed by normalised form (title and org keys without leading ال)."""

    def __init__(self) -> None:
        #: per-word answers remembered across articles (the scanners ask for every word)
        self.classes_any_memo: dict[str, frozenset[str]] = {}
        self.opens_entry_memo: dict[str, bool] = {}  # filled by the title scanner
        self.titles: dict[str, Title] = {}
        for r in load_tsv("titles.tsv"):
            key = _no_article(normalize_key(r["title"]))
            self.titles.setdefault(
                key,
                Title(key, r["title"], r["title_en"], r["gender"], r["category"], r["holder"]),
            )
        self.orgs: dict[str, OrgPattern] = {}
        for r in load_tsv("org_patterns.tsv"):
            key = normalize_key(r["head"])
            self.orgs[key] = OrgPattern(
                key,
                r["head"],
                r["type"],
                r["subtype"],
                r["complement"],
                r["of"],
                r["label_ar"],
                r["label_en"],
                r["kb_subtype"],
            )
        self.roles: dict[str, RoleNoun] = {}
        for r in load_tsv("role_nouns.tsv"):
            key = normalize_key(r["word"])
            self.roles[key] = RoleNoun(
                key, r["word"], r["type"], r["gender"], r["category"], r["title_en"]
            )
        self.word_class: dict[str, set[str]] = {}
        #: continental adjectives («الأفريقي»): kept apart, they are nisbas everywhere else
        self.continents: set[str] = set()
        #: given names told from a function word by their hamza in the original («إمام»)
        #: given names («أنور», «ليث»): a name they open needs no title after a verb
        self.given_names: frozenset[str] = frozenset(
            normalize_key(r["name"]) for r in load_tsv("given_names.tsv")
        )
        self.hamza_given: set[str] = set()
        #: given names with the article («الهادي», «الطاهر»): Maghrebi and Sudanese usage
        self.al_given: set[str] = set()
        for r in load_tsv("actors_function_words.tsv"):
            if r["class"] == "continent":
                self.continents.add(normalize_key(r["word"]))
                continue
            if r["class"] == "hamza_given":
                self.hamza_given.add(r["word"])  # as written: the normalised form is another word
                continue
            if r["class"] == "al_given":
                self.al_given.add(normalize_key(r["word"]))
                continue
            self.word_class.setdefault(normalize_key(r["word"]), set()).add(r["class"])
        # given names of the given-name list written with the article are such names too
        self.al_given |= {g for g in self.given_names if g.startswith("ال")}
        self._firsts: dict[int, dict[str, int]] = {}
        #: first words of every title, organisation head and role noun (a quick pre-check)
        self.all_first_words: frozenset[str] = frozenset(
            k.split(" ")[0] for k in [*self.titles, *self.orgs, *self.roles]
        )
        self.title_max = max(len(k.split()) for k in self.titles)
        self.org_max = max(len(k.split()) for k in self.orgs)
        # every word of a title/org/role is lexicon vocabulary, never a name word
        # except the bare form of a one-word definite rank: «العماد» is a rank, «عماد» a given name
        ranks = {
            k
            for k, t in self.titles.items()
            if t.category == "rank" and " " not in k and t.title.startswith("ال")
        }
        # an honorific that is no one-word title stays a possible family name: «شيخ عشيرة» is a
        # title, but «حسين الشيخ» a name («الأمير» is vocabulary: «أمير» is a title)
        loose = {
            w
            for w, cs in self.word_class.items()
            if "honorific" in cs and _no_article(w) not in self.titles and w not in self.titles
        }
        # a given name opening a longer title, no title alone, stays a name word: «حافظ الأختام»
        loose |= {
            w
            for k in self.titles
            for w in (k.split(" ")[0],)
            if " " in k and w in self.given_names and w not in self.titles
        }
        self.lexicon_words: frozenset[str] = frozenset(
            w
            for k in [*self.titles, *self.orgs, *self.roles]
            for w in k.split()
            for w in (("ال" + w,) if k in ranks else (w, _no_article(w), "ال" + _no_article(w)))
            if w not in loose and _no_article(w) not in loose
        )

    def first_words(self, table: dict) -> dict[str, int]:
        """A lexicon table -> first word of its keys -> most words of a key starting with it."""
        found = self._firsts.get(id(table))
        if found is None:
            found = {}
            for k in table:
                w = k.split(" ")
                found[w[0]] = max(found.get(w[0], 0), len(w))
            self._firsts[id(table)] = found
        return found

    def title_of(self, title: str) -> Title | None:
        """A title as written («المتحدث باسم الكرملين», KB ``title_ar``) -> the longest lexicon
        title it starts with, or None."""
        words = _no_article(normalize_key(title)).split(" ")
        for n in range(min(len(words), self.title_max), 0, -1):
            t = self.titles.get(" ".join(words[:n]))
            if t is not None:
                return t
        return None

    def classes(self, word: str) -> set[str]:
        """Normalised word -> its function-word classes (empty set for open-class words)."""
        return self.word_class.get(word, set())

    def classes_any(self, word: str) -> frozenset[str]:
        """Normalised word -> its function-word classes under any clitic reading (remembered:
        the scanners ask for every word of every article)."""
        memo = self.classes_any_memo
        out = memo.get(word)
        if out is None:
            if len(memo) >= 1 << 16:
                memo.clear()
            out = memo[word] = frozenset().union(
                *(self.classes(stem) for _, stem in clitic_variants(word))
            )
        return out

    @classmethod
    @cache
    def get(cls) -> ActorLexicons:
        """The lexicons, loaded once per process."""
        return cls()
