"""Site chrome in scraped news text: ``find_boilerplate(text) -> list[Region]``.

Regions are half-open spans of the ORIGINAL text, one per run of chrome lines of one kind:
``tags | related | donation | share | caption | section | signature``. They come from the
LAYOUT of the page (lines, their length and punctuation, their place before or after the body)
and from the markers of ``data/boilerplate_markers.tsv`` (marker, kind, scope; see its header),
never from sentences of known articles.

Line classes: a *content* line has non-space text; a *body* line is a paragraph (>= 12 words
and sentence punctuation, or >= 25 words). Passes, in order:

1. markers: ``line`` / ``any`` mark the line; ``block`` marks it and the short headline-like
   lines after it; ``tail`` marks everything from it to the end of the text when it comes after
   a body paragraph and less text follows than precedes it (otherwise it acts as ``block``);
2. sections: among the first content lines, before the body, a short line (<= 4 words, no
   punctuation) made of ``lead`` marker words and nisba adjectives (``الأخبار السياسية``), or a
   breadcrumb (``أخبار > سوريا``), followed by further content;
3. captions: a short unpunctuated line (not the headline) ending in a ``(credit)`` of 1-4 words;
4. signatures: after the last body paragraph, short lines (<= 3 words, no sentence punctuation)
   before the end or the next chrome (``سيريانيوز``, ``وكالات``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from kg.text.clitics import strip_clitics
from kg.text.normalize import normalize_key
from kg.text.resources import load_tsv

KINDS = ("tags", "related", "donation", "share", "caption", "section", "signature")
SHORT_LINE = 12  # words: longest line a line/block marker may mark
TINY_LINE = 4  # words: a marker anywhere in a line this short counts
SIGNATURE_LINE = 3

_END_PUNCT_RE = re.compile(r"[.!?؟]\W*$")
_SENT_PUNCT_RE = re.compile(r"[.!?؟،,؛]")
_CREDIT_RE = re.compile(r"\(([^()\d]{2,40})\)\W*$")
_BREADCRUMB_RE = re.compile(r"\s*[>›»/|]\s*")
_COLON_RE = re.compile(r"\s+:")
_QUOTE_RE = re.compile(r"[\"«»“”]")


class Region(NamedTuple):
    """A chrome region ``[start, end)`` of the original text and its kind."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class _Marker:
    key: str
    kind: str
    scope: str


@dataclass(frozen=True, slots=True)
class _MarkerSet:
    by_key: dict[str, _Marker]
    all_rx: re.Pattern[str]  # every marker, longest first
    end_rx: re.Pattern[str]  # every marker, at the end of the line
    any_rx: re.Pattern[str]  # markers of scope "any" (they mark lines of any length)
    lead: frozenset[str]  # section words


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    key: str
    words: int
    body: bool
    kind: str | None = None


def _alternation(marks: list[tuple[str, bool]], suffix: str = "") -> re.Pattern[str]:
    """(key, open_end) pairs -> one regex, longest key first, word start required."""
    alts = []
    for key, open_end in sorted(marks, key=lambda m: -len(m[0])):
        tail = "" if open_end or not key[-1:].isalnum() else r"(?![^\W_])"
        alts.append(re.escape(key) + tail)
    return re.compile(r"(?<![^\W_])(?:" + ("|".join(alts) or r"(?!x)x") + ")" + suffix)


@cache
def _markers() -> _MarkerSet:
    """The marker file, compiled (a marker ending in ``*`` may run on into more letters)."""
    by_key: dict[str, _Marker] = {}
    pats: list[tuple[str, bool]] = []
    lead: set[str] = set()
    for row in load_tsv("boilerplate_markers.tsv"):
        raw = row["marker"]
        key = normalize_key(raw.rstrip("*")).casefold()
        if row["kind"] not in KINDS:
            raise ValueError(f"boilerplate_markers.tsv: unknown kind {row['kind']!r}")
        if row["scope"] == "lead":
            lead.add(key)
            continue
        by_key[key] = _Marker(key, row["kind"], row["scope"])
        pats.append((key, raw.endswith("*")))
    any_pats = [p for p in pats if by_key[p[0]].scope == "any"]
    return _MarkerSet(
        by_key,
        _alternation(pats),
        _alternation(pats, r"(?=[\W_]*$)"),
        _alternation(any_pats),
        frozenset(lead),
    )


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            key = _COLON_RE.sub(":", normalize_key(stripped).casefold())
            words = len(key.split())
            body = words >= 25 or (words >= 12 and bool(_SENT_PUNCT_RE.search(stripped)))
            out.append(_Line(start, start + len(stripped), stripped, key, words, body))
        pos += len(raw) + 1
    return out


def _match(line: _Line) -> _Marker | None:
    """The marker that marks this line, if any: at its start, or anywhere in a tiny line."""
    ms = _markers()
    full_stop = line.text.endswith(".") and not line.text.endswith("..")
    if line.words > SHORT_LINE or full_stop:
        hit = ms.any_rx.match(line.key)
    else:
        hit = ms.all_rx.match(line.key)
        if hit is None and line.words <= TINY_LINE:
            hit = ms.end_rx.search(line.key)
    return ms.by_key[hit.group()] if hit is not None else None


def _headline_like(line: _Line) -> bool:
    return not line.body and line.words <= 15 and not line.text.endswith(".")


def _is_section(line: _Line) -> bool:
    if line.words > TINY_LINE * 2 or _END_PUNCT_RE.search(line.text):
        return False
    lead = _markers().lead
    parts = [normalize_key(p).casefold().split() for p in _BREADCRUMB_RE.split(line.text)]
    parts = [p for p in parts if p]
    if len(parts) >= 2 and not any(c.isdigit() for c in line.text):
        # a breadcrumb: short items, one of them a section word
        return all(len(p) <= 3 for p in parts) and any(
            st in lead for p in parts for w in p for _, st in strip_clitics(w)
        )
    if line.words > TINY_LINE:
        return False
    words = [w for w in line.key.split() if w != "و"]
    stems = [[stem for _, stem in strip_clitics(w)] for w in words]
    if not any(st in lead for cands in stems for st in cands):
        return False
    # every word is a section word or a nisba adjective (الاخبار السياسيه, عربي ودولي)
    return all(
        any(st in lead or (len(st) >= 4 and st.endswith(("ي", "يه"))) for st in cands)
        for cands in stems
    )


def _apply_markers(lines: list[_Line], headline: int) -> None:
    """Marker pass: set ``kind`` on marked lines, their blocks and tails.

    Line ``headline`` takes a line-scope marker only when it is the marker alone.
    """
    body_seen = 0  # characters of body text before line i
    after = [0] * (len(lines) + 1)  # characters of content after line i
    for k in range(len(lines) - 1, -1, -1):
        after[k] = after[k + 1] + (
            lines[k + 1].end - lines[k + 1].start if k + 1 < len(lines) else 0
        )
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = _match(ln) if ln.kind is None else None
        if m is not None and i == headline and m.scope == "line" and ln.key.rstrip(":") != m.key:
            m = None
        if m is None:
            if ln.body:
                body_seen += ln.end - ln.start
            i += 1
            continue
        ln.kind = m.kind
        scope = m.scope
        if scope == "tail" and not (body_seen and after[i] <= body_seen):
            scope = "block"
        if scope == "tail":
            _mark_tail(lines[i + 1 :], m.kind)
            return
        i += 1
        if scope == "block":
            while i < len(lines) and _headline_like(lines[i]) and lines[i].kind is None:
                own = _match(lines[i])
                lines[i].kind = own.kind if own is not None else m.kind
                i += 1


def _mark_tail(rest: list[_Line], opener: str) -> None:
    """Kinds for the lines after a tail marker: their own marker's, else the owner's.

    The owner is the last non-share marker (buttons own nothing); unmarked lines just before a
    donation button belong to the appeal; after a tag list, the first headline + paragraph pair
    starts the related-article teasers.
    """
    own = [_match(ln) for ln in rest]
    owner = opener
    for j, ln in enumerate(rest):
        if own[j] is not None:
            ln.kind = own[j].kind
            if own[j].kind != "share":
                owner = own[j].kind
            continue
        nxt = next((o.kind for o in own[j + 1 :] if o is not None), None)
        if owner == "tags" and (ln.body or (j + 1 < len(rest) and rest[j + 1].body)):
            owner = "related"
        ln.kind = "donation" if nxt == "donation" else owner


def find_boilerplate(text: str) -> list[Region]:
    """Original article text -> chrome regions in text order (see the module docstring)."""
    lines = _lines(text)
    if not lines:
        return []
    headline = next(
        (i for i, ln in enumerate(lines[:3]) if ln.body or not _is_section(ln)), len(lines)
    )
    _apply_markers(lines, headline)
    # sections: leading short lines before the headline and the body
    for idx, ln in enumerate(lines[:3]):
        if ln.body or idx == len(lines) - 1:
            break
        if ln.kind is None:
            if not _is_section(ln):
                break
            ln.kind = "section"
    free = [ln for ln in lines if ln.kind is None]
    headline = free[0] if free else None
    for ln in free:
        if ln is headline or ln.body or ln.words > 40 or ln.words < 2:
            continue
        cm = _CREDIT_RE.search(ln.text)
        if (
            cm
            and len(cm.group(1).split()) <= 4
            and not _SENT_PUNCT_RE.search(ln.text[: cm.start()])
        ):
            ln.kind = "caption"
    bodies = [i for i, ln in enumerate(lines) if ln.body and ln.kind is None]
    if bodies:
        for ln in lines[bodies[-1] + 1 :]:
            if ln.kind is not None:
                break
            if (
                ln.words <= SIGNATURE_LINE
                and not _SENT_PUNCT_RE.search(ln.text)
                and not _QUOTE_RE.search(ln.text)
                and not any(c.isdigit() for c in ln.text)
            ):
                ln.kind = "signature"
    regions: list[Region] = []
    gap = True  # an unmarked content line since the last region line
    for ln in lines:
        if ln.kind is None:
            gap = True
            continue
        if regions and not gap and regions[-1].kind == ln.kind:
            regions[-1] = Region(regions[-1].start, ln.end, ln.kind)
        else:
            regions.append(Region(ln.start, ln.end, ln.kind))
        gap = False
    return regions
