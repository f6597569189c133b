"""Given names (given_names.tsv): a 2-3 word name opening with a listed given name is a person
right after a verb, with no title before it. Every sentence is invented (invented surnames);
the given names are common ones across regions. Homographs of common news words stay out of the
list, so a phrase they open after a verb is not read as a person. Full pipeline with the
packaged KB."""

from __future__ import annotations

import pytest
from extracted import named_mentions
from extracted import speakers as _speakers

from kg.nlp.lexicons import load_tsv
from kg.text.normalize import normalize_key


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال فرهاد نوري إن الاتفاق قريب.", "فرهاد نوري"),
        ("وقال طلعت منصور إن الاتفاق قريب.", "طلعت منصور"),
        ("وقال عبدالمنعم السيد إن الاتفاق قريب.", "عبدالمنعم السيد"),
        ("وقال نورالدين بن علي إن الاتفاق قريب.", "نورالدين بن علي"),
        ("وقال آدم الزين إن الاتفاق قريب.", "آدم الزين"),
        ("وأكد سفيان الدباغ أن الحوار «هو المخرج».", "سفيان الدباغ"),
        ("وقال ماسينيسا أوعلي إن الاتفاق قريب.", "ماسينيسا أوعلي"),
        ("وقال دولت باغجلي إن الاتفاق قريب.", "دولت باغجلي"),
        ("ورأى هوشيار برزنجي أن الأزمة «مفتعلة».", "هوشيار برزنجي"),
        ("وقال رشاد الحميري إن الاتفاق قريب.", "رشاد الحميري"),
        ("وقال شربل خوري إن الاتفاق قريب.", "شربل خوري"),
        ("وقال لخضر بوزيان إن الاتفاق قريب.", "لخضر بوزيان"),
        ("وقال صالح المرزوقي إن الاتفاق قريب.", "صالح المرزوقي"),
        ("وقال كامران رحيمي إن الاتفاق قريب.", "كامران رحيمي"),
        ("وقال باريش أوزكان إن الاتفاق قريب.", "باريش أوزكان"),
        ("وقال أمزيان أوسعيد إن الاتفاق قريب.", "أمزيان أوسعيد"),
        ("وقال منتظر الساعدي إن الاتفاق قريب.", "منتظر الساعدي"),
        ("وأوضح رشيد الطالبي أن الاتفاق قريب.", "رشيد الطالبي"),
        # «عبد» + ال-word: a spaced compound given name
        ("وقال عبد الرحمن الخطيب إن الاتفاق قريب.", "عبد الرحمن الخطيب"),
        ("وقال عبد الوهاب الدوري إن الاتفاق قريب.", "عبد الوهاب الدوري"),
    ],
)  # fmt: skip
def test_a_listed_given_name_opens_a_person_after_a_verb(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقالت مروة العلي إن الاتفاق قريب.", "مروة العلي"),
        ("وأضافت نبيلة القاسمي أن الاتفاق قريب.", "نبيلة القاسمي"),
        ("وقالت رزان الخطيب إن الاتفاق قريب.", "رزان الخطيب"),
        ("وقالت لطيفة بنعلي إن الاتفاق قريب.", "لطيفة بنعلي"),
        ("وأوضحت سمية الحداد أن «المفاوضات مستمرة».", "سمية الحداد"),
        ("وقالت ثريا بنكيران إن الاتفاق قريب.", "ثريا بنكيران"),
        ("وقالت نيلوفر رحيمي إن الاتفاق قريب.", "نيلوفر رحيمي"),
        ("وقالت دارين الأحمد إن الاتفاق قريب.", "دارين الأحمد"),
    ],
)  # fmt: skip
def test_female_given_names_after_a_verb(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال بوريس كولينز إن الاتفاق قريب.", "بوريس كولينز"),
        ("وقالت كريستين مولر إن الاتفاق قريب.", "كريستين مولر"),
        ("وقال يائير شتاينر إن الاتفاق قريب.", "يائير شتاينر"),
        ("وقال خافيير مورينو إن الاتفاق قريب.", "خافيير مورينو"),
        ("وقال فولوديمير كوفالينكو إن الاتفاق قريب.", "فولوديمير كوفالينكو"),
        ("وقال راهول شارما إن الاتفاق قريب.", "راهول شارما"),
        ("وقالت ناتاليا بيتروفا إن الاتفاق قريب.", "ناتاليا بيتروفا"),
        ("وقال جورج حداد إن الاتفاق قريب.", "جورج حداد"),
        ("وقال إيان ماكدونالد إن الاتفاق قريب.", "إيان ماكدونالد"),
        ("وقال كوفي مينسا إن الاتفاق قريب.", "كوفي مينسا"),
    ],
)  # fmt: skip
def test_foreign_given_names_after_a_verb(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال إن القرار كان وليد اللحظة السياسية.", "وليد"),
        ("وأبدى حسن النية تجاه المبادرة.", "حسن"),
        ("وأكد حسن سير العملية الانتخابية.", "حسن"),
        ("واعتبر كمال الأجسام رياضة.", "كمال"),
        ("واتهم مالك السفينة الحكومة بالتقصير.", "مالك"),
        ("وطالب مالك العقار بالتعويض.", "مالك"),
        ("ووقع صدام عنيف في المدينة.", "صدام"),
    ],
)  # fmt: skip
def test_a_homograph_after_a_verb_is_no_person(nlp, text: str, word: str) -> None:
    assert [m for m, _ in named_mentions(nlp, text) if m.startswith(word)] == []


# common words of news text that are also given names: never in the list
HOMOGRAPHS = (
    "أمل سلام نور جمال كريم سعيد عادل منير أمين وفاء حياة صباح فجر نصر فتح حسن وليد باسم "
    "كامل جهاد ربيع خميس رمضان سيف ملك نجاح إيمان زهرة يمنى منى هبة عودة سلامة جمعة "
    "هيمن رفعت يشار يعرب ليال تسنيم آن ألان جورجيا مات دان بيت جيب صوفي يولي سلفا يان "
    "سانتياغو كمال مالك فارس بدور لحسن كاملا صابرين سارا لوكا جوان ماي صدام نوعا حلا لونا"
).split()


@pytest.mark.parametrize("word", HOMOGRAPHS)
def test_homographs_stay_out_of_the_list(word: str) -> None:
    listed = {normalize_key(r["name"]) for r in load_tsv("given_names.tsv")}
    assert normalize_key(word) not in listed
