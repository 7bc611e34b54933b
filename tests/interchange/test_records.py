"""What the service relies on: stable derived identities, passage identities, code paths."""

from __future__ import annotations

import uuid

from annotator.interchange.records import (
    ExchangeCode,
    ExchangeCoding,
    ExchangeSelection,
    derived_guid,
    fixed_guid,
    iter_codes,
    passage_guid,
)

G = [uuid.UUID(int=n) for n in range(10)]


def test_derived_identities_are_stable_and_distinct() -> None:
    assert derived_guid(G[1], "coding") == derived_guid(G[1], "coding")
    assert len({derived_guid(G[1], "coding"), derived_guid(G[1], "memo"), derived_guid(G[2], "coding")}) == 3
    assert fixed_guid("variable:Author") == uuid.UUID("7ab7ec39-9ba2-5502-89c8-b3f2db557b45")


def test_a_passage_is_its_selection_or_with_several_codes_each_coding() -> None:
    one = ExchangeSelection(G[1], 0, 2, (ExchangeCoding(G[2], G[9]),))
    two = ExchangeSelection(G[3], 0, 2, (ExchangeCoding(G[4], G[9]), ExchangeCoding(G[5], G[8])))
    assert passage_guid(one, one.codings[0]) == G[1]
    assert [passage_guid(two, coding) for coding in two.codings] == [G[4], G[5]]


def test_codes_come_with_their_parent_and_path_parents_first() -> None:
    tree = (ExchangeCode(G[1], "外交", children=(ExchangeCode(G[2], "條約", children=(
        ExchangeCode(G[3], "中蘇"),)), ExchangeCode(G[4], "訪問"))), ExchangeCode(G[5], "security"))
    assert [(code.name, parent, path) for code, parent, path in iter_codes(tree)] == [
        ("外交", None, ("外交",)), ("條約", G[1], ("外交", "條約")), ("中蘇", G[2], ("外交", "條約", "中蘇")),
        ("訪問", G[1], ("外交", "訪問")), ("security", None, ("security",))]
