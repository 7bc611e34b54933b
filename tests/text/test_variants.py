"""Variant characters fold to one form on top of script.fold, keeping every offset."""

import importlib.util
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text.resources import DICTIONARY_DIR
from annotator.text.script import fold
from annotator.text.variants import fold_variants, literal_needs_variants, load_variants


def search_form(text: str) -> str:
    return fold_variants(fold(text))


@pytest.mark.parametrize("pair", ["爲為", "衆眾", "裏裡", "綫線"])
def test_the_four_pairs_fold_to_one_form(pair: str) -> None:
    first, second = pair
    assert search_form(first) == search_form(second) == fold(first)


@pytest.mark.parametrize(("variant", "canonical"), [
    ("擡", "抬"),  # Taiwan's standard form beside the simplified one; t2s keeps both
    ("敍", "叙"),  # Hong Kong
    ("衞", "卫"),  # Hong Kong
    ("剰", "剩"),  # Japanese
    ("疎", "疏"),  # the simplified standard wins over OpenCC's standard form
])
def test_variants_t2s_leaves_apart_are_folded_by_the_table(variant: str, canonical: str) -> None:
    assert fold(variant) != fold(canonical)
    assert search_form(variant) == search_form(canonical) == canonical
    assert search_form(f"他{variant}頭") == f"他{canonical}头"


@pytest.mark.parametrize("pair", ["着著", "连联", "欠缺", "予豫", "沪滤", "芸艺"])
def test_distinct_characters_of_simplified_chinese_are_not_merged(pair: str) -> None:
    first, second = pair
    assert search_form(first) != search_form(second)


def test_the_table_is_one_character_for_one_and_every_canonical_form_is_final() -> None:
    table = load_variants()
    assert len(table) > 200
    assert all(len(k) == len(v) == 1 for k, v in table.items())
    assert not set(table.values()) & set(table)


def test_the_shipped_table_is_what_the_build_script_makes() -> None:
    script = DICTIONARY_DIR / "make_variants.py"
    spec = importlib.util.spec_from_file_location("make_variants", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert {source: target for source, (target, _) in module.table().items()} == load_variants()


def test_a_text_without_variants_comes_back_unchanged() -> None:
    text = fold("毛澤東到達莫斯科")
    assert fold_variants(text) is text


_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(sorted(load_variants())),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(["𠮷", "𪚥", "\n", " ", "a"]),
    )
)


@given(_TEXT)
def test_length_and_every_unchanged_character_are_kept(text: str) -> None:
    folded = fold(text)
    result = fold_variants(folded)
    assert len(result) == len(text)
    table = load_variants()
    assert all(after == table.get(before, before) for before, after in zip(folded, result))
    assert fold_variants(result) == result


# Three variant pairs (both forms) and characters no variant touches.
_PAIRS = sorted(load_variants().items())[:3]
_SMALL = st.text(alphabet=st.sampled_from(
    [form for pair in _PAIRS for form in pair] + ["苏", "联", "毛", "\n"]))


@given(_SMALL, _SMALL.filter(bool))
def test_a_literal_search_skips_the_variant_fold_only_where_it_finds_the_same(text, query) -> None:
    # The search leaves the texts unfolded for a literal query that holds no variant and no
    # form a variant folds onto: the hits must be those of the folded text.
    folded_query = search_form(query)
    folded_text = fold(text)
    found = [m.span() for m in re.finditer(re.escape(folded_query), fold_variants(folded_text))]
    if not literal_needs_variants(folded_query):
        assert [m.span() for m in re.finditer(re.escape(folded_query), folded_text)] == found


def test_a_query_with_a_variant_or_its_canonical_form_needs_the_fold() -> None:
    variant, canonical = next(iter(load_variants().items()))
    assert literal_needs_variants(search_form(variant)) and literal_needs_variants(canonical)
    assert not literal_needs_variants(search_form("蘇聯"))
