"""spaCy component ``kg_link``: KB entries for the entities of ``kg_coref``, else local keys.

Doc (with the work of ``kg_mentions``/``kg_coref``) -> final ``doc._.kg_actors`` (key = KB id when
linked, else ``local:<Type>:<normalised longest name>``) and ``doc._.kg_mentions``.

Choice among candidates (:func:`Linker.choose`): same type first; then points for title
agreement (a title in the text matching a KB position: category and affiliation), for context
(the candidate's country or offices' countries are actors of the article), and for holding the
office on the article date (or now, without a date). A tie is not broken: no link. An entity
known only through ambiguous aliases («الأسد») with no supporting context is dropped (not a name).
Pattern organisations («الخارجية الروسية») link to a KB organisation of the same country and
kind (label, English label, or subtype), e.g. the Russian MFA entry.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.actors_lex import ActorLexicons
from kg.nlp.actors_resolve import Resolver, provisional_entity_key
from kg.nlp.actors_work import Entity, Work, clean_label, emit, entity_label, get_work
from kg.nlp.records import Actor, Position


def _current(p: Any, date: str | None) -> bool:
    if date is None:
        return p.end is None
    d = date[:10]
    return (p.start is None or p.start[:10] <= d) and (p.end is None or d <= p.end[:10] + "~")


_ORGS_OF: dict[int, dict[str, list[Any]]] = {}


def _orgs_of(kb: Any) -> dict[str, list[Any]]:
    """KB -> country or parent id -> its organisations (built once per KB object: the KB is
    scanned once, not for every pattern organisation of every article)."""
    found = _ORGS_OF.get(id(kb))
    if found is None:
        found = _ORGS_OF[id(kb)] = {}
        for e in kb:
            if e.type == "Organization":
                for ref in {e.country, e.part_of} - {None}:
                    found.setdefault(ref, []).append(e)
    return found


def _only_ambiguous_names(ent: Entity, raws: list) -> bool:
    """The entity is named only by ambiguous KB aliases (a metonym or an adjective alone is
    unambiguous: «موسكو ترفض» is Russia even with no other mention of Russia)."""
    names = [raws[r] for r in ent.raws if raws[r].kind == "name"]
    return bool(names) and all(r.ambiguous for r in names)


class Linker:
    """One article's entities -> KB ids and final actors."""

    def __init__(self, work: Work, lex: ActorLexicons, date: str | None) -> None:
        self.work, self.kb, self.lex, self.date = work, work.kb, lex, date
        self.raws = work.raws
        self.doc_ids: set[str] = set()
        # an entity named only by ambiguous aliases («الطبقة», «القائم») is no context, not even
        # for itself: its own country would otherwise support it
        self._add_context(
            {
                next(iter(e.cand_ids))
                for e in work.entities
                if len(e.cand_ids) == 1 and not _only_ambiguous_names(e, self.raws)
            }
        )

    def _add_context(self, ids: set[str]) -> None:
        """Actors of the article, plus the countries their places stand in or for."""
        for i in ids:
            self.doc_ids.add(i)
            entry = self.kb.get(i)
            if entry is not None and entry.type in ("Place", "Facility"):
                self.doc_ids |= {entry.country, entry.metonym_for} - {None}
            elif entry is not None and entry.type == "Person" and entry.country:
                self.doc_ids.add(entry.country)  # «العقيد عاصمي غويتا» supports «مالي»

    def _categories(self, ent: Entity) -> list[tuple[str, str | None]]:
        out = []
        for pos, of in zip(ent.positions, ent.pos_of, strict=True):
            t = self.lex.title_of(pos.title)
            if t is not None:
                out.append((t.category, self._aff(of)))
        return out

    def _aff(self, i: int | None) -> str | None:
        if i is None or self.raws[i].entity is None:
            return None
        ent = self.work.entities[self.raws[i].entity]
        return ent.kb_id or (next(iter(ent.cand_ids)) if len(ent.cand_ids) == 1 else None)

    def score(self, ent: Entity, entry: Any) -> float:
        """Context points of a candidate entry for an entity (0 = no support)."""
        s = 0.0
        cats = self._categories(ent)
        for p in entry.positions:
            t = self.lex.title_of(p.title_ar)
            for cat, of in cats:
                if t is not None and t.category == cat:
                    s += 3 if of is not None and of == p.of else 1
        related = {entry.country, entry.part_of, *(p.of for p in entry.positions)} - {None}
        s += sum(1 for r in related if r in self.doc_ids)
        if entry.id in self.doc_ids:
            s += 1  # a country whose capital, places or people the article names
        if any(_current(p, self.date) for p in entry.positions):
            s += 0.5
        return s

    def choose(self, ent: Entity) -> str | None:
        """Entity -> the KB id it refers to, or None (no candidate, tie, or no support)."""
        entries = [e for e in (self.kb.get(i) for i in ent.cand_ids) if e is not None]
        typed = [e for e in entries if e.type == ent.type] or entries
        ambiguous = _only_ambiguous_names(ent, self.raws)
        if len(typed) == 1 and not ambiguous:
            return typed[0].id
        scored = sorted(((self.score(ent, e), e.id) for e in typed), reverse=True)
        if not scored or scored[0][0] <= (0.5 if ambiguous else 0):
            return None
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][1]

    def org_entry(self, ent: Entity) -> str | None:
        """A pattern organisation -> a KB organisation of the same country and kind, or None."""
        raw = next((self.raws[r] for r in ent.raws if self.raws[r].org is not None), None)
        if raw is None or raw.of is None:
            return None
        of = self._aff(raw.of)
        if of is None:
            return None
        by_label = [c.entry for c in self.kb.lookup(raw.of_label) if c.entry.type == "Organization"]
        if len(by_label) == 1:
            return by_label[0].id
        of_entry = self.kb.get(of)
        en = raw.org.label_en.format(of=of_entry.label_en if of_entry else "").casefold()
        orgs = _orgs_of(self.kb).get(of, [])
        for test in (
            lambda e: en and en in {e.label_en.casefold(), *(a.casefold() for a in e.aliases_en)},
            lambda e: e.subtype == raw.org.kb_subtype,
        ):
            hits = [e.id for e in orgs if test(e)]
            if len(hits) == 1:
                return hits[0]
        return None

    def run(self) -> None:
        ents = self.work.entities
        for ent in ents:
            if ent.cand_ids:
                ent.kb_id = self.choose(ent)
                if ent.kb_id is None and _only_ambiguous_names(ent, self.raws):
                    ent.dropped = True
        self._add_context({e.kb_id for e in ents if e.kb_id})
        for ent in ents:
            if not ent.cand_ids and ent.type == "Organization":
                ent.kb_id = self.org_entry(ent)
        by_key: dict[str, Entity] = {}
        for ent in ents:
            if ent.dropped:
                continue
            if ent.kb_id is not None:
                ent.cand_ids = {ent.kb_id}
            ent.key = ent.kb_id or provisional_entity_key(ent, self.raws)
            first = by_key.setdefault(ent.key, ent)
            if first is not ent:  # two entities of the text are one KB entry: merge
                for r in ent.raws:
                    self.raws[r].entity = ents.index(first)
                first.raws.extend(ent.raws)
                first.positions.extend(ent.positions)
                first.pos_of.extend(ent.pos_of)
                ent.dropped, ent.raws = True, []
        self.work.actors = {key: self.actor(ent) for key, ent in by_key.items()}

    def actor(self, ent: Entity) -> Actor:
        """A linked (or local) entity -> its final :class:`Actor`.

        Text positions (one per title and affiliation, first evidence kept) come first; a KB
        position of the same category completes a text position without affiliation/dates and
        is otherwise added after them.
        """
        positions: list[Position] = []
        cats: list[str] = []
        for p, of in zip(ent.positions, ent.pos_of, strict=True):
            of_key = None
            if of is not None and self.raws[of].entity is not None:
                of_ent = self.work.entities[self.raws[of].entity]
                of_key = None if of_ent.dropped else of_ent.key
            if any(q.title == p.title and q.of == of_key for q in positions):
                continue
            t = self.lex.title_of(p.title)
            cats.append(t.category if t else p.title)
            positions.append(Position(p.title, p.title_en, of_key, p.start, p.end, p.evidence))
        entry = self.kb.get(ent.kb_id) if ent.kb_id else None
        if entry is None:
            label = ent.label or entity_label(ent, self.work)
            return Actor(ent.key, ent.type, clean_label(label), positions=positions)
        n_text = len(positions)
        for p in entry.positions:
            t = self.lex.title_of(p.title_ar)
            cat = t.category if t else p.title_ar
            same = [
                q
                for q, c in zip(positions[:n_text], cats, strict=True)
                if c == cat and q.of in (None, p.of)
            ]
            if same:
                for q in same:
                    q.of, q.start, q.end = p.of, p.start, p.end
                    q.title_en = q.title_en or p.title_en
            else:
                positions.append(Position(p.title_ar, p.title_en, p.of, p.start, p.end))
        unique: list[Position] = []
        for q in positions:
            if not any(
                (u.title, u.of, u.start, u.end) == (q.title, q.of, q.start, q.end) for u in unique
            ):
                unique.append(q)
        positions = unique
        return Actor(
            ent.key,
            entry.type,
            entry.label_ar,
            entry.label_en or None,
            entry.id,
            entry.qid,
            entry.verified,
            positions,
        )


class Link:
    """Doc -> final actors (no-op when ``kg_mentions`` did not run)."""

    def __init__(self) -> None:
        self.lex = ActorLexicons.get()

    def __call__(self, doc: Doc) -> Doc:
        work = get_work(doc)
        if work is None or work.kb is None:
            return doc
        if not work.entities:  # coref did not run: one entity per raw
            Resolver(work, self.lex, work.kb).run()
        article = doc._.kg_article
        Linker(work, self.lex, getattr(article, "date", None)).run()
        emit(doc, work)
        return doc


@Language.factory(
    "kg_link",
    assigns=["doc._.kg_actors", "doc._.kg_mentions"],
    requires=["doc._.kg_mentions"],
    default_config={},
)
def make_link(nlp: Language, name: str) -> Link:
    """Factory of ``kg_link`` (uses the KB of ``kg_mentions``)."""
    return Link()
