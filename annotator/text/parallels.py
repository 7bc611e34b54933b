"""Finding parallel passages: the places in other documents that tell what a passage tells.

A query is a range's folded text; the corpus is the documents' ShingleIndex (shingles.py).
For each document:

1. Hits. Every position where one of the query's bigrams occurs, read from the index's
   postings (the document's text is never scanned).
2. Candidates. Hits are counted in windows twice the query's length; each of the densest
   windows, with a query's length added either side (and widened to whole sentences when the
   document's sentence boundaries are given), is a candidate region. A region's bound is the
   share of the query's weight that its hits carry: no span inside can score more.
3. Alignment. In a region, every span that starts at a hit and ends at one (in a long region,
   where a run of adjacent hits starts and ends; with sentences, every span of whole
   sentences) is scored at once, as matrices, and the best kept.

Regions of all documents are aligned best bound first, until ``limit`` matches score at least
the next bound; a match overlapping a better one in its document is dropped.

The score is a weighted Jaccard similarity of the two passages' bags of bigrams: the weight
of the shingles both have (each counted as often as it occurs in both) over the weight of
those either has. Weights are the document's (shingles.shingle_weights): rare shingles count
more than the names every page repeats, and a shingle holding a number counts little. A bag
has no order, so a retelling that puts the same sentences in another order scores as if it
kept them; the score falls as either passage adds what the other lacks, so the best span is
neither a fragment nor a chapter around the counterpart; it is 1 for a copy. The weight of a
span comes from the index's weights by position, so a query reads only the index.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np

from annotator.text.shingles import (
    ShingleIndex,
    normalise,
    numbered_shingles,
    shingle_keys,
    shingle_weights,
)

# On the sample texts (tests/text/test_parallels.py), the labelled counterparts score 0.20 to
# 0.56 as whole sentences, second accounts of the same 0.21 and 0.23; other sentences of the
# other text at most 0.11, but for one telling a like event in like words (周恩來率領中國政府
# 代表團抵達莫斯科 for 刘少奇率领中共代表团访问莫斯科: 0.22) and two sharing a phrase (0.13, 0.14).
MIN_SCORE = 0.12
LIMIT = 20
# Regions aligned per document beyond ``limit``: some turn out to hold the same passage.
_EXTRA_REGIONS = 4
# Span starts (and ends) considered per alignment, at most; more are thinned evenly.
_MAX_BOUNDS = 200


class ParallelMatch(NamedTuple):
    """A passage of document ``document_id`` at stored offsets [start, end), and how like the
    query it is (0 to 1)."""

    document_id: int
    start: int
    end: int
    score: float


def find_parallels(
    query_folded: str,
    indexes: Mapping[int, ShingleIndex],
    *,
    sentences: Mapping[int, Sequence[int]] | None = None,
    exclude: tuple[int, int, int] | None = None,
    limit: int = LIMIT,
    min_score: float = MIN_SCORE,
) -> list[ParallelMatch]:
    """The passages of the indexed documents most like ``query_folded``, best first.

    ``indexes`` maps document ids to their index. ``sentences`` maps some of those ids to the
    document's sentence boundaries (sorted stored offsets from 0 to the text's length, as
    boundaries.sentence_boundaries gives them): matches there are whole sentences.
    ``exclude`` is (document id, start, end) of the query itself, when its own document is
    searched too: matches overlapping it are left out. A query with fewer than two characters
    to compare (punctuation does not count) finds nothing.
    """
    if limit <= 0:
        return []
    codes = normalise(query_folded).codes
    queries: dict[int, _Query] = {}
    regions: list[_Region] = []
    for document_id, index in indexes.items():
        query = queries.get(index.size)
        if query is None:
            query = queries[index.size] = _Query(codes, index.size)
        if query.total == 0:
            continue
        boundaries = sentences.get(document_id) if sentences is not None else None
        own = exclude[1:] if exclude is not None and exclude[0] == document_id else None
        document = _Document(document_id, index, query, boundaries, own)
        regions += document.regions(limit + _EXTRA_REGIONS, min_score)
    regions.sort(key=lambda region: (-region.bound, region.document.id, region.low))
    kept: dict[int, list[tuple[int, int, float]]] = {}
    scores: list[float] = []  # of the matches kept, best first
    for region in regions:
        if len(scores) >= limit and scores[limit - 1] >= region.bound:
            break
        best = region.document.align(region)
        if best is None or best[2] < min_score:
            continue
        first, last, score = best
        start, end = region.document.stored_span(region, first, last)
        document_id = region.document.id
        if exclude is not None and exclude[0] == document_id and \
                start < exclude[2] and exclude[1] < end:
            continue
        spans = kept.setdefault(document_id, [])
        overlapping = [span for span in spans if start < span[1] and span[0] < end]
        # Neighbouring regions can find one passage twice: the better span stays.
        if all(score > span[2] for span in overlapping):
            spans[:] = [span for span in spans if span not in overlapping]
            spans.append((start, end, score))
            scores = sorted((s for found in kept.values() for _, _, s in found), reverse=True)
    matches = [ParallelMatch(document_id, start, end, round(score, 4))
               for document_id, spans in kept.items() for start, end, score in spans]
    matches.sort(key=lambda match: (-match.score, match.document_id, match.start))
    return matches[:limit]


class _Query:
    """The query's shingles for one shingle size: distinct keys, how often each occurs, and
    which hold a number."""

    def __init__(self, codes: np.ndarray, size: int) -> None:
        keys = shingle_keys(codes, size)
        self.size = size
        self.total = len(keys)
        self.keys, self.counts = np.unique(keys, return_counts=True)
        self.numbered = np.isin(self.keys, keys[numbered_shingles(codes, size)])


class _Region(NamedTuple):
    document: _Document
    low: int  # normalised positions [low, high)
    high: int
    bound: float  # the most a span inside can score
    sentences: tuple[int, int] | None  # boundaries[first:last + 1] are those inside


class _Document:
    """One document's hits for a query, and what aligning in its regions needs."""

    def __init__(self, document_id: int, index: ShingleIndex, query: _Query,
                 boundaries: Sequence[int] | None, exclude: tuple[int, int] | None) -> None:
        self.id = document_id
        self.index = index
        self.query = query
        self.boundaries = _as_array(boundaries) if boundaries is not None and \
            len(boundaries) > 1 else None
        # Weighed as the document weighs them (shingles.shingle_weights), in sixteenths.
        self.weights = shingle_weights(index.count(query.keys), index.length - query.size + 1,
                                       query.numbered).astype(np.int64)
        self.weight = int((self.weights * query.counts).sum())
        positions, which, counts = index.lookup(query.keys)
        shingles = np.repeat(which, counts)
        if exclude is not None and len(positions):
            # The query's own hits would make it its own best match, hiding those near it.
            first, last = index.offsets.positions(np.array(exclude)).tolist()
            outside = np.flatnonzero((positions + query.size <= first) | (positions >= last))
            positions, shingles = positions[outside], shingles[outside]
        self.positions = positions  # grouped by shingle, each group in position order
        self.shingles = shingles  # the query's shingle at each position

    def regions(self, wanted: int, min_score: float) -> list[_Region]:
        """The regions around the densest windows of hits, densest first; gathers the hits
        inside them, in position order, for aligning."""
        if not len(self.positions):
            return []
        total = self.query.total
        width = max(1, total // 2)  # a bin is half the query; a window four bins
        span = 4
        per_bin = np.bincount(self.positions // width, minlength=self.index.length // width + 1)
        running = np.concatenate(([0], np.cumsum(per_bin)))
        windows = running[span:] - running[:-span] if len(per_bin) >= span else running[-1:]
        # A span scoring min_score has at least that share of the query's shingles.
        needed = max(1, int(np.ceil(min_score * total)))
        eligible = np.flatnonzero(windows >= needed)
        if len(eligible) > 8 * wanted:
            eligible = eligible[np.argpartition(-windows[eligible], 8 * wanted)[: 8 * wanted]]
        eligible = eligible[np.argsort(-windows[eligible], kind="stable")]
        taken = np.zeros(len(windows), dtype=bool)
        chosen = []
        for first_bin in eligible.tolist():
            if taken[first_bin]:
                continue
            taken[max(0, first_bin - span + 1) : first_bin + span] = True
            chosen.append(first_bin)
            if len(chosen) == wanted:
                break
        if not chosen:
            return []
        bins = np.array(chosen, dtype=np.int64)
        lows = np.maximum(bins * width - total, 0)
        highs = np.minimum((bins + span) * width + total, self.index.length)
        sentences: list[tuple[int, int] | None] = [None] * len(bins)
        if self.boundaries is not None:
            lows, highs, firsts, lasts = self._widen(lows, highs)
            sentences = list(zip(firsts.tolist(), lasts.tolist(), strict=True))
        self._gather(lows, highs)
        inside = self.weight_before[np.searchsorted(self.hit_ends, highs, side="right")] - \
            self.weight_before[np.searchsorted(self.hits, lows)]
        bounds = np.minimum(inside, self.weight) / self.weight
        return [_Region(self, low, high, bound, sentence)
                for low, high, bound, sentence in zip(lows.tolist(), highs.tolist(),
                                                      bounds.tolist(), sentences, strict=True)]

    def _widen(self, lows: np.ndarray, highs: np.ndarray) -> tuple[np.ndarray, ...]:
        """Regions [lows, highs) widened to the sentences they touch: (lows, highs, and the
        indexes of the first and last sentence boundaries of each)."""
        assert self.boundaries is not None
        boundaries, offsets, length = self.boundaries, self.index.offsets, self.index.length
        text_end = int(boundaries[-1])
        stored_lows = np.where(lows < length, offsets.starts(np.minimum(lows, length - 1)),
                               text_end)
        stored_highs = np.where(highs < length, offsets.starts(np.minimum(highs, length - 1)),
                                text_end)
        firsts = np.maximum(np.searchsorted(boundaries, stored_lows, side="right") - 1, 0)
        lasts = np.minimum(np.searchsorted(boundaries, stored_highs), len(boundaries) - 1)
        return (offsets.positions(boundaries[firsts]), offsets.positions(boundaries[lasts]),
                firsts, lasts)

    def _gather(self, lows: np.ndarray, highs: np.ndarray) -> None:
        """The hits inside the regions, in position order, with what scoring them needs."""
        inside = np.zeros(self.index.length + 1, dtype=bool)
        for low, high in zip(lows.tolist(), highs.tolist(), strict=True):
            inside[low:high] = True
        keep = np.flatnonzero(inside[self.positions])
        positions, shingles = self.positions[keep], self.shingles[keep]
        # A hit counts in a span only if the span starts after the hit of the same shingle
        # as many occurrences before it as the query has the shingle: so no shingle counts
        # more often than the query has it. An occurrence outside the regions lies before
        # the start of every span that holds the hit, so leaving it out changes nothing.
        group_starts = np.flatnonzero(np.r_[True, shingles[1:] != shingles[:-1]])
        rank = np.arange(len(positions)) - np.repeat(group_starts,
                                                     np.diff(np.r_[group_starts, len(positions)]))
        back = self.query.counts[shingles]
        earlier = np.full(len(positions), -1, dtype=np.intp)
        has = np.flatnonzero(rank >= back)
        earlier[has] = positions[has - back[has]]
        order = np.argsort(positions, kind="stable")
        self.hits = positions[order]
        self.hit_ends = self.hits + self.query.size
        self.earlier = earlier[order]
        self.weight_before = np.concatenate(([0], np.cumsum(self.weights[shingles[order]])))

    def _sentence_bounds(self, region: _Region) -> tuple[np.ndarray, np.ndarray]:
        """The region's sentence boundaries: (stored offsets, normalised positions)."""
        assert self.boundaries is not None and region.sentences is not None
        first, last = region.sentences
        stored = self.boundaries[first : last + 1]
        return stored, self.index.offsets.positions(stored)

    def align(self, region: _Region) -> tuple[int, int, float] | None:
        """The best span in the region: (first, last, score), normalised [first, last)."""
        size = self.query.size
        lo = int(np.searchsorted(self.hits, region.low))
        hi = int(np.searchsorted(self.hit_ends, region.high, side="right"))
        if lo >= hi:
            return None
        hits, hit_ends, earlier = self.hits[lo:hi], self.hit_ends[lo:hi], self.earlier[lo:hi]
        if region.sentences is not None:
            _, positions = self._sentence_bounds(region)
            starts, ends = positions[positions <= hits[-1]], positions[positions >= hit_ends[0]]
        elif len(hits) <= _MAX_BOUNDS:
            # The best span starts at a hit and ends at one: text beyond adds only weight.
            starts, ends = hits, hit_ends
        else:  # where a run of adjacent hits starts, and where one ends
            breaks = hits[1:] != hits[:-1] + 1
            starts, ends = hits[np.r_[True, breaks]], hit_ends[np.r_[breaks, True]]
        starts, ends = _thin(np.unique(starts)), _thin(np.unique(ends))
        if not len(starts) or not len(ends):
            return None
        weight_before = self.weight_before[lo : hi + 1] - self.weight_before[lo]
        # shared[i, j], the weight of the query's shingles that span (starts[i], ends[j]) has:
        # that of the hits inside, less that of the hits beyond the query's count of their
        # shingle, which are those whose earlier occurrence is inside too.
        first_inside = np.searchsorted(hits, starts)
        last_inside = np.searchsorted(hit_ends, ends, side="right")
        shared = weight_before[last_inside][None, :] - weight_before[first_inside][:, None]
        # A hit beyond the count is so for the starts at or before its earlier occurrence
        # (rows below ``row``) and in the spans it ends inside (columns from ``column``).
        beyond = np.flatnonzero(earlier >= starts[0])
        if len(beyond):
            row = np.searchsorted(starts, earlier[beyond], side="right")
            column = np.searchsorted(ends, hit_ends[beyond])
            cells = np.bincount(row * (len(ends) + 1) + column,
                                weights=np.diff(weight_before)[beyond],
                                minlength=(len(starts) + 1) * (len(ends) + 1))
            cells = cells.reshape(len(starts) + 1, len(ends) + 1)
            excess = np.cumsum(np.cumsum(cells[::-1], axis=0)[::-1][1:, :-1], axis=1)
            shared = shared - excess
        # What spans weigh: sums of the document's weights by position, from the first start.
        base = int(starts[0])
        weight_from_base = np.concatenate(([0], np.cumsum(
            self.index.weights[base : max(int(ends[-1]) - size + 1, base)], dtype=np.int64)))
        end_weight = weight_from_base[np.clip(ends - size + 1 - base, 0,
                                              len(weight_from_base) - 1)]
        span_weight = end_weight[None, :] - weight_from_base[starts - base][:, None]
        shingles = ends[None, :] - size + 1 - starts[:, None]
        union = self.weight + span_weight - shared
        scores = np.where(shingles > 0, shared / np.maximum(union, 1), 0.0)
        i, j = divmod(int(np.argmax(scores)), len(ends))
        if scores[i, j] <= 0:
            return None
        return int(starts[i]), int(ends[j]), float(scores[i, j])

    def stored_span(self, region: _Region, first: int, last: int) -> tuple[int, int]:
        """Stored offsets of the normalised span [first, last): whole sentences if given."""
        if region.sentences is None:
            return self.index.offsets.span(first, last)
        stored, positions = self._sentence_bounds(region)
        # Boundaries share a position where a sentence is all punctuation: the match starts
        # after such sentences and ends before them.
        start_at = int(np.searchsorted(positions, first, side="right")) - 1
        end_at = int(np.searchsorted(positions, last, side="left"))
        return int(stored[start_at]), int(stored[end_at])


def _as_array(boundaries: Sequence[int]) -> np.ndarray:
    """Sentence boundaries as a numpy array; stored ones (array('I'), as
    boundaries.decode_boundaries gives them) without a copy."""
    if isinstance(boundaries, array) and boundaries.itemsize == 4:
        return np.frombuffer(boundaries, dtype=np.uint32)
    return np.asarray(boundaries, dtype=np.int64)


def _thin(bounds: np.ndarray) -> np.ndarray:
    """At most _MAX_BOUNDS of ``bounds``, evenly spread, the first and last kept."""
    if len(bounds) <= _MAX_BOUNDS:
        return bounds
    return bounds[np.linspace(0, len(bounds) - 1, _MAX_BOUNDS).round().astype(np.intp)]
