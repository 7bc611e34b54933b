"""Collation (校勘): what differs between two passages, character by character, at stored
offsets, with script and width differences not counted."""

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.collation import Difference, Segment, collate
from annotator.text.script import fold

EQUAL, REPLACED, DELETED, INSERTED = (Difference.EQUAL, Difference.REPLACED, Difference.DELETED,
                                      Difference.INSERTED)


def shown(a: str, b: str, **options: bool) -> list[tuple[str, str, str]]:
    """Each segment as (kind, a's text, b's text), the texts as stored."""
    return [(segment.kind.value, a[segment.a_start : segment.a_end],
             b[segment.b_start : segment.b_end])
            for segment in collate(fold(a), fold(b), **options)]


def test_the_two_samples_telling_of_liu_shaoqi_differ_in_the_month_and_the_destination() -> None:
    memoir = "1949年6月,劉少奇率領中共代表團秘密訪蘇。"
    web = "1949年7月，刘少奇率领中共代表团访问莫斯科。"
    assert shown(memoir, web) == [
        ("equal", "1949年", "1949年"),
        ("replaced", "6", "7"),
        ("equal", "月,劉少奇率領中共代表團", "月，刘少奇率领中共代表团"),
        ("deleted", "秘密", ""),
        ("equal", "訪", "访"),
        ("replaced", "蘇", "问莫斯科"),
        ("equal", "。", "。"),
    ]


def test_script_and_width_are_no_difference() -> None:
    assert shown("中華人民共和國，１９４９年", "中华人民共和国,1949年") == [
        ("equal", "中華人民共和國，１９４９年", "中华人民共和国,1949年"),
    ]


def test_offsets_count_characters_beyond_the_bmp_as_one() -> None:
    assert collate("𠮷甲𪚥乙", "𠮷丙𪚥乙丁") == [
        Segment(EQUAL, 0, 1, 0, 1),
        Segment(REPLACED, 1, 2, 1, 2),
        Segment(EQUAL, 2, 4, 2, 4),
        Segment(INSERTED, 4, 4, 4, 5),
    ]


def test_punctuation_can_be_left_out_of_the_comparison() -> None:
    a, b = "勝利者是不受譴責的,這是一般的公理。", "胜利者是不受谴责的这是一般公理"
    assert shown(a, b) == [
        ("equal", "勝利者是不受譴責的", "胜利者是不受谴责的"),
        ("deleted", ",", ""),
        ("equal", "這是一般", "这是一般"),
        ("deleted", "的", ""),
        ("equal", "公理", "公理"),
        ("deleted", "。", ""),
    ]
    assert shown(a, b, ignore_punctuation=True) == [
        ("equal", "勝利者是不受譴責的,這是一般", "胜利者是不受谴责的这是一般"),
        ("deleted", "的", ""),
        ("equal", "公理。", "公理"),
    ]


def test_punctuation_inside_a_difference_belongs_to_it_when_left_out() -> None:
    assert shown("甲乙，丙丁", "甲戊戊丁", ignore_punctuation=True) == [
        ("equal", "甲", "甲"),
        ("replaced", "乙，丙", "戊戊"),
        ("equal", "丁", "丁"),
    ]


def test_empty_and_punctuation_only_passages() -> None:
    assert collate("", "") == []
    assert shown("", "毛") == [("inserted", "", "毛")]
    assert shown("，", "毛", ignore_punctuation=True) == [("inserted", "", "毛"), ("equal", "，", "")]


def test_a_long_passage_is_not_aligned_by_its_commonest_characters_alone() -> None:
    # SequenceMatcher's autojunk would ignore characters that fill over 1% of a passage of
    # 200 or more, and find no match in a passage that differs by one character.
    a = "的" * 150 + "毛泽东" + "的" * 150
    b = "的" * 150 + "毛泽西" + "的" * 150
    assert [segment.kind for segment in collate(a, b)] == [EQUAL, REPLACED, EQUAL]


_TEXT = st.text(alphabet=st.sampled_from(list("毛泽東东甲乙𠮷𪚥，, 。1１\n")), max_size=30)


@settings(max_examples=150, deadline=None)
@given(_TEXT, _TEXT, st.booleans())
def test_segments_cover_both_passages_in_order_and_say_truly_what_differs(
    a: str, b: str, ignore_punctuation: bool
) -> None:
    segments = collate(fold(a), fold(b), ignore_punctuation=ignore_punctuation)
    a_at = b_at = 0
    for previous, segment in zip([None, *segments], segments, strict=False):
        assert (segment.a_start, segment.b_start) == (a_at, b_at)
        a_at, b_at = segment.a_end, segment.b_end
        a_part, b_part = a[segment.a_start : segment.a_end], b[segment.b_start : segment.b_end]
        assert a_part or b_part
        if segment.kind is DELETED:
            assert not b_part
        if segment.kind is INSERTED:
            assert not a_part
        if segment.kind is EQUAL and not ignore_punctuation:
            assert collate(fold(a_part), fold(b_part)) == [
                Segment(EQUAL, 0, len(a_part), 0, len(b_part))]
        if previous is not None:
            assert not (previous.kind is EQUAL and segment.kind is EQUAL)
    assert (a_at, b_at) == (len(a), len(b))
