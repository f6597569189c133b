"""Arabic normalisation for matching, with a map back to original character offsets.

``normalize(text) -> Normalized``: ``Normalized.text`` is the matching form and
``Normalized.offsets[i]`` is the index in the original string of normalised character ``i``
(``offsets`` has one extra entry, ``len(original)``, so that end offsets map too).
``normalize_key(s) -> str`` is the same normalisation for dictionary keys (lexicons, KB aliases).

Rules (each is tested): hamza/madda alef forms -> ا, alef maqsura -> ي, ta marbuta -> ه,
tatweel and diacritics dropped, Arabic-Indic and Persian digits -> ASCII, ``#`` and ``_`` of
hashtags -> space, typographic quotes -> ``"``, dashes -> ``-``, whitespace runs kept one-to-one
(never collapsed here, so offsets stay trivial for spaces).
"""

from __future__ import annotations

from dataclasses import dataclass

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
    # keheh -> kaf
    "\u06a9": "\u0643",
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
    # dashes
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
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


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised string and, per character, the index of its source in the original."""

    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span ``[start, end)`` to the original string."""
        if start >= end:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def _map_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    return _CHAR_MAP.get(ch, ch)


def normalize(text: str) -> Normalized:
    """Original text -> :class:`Normalized` with an offset map (one output char per kept input)."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        m = _map_char(ch)
        if m:
            out.append(m)
            offsets.append(i)
    offsets.append(len(text))
    return Normalized("".join(out), tuple(offsets))


def normalize_key(s: str) -> str:
    """A name, alias or lexicon entry -> its matching key (normalised, spaces collapsed)."""
    return " ".join("".join(_map_char(ch) for ch in s).split())
