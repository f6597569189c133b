"""Arabic normalisation for matching, with a map back to original character offsets.

``normalize(text) -> Normalized``: ``Normalized.text`` is the matching form and
``Normalized.offsets[i]`` is the index in the original string of normalised character ``i``
(``offsets`` has one extra entry, ``len(original)``, so that end offsets map too).
``normalize_key(s) -> str`` is the same normalisation for dictionary keys (lexicons, KB aliases).

Rules (each is tested): hamza/madda alef forms -> ا, alef maqsura -> ي, ta marbuta -> ه,
tatweel and diacritics dropped, Arabic-Indic and Persian digits -> ASCII (with the Arabic decimal
and thousands separators and percent sign), ``#`` and ``_`` of hashtags -> space, typographic
quotes -> ``"`` / ``'``, dashes and minus -> ``-``, Persian letters used for foreign sounds
(ڤ پ چ گ ک ی) -> their Arabic base letters, Arabic presentation forms (ligatures such as ﻻ) ->
their letters (NFKC; the only case where one input character yields several output characters,
all mapped to that input offset), whitespace runs kept one-to-one (never collapsed here, so
offsets stay trivial for spaces).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_CHAR_MAP: dict[str, str] = {
    # alef forms
    "\u0622": "\u0627",  # آ
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0671": "\u0627",  # ٱ
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    # alef maqsura / farsi yeh -> ya
    "\u0649": "\u064a",
    "\u06cc": "\u064a",
    # ta marbuta -> ha
    "\u0629": "\u0647",
    # keheh / gaf -> kaf; veh -> fa; peh -> ba; tcheh -> jim; heh with yeh / heh goal -> ha
    "\u06a9": "\u0643",
    "\u06af": "\u0643",
    "\u06a4": "\u0641",
    "\u067e": "\u0628",
    "\u0686": "\u062c",
    "\u06c0": "\u0647",
    "\u06c1": "\u0647",
    # hamza on waw / ya -> bare letters
    "\u0624": "\u0648",
    "\u0626": "\u064a",
    # hashtag marks
    "#": " ",
    "_": " ",
    # typographic quotes
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u201f": '"',
    "\u2039": '"',
    "\u203a": '"',
    # dashes
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\ufe58": "-",
    "\ufe63": "-",
    "\uff0d": "-",
    # Arabic number punctuation
    "\u066b": ".",  # decimal separator
    "\u066c": ",",  # thousands separator
    "\u066a": "%",
    # non-breaking / narrow spaces
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
# Arabic-Indic and extended (Persian) digits
for _i in range(10):
    _CHAR_MAP[chr(0x0660 + _i)] = str(_i)
    _CHAR_MAP[chr(0x06F0 + _i)] = str(_i)

#: characters deleted outright: tatweel, harakat, Quranic marks, bidi and zero-width controls
_DROP = frozenset(
    ["\u0640"]
    + [chr(c) for c in range(0x064B, 0x0660)]  # fathatan .. hamza below/above marks
    + ["\u0670"]  # superscript alef
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def _base_map(ch: str) -> str:
    if ch in _DROP:
        return ""
    return _CHAR_MAP.get(ch, ch)


# Arabic presentation forms A and B -> NFKC letters, then the rules above (ﻷ -> لا, ﺑ -> ب).
for _c in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFD)):
    _ch = chr(_c)
    _nf = unicodedata.normalize("NFKC", _ch)
    if _nf != _ch:
        _CHAR_MAP[_ch] = "".join(_base_map(x) for x in _nf)

#: ``str.translate`` table for the fast path (every rule is one character -> at most one)
_TABLE: dict[int, str | None] = {ord(k): v for k, v in _CHAR_MAP.items() if len(v) == 1}
_TABLE.update({ord(k): None for k in _DROP})
_EXPANDING = "".join(sorted(k for k, v in _CHAR_MAP.items() if len(v) != 1))
_EXPAND_RE = re.compile("[" + re.escape(_EXPANDING) + "]")
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised string and, per character, the index of its source in the original.

    ``ends[i]`` (when not None) is where the source of character ``i`` ends in the original,
    including the diacritics and tatweel that follow it and were dropped, so that a mapped span
    never cuts a letter from its marks; None means ``offsets[i] + 1``.
    """

    text: str
    offsets: tuple[int, ...]
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span ``[start, end)`` to the original string."""
        if start >= end:
            o = self.offsets[start]
            return o, o
        if self.ends is not None:
            return self.offsets[start], self.ends[end - 1]
        return self.offsets[start], self.offsets[end - 1] + 1


_map_char = _base_map
#: dropped characters that belong to the letter before them (marks, tatweel)
_ATTACHED = frozenset(c for c in _DROP if c == "\u0640" or unicodedata.category(c) == "Mn")


@lru_cache(maxsize=32)
def normalize(text: str) -> Normalized:
    """Original text -> :class:`Normalized` with an offset map.

    Each output character records the index of the input character it came from; an input
    character that expands (a presentation-form ligature) gives several outputs with one index.
    Results are cached (the value is immutable), so every component may normalise ``doc.text``.
    """
    n = len(text)
    if _EXPAND_RE.search(text) is None:  # fast path: one input -> at most one output
        norm = text.translate(_TABLE)
        if len(norm) == n:
            return Normalized(norm, tuple(range(n + 1)))
        drops = [m.start() for m in _DROP_RE.finditer(text)]
        offsets: list[int] = []
        prev = 0
        for d in drops:
            offsets.extend(range(prev, d))
            prev = d + 1
        offsets.extend(range(prev, n))
        ends = list(map((1).__add__, offsets))
        for k, d in enumerate(drops):  # k drops precede d: its letter is output d - k - 1
            j = d - k - 1
            if j >= 0 and ends[j] == d and text[d] in _ATTACHED:
                ends[j] = d + 1
        offsets.append(n)
        return Normalized(norm, tuple(offsets), tuple(ends))
    out: list[str] = []
    offs: list[int] = []
    ends = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            if ch in _ATTACHED and ends and ends[-1] == i:
                ends[-1] = i + 1
            continue
        m = _CHAR_MAP.get(ch, ch)
        out.append(m)
        offs.extend([i] * len(m))
        ends.extend([i + 1] * len(m))
    offs.append(n)
    return Normalized("".join(out), tuple(offs), tuple(ends))


def normalize_key(s: str) -> str:
    """A name, alias or lexicon entry -> its matching key (normalised, spaces collapsed)."""
    if _EXPAND_RE.search(s) is None:
        return " ".join(s.translate(_TABLE).split())
    return " ".join("".join(_map_char(ch) for ch in s).split())
