"""Variant characters folded to one form, on top of script.fold, one character for one.

``fold`` (OpenCC t2s) already brings most variants together: 爲 and 為 both become 为, 衆/眾
众, 裏/裡 里, 綫/線 线. What it leaves apart are the Taiwan, Hong Kong and Japanese standard
forms it does not convert (擡 and 抬, 敍 and 叙, 衞 and 卫, Japanese 剰 and 剩): those are
listed in resources/dictionaries/variants.tsv (made from OpenCC's variant dictionaries by
make_variants.py beside it, which says which pairs it leaves out and why).

``fold_variants(fold(text))`` is the same length as ``text``, so offsets found in it hold in
the original. Fold both the query and the text the same way.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from annotator.text.resources import VARIANTS


def load_variants(path: Path = VARIANTS) -> dict[str, str]:
    """variant -> canonical form, from a table in variants.tsv's format."""
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        variant, canonical = line.split("\t")[:2]
        if len(variant) != 1 or len(canonical) != 1:
            # One for one, always: a longer form would move every offset after it.
            raise ValueError(f"{path.name}, line {number}: expected one character for one")
        table[variant] = canonical
    return table


@functools.cache
def _compiled() -> tuple[re.Pattern[str], dict[str, str]]:
    table = load_variants()
    return re.compile("[" + re.escape("".join(sorted(table))) + "]"), table


def fold_variants(folded: str) -> str:
    """``folded`` (a text after script.fold) with each variant character replaced by its
    canonical form; the same length.

    Variants are rare, so the text is searched for them (about 3 ms a million characters)
    rather than translated whole (str.translate takes about 130 ms), and only what it holds
    is replaced.
    """
    pattern, table = _compiled()
    if pattern.search(folded) is None:
        return folded
    return pattern.sub(lambda match: table[match[0]], folded)


@functools.cache
def _touched() -> frozenset[str]:
    table = load_variants()
    return frozenset(table) | frozenset(table.values())


def literal_needs_variants(folded_query: str) -> bool:
    """Whether finding the literal `folded_query` in ``fold_variants(text)`` can differ from
    finding it in ``text``: only if it holds a character that is a variant or that a variant
    folds onto. A search for 苏联 then skips folding the texts (30 ms over ten volumes)."""
    touched = _touched()
    return any(character in touched for character in folded_query)

