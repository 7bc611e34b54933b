"""Script detection and conversion: conversions keep every offset where it was."""

from hypothesis import given
from hypothesis import strategies as st

from annotator.text.script import Script, detect_script, fold, to_simplified, to_traditional


def test_the_traditional_sample_is_traditional_despite_stray_simplified_characters(
    traditional_sample: str,
) -> None:
    assert "后" in traditional_sample and "并" in traditional_sample
    assert detect_script(traditional_sample) == Script.TRADITIONAL


def test_the_simplified_sample_is_simplified(simplified_sample: str) -> None:
    assert detect_script(simplified_sample) == Script.SIMPLIFIED


def test_a_text_mixing_both_heavily_is_mixed(
    traditional_sample: str, simplified_sample: str
) -> None:
    assert detect_script(traditional_sample[:800] + simplified_sample[:800]) == Script.MIXED


def test_a_text_without_script_specific_characters_is_unknown() -> None:
    assert detect_script("中文人民大山") == Script.UNKNOWN
    assert detect_script("Stalin, 1949") == Script.UNKNOWN
    assert detect_script("") == Script.UNKNOWN
    assert Script.UNKNOWN == "unknown"


def test_conversion_in_both_directions() -> None:
    assert to_simplified("毛澤東訪問蘇聯") == "毛泽东访问苏联"
    assert to_traditional("毛泽东访问苏联") == "毛澤東訪問蘇聯"


def test_phrases_choose_the_right_traditional_character() -> None:
    # 发 is 發 in 发现 but 髮 in 头发; 后 stays 后 in 皇后 but is 後 in 后来.
    assert to_traditional("头发发现后来皇后") == "頭髮發現後來皇后"


def test_the_traditional_sample_converts_character_for_character(
    traditional_sample: str,
) -> None:
    simplified = to_simplified(traditional_sample)
    assert len(simplified) == len(traditional_sample)
    assert "毛泽东" in simplified
    start = traditional_sample.index("毛澤東")
    assert simplified[start : start + 3] == "毛泽东"


def test_non_bmp_and_compatibility_characters_pass_through() -> None:
    text = "𠮷野家的𪚥字\uf900"
    assert to_simplified(text) == text
    assert len(to_traditional(text)) == len(text)


def test_fold_finds_a_word_in_either_script() -> None:
    assert fold("訪問蘇聯") in fold("毛泽东访问苏联")
    assert fold("访问苏联") in fold("毛澤東訪問蘇聯")
    assert fold("毛澤東訪問蘇聯").index(fold("蘇聯")) == "毛澤東訪問蘇聯".index("蘇聯")


hanzi_texts = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from("𠮷𪚥 ，。\n,:!后發头来乾隆"),
    ),
    max_size=60,
)


@given(hanzi_texts)
def test_to_simplified_keeps_the_length(text: str) -> None:
    assert len(to_simplified(text)) == len(text)


@given(hanzi_texts)
def test_to_traditional_keeps_the_length(text: str) -> None:
    assert len(to_traditional(text)) == len(text)


@given(hanzi_texts)
def test_characters_outside_a_conversion_stay_at_their_offsets(text: str) -> None:
    converted = to_simplified(text)
    for original, new in zip(text, converted, strict=True):
        if not "\u4e00" <= original <= "\u9fff":
            assert new == original
