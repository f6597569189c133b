"""Statements on dev18 constructions (dev18 retired from unseen to development). Every sentence
is invented for these tests; names, bodies, countries, genders and word order vary. Full
pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "cue", "wrong"),
    [
        (
            "وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار ضروري. وجاء ذلك خلال استقباله وفد "
            "البنك الدولي برئاسة أجاي كومارو بانغا، الذي أوضح بدوره أن البنك مستعد للدعم.",
            "أوضح",
            {"إيمانويل ماكرون", "البنك الدولي"},
        ),
        (
            "والتقت وزيرة الخارجية الألمانية أنالينا بيربوك وفداً برلمانياً برئاسة السيدة كارلا "
            "مونتيروسي، التي أكدت أن الاتفاق قريب.",
            "أكدت",
            {"أنالينا بيربوك"},
        ),
        (
            "واستقبل رئيس الوزراء العراقي محمد شياع السوداني بعثة الاتحاد الأوروبي برئاسة "
            "يوهان فالدبرغر، الذي شدد على أن الانتخابات كانت نزيهة.",
            "شدد",
            {"محمد شياع السوداني", "الاتحاد الأوروبي"},
        ),
    ],
)  # fmt: skip
def test_relative_after_an_unknown_name_is_not_the_opening_actor(
    nlp, text: str, cue: str, wrong: set[str]
) -> None:
    got = dict(_speakers(nlp, text))
    assert got[cue] not in wrong


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "واستقبل وزير الخارجية المصري بدر عبد العاطي وزير الخارجية التركي هاكان فيدان، "
            "الذي أكد أن بلاده تدعم الحل السياسي.",
            "هاكان فيدان",
        ),
    ],
)  # fmt: skip
def test_relative_after_a_known_name_is_that_name(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker
