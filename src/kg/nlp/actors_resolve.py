"""Coreference rules behind ``kg_coref`` (see :mod:`kg.nlp.coref` for what they do).

``Resolver(work, lex, kb).run()``: ``work.raws`` -> ``work.entities`` (``raw.entity`` set) with
provisional keys (:func:`provisional_entity_key`).
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_counterparts import CounterpartRules
from kg.nlp.actors_home import (
    GOVERNMENT_HEAD,
    HOME_BODIES,
    STATE_HEADS,
    HomeCountry,
    same_office,
)
from kg.nlp.actors_lex import ActorLexicons
from kg.nlp.actors_namerefs import NameRefs
from kg.nlp.actors_work import Entity, Raw, Work, local_key
from kg.text.normalize import normalize_key


def _no_articles(key: str | None) -> str:
    """A normalised title key without the article on any word («عميد البلديه» -> «عميد بلديه»)."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in (key or "").split())


def _ids(raw: Raw) -> set[str]:
    return {c.entry.id for c in raw.cands}


class Resolver(CounterpartRules, HomeCountry, NameRefs):
    """One article's raws -> entities (``work.entities``; ``raw.entity`` set)."""

    def __init__(self, work: Work, lex: ActorLexicons, kb: Any | None) -> None:
        self.work, self.lex, self.kb = work, lex, kb
        self.raws = work.raws
        self.order = sorted(
            range(len(self.raws)), key=lambda i: (self.raws[i].ws, -self.raws[i].we)
        )
        self.by_id: dict[str, int] = {}
        self.by_name: dict[str, int] = {}

    # -- entity bookkeeping ----------------------------------------------------------------
    def _new(self, i: int, ids: set[str] | None = None) -> int:
        raw = self.raws[i]
        self.work.entities.append(Entity(type=raw.type, raws=[], cand_ids=set(ids or ())))
        return self._join(i, len(self.work.entities) - 1)

    def _join(self, i: int, e: int) -> int:
        self.raws[i].entity = e
        self.work.entities[e].raws.append(i)
        return e

    def _last_seen(self, e: int, before: int) -> int:
        """Word index of the entity's last visible raw before word ``before`` (-1 if none)."""
        ws = [self.raws[r].ws for r in self.work.entities[e].raws if not self.raws[r].hidden]
        ws = [w for w in ws if w < before]
        return max(ws, default=-1)

    def aff_id(self, i: int | None) -> str | None:
        """An affiliation raw -> a comparable id (KB id, else ``e<entity>``)."""
        if i is None:
            return None
        raw = self.raws[i]
        ids = _ids(raw)
        if len(ids) == 1:
            return next(iter(ids))
        if raw.entity is not None:
            ent = self.work.entities[raw.entity]
            if len(ent.cand_ids) == 1:
                return next(iter(ent.cand_ids))
            return f"e{raw.entity}"
        return None

    def _positions(self, e: int) -> list[tuple[str, str, str | None, str | None]]:
        """Entity -> (category, title key, affiliation id, gender) from text and KB candidates."""
        ent = self.work.entities[e]
        out = []
        for pos, of in zip(ent.positions, ent.pos_of, strict=True):
            t = self.lex.title_of(pos.title)
            if t is not None:
                out.append((t.category, t.key, self.aff_id(of), t.gender))
                out.extend(self._ministry_country(t, self.aff_id(of)))
        if self.kb is not None and len(ent.cand_ids) == 1:
            entry = self.kb.get(next(iter(ent.cand_ids)))
            for p in entry.positions if entry is not None else ():
                t = self.lex.title_of(p.title_ar)
                if t is not None and p.end is None:
                    out.append((t.category, t.key, p.of, None))
        return out

    # -- passes ----------------------------------------------------------------------------
    def names(self) -> None:
        deferred, surnames = [], []
        for i in self.order:
            raw = self.raws[i]
            if raw.kind not in ("name", "adjective", "metonym") or raw.entity is not None:
                continue
            ids = _ids(raw)
            if raw.org is not None and not ids:
                key = raw.of_label
                self.by_name[key] = (
                    self._join(i, self.by_name[key]) if key in self.by_name else self._new(i)
                )
            elif len(ids) == 1 and not raw.ambiguous:
                (kid,) = ids
                self.by_id[kid] = (
                    self._join(i, self.by_id[kid]) if kid in self.by_id else self._new(i, ids)
                )
            elif ids:
                deferred.append(i)
            elif raw.type == "Person" and self._one_unit(raw.name):
                surnames.append(i)  # «الزعبي», and «عبد الله», «آل ثاني», «أبو زيد» as one unit
            elif self._short_of(raw) is not None:
                self._join(i, self._short_of(raw))  # «فهد اليوسف» after «فهد يوسف سعود الصباح»
            else:
                key = raw.name
                self.by_name[key] = (
                    self._join(i, self.by_name[key]) if key in self.by_name else self._new(i)
                )
        for i in surnames:
            raw = self.raws[i]
            full = [e for k, e in self.by_name.items() if k.endswith(" " + raw.name)]
            if len(full) == 1:
                self._join(i, full[0])
            else:
                key = raw.name
                self.by_name[key] = (
                    self._join(i, self.by_name[key]) if key in self.by_name else self._new(i)
                )
        for i in deferred:
            raw = self.raws[i]
            ids = _ids(raw)
            shared = {self.by_id[k] for k in ids if k in self.by_id}
            if not shared:
                shared = {
                    e
                    for e, ent in enumerate(self.work.entities)
                    if ent.cand_ids & ids and len(ent.cand_ids) > 1
                }
            if len(shared) > 1:
                near = max(shared, key=lambda e: self._last_seen(e, raw.ws))
                shared = {near} if self._last_seen(near, raw.ws) >= 0 else shared
            if len(shared) == 1:
                self._join(i, shared.pop())
            else:
                self._new(i, ids)

    def _one_unit(self, name: str) -> bool:
        """A one-word name, or a name particle and its word («عبد الله» after «عون ذياب عبد
        الله»): what a later mention by family name alone looks like."""
        words = name.split()
        return len(words) == 1 or len(words) == 2 and "name_particle" in self.lex.classes(words[0])

    def titles(self) -> None:
        for i in self.order:
            raw = self.raws[i]
            if raw.kind not in ("title", "counterpart") or raw.holder is None:
                continue
            e = self.raws[raw.holder].entity
            if e is None:
                continue
            self._join(i, e)
            if raw.title is not None:
                self._hold(e, raw)

    def roles(self) -> None:
        for i in self.order:
            raw = self.raws[i]
            if raw.entity is not None or raw.kind not in ("role", "counterpart"):
                continue
            if raw.type == "Organization":
                self._org_role(i)
            elif raw.kind == "counterpart":
                self._counterpart(i)
            else:
                self._person_role(i)

    def _org_role(self, i: int) -> None:
        """«النظام» -> the last organisation written with the same head («نظام الأسد»), else the
        last of the same kind (subtype); none before it -> unresolved."""
        raw = self.raws[i]
        head = raw.org.key

        def same_head(r: Raw) -> bool:
            first = (r.name or "").split(" ")[0]
            return r.kind == "name" and r.type == "Organization" and head in (first, first[2:])

        best = self._last_entity(raw.ws, same_head)
        if best is None and head not in STATE_HEADS:
            best = self._last_entity(
                raw.ws, lambda r: r.org is not None and r.org.subtype == raw.category
            )
        named = best is not None and self.work.entities[best].type == "Organization"
        if head == GOVERNMENT_HEAD and (not named or raw.we - raw.ws > 1):
            # bare «الحكومة» is the article's country (guideline), even after another country's
            # «الحكومة الإسرائيلية»; a named government («حكومة الوحدة الوطنية») keeps it, but
            # not from «الحكومة الاتحادية/المركزية»
            if self._bare_government(i, kingdom=False):
                return
        if best is not None:
            self._join(i, best)
        elif head in STATE_HEADS:  # «المملكة», «السلطنة»: the article's kingdom (actors_home)
            self._bare_government(i, kingdom=True, head=head)
        elif raw.org.subtype in HOME_BODIES:  # «البرلمان»: the article's country's
            self._home_body(i, raw.org.kb_subtype)

    def _last_entity(self, before: int, test: Any) -> int | None:
        """The entity with a visible raw passing ``test`` last seen before word ``before``."""
        best, best_ws = None, -1
        for e, ent in enumerate(self.work.entities):
            ws = [
                self.raws[r].ws
                for r in ent.raws
                if not self.raws[r].hidden and self.raws[r].ws < before and test(self.raws[r])
            ]
            if ws and max(ws) > best_ws:
                best, best_ws = e, max(ws)
        return best

    def _compatible(self, raw: Raw, e: int) -> bool:
        ent = self.work.entities[e]
        if ent.type != "Person":
            return False
        if raw.head:
            return self._head_title(raw, ent)
        want_of = self.aff_id(raw.of)
        genders = {g for _, _, _, g in self._positions(e) if g}
        if raw.gender == "f" and "f" not in genders or raw.gender == "m" and genders == {"f"}:
            return False
        for cat, key, of, _ in self._positions(e):
            if raw.category not in ("any", cat):
                continue
            if (
                raw.title is not None
                and _no_articles(raw.title.key) != _no_articles(key)  # «عميد البلدية» ~ «بلدية»
                and not same_office(self.lex, raw.title.key, key)  # «رئيس مجلس الوزراء»
                and len(raw.title.key.split()) > 1
            ):
                continue
            if want_of is not None and of is not None and want_of != of:
                continue
            if self._bare_head(raw) and (self._org_id(of) or of is None and self._of_body(e)):
                continue  # «الرئيس أكد» is no «رئيس المخابرات العامة اللواء X»
            return True
        return raw.category == "any" and bool(genders)

    def _head_title(self, raw: Raw, ent: Entity) -> bool:
        """«رئيس المجلس» ~ a title of the entity in the text that starts with the same title
        word and names a body with the same head («رئيس مجلس النواب»)."""
        first = normalize_key(raw.text).split()[0]
        for r in ent.raws:
            words = normalize_key(self.raws[r].text).split()
            if self.raws[r].kind == "title" and words and words[0] == first:
                if any(w.lstrip("ول") in (raw.head, "ال" + raw.head) for w in words[1:]):
                    return True
        return False

    def _person_role(self, i: int) -> None:
        raw = self.raws[i]
        fits = [e for e in range(len(self.work.entities)) if self._compatible(raw, e)]
        if raw.of is not None and any(self._same_of(raw, e) for e in fits):
            # «الوزير السوري» after «وزير الطاقة السوري X» and «وزير المياه Y»: X, whose title
            # names the country, not the more recent minister whose affiliation is unknown
            fits = [e for e in fits if self._same_of(raw, e)]
        elif raw.of is None and raw.title is not None and len(raw.title.key.split()) > 1:
            # «وزير الداخلية» after «… X وزير الداخلية» and «Y … وزير الداخلية بدولة الكويت»:
            # the unqualified title is the holder whose same title names no other country
            home = [e for e in fits if self._unqualified(raw, e)]
            fits = home if home and len(home) < len(fits) else fits
        before = [e for e in fits if self._last_seen(e, raw.ws) >= 0]
        if before:
            self._join(i, self._salient(before, raw.ws))
        elif len(fits) == 1 and (raw.of is not None or self._same_title(raw, fits[0])):
            # a headline «ولي العهد: …» before «الأمير X ولي العهد» in the body: the only holder
            self._join(i, fits[0])
        elif not fits:
            self._kb_role_holder(i)  # «الرئيس التونسي» with nobody in the text: the KB's holder

    def run(self) -> None:
        self.names()
        self.titles()
        self.counterpart_holders()
        self.roles()
        for ent in self.work.entities:
            ent.key = provisional_entity_key(ent, self.raws)


def provisional_entity_key(ent: Entity, raws: list[Raw]) -> str:
    """Entity -> its KB id when it has exactly one candidate, else a local key (longest name)."""
    if len(ent.cand_ids) == 1:
        return next(iter(ent.cand_ids))
    names = [raws[r] for r in ent.raws if raws[r].kind == "name"] or [raws[r] for r in ent.raws]
    best = max(
        names, key=lambda r: (len((r.of_label or r.name).split()), len(r.of_label or r.name))
    )
    return local_key(ent.type, best.of_label or best.name or best.text)
