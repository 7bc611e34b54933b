"""Which form of a text is shown: the original stands for its own script, conversions say so."""

from __future__ import annotations

from annotator.text.forms import (
    DisplayScript,
    FontVariant,
    conversion_notice,
    count_differences,
    differing_runs,
    font_variant,
    is_stored_form,
    opening_script,
    own_forms,
    script_status,
)
from annotator.text.script import to_simplified, to_traditional
from tests.conftest import TRADITIONAL_SAMPLE

ORIGINAL, SIMPLIFIED, TRADITIONAL = DisplayScript.ORIGINAL, DisplayScript.SIMPLIFIED, DisplayScript.TRADITIONAL


def test_the_form_of_a_document_in_its_own_script_is_its_stored_text() -> None:
    text = TRADITIONAL_SAMPLE.read_text(encoding="utf-8")
    converted = to_traditional(text)
    # What s2t does to a traditional source: it rewrites characters already traditional.
    assert converted != text and "祕" in converted and "秘" in text
    simplified, traditional = own_forms(text, "traditional", to_simplified(text), converted)
    assert traditional is text
    assert simplified == to_simplified(text)
    simplified_text = "这个著名的人乾杯"  # t2s would write 干杯
    simplified, traditional = own_forms(simplified_text, "simplified", to_simplified(simplified_text), "x" * 8)
    assert simplified is simplified_text and traditional == "x" * 8


def test_mixed_and_unknown_documents_keep_both_conversions() -> None:
    for script in ("mixed", "unknown"):
        assert own_forms("毛泽東", script, "毛泽东", "毛澤東") == ("毛泽东", "毛澤東")


def test_which_forms_are_the_stored_text() -> None:
    assert is_stored_form("traditional", ORIGINAL)
    assert is_stored_form("traditional", TRADITIONAL)
    assert not is_stored_form("traditional", SIMPLIFIED)
    assert is_stored_form("simplified", SIMPLIFIED)
    assert not is_stored_form("mixed", SIMPLIFIED) and not is_stored_form("mixed", TRADITIONAL)


def test_a_newly_opened_document_shows_its_original_unless_the_user_keeps_a_script() -> None:
    assert opening_script(SIMPLIFIED, keep_chosen=False) == ORIGINAL
    assert opening_script(SIMPLIFIED, keep_chosen=True) == SIMPLIFIED
    assert opening_script(ORIGINAL, keep_chosen=True) == ORIGINAL


def test_differing_characters_are_counted_and_found_in_runs_at_code_points() -> None:
    original = "𠮷毛澤東說𪚥了後來"
    shown = "𠮷毛泽东说𪚥了后来"
    assert count_differences(original, shown) == 5
    assert count_differences(original, original) == 0
    assert differing_runs(original, shown, 0, len(original)) == [(2, 5), (7, 9)]
    assert original[2:5] == "澤東說" and original[7:9] == "後來"
    assert differing_runs(original, shown, 3, 8) == [(3, 5), (7, 8)]
    assert differing_runs(original, shown, 5, 7) == []


def test_the_font_variant_follows_the_script_shown() -> None:
    assert font_variant("simplified", "utf-8", ORIGINAL) == FontVariant.SC
    assert font_variant("traditional", "utf-8", ORIGINAL) == FontVariant.TC
    assert font_variant("traditional", "big5hkscs", ORIGINAL) == FontVariant.HK
    assert font_variant("traditional", "utf-8", SIMPLIFIED) == FontVariant.SC
    assert font_variant("simplified", "gb18030", TRADITIONAL) == FontVariant.TC
    assert font_variant("mixed", "big5", ORIGINAL) == FontVariant.TC
    assert font_variant("unknown", "utf-8", ORIGINAL) == FontVariant.SC


def test_the_notice_says_plainly_when_the_text_is_converted() -> None:
    assert conversion_notice("traditional", TRADITIONAL, 0) == ""
    assert conversion_notice("traditional", ORIGINAL, 0) == ""
    notice = conversion_notice("traditional", SIMPLIFIED, 2731, "Ctrl+0")
    assert notice.startswith("简 Converted to simplified — not the original text")
    assert "2,731 characters differ" in notice and "Ctrl+0 shows the original" in notice
    assert "1 character differs" in conversion_notice("mixed", TRADITIONAL, 1)
    assert conversion_notice("mixed", TRADITIONAL, 0) == ""  # nothing converted: it is the original


def test_the_status_names_the_text_shown() -> None:
    assert script_status("traditional", ORIGINAL, 0) == "original text (traditional)"
    assert script_status("simplified", SIMPLIFIED, 0) == "original text (simplified)"
    assert script_status("mixed", ORIGINAL, 0) == "original text (mixed script)"
    assert script_status("mixed", SIMPLIFIED, 12) == "converted to simplified: 12 characters differ from the original"
