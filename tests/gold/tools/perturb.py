"""Gold sets with every person renamed: a development measure that memorised names cannot win.

Usage::

    python tests/gold/tools/perturb.py --seed 1 --out /tmp/pert dev dev2 ...

For each gold article of each SET (``tests/gold/<SET>/*.json``) writes
``OUT/<SET>/articles/<id>.txt`` (the article with every Person entity renamed) and
``OUT/<SET>/<id>.json`` (the same gold with every offset recomputed), scorable with
``kg evaluate OUT/<SET> OUT/<SET>/articles/*.txt``.

Renaming (per article, seeded by ``--seed``, the set and the article id):

- the words of a Person label are classified: a given name (first word, a word of
  ``src/kg/nlp/lexicons/given_names.tsv``, the word after بن/ابن/بنت/ولد/أبو) -> another given
  name of the same gender (the article's agreement: «قالت», «مؤكدةً», «الوزيرة»; without
  it the list's gender column, then ة- or ا-final unlisted names are female); a spaced
  «عبد X» -> «عبد Y»; particles (بن، أبو، آل، ولد…) and regnal ordinals
  («الثاني») are kept; any other word is a family name -> an invented family name of the same
  shape (with or without ال, nisba ي-final or not) built from a seeded root and a pattern of
  ``perturb_names.tsv``, never a word of the KB (every alias), of a lexicon, of the seed
  articles or of the article itself;
- a gold mention of the person is rewritten when a word of it is a word of the label
  (normalised, or the same consonant skeleton: spelling variants «سيرجي»/«سيرغي»); its other
  words are renamed by the same rules («فيصل بن فرحان بن عبدالله»). Mentions without a label
  word (roles: «الوزير», «نظيره الأميركي»; nicknames) stay, listed in
  ``OUT/<SET>/kept_mentions.txt``. Entities whose label is a role («رئيس مجلس النواب») or with
  no name mention are not renamed. Proclitics are outside spans and stay as written; a
  mention after «لل» drops the new word's ال like the original;
- every span (mentions, boilerplate, statements and their cues, events) goes through an
  old -> new offset map; speaker / about / participant labels of renamed people become the new
  label, with ``label_en`` and ``wikidata`` set to null.

After writing, every span is re-checked against the new text (the old surface with the renamed
words substituted) and the file is reloaded with ``kg.evaluate.load_gold``; any mismatch raises.
The unseen measures (``heldout``, ``dev20`` and later) are refused.
"""

from __future__ import annotations

import argparse
import bisect
import copy
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.text.normalize import normalize_key

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold"
DATA = Path(__file__).with_name("perturb_names.tsv")
GIVEN = ROOT / "src" / "kg" / "nlp" / "lexicons" / "given_names.tsv"
LEXICONS = ROOT / "src" / "kg" / "nlp" / "lexicons"
SEEDS = ROOT / "seeds"

#: sets that are unseen measures: never perturbed (never read)
_FORBIDDEN = re.compile(r"^(heldout.*|dev(2[0-9]|[3-9][0-9]|\d{3,}))$")
_WORD = re.compile(r"[^\s_]+")
_VOWELS = str.maketrans("غقكگ", "جججج", "اويىء")
KINDS = ("Person",)


class PerturbError(RuntimeError):
    """A gold article could not be perturbed consistently (a self-check failed)."""


def norm(word: str) -> str:
    """A word -> its matching key (``kg`` normalisation)."""
    return normalize_key(word)


def skeleton(word: str) -> str:
    """A word -> its normalised consonant skeleton (long vowels dropped, g-letters merged)."""
    return norm(word).translate(_VOWELS)


@dataclass
class NameData:
    """Resources of the renamer: given names by gender, patterns, blocked words."""

    given: dict[str, str]  # normalised given name -> gender m/f
    given_by_gender: dict[str, list[str]]
    letters: str
    patterns: dict[str, list[str]]
    abd: list[str]
    particles: frozenset[str]
    ordinals: frozenset[str]
    blocked: frozenset[str]  # normalised words never used as invented family names


@cache
def name_data() -> NameData:
    """The data file, the given-name list, the KB and lexicons -> :class:`NameData`."""
    rows: dict[str, list[str]] = {}
    for ln in DATA.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#") or ln.startswith("kind\t"):
            continue
        kind, value = ln.split("\t", 1)
        rows.setdefault(kind, []).append(value.strip())
    given: dict[str, str] = {}
    fixes = dict(
        v.split("\t") for v in rows.get("gender", [])
    )  # list entries with the wrong gender
    by_gender: dict[str, list[str]] = {"m": [], "f": []}
    for ln in GIVEN.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#") or ln.startswith("name\t"):
            continue
        name, gender = (ln.split("\t") + [""])[:2]
        name, gender = name.strip(), gender.strip()
        if gender not in by_gender or not name:
            continue
        gender = fixes.get(name, gender)
        given.setdefault(norm(name), gender)
        if " " not in name and name != "عبد":
            by_gender[gender].append(name)
    blocked: set[str] = {norm(w) for w in rows.get("common", [])}
    blocked |= set(given)
    from kg.kb import default_kb

    kb = default_kb()
    for e in kb:
        names = (e.label_ar, *e.aliases_ar, *e.ambiguous_aliases_ar, *e.adjectives_ar)
        for n in names:
            blocked.update(norm(w) for w in n.split())
    for key in kb.keys():
        blocked.update(key.split())
    for f in sorted(LEXICONS.glob("*.tsv")):
        for w in _WORD.findall(f.read_text(encoding="utf-8")):
            blocked.add(norm(w))
    if SEEDS.is_dir():
        for f in sorted(SEEDS.glob("*.txt")):
            blocked.update(norm(w) for w in _WORD.findall(f.read_text(encoding="utf-8")))
    pats = {k[len("pattern_") :]: v for k, v in rows.items() if k.startswith("pattern_")}
    return NameData(
        given=given,
        given_by_gender=by_gender,
        letters=rows["letters"][0],
        patterns=pats,
        abd=rows["abd"],
        particles=frozenset(norm(w) for w in rows["particle"]),
        ordinals=frozenset(norm(w) for w in rows["ordinal"]),
        blocked=frozenset(blocked),
    )


@dataclass
class Renamer:
    """Per-article consistent word mapping (seeded): old word (class, key) -> new word."""

    rng: random.Random
    taken: set[str]  # normalised words of the article and words already produced
    mapping: dict[tuple[str, str], str] = field(default_factory=dict)

    def given(self, word: str, gender: str) -> str:
        """A given name -> another given name of ``gender`` (same one for the same word)."""
        key = ("g" + gender, norm(word))
        if key not in self.mapping:
            al = word.startswith("ال")  # «الهاشمي», «الحسين» only for a given name with ال
            pool = [
                n
                for n in name_data().given_by_gender[gender]
                if norm(n) not in self.taken and n.startswith("ال") == al
            ]
            new = self.rng.choice(pool)
            self.taken.add(norm(new))
            self.mapping[key] = new
        return self.mapping[key]

    def abd(self, word: str) -> str:
        """The X of «عبد X» -> another divine name Y."""
        key = ("abd", norm(word))
        if key not in self.mapping:
            pool = [n for n in name_data().abd if norm(n) != norm(word)]
            self.mapping[key] = self.rng.choice(pool)
        return self.mapping[key]

    def family(self, word: str) -> str:
        """A family name -> an invented one of the same shape (ال or not, nisba or not)."""
        key = ("f", norm(word))
        if key in self.mapping:
            return self.mapping[key]
        nd = name_data()
        al = word.startswith("ال") and len(word) > 3
        nisba = word.endswith("ي") and len(word) > 3
        shape = ("al_" if al else "") + ("nisba" if nisba else "") if (al or nisba) else "plain"
        if shape == "al_":
            shape = "al"
        for _ in range(10000):
            root = self.rng.sample(nd.letters, 3)
            if al and root[0] == "ل":
                continue
            new = self.rng.choice(nd.patterns[shape])
            for i, ch in enumerate(root, 1):
                new = new.replace(str(i), ch)
            k = norm(new)
            if k in nd.blocked or k in self.taken or (al and k[2:] in nd.blocked):
                continue
            self.taken.add(k)
            self.mapping[key] = new
            return new
        raise PerturbError(f"no invented family name left for {word!r}")


def gender_of(word: str) -> str:
    """A first given name -> m/f (the given-name list; else ة- or ا-final = f: «تانيا»)."""
    g = name_data().given.get(norm(word))
    if g:
        return g
    return "f" if word.endswith(("ة", "ا")) else "m"


_HARAKAT = re.compile(r"[\u064b-\u0652\u0640]")
#: masculine cues that end in ت like a feminine verb («لفت»)
_MASC_T = frozenset(normalize_key(w) for w in ("لفت", "ثبت", "أثبت", "صمت", "سكت", "التفت"))


def gender_in_text(ent: dict, doc: dict, text: str) -> str | None:
    """A Person entity -> m/f from the article's agreement (cues of its statements: «قالت»,
    «مؤكدةً» vs «قال»; its role mentions: «الوزيرة» vs «الوزير»), None without evidence."""
    votes: Counter[str] = Counter()
    for st in doc["statements"]:
        sp = st.get("speaker")
        if not sp or sp.get("label") != ent["label"]:
            continue
        cue = _HARAKAT.sub("", st.get("cue", "")).strip()
        if len(cue) < 3:
            continue
        fem = cue.endswith(("ت", "ة")) and norm(cue) not in _MASC_T
        votes["f" if fem else "m"] += 1
    words = {norm(w) for w in ent["label"].split()}
    for s, e in ent["mentions"]:
        toks = _WORD.findall(text, s, e)
        if (
            toks
            and norm(toks[0]) not in words
            and norm(toks[0]) in _title_words() | {norm(t + "ة") for t in _title_words()}
        ):
            votes["f" if toks[0].endswith("ة") else "m"] += 1
    if votes["f"] != votes["m"]:
        return "f" if votes["f"] > votes["m"] else "m"
    return None


def rename_label(label: str, rn: Renamer, gender: str | None = None) -> list[tuple[str, str]]:
    """A person label (and its gender when known from the text) -> (old word, new word) for
    each of its words, in order."""
    nd = name_data()
    words = label.split()
    out: list[tuple[str, str]] = []
    i = 0
    gender = gender or (gender_of(words[0]) if words else "m")
    after_particle = False
    while i < len(words):
        w = words[i]
        k = norm(w)
        if k == norm("عبد") and i + 1 < len(words):
            out += [(w, w), (words[i + 1], rn.abd(words[i + 1]))]
            i += 2
            after_particle = False
            continue
        if i > 0 and (k in nd.particles or k in nd.ordinals):
            out.append((w, w))
            after_particle = k in nd.particles and k != norm("آل")
        elif k in nd.particles and len(words) > 1:  # «أبو X» kunya, «آل X»
            out.append((w, w))
            after_particle = k != norm("آل")
        elif i == 0 and len(words) > 1:
            out.append((w, rn.given(w, gender)))
        elif after_particle and not w.startswith("ال"):
            out.append((w, rn.given(w, "m")))  # a father's name
            after_particle = False
        elif k in nd.given and not w.startswith("ال"):
            # a patronym (male) or the second part of a woman's compound name («ماريا تيريزا»)
            out.append((w, rn.given(w, "f" if gender == "f" == nd.given[k] else "m")))
        else:
            out.append((w, rn.family(w)))
        i += 1
    return out


@cache
def _title_words() -> frozenset[str]:
    """Words of the title and role lexicons (a label opening with one is a role, not a name)."""
    out: set[str] = set()
    for name in ("titles.tsv", "role_nouns.tsv"):
        for ln in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
            if ln.strip() and not ln.startswith("#"):
                out.update(norm(w) for w in ln.split("\t")[0].split())
    return frozenset(out - set(name_data().given) - {norm("باسم")})


def is_name(ent: dict, text: str) -> bool:
    """A Person entity -> True when its label is a name (not a role such as «رئيس مجلس
    النواب») and one of its mentions is written wholly with the label's words."""
    words = ent["label"].split()
    tail = [w for i, w in enumerate(words[1:]) if words[i] != "عبد"]
    if not words or any(w == "في" or w.startswith(("بال", "لل")) for w in words):
        return False
    if norm(words[0]) in _title_words() and (
        not tail or any(w == "في" or w.startswith(("ال", "بال", "لل")) for w in tail)
    ):
        return False
    keys = {norm(w) for w in words} | {skeleton(w) for w in words if len(norm(w)) >= 4}
    for s, e in ent["mentions"]:
        toks = _WORD.findall(text, s, e)
        if toks and all(
            norm(t) in keys or skeleton(t) in keys or norm("ال" + t) in keys for t in toks
        ):
            return True
    return False


def _word_match(token: str, pairs: list[tuple[str, str]], after_lil: bool) -> str | None:
    """A mention word -> its new form, when it is a word of the label (else None)."""
    for old, new in pairs:
        if norm(token) == norm(old):
            return new
        if after_lil and old.startswith("ال") and norm("ال" + token) == norm(old):
            return new[2:] if new.startswith("ال") else new
    for old, new in pairs:
        if len(norm(old)) >= 4 and skeleton(token) == skeleton(old) and len(skeleton(old)) >= 3:
            return new
    return None


class OffsetMap:
    """Replacement pieces (old start, old end, new text) -> old offset to new offset."""

    def __init__(self, text: str, pieces: list[tuple[int, int, str]]) -> None:
        self.pieces = sorted(set(pieces))
        for (s1, e1, _), (s2, _, _) in zip(self.pieces, self.pieces[1:], strict=False):
            if s2 < e1:
                raise PerturbError(f"overlapping replacements at {s1}-{e1} and {s2}")
        parts, pos = [], 0
        self.starts: list[int] = []
        self.new_starts: list[int] = []
        delta = 0
        for s, e, new in self.pieces:
            parts.append(text[pos:s])
            self.starts.append(s)
            self.new_starts.append(s + delta)
            parts.append(new)
            delta += len(new) - (e - s)
            pos = e
        parts.append(text[pos:])
        self.old = text
        self.new = "".join(parts)

    def __call__(self, o: int) -> int:
        """An old offset (outside or on the edge of a piece) -> the new offset."""
        i = bisect.bisect_right(self.starts, o) - 1
        if i < 0:
            return o
        s, e, new = self.pieces[i]
        if o == s:
            return self.new_starts[i]
        if o < e:
            raise PerturbError(f"offset {o} falls inside a renamed word {s}-{e}")
        return self.new_starts[i] + len(new) + (o - e)

    def expected(self, s: int, e: int) -> str:
        """The old span's text with the pieces inside it substituted (for the self-check)."""
        out, pos = [], s
        for ps, pe, new in self.pieces:
            if ps >= s and pe <= e:
                out += [self.old[pos:ps], new]
                pos = pe
        out.append(self.old[pos:e])
        return "".join(out)


@dataclass
class Result:
    """One perturbed article: gold dict, new text, counts and untouched person mentions."""

    gold: dict
    text: str
    renamed_entities: int = 0
    renamed_mentions: int = 0
    kept_mentions: list[str] = field(default_factory=list)
    extended_mentions: list[str] = field(default_factory=list)


def perturb_article(
    doc: dict, text: str, seed: int, set_name: str, kinds: tuple[str, ...] = KINDS
) -> Result:
    """A gold dict and its article text -> the renamed article and gold (offsets remapped)."""
    rng = random.Random(f"perturb:{seed}:{set_name}:{doc['article']}")
    rn = Renamer(rng, {norm(w) for w in _WORD.findall(text)})
    bp = [tuple(b) for b in doc.get("boilerplate", [])]
    pieces: list[tuple[int, int, str]] = []
    relabel: dict[str, str] = {}
    res = Result(gold={}, text="")
    for ent in doc["entities"]:
        if ent["type"] not in kinds:
            continue
        if not is_name(ent, text):
            continue
        gender = gender_in_text(ent, doc, text)
        pairs = rename_label(ent["label"], rn, gender)
        new_label = " ".join(n for _, n in pairs)
        if new_label == ent["label"]:
            continue
        relabel[ent["label"]] = new_label
        res.renamed_entities += 1
        for s, e in ent["mentions"]:
            if any(bs <= s < be for bs, be in bp):
                raise PerturbError(f"{doc['article']}: person mention {s}-{e} in boilerplate")
            toks = list(_WORD.finditer(text, s, e))
            news = [
                _word_match(t.group(), pairs, t.start() == s and text[max(0, s - 2) : s] == "لل")
                for t in toks
            ]
            if not toks or all(n is None for n in news):
                res.kept_mentions.append(text[s:e])
                continue
            # a name with a word the label lacks («فيصل بن فرحان بن عبدالله»): that word too
            joined = " ".join(t.group() for t in toks)
            extra = rename_label(joined, rn, gender) if None in news else []
            news = [n if n is not None else extra[i][1] for i, n in enumerate(news)]
            if extra:
                res.extended_mentions.append(text[s:e])
            res.renamed_mentions += 1
            for t, n in zip(toks, news, strict=True):
                if n is not None and n != t.group():
                    pieces.append((t.start(), t.end(), n))
    om = OffsetMap(text, pieces)
    g = copy.deepcopy(doc)
    spans: list[tuple[int, int]] = []

    def m(s: int, e: int) -> tuple[int, int]:
        spans.append((s, e))
        return om(s), om(e)

    def ref(r: dict | None) -> dict | None:
        if r and r.get("label") in relabel:
            r = {**r, "label": relabel[r["label"]], "wikidata": None}
            if "label_en" in r:
                r["label_en"] = None
        return r

    g["boilerplate"] = [list(m(s, e)) for s, e in doc.get("boilerplate", [])]
    for ent in g["entities"]:
        ent["mentions"] = [list(m(s, e)) for s, e in ent["mentions"]]
        if ent["label"] in relabel and ent["type"] in kinds:
            ent.update(label=relabel[ent["label"]], label_en=None, wikidata=None)
    for st in g["statements"]:
        st["start"], st["end"] = m(st["start"], st["end"])
        if "cue_start" in st:
            st["cue_start"], st["cue_end"] = m(st["cue_start"], st["cue_end"])
            st["cue"] = om.new[st["cue_start"] : st["cue_end"]]
        if "text" in st:
            st["text"] = om.new[st["start"] : st["end"]]
        st["speaker"] = ref(st.get("speaker"))
        st["about"] = [ref(a) for a in st.get("about", [])]
    for ev in g["events"]:
        ev["start"], ev["end"] = m(ev["start"], ev["end"])
        ev["trigger"] = om.new[ev["start"] : ev["end"]]
        ev["participants"] = [ref(p) for p in ev.get("participants", [])]
    for s, e in spans:
        if om.new[om(s) : om(e)] != om.expected(s, e):
            raise PerturbError(f"{doc['article']}: span {s}-{e} does not map to its new text")
    for (s, e, new), (ts, te) in zip(
        om.pieces, [(om(s), om(e)) for s, e, _ in om.pieces], strict=True
    ):
        if om.new[ts:te] != new:
            raise PerturbError(f"{doc['article']}: renamed word at {s}-{e} is not {new!r}")
    res.gold, res.text = g, om.new
    return res


def check_written(gold_path: Path, original: dict, old_text: str) -> None:
    """A written gold file -> raises unless it loads and every span equals the expected text."""
    from kg.evaluate import load_gold

    load_gold(gold_path)
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    with open(g["file"], encoding="utf-8", newline="") as fh:
        new = fh.read()
    if len(g["entities"]) != len(original["entities"]) or len(g["statements"]) != len(
        original["statements"]
    ):
        raise PerturbError(f"{gold_path}: entity or statement count changed")
    for ge, oe in zip(g["entities"], original["entities"], strict=True):
        renamed = ge["label"] != oe["label"]
        for (ns, ne), (os_, oe_) in zip(ge["mentions"], oe["mentions"], strict=True):
            old_s, new_s = old_text[os_:oe_], new[ns:ne]
            if not renamed and ge["type"] == "Person" and old_s != new_s:
                raise PerturbError(f"{gold_path}: unrenamed mention changed: {old_s!r}")
            if (
                renamed
                and old_s != new_s
                and set(old_s.split())
                & set(new_s.split())
                - {
                    w
                    for w in old_s.split()
                    if norm(w) in name_data().particles | name_data().ordinals
                }
                - {"عبد"}
            ):
                raise PerturbError(f"{gold_path}: {old_s!r} -> {new_s!r} keeps a name word")
    for st, so in zip(g["statements"], original["statements"], strict=True):
        if "text" in st and new[st["start"] : st["end"]] != st["text"]:
            raise PerturbError(f"{gold_path}: statement text mismatch")
        if "cue_start" in st and new[st["cue_start"] : st["cue_end"]] != so["cue"]:
            raise PerturbError(f"{gold_path}: cue {so['cue']!r} moved wrongly")
    for ev, eo in zip(g["events"], original["events"], strict=True):
        if new[ev["start"] : ev["end"]] != eo["trigger"]:
            raise PerturbError(f"{gold_path}: event trigger {eo['trigger']!r} moved wrongly")


def perturb_set(set_name: str, seed: int, out: Path, kinds: tuple[str, ...] = KINDS) -> dict:
    """A gold set name -> files written under ``out/<set>``; returns counts for the log."""
    if _FORBIDDEN.match(set_name) or "/" in set_name or set_name.startswith("."):
        raise SystemExit(f"perturb: refusing {set_name!r} (unseen measure or not a set name)")
    src = GOLD / set_name
    files = sorted(src.glob("*.json"))
    if not files:
        raise SystemExit(f"perturb: no gold files in {src}")
    dest = out / set_name
    (dest / "articles").mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    kept: list[str] = []
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        with open(ROOT / doc["file"], encoding="utf-8", newline="") as fh:
            text = fh.read()
        res = perturb_article(doc, text, seed, set_name, kinds)
        art = dest / "articles" / f"{doc['article']}.txt"
        with open(art, "w", encoding="utf-8", newline="") as fh:
            fh.write(res.text)
        res.gold["file"] = str(art)
        gp = dest / f"{doc['article']}.json"
        gp.write_text(json.dumps(res.gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        check_written(gp, doc, text)
        counts.update(
            articles=1, persons=res.renamed_entities, renamed_mentions=res.renamed_mentions
        )
        counts["kept_mentions"] += len(res.kept_mentions)
        kept += [f"{doc['article']}\t{k}" for k in res.kept_mentions]
        kept += [f"{doc['article']}\t+{k}" for k in res.extended_mentions]
    (dest / "kept_mentions.txt").write_text("".join(k + "\n" for k in kept), encoding="utf-8")
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    """Command line -> 0 after writing every set (raises on any inconsistency)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", metavar="SET")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--kinds", default="Person", help="entity types to rename (only Person)")
    a = ap.parse_args(argv)
    kinds = tuple(k.strip() for k in a.kinds.split(",") if k.strip())
    if set(kinds) - {"Person"}:
        ap.error("--kinds: only Person is supported for now")
    for s in a.sets:
        if _FORBIDDEN.match(s):
            ap.error(f"refusing {s!r}: unseen measures are never perturbed")
    for s in a.sets:
        c = perturb_set(s, a.seed, a.out, kinds)
        print(f"{s}: {c}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
