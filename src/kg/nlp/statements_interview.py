"""Unmarked interview answers for kg_statements (split from :mod:`kg.nlp.statements_headlines`).

``plain_answers(view, found) -> list[Found]``: an interview laid out as lines with no marks —
an introduction paragraph ending with a colon («وحاورت الصحيفة الخبير X:»), then question lines
ending with «؟», each followed by one answer line — gives a direct statement per answer line,
spoken by the person the introduction names (``interviewee``; none named: an FAQ, no answers).
The block needs at least two question/answer pairs (one question is rhetorical); it ends at the
first line after an answer that asks nothing. Question lines may open with a mark («- هل …؟»,
«س: …؟»); answer lines opened by one («ج:», a dash) are the marked rules' (``answers``); a
line in which another rule already found a cue keeps it.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import Found
from kg.nlp.statements_headparts import interviewee
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_speaker import DocView


def plain_answers(view: DocView, found: list[Found]) -> list[Found]:
    """Unmarked «…؟» / answer line pairs after an introduction ending with a colon -> a direct
    statement per answer line (see the module docstring)."""
    lines = _lines(view.text)
    out: list[Found] = []
    n = 0
    while n < len(lines):
        if not lines[n][2].endswith(":") or n + 1 >= len(lines):
            n += 1
            continue
        pairs = []
        m = n + 1
        while m + 1 < len(lines) and _asks(lines[m][2]) and not _asks(lines[m + 1][2]):
            if _marked(lines[m + 1][2]):  # «ج: …», «- …»: the marked rules' answers
                break
            pairs.append((lines[m], lines[m + 1]))
            m += 2
        if len(pairs) >= _MIN_PAIRS:
            out += _answers(view, found, pairs)
        n = max(m, n + 1)
    return out


_MIN_PAIRS = 2  # question/answer pairs of an unmarked interview


def _answers(view: DocView, found: list[Found], pairs) -> list[Found]:
    """(question line, answer line) pairs -> Found records for the answer lines."""
    index = {t.start: t.i for t in view.toks}
    asked = index.get(pairs[0][0][0])
    if asked is None:
        return []
    who = interviewee(view, asked)
    if not who or who[0] is None:  # «وإليكم التفاصيل:» then «ما شروط الدعم؟»: an FAQ, not an
        return []  # interview: without a person named in the introduction nobody answers
    speaker = who[0]
    out: list[Found] = []
    for _, (start, end, _text) in pairs:
        first = index.get(start)
        if first is None or view.sent_of[first] < 0:
            continue
        toks = [t.i for t in view.toks[first:] if t.end <= end and t.word]
        if not toks or any(first <= f.cue_tok <= toks[-1] for f in found):
            continue
        cue = Cue(view.w(first), "headline", frozenset("c"))
        out.append(Found(first, start, cue, first, None, speaker, "headline", True, toks[-1]))
    return out


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Text -> (start, end, stripped text) of every non-empty line."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _asks(line: str) -> bool:
    """Does the line end with «؟» (a question)?"""
    return line.endswith("؟")


def _marked(line: str) -> bool:
    """Does the line open with an interview mark or a dash («س:», «ج:», «- »)?"""
    head = line.split(":", 1)[0].strip()
    return line[:1] in "-–—*•" or (":" in line[:8] and len(head.split()) == 1)
