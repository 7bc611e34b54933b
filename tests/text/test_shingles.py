"""Normalising folded text for comparison, its bigrams, and the stored parallel index."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.errors import TextError
from annotator.text.script import fold
from annotator.text.shingles import (
    NUMBER_WEIGHT,
    PLACEHOLDER,
    ShingleIndex,
    normalise,
    shingle_keys,
)


def spans(text: str) -> list[str]:
    """The stored characters each normalised character stands for."""
    found = normalise(text)
    return [text[start:end] for start, end in zip(found.starts.tolist(), found.ends.tolist(),
                                                  strict=True)]


def test_punctuation_and_white_space_are_not_compared() -> None:
    text = "毛泽东说：“好！”\n\u3000\u3000斯大林 (笑)……"
    assert normalise(text).text == "毛泽东说好斯大林笑"
    assert spans(text) == list("毛泽东说好斯大林笑")


def test_every_run_of_digits_is_one_placeholder_whatever_the_numerals() -> None:
    text = "1949年7月，１９５０年一九四九年十二月廿三日两国3至5年"
    assert normalise(text).text == "#年#月#年#年#月#日#国#至#年"
    assert spans(text)[:4] == ["1949", "年", "7", "月"]
    assert spans(text)[4:6] == ["１９５０", "年"]
    assert spans(text)[8:10] == ["十二", "月"]


def test_a_number_split_by_a_comma_or_a_decimal_point_is_still_one_number() -> None:
    assert spans("3,000人，2.5億美元") == ["3,000", "人", "2.5億", "美", "元"]


def test_numbers_in_different_sentences_stay_apart() -> None:
    assert normalise("共3。1950年[1][2]").text == "共##年##"


def test_letters_are_compared_in_their_plain_lower_case_form() -> None:
    assert normalise("ABC三套方案 Ａｂｃ").text == "abc#套方案abc"


def test_characters_beyond_the_bmp_are_one_character_at_code_point_offsets() -> None:
    text = "𠮷，𪚥1949年𠮷"
    found = normalise(text)
    assert found.text == "𠮷𪚥#年𠮷"
    assert found.starts.tolist() == [0, 2, 3, 7, 8]
    assert found.ends.tolist() == [1, 3, 7, 8, 9]


def test_the_two_scripts_read_alike_once_folded() -> None:
    assert normalise(fold("劉少奇率領中共代表團秘密訪蘇。")).text == \
        normalise(fold("刘少奇率领中共代表团秘密访苏")).text


def test_variants_the_scripts_share_are_one_character() -> None:
    assert normalise(fold("擡頭敍述剰餘")).text == normalise(fold("抬头叙述剩余")).text


def test_equal_bigrams_have_equal_keys_and_the_sample_has_no_collision(
    traditional_sample: str,
) -> None:
    normalised = normalise(fold(traditional_sample))
    keys = shingle_keys(normalised.codes, 2)
    text = normalised.text
    bigrams = [text[i : i + 2] for i in range(len(text) - 1)]
    by_key: dict[int, str] = {}
    for key, bigram in zip(keys.tolist(), bigrams, strict=True):
        assert by_key.setdefault(key, bigram) == bigram
    assert len(by_key) == len(set(bigrams))


def test_a_query_shorter_than_a_shingle_has_no_keys() -> None:
    assert len(shingle_keys(normalise("毛。").codes, 2)) == 0


_ALPHABET = st.sampled_from(list("毛泽东斯大林甲乙𠮷𪚥12一十，。 \n") + ["１", "Ａ"])


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.text(alphabet=_ALPHABET, max_size=6))
def test_the_index_finds_every_occurrence_of_every_bigram_after_a_round_trip(
    text: str, query: str
) -> None:
    document = normalise(text).text
    index = ShingleIndex.from_bytes(ShingleIndex.build(text).to_bytes())
    wanted = normalise(query)
    bigram_of = {key: wanted.text[i : i + 2]
                 for i, key in enumerate(shingle_keys(wanted.codes, 2).tolist())}
    keys = np.array(sorted(bigram_of), dtype=np.uint32)
    positions, which, counts = index.lookup(keys)
    groups = np.split(positions, np.cumsum(counts)[:-1]) if len(counts) else []
    found = dict(zip(which.tolist(), groups, strict=True))
    for key_index, key in enumerate(keys.tolist()):
        expected = [i for i in range(len(document) - 1) if document[i : i + 2] == bigram_of[key]]
        assert found.get(key_index, np.empty(0)).tolist() == expected
        assert index.count(keys)[key_index] == len(expected)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_the_stored_offset_map_gives_back_every_offset(text: str) -> None:
    normalised = normalise(text)
    offsets = ShingleIndex.from_bytes(ShingleIndex.build(text).to_bytes()).offsets
    every = np.arange(len(normalised))
    assert offsets.starts(every).tolist() == normalised.starts.tolist()
    assert offsets.ends(every).tolist() == normalised.ends.tolist()
    stored = np.arange(len(text) + 1)
    expected = [int(np.searchsorted(normalised.starts, offset)) for offset in stored]
    assert offsets.positions(stored).tolist() == expected


def test_rare_shingles_weigh_more_than_common_ones_and_numbers_little() -> None:
    text = "毛泽东说。毛泽东笑。毛泽东走。1949年"
    normalised = normalise(text).text
    index = ShingleIndex.build(text)
    weight = {normalised[i : i + 2]: int(index.weights[i]) for i in range(len(normalised) - 1)}
    assert weight["毛泽"] < weight["东说"]
    assert weight["#年"] == pytest.approx(NUMBER_WEIGHT * weight["东说"], abs=1)
    assert PLACEHOLDER + "年" in weight


def test_an_empty_text_has_an_empty_index() -> None:
    index = ShingleIndex.from_bytes(ShingleIndex.build("，。\n").to_bytes())
    assert index.length == 0
    assert [len(part) for part in index.lookup(np.array([1, 2], dtype=np.uint32))] == [0, 0, 0]


def test_damaged_or_foreign_bytes_are_refused_with_one_line() -> None:
    blob = ShingleIndex.build("毛泽东访问苏联。").to_bytes()
    with pytest.raises(TextError, match="damaged: .* bytes, expected"):
        ShingleIndex.from_bytes(blob[:-1])
    with pytest.raises(TextError, match="not a parallel index"):
        ShingleIndex.from_bytes(b"XXXX" + blob[4:])
    with pytest.raises(TextError, match="too short"):
        ShingleIndex.from_bytes(b"CT")
    with pytest.raises(TextError, match="format 9, .* rebuild it"):
        ShingleIndex.from_bytes(blob[:4] + bytes([9]) + blob[5:])


def test_loading_does_not_copy_the_postings() -> None:
    blob = ShingleIndex.build("毛泽东访问苏联。" * 50).to_bytes()
    index = ShingleIndex.from_bytes(blob)
    assert not index.postings.flags.owndata and not index.postings.flags.writeable


def test_shingles_are_one_to_three_characters_long() -> None:
    codes = normalise("毛泽东访问苏联").codes
    assert [len(shingle_keys(codes, size)) for size in (1, 2, 3)] == [7, 6, 5]
    with pytest.raises(ValueError, match="1 to 3"):
        shingle_keys(codes, 4)
