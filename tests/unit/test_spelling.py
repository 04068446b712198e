"""One spelling rule for every Vietnamese string the app shows: the plan's own ("old") tone-mark
placement — hóa, xóa, hòa, khỏe, thủy, "Chủ nhật" — never hoá, xoá, hoà, khoẻ, thuỷ,
"Chủ Nhật". Every catalogue registered through core.strings is read, so a string another
feature adds later is checked too."""

from __future__ import annotations

import re
import unicodedata

from ocop_tracker import features, reports, ui  # noqa: F401  (every package registers its strings)
from ocop_tracker.core.strings import HEALTH_LABELS, STATUS_LABELS, STRINGS, WEEKDAYS

# The "new" style puts the mark on the second vowel of oa/oe/uy at the end of a syllable
# (hoá, khoẻ, thuỷ); "qu" is a consonant, so "quý" is right in both styles.
NEW_STYLE = re.compile(r"(?<![qQ])(o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?![^\W\d_])", re.IGNORECASE)
CAPITALISED = re.compile(r"Chủ Nhật")


def spelling_errors(text: str) -> list[str]:
    """The new-style syllables (and 'Chủ Nhật') found in text."""
    text = unicodedata.normalize("NFC", text)
    return [m.group(0) for m in NEW_STYLE.finditer(text)] + CAPITALISED.findall(text)


def _vietnamese() -> dict[str, str]:
    texts = {key: vi for key, (vi, _) in STRINGS.items()}
    texts |= {f"status.{k}": vi for k, (vi, _) in STATUS_LABELS.items()}
    texts |= {f"health.{k}": vi for k, (vi, _) in HEALTH_LABELS.items()}
    texts |= {f"weekday.{i}": vi for i, (vi, _) in enumerate(WEEKDAYS)}
    return texts


def test_the_rule_catches_new_style_marks_and_spares_the_old_style():
    assert spelling_errors("xoá, hoá đơn, hoà, khoẻ, thuỷ lợi, Chủ Nhật") == [
        "oá", "oá", "oà", "oẻ", "uỷ", "Chủ Nhật"]
    assert spelling_errors("xóa, hóa đơn, hòa, khỏe, thủy, Chủ nhật, hoàn thành, quý, "
                           "khuyến, toàn, Thoại") == []


def test_every_catalogue_follows_one_spelling_rule():
    wrong = {key: errors for key, text in _vietnamese().items()
             if (errors := spelling_errors(text))}
    assert not wrong, wrong
