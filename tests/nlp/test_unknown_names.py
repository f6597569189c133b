"""People the KB does not know: invented names after titles, surnames alone, role re-mentions.
Every name here is invented for these tests. Full pipeline with the packaged KB."""

from __future__ import annotations

import pytest
from extracted import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the word after «عبد» belongs to the given name even when the KB knows it as a place
        ("قال وزير الداخلية المغربي عبد الجليل دقيزان إن «الوضع صعب».", "عبد الجليل دقيزان"),
        ("وقال رئيس المجلس المحلي عبد الجليل الفرحاني إن «الخدمات تحسنت».", "عبد الجليل الفرحاني"),
    ],
)
def test_given_name_after_abd(nlp, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0][1] == speaker
