"""A title's holder found backwards from the end of the subject (mixed into the title scanner).

«قال رئيس لجنة شؤون المعتقلين لدى المعارضة نبيل الخطيب إن …», «وكان مفوض البرلمان الكندي لحقوق
الإنسان توماس بريدي قد صرح …»: when the forward readers of a title find no holder after its
complement, ``holder_before_end(j)`` walks from word j (the first word after the title) to the
word that ends the subject (``actors_subject_ends.tsv``: a comma or colon, «أن/إن/بأن», «قد», a
verb (also «ف» + verb after «أما»), a time word, «لـ» + an outlet, «في/خلال/عبر» + a statement
noun) and reads the longest name of 2-5 words that ends right there -> (ws, we, KB candidates)
or None. Everything between the title and the name is its complement: the scanner reads it
afterwards as usual (its bodies and places are mentions of their own), and skips the name
(``claimed``).

A name is never made of common words: every word passes the forward name test (no function
word, verb, lexicon word, title, organisation head, KB entity, tanween, proclitic + article,
plural; the article only in a family name), and the word before it closes a definite complement
(an ال-word, a لل-genitive, a KB name) unless the name opens with a known given name.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from kg.nlp.lexicons import load_tsv
from kg.text.normalize import normalize_key

#: most words between a title and the end of its subject
_MAX_SUBJECT = 14
#: punctuation that ends a subject after a name
_END_GAPS = frozenset({"،", ",", ":"})
#: pronouns on a statement noun («في تصريحاته», «على حسابه»), normalised
_PRONOUNS = ("اته", "اتها", "ه", "ها", "هم")


@cache
def subject_ends() -> dict[str, frozenset[str]]:
    """``actors_subject_ends.tsv`` -> class -> normalised words."""
    out: dict[str, set[str]] = {}
    for r in load_tsv("actors_subject_ends.tsv"):
        out.setdefault(r["class"], set()).add(normalize_key(r["word"]))
    return {k: frozenset(v) for k, v in out.items()}


def _noun_base(t: str) -> str:
    """«التصريحات» -> «تصريحات», «حسابه» -> «حساب», «تصريحاته» -> «تصريح» (article and
    pronoun dropped)."""
    if t.startswith("ال") and len(t) > 4:
        return t[2:]
    for p in _PRONOUNS:
        if t.endswith(p) and len(t) - len(p) >= 3:
            return t[: -len(p)]
    return t


class BackwardHolders:
    """Mixin: needs the scanner's ``w``, ``hits``, ``lex``, ``_joined``, ``_gap``, ``scan_name``
    and ``_plain_al``."""

    w: Any
    hits: Any
    lex: Any
    _joined: Any
    _gap: Any
    scan_name: Any
    _classes_any: Any
    _plain_al: Any
    _match: Any
    _span: Any
    raws: Any
    #: name spans [ws, we) read backwards, skipped by the left-to-right scan
    claimed: dict[int, int]

    def _ends_subject(self, k: int) -> bool:
        """Word k (joined to the word before it) ends a subject."""
        ends = subject_ends()
        t = self.w[k].text
        if t in ends["that"] or t in ends["particle"]:
            return True
        if t == "من" and self._joined(k + 1) and self.w[k + 1].text in ends["that"]:
            return True  # «حذر … X Y من أن»
        if self.lex.classes(t) & {"verb", "time"} and k not in self.hits:
            return True
        if t[:1] == "ف" and "verb" in self.lex.classes(t[1:]) and t not in self.lex.given_names:
            return True  # «أما رئيس … X Y فاعتبر»: ف opens the predicate
        if t == "ل" or t.startswith("ل") and t[1:] in ends["outlet"]:
            return True  # «لـ"الشرق"», «لوكالة الأنباء», «لوسائل الإعلام»
        if t in ends["prep"] and self._joined(k + 1):
            return _noun_base(self.w[k + 1].text) in ends["statement_noun"]
        return False

    def _subject_end(self, j: int) -> int | None:
        """Word j opens a title's complement -> the word index that ends the subject (after
        at least two words), or None (a sentence end, a quote or no end within reach)."""
        for k in range(j + 1, min(len(self.w), j + _MAX_SUBJECT + 1)):
            if not self._joined(k):
                return k if self._gap(k)[:1] in _END_GAPS else None
            if self._ends_subject(k):
                return k
        return None

    def _closes_complement(self, k: int) -> bool:
        """Word k can end a title's complement before a name: a definite word (ال, لل, وال,
        بال), or a KB name («لدى الحوثيين»)."""
        if k in self.hits or any(h.ws <= k < h.we for h in self._hits_near(k)):
            return True
        return self.w[k].text.startswith(("ال", "لل", "وال", "بال"))

    def _hits_near(self, k: int) -> list[Any]:
        return [h for m in range(max(0, k - 3), k + 1) if (h := self.hits.get(m)) is not None]

    def holder_before_end(self, j: int) -> tuple[int, int, tuple[Any, ...]] | None:
        """Word j follows a title whose holder was not found forwards -> the holder's name
        read backwards from the end of the subject (see module docstring), or None."""
        if not self._joined(j):
            return None
        end = self._subject_end(j)
        if end is None or end - j < 3:
            return None
        for ns in range(max(j + 1, end - 5), end - 1):
            if not self._complement(j, ns):
                return None
            found = self.scan_name(ns)
            if found is None or found[1] != end:
                continue
            if found[2] or normalize_key(self.w[ns].text) in self.lex.given_names:
                return found
            if self._closes_complement(ns - 1) and self._plain_name_start(ns):
                return found
        return None

    def _complement(self, j: int, ns: int) -> bool:
        """Words [j, ns) can be a title's complement: no other title or role noun after its
        first word («رئيس الوزراء» may be the complement of «مستشار»; «ونظيره», «الرائد» open
        another person), no KB person, no function word but a complement's («مع» ends it), no
        word with an attached pronoun («لدى استقباله X»: the holder's own act)."""
        ends = subject_ends()
        for k in range(j, ns):
            hit = self.hits.get(k)
            if hit is not None and any(c.entry.type == "Person" for c in hit.cands):
                return False
            t = self.w[k].text
            if self.lex.classes(t) & {"stop", "verb"} and t not in ends["complement"]:
                return False
            if self._pronoun_suffix(k):
                return False  # «لدى استقباله X Y»: an event of the holder, no complement
            if k > j and (
                self._match(k, self.lex.titles, self.lex.title_max, True)[0]
                or self._match(k, self.lex.roles, 1, False)[0]
            ):
                return False
        return True

    def _pronoun_suffix(self, k: int) -> bool:
        """Word k carries an attached pronoun as written («استقباله», «لقائها», «زيارتهم»; not
        the ة of «لجنة»)."""
        surface = self._span(k, k + 1)[2]
        return (
            len(surface) >= 5 and surface.endswith(_PRONOUNS[2:]) and not surface.startswith("ال")
        )

    def later_holder(
        self, j: int, found: tuple[int, int, tuple[Any, ...]]
    ) -> tuple[int, int, tuple[Any, ...]] | None:
        """A name read forwards at word j that may be a complement («قضايا الهجرة», «بمركز X»:
        no KB person, no known given name first, a noun + genitive or a ب/ل-word first, the
        subject goes on after it) -> the holder's name
        read backwards from the subject's end, after it; None keeps the forward name."""
        ws, we, cands = found
        if cands or normalize_key(self.w[ws].text) in self.lex.given_names:
            return None
        first = self.w[ws].text
        genitive = we - ws == 2 and self.w[we - 1].text.startswith("ال")  # «قضايا الهجرة»
        proclitic = first[:1] in "بل" and len(first) >= 4  # «بمركز X»: a body, not a name
        if not genitive and not proclitic:
            return None
        if not self._joined(we) or self._ends_subject(we):
            return None  # the forward name ends the subject: it is the holder
        back = self.holder_before_end(j)
        return back if back is not None and back[0] >= we else None

    def retarget_holder(self, holder: int, j: int) -> None:
        """The holder raw of a title whose complement opens at word j, read forwards, is a
        complement («بمركز X» in «الباحث في … بمركز X للبحوث Y Z أن») -> the raw is moved onto
        the name read backwards, which is claimed (the raw is rewritten in place)."""
        r = self.raws[holder]
        if r.type != "Person" or r.kind != "name" or r.ws < j or r.ws in self.claimed:
            return
        back = self.later_holder(j, (r.ws, r.we, r.cands))
        if back is None:
            return
        ws, we, cands = back
        r.start, r.end, r.text = self._span(ws, we)
        r.ws, r.we, r.cands = ws, we, cands
        r.name = " ".join(x.text for x in self.w[ws:we])
        self.claimed[ws] = we

    def _plain_name_start(self, ns: int) -> bool:
        """Word ns, after a definite complement, can open an unknown name: no article, no
        proclitic reading of a known word."""
        t = self.w[ns].text
        return not t.startswith("ال") and not self._classes_any(ns) - {"name_particle"}
