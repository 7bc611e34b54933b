"""Parallel passages: which shingle size finds retellings, and how fast the index is.

    python -m bench.parallels [--shingle-sizes] [--speed] [--runs 5]

--shingle-sizes runs the search with single characters, bigrams and trigrams on the
retellings between the two sample texts listed in tests/text/test_parallels.py (checked by
hand), and on every sentence of the traditional sample made over (characters replaced,
clauses swapped, numbers changed) and searched for in it. --speed times building the index
of a 1,000,000-character volume against jieba segmenting the same text (the slow step of an
import), and one query over an archive of ten such volumes (built as python -m bench builds
its archive). Without options, both.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable

from annotator import paths
from annotator.text.boundaries import decode_boundaries, encode_boundaries, sentence_boundaries
from annotator.text.parallels import MIN_SCORE, find_parallels
from annotator.text.script import fold
from annotator.text.shingles import ShingleIndex
from bench.inputs import volume_text

SIZES = (1, 2, 3)
REWORDING = (0.1, 0.25, 0.4)  # share of characters replaced
_HANZI = re.compile("[\u4e00-\u9fff]")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.parallels", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shingle-sizes", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each query")
    args = parser.parse_args(argv)
    both = not (args.shingle_sizes or args.speed)
    if args.shingle_sizes or both:
        print(shingle_sizes())
    if args.speed or both:
        print(speed(args.runs))
    return 0


# -- which shingle size ------------------------------------------------------------------------

def shingle_sizes() -> str:
    from tests.text.test_parallels import SAMPLE_PARALLELS, other, stored_samples

    samples = stored_samples()
    sentences = {document_id: sentence_boundaries(text) for document_id, text in samples.items()}
    rows = ["| shingle | labelled retellings found first | counterpart / best other sentence: "
            "smallest, median | made-over sentences found first (10% / 25% / 40% replaced) |",
            "| --- | --- | --- | --- |"]
    for size in SIZES:
        indexes = {document_id: ShingleIndex.build(fold(text), size)
                   for document_id, text in samples.items()}
        first = 0
        margins = []
        for case in SAMPLE_PARALLELS:
            target = other(case.source)
            found = find_parallels(fold(case.query), {target: indexes[target]},
                                   sentences=sentences, min_score=0.0)
            places = [(case.start, case.end), *case.elsewhere]
            right = [m.score for m in found if (m.start, m.end) == (case.start, case.end)]
            first += bool(found) and (found[0].start, found[0].end) == (case.start, case.end)
            wrong = [m.score for m in found
                     if not any(m.start < end and start < m.end for start, end in places)]
            margins.append((right[0] if right else 0.0) / max(max(wrong, default=0.0), 1e-9))
        recalls = [made_over_recall(samples[1], indexes[1], sentences[1], share)
                   for share in REWORDING]
        rows.append(f"| {size} | {first} of {len(SAMPLE_PARALLELS)} | {min(margins):.1f}x, "
                    f"{statistics.median(margins):.1f}x | "
                    + " / ".join(f"{r:.0%}" for r in recalls) + " |")
    return "\n".join([
        "Shingle size, on the sample texts (whole sentences; a counterpart not found counts "
        "0x):", "", *rows, ""])


def made_over_recall(text: str, index: ShingleIndex, boundaries: list[int], share: float) -> float:
    """Of the sentences of ``text`` with 12 or more hanzi, the share that a made-over copy
    (``share`` of its hanzi replaced by others of the text, its halves swapped at a comma,
    every number changed) finds first, as the whole sentence."""
    rng = random.Random(1949)
    alphabet = _HANZI.findall(text)
    tried = found = 0
    for start, end in zip(boundaries, boundaries[1:], strict=False):
        sentence = text[start:end]
        if len(_HANZI.findall(sentence)) < 12:
            continue
        tried += 1
        variant = "".join(rng.choice(alphabet) if _HANZI.match(c) and rng.random() < share
                          else c for c in sentence.rstrip("\n"))
        variant = re.sub(r"\d+", lambda m: str(int(m[0]) + 1), variant)
        comma = variant.find(",", len(variant) // 3)
        if comma > 0:
            variant = variant[comma + 1 :] + "," + variant[:comma]
        best = find_parallels(fold(variant), {1: index}, sentences={1: boundaries}, limit=1)
        found += bool(best) and (best[0].start, best[0].end) == (start, end)
    return found / tried


# -- speed -------------------------------------------------------------------------------------

def speed(runs: int) -> str:
    import jieba

    from tests.text.test_parallels import SAMPLE_PARALLELS

    volume = volume_text(1_000_000, "traditional")
    folded = fold(volume)  # an import folds the text anyway
    build_seconds = _median(lambda: ShingleIndex.build(folded).to_bytes(), 3)
    blob = ShingleIndex.build(folded).to_bytes()
    tokenizer = jieba.Tokenizer()
    paths.cache_dir().mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir = str(paths.cache_dir())
    tokenizer.initialize()
    jieba_seconds = _median(lambda: list(tokenizer.cut(volume, HMM=True)), 1)

    blobs, stored_sentences = {}, {}
    for number in range(10):  # as bench/inputs.py builds the archive
        script = "traditional" if number % 2 == 0 else "simplified"
        heading = f"第{number + 1}卷\n"
        text = heading + volume_text(1_000_000 - len(heading), script)
        blobs[number + 1] = ShingleIndex.build(fold(text)).to_bytes()
        stored_sentences[number + 1] = encode_boundaries(sentence_boundaries(text))
        if number == 0:
            first_volume = text
    load_seconds = _median(lambda: {k: ShingleIndex.from_bytes(v) for k, v in blobs.items()}, 3)
    indexes = {k: ShingleIndex.from_bytes(v) for k, v in blobs.items()}
    sentences = {k: decode_boundaries(v) for k, v in stored_sentences.items()}
    queries = {
        "a 150-character passage of volume 1 (copies in every traditional volume)":
            first_volume[20_000:20_150],
        "a retold sentence (the victor is not judged)": SAMPLE_PARALLELS[4].query,
        "a 2,000-character chapter of volume 1": first_volume[30_000:32_000],
    }
    rows = [
        "| what | median | goal |", "| --- | --- | --- |",
        f"| build the index of a 1,000,000-character volume (normalise, bigrams, postings, "
        f"bytes) | {build_seconds:.3f} s | <= 20% of jieba |",
        f"| jieba segmenting the same volume (HMM on) | {jieba_seconds:.2f} s | baseline |",
        f"| index build / jieba | {build_seconds / jieba_seconds:.1%} | <= 20% |",
        f"| index of one volume, stored | {len(blob) / 1e6:.2f} MB | reported |",
        f"| load ten volumes' indexes from bytes | {load_seconds * 1000:.2f} ms | - |",
    ]
    for label, query in queries.items():
        for with_sentences in (True, False):
            seconds = _median(lambda q=query, s=with_sentences: find_parallels(
                fold(q), indexes, sentences=sentences if s else None), runs)
            how = "whole sentences" if with_sentences else "without sentences"
            rows.append(f"| parallels over 10 volumes: {label}, {how} | "
                        f"{seconds * 1000:.0f} ms | < 0.3 s |")
    return "\n".join(["Speed (" + time.strftime("%Y-%m-%d") + f", Python {sys.version.split()[0]})",
                      "", *rows, ""])


def _median(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
