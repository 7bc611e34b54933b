"""Script detection and conversion: conversions keep every offset where it was."""

import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text import script
from annotator.text.conversion import DICTIONARIES
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


# OpenCC's own (slow) conversion is the reference the fast one must equal, character for
# character: segmentation, search and the display toggle rely on the same phrases.
@functools.cache
def _opencc(config: str) -> Callable[[str], str]:
    return opencc.OpenCC(config).convert


CONVERSIONS = [(to_simplified, "t2s"), (to_traditional, "s2t")]


@pytest.mark.parametrize(("convert", "config"), CONVERSIONS)
def test_the_samples_and_their_conversions_convert_as_opencc_does(
    convert: Callable[[str], str], config: str, traditional_sample: str, simplified_sample: str
) -> None:
    texts = [traditional_sample, simplified_sample]
    texts += [_opencc(other)(text) for text in texts for other in ("t2s", "s2t")]
    for text in texts:
        assert convert(text) == _opencc(config)(text)


def test_phrases_choose_the_right_simplified_character() -> None:
    # 乾 is the emperor's 乾 in 乾隆 but 干 (dry) in 乾淨.
    assert to_simplified("乾隆乾淨") == "乾隆干净"


def test_a_longer_phrase_outranks_a_shorter_one_inside_it() -> None:
    # 天后 (a goddess) keeps 后, but 七天后 is "seven days later": 後.
    assert to_traditional("天后七天后") == "天后七天後"


def test_of_two_overlapping_phrases_of_one_length_the_leftmost_wins() -> None:
    # 每只 takes the 只 that 只准 would have kept, so 准 converts by itself.
    assert to_traditional("每只准") == "每隻準"


def test_punctuation_and_spaces_break_a_phrase() -> None:
    assert to_traditional("头发") == "頭髮"
    assert to_traditional("头，发") == "頭，發"
    assert to_traditional("头 发") == "頭 發"


def test_the_tables_are_built_once_for_threads_that_convert_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(script, "_built", {})
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: to_traditional("头发后来"), range(8)))
    assert results == ["頭髮後來"] * 8


def _phrase_keys(table: str) -> list[str]:
    lines = (DICTIONARIES / table).read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line]


def _sample_characters() -> list[str]:
    corpus = Path(__file__).resolve().parents[2] / "resources" / "corpus"
    return sorted({char for sample in corpus.glob("*.txt") for char in sample.read_text("utf-8")})


# Texts of sample characters, punctuation and dictionary phrases side by side, so phrases meet,
# overlap, and are broken by punctuation.
texts_of_phrases = st.lists(
    st.one_of(
        st.sampled_from(_sample_characters()),
        st.sampled_from(_phrase_keys("STPhrases.txt")),
        st.sampled_from(_phrase_keys("TSPhrases.txt")),
        st.sampled_from(["，", "。", " ", "\n", "-", "𠮷"]),
    ),
    max_size=12,
).map("".join)


@pytest.mark.parametrize(("convert", "config"), CONVERSIONS)
@settings(max_examples=300, deadline=None)
@given(text=texts_of_phrases)
def test_texts_of_phrases_convert_as_opencc_does(
    convert: Callable[[str], str], config: str, text: str
) -> None:
    assert convert(text) == _opencc(config)(text)


def _counted_one_by_one(text: str) -> tuple[int, int]:
    traditional_only, simplified_only = script._script_specific_characters()
    return (sum(char in traditional_only for char in text), sum(char in simplified_only for char in text))


@pytest.mark.parametrize("repeat", [1, 40])
def test_a_long_text_is_counted_as_its_characters_one_by_one(
    traditional_sample: str, simplified_sample: str, repeat: int
) -> None:
    # 40 samples reach the length from which the counting is done in numpy.
    text = (traditional_sample[:900] + "𠮷𪚥\ud800" + simplified_sample[:700]) * repeat
    assert (len(text) >= script.NUMPY_MIN_CHARS) == (repeat > 1)
    assert script._specific_counts(text) == _counted_one_by_one(text)
    assert script._specific_counts_numpy(text) == _counted_one_by_one(text)


def test_a_long_traditional_text_is_traditional(traditional_sample: str) -> None:
    long_text = traditional_sample * (script.NUMPY_MIN_CHARS // len(traditional_sample) + 1)
    assert detect_script(long_text) == Script.TRADITIONAL


@pytest.mark.parametrize("convert", [to_simplified, to_traditional])
def test_a_long_text_converts_as_its_pieces_do(
    traditional_sample: str, simplified_sample: str, convert: Callable[[str], str]
) -> None:
    # Long enough to be translated in numpy; pieces that end at a line break convert alone.
    pieces = [traditional_sample, "𠮷𪚥\ud800\n", simplified_sample, "\n"] * 8
    text = "".join(pieces)
    assert len(text) >= script.NUMPY_MIN_CHARS > max(map(len, pieces))
    assert convert(text) == "".join(map(convert, pieces))
