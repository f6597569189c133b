"""Rules added for the dev15 round (held-out-style articles), each as a class: «حمّل X
المسؤولية» is an accusation, a statement only with أن or a quotation; a coordinated verb does not
take a quotation already inside an earlier statement's content. Sentences are invented (not
copied from dev15); full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import statements


def _cues(found):
    return [f[0] for f in found]


# --- «حمّل X المسؤولية»: an accusation, no statement without أن or a quotation -------------------
@pytest.mark.parametrize(
    "text",
    [
        "وحمّلت الحكومة اليمنية جماعة الحوثي مسؤولية انهيار الهدنة.",
        "وحمّل وزير الداخلية الفصائل المسلحة المسؤولية الكاملة عن التفجير.",
        "فيما يحمّل المحتجون الحكومة مسؤولية انقطاع المياه منذ أسابيع.",
        "وحمّلوا الإدارة المحلية مسؤولية تأخر المشاريع.",
    ],
)
def test_blaming_with_a_noun_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وحمّلت الخارجية الفلسطينية إسرائيل المسؤولية، مؤكدة أن التصعيد يهدد المنطقة.",
         "التصعيد يهدد المنطقة"),
        ("وحمّل الوزير الحوثيين مسؤولية التصعيد، وقال إن الحكومة لن تقبل بالابتزاز.",
         "الحكومة لن تقبل بالابتزاز"),
    ],
)  # fmt: skip
def test_blaming_then_a_clause_reports_the_clause(nlp, text, content):
    found = statements(nlp, text)
    assert [f[2] for f in found] == [content]


# --- a coordinated verb does not take the earlier statement's quotation -------------------------
@pytest.mark.parametrize(
    "text",
    [
        'واعتبرت الجبهة الوطنية أن القرار "خطوة متأخرة لا تكفي وحدها"، وطالبت بإعادة الانتخابات.',
        'وأكد الحزب أن النتائج "لا تعكس إرادة الناخبين"، وطالب في بيان بفتح تحقيق عاجل.',
        'ورأت النقابة أن الاتفاق "جاء بعد مفاوضات شاقة وطويلة"، وطالبت الحكومة بتنفيذه.',
    ],
)
def test_coordinated_demand_takes_no_earlier_quotation(nlp, text):
    found = statements(nlp, text)
    assert len(found) == 1
    assert "طالب" not in found[0][0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"الحكومة ماضية في الإصلاحات الاقتصادية"، قال الوزير محمد العلي.', "قال"),
        ('"لن نتراجع عن مطالبنا المشروعة"، قالت رئيسة النقابة هدى المصري.', "قالت"),
    ],
)
def test_postposed_verb_still_takes_its_quotation(nlp, text, cue):
    assert _cues(statements(nlp, text)) == [cue]
