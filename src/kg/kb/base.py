"""The curated actor knowledge base: entries, validation at load, alias index, search.

``KnowledgeBase.load(path) -> KnowledgeBase`` reads every ``*.jsonl`` file under ``path``
(default: the packaged ``kg/kb/data/``), validates it (unique ids, known types, QID format,
references between entries, non-empty Arabic label) and builds an index from matching keys
(:func:`key_of` = ``normalize_key`` + casefold) to :class:`Candidate` objects.
``default_kb()`` is the cached packaged KB.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kg.errors import ResourceError
from kg.kb.entries import QID, REF_FIELDS, Candidate, KBEntry, KBPosition, fail, parse_entry
from kg.text.normalize import normalize_key

__all__ = ["DATA_DIR", "KINDS", "Candidate", "KBEntry", "KBPosition", "KnowledgeBase", "key_of"]

DATA_DIR = Path(__file__).resolve().parent / "data"

_ARTICLE = "ال"
#: types whose names take or drop the article depending on the writer (سوريا/السورية, لل+...)
_ARTICLE_TYPES = frozenset({"Country", "Place", "Facility"})

#: candidate kinds, best first
KINDS = ("label", "alias", "en", "metonym", "adjective")


def key_of(s: str) -> str:
    """Any name (Arabic or Latin) -> the KB matching key: ``normalize_key`` then casefold."""
    return normalize_key(s).casefold()


class KnowledgeBase:
    """Validated entries plus a key -> candidates index for longest-match recognition.

    - ``kb.get(id)``, ``len(kb)``, ``iter(kb)``, ``id in kb``
    - ``kb.lookup(key) -> list[Candidate]`` (key is passed through :func:`key_of`)
    - ``kb.max_alias_tokens``; ``kb.keys_by_length[n]``: keys of ``n`` space-separated tokens;
      ``kb.prefixes``: every proper token-prefix of a key (stop extending a window when the
      current window is not in ``prefixes``)
    - ``kb.search(name) -> list[KBEntry]`` for user queries (Arabic, English, QID, id)
    """

    def __init__(self, entries: list[KBEntry]) -> None:
        self._entries: dict[str, KBEntry] = {e.id: e for e in entries}
        self._by_qid: dict[str, list[KBEntry]] = {}
        for e in entries:
            if e.qid:
                self._by_qid.setdefault(e.qid, []).append(e)
        self._index: dict[str, list[Candidate]] = {}
        self._build_index()
        keys_by_length: dict[int, set[str]] = {}
        prefixes: set[str] = set()
        for k in self._index:
            toks = k.split(" ")
            keys_by_length.setdefault(len(toks), set()).add(k)
            for i in range(1, len(toks)):
                prefixes.add(" ".join(toks[:i]))
        self.keys_by_length: dict[int, frozenset[str]] = {
            n: frozenset(ks) for n, ks in sorted(keys_by_length.items())
        }
        self.prefixes: frozenset[str] = frozenset(prefixes)
        self.max_alias_tokens: int = max(self.keys_by_length, default=0)

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> KnowledgeBase:
        """A data directory (every ``*.jsonl``) or one ``.jsonl`` file -> validated KB."""
        path = DATA_DIR if path is None else Path(path)
        if path.is_dir():
            files = sorted(path.glob("*.jsonl"))
        elif path.is_file():
            files = [path]
        else:
            raise ResourceError(f"KB data {path} does not exist")
        if not files:
            raise ResourceError(f"KB data directory {path} holds no .jsonl file")
        entries: list[KBEntry] = []
        where_of: dict[str, str] = {}
        for f in files:
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                where = f"{f.name}:{n}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise fail(where, f"not valid JSON ({exc.msg})") from exc
                e = parse_entry(obj, where)
                if e.id in where_of:
                    raise fail(where, f"duplicate id {e.id!r} (first at {where_of[e.id]})")
                where_of[e.id] = where
                entries.append(e)
        ids = set(where_of)
        for e in entries:
            for fld in REF_FIELDS:
                ref = getattr(e, fld)
                if ref is not None and ref not in ids:
                    raise fail(where_of[e.id], f"{fld} {ref!r} is not an id in the KB")
            for p in e.positions:
                if p.of is not None and p.of not in ids:
                    raise fail(where_of[e.id], f"position 'of' {p.of!r} is not an id in the KB")
        return cls(entries)

    # -- index -----------------------------------------------------------------------------
    def _add(self, name: str, cand: Candidate) -> None:
        k = key_of(name)
        if not k:
            return
        lst = self._index.setdefault(k, [])
        for i, c in enumerate(lst):
            if c.entry.id == cand.entry.id:
                if (KINDS.index(cand.kind), cand.ambiguous, cand.variant is not None) < (
                    KINDS.index(c.kind),
                    c.ambiguous,
                    c.variant is not None,
                ):
                    lst[i] = cand
                return
        lst.append(cand)

    def _add_ar(self, e: KBEntry, name: str, kind: str, ambiguous: bool) -> None:
        self._add(name, Candidate(e, kind, name, ambiguous))
        if e.type in _ARTICLE_TYPES and kind != "adjective":
            k = key_of(name)
            first = k.split(" ")[0]
            # only a written bare «ال»: «ألمانيا»/«إلينوي» normalise to «ال…» but have no article
            if name.lstrip().startswith(_ARTICLE) and len(first) > 3:
                # «للعراق» = لـ + العراق: a recogniser that strips «لل» sees «عراق»
                self._add(k[len(_ARTICLE) :], Candidate(e, "alias", name, ambiguous, "no_article"))

    def _build_index(self) -> None:
        for e in self._entries.values():
            # a name listed as ambiguous stays ambiguous even when it is also the label
            amb = {key_of(a) for a in e.ambiguous_aliases_ar}
            self._add_ar(e, e.label_ar, "label", key_of(e.label_ar) in amb)
            for a in e.aliases_ar:
                self._add_ar(e, a, "alias", key_of(a) in amb)
            for a in e.ambiguous_aliases_ar:
                self._add_ar(e, a, "alias", True)
            for a in e.adjectives_ar:
                self._add(a, Candidate(e, "adjective", a, False))
            for a in (e.label_en, *e.aliases_en, *e.adjectives_en):
                if a:
                    kind = "adjective" if a in e.adjectives_en else "en"
                    self._add(a, Candidate(e, kind, a, False))
        # metonyms: a capital or building name also proposes the government it stands for
        for e in self._entries.values():
            if e.metonym_for is None:
                continue
            target = self._entries[e.metonym_for]
            for name in (e.label_ar, *e.aliases_ar):
                self._add(name, Candidate(target, "metonym", name, False))
        for lst in self._index.values():
            lst.sort(key=lambda c: (KINDS.index(c.kind), c.ambiguous, c.variant is not None))

    # -- access ----------------------------------------------------------------------------
    def get(self, id_: str) -> KBEntry | None:
        """A KB id -> its entry, or None."""
        return self._entries.get(id_)

    def by_qid(self, qid: str) -> list[KBEntry]:
        """A Wikidata QID -> the entries carrying it (usually one)."""
        return list(self._by_qid.get(qid.upper(), ()))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._entries.values())

    def __contains__(self, id_: object) -> bool:
        return id_ in self._entries

    def keys(self) -> frozenset[str]:
        """Every matching key in the index."""
        return frozenset(self._index)

    def lookup(self, key: str) -> list[Candidate]:
        """A name or key -> candidates, best kind first (empty list when unknown)."""
        return list(self._index.get(key_of(key), ()))

    def search(self, name: str) -> list[KBEntry]:
        """A user query (Arabic/English name, alias, QID or KB id) -> matching entries.

        Exact key matches (labels, aliases, English names, adjectives) first; then, if none,
        the query with the article added/removed; then entries whose label or an alias
        contains the query as whole tokens.
        """
        q = name.strip()
        if not q:
            return []
        if q in self._entries:
            return [self._entries[q]]
        if QID.fullmatch(q.upper()):
            return self.by_qid(q)
        k = key_of(q)
        found = self._dedup(c for c in self._index.get(k, ()) if c.kind != "metonym")
        if found:
            return found
        alt = k[len(_ARTICLE) :] if k.startswith(_ARTICLE) else _ARTICLE + k
        found = self._dedup(c for c in self._index.get(alt, ()) if c.kind != "metonym")
        if found:
            return found
        qtoks = k.split(" ")
        n = len(qtoks)
        hits = []
        for key, cands in self._index.items():
            toks = key.split(" ")
            if len(toks) > n and any(toks[i : i + n] == qtoks for i in range(len(toks) - n + 1)):
                hits.extend(c for c in cands if c.kind in ("label", "alias", "en"))
        return self._dedup(hits)

    @staticmethod
    def _dedup(cands) -> list[KBEntry]:
        seen: dict[str, KBEntry] = {}
        for c in cands:
            seen.setdefault(c.entry.id, c.entry)
        return list(seen.values())


@cache
def default_kb() -> KnowledgeBase:
    """The packaged KB, loaded once per process."""
    return KnowledgeBase.load()
