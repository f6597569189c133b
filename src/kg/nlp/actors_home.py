"""The article's own country for bare government words (mixed into
:class:`kg.nlp.actors_resolve.Resolver`).

Guideline: «المملكة»/«السلطنة» alone is a Country mention of the state meant, and bare
«الحكومة» (also «الحكومة الاتحادية») one of the article's country. When ``_org_role`` finds no
named body with that head before it:

- ``home_country()``: the country of the first place named in the article's opening words (its
  date line: «عمّان - بترا» -> Jordan), from the KB;
- ``_kb_role_holder(i)``: a role naming a country's office with no holder in the text («الرئيس
  التونسي», «وزير الخارجية الأمريكي») -> the one current KB holder of exactly that title for
  that country;
- ``_bare_government(i)``: «الحكومة» -> the home country; «المملكة»/«السلطنة» -> the home country
  if it is a state of that kind (a KB name «المملكة …»/«سلطنة …»), else the one last named before
  it, else the only one named in the article. The role becomes a Country mention of it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kg.nlp.actors_work import Raw
from kg.text.normalize import normalize_key

#: words from the start of the article within which the date line's place is looked for
_DATELINE_WORDS = 40
#: «المملكة» / «السلطنة» alone: the state of that kind meant (its KB names open with the head)
STATE_HEADS = frozenset({normalize_key("مملكة"), normalize_key("سلطنة")})
GOVERNMENT_HEAD = normalize_key("حكومة")
#: title categories whose bare holder («الملك», «العاهل») is the home country's, if the KB knows it
_HOME_OFFICES = frozenset({"monarch"})
#: organisation pattern subtypes whose bare head («البرلمان») is the home country's body
HOME_BODIES = frozenset({"parliament"})


#: offices named completely by several title wordings («رئيس مجلس الوزراء» = «رئيس الحكومة»)
_ONE_OFFICE = frozenset({"prime_minister", "deputy_prime_minister"})


def same_office(lex: Any, key: str, other: str) -> bool:
    """Two lexicon title keys of several words each -> True when they name one head of
    government's office (same English title and category: «رئيس مجلس الوزراء», «رئيس
    الحكومة», «رئيس الوزراء»); a spokesperson's or deputy's title needs its body to compare."""
    a, b = lex.titles.get(key), lex.titles.get(other)
    if a is None or b is None or " " not in key or " " not in other:
        return False
    return a.category in _ONE_OFFICE and a.title_en == b.title_en and a.category == b.category


@lru_cache(maxsize=8)
def kb_title_holders(kb: Any, lex: Any) -> dict[tuple[str, str], list[str]]:
    """KB -> (affiliation id, title key) -> ids of the people holding that title now (built
    once per KB)."""
    found: dict[tuple[str, str], list[str]] = {}
    for entry in kb:
        if entry.type != "Person":
            continue
        for p in entry.positions:
            t = lex.title_of(p.title_ar) if p.end is None and p.of else None
            if t is not None and entry.id not in found.setdefault((p.of, t.key), []):
                found[(p.of, t.key)].append(entry.id)
    return found


class HomeCountry:
    """Needs the resolver's ``raws``, ``work``, ``kb``, ``lex``, ``by_id``, ``aff_id``, ``_new``,
    ``_join`` and ``_last_seen``."""

    raws: list[Raw]
    work: Any
    kb: Any
    by_id: dict[str, int]
    _home: tuple[str | None] | None = None  # the home country, once found

    def home_country(self) -> str | None:
        """KB id of the country of the first place named in the article's opening words
        (found once per resolver)."""
        if self.kb is None:
            return None
        if self._home is None:
            self._home = (self._find_home(),)
        return self._home[0]

    def _find_home(self) -> str | None:
        for raw in sorted(self.raws, key=lambda r: r.ws):
            if raw.ws >= _DATELINE_WORDS:
                break
            if raw.hidden or raw.type != "Place" or not raw.cands:
                continue
            entry = raw.cands[0].entry
            if entry.country and self.kb.get(entry.country) is not None:
                return entry.country
        return None

    def _kb_role_holder(self, i: int) -> None:
        raw = self.raws[i]
        target = self.aff_id(raw.of)
        if target is None and raw.of is None and raw.category in _HOME_OFFICES:
            target = self.home_country()  # «جلالة الملك» in a Rabat date-lined article
        if self.kb is None or raw.title is None or target is None or target.startswith("e"):
            return
        holders = kb_title_holders(self.kb, self.lex).get((target, raw.title.key), [])
        if len(holders) != 1:
            return
        kid = holders[0]
        if kid in self.by_id:
            self._join(i, self.by_id[kid])
        else:
            self.by_id[kid] = self._new(i, {kid})

    def _kingdom(self, kid: str, head: str) -> bool:
        entry = self.kb.get(kid) if self.kb is not None else None
        if entry is None or entry.type != "Country":
            return False
        names = [normalize_key(n) for n in (entry.label_ar, *entry.aliases_ar)]
        return any(n.startswith((head + " ", "ال" + head + " ")) for n in names)

    def _country_entities(self) -> dict[str, int]:
        return {
            next(iter(ent.cand_ids)): e
            for e, ent in enumerate(self.work.entities)
            if ent.type == "Country" and len(ent.cand_ids) == 1
        }

    def _bare_government(self, i: int, kingdom: bool, head: str = "") -> bool:
        """An unresolved «الحكومة»/«المملكة»/«السلطنة» -> a Country mention of the article's
        country (True), or nothing known (False)."""
        raw = self.raws[i]
        home = self.home_country()
        target = home
        if kingdom and (home is None or not self._kingdom(home, head)):
            countries = {
                k: e for k, e in self._country_entities().items() if self._kingdom(k, head)
            }
            before = [k for k, e in countries.items() if self._last_seen(e, raw.ws) >= 0]
            pool = before or list(countries)
            target = (
                max(pool, key=lambda k: self._last_seen(countries[k], raw.ws))
                if len(pool) >= 1 and (before or len(pool) == 1)
                else None
            )
        if target is None:
            return False
        raw.type = "Country"
        e = self._country_entities().get(target)
        if e is not None:
            self._join(i, e)
        else:
            self.by_id[target] = self._new(i, {target})
        return True

    def _home_body(self, i: int, kb_subtype: str | None) -> bool:
        """A bare body word («البرلمان») with no body of that head or kind before it -> the home
        country's one KB body of that subtype (its legislature), if any."""
        home = self.home_country()
        if home is None or kb_subtype is None or self.kb is None:
            return False
        found = _bodies_of(self.kb).get((home, kb_subtype), [])
        if len(found) != 1:
            return False
        kid = found[0]
        if kid in self.by_id:
            self._join(i, self.by_id[kid])
        else:
            self.by_id[kid] = self._new(i, {kid})
        return True


@lru_cache(maxsize=8)
def _bodies_of(kb: Any) -> dict[tuple[str, str], list[str]]:
    """KB -> (country id, organisation subtype) -> ids (built once per KB)."""
    found: dict[tuple[str, str], list[str]] = {}
    for e in kb:
        if e.type == "Organization" and e.country and e.subtype:
            found.setdefault((e.country, e.subtype), []).append(e.id)
    return found
