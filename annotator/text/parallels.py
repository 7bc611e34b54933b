"""Finding parallel passages: the places in other documents that tell what a passage tells.

A query is a range's folded text; the corpus is the documents' ShingleIndex (shingles.py).
For each document:

1. Hits. Every position where one of the query's bigrams occurs, read from the index's
   postings (the document's text is never scanned).
2. Candidates. Hits are counted in windows twice the query's length; each of the densest
   windows, with a query's length added either side (and widened to whole sentences when the
   document's sentence boundaries are given), is a candidate region. A region's bound is the
   share of the query's weight that its hits carry: no span inside can score more.
3. Alignment. In a region, every span that starts where a run of hits starts and ends where
   one ends (or, with sentences, every span of whole sentences) is scored at once, as
   matrices, and the best kept.

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

import bisect
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

# Measured on the sample texts (tests/text/test_parallels.py; python -m bench.parallels): the
# counterparts of the labelled passages score 0.15 to 0.55, whole sentences elsewhere in the
# other text at most 0.14, most below 0.1.
MIN_SCORE = 0.12
LIMIT = 20
# Regions aligned per document beyond ``limit``: some turn out to hold the same passage.
_EXTRA_REGIONS = 4
# Span starts (and ends) considered per alignment, at most; more are thinned evenly.
_MAX_BOUNDS = 400
# Cells of the alignment's matrices computed at once.
_MATRIX_CELLS = 2_000_000


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
        document = _Document.look_up(document_id, index, query, boundaries)
        if document is not None:
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
    sentence_offsets: np.ndarray | None  # the sentence boundaries inside, stored
    sentence_positions: np.ndarray | None  # and normalised


class _Document:
    """One document's hits for a query, in position order, and what aligning needs."""

    def __init__(self, document_id: int, index: ShingleIndex, query: _Query,
                 positions: np.ndarray, which: np.ndarray, counts: np.ndarray,
                 boundaries: Sequence[int] | None) -> None:
        self.id = document_id
        self.index = index
        self.query = query
        self.boundaries = boundaries if boundaries is not None and len(boundaries) > 1 else None
        # Weighed as the document weighs them (shingles.shingle_weights), in sixteenths.
        weights = shingle_weights(index.count(query.keys), index.length - query.size + 1,
                                  query.numbered).astype(np.int64)
        self.weight = int((weights * query.counts).sum())
        # A hit counts in a span only if the span starts after the hit of the same shingle
        # as many occurrences before it as the query has the shingle: so no shingle counts
        # more often than the query has it. Positions come grouped by shingle (lookup).
        group_starts = np.cumsum(counts) - counts
        rank = np.arange(len(positions)) - np.repeat(group_starts, counts)
        back = np.repeat(query.counts[which], counts)
        earlier = np.full(len(positions), -1, dtype=np.intp)
        has = np.flatnonzero(rank >= back)
        earlier[has] = positions[has - back[has]]
        order = np.argsort(positions, kind="stable")
        self.hits = positions[order]
        self.hit_ends = self.hits + query.size
        self.earlier = earlier[order]
        self.weight_before = np.concatenate(
            ([0], np.cumsum(np.repeat(weights[which], counts)[order])))

    @classmethod
    def look_up(cls, document_id: int, index: ShingleIndex, query: _Query,
                boundaries: Sequence[int] | None) -> _Document | None:
        positions, which, counts = index.lookup(query.keys)
        if not len(positions):
            return None
        return cls(document_id, index, query, positions, which, counts, boundaries)

    def regions(self, wanted: int, min_score: float) -> list[_Region]:
        """The regions around the densest windows of hits, densest first."""
        total = self.query.total
        width = max(1, total // 2)  # a bin is half the query; a window four bins
        span = 4
        per_bin = np.bincount(self.hits // width, minlength=self.index.length // width + 1)
        running = np.concatenate(([0], np.cumsum(per_bin)))
        windows = running[span:] - running[:-span] if len(per_bin) >= span else running[-1:]
        # A span scoring min_score has at least that share of the query's shingles.
        needed = max(1, int(np.ceil(min_score * total)))
        eligible = np.flatnonzero(windows >= needed)
        if len(eligible) > 8 * wanted:
            eligible = eligible[np.argpartition(-windows[eligible], 8 * wanted)[: 8 * wanted]]
        eligible = eligible[np.argsort(-windows[eligible], kind="stable")]
        taken = np.zeros(len(windows), dtype=bool)
        regions = []
        for first_bin in eligible.tolist():
            if taken[first_bin]:
                continue
            taken[max(0, first_bin - span + 1) : first_bin + span] = True
            low = max(0, first_bin * width - total)
            high = min(self.index.length, (first_bin + span) * width + total)
            offsets = positions = None
            if self.boundaries is not None:
                offsets, positions = self._sentences(low, high)
                low, high = int(positions[0]), int(positions[-1])
            inside = self.weight_before[np.searchsorted(self.hit_ends, high, side="right")] - \
                self.weight_before[np.searchsorted(self.hits, low)]
            bound = min(int(inside), self.weight) / self.weight
            regions.append(_Region(self, low, high, bound, offsets, positions))
            if len(regions) == wanted:
                break
        return regions

    def _sentences(self, low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
        """The sentence boundaries from the last at or before normalised ``low`` to the first
        at or after ``high``: (stored offsets, normalised positions)."""
        assert self.boundaries is not None
        boundaries, offsets = self.boundaries, self.index.offsets
        stored_low = int(offsets.starts(np.array([low]))[0]) if low < self.index.length else \
            boundaries[-1]
        stored_high = int(offsets.starts(np.array([high]))[0]) if high < self.index.length \
            else boundaries[-1]
        first = max(bisect.bisect_right(boundaries, stored_low) - 1, 0)
        last = min(bisect.bisect_left(boundaries, stored_high), len(boundaries) - 1)
        stored = np.asarray(boundaries[first : last + 1], dtype=np.int64)
        return stored, offsets.positions(stored)

    def align(self, region: _Region) -> tuple[int, int, float] | None:
        """The best span in the region: (first, last, score), normalised [first, last)."""
        size = self.query.size
        lo = int(np.searchsorted(self.hits, region.low))
        hi = int(np.searchsorted(self.hit_ends, region.high, side="right"))
        if lo >= hi:
            return None
        hits, hit_ends, earlier = self.hits[lo:hi], self.hit_ends[lo:hi], self.earlier[lo:hi]
        if region.sentence_positions is None:
            # Spans start where a run of adjacent hits starts and end where one ends.
            breaks = hits[1:] != hits[:-1] + 1
            starts, ends = hits[np.r_[True, breaks]], hit_ends[np.r_[breaks, True]]
        else:
            positions = region.sentence_positions
            starts, ends = positions[positions <= hits[-1]], positions[positions >= hit_ends[0]]
        starts, ends = _thin(np.unique(starts)), _thin(np.unique(ends))
        if not len(starts) or not len(ends):
            return None
        hit_weights = np.diff(self.weight_before[lo : hi + 1])
        last_hit = np.searchsorted(hit_ends, ends, side="right")
        # What spans weigh: sums of the document's weights by position, from the first start.
        base = int(starts[0])
        weight_from_base = np.concatenate(([0], np.cumsum(
            self.index.weights[base : max(int(ends[-1]) - size + 1, base)], dtype=np.int64)))
        end_weight = weight_from_base[np.clip(ends - size + 1 - base, 0,
                                              len(weight_from_base) - 1)]
        # shared[i, j]: the weight of the query's shingles that span (starts[i], ends[j])
        # has; rows in chunks, so that a long query's matrices stay small.
        best = (0.0, 0, 0)
        rows = max(1, _MATRIX_CELLS // len(hits))
        for top in range(0, len(starts), rows):
            chunk = starts[top : top + rows, None]
            counted = (hits[None, :] >= chunk) & (earlier[None, :] < chunk)
            shared = np.concatenate((np.zeros((len(chunk), 1), dtype=np.int64),
                                     np.cumsum(counted * hit_weights, axis=1)), axis=1)
            shared = shared[:, last_hit]
            span_weight = end_weight[None, :] - weight_from_base[chunk - base]
            union = self.weight + span_weight - shared
            shingles = ends[None, :] - size + 1 - chunk
            scores = np.where(shingles > 0, shared / np.maximum(union, 1), 0.0)
            at = int(np.argmax(scores))
            i, j = divmod(at, scores.shape[1])
            if scores[i, j] > best[0]:
                best = (float(scores[i, j]), int(starts[top + i]), int(ends[j]))
        score, first, last = best
        return (first, last, score) if score > 0 else None

    def stored_span(self, region: _Region, first: int, last: int) -> tuple[int, int]:
        """Stored offsets of the normalised span [first, last): whole sentences if given."""
        if region.sentence_positions is None or region.sentence_offsets is None:
            return self.index.offsets.span(first, last)
        positions, offsets = region.sentence_positions, region.sentence_offsets
        # Boundaries share a position where a sentence is all punctuation: the match starts
        # after such sentences and ends before them.
        start_at = int(np.searchsorted(positions, first, side="right")) - 1
        end_at = int(np.searchsorted(positions, last, side="left"))
        return int(offsets[start_at]), int(offsets[end_at])


def _thin(bounds: np.ndarray) -> np.ndarray:
    """At most _MAX_BOUNDS of ``bounds``, evenly spread, the first and last kept."""
    if len(bounds) <= _MAX_BOUNDS:
        return bounds
    return bounds[np.linspace(0, len(bounds) - 1, _MAX_BOUNDS).round().astype(np.intp)]
