"""Parallel passages: the retellings between the two sample texts (found by hand, the spans
written out below), and reworded, reordered, renumbered and cross-script ones made here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text import parallels
from annotator.text.boundaries import decode_boundaries, encode_boundaries, sentence_boundaries
from annotator.text.normalize import clean_web_text, normalize_text
from annotator.text.parallels import MIN_SCORE, ParallelMatch, find_parallels
from annotator.text.presegmented import remove_segmentation_spaces
from annotator.text.script import fold, to_traditional
from annotator.text.shingles import (
    ShingleIndex,
    normalise,
    numbered_shingles,
    shingle_keys,
    shingle_weights,
)

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus"
TRADITIONAL, SIMPLIFIED = 1, 2  # document ids in these tests


def stored_samples() -> dict[int, str]:
    """The sample texts as an import stores them: line endings unified, the web text's
    "& nbsp ;" cleaned, its segmentation spaces taken out."""
    traditional = normalize_text(
        (CORPUS / "mao-visit-moscow-ding-ming-traditional.txt").read_text(encoding="utf-8"))
    simplified = normalize_text(
        (CORPUS / "mao-visit-moscow-presegmented-simplified.txt").read_text(encoding="utf-8"))
    simplified = remove_segmentation_spaces(clean_web_text(simplified).text).text
    return {TRADITIONAL: traditional, SIMPLIFIED: simplified}


class Parallel(NamedTuple):
    """A passage of one sample text and its counterpart in the other, checked by hand."""

    name: str
    source: int  # the document the query is taken from
    query: str
    start: int  # the counterpart, in the other document
    end: int
    counterpart: str
    # Other places in the other text that tell the same, less closely: [start, end) each.
    elsewhere: tuple[tuple[int, int], ...] = ()


SAMPLE_PARALLELS = [
    Parallel("Liu Shaoqi's mission: a changed month, 访问莫斯科 for 秘密訪蘇", SIMPLIFIED,
             "1949年7月，刘少奇率领中共代表团访问莫斯科。",
             162, 185, "1949年6月,劉少奇率領中共代表團秘密訪蘇。"),
    Parallel("recognition promised: reworded", SIMPLIFIED,
             "他告诉刘少奇，新中国政府一成立，苏联立即就承认。",
             240, 276, "斯大林還明確地告訴劉少奇,新中國政府宣布成立后,蘇聯政府將立即予以承認。"),
    Parallel("Mao may come to Moscow: a clause of a longer sentence", SIMPLIFIED,
             "新中国成立后，毛泽东即可来莫斯科。",
             210, 240, "斯大林表示贊同,認為中國新政府成立之后,毛澤東即可來莫斯科。"),
    Parallel("the first country to recognise the PRC: two sentences for one", SIMPLIFIED,
             "中华人民共和国成立后，斯大林履行了自己的诺言，苏联成为世界上第一个承认中华人民共和国的国家。",
             331, 389,
             "1949年10月1日,中華人民共和國成立。10月2日,蘇聯政府即發來照會,"
             "成為世界上第一個承認中華人民共和國的國家。",
             elsewhere=((727, 836),)),  # 10月2日,蘇聯政府把它承認中華人民共和國…
    Parallel("the victor is not judged: direct speech retold", SIMPLIFIED,
             "毛泽东见到斯大林说：“我是一个有话无处说的人。”斯大林赶紧说：“胜利者是不能受指责的。”",
             3716, 3778,
             "毛澤東回答說:我是長期受打擊排擠的人,有話沒處說……。不等毛澤東講完,"
             "斯大林馬上插話說:勝利者是不受譴責的,這是一般的公理。"),
    Parallel("the treaty as the visit's result", SIMPLIFIED,
             "这次访问的主要成果是签订了《中苏友好同盟互助条约》。",
             9082, 9104, "特別是中蘇友好同盟互助條約》的簽訂意義重大。",
             elsewhere=((8114, 8171), (8171, 8204))),  # 最終達成; 簽字儀式
    Parallel("the victor is not judged, the other way", TRADITIONAL,
             "毛澤東回答說:我是長期受打擊排擠的人,有話沒處說……。不等毛澤東講完,"
             "斯大林馬上插話說:勝利者是不受譴責的,這是一般的公理。",
             1428, 1472, "毛泽东见到斯大林说：“我是一个有话无处说的人。”斯大林赶紧说：“胜利者是不能受指责的。”"),
    Parallel("the signing: a date that must not pull in the sentence with another date",
             TRADITIONAL, "2月14日,《中蘇友好同盟互助條約》簽字儀式在克里姆林宮隆重舉行。",
             1365, 1391, "这次访问的主要成果是签订了《中苏友好同盟互助条约》。"),
    Parallel("Stalin's two promises, told in the other order with a sentence between",
             TRADITIONAL,
             "斯大林表示贊同,認為中國新政府成立之后,毛澤東即可來莫斯科。"
             "斯大林還明確地告訴劉少奇,新中國政府宣布成立后,蘇聯政府將立即予以承認。",
             1117, 1195,
             "他告诉刘少奇，新中国政府一成立，苏联立即就承认。1945年签订的中苏条约是不平等的，"
             "因为那时是与国民党打交道，不能不如此。新中国成立后，毛泽东即可来莫斯科。"),
    Parallel("Liu Shaoqi's mission, the other way", TRADITIONAL,
             "1949年6月,劉少奇率領中共代表團秘密訪蘇。",
             637, 661, "1949年7月，刘少奇率领中共代表团访问莫斯科。"),
]


@pytest.fixture(scope="module")
def samples() -> dict[int, str]:
    return stored_samples()


@pytest.fixture(scope="module")
def indexes(samples: dict[int, str]) -> dict[int, ShingleIndex]:
    """Both samples' indexes, as the project would store and load them."""
    return {document_id: ShingleIndex.from_bytes(ShingleIndex.build(fold(text)).to_bytes())
            for document_id, text in samples.items()}


@pytest.fixture(scope="module")
def sentences(samples: dict[int, str]) -> dict[int, list[int]]:
    return {document_id: sentence_boundaries(text) for document_id, text in samples.items()}


def other(document_id: int) -> int:
    return SIMPLIFIED if document_id == TRADITIONAL else TRADITIONAL


@pytest.mark.parametrize("case", SAMPLE_PARALLELS, ids=[case.name for case in SAMPLE_PARALLELS])
def test_the_counterpart_in_the_other_sample_comes_first_as_whole_sentences(
    case: Parallel, samples: dict[int, str], indexes: dict[int, ShingleIndex],
    sentences: dict[int, list[int]],
) -> None:
    assert samples[case.source].count(case.query) == 1
    target = other(case.source)
    found = find_parallels(fold(case.query), {target: indexes[target]}, sentences=sentences)
    assert found, "no parallel found"
    best = found[0]
    assert (best.document_id, best.start, best.end) == (target, case.start, case.end)
    assert samples[target][best.start : best.end] == case.counterpart
    assert best.score >= MIN_SCORE
    assert [match.score for match in found] == sorted((m.score for m in found), reverse=True)


@pytest.mark.parametrize("case", SAMPLE_PARALLELS, ids=[case.name for case in SAMPLE_PARALLELS])
def test_without_sentences_the_best_match_lies_in_the_counterpart(
    case: Parallel, indexes: dict[int, ShingleIndex],
) -> None:
    target = other(case.source)
    best = find_parallels(fold(case.query), {target: indexes[target]})[0]
    assert best.document_id == target
    inside = max(min(best.end, end) - max(best.start, start)
                 for start, end in [(case.start, case.end), *case.elsewhere])
    assert inside >= 0.8 * (best.end - best.start)


def test_a_second_retelling_in_the_same_document_comes_second(
    indexes: dict[int, ShingleIndex], sentences: dict[int, list[int]], samples: dict[int, str],
) -> None:
    found = find_parallels(fold("这次访问的主要成果是签订了《中苏友好同盟互助条约》。"),
                           {TRADITIONAL: indexes[TRADITIONAL]}, sentences=sentences)
    assert [(m.start, m.end) for m in found[:2]] == [(9082, 9104), (8171, 8204)]
    assert samples[TRADITIONAL][8171:8204] == "2月14日,《中蘇友好同盟互助條約》簽字儀式在克里姆林宮隆重舉行。"


def test_stored_sentence_boundaries_give_the_same_matches(
    indexes: dict[int, ShingleIndex], sentences: dict[int, list[int]],
) -> None:
    stored = {document_id: decode_boundaries(encode_boundaries(boundaries))
              for document_id, boundaries in sentences.items()}
    for case in SAMPLE_PARALLELS:
        assert find_parallels(fold(case.query), indexes, sentences=stored) == \
            find_parallels(fold(case.query), indexes, sentences=sentences)


def test_a_passage_the_other_text_does_not_tell_finds_nothing(
    indexes: dict[int, ShingleIndex], sentences: dict[int, list[int]],
) -> None:
    # The web text's account of Stalin putting the visit off; the memoir does not have it.
    query = "所以，他致电斯大林，请求把访问的时间推迟到12月底。没想到斯大林再次婉拒。"
    assert find_parallels(fold(query), {TRADITIONAL: indexes[TRADITIONAL]},
                          sentences=sentences) == []


def test_sentences_that_share_only_the_names_every_page_has_are_no_parallels(
    indexes: dict[int, ShingleIndex], sentences: dict[int, list[int]], samples: dict[int, str],
) -> None:
    # Weighted alike, 毛澤東!” (5630-5635) and 當毛澤東問起周恩來是否應來莫斯科時… would
    # score over MIN_SCORE on 毛泽东 and 莫斯科 alone; the memoir names them on every page.
    found = find_parallels(fold("新中国成立后，毛泽东即可来莫斯科。"),
                           {TRADITIONAL: indexes[TRADITIONAL]}, sentences=sentences)
    assert [(m.start, m.end) for m in found] == [(210, 240)]
    assert samples[TRADITIONAL][5630:5635] == "毛澤東!”"


def test_searching_its_own_document_too_leaves_out_the_query_itself(
    samples: dict[int, str], indexes: dict[int, ShingleIndex], sentences: dict[int, list[int]],
) -> None:
    case = SAMPLE_PARALLELS[1]
    start = samples[case.source].index(case.query)
    end = start + len(case.query)
    found = find_parallels(fold(case.query), indexes, sentences=sentences,
                           exclude=(case.source, start, end))
    assert found[0] == ParallelMatch(TRADITIONAL, case.start, case.end, found[0].score)
    assert not any(m.document_id == case.source and m.start < end and start < m.end
                   for m in found)
    unexcluded = find_parallels(fold(case.query), indexes, sentences=sentences)
    assert unexcluded[0] == ParallelMatch(SIMPLIFIED, start, end, 1.0)


def test_a_copy_right_after_the_query_in_its_own_document_is_found(
    samples: dict[int, str],
) -> None:
    sentence = "周恩來對蘇方說,兩國的條約應當寫明互助二字。"
    at = samples[TRADITIONAL].index("\n", 2000) + 1
    text = samples[TRADITIONAL][:at] + sentence + sentence + samples[TRADITIONAL][at:]
    start = at + len(sentence)
    found = find_parallels(fold(sentence), {1: ShingleIndex.build(fold(text))},
                           sentences={1: sentence_boundaries(text)}, exclude=(1, at, start))
    assert (found[0].start, found[0].score) == (start, 1.0)
    assert text[found[0].start : found[0].end].rstrip("\n") == sentence  # with the line break


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_a_smaller_limit_gives_the_best_of_the_longer_list(
    limit: int, indexes: dict[int, ShingleIndex], sentences: dict[int, list[int]],
) -> None:
    # Regions are aligned best bound first and the search stops early: it must not stop
    # before a better match.
    for case in SAMPLE_PARALLELS:
        full = find_parallels(fold(case.query), indexes, sentences=sentences, limit=20)
        assert find_parallels(fold(case.query), indexes, sentences=sentences,
                              limit=limit) == full[:limit]


def best_score_by_brute_force(text: str, query: str) -> float:
    """The best weighted Jaccard score of any span of ``text``, counted shingle by shingle."""
    index = ShingleIndex.build(text)
    wanted = normalise(query)
    query_keys = shingle_keys(wanted.codes, 2).tolist()
    if not query_keys:
        return 0.0
    document_keys = shingle_keys(normalise(text).codes, 2).tolist()
    counts = Counter(query_keys)
    distinct = np.array(sorted(counts), dtype=np.uint32)
    numbered = np.isin(distinct, np.array(query_keys)[numbered_shingles(wanted.codes, 2)])
    weights = dict(zip(distinct.tolist(), shingle_weights(
        index.count(distinct), len(document_keys), numbered).tolist(), strict=True))
    query_weight = sum(weights[key] * count for key, count in counts.items())
    best = 0.0
    for start in range(len(document_keys)):
        for end in range(start + 1, len(document_keys) + 1):
            inside = Counter(document_keys[start:end])
            shared = sum(weights[key] * min(count, inside[key]) for key, count in counts.items())
            span_weight = int(index.weights[start:end].astype(np.int64).sum())
            best = max(best, shared / (query_weight + span_weight - shared))
    return best


_LETTERS = st.text(alphabet=st.sampled_from(list("毛泽东斯大林1，")), max_size=40)


@settings(max_examples=120, deadline=None)
@given(_LETTERS, _LETTERS)
def test_the_best_match_scores_what_the_best_span_scores_counted_by_hand(
    text: str, query: str
) -> None:
    found = find_parallels(query, {1: ShingleIndex.build(text)}, min_score=1e-9)
    expected = best_score_by_brute_force(text, query)
    assert (found[0].score if found else 0.0) == pytest.approx(expected, abs=1e-4)


# -- made-up parallels, planted in the traditional sample ----------------------------------------

PLANTED = ("一九五〇年二月十四日，中苏两国外长在克里姆林宫签署了友好同盟互助条约，"
           "苏联同意在五年内向中国提供三亿美元的贷款，并把中长铁路交还中国。")
VARIANTS = {
    "the same": PLANTED,
    "changed numbers, in Arabic digits": "1950年2月24日，中苏两国外长在克里姆林宫签署了友好同盟互助"
                                         "条约，苏联同意在3年内向中国提供5亿美元的贷款，并把中长铁路交还中国。",
    "reordered": "苏联同意在五年内向中国提供三亿美元的贷款，并把中长铁路交还中国，"
                 "这是一九五〇年二月十四日中苏两国外长在克里姆林宫签署友好同盟互助条约时说定的。",
    "reworded": "一九五〇年二月十四日，两国外交部长于克里姆林宫签订友好同盟互助条约；"
                "苏方答应五年之内借给中国三亿美元，还将中长铁路归还中方。",
    "in traditional characters": to_traditional(PLANTED),
}


@pytest.fixture(scope="module")
def planted(samples: dict[int, str]) -> tuple[str, int, int]:
    """The traditional sample with PLANTED as a paragraph of its own halfway through, after
    characters beyond the BMP: (text, start, end)."""
    text = samples[TRADITIONAL]
    middle = text.index("\n", len(text) // 2) + 1
    before = text[:middle] + "𠮷𪚥。\n"
    return before + PLANTED + "\n" + text[middle:], len(before), len(before) + len(PLANTED)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_made_up_retelling_is_found_where_it_was_planted(
    variant: str, planted: tuple[str, int, int],
) -> None:
    text, start, end = planted
    index = {7: ShingleIndex.build(fold(text))}
    whole = find_parallels(fold(VARIANTS[variant]), index, sentences={7: sentence_boundaries(text)})
    assert (whole[0].start, whole[0].end) == (start, end + 1)  # with its line break
    assert text[whole[0].start : whole[0].end] == PLANTED + "\n"
    loose = find_parallels(fold(VARIANTS[variant]), index)[0]
    assert start <= loose.start < loose.end <= end
    assert loose.end - loose.start >= 0.6 * len(PLANTED)


def test_a_copy_scores_1_and_ranks_above_a_retelling_in_another_document(
    planted: tuple[str, int, int], samples: dict[int, str],
) -> None:
    text, start, end = planted
    simplified = samples[SIMPLIFIED] + VARIANTS["reworded"]
    indexes = {7: ShingleIndex.build(fold(text)), 8: ShingleIndex.build(fold(simplified))}
    found = find_parallels(fold(PLANTED), indexes, limit=2)
    assert found[0] == ParallelMatch(7, start, end - 1, 1.0)  # without sentences, without 。
    assert found[1].document_id == 8 and 0.2 < found[1].score < 1
    assert found[1].start >= len(samples[SIMPLIFIED])


def test_a_query_without_two_characters_to_compare_finds_nothing(
    indexes: dict[int, ShingleIndex],
) -> None:
    assert find_parallels("毛", indexes) == []
    assert find_parallels("，。“”", indexes) == []
    assert find_parallels("毛泽东", indexes, limit=0) == []


def test_few_span_bounds_still_find_the_passage(
    planted: tuple[str, int, int], monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A long region's starts and ends are thinned evenly, keeping the first and the last.
    text, start, end = planted
    monkeypatch.setattr(parallels, "_MAX_BOUNDS", 4)
    best = find_parallels(fold(PLANTED), {7: ShingleIndex.build(fold(text))})[0]
    assert start <= best.start < best.end <= end and best.score > 0.5
