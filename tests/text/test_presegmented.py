"""Pre-segmented texts: detected, and their spaces turned into boundaries without loss."""

from hypothesis import given
from hypothesis import strategies as st

from annotator.text.presegmented import (
    Unsegmented,
    looks_presegmented,
    remove_segmentation_spaces,
)


def pieces(result: Unsegmented) -> list[str]:
    edges = result.boundaries
    return [result.text[a:b] for a, b in zip(edges, edges[1:], strict=False)]


def test_the_segmented_sample_is_detected(simplified_sample: str) -> None:
    assert looks_presegmented(simplified_sample)


def test_the_unsegmented_sample_is_not(traditional_sample: str) -> None:
    assert not looks_presegmented(traditional_sample)


def test_occasional_spaces_and_latin_passages_are_not_segmentation() -> None:
    text = (
        "毛泽东 1949年12月抵达莫斯科。Joseph Stalin met him at the Kremlin on the same day, "
        "and the talks began. 斯大林说：胜利者是不能受指责的。\n床前明月光 疑是地上霜"
    )
    assert not looks_presegmented(text)
    assert not looks_presegmented("No Chinese at all, just words with spaces between them.")
    assert not looks_presegmented("")


def test_the_sample_loses_its_spaces_and_keeps_its_words(simplified_sample: str) -> None:
    result = remove_segmentation_spaces(simplified_sample)
    assert result.text.startswith("毛泽东这次访苏，涉及的内容是重大的，")
    assert pieces(result)[:6] == ["毛泽东", "这次", "访苏", "，", "涉及", "的"]
    assert " " not in result.text
    assert "外蒙古\u3000斯大林" in result.text  # the ideographic space is content
    assert pieces(result) == [word for word in simplified_sample.split(" ") if word]


def test_spaces_between_latin_words_and_numbers_stay_as_boundaries() -> None:
    result = remove_segmentation_spaces("会见 Joseph  Stalin 于 1949 1950 年间")
    assert result.text == "会见Joseph  Stalin于1949 1950年间"
    assert pieces(result) == ["会见", "Joseph", "  ", "Stalin", "于", "1949", " ", "1950", "年间"]


def test_line_breaks_stay_and_are_segments_of_their_own() -> None:
    result = remove_segmentation_spaces("毛泽东 访苏 \n\n 斯大林 说\n")
    assert result.text == "毛泽东访苏\n\n斯大林说\n"
    assert pieces(result) == ["毛泽东", "访苏", "\n", "\n", "斯大林", "说", "\n"]


def test_non_bmp_characters_keep_correct_offsets() -> None:
    result = remove_segmentation_spaces("𠮷 野家 𪚥𪚥 字")
    assert result.text == "𠮷野家𪚥𪚥字"
    assert result.boundaries == [0, 1, 3, 5, 6]


def test_empty_and_blank_texts() -> None:
    assert remove_segmentation_spaces("") == Unsegmented("", [0])
    assert remove_segmentation_spaces("   ") == Unsegmented("", [0])


segmented_texts = st.lists(
    st.one_of(
        st.text(alphabet=st.sampled_from("毛泽东𠮷ab1 ，\n\u3000\t"), max_size=8),
        st.sampled_from(["Joseph", "1949", " ", "  ", "\n"]),
    ),
    max_size=30,
).map(" ".join)


@given(segmented_texts)
def test_nothing_but_separator_spaces_is_ever_lost(text: str) -> None:
    result = remove_segmentation_spaces(text)
    assert result.text.replace(" ", "") == text.replace(" ", "")
    assert "".join(pieces(result)) == result.text


@given(segmented_texts)
def test_boundaries_run_from_zero_to_the_end_strictly_increasing(text: str) -> None:
    boundaries = remove_segmentation_spaces(text).boundaries
    assert boundaries[0] == 0
    assert boundaries[-1] == len(remove_segmentation_spaces(text).text)
    assert all(a < b for a, b in zip(boundaries, boundaries[1:], strict=False))


@given(segmented_texts)
def test_every_original_word_is_a_segment(text: str) -> None:
    words = [w for line in text.split("\n") for w in line.split(" ") if w]
    segments = [p for p in pieces(remove_segmentation_spaces(text)) if p.strip(" \n")]
    assert segments == words


def _share_of_hanzi_by_a_space(text: str) -> bool:
    """The definition, counted over the whole text: at least half the hanzi touch a space."""
    import re

    han = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
    hanzi = [m.start() for m in han.finditer(text)]
    touching = [i for i in hanzi if text[i - 1 : i] == " " or text[i + 1 : i + 2] == " "]
    return len(hanzi) >= 2 and len(touching) / len(hanzi) >= 0.5


@given(st.lists(st.sampled_from(["毛泽东", "东", "𠮷", " ", "  ", "ab", "\n", "，"]), max_size=400),
       st.integers(0, 3000))
def test_detection_decides_as_the_whole_text_counted_would(words: list[str], unspaced: int) -> None:
    # Long unspaced text before or after a segmented part: the detection may stop after a
    # prefix, and must still decide as counting every hanzi does.
    for text in ("".join(words) + "中" * unspaced, "中" * unspaced + "".join(words)):
        assert looks_presegmented(text) == _share_of_hanzi_by_a_space(text)


def test_a_long_segmented_text_after_an_unspaced_preface_is_detected() -> None:
    text = "序" * 200 + "毛泽东 抵达 莫斯科 。\n" * 2000
    assert looks_presegmented(text)
    assert not looks_presegmented("序" * 100_000 + "毛泽东 抵达 莫斯科 。\n" * 2000)
