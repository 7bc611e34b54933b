"""Where the text pipeline's data files live (``resources/dictionaries`` in the repository)."""

from pathlib import Path

DICTIONARY_DIR = Path(__file__).resolve().parents[2] / "resources" / "dictionaries"

# Person and place names, in jieba's user-dictionary format, that jieba splits otherwise.
HISTORICAL_NAMES = DICTIONARY_DIR / "historical_names.txt"

# The most frequent hanzi in both scripts, used to judge guessed encodings.
FREQUENT_HANZI = DICTIONARY_DIR / "frequent_hanzi.txt"

# CJK Radicals Supplement characters and the ideographs whose glyphs they share in CJK fonts,
# for repairing PDF text layers (made by make_radical_equivalents.py beside it).
RADICAL_EQUIVALENTS = DICTIONARY_DIR / "radical_equivalents.txt"
