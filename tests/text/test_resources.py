"""The pipeline's data files are where the code looks for them, and readable."""

from annotator.text.resources import (
    ENTITY_KINDS,
    ERAS,
    FREQUENT_HANZI,
    HISTORICAL_NAMES,
    TITLES,
    VARIANTS,
)


def test_the_dictionaries_exist_and_are_utf8() -> None:
    for path in (HISTORICAL_NAMES, FREQUENT_HANZI, ERAS, TITLES, ENTITY_KINDS, VARIANTS):
        assert path.read_text(encoding="utf-8").strip()


def test_frequent_hanzi_lists_three_thousand_characters_most_frequent_first() -> None:
    lines = FREQUENT_HANZI.read_text(encoding="utf-8").splitlines()
    entries = [line.split() for line in lines if not line.startswith("#")]
    assert len(entries) == 3000
    assert entries[0] == ["一"]
    assert ["国", "國"] in entries[:20]
