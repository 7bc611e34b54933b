"""Fixtures for the text pipeline tests: the two sample texts of the corpus."""

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus"


@pytest.fixture(scope="session")
def traditional_sample() -> str:
    """Unsegmented traditional text with half-width punctuation and stray 后 并 于 愿."""
    return (CORPUS / "mao-visit-moscow-ding-ming-traditional.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def simplified_sample() -> str:
    """Pre-segmented simplified text: one space between words, ``& nbsp ;`` web debris."""
    return (CORPUS / "mao-visit-moscow-presegmented-simplified.txt").read_text(encoding="utf-8")
