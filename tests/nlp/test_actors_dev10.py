"""Actor mentions behind speakers on unseen articles (dev10 round): «المملكة» as the article's
kingdom and honorific pronouns («سموه», «سعادته») as mentions of the honoured person."""

from __future__ import annotations

import pytest
from extracted import named_mentions as _mentions


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("عمّان - بترا\n\nقال الوزير إن حصة المملكة من المياه تراجعت.", "الأردن"),
        ("الرباط - و م ع\n\nأكد الوزير أن المملكة تدعم الحل السياسي.", "المغرب"),
        # no date line: the kingdom named before it
        ("زار الوزير المملكة العربية السعودية، وقال إن المملكة شريك أساسي.", "السعودية"),
    ],
)
def test_bare_kingdom_is_the_articles_kingdom(nlp, text: str, country: str) -> None:
    assert ("المملكة", country) in _mentions(nlp, text)


def test_bare_kingdom_with_no_kingdom_in_the_article_stays_unresolved(nlp) -> None:
    ms = _mentions(nlp, "القاهرة - أ ش أ\n\nقال الوزير إن المملكة تدرس الطلب.")
    assert ("المملكة", None) in ms or not any(m == "المملكة" for m, _ in ms)
    assert not any(m == "المملكة" and label == "مصر" for m, label in ms)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("استقبل صاحب السمو الشيخ حمدان بن محمد بن راشد آل مكتوم الوفد. وأكد سموه أن التعاون "
         "مستمر.", "حمدان بن محمد بن راشد آل مكتوم"),
        ("وجاء ذلك في كلمة ألقاها سعادة الدكتور ماجد بن محمد بن سالم الأنصاري. وأضاف سعادته أن "
         "الوساطة مستمرة.", "ماجد بن محمد بن سالم الأنصاري"),
    ],
)  # fmt: skip
def test_honorific_pronoun_is_the_honoured_person(nlp, text: str, person: str) -> None:
    ms = _mentions(nlp, text)
    assert any(m in ("سموه", "سعادته") and label == person for m, label in ms)


def test_honorific_pronoun_without_a_person_before_is_unresolved(nlp) -> None:
    ms = _mentions(nlp, "وأكد سموه أن العلاقات متينة.")
    assert all(label is None for m, label in ms if m == "سموه")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("عمّان - بترا\nالاثنين 7 تموز 2025\n\nبحث الوزير الملف.", "عمّان"),
        ("الرياض – (واس)\n\nأعلنت الوزارة الخطة.", "الرياض"),
        ("وقال الوزير: وفي لندن، ذكرت الوزارة في بيان أن الزيارة مهمة.", "لندن"),
    ],
)
def test_date_line_and_locative_capitals_are_places_only(nlp, text: str, place: str) -> None:
    ms = _mentions(nlp, text)
    labels = {label for m, label in ms if m == place}
    assert labels and all(
        label not in ("الأردن", "السعودية", "المملكة المتحدة") for label in labels
    )


def test_capital_as_subject_is_its_government(nlp) -> None:
    ms = _mentions(nlp, "وقالت الخارجية إن لندن ترفض الاتهامات.")
    assert ("لندن", "المملكة المتحدة") in ms


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("الجزائر - الخبر\n\nأعلنت الجزائر قطع علاقاتها مع الرباط.", "الجزائر", "الجزائر"),
        ("تونس - وات\n\nقالت تونس إنها ترفض التدخل.", "تونس", "تونس"),
    ],
)
def test_country_named_like_its_capital(nlp, text: str, word: str, label: str) -> None:
    ms = [(m, lab) for m, lab in _mentions(nlp, text) if m == word]
    assert ms[0][1] != label  # the date line is the city
    assert ms[-1][1] == label  # the subject is the country


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("بغداد/ شفق نيوز\nالأحد، 2 شباط 2025\n\nصوت البرلمان على القانون.", "شفق نيوز"),
        ("الرباط - هسبريس\nالجمعة 19 يوليوز 2024\n\nأعلنت الحكومة الخطة.", "هسبريس"),
        ('بيروت - "المدن"\nالخميس 1 آب\n\nقال الوزير إن الخطة جاهزة.', "المدن"),
    ],
)
def test_date_line_outlet_is_an_organisation(nlp, text: str, outlet: str) -> None:
    assert any(m == outlet for m, _ in _mentions(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "الخرطوم - كتب: أحمد عبد الحليم\nالأحد 19 نوفمبر\n\nقال الوزير إن الحرب مستمرة.",
        "نواكشوط - مراسلنا | الخميس 7 مارس\n\nقال الوزير إن القمة ناجحة.",
    ],
)
def test_date_line_byline_is_no_outlet(nlp, text: str) -> None:
    ms = [m for m, _ in _mentions(nlp, text)]
    assert "كتب" not in ms and "مراسلنا" not in ms


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ('وأعربت بعثة الاتحاد الأوروبي عن قلقها من "التصعيد".', "بعثة الاتحاد الأوروبي"),
        ("وأعلن مكتب الأمم المتحدة أن المساعدات وصلت.", "مكتب الأمم المتحدة"),
    ],
)
def test_body_of_a_kb_organisation_speaks(nlp, text: str, org: str) -> None:
    assert (org, org) in _mentions(nlp, text)


def test_kb_organisation_named_with_its_own_head_stays_the_kb_entry(nlp) -> None:
    assert ("حركة حماس", "حركة حماس") in _mentions(nlp, "وقالت حركة حماس إن الاتفاق قريب.")
    assert not any(m.startswith("حركة الجهاد") for m, _ in _mentions(nlp, "وقالت حركة إن…"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('وقال العاهل الأردني الملك عبد الله الثاني إن الأردن "لن يقبل".', "عبد الله الثاني"),
        ("واستقبل الأمير محمد بن سلمان الوفد.", "محمد بن سلمان"),
        # a bare word that is also a title is a given name: kept
        ('وقال وزير الخارجية أمير خان متقي إن كابل "منفتحة".', "أمير خان متقي"),
    ],
)
def test_kb_name_mention_leaves_its_titles_out(nlp, text: str, name: str) -> None:
    assert any(m == name for m, _ in _mentions(nlp, text))


def test_long_gulf_name_after_a_kb_name(nlp) -> None:
    text = 'وأكد معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء أن قطر "ستواصل".'
    ms = _mentions(nlp, text)
    assert ("محمد بن عبدالرحمن بن جاسم آل ثاني", "محمد بن عبد الرحمن آل ثاني") in ms
