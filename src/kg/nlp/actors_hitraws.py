"""KB hits as raw mentions (mixed into :class:`kg.nlp.actors_names.NameScanner`).

- ``_hit_raw(hit, hidden)``: a gazetteer hit -> a raw mention (a metonym typed as such, a
  country in a list of states read even when its name is also a common word);
- ``government_as_country(raw)`` / ``armed_as_country(raw)``: a KB government («الحكومة
  الروسية») is a mention of its country, and a KB army named head + nationality adjective
  («الجيش الأمريكي») gives the adjective as a Country mention (guideline);
- ``_ruler_inside(hit)``: «حكومة طالبان» also mentions the ruler.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.actors_gaz import Hit, hit_raws
from kg.nlp.actors_work import Raw


class HitRaws:
    """Needs ``w``, ``hits``, ``raws``, ``norm``, ``text``, ``lex``, ``kb``, ``_add``, ``_span``."""

    w: list[Any]
    hits: dict[int, Hit]
    raws: list[Raw]
    norm: Any
    text: str
    lex: Any
    kb: Any

    _add: Any  # (raw) -> index in ``raws``
    _span: Any  # (ws, we) -> (start, end, surface)

    def _hit_raw(self, hit: Hit, hidden: bool) -> int | None:
        listed = self._in_country_list(hit)  # «وزراء خارجية مالي وبوركينا فاسو»
        raws = [
            r
            for r in hit_raws(hit, self.w, self.norm, self.text, self.lex, listed)
            if r.kind != "metonym"
        ]
        if not raws:
            return None
        raw = self.government_as_country(raws[0])
        if hit.kinds() >= {"metonym"} and raw.type not in ("Country", "Organization"):
            raw = Raw(
                raw.start,
                raw.end,
                raw.ws,
                raw.we,
                "metonym",
                raw.type,
                raw.text,
                tuple(c for c in hit.cands if c.kind == "metonym"),
                raw.name,
            )
        raw.hidden = hidden
        idx = self._add(raw)
        if not hidden:
            self._ruler_inside(hit)
        return idx

    def _in_country_list(self, hit: Hit) -> bool:
        """A country name coordinated with another country («مالي والنيجر», «النيجر ومالي»,
        «تشاد، مالي»): a list of states, not the common word."""
        nxt = self.hits.get(hit.we)
        if nxt is not None and nxt.prefix == 1 and self.w[hit.we].text.startswith("و"):
            if nxt.cands[0].entry.type == "Country" and not all(c.ambiguous for c in nxt.cands):
                return True
        return any(
            r.we == hit.ws and r.type == "Country" and r.kind == "name" and not r.ambiguous
            for r in self.raws[-2:]
        )

    def _ruler_inside(self, hit: Hit) -> None:
        """A KB government named after its ruler («حكومة طالبان», like «نظام الأسد») also
        mentions the ruler: the words after the head, when they are a KB name."""
        if hit.we - hit.ws < 2 or hit.prefix or hit.cands[0].entry.subtype != "government":
            return
        rest = " ".join(w.text for w in self.w[hit.ws + 1 : hit.we])
        cands = [
            c
            for c in self.kb.lookup(rest)
            if c.kind in ("label", "alias") and c.entry.type in ("Person", "Organization")
        ]
        if cands and self.kb is not None:
            inner = Hit(hit.ws + 1, hit.we, 0, rest, cands)
            for raw in hit_raws(inner, self.w, self.norm, self.text, self.lex):
                self._add(raw)

    def government_as_country(self, raw: Raw) -> Raw:
        """A KB government («الحكومة الروسية», «النظام السوري») -> a mention of its country
        (guideline: government phrases are Country mentions spanning the whole phrase)."""
        if raw.kind != "name" or raw.type != "Organization" or not raw.cands:
            return raw
        entry = raw.cands[0].entry
        if entry.subtype != "government" or not entry.country or len(raw.cands) > 1:
            return raw
        country = self.kb.get(entry.country)
        if country is None or country.type != "Country":
            return raw
        if entry.label_en != f"Government of {country.label_en}":
            return raw  # a regional government («حكومة إقليم كردستان») is an organisation
        raw.type, raw.name = "Country", country.label_ar
        raw.cands = tuple(c for c in self.kb.lookup(country.label_ar) if c.entry.id == country.id)
        return raw

    def armed_as_country(self, raw: Raw) -> Raw:
        """«الجيش الأمريكي», «القوات الإسرائيلية» (a KB armed force named by head + nationality
        adjective) -> the adjective as a mention of the country (guideline); named bodies
        («الجيش العربي السوري», «جيش الاحتلال») stay organisations."""
        if raw.kind != "name" or raw.type != "Organization" or raw.we - raw.ws != 2:
            return raw
        entry = raw.cands[0].entry if raw.cands else None
        if entry is None or entry.subtype != "armed_forces" or not entry.country:
            return raw
        last = self.w[raw.we - 1].text
        adj = [c for c in self.kb.lookup(last) if c.kind == "adjective"]
        if not adj or adj[0].entry.id != entry.country:
            return raw
        s, e, surface = self._span(raw.we - 1, raw.we)
        return Raw(s, e, raw.we - 1, raw.we, "adjective", "Country", surface, tuple(adj), last)
