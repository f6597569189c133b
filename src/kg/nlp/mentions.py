"""spaCy component ``kg_mentions``: actor mentions from KB gazetteer, titles, roles, organisations.

Doc -> ``doc._.kg_mentions`` (list of :class:`~kg.nlp.records.Mention`, text order),
``doc._.kg_actors`` (provisional: one actor per KB id or local name; ``kg_coref``/``kg_link``
refine them) and ``doc.spans["kg_mentions"]`` (token-expanded, label = actor type).

Steps: normalise the text; cut it into words (boilerplate regions skipped); KB gazetteer
(:mod:`kg.nlp.actors_gaz`); titles, roles, organisation patterns and places after a place noun
(:mod:`kg.nlp.actors_titles`, ``actors_orgs``, ``actors_places``); then the people found through
titles are looked for again by full name and by surname («ريكس تيلرسون» ... «تيلرسون»; a family
name wins over a one-word KB reading: «السوداني» is the person, not Sudan's adjective; KB people
by their particle family name «آل ثاني»), and organisations by their head noun alone («الحلف»)
or their name without the head («الدعم السريع»).
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import kg.nlp.records  # noqa: F401  (registers doc._.kg_*)
from kg.nlp.actors_bynames import honorific_pronouns, nickname, surname_like
from kg.nlp.actors_dateline import dateline_outlets, quoted_outlets
from kg.nlp.actors_gaz import find_hits
from kg.nlp.actors_lex import ActorLexicons, Word, clitic_variants, words_of
from kg.nlp.actors_titles import Scanner
from kg.nlp.actors_work import WORK_KEY, ArticleText, Raw, Work, emit
from kg.nlp.segment import doc_text
from kg.text.normalize import Normalized, normalize, normalize_key


def load_kb(kb_path: str | None) -> Any:
    """A KB folder/file path, or None for the packaged KB -> a ``kg.kb.KnowledgeBase``."""
    from kg.kb import KnowledgeBase, default_kb

    kb = KnowledgeBase.load(kb_path) if kb_path else default_kb()
    # the KB lives as long as the pipeline: its ~100k objects need not be traversed again by
    # every full garbage collection of the extraction (which they made ~5% slower)
    gc.freeze()
    return kb


def _blocked_words(doc: Doc, words: list[Word], norm: Normalized) -> set[int]:
    regions = doc._.kg_boilerplate or []
    if not regions:
        return set()
    out: set[int] = set()
    starts = [w.start for w in words]
    for rs, re_ in regions:  # words whose original span starts or ends inside the region
        lo = max(0, bisect_left(norm.offsets, rs) - 1)
        hi = bisect_left(norm.offsets, re_) + 1
        for k in range(bisect_left(starts, lo), len(words)):
            w = words[k]
            if w.start > hi:
                break
            s, e = norm.to_original(w.start, w.end)
            if rs <= s < re_ or rs < e <= re_:
                out.add(w.i)
    return out


def _surname_pass(raws: list[Raw], art: ArticleText) -> None:
    """People named after a title, found again elsewhere by full name or surname (appends raws)."""
    words, norm, text, lex, blocked = art.words, art.norm, art.text, art.lex, art.blocked
    table: dict[str, str] = {}
    kb_people: dict[str, Raw] = {}  # «آل ثاني» after «محمد بن عبد الرحمن آل ثاني» (a KB person)
    for r in raws:
        if r.kind != "name" or r.type != "Person" or r.hidden or r.we - r.ws < 2:
            continue
        parts = r.name.split()
        nick = nickname(r, words, norm, lex)
        if nick is not None:  # «أحمد محمد إسلام "مدوبي"»: the quoted byname, then alone
            kb_people.setdefault(nick, r)
        if r.cands:
            if len(parts) >= 3 and "name_particle" in lex.classes(parts[-2]):
                kb_people.setdefault(" ".join(parts[-2:]), r)
            elif surname_like(parts[-1], lex):
                kb_people.setdefault(parts[-1], r)  # «قال حسين» after the KB's «فؤاد حسين»
            continue
        table[r.name] = r.name
        if len(parts) >= 3 and "name_particle" in lex.classes(parts[-2]):
            table.setdefault(" ".join(parts[-2:]), r.name)  # «عبد السلام», never «السلام»
        elif surname_like(parts[-1], lex):
            table.setdefault(parts[-1], r.name)
    for key, r in kb_people.items():
        table.setdefault(key, r.name)
    if not table:
        return
    _claim_surnames(raws, words, table, kb_people, lex)
    covered = {i for r in raws for i in range(r.ws, r.we)}
    firsts = {k.split(" ")[0] for k in table}  # a word matches only as a key's first word
    i = 0
    while i < len(words):
        if i in covered or i in blocked:
            i += 1
            continue
        found = None
        for pre, stem in clitic_variants(words[i].text):
            if stem not in firsts:
                continue
            two = i + 1 < len(words) and words[i + 1].joined and i + 1 not in covered
            if two and f"{stem} {words[i + 1].text}" in table:
                found = (pre, i + 2, f"{stem} {words[i + 1].text}")
                break
            if stem in table:
                found = (pre, i + 1, stem)
                break
        if found is None:
            i += 1
            continue
        pre, we, key = found
        s, e = norm.to_original(words[i].start + pre, words[we - 1].end)
        kb = kb_people.get(key)
        cands, name = (kb.cands, kb.name) if kb is not None else ((), key)
        raws.append(Raw(s, e, i, we, "name", "Person", text[s:e], cands, name))
        i = we


def _place_as_surname(
    r: Raw, words: list[Word], key: str, table: dict[str, str], lex: ActorLexicons
) -> bool:
    """A one-word place the KB knows, that is the family name of a person named in the article
    («مفلح عمران» ... «قال عمران»), with no proclitic and no preposition before it («في عمران»
    stays the place)."""
    if r.kind != "name" or r.type != "Place" or table[key] == key:
        return False
    if words[r.ws].text != key:
        return False
    return r.ws == 0 or not lex.classes(words[r.ws - 1].text) & {"stop", "loc", "to"}


def _claim_surnames(
    raws: list[Raw],
    words: list[Word],
    table: dict[str, str],
    kb_people: dict[str, Raw],
    lex: ActorLexicons,
) -> None:
    """The family name of a person named in the article wins over a one-word KB reading:
    «السوداني» after «محمد شياع السوداني» is the person, not the adjective of Sudan; «بارزاني»
    after «مسرور بارزاني» is Masrour, not the KB's «مسعود بارزاني» (raws rewritten in place).
    """
    for r in raws:
        if r.we - r.ws != 1 or r.hidden:
            continue
        key = None
        for _, stem in clitic_variants(words[r.ws].text):
            if stem in table and table[stem] != stem:
                key = stem
                break
        if key is None:
            continue
        full = normalize_key(table[key])
        if (
            _place_as_surname(r, words, key, table, lex)
            or r.kind == "adjective"
            or (
                r.kind == "name"
                and r.type == "Person"
                and not any(normalize_key(c.entry.label_ar) == full for c in r.cands)
            )
        ):
            kb = kb_people.get(key)
            cands = kb.cands if kb is not None and kb.name == table[key] else ()
            r.kind, r.type, r.cands, r.name, r.ambiguous = (
                "name",
                "Person",
                cands,
                table[key],
                False,
            )


def _org_tails(raws: list[Raw], words: list[Word]) -> dict[tuple[int, str], Raw]:
    """Pattern organisations «HEAD X Y» with an indefinite head -> {(2+, "X Y"): raw}: the
    name without its head («الدعم السريع» after «قوات الدعم السريع»)."""
    out: dict[tuple[int, str], Raw] = {}
    for r in raws:
        if r.kind != "name" or r.type != "Organization" or r.cands or r.org is not None:
            continue
        n = r.we - r.ws - 1
        if n < 2 or words[r.ws].text.startswith("ال"):
            continue
        tail = [w.text for w in words[r.ws + 1 : r.we]]
        if tail[0].startswith("ال"):
            out.setdefault((n, " ".join(tail)), r)
    return out


def _short_org_pass(raws: list[Raw], art: ArticleText) -> None:
    """«الحلف» after «حلف شمال الأطلسي», «المفوضية» after «المفوضية الأوروبية»: the head noun
    alone, definite, later in the text is the organisation named with it (one such organisation
    per head; appends raws with the same candidates and name)."""
    words, norm, text, blocked = art.words, art.norm, art.text, art.blocked
    heads: dict[str, list[Raw]] = {}
    for r in raws:
        if r.kind != "name" or r.type != "Organization" or r.hidden or r.we - r.ws < 2:
            continue
        for _, stem in clitic_variants(words[r.ws].text):
            base = stem[2:] if stem.startswith("ال") else stem
            if len(base) >= 3:
                heads.setdefault("ال" + base, []).append(r)
                break
    heads = {h: rs for h, rs in heads.items() if len({x.name for x in rs}) == 1}
    tails = _org_tails(raws, words)
    if not heads and not tails:
        return
    covered = {i for r in raws for i in range(r.ws, r.we)}
    firsts = {key.split(" ")[0] for _, key in tails}
    for i in range(len(words) if tails else 0):
        if not any(s in firsts for _, s in clitic_variants(words[i].text)):
            continue
        for (n, key), first in tails.items():
            if first.ws >= i or any(k in covered or k in blocked for k in range(i, i + n)):
                continue
            if i + n > len(words) or any(not words[k].joined for k in range(i + 1, i + n)):
                continue
            rest = " ".join(w.text for w in words[i + 1 : i + n])
            for pre, stem in clitic_variants(words[i].text):
                if f"{stem} {rest}" == key:
                    s, e = norm.to_original(words[i].start + pre, words[i + n - 1].end)
                    raws.append(
                        Raw(s, e, i, i + n, "name", "Organization", text[s:e], first.cands,
                            first.name)
                    )  # fmt: skip
                    covered.update(range(i, i + n))
                    break
    for i, w in enumerate(words):
        if i in covered or i in blocked:
            continue
        for pre, stem in clitic_variants(w.text):
            found = heads.get(stem)
            if found is None or found[0].ws >= i:
                continue
            if i + 1 < len(words) and words[i + 1].joined and words[i + 1].text.startswith("ال"):
                break  # «المجلس الأعلى»: the head with its own adjective is another body
            first = found[0]
            s, e = norm.to_original(w.start + pre, w.end)
            raws.append(
                Raw(
                    s,
                    e,
                    i,
                    i + 1,
                    "name",
                    "Organization",
                    text[s:e],
                    first.cands,
                    first.name,
                    ambiguous=first.ambiguous,
                )
            )
            break


class MentionRecognizer:
    """Doc -> actor mentions (see module docstring); the KB is loaded once at init."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb
        self.lex = ActorLexicons.get()

    def work(self, doc: Doc) -> Work:
        """Doc -> the raws of its actor mentions (not yet written to the doc)."""
        text = doc_text(doc)
        norm = normalize(text)
        words = words_of(norm, text)
        blocked = _blocked_words(doc, words, norm)
        hits = find_hits(words, self.kb, blocked, self.lex)
        raws = Scanner(words, hits, norm, text, self.lex, self.kb, blocked).scan()
        art = ArticleText(words, norm, text, self.lex, blocked)
        for later_pass in (
            _surname_pass,
            _short_org_pass,
            honorific_pronouns,
            dateline_outlets,
            quoted_outlets,
        ):
            later_pass(raws, art)
        return Work(raws=raws, kb=self.kb, text=text)

    def __call__(self, doc: Doc) -> Doc:
        work = self.work(doc)
        doc.user_data[WORK_KEY] = work
        emit(doc, work)
        return doc


@Language.factory(
    "kg_mentions",
    assigns=["doc._.kg_mentions", "doc._.kg_actors", "doc.spans"],
    requires=[],
    default_config={"kb_path": None},
)
def make_mentions(nlp: Language, name: str, *, kb_path: str | None) -> MentionRecognizer:
    """Factory of ``kg_mentions``; ``kb_path`` = a KB folder (None = the packaged KB)."""
    return MentionRecognizer(load_kb(kb_path))
