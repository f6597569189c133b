"""Houses of parliament (dev16 round): the house inside a speaker's or member's title is a
mention («رئيس مجلس النواب X», «عضو البرلمان الإندونيسي X» with its adjective), and bare
«البرلمان» is the home country's KB legislature when the date line gives the country.
Invented sentences."""

from __future__ import annotations

import pytest
from extracted import named_mentions


@pytest.mark.parametrize(
    ("text", "house"),
    [
        ("وقال رئيس مجلس النواب سامي الخوري إن الجلسة مؤجلة.", "مجلس النواب"),
        ("وقال عضو مجلس الشيوخ جون ميلر إن الجلسة مؤجلة.", "مجلس الشيوخ"),
        ("وقال عضو البرلمان الإندونيسي بودي سانتوسو إن الزيارة مهمة.", "البرلمان الإندونيسي"),
    ],
)  # fmt: skip
def test_house_inside_a_title(nlp, text: str, house: str) -> None:
    assert house in [m[0] for m in named_mentions(nlp, text)]


def test_no_house_in_other_titles(nlp) -> None:
    found = [
        m[0]
        for m in named_mentions(nlp, "واعتبرت النائب في لجنة الزراعة هدى سالم أن الخطة متأخرة.")
    ]
    assert "في" not in found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("الرباط - لاماب\nوطالب الفريق بإشراك البرلمان في المفاوضات.", "مجلس النواب المغربي"),
        ("بيروت - الوكالة الوطنية\nوقال النائب إن البرلمان لن يوقع على بياض.",
         "مجلس النواب اللبناني"),
    ],
)  # fmt: skip
def test_bare_parliament_is_the_home_country_s(nlp, text: str, label: str) -> None:
    assert ("البرلمان", label) in named_mentions(nlp, text)
