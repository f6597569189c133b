"""kg.text.boilerplate: chrome regions per kind on invented pages; body text is kept."""

from __future__ import annotations

import pytest

from kg.text.boilerplate import KINDS, find_boilerplate

P1 = (
    "أعلن وزير الزراعة، صباح اليوم، عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية، "
    "مؤكدا أن الحكومة ستوفر البذور والأسمدة بأسعار مخفضة خلال الموسم المقبل."
)
P2 = (
    "وأضاف الوزير في مؤتمر صحفي عقده في العاصمة أن الخطة تشمل إصلاح قنوات الري القديمة، "
    "وإنشاء مراكز لتخزين الحبوب، وتدريب الفنيين على أساليب الزراعة الحديثة."
)
P3 = (
    "وكانت نقابة المزارعين قد طالبت مرارا بزيادة الدعم الحكومي، بعد موجة جفاف ضربت المنطقة "
    "خلال العامين الماضيين وأدت إلى تراجع الإنتاج بشكل كبير."
)
HEAD = "وزير الزراعة يعلن خطة لدعم المزارعين"


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def kinds_of(text: str, fragment: str) -> set[str]:
    """Kinds of the regions that overlap ``fragment``."""
    s = text.index(fragment)
    e = s + len(fragment)
    return {r.kind for r in find_boilerplate(text) if r.start < e and s < r.end}


def covered(text: str, fragment: str) -> bool:
    return bool(kinds_of(text, fragment))


def test_clean_article_has_no_chrome() -> None:
    text = page(HEAD, P1, P2, P3)
    assert find_boilerplate(text) == []


@pytest.mark.parametrize("marker", ["الوسوم:", "كلمات مفتاحية", "Tags:", "الكلمات الدلالية"])
def test_tag_list_after_the_body(marker: str) -> None:
    text = page(HEAD, P1, P2, P3, marker, "الزراعة", "المزارعين", "الجفاف")
    assert kinds_of(text, marker) == {"tags"}
    assert kinds_of(text, "الجفاف") == {"tags"}
    assert not covered(text, P3)


def test_teasers_after_a_tag_list_are_related() -> None:
    teaser = "افتتاح معرض للكتاب في المدينة القديمة"
    text = page(HEAD, P1, P2, P3, "الوسوم:", teaser, P1.replace("الزراعة", "الثقافة"))
    assert kinds_of(text, "الوسوم:") == {"tags"}
    assert kinds_of(text, teaser) == {"related"}


@pytest.mark.parametrize(
    "marker", ["أخبار ذات صلة", "مقالات متعلقة", "الأكثر قراءة", "مواضيع ذات صلة"]
)
def test_related_list_after_the_body_runs_to_the_end(marker: str) -> None:
    t1, t2 = "افتتاح جسر جديد فوق النهر", "ارتفاع أسعار الخضار في الأسواق الشعبية"
    text = page(HEAD, P1, P2, P3, marker, t1, t2)
    regions = find_boilerplate(text)
    assert regions[-1].end == len(text)
    assert kinds_of(text, t1) == kinds_of(text, t2) == {"related"}
    assert not covered(text, P3)


def test_read_also_inside_the_body_takes_only_its_own_lines() -> None:
    link = "اقرأ أيضاً: ارتفاع أسعار الخضار في الأسواق"
    text = page(HEAD, P1, link, P2, P3)
    assert kinds_of(text, link) == {"related"}
    assert not covered(text, P2)
    assert not covered(text, P3)


def test_tail_marker_before_the_body_does_not_swallow_the_article() -> None:
    text = page("الأكثر قراءة", HEAD, P1, P2, P3)
    assert kinds_of(text, "الأكثر قراءة") == {"related"}
    assert not covered(text, P1)
    assert not covered(text, P3)


@pytest.mark.parametrize(
    "line",
    ["ادعمنا لنستمر", "تبرع لدعم الصحافة المستقلة", "اضغط هنا للمساهمة", "ساهم معنا الآن"],
)
def test_donation_appeals(line: str) -> None:
    text = page(HEAD, P1, P2, P3, line)
    assert kinds_of(text, line) == {"donation"}


def test_appeal_text_before_a_donation_button_is_donation() -> None:
    appeal = "الصحافة المستقلة تحتاج إلى قرائها"
    text = page(HEAD, P1, P2, P3, "مواضيع ذات صلة", "×", appeal, "ادعمنا الآن")
    assert kinds_of(text, appeal) == {"donation"}
    assert kinds_of(text, "×") == {"share"}


@pytest.mark.parametrize(
    "line", ["شارك على فيسبوك", "Twitter", "×", "SHARE", "طباعة", "نسخ الرابط", "واتساب"]
)
def test_share_buttons(line: str) -> None:
    text = page(HEAD, line, P1, P2, P3)
    assert kinds_of(text, line) == {"share"}
    assert not covered(text, P1)


@pytest.mark.parametrize(
    "line",
    [
        "صورة: وزير الزراعة خلال جولته في الحقول",
        "camera iconوزير الزراعة خلال جولته في الحقول",
        "وزير الزراعة يتفقد حقول القمح في الريف الجنوبي (رويترز)",
        "مزارعون يحصدون القمح (وكالة الأنباء المحلية)",
    ],
)
def test_captions(line: str) -> None:
    text = page(HEAD, line, P1, P2, P3)
    assert kinds_of(text, line) == {"caption"}


def test_headline_ending_in_parentheses_is_not_a_caption() -> None:
    head = "وزير الزراعة يتفقد حقول القمح (فيديو)"
    text = page(head, P1, P2)
    assert not covered(text, head)


def test_body_paragraph_ending_in_parentheses_is_not_a_caption() -> None:
    para = P1[:-1] + " (وفق بيان الوزارة)"
    text = page(HEAD, para, P2)
    assert not covered(text, para)


@pytest.mark.parametrize(
    "line",
    ["أخبار محلية", "الاقتصاد", "رياضة", "عربي ودولي", "الرئيسية › أخبار › الزراعة"],
)
def test_section_line_before_the_headline(line: str) -> None:
    text = page(line, HEAD, P1, P2)
    assert kinds_of(text, line) == {"section"}
    assert not covered(text, HEAD)


@pytest.mark.parametrize("head", ["أخبار سارة للمزارعين", "رياضة الفروسية تعود"])
def test_short_headline_with_a_section_word_is_not_a_section(head: str) -> None:
    text = page(head, "وزير الزراعة يعلن خطة الدعم", P1)
    assert not covered(text, head)


def test_section_needs_content_after_it() -> None:
    text = "أخبار محلية"
    assert find_boilerplate(text) == []


@pytest.mark.parametrize("sig", ["وكالات", "المصدر: وكالات", "إعداد: سامر علي", "الوكالة الوطنية"])
def test_signature_after_the_body(sig: str) -> None:
    text = page(HEAD, P1, P2, P3, sig)
    assert kinds_of(text, sig) == {"signature"}


def test_signature_before_trailing_chrome() -> None:
    text = page(HEAD, P1, P2, P3, "وكالات", "أخبار ذات صلة", "افتتاح جسر جديد")
    assert kinds_of(text, "وكالات") == {"signature"}
    assert kinds_of(text, "افتتاح جسر جديد") == {"related"}


@pytest.mark.parametrize(
    "last",
    [
        "وانتهى اللقاء دون اتفاق.",
        "ولم يصدر أي تعليق رسمي حتى الآن.",
        'وختم قائلا: "سنواصل العمل".',
    ],
)
def test_short_final_body_paragraph_is_kept(last: str) -> None:
    text = page(HEAD, P1, P2, P3, last)
    assert not covered(text, last)


@pytest.mark.parametrize(
    "para",
    [
        "وشارك في الاجتماع ممثلون عن النقابات والاتحادات الزراعية من مختلف المحافظات، "
        "إضافة إلى خبراء من منظمة الأغذية والزراعة.",
        "وقال الوزير في تغريدة على تويتر إن الخطة ستطبق فورا في جميع المحافظات دون استثناء.",
    ],
)
def test_markers_inside_body_paragraphs_are_ignored(para: str) -> None:
    text = page(HEAD, P1, para, P2, P3)
    assert not covered(text, para)


def test_region_invariants_on_the_seeds(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        regions = find_boilerplate(text)
        prev_end = 0
        for r in regions:
            assert r.kind in KINDS
            assert prev_end <= r.start < r.end <= len(text)
            assert not text[r.start].isspace() and not text[r.end - 1].isspace()
            prev_end = r.end
        chrome = sum(r.end - r.start for r in regions)
        assert chrome < 0.5 * len(text), path.name


def test_tail_marker_with_more_text_after_than_before_is_only_a_block() -> None:
    text = page(HEAD, P1, "الأكثر قراءة", "افتتاح جسر جديد", P2, P3, P1)
    assert kinds_of(text, "افتتاح جسر جديد") == {"related"}
    assert not covered(text, P2)


@pytest.mark.parametrize("line", ["سياسة|عربي", "الرئيسية / أخبار", "أخبار » سوريا » درعا"])
def test_breadcrumbs(line: str) -> None:
    text = page(line, HEAD, P1, P2)
    assert kinds_of(text, line) == {"section"}


@pytest.mark.parametrize("head", ["بوتين | لن نتخلى عن حلفائنا في المنطقة", "درعا / ريف دمشق"])
def test_headline_with_a_separator_is_not_a_breadcrumb(head: str) -> None:
    text = page(head, "وزير الزراعة يعلن خطة الدعم", P1, P2)
    assert not covered(text, head)


def test_comment_section_runs_to_the_end() -> None:
    text = page(HEAD, P1, P2, P3, "التعليقات", "مقال رائع جدا", "أتفق مع الكاتب")
    assert kinds_of(text, "أتفق مع الكاتب") == {"share"}
    assert not covered(text, P3)


@pytest.mark.parametrize("byline", ["بقلم: سامر علي", "كتب: فريق التحرير"])
def test_bylines_are_signatures(byline: str) -> None:
    text = page(HEAD, byline, P1, P2)
    assert kinds_of(text, byline) == {"signature"}


@pytest.mark.parametrize("line", ["كتب الرئيس رسالة إلى نظيره", "المراسلون في الميدان"])
def test_byline_words_in_other_lines_are_not_signatures(line: str) -> None:
    text = page(HEAD, line, P1, P2)
    assert not covered(text, line)


@pytest.mark.parametrize(
    "head",
    ["شارك الرئيس في القمة", "تبرع رجل أعمال بمليون دولار", "ساهمت روسيا في الحل"],
)
def test_headline_starting_with_a_marker_verb_is_kept(head: str) -> None:
    for text in (page(head, P1, P2), page("أخبار محلية", head, P1, P2)):
        assert not covered(text, head)


@pytest.mark.parametrize("line", ["المصدر الأمني ينفي", "مقتل مراسل صحفي", "حساب تويتر الرسمي"])
def test_tiny_lines_with_a_marker_inside_are_kept(line: str) -> None:
    text = page(HEAD, P1, line, P2, P3)
    assert not covered(text, line)


@pytest.mark.parametrize(
    "line", ["تابعونا عبر تويتر", "المصدر : وكالات", "لمتابعة الأخبار على تلغرام"]
)
def test_tiny_lines_ending_with_a_marker_are_chrome(line: str) -> None:
    text = page(HEAD, P1, P2, line, P3)
    assert covered(text, line)
