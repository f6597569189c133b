"""Person names after titles (dev16 round): «عبد» + a definite word that is also a lexicon word
(«عبد الصاحب»: «صاحب السمو» is a title) is a compound given name; a reporting verb with «ف»
(«فكتب», «فرأى») ends a name; a governor's title whose place the KB knows does not read the
holder's given name as a second place («محافظ جنين كمال أبو الرب»). Invented sentences."""

from __future__ import annotations

import pytest
from extracted import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأكد المتحدث باسم الوزارة عبد الصاحب الحسناوي أن الوزارة تنتظر.", "عبد الصاحب الحسناوي"),
        ("وقال الوزير عبد الصاحب كاظم إن الخطة جاهزة.", "عبد الصاحب كاظم"),
        ('أما رئيس الحكومة سامر بارزاني فكتب في تدوينة: "لن نتراجع".', "سامر بارزاني"),
        ("أما الوزير سامي أحمد فرأى أن الحل بعيد.", "سامي أحمد"),
        ("أما النائبة هالة يوسف فكتبت أن القرار خاطئ.", "هالة يوسف"),
        ("وأفاد محافظ جنين كمال أبو الرب بأن الوضع صعب.", "كمال أبو الرب"),
        ("وقال محافظ البصرة أسعد عبد الأمير العيداني إن المحافظة مستعدة.",
         "أسعد عبد الأمير العيداني"),
        ("وقال محافظ الناصرية مرتضى علي الإبراهيمي إن الوضع مستقر.", "مرتضى علي الإبراهيمي"),
        ("وقال محافظ ذي قار مرتضى الإبراهيمي إن الوضع مستقر.", "مرتضى الإبراهيمي"),
    ],
)  # fmt: skip
def test_holder_names(nlp, text: str, speaker: str) -> None:
    assert [s for _, s in speakers(nlp, text)] == [speaker]


def test_plural_noun_opens_no_name(nlp) -> None:
    from extracted import named_mentions

    found = named_mentions(nlp, "ويواجه رئيس الوزراء الأرميني انتقادات حادة من المعارضة.")
    assert all("انتقادات" not in m[0] for m in found)
    assert ("رئيس الوزراء الأرميني", "نيكول باشينيان") in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ويرى الباحث في شؤون الشرق الأوسط سامي العلي أن الخطاب تغير.", "سامي العلي"),
        ("وقال الخبير في شؤون القرن الأفريقي كريم حسن إن الخطاب تغير.", "كريم حسن"),
    ],
)  # fmt: skip
def test_expert_in_the_affairs_of_a_region(nlp, text: str, speaker: str) -> None:
    assert [s for _, s in speakers(nlp, text)] == [speaker]
