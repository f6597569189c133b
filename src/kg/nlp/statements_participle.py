"""The participle rule of kg_statements: «، مشيراً إلى أن …» continues the speaker of its clause.

``participle(view, i, strip, cue, limit, cfg, earlier) -> (Found, Subject) | None``: the content
marker after the participle (past adjunct phrases, an outlet's name in them, an adjunct before
its own على/عن/إلى), and its speaker: the last speaker of the sentence, the subject of a
reporting or demand verb nested in that speaker's content clause, or the clause's subject.
"""

from __future__ import annotations

from kg.nlp.statements_attrib import Config
from kg.nlp.statements_forms import DEICTIC, make, object_before_quote, quoted_charge
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_markers import marker, next_marker, past_addressee, past_outlet_name
from kg.nlp.statements_nesting import unnamed_with_nisba
from kg.nlp.statements_speaker import DocView, Subject
from kg.nlp.statements_view import COMMAS


def participle(view, i, strip, cue, limit, cfg, earlier):
    """«، مشيراً إلى أن …»: same speaker as the clause it continues."""
    after = past_outlet_name(view, view.skip_adjuncts(i + 1, limit), limit)
    after = past_addressee(view, after, limit)
    # «واصفاً القرار بأنه …»: an object participle may put its object before the marker
    m = marker(view, cue, after, limit, cfg, first_only="o" not in cue.comps)
    if m is None and "o" in cue.comps and view.w(i - 1) in COMMAS and after < limit:
        if view.w(after) not in DEICTIC:  # «، مؤكداً ذلك»: no content of its own
            m = ("start", after)
    if m is None and "q" in cue.comps and "o" not in cue.comps:
        m = quoted_charge(view, after, limit)  # «، متهماً القوى الغربية بـ"…"»
    if "o" in cue.comps:
        m = object_before_quote(view, after, m)
    opens_pp = view.lex.has("preposition", view.w(after)) or view.is_prep(after)
    if m is None and "a" in cue.comps and (opens_pp or view.w(after) == "ل"):
        # «مؤكداً خلال اتصال هاتفي مع نظيره X أن …»: past an adjunct phrase
        k = next_marker(view, after + 1, min(limit, after + 12))
        if k is not None and view.lex.complementizer(view.w(k)):
            if not any(view.is_cue_word(t) for t in range(after + 1, k)):
                m = marker(view, cue, k, limit, cfg, first_only=True)
    if m is None and view.lex.has("preposition", view.w(after)):
        m = _own_preposition(view, cue, after, limit, cfg)  # «مشدداً في الوقت نفسه على …»
    if m is None and "a" in cue.comps and after in view.mi.by_start:
        m = _past_object(view, cue, after, limit, cfg)  # «مطالباً الغرب بأن …»
    if m is None:
        return None
    f = make(view, i, strip, cue, m, None, "participle")
    if earlier:
        nested = _nested_subject(view, i)  # «أفاد بلاغ بأن الرئيس X دعا إلى …، مبرزا أن»: X
        f.speaker = nested.actor if nested is not None else earlier[-1]
        return f, Subject(f.speaker, i, True)
    s = unnamed_with_nisba(view, view.clause_subject(i) or view.sentence_subject(i))
    if s is not None and _unnamed_before(view, s):
        s = Subject(None, s.last, True, s.first)  # «استقبل رئيس الوزراء الهايتي وفداً كينياً،
        # مؤكداً»: an unresolved person opened the clause, not the object found later
    f.speaker = s.actor if s else None
    return f, (s or Subject(None, i, True))


_OWN_PREPS = (("l", "ala"), ("n", "an_noun"), ("i", "ila"))


def _own_preposition(view: DocView, cue: Cue, after: int, limit: int, cfg: Config):
    """A participle's own على/عن/إلى + noun past an adjunct phrase that opens at ``after``
    («مشدداً في الوقت نفسه على ضرورة …», «معرباً خلال اللقاء عن أمله …») -> its content marker,
    else None (not a quotation or a clause further on: those are the other rules')."""
    m = marker(view, cue, after, limit, cfg, first_only=False)
    if m is None or m[0] != "start":
        return None
    prev = view.w(m[1] - 1)
    own = any(c in cue.comps and view.lex.has(role, prev) for c, role in _OWN_PREPS)
    return m if own and not any(view.is_cue_word(t) for t in range(after, m[1])) else None


def _past_object(view: DocView, cue: Cue, after: int, limit: int, cfg: Config):
    """«، مطالباً واشنطن بأن …», «، متهماً الغرب بأنه …»: a participle's object (an actor
    mention) right before its أن/بأن clause -> that clause's marker, else None."""
    k = view.subject_after(after, limit)
    if k is None or not k.resolved or k.last + 1 >= limit:
        return None
    if not view.lex.complementizer(view.w(k.last + 1)):
        return None
    return marker(view, cue, k.last + 1, limit, cfg, first_only=True)


def _nested_subject(view: DocView, i: int) -> Subject | None:
    """The subject of a reporting or demand verb inside the content clause that a participle
    at ``i`` follows («بأن الرئيس X دعا إلى …، مبرزاً»): the clause's subject when a verb cue
    comes right after it, else None."""
    s = view.clause_subject(i)
    if s is None or not s.actor or s.first < 1:
        return None
    if not view.lex.complementizer(view.w(s.first - 1)):
        return None
    k = s.last + 1
    return s if k < i and view.is_cue_word(k) and view.lex.verbs.get(view.w(k)) else None


def _unnamed_before(view, s) -> bool:
    """Is there an unresolved person mention (a role no one could be named for) between the
    start of the sentence and the subject ``s`` found for a participle?"""
    if s.first < 0 or s.actor is None:
        return False
    first = view.sent_bounds[view.sent_of[s.first]][0]
    for t in range(first, s.first):
        m = view.mi.by_start.get(t)
        if m is not None and m.type == "Person" and m.actor is None and m.kind != "pronoun":
            return True
    return False
