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

# Reign eras of the Ming and Qing with their first and last Gregorian years (annotator/text/dates.py).
ERAS = DICTIONARY_DIR / "eras.tsv"

# Official titles (总理, 大使, 巡抚...), one per line, for annotator/text/entities.py.
TITLES = DICTIONARY_DIR / "titles.txt"

# jieba's dictionary tags corrected for entities (周恩来 is tagged t, 莫斯科 nr), and common words
# it tags as names that are not (annotator/text/entities.py).
ENTITY_KINDS = DICTIONARY_DIR / "entity_kinds.txt"

# Variant characters and the one form each folds to after t2s (annotator/text/variants.py; made
# by make_variants.py beside it from OpenCC's variant dictionaries).
VARIANTS = DICTIONARY_DIR / "variants.tsv"
