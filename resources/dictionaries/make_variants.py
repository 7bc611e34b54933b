"""Make `variants.tsv`: variant characters and the one form each folds to after t2s.

Search folds a text to simplified characters (annotator/text/script.py ``fold``, OpenCC t2s).
t2s already brings most variant pairs together (爲 and 為 both become 为, 衆/眾 众, 裏/裡 里,
綫/線 线), but not all: Taiwan, Hong Kong and Japanese standard forms that t2s leaves alone
(擡 beside 抬, 敍 beside 叙, 衞 beside 卫, 剰 beside 剩) still differ after it. This script
lists those, from OpenCC's variant dictionaries as opencc-python-reimplemented ships them
(TWVariants, HKVariants, JPVariants and the Rev files of the first two; OpenCC is
Apache-2.0, by Carbo Kuo and contributors): for each pair of characters that the dictionaries
give as variants of one another, and that fold to different characters, one line
"folded variant <TAB> canonical form <TAB> dictionaries", which annotator/text/variants.py
replaces in folded text. Only one character for one character, so offsets hold.

Which form is canonical: the pair's folded form that is among the 3,000 most frequent hanzi
(frequent_hanzi.txt beside this file), standard simplified usage; a pair in which both are
(着/著, 连/联, 欠/缺, 予/豫, 么/幺, 浜/滨) is left out, since both are
characters in their own right in simplified Chinese and folding one into the other would make
a search for 着 find 著作. A pair in which neither is takes OpenCC's standard form (the left
column of the *Variants files). A character that would fold to several forms (弁: 辨, 辩, 瓣)
is left out, and so are the few below that are distinct characters in simplified Chinese
although less frequent (EXCLUDED). Run it after upgrading opencc-python-reimplemented:

    python resources/dictionaries/make_variants.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from annotator.text.conversion import DICTIONARIES  # noqa: E402
from annotator.text.script import to_simplified  # noqa: E402

# (file, whether its left column is the variant and its right column OpenCC's standard form)
SOURCES = (
    ("TWVariants.txt", False),
    ("TWVariantsRev.txt", True),
    ("HKVariants.txt", False),
    ("HKVariantsRev.txt", True),
    ("JPVariants.txt", False),
)

# Distinct characters of simplified Chinese, outside the 3,000 most frequent, that the
# dictionaries give as variants of another: folding would merge different words.
EXCLUDED = {
    "芸": "芸芸, 芸香; Japanese 芸 stands for 藝",
    "缶": "a vessel (缶); Japanese 缶 stands for 罐",
    "糸": "mì, fine silk; Japanese 糸 stands for 絲",
    "颚": "jaw, beside 腭 palate; Taiwan writes 顎 for both",
    "鲶": "both 鲇 and 鲶 are standard simplified characters",
    "酢": "酬酢 (to toast); Japanese 酢 is 醋",
    "滤": "to filter; JPVariants gives 沪 for 濾, but 沪 is Shanghai in simplified Chinese",
}


def frequent() -> set[str]:
    chars: set[str] = set()
    for line in (HERE / "frequent_hanzi.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            chars.add(line.split()[0])  # the simplified form; the traditional ones follow it
    return chars


def pairs() -> dict[tuple[str, str], set[str]]:
    """(OpenCC standard, variant) -> the dictionaries listing them, for one-character pairs."""
    found: dict[tuple[str, str], set[str]] = {}
    for name, reverse in SOURCES:
        for line in (DICTIONARIES / name).read_text(encoding="utf-8").splitlines():
            left, right = line.split("\t")
            for other in right.split(" "):
                standard, variant = (other, left) if reverse else (left, other)
                if len(standard) == 1 and len(variant) == 1 and standard != variant:
                    found.setdefault((standard, variant), set()).add(name.removesuffix(".txt"))
    return found


def table() -> dict[str, tuple[str, set[str]]]:
    """folded variant -> (canonical, sources)."""
    common = frequent()
    candidates: dict[str, dict[str, set[str]]] = {}
    for (standard, variant), sources in pairs().items():
        folded_standard, folded_variant = to_simplified(standard), to_simplified(variant)
        if folded_standard == folded_variant:
            continue  # t2s brings them together already
        if folded_variant in common and folded_standard in common:
            continue  # two characters in their own right
        if folded_variant in common:
            source, target = folded_standard, folded_variant
        else:
            source, target = folded_variant, folded_standard
        candidates.setdefault(source, {}).setdefault(target, set()).update(sources)
    result = {}
    for source, targets in candidates.items():
        if len(targets) == 1 and source not in EXCLUDED:
            (target, sources), = targets.items()
            result[source] = (target, sources)
    # A canonical form must not itself be folded: follow chains to their end.
    for source, (target, sources) in list(result.items()):
        seen = {source}
        while target in result and target not in seen:
            seen.add(target)
            target = result[target][0]
        result[source] = (target, sources)
    return {source: entry for source, entry in result.items() if entry[0] != source}


def main() -> None:
    rows = table()
    lines = [
        "# Variant characters and the form each folds to after OpenCC t2s",
        "# (annotator/text/variants.py). Made by make_variants.py beside this file, which says how;",
        "# do not edit by hand. Source: OpenCC's variant dictionaries (TWVariants, HKVariants,",
        "# JPVariants and the Rev files) as shipped in opencc-python-reimplemented 0.1.7;",
        "# OpenCC is Apache-2.0 (Carbo Kuo and contributors). Columns: variant (as t2s leaves it),",
        "# canonical form, the dictionaries that list the pair.",
    ]
    for source in sorted(rows):
        target, sources = rows[source]
        lines.append(f"{source}\t{target}\t{','.join(sorted(sources))}")
    (HERE / "variants.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"variants.tsv: {len(rows)} variants")


if __name__ == "__main__":
    main()
