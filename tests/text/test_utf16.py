"""Code points ↔ UTF-16 units: must hold for every text, whatever characters it holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.text.utf16 import Utf16Offsets

TEXT = "毛𠮷澤東𪚥說"


def test_positions_after_an_astral_character_shift_by_one_unit() -> None:
    offsets = Utf16Offsets(TEXT)
    assert [offsets.to_units(i) for i in range(len(TEXT) + 1)] == [0, 1, 3, 4, 5, 7, 8]
    assert offsets.units == len(TEXT.encode("utf-16-le")) // 2


def test_the_middle_of_a_surrogate_pair_maps_to_its_character() -> None:
    offsets = Utf16Offsets(TEXT)
    assert offsets.to_code_point(2) == 1 and offsets.to_code_point(6) == 4


def test_a_text_inside_the_bmp_needs_no_conversion() -> None:
    offsets = Utf16Offsets("毛澤東說")
    assert offsets.is_identity and offsets.to_units(3) == 3 and offsets.to_code_point(3) == 3


@given(st.text(alphabet=st.sampled_from("毛澤東a \n𠮷𪚥😀")))
def test_round_trip_and_agreement_with_utf16_encoding(text: str) -> None:
    offsets = Utf16Offsets(text)
    for code_point in range(len(text) + 1):
        units = offsets.to_units(code_point)
        assert units == len(text[:code_point].encode("utf-16-le")) // 2
        assert offsets.to_code_point(units) == code_point
