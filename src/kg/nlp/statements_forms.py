"""Statement forms built from a cue, for :func:`kg.nlp.statements_extract.extract`.

``make`` turns a cue and its content marker into a :class:`Found`; ``channel`` reads «نقلت
الوكالة عن X قوله …» (speaker X, or the inherited speaker after «عنه»); ``object_start`` finds
the content of an object verb; ``quoted_charge`` the quotation after «بـ» in «اتهم X بـ"…"»;
``nominal_cue`` a verbal noun of saying («على التأكيد أن», «تصريح X بأن», «أعاد X التأكيد
على أن») and ``in_gap`` whether a word lies between an earlier cue and its content;
``after_opening_adjunct`` an answering adjunct opening the sentence («وفي معرض رده على سؤال،
قال»); ``pronoun_quotes`` gives a quotation followed by «، على حد تعبيره» to the last speaker.
Participles are in :mod:`kg.nlp.statements_participle`.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import Config, Found, as_far_as_pronoun
from kg.nlp.statements_circles import circle_source
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_markers import marker
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_view import COMMAS

_MAX_OBJECT_WORDS = 3  # words of a plain object noun phrase before «بـ"…"»


def quoted_charge(view: DocView, j: int, limit: int):
    """Object mentions, then «بـ» + a quotation of three words or more -> ('quote', open)."""
    k = j
    while k < limit and k in view.mi.by_start:
        k = view.mi.span[id(view.mi.by_start[k])][1] + 1
    plain = k  # «متهماً القوى الغربية بـ"…"»: an object that is no actor mention
    while k < min(limit, plain + _MAX_OBJECT_WORDS) and view.toks[k].word:
        if view.w(k) in ("ب", "بـ") or view.is_marker(k) or view.is_cue_word(k):
            break
        k += 1
    if view.w(k) not in ("ب", "بـ") or k + 1 not in view.quote_close:
        return None
    close = view.quote_close[k + 1]
    return ("quote", k + 1) if sum(t.word for t in view.toks[k + 2 : close]) >= 3 else None


#: objects that only point back (ونفى الكرملين ذلك): no content of their own (normalised)
DEICTIC = frozenset({"ذلك", "هذا", "هذه", "تلك", "ذاك", "ذا"})


def object_start(view: DocView, j: int, limit: int):
    """Content of an object verb: from token ``j``, past a comma-closed adjunct («، في …،»)."""
    if j >= limit or view.is_marker(j) or view.is_cue_word(j) or view.w(j) in DEICTIC:
        return None
    if view.lex.has("relative", view.w(j)):
        return None  # «أعلن المجلس، الذي يرى أن …، عن مبادرة»: a relative clause, no object
    if view.is_prep(j) and (j + 1) in view.mi.by_start and view.w(j) in ("في", "من"):
        end = view.mi.span[id(view.mi.by_start[j + 1])][1] + 1  # «وزارة الصحة في غزة ارتفاع …»
        if end < limit and view.toks[end].word and not view.is_marker(end):
            return ("start", end)
    if view.is_prep(j) and j + 1 < limit and view.timed[j + 1]:
        k = j + 1  # «أعلن في جويلية الماضي تجميد …»: past a time phrase
        while k < limit and view.timed[k]:
            k += 1
        return ("start", k) if k < limit and view.toks[k].word else None
    if view.is_prep(j):
        k = next((k for k in range(j + 1, min(limit, j + 12)) if view.w(k) in COMMAS), None)
        if k is None or k + 1 >= limit:
            return None
        j = k + 1
    return ("start", _past_title_tail(view, j, limit))


_NOT_CONJUNCT = frozenset({"والي", "والد", "والده"})  # governor, father, mother: no و + ال


def _past_title_tail(view: DocView, j: int, limit: int) -> int:
    """«أكد الدكتور X وزير الخارجية والهجرة وشئون المصريين بالخارج، دعم مصر …»: an object
    cannot open with و + a definite word or a title noun; the rest of the subject's title runs
    to the comma, the content starts after it. Else ``j``."""
    w = view.w(j)
    title = w.removeprefix("ال") in view.lex.title_heads  # «وأكد X وزير الدولة …، رفض …»
    if not (title or w.startswith("وال") and len(w) > 4 and w not in _NOT_CONJUNCT):
        return j
    for k in range(j + 1, min(limit - 1, j + 8)):
        if view.is_marker(k) or view.is_cue_word(k):
            return j
        if view.w(k) in COMMAS:
            nxt = k + 1
            plain = view.toks[nxt].word and not view.is_cue_word(nxt) and not view.is_marker(nxt)
            return nxt if plain and not view.stops_content(nxt) else j
    return j


_MAX_OBJECT_BEFORE_QUOTE = 8  # words of an object noun phrase before a quotation


def object_before_quote(view: DocView, after: int, m):
    """«أكد X حرص الحكومة على "…"», «مؤكداً التزام الدولة "…"»: an object noun phrase before
    the quotation is part of the content (mixed) -> ('start', after), else ``m`` unchanged."""
    if not m or m[0] != "quote" or not after < m[1] <= after + _MAX_OBJECT_BEFORE_QUOTE:
        return m
    if view.is_prep(after) or view.lex.has("preposition", view.w(after)):
        return m  # «أكد على "…"»: the verb's own complement
    for k in range(after, m[1]):
        if not view.toks[k].word or view.is_marker(k) or view.is_cue_word(k):
            return m
    return ("start", after)


def has_word(view: DocView, m, limit: int, word: str) -> bool:
    if m is None:
        return False
    return any(view.w(k).removeprefix("ال").startswith(word) for k in range(m[1], limit))


def make(view: DocView, i: int, strip: int, cue: Cue, m, subj, kind: str) -> Found:
    tok = view.toks[i]
    quote = (m[1], view.quote_close[m[1]]) if m and m[0] == "quote" else None
    start = None if m is None else (-1 if quote else m[1])
    prev = i - 1
    coord = view.lex.has("coord", view.w(prev)) or view.lex.has("pronoun_subject", view.w(prev))
    prev -= coord
    boundary = kind == "participle" or ((strip > 0 or coord) and view.w(prev) in COMMAS)
    if (
        kind == "verb"
        and view.w(prev) in COMMAS
        and subj is not None
        and (subj.actor or subj.first > i)
    ):
        boundary = True  # «بينما أكد X أن …، قال Y إن …»: a new clause with its own subject
    contrast = view.lex.has("content_stop", view.w(prev)) and view.w(prev - 1) in COMMAS
    if kind == "verb" and contrast and subj is not None and subj.resolved:
        boundary = True  # «…، بينما أكد المتحدث باسم X أن»: a new clause, even unnamed
    speaker = subj.actor if subj else None
    return Found(i, view.orig_offset(tok, strip), cue, start, quote, speaker, kind, boundary)


_AN_PRONOUNS = frozenset({"عنه", "عنها", "عنهم", "عنهما"})


def channel(view, i, strip, cue, subj, limit, cfg):
    """نقلت الوكالة عن X قوله … : the speaker is X, not the agency."""
    start = subj.last + 1 if subj and view.w(i + 1) not in _AN_PRONOUNS else i + 1  # «نقل عنه X»
    k = next(
        (
            k
            for k in range(start, min(limit, start + 8))
            if view.lex.has("an_noun", view.w(k))
            or view.w(k) in _AN_PRONOUNS
            or "L" in cue.flags
            and view.lex.has("ila", view.w(k))  # «نسبت الوكالة إلى X قوله»
        ),
        None,
    )
    if k is None:
        return None
    if view.w(k) in _AN_PRONOUNS:  # «نقلت الوكالة عنه تأكيده أن»: the last speaker (inherited)
        src, after = circle_source(view, i, strip, k, subj)  # «نقل عنه زواره»: his circle
    else:
        src = view.subject_after(k + 1, limit)
        if src is None:  # «عن إمام سوبرابتو، عضو …، قوله»: a source not read as a name
            said = next(
                (
                    t
                    for t in range(k + 2, min(limit, k + 16))
                    if view.lex.has("channel_noun", view.w(t))
                ),
                None,
            )
            if said is None or any(view.is_cue_word(t) for t in range(k + 1, said)):
                return None
            src = Subject(None, said - 1, False, k + 1)
        after = view.skip_adjuncts(src.last + 1, limit)
    if view.w(after - 1) in COMMAS and not view.lex.has("channel_noun", view.w(after)):
        # «عن X، عضو البرلمان عن حزب Y، قوله إن»: past an apposition between commas
        close = next((k for k in range(after, min(limit, after + 12)) if view.w(k) in COMMAS), None)
        if close is not None and view.lex.has("channel_noun", view.w(close + 1)):
            after = close + 1
    noun = view.lex.has("channel_noun", view.w(after))
    if noun:
        after = view.skip_adjuncts(after + 1, limit)
    m = marker(view, cue, after, limit, cfg, first_only=False)
    if m is None and noun and after < limit:
        m = ("start", after)
    return make(view, i, strip, cue, m, src, "channel"), src


_NOUN_PRONOUNS = ("ه", "ها", "هم")
_MASDAR_PREPS = frozenset({"علي", "في", "الي", "عن", "حد"})  # «ذهب X إلى حد القول إن»


def nominal_cue(view: DocView, i: int) -> Cue | None:
    """A verbal noun of saying at token ``i`` -> a cue (flag V), else None.

    «على التأكيد أن», «في القول إن», «إلى القول إن», «بالقول إن», «للتأكيد أن», «مع تأكيده
    أن» (``speech_masdar``: definite after على/في/إلى/عن or with بـ/لـ, or with a pronoun, and a
    أن/إن clause right after, perhaps past على/إلى/من): the speaker is the clause's subject.
    «تصريح X بأن» (``speech_construct``): X, an actor mention in the construct, then the
    complementizer (flags I, S, M)."""
    w = view.w(i)
    if not view.lex.may_be_nominal(w):
        return None
    nxt = view.w(i + 1)
    clause = view.lex.complementizer(nxt) or (
        nxt in ("علي", "الي", "من", "عن") and view.lex.complementizer(view.w(i + 2))
    )
    stem = w[2:] if clause and w.startswith("ال") and view.w(i - 1) in _MASDAR_PREPS else None
    if clause and stem is None and w.startswith("ال") and _after_repeat(view, i):
        stem = w[2:]  # «وأعاد X التأكيد على أن»: the object of a verb of repeating
    for art in ("بال", "لل"):  # «واكتفى بالقول إن», «سارع للتأكيد أن»
        if stem is None and w.startswith(art) and len(w) > len(art) + 2:
            stem = w[len(art) :]
    for suf in _NOUN_PRONOUNS:
        if stem is None and w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[: -len(suf)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # «إشارته»: ة
    p = "P" if view.lex.has("periphrasis", view.w(i - 1).removeprefix("و")) else ""  # «وتم …»
    if stem is not None and clause and view.lex.has("speech_masdar", stem):
        return Cue(stem, "verb", frozenset("ali"), frozenset("VA" + p))
    own_prep = view.w(view.skip_adjuncts(i + 1, min(len(view.toks), i + 8)))  # «خلال X على»
    if not clause and own_prep in _OWN_PREPS and _after_repeat(view, i):
        # «وجدد X التأكيد على موقف …», «أعاد X تأكيده على …», «جدد X التحذير من …»: the noun
        # complement of a renewed speech masdar
        own = w[2:] if w.startswith("ال") else _without_pronoun(w)
        if own and view.lex.has("speech_masdar", own):
            return Cue(own, "verb", frozenset("lmi"), frozenset("V" + p))
    bare = w[1:] if w[:1] in "وب" and view.lex.has("speech_construct", w[1:]) else w
    if view.lex.has("speech_construct", bare) and (i + 1) in view.mi.by_start:
        return Cue(bare, "verb", frozenset("a"), frozenset("VISM"))
    return None


_OWN_PREPS = frozenset({"علي", "من", "الي"})  # a speech masdar's own preposition (normalised)


def _without_pronoun(w: str) -> str | None:
    """«تأكيده» -> «تأكيد», «إشارتها» -> «إشاره» (ت of ة restored); None without a pronoun."""
    for suf in _NOUN_PRONOUNS:
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[: -len(suf)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return None


_MAX_REPEAT_GAP = 8  # subject words between «أعاد/واصل» and its speech masdar


def _after_repeat(view: DocView, i: int) -> bool:
    """Is token ``i`` the object of a verb of repeating a few words before it (its subject in
    between: «وأعاد وزير الخارجية التأكيد», «وواصلت الوزارة التحذير»)?"""
    for k in range(i - 1, max(-1, i - 1 - _MAX_REPEAT_GAP), -1):
        w = view.w(k)
        if view.lex.has("repeat", w) or w[:1] in "وف" and view.lex.has("repeat", w[1:]):
            return True
        if not view.toks[k].word or view.is_marker(k) or view.is_cue_word(k):
            return False
    return False


def pronoun_quotes(view: DocView, new: list[Found], found: list[Found], cfg: Config):
    """«… . "…"، على حد تعبيره»: a standalone quotation no one claimed whose source is only a
    pronoun speaks for the last speaker before it (within ``continuation_sentences``)."""
    for q in new:
        k = q.quote[1] + 1
        while view.w(k) in COMMAS:
            k += 1
        if q.speaker is not None or not as_far_as_pronoun(view, k):
            continue
        si = view.sent_of[q.quote[0]]
        for f in sorted(found, key=lambda f: f.cue_tok, reverse=True):
            if f.cue_tok < q.quote[0] and f.speaker is not None:
                if si - view.sent_of[f.cue_tok] <= cfg.continuation_sentences:
                    q.speaker = f.speaker
                break
    return new


_MAX_TOPIC = 6  # words after an opening adjunct («في معرض رده على سؤال حول …») before its comma


def after_opening_adjunct(view: DocView, i: int, si: int) -> bool:
    """«وفي معرض رده على سؤال، قال إن …»: the sentence opens with an adjunct phrase and a comma
    right before the verb at ``i`` (its pronoun is the last speaker)."""
    first = view.sent_bounds[si][0]
    phrase = view.adjunct_at(first)
    end = first + len(phrase)  # then its topic «حول الموقف الفرنسي» up to the comma
    if len(phrase) < 2 or view.w(i - 1) not in COMMAS or not 0 <= i - 1 - end <= _MAX_TOPIC:
        return False
    return not any(
        view.is_cue_word(k) or view.is_marker(k) or view.w(k) in COMMAS for k in range(end, i - 1)
    )


def in_gap(found: list[Found], view: DocView, i: int, si: int) -> bool:
    """Is token ``i`` between an earlier cue of sentence ``si`` and its content («جدد X في
    القول إن»: القول belongs to جدد)?"""
    for g in found:
        if view.sent_of[g.cue_tok] != si or g.cue_tok >= i:
            continue
        start = g.quote[0] if g.quote else g.content_start
        if start is not None and start > i:
            return True
    return False
