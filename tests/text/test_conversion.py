"""The fast conversion takes the phrases OpenCC takes, however the phrases overlap."""

import functools
from collections import defaultdict

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.conversion import DICTIONARIES, Tables, build_tables, convert

CONFIGS = {
    "t2s": ("TSPhrases.txt", "TSCharacters.txt"),
    "s2t": ("STPhrases.txt", "STCharacters.txt"),
}


@functools.cache
def _tables(config: str) -> Tables:
    return build_tables(*CONFIGS[config])


@functools.cache
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@functools.cache
def _phrases_by_start(table: str) -> dict[str, list[str]]:
    """The table's phrases under their first character and under their first two."""
    by_start = defaultdict(list)
    for line in (DICTIONARIES / table).read_text(encoding="utf-8").splitlines():
        phrase = line.split("\t")[0]
        by_start[phrase[:1]].append(phrase)
        by_start[phrase[:2]].append(phrase)
    return dict(by_start)


@st.composite
def chains_of_phrases(draw: st.DrawFn, table: str) -> str:
    """Phrases that each begin with the last one or two characters of the one before: 头发丝."""
    by_start = _phrases_by_start(table)
    text = draw(st.sampled_from(sorted(by_start[draw(st.sampled_from(sorted(by_start)))])))
    for _ in range(draw(st.integers(0, 5))):
        tail = text[-draw(st.integers(1, 2)) :]
        if tail not in by_start:
            break
        text += draw(st.sampled_from(by_start[tail]))[len(tail) :]
    return text


@pytest.mark.parametrize("config", ["t2s", "s2t"])
@pytest.mark.parametrize("table", ["TSPhrases.txt", "STPhrases.txt"])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_chains_of_overlapping_phrases_convert_as_opencc_does(
    config: str, table: str, data: st.DataObject
) -> None:
    text = data.draw(chains_of_phrases(table))
    assert convert(text, _tables(config)) == _opencc(config).convert(text)


@pytest.mark.parametrize(
    ("config", "text", "expected"),
    [
        ("s2t", "", ""),
        ("s2t", "发", "發"),
        ("s2t", "头发", "頭髮"),  # the whole text one phrase
        ("s2t", "满头发", "滿頭髮"),  # a phrase at the end
        ("s2t", "发头发", "發頭發"),  # 发头 (to start a fashion) is leftmost: no 头发 (hair)
        ("s2t", "头发长", "頭髮長"),  # at the start
        ("s2t", "额发丝", "額髮絲"),  # two phrases sharing 发, both deviating there
        ("s2t", "乔治．布希", "喬治．布希"),  # a table phrase holding a separator: never matched
        ("t2s", "乾隆", "乾隆"),
        ("t2s", "乾", "干"),
    ],
)
def test_phrases_at_the_edges_of_a_text(config: str, text: str, expected: str) -> None:
    assert convert(text, _tables(config)) == expected == _opencc(config).convert(text)
