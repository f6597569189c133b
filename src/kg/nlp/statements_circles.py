"""Reports through a person's circle, for the channel rule of :mod:`kg.nlp.statements_forms`.

``circle_source(view, i, strip, k, subj) -> (Subject | None, int)``: «نقل عنه/عنها …» (the
pronoun at ``k``) — what a person's visitors, aides or circle («زوار، مقربون، أوساط»: lexicon
role source_circle) report from him is his statement: «ونقل زوار الرئيس X عنه أنه …» -> X;
«أما X، فنقل عنه زواره أنه …» -> X, the topic «أما» opened (the circle noun after the pronoun,
with its own pronoun «زواره» or «مقربون منه», is skipped); otherwise the pronoun's antecedent
is the last speaker (None: inherited).
"""

from __future__ import annotations

from kg.nlp.statements_speaker import DocView, Subject

_SUFFIXES = ("هما", "هم", "ها", "ه")  # a possessive pronoun on the circle noun («زواره»)
_FROM_HIM = frozenset({"منه", "منها", "منهم"})  # «مقربون منه»
_FROM = "من"
_AMMA = frozenset({"اما", "واما"})
_AMMA_REACH = 14  # tokens between «أما» and the verb (a title, a name, a comma)


def circle_source(
    view: DocView, i: int, strip: int, k: int, subj: Subject | None
) -> tuple[Subject | None, int]:
    """Channel cue at ``i`` (``strip`` proclitic letters) with «عنه» at ``k`` and the subject
    found after the verb ``subj`` -> (the source's Subject, or None to inherit the last
    speaker; the token after the source)."""
    if subj is not None and 0 <= subj.first < k and _circle(view, subj.first):
        who = subj if subj.actor else None  # «زوار الرئيس X عنه», «مقربون من X عنه»
        if who is None and view.w(subj.last + 1) == _FROM:
            who = view.subject_after(subj.last + 2, k)
        if who is not None and who.actor:
            return Subject(who.actor, who.last, True, subj.first), k + 1
    after = k + 1
    if _circle(view, after):  # «فنقل عنه زواره أنه», «ونقل عنه مقربون منه أن»
        after += 1
        if view.w(after) in _FROM_HIM:
            after += 1
    topic = _amma(view, i) if strip > 0 and view.w(i)[:1] == "ف" else None
    return topic, after


def _amma(view: DocView, i: int) -> Subject | None:
    """«أما X، فنقل …»: the actor subject right after a «أما» a few words before the verb at
    ``i`` in its sentence -> its Subject; else None."""
    lo = max(view.sent_bounds[view.sent_of[i]][0], i - _AMMA_REACH)
    a = next((t for t in range(i - 1, lo - 1, -1) if view.w(t) in _AMMA), None)
    s = view.subject_after(a + 1, i) if a is not None else None
    return Subject(s.actor, s.last, True, s.first) if s is not None and s.actor else None


def _circle(view: DocView, j: int) -> bool:
    """Is token ``j`` a circle noun («زوار», «المقربون», «أوساطه», «زوارها»)?"""
    w = view.w(j)
    forms = {w, w.removeprefix("ال")}
    forms |= {f[: -len(s)] for f in list(forms) for s in _SUFFIXES if f.endswith(s)}
    return any(view.lex.has("source_circle", f) for f in forms)
