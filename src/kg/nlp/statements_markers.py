"""Content markers of a statement cue: where its content starts.

``marker(view, cue, j, end, cfg, first_only)`` searches from token ``j`` for what introduces the
content of ``cue`` (a quotation, a colon, أن/إن, or the preposition of a noun complement) ->
``('quote', open token)`` | ``('start', token)`` | None; ``after_marker`` absorbs a bare
complementizer or quotation at the content start (a complementizer carrying a pronoun,
«بأنها "…"», starts the content itself: mixed, indirect); a short quotation after an outlet or
organisation noun (مع قناة "…"، منظمة "…") is a name, not content; ``past_outlet_name`` and
``next_marker`` step over such a name inside an adjunct («في حديث لـ«القدس العربي» إلى أن»).
"""

from __future__ import annotations

from kg.nlp.statements_attrib import Config
from kg.nlp.statements_lexicon import Cue
from kg.nlp.statements_nesting import RELATIVE_HEADS
from kg.nlp.statements_speaker import DocView
from kg.nlp.statements_view import COMMAS

_MAX_PP = 8  # words of an adjunct phrase between a verb (and subject) and its على/عن/إلى


def marker(view: DocView, cue: Cue, j: int, end: int, cfg: Config, first_only: bool):
    """Search a content marker from token ``j``: -> ('quote', open) | ('start', tok) | None."""
    comps = cue.comps
    k = j - 1
    while k + 1 < end:
        k += 1
        w = view.w(k)
        aside = view.adjunct_at(k) if view.w(k - 1) in COMMAS else ()
        if len(aside) > 1:  # «، طلب عدم الكشف عن هويته،»
            k += len(aside) - 1
            continue
        if k in view.quote_close and ("q" in comps or cue.kind == "channel"):
            m = _quote_or_text(view, k, cfg)
            if m[0] == "quote":  # a short quotation here is a name («لـ"الجزيرة"»), go on
                return m
        if w == ":" and ("c" in comps or cue.kind == "channel"):
            return after_marker(view, k + 1, cfg)
        if view.lex.complementizer(w) and ("a" in comps or cue.kind == "channel"):
            if not view.lex.has("an_blocker", view.w(k - 1)):
                start = k if w not in view.lex.roles["complementizer"] else k + 1
                return after_marker(view, start, cfg, keep=start == k)
        for comp, role in (("n", "an_noun"), ("m", "min"), ("i", "ila"), ("l", "ala")):
            # preposition + noun right after the verb/subject; preposition + أن anywhere
            if comp in comps and view.lex.has(role, w):
                if k == j or view.lex.complementizer(view.w(k + 1)) or view.mention_run(j, k):
                    return after_marker(view, k + 1, cfg, noun=comp in "nl")
                holder = _holder_before(view, j, k)  # «… ورئيسة بعثة … هانا تيتيه عن»
                if comp in "nm" and (_name_tail(view, j, k) or _placed_run(view, j, k) or holder):
                    # «أعرب X لولا دا سيلفا عن …», «أعربت بعثة X في الصومال عن …»
                    return after_marker(view, k + 1, cfg, noun=comp in "nl")
                pp = view.lex.has("preposition", view.w(j))  # a word, not «بالاتهام»
                if comp != "m" and pp and k - j <= _MAX_PP:
                    # «وشدد ماكرون خلال اتصال هاتفي مع نظيره على ضرورة …»: past an adjunct PP
                    return after_marker(view, k + 1, cfg, noun=comp in "nl")
        if k == j and view.lex.complementizer(view.w(k + 1)) and view.is_prep(k):
            continue  # «، محذراً من أن …»: the preposition before أن
        if first_only and not view.mention_run(j, k + 1):  # «داعياً واشنطن إلى …»
            return None
        relative = view.w(k - 1) == "ما" and view.w(k - 2) not in RELATIVE_HEADS
        if view.is_cue_word(k) and not relative:  # not «، حسب ما نقلت عنه X،» (but «وهو ما»)
            phrase = view.w(k - 1) in COMMAS or view.w(k + 1) != "عن"  # عبّر takes عن
            if not (view.lex.has("preposition", w) and phrase):
                return None  # but «(،) عبر حسابه على منصة إكس» is a phrase, not the verb عبّر
        if not view.same_sentence(j, k + 1):
            return None
    return None


_MAX_TAIL = 2  # unrecognised name words between a subject mention and its عن/من


def _name_tail(view: DocView, j: int, k: int) -> bool:
    """Tokens ``j..k-1`` are at most two bare words right after a mention (the rest of a name
    the mention did not cover: «لويز إيناسيو لولا [دا سيلفا] عن»), not an object or phrase."""
    if not 0 < k - j <= _MAX_TAIL or (j - 1) not in view.mi.by_end:
        return False
    return all(
        view.toks[t].word
        and not view.w(t).startswith("ال")
        and not view.is_prep(t)
        and not view.is_marker(t)
        and not view.is_cue_word(t)
        for t in range(j, k)
    )


_MAX_TITLE_TAIL = 12  # words of a title's tail before its holder's name and عن/من


def _holder_before(view: DocView, j: int, k: int) -> bool:
    """Tokens ``j..k-1`` are the rest of a long title ending with its holder's name, a Person
    mention right before عن/من («أعربت المبعوثة الأممية ورئيسة بعثة الأمم المتحدة للدعم في
    ليبيا هانا تيتيه عن …»), with no comma, marker, quotation or cue word in between."""
    m = view.mi.by_end.get(k - 1)
    if m is None or m.type != "Person" or not 0 < k - j <= _MAX_TITLE_TAIL:
        return False
    return not any(
        view.w(t) in COMMAS or view.is_marker(t) or view.is_cue_word(t) for t in range(j, k)
    )


def _placed_run(view: DocView, j: int, k: int) -> bool:
    """Tokens ``j..k-1`` are mentions joined by «في», perhaps after one head noun (a subject
    the mentions did not cover: «بعثة [الاتحاد الأفريقي] في [الصومال]») -> True."""
    t = j
    if j not in view.mi.by_start and view.toks[j].word and not view.w(j).startswith("ال"):
        if not (view.is_prep(j) or view.is_marker(j) or view.is_cue_word(j)):
            t += 1
    while t < k:
        m = view.mi.by_start.get(t)
        if m is None:
            return False
        t = view.mi.span[id(m)][1] + 1
        if t < k and view.w(t) == "في":
            t += 1
            if t >= k:
                return False
    return t == k and k > j + (j not in view.mi.by_start)


def after_marker(view: DocView, k: int, cfg: Config, keep: bool = False, noun: bool = False):
    """Content starting at token ``k``; a complementizer or quotation right there is absorbed.
    ``noun``: the noun complement of عن/على, whose quotation may be followed by more of its
    phrase («عبّر عن "امتنان الحكومة" للجهود …»: the whole phrase, mixed; after من the
    quotation alone, «حذر من "…" على الحدود», as the dev8 guideline reading has it)."""
    clause = view.lex.complementizer(view.w(k - 1)) or view.lex.complementizer(view.w(k)) or noun
    if not keep and view.lex.complementizer(view.w(k)):
        k += view.w(k) in view.lex.roles["complementizer"]
    if k in view.quote_close:
        return _quote_or_text(view, k, cfg, clause)
    bare = view.w(k) in view.lex.roles["complementizer"]
    if bare and (k + 1) in view.quote_close:  # «أن "…"»: the quotation may be the content
        return _quote_or_text(view, k + 1, cfg, True)
    # «بأنها "…"», «إنه "…"»: a complementizer carrying a pronoun starts a mixed content
    return ("start", k) if k < len(view.toks) else None


def _quote_or_text(view: DocView, k: int, cfg: Config, clause: bool = False):
    """A quotation opening at ``k``: the content when long enough; after أن/إن (``clause``)
    only if nothing of its clause follows («إن "الباب ما زال مفتوحاً" أمام عودة …»: then the
    whole clause is the content, mixed)."""
    close = view.quote_close[k]
    words = sum(1 for t in view.toks[k + 1 : close] if t.word)
    if words >= cfg.min_quote_words and not outlet_name(view, k):
        nxt = close + 1
        more = nxt < len(view.toks) and view.toks[nxt].word and view.same_sentence(k, nxt)
        return ("start", k + 1) if clause and more else ("quote", k)
    return ("start", k)


#: nouns before a quoted name of an outlet or platform («مع قناة "تي آر تي خبر"»), normalised
_OUTLET_NOUNS = frozenset(
    {"قناه", "صحيفه", "وكاله", "موقع", "منصه", "مجله", "اذاعه", "تلفزيون", "شبكه", "برنامج"}
    | {"منظمه", "حركه", "جماعه", "حزب", "جمعيه", "مؤسسه", "مركز", "مرصد", "ائتلاف", "تحالف"}
)


def outlet_name(view: DocView, k: int) -> bool:
    """Is the quotation opening at token ``k`` the name of an outlet named just before it?"""
    prev = view.w(k - 1)
    return prev in _OUTLET_NOUNS or prev[:1] in "لبو" and prev[1:] in _OUTLET_NOUNS


_MAX_NAME_WORDS = 3  # words of an outlet's unquoted name after its head noun


def past_outlet_name(view: DocView, j: int, limit: int) -> int:
    """«في تصريح لوكالة "سبوتنيك" إلى أن», «لصحيفة الغد أن»: after an adjunct that ends with an
    outlet noun, the token after the outlet's name (quoted, perhaps with one adjective, or up to
    three bare words right before a marker or preposition); else ``j``."""
    if j in view.quote_close and outlet_name(view, j):
        k = view.quote_close[j] + 1  # and its adjective: «لصحيفة "الشرق الأوسط" اللندنية»
        plain = not (view.is_marker(k) or view.is_cue_word(k) or view.is_prep(k))
        return k + (view.w(k).startswith("ال") and plain and k not in view.mi.by_start)
    if not outlet_name(view, j):
        return j
    for k in range(j, min(limit, j + _MAX_NAME_WORDS + 1)):
        if k > j and (view.is_marker(k) or view.lex.has("preposition", view.w(k))):
            return k
        if not view.toks[k].word or view.is_cue_word(k) or view.is_marker(k):
            return j
    return j


def next_marker(view: DocView, a: int, b: int) -> int | None:
    """First content marker in tokens ``a..b-1``, past a quoted name in the adjunct
    («في حديث لـ«القدس العربي» إلى أن», «لوكالة "سبوتنيك" إلى أن») -> its token, else None."""
    k = a
    while k < b:
        if k in view.quote_close and (view.w(k - 1) == "ل" or outlet_name(view, k)):
            k = view.quote_close[k] + 1
        elif view.is_marker(k):
            return k
        else:
            k += 1
    return None


def past_addressee(view: DocView, j: int, limit: int) -> int:
    """«في تصريح خاص لـ"الشرق" …»: after a speech noun, its adjective (one or two words) and a
    quoted addressee -> the token after the quotation; else ``j``."""
    if not view.lex.has("speech_noun", view.w(j - 1)):
        return j
    k = j
    while k < min(limit, j + 2) and view.toks[k].word and view.w(k) not in ("ل", "لـ"):
        if view.is_marker(k) or view.is_cue_word(k) or view.is_prep(k):
            return j
        k += 1
    if view.w(k) in ("ل", "لـ") and k + 1 in view.quote_close:
        return view.quote_close[k + 1] + 1
    return j


_SPEECH_TAIL = 14  # tokens of a relative clause or an addressee after a speech noun
_CARRIED = ("ه", "ها")  # the speech noun's pronoun on a relative verb («نقلتها»)


def past_speech_adjunct(view: DocView, j: int, limit: int) -> int:
    """After a speech noun («في تصريحات», «في حديث»), a relative clause carrying its pronoun
    («نقلتها وكالة "برناما"») or an unquoted addressee («لوكالة الصحافة الفرنسية») running to
    the content marker -> that marker's token (no subject there); else ``j``."""
    after_outlet = view.w(j - 1)[:1] == "ل" and outlet_name(view, j)  # «في حديث لوكالة| X أن»
    if not (view.lex.has("speech_noun", view.w(j - 1)) or after_outlet):
        return j
    if j in view.mi.by_start and not after_outlet:
        return j
    w = view.w(j)
    relative = w.endswith(_CARRIED) and len(w) > 4 and not view.is_prep(j)
    named = outlet_name(view, j + 1) or (j + 1) in view.mi.by_start
    addressee = after_outlet or w[:1] == "ل" and len(w) > 3 and named
    named_quote = j in view.quote_close and after_outlet  # «لقناة «ليبيا الأحرار» أن»
    if not (relative or addressee) or view.is_marker(j) and not named_quote:
        return j
    if view.is_cue_word(j):
        return j
    j = view.quote_close[j] if named_quote else j
    for k in range(j + 1, min(limit, j + _SPEECH_TAIL)):
        if view.is_marker(k) and k not in view.quote_close:
            own = any(view.lex.has(r, view.w(k - 1)) for r in ("ila", "ala", "an_noun", "min"))
            return k - 1 if own else k  # «… إلى أن»: the cue's own preposition
        if view.w(k) in COMMAS or view.is_cue_word(k):
            return j
    return j


_TO = frozenset({"ل", "الي"})  # «لـ"X"», «إلى "X"»: the outlet spoken to, before its quoted name


def past_comma_aside(view, j: int, after: int, limit: int) -> int:
    """«وشددت X، في بيان مشترك صدر مساء اليوم، على …»: a comma at ``j`` opening a
    prepositional aside, a relative clause («، الذي طلب …،») or a title in apposition («X،
    وزير الخارجية الأردني، عن …») closed by a comma -> the token
    after the aside (past adjuncts), when that is further than ``after``; else ``after``."""
    opener = view.w(j + 1)  # «، الذي …،», «، وهو يتحدث …،» (a circumstantial clause)
    if view.w(j) in COMMAS and any(view.lex.has(r, opener) for r in ("relative", "hal_pronoun")):
        # «وأضاف المصدر، الذي طلب عدم الكشف عن هويته، أن …»: a relative clause, cue words and all
        k = j + 2
        while k < min(limit, j + _MAX_RELATIVE):
            if k in view.quote_close and (view.w(k - 1) in _TO or outlet_name(view, k)):
                k = view.quote_close[k] + 1  # «، الذي تحدث لـ/إلى "الشرق"، أن»: an outlet
                continue
            if view.is_marker(k):
                return after
            if view.w(k) in COMMAS:
                return max(after, view.skip_adjuncts(k + 1, limit))
            k += 1
        return after
    title = view.mi.by_start.get(j + 1) if view.w(j) in COMMAS else None
    if title is not None and title.kind == "title" and title.type == "Person":
        end = view.mi.span.get(id(title), (j, -1))[1]  # «X، وزير الخارجية الأردني، عن …»
        if view.w(end + 1) in COMMAS and end + 2 < limit:
            return max(after, view.skip_adjuncts(end + 2, limit))
    if view.w(j) not in COMMAS or not view.is_prep(j + 1):
        return after
    k = view.skip_comma_pp(j + 1, limit)
    return k if k > after else after


_MAX_RELATIVE = 22  # tokens of a comma-closed relative or circumstantial clause
