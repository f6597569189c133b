"""Time expressions -> ISO 8601 (spaCy component ``kg_time``).

``find_times(text, pub_date) -> list[TimeExpr]`` is the pure core; the component writes its result
to ``doc._.kg_times`` (expressions inside ``doc._.kg_boilerplate`` are dropped).

Forms: weekdays, relative days/weeks/months/years (``relative_time.tsv``), counted durations
(«قبل يومين»), parts of the day («فجر الجمعة»), day + month name (Levantine, Egyptian/Gulf,
Maghreb, combined «نيسان/أبريل») + year or modifier, ordinal days («الأول من أيار»), numeric
dates (day first), «عام 2015». Adjacent pieces merge («أمس الاثنين», «أمس 21 تشرين الثاني»).

Values: ``YYYY-MM-DD`` (precision ``day``), ``YYYY-Www`` (ISO week, ``week``), ``YYYY-MM``
(``month``), ``YYYY`` (``year``); None when the expression cannot be resolved (never guessed).

Anchor: the publication date ``pub_date``. When it is None, the first full explicit date (day,
month and year) starting in the first 500 characters (a date line) is the anchor; otherwise only
self-contained dates (with a year) resolve.

Direction of bare weekdays, bare months and day-month dates without a year: the nearest such day
(month) not after the anchor, unless a modifier says otherwise («الماضي» strictly before,
«المقبل» strictly after, «الجاري» the current one) or the clause before it has a future cue
(«سـ» + verb, «سوف», «في وقت لاحق», «المقررة»...), in which case the nearest one not before the
anchor.
Ambiguous relative days («الغد»: also the daily Al-Ghad and "the future") count only after a cue
word («في الغد») or with a part of the day; «اليوم» + an ordinal («اليوم الثاني من المفاوضات») is
no relative day, and «اليوم ذاته/نفسه» (the day just named) stays unresolved. Pieces merge within
one line only (a date line below an outlet name is not merged with it).
Counted durations relative to another event («قبل يومين من ...»), vague ones («منذ أيام») and
«بعد + duration» without a future cue (in past narrative it counts from another event) stay
unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.records import TimeExpr
from kg.nlp.time_lex import TimeLexicon, next_word, prev_word, time_lexicon
from kg.nlp.time_resolve import Resolver, make_date, parse_iso
from kg.text.normalize import normalize

_ANCHOR_WINDOW = 500  # chars: where a date line may give the anchor when pub_date is None
_CUE_WINDOW = 80  # chars before an expression searched for a future cue
_GAP = re.compile(r"[^\S\n]*(?:[،,][^\S\n]*)?")  # adjacent pieces merge within a line
_CLAUSE_END = re.compile(r"[.!?؟\n]")

#: which atom kinds may be followed (and merged) by which
_MERGE = {
    "pod": {"relday", "weekday", "date"},
    "relday": {"weekday", "date"},
    "weekday": {"date"},
}


@dataclass(slots=True)
class _Atom:
    start: int  # normalised offsets
    end: int
    kind: str  # date | month | year | weekday | relday | rel | counted | pod
    value: str | None = None
    precision: str | None = None
    cue: bool = True  # False: ambiguous word with no cue yet (dropped unless merged)


class TimeFinder:
    """Normalised text + anchor -> time expressions (see module docstring for the rules)."""

    def __init__(self, lex: TimeLexicon | None = None) -> None:
        self.lex = lex or time_lexicon()

    # -- cues -------------------------------------------------------------------------------
    def _future(self, t: str, start: int) -> bool:
        lo = max(0, start - _CUE_WINDOW)
        window = t[lo:start]
        ends = [m.end() for m in _CLAUSE_END.finditer(window)]
        if ends:
            window = window[ends[-1] :]
        if self.lex.future_phrase.search(window):
            return True
        for m in self.lex.word.finditer(window):
            w = m.group(1)
            if w.startswith(self.lex.future_prefixes) and len(w) >= 4:
                if not w.startswith(self.lex.not_verb):
                    return True
        return False

    def _blocked(self, t: str, end: int) -> bool:
        return any(t[max(0, end - len(b)) : end] == b for b in self.lex.blocks)

    # -- atoms ------------------------------------------------------------------------------
    def _atoms(self, t: str, res: Resolver) -> list[_Atom]:
        lex = self.lex
        out: list[_Atom] = []
        for m in lex.numeric.finditer(t):
            if m.group("y"):
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
                if mo > 12 >= d:  # «4/12/2017» written month-first: unambiguous swap
                    mo, d = d, mo
            else:
                y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
            dt = make_date(y, mo, d)
            if dt is not None:
                out.append(_Atom(m.start(), m.end(), "date", dt.isoformat(), "day"))
        for m in lex.month_date.finditer(t):
            out.append(self._month_atom(t, m, res))
        for m in lex.day_of_month.finditer(t):
            out.append(self._day_of_month_atom(m, res))
        for m in lex.year.finditer(t):
            g = "core" if m.group("core") else "core2"
            y = m.group("y") or m.group("y2")
            out.append(_Atom(m.start(g), m.end(g), "year", y, "year"))
        for m in lex.weekday.finditer(t):
            key = " ".join(m.group("wd").split())
            mod = m.group("mod")
            direction = lex.modifiers.get(" ".join(mod.split())) if mod else None
            value = res.weekday(lex.weekdays[key], direction, self._future(t, m.start("core")))
            cue = key not in lex.ambiguous_weekdays or bool(m.group("yawm") or mod)
            if not cue:
                cue = self._commas_around(t, m.start("core"), m.end("core"))
            out.append(_Atom(m.start("core"), m.end("core"), "weekday", value, "day", cue))
        for m in lex.rel.finditer(t):
            if self._blocked(t, m.end("core")):
                continue
            key = " ".join(m.group("core").split())
            unit, n, prec = lex.relative[key]
            kind = "relday" if unit == "day" else "rel"
            value = res.relative(unit, n, prec)
            if kind == "relday":
                after = next_word(t, m.end("core"))
                if after in lex.ordinals:  # «اليوم الثاني من المفاوضات», «اليوم السابع»
                    continue
                if after in lex.same_day:  # «اليوم ذاته»: the day just named, not today
                    value = None
            before = prev_word(t, m.start())
            cue = key not in lex.ambiguous_relative or (
                before in lex.anchors or (before[:1] in "وف" and before[1:] in lex.anchors)
            )
            out.append(_Atom(m.start("core"), m.end("core"), kind, value, prec, cue))
        for m in lex.counted.finditer(t):
            out.append(self._counted_atom(m, res, self._future(t, m.start("core"))))
        for m in lex.part_of_day.finditer(t):
            out.append(_Atom(m.start("core"), m.end("core"), "pod", None, None, cue=False))
        return out

    @staticmethod
    def _commas_around(t: str, s: int, e: int) -> bool:
        before = t[:s].rstrip()
        after = t[e:].lstrip()
        return before.endswith(("،", ",")) and after.startswith(("،", ","))

    def _month_atom(self, t: str, m: re.Match, res: Resolver) -> _Atom:
        lex = self.lex
        key = " ".join(m.group("m").split())
        mo = lex.months[key]
        mod = m.group("mod")
        direction = lex.modifiers.get(" ".join(mod.split())) if mod else None
        d = self._day(m)
        s, e = m.start("core"), m.end("core")
        cue = key not in lex.ambiguous_months or bool(
            d or m.group("y") or mod or m.group("shahr") or m.group("m2")
        )
        if m.group("y"):
            y: int | None = int(m.group("y"))
        else:
            y = res.year_for(mo, d, direction, self._future(t, s))
        if d is not None:
            dt = make_date(y, mo, d) if y is not None else None
            value = dt.isoformat() if dt else None
            return _Atom(s, e, "date", value, "day", cue)
        value = f"{y:04d}-{mo:02d}" if y is not None else None
        return _Atom(s, e, "month", value, "month", cue)

    def _day(self, m: re.Match) -> int | None:
        if m.group("d"):
            return int(m.group("d"))
        if m.group("od"):
            return self.lex.ordinals.get(" ".join(m.group("od").split()))
        return None

    def _day_of_month_atom(self, m: re.Match, res: Resolver) -> _Atom:
        """«العاشر من الشهر الجاري» -> that day of the relative month."""
        unit, n, prec = self.lex.relative[" ".join(m.group("rel").split())]
        ym = res.relative(unit, n, prec)
        d = self._day(m)
        dt = make_date(int(ym[:4]), int(ym[5:7]), d) if ym and d else None
        value = dt.isoformat() if dt else None
        return _Atom(m.start("core"), m.end("core"), "date", value, "day")

    def _counted_atom(self, m: re.Match, res: Resolver, future: bool) -> _Atom:
        lex = self.lex
        unit, implied = lex.units[" ".join(m.group("u").split())]
        raw = m.group("n")
        n = None
        if raw:
            n = int(raw) if raw.isdigit() else lex.numbers.get(raw)
        elif implied:
            n = implied
        s, e = m.start("core"), m.end("core")
        prec = unit
        forward = m.group("dir") == "بعد"
        if n is None or m.group("rel_to") or (forward and not future):
            return _Atom(s, e, "counted", None, prec)  # relative to another event, or vague
        sign = 1 if forward else -1
        return _Atom(s, e, "counted", res.relative(unit, sign * n, prec), prec)

    # -- assembly ---------------------------------------------------------------------------
    @staticmethod
    def _dedupe(atoms: list[_Atom]) -> list[_Atom]:
        atoms.sort(key=lambda a: (a.start, -(a.end - a.start)))
        kept: list[_Atom] = []
        for a in atoms:
            if kept and a.start < kept[-1].end:
                continue  # overlapped by an earlier, longer atom
            kept.append(a)
        return kept

    def _merge(self, t: str, atoms: list[_Atom]) -> list[_Atom]:
        out: list[_Atom] = []
        i = 0
        while i < len(atoms):
            group = [atoms[i]]
            j = i + 1
            while j < len(atoms):
                prev, nxt = group[-1], atoms[j]
                gap = t[prev.end : nxt.start]
                if nxt.kind not in _MERGE.get(prev.kind, ()) or _GAP.fullmatch(gap) is None:
                    break
                if nxt.kind == "date" and nxt.precision != "day":
                    break
                group.append(nxt)
                j += 1
            out.append(self._combine(group))
            i = j
        return [a for a in out if a.cue and a.kind != "pod"]

    @staticmethod
    def _combine(group: list[_Atom]) -> _Atom:
        if len(group) == 1:
            return group[0]
        value = None
        for kind in ("date", "relday", "weekday"):
            value = next((a.value for a in group if a.kind == kind and a.value), None)
            if value is not None:
                break
        kind = "date" if any(a.kind == "date" for a in group) else group[-1].kind
        return _Atom(group[0].start, group[-1].end, kind, value, "day", True)

    def find(self, text: str, pub_date: str | None) -> list[TimeExpr]:
        """Original ``text`` + publication date (ISO or None) -> ordered :class:`TimeExpr` list."""
        norm = normalize(text)
        t = norm.text
        anchor = parse_iso(pub_date)
        if anchor is None:
            anchor = self._anchor_from_text(t)
        atoms = self._merge(t, self._dedupe(self._atoms(t, Resolver(anchor))))
        out = []
        for a in atoms:
            s, e = norm.to_original(a.start, a.end)
            out.append(
                TimeExpr(start=s, end=e, text=text[s:e], value=a.value, precision=a.precision)
            )
        return out

    def _anchor_from_text(self, t: str) -> date | None:
        head = t[: _ANCHOR_WINDOW + 40]
        atoms = self._dedupe(self._atoms(head, Resolver(None)))
        for a in atoms:
            if a.start < _ANCHOR_WINDOW and a.precision == "day" and a.value:
                return parse_iso(a.value)
        return None


_FINDER: TimeFinder | None = None


def find_times(text: str, pub_date: str | None) -> list[TimeExpr]:
    """Pure entry point: original text + publication date -> time expressions."""
    global _FINDER
    if _FINDER is None:
        _FINDER = TimeFinder()
    return _FINDER.find(text, pub_date)


class TimeComponent:
    """spaCy component: ``doc._.kg_article`` (date) + text -> ``doc._.kg_times``."""

    def __init__(self) -> None:
        self.finder = TimeFinder()

    def __call__(self, doc: Doc) -> Doc:
        art = doc._.kg_article
        pub = art.pub_date if art is not None else None
        text = art.text if art is not None else doc.text  # same string; doc.text is rebuilt
        times = self.finder.find(text, pub)
        boiler = [(r[0], r[1]) for r in (doc._.kg_boilerplate or [])]
        doc._.kg_times = [
            te for te in times if not any(bs <= te.start and te.end <= be for bs, be in boiler)
        ]
        return doc


@Language.factory("kg_time", assigns=["doc._.kg_times"], default_config={})
def make_time(nlp: Language, name: str) -> TimeComponent:
    """Factory of the ``kg_time`` component."""
    return TimeComponent()
