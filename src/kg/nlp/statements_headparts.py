"""Headline parts for :mod:`kg.nlp.statements_headlines`: who a headline «X …: …» names.

``visit_place(view, j, stop, k, line_end) -> int``: «ميلوني في روما: …» — a person or a body,
then «في» and a place (1-3 words) before the colon, speaks when what follows is a clause (quoted,
in the first person, or opening with a definite subject);
``head_word(view, j, k) -> (actor,) | None``: «الهيئة: …» — one definite word that opens the name
of an organisation the body mentions;
``dateline(view, j, k, line_end) -> bool``: «بغداد: المدى» — a place and a one- or two-word
outlet, a dateline; ``officials(view, j, k) -> (None,) | None``: a group of officials;
``interviewee(view, q) -> (actor or None,) | None``: whom an interview's introduction names.
"""

from __future__ import annotations

from kg.nlp.statements_speaker import DocView
from kg.text.normalize import normalize_key

_IN = normalize_key("في")
_MAX_PLACE = 3  # words of the place between «في» and the colon
_MAX_DATELINE = 2  # words of an outlet's name after a dateline's colon


def visit_place(view: DocView, j: int, stop: int, k: int, line_end: int) -> int:
    """«X في Y: …» with X a person or organisation mention starting at ``j`` and the colon at
    ``k`` -> the «في» token (X ends before it) when Y is 1-3 plain words and the text after the
    colon is a clause; else ``stop``. «X في الخليج: صفقات بمليارات» (an indefinite noun
    phrase) labels a topic."""
    m = view.mi.by_start.get(j)
    if m is None or m.type not in ("Person", "Organization") or not m.actor:
        return stop
    p = view.mi.span.get(id(m), (j, stop))[1] + 1  # «في» right after the person's mention
    if p >= stop or view.w(p) != _IN or not 0 < stop - p - 1 <= _MAX_PLACE:
        return stop
    if any(not view.toks[t].word or view.is_cue_word(t) for t in range(p + 1, stop)):
        return stop
    return p if clause_after(view, k, line_end) else stop


def clause_after(view: DocView, k: int, line_end: int) -> bool:
    """Is the text after the colon at ``k`` a clause: a quotation, the first person, a negation
    («لا نتدخل», «لا تطبيع مع …») or a definite subject (an actor mention or a word with the
    article) and more words?"""
    words = [t.i for t in view.toks[k + 1 :] if t.start < line_end and t.word]
    if len(words) < 2:
        return False
    a = words[0]
    if (k + 1) in view.quote_open or view.first_person(a, words[-1]):
        return True
    if view.lex.has("negator", view.w(a)):
        return True
    return a in view.mi.by_start or view.w(a).startswith("ال")


def head_word(view: DocView, j: int, k: int) -> tuple[str] | None:
    """«المفوضية: …»: one definite word before the colon at ``k`` that opens the name of an
    organisation the body mentions later («المفوضية العليا للانتخابات»), is its construct head
    with the article («الوزارة» ~ «وزارة الصحة») or the genitive after that head («الصحة»)
    -> (the first such organisation's actor,)."""
    w = view.w(j)
    if k != j + 1 or not view.toks[j].word or not w.startswith("ال") or len(w) < 5:
        return None
    end = view.toks[k].end
    for m in view.mi.all:
        if m.type != "Organization" or not m.actor or m.start <= end or m.kind != "name":
            continue
        body = [normalize_key(b) for b in m.text.split()]
        if len(body) < 2:
            continue
        # «المفوضية» ~ «المفوضية العليا …», «الوزارة» ~ «وزارة الصحة», «الصحة» ~ «وزارة الصحة»
        construct = not body[0].startswith("ال")
        if w in (body[0], "ال" + body[0]) or construct and w == body[1]:
            return (m.actor,)
    return None


def dateline(view: DocView, j: int, k: int, line_end: int) -> bool:
    """«بغداد: المدى», «عدن: المصدر أونلاين»: a place or country name alone before the colon at
    ``k`` and one or two unquoted words after it (quoted when the line follows a date line:
    «أبوظبي: «الخليج»»), the line's end, with no negation, particle, cue word or first person
    («طهران: لا مفاوضات» speaks) -> True (no statement)."""
    m = view.mi.by_start.get(j)
    if m is None or m.type not in ("Country", "Place"):
        return False
    if view.mi.span.get(id(m), (j, -1))[1] != k - 1 or (k + 1) in view.quote_open:
        return False
    words = [t for t in view.toks[k + 1 :] if t.start < line_end]
    close = view.quote_close.get(k + 1)
    if words and close == words[-1].i and _after_date_line(view, j):
        words = words[1:-1]  # «أبوظبي: «الخليج»» under the date line: a quoted outlet
    if not 0 < len(words) <= _MAX_DATELINE or not all(t.word for t in words):
        return False
    said = any(  # «طهران: لا مفاوضات», «دمشق: لن نقبل», «أنقرة: سنرد»: a short proposition
        view.lex.has(r, t.norm) for t in words for r in ("negator", "verb_particle", "first_person")
    )
    return (
        not said and not view.is_cue_word(words[0].i) and not view.first_person(k + 1, words[-1].i)
    )


def _after_date_line(view: DocView, j: int) -> bool:
    """Is the last non-empty line before token ``j``'s line a date line (it holds a year or a
    time in digits and at most eight words: «24 نوفمبر 2026 18:45 مساء»)?"""
    start = view.text.rfind("\n", 0, view.toks[j].start)
    before = view.text[:start].rstrip()
    line = before[before.rfind("\n") + 1 :]
    return 0 < len(line.split()) <= 8 and any(c.isdigit() for c in line)


def clipped_title(view: DocView, j: int, k: int) -> tuple[str] | None:
    """«رئيس «إسكان النواب»: …»: a headline title word then a quoted clipped genitive (1-3
    words) up to the colon at ``k`` -> (actor,) of the first Person mention at or right after
    the body's first title with the same head word whose next words hold each quoted word in
    order («رئيس لجنة الإسكان والمرافق العامة بمجلس النواب، النائب X»: «إسكان» ~ «الإسكان»,
    «النواب» ~ «بمجلس النواب»); else None."""
    if k - j < 3 or view.quote_close.get(j + 1) != k - 1 or not 1 <= k - j - 3 <= 3:
        return None
    head, words = view.w(j), [view.w(t).removeprefix("ال") for t in range(j + 2, k - 1)]
    if not view.lex.title_heads or head.removeprefix("ال") not in view.lex.title_heads:
        return None
    for h in range(k + 1, len(view.toks)):
        if view.w(h) != head or view.sent_of[h] < 0:
            continue
        n, t = 0, h + 1
        while n < len(words) and t < h + _CLIPPED_REACH and view.toks[t].word:
            w = view.w(t)
            n += any(w.removeprefix(p).removeprefix("ال") == words[n] for p in ("", "ب", "ل", "و"))
            t += 1
        if n < len(words):
            continue
        holder = [  # the title's own mention or its holder named right after it («، النائب X»)
            m
            for m in view.mi.all
            if m.type == "Person" and m.actor and h <= view.mi.span.get(id(m), (-1,))[0] <= t + 3
        ]
        return (holder[0].actor,) if holder else None
    return None


_CLIPPED_REACH = 9  # words of the body's title searched for a clipped genitive's words


def officials(view: DocView, j: int, k: int) -> tuple[None] | None:
    """«وزراء خارجية دول الساحل (من مراكش): …»: a plural title and its genitive (2-5 words)
    before a headline colon -> (None,): several officials speak, no single actor; else None."""
    if not 2 <= k - j <= 5 or view.w(j) not in _PLURAL_TITLES:
        return None
    if any(not view.toks[t].word or view.is_cue_word(t) for t in range(j, k)):
        return None
    return (None,)


#: plural titles that open a group of officials before a headline colon (normalised)
_PLURAL_TITLES = frozenset(
    normalize_key(w) for w in "وزراء قادة رؤساء زعماء سفراء مندوبو ممثلو مسؤولو نواب".split()
)


_WITH = normalize_key("مع")
_MAX_INTRO = 60  # tokens of an interview's introduction searched for «سُئل X»


def interviewee(view: DocView, q: int) -> tuple[str | None] | None:
    """The person the paragraph before an interview's first question (token ``q``, its mark)
    introduces -> (actor,): the Person mention with an actor right after «مع» when the paragraph
    ends with a colon («حوار أجراه X مع الوزير Y:») or «مع» follows a noun of interviewing
    («وفي ما يلي نص الحوار مع الوزير Y.»); else (any ending) the subject of a passive «سُئل»
    («وفي حوار مع "Z"، سُئل الوزير Y عن …»; (None,) when that subject is no known actor) or the
    first person after a verb of interviewing («وحاورت "Z" الوزير Y»; (None,) when none follows
    it in a paragraph ending with a colon), else the last known person of the paragraph. None
    when it names nobody (the last person who spoke is used)."""
    line_start = view.text.rfind("\n", 0, view.toks[q].start) + 1
    intro = view.text[:line_start].rstrip()
    para = intro.rfind("\n") + 1
    colon = intro.endswith(":")
    for m in view.mi.all:  # «حوار/مقابلة أجراها X مع <the interviewee>:», «في حوار مع Y.»
        if m.type == "Person" and m.actor and para <= m.start < len(intro):
            words = view.text[para : m.start].split()
            if words[-1:] == ["مع"] and (colon or _interview_noun(view, words[-2:-1])):
                return (m.actor,)
    toks = [t.i for t in view.toks[max(0, q - _MAX_INTRO) : q] if t.start >= para]
    for p in toks:
        w = view.w(p)
        bare = w[1:] if w[:1] in ("و", "ف") else w
        if view.lex.has("asked", w) and view.w(p - 1) != _WITH:
            subj = view.subject_after(p + 1, q)
            return (subj.actor if subj is not None and subj.resolved else None,)
        if view.lex.has("interview_verb", w) or view.lex.has("interview_verb", bare):
            end = view.toks[q].start
            for m in view.mi.all:  # «وحاورت "Z" الوزير Y»: the person it talks to
                if m.type == "Person" and view.toks[p].end <= m.start < end:
                    return (m.actor,)
            return (None,) if colon else None  # «وحاورت "Z" المؤرخ <unknown>:»: not a guess
    return _last_person(view, para, len(intro))


def _last_person(view: DocView, para: int, end: int) -> tuple[str | None] | None:
    """The introduction paragraph ``[para, end)`` of an interview whatever verb opens it
    («سألنا الخبير X:», «والتقت الجريدة X، وطرحت عليه …:») -> (actor of its last Person
    mention with an actor,); (None,) when its only persons are unknown; None when it names no
    person."""
    people = [m for m in view.mi.all if m.type == "Person" and para <= m.start < end]
    known = [m for m in people if m.actor]
    if known:  # «… تصريحات X في مقابلة … على هامش زيارة المبعوث …»: X, not an unknown envoy
        return (known[-1].actor,)
    return (None,) if people else None


def _interview_noun(view: DocView, words: list[str]) -> bool:
    """Is the one word in ``words`` a noun of interviewing («حوار», «مقابلة»)?"""
    return bool(words) and view.lex.has("interview_noun", normalize_key(words[0]))


def introduced_question(view: DocView, offset: int) -> int | None:
    """A dash answer line at character ``offset`` -> the first token of its interview block's
    first question line when the line before it asks («هل …؟») and the block (question lines
    and dash lines above) opens after a paragraph ending with a colon («سألنا الخبير X:»);
    else None (a rhetorical question is no interview)."""
    text = view.text
    end = text.rfind("\n", 0, offset)
    first = None
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if line.endswith("؟"):
            first = start
        elif line.endswith(":") and first is not None:
            return next((t.i for t in view.toks if t.start >= first), None)
        elif first is None or line[:1] not in _DASHES:
            return None
    return None


_DASHES = frozenset("-–—")


def last_person_speaker(view: DocView, speakers: list[str]) -> str | None:
    """The speakers of the statements before an interview, in order -> the last one that some
    Person mention denotes (an interviewee is a person: a country or ministry that spoke last
    does not answer «ج: …»), else None."""
    people = {m.actor for m in view.mi.all if m.type == "Person" and m.actor}
    return next((s for s in reversed(speakers) if s in people), None)
