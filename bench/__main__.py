"""The benchmark suite: how the app copes with a collected-works volume and a year of coding.

    python -m bench [--size full|tiny] [--runs 3] [--out bench/results/latest.md]

Builds its inputs from the sample corpus (in --workdir, reused between runs of the same size),
runs every case --runs times, each in a fresh process, and prints one table: the median of
each figure, its goal, and its ratio to a baseline measured in the same process. The table is
also written to --out. Goals are for a 2-core machine; the ratios are what to compare over time.

A case times exactly what its name says, in the app and in its baseline (the same work without
the app): every hit, every process, a paint that happened. A case that could not (a view that
did not paint, counts that disagree) fails, and so does the run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.inputs import SIZES, build

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


@dataclass(frozen=True)
class Row:
    key: str
    case: str  # the fresh-process case that measures it
    label: str
    goal: float | None  # seconds, bytes or a ratio; None: reported only
    goal_text: str
    baseline_text: str
    goal_is_ratio: bool = False
    unit: str = "s"
    # A second goal on the ratio to the baseline (the team cases: within 2x of the file).
    ratio_goal: float | None = None
    # A rate (tags per second): the goal is a least ratio, the figure must not fall below it.
    higher_is_better: bool = False


ROWS = [
    Row("startup", "startup", "start-up: python main.py to the reading view's first paint", 1.5, "< 1.5 s",
        "a bare PySide6 window to its first paint"),
    Row("import", "import", "import 1 volume: decode, detect, fold, segment (in the workers), store",
        1.3, "<= 1.3x", "jieba on the same folded text in as many processes (pools started before "
        "the clock in both)", goal_is_ratio=True),
    Row("reopen", "window", "reopen the volume cold, to the reader's first paint (the passages "
        "of the first screen read before it)", 0.2, "< 0.2 s",
        "sqlite3 reads the text, QPlainTextEdit shows it, to its first paint"),
    Row("reopen_all", "window", "reopen the volume cold, until every one of its passages is read "
        "(the others right after that paint)", None, "reported",
        "sqlite3 reads the text, QPlainTextEdit shows it, to its first paint"),
    Row("add", "window", "add one tag (commit + repaint), p95", 0.012, "< 12 ms", "-"),
    Row("remove", "window", "remove one tag (undo, commit + repaint), p95", 0.012, "< 12 ms", "-"),
    Row("recolour", "window", "recolour a code (commit + repaint), p95", 0.016, "< 16 ms", "-"),
    Row("hover", "window", "hover: segment under the mouse, p95", 0.004, "< 4 ms", "-"),
    Row("scroll", "window", "scroll by a page, median", 0.016, "< 16 ms", "bare QPlainTextEdit"),
    Row("search", "search", "cross-script search of a 2-character word: every hit in all volumes, "
        "with contexts", 0.5, "< 0.5 s",
        "sqlite3 reads the texts, re.finditer on the folded ones, contexts sliced"),
    Row("search_hits", "search", "hits found by that search", None, "reported",
        "hits found by re.finditer", unit="n"),
    Row("export", "export", "CSV export of every passage of the archive", 2.5, "<= 2.5x",
        "sqlite3 reads the same rows, Python's csv writes them", goal_is_ratio=True),
    Row("memory", "window", "memory (RSS) of the process tree with the volume open: the app and any "
        "segmentation workers (they start for an import and exit when idle)", 300 * MB, "< 300 MB", "a bare QPlainTextEdit with the text",
        unit="B"),
    Row("memory_workers", "window", "of which the segmentation workers (and their resource "
        "tracker), RSS", None, "reported", "-", unit="B"),
    Row("memory_pss", "window", "memory (PSS: shared pages divided) of the same process tree", None,
        "reported", "a bare QPlainTextEdit with the text", unit="B"),
    Row("archive_window", "archive_window", "open the archive in the window, every passage "
        "listed, to its first paint", 1.0, "< 1 s",
        "sqlite3 reads the rows and a volume, bare table and text view, to their first paint"),
    Row("open_project", "open_project", "open the archive project (10 volumes) and list it", 1.0,
        "< 1 s", "sqlite3: connect and list titles"),
    Row("project_size", "open_project", "archive project file size", None, "reported", "-", unit="B"),
    Row("entities", "entities", "entities and dates of the volume (its stored words, jieba's tags "
        "loaded)", 1.5, "<= 1.5x", "jieba segmenting the same text in one process (its dictionary "
        "loaded)", goal_is_ratio=True),
    Row("parallels", "parallels", "parallels of one passage over the archive's 10 volumes: first "
        "query, indexes read from the project", 0.3, "< 0.3 s",
        "the bare search (annotator.text.parallels) on the indexes in memory"),
    Row("parallels_again", "parallels", "a further parallels query (indexes loaded)", 0.3, "< 0.3 s",
        "the bare search (annotator.text.parallels) on the indexes in memory"),
    Row("import_index", "import_index", "the parallel index's part of an import of 1 volume: "
        "building it, storing its bytes", 0.2, "<= 0.2x", "the rest of that import (decode, fold, "
        "segment in the workers, store)", goal_is_ratio=True),
    Row("exchange_qdpx", "exchange_export", "REFI-QDA project (.qdpx) of every passage of the "
        "archive", 2.0, "<= 2x", "sqlite3 reads the rows, lxml's incremental writer the same "
        "elements into the same zip", goal_is_ratio=True),
    Row("exchange_xlsx", "exchange_export", "Excel workbook of every passage of the archive (and "
        "its analysis sheets)", 2.0, "<= 2x", "sqlite3 reads the rows, xlsxwriter writes the same "
        "passage cells", goal_is_ratio=True),
    Row("exchange_import", "exchange_import", "import the archive's .qdpx into an empty project",
        3.0, "< 3x", "importing its texts alone (decode, fold, segment, store)", goal_is_ratio=True),
    Row("team_add", "team_tag", "team project on a PostgreSQL server here: add one tag (service "
        "call to its commit), p95", 0.016, "< 16 ms, <= 2x", "the same on the project file",
        ratio_goal=2.0),
    Row("team_open", "team_open", "team project: open the volume cold (text, passages' marks, "
        "passages listed, segmentation)", 2.0, "<= 2x", "the same on the project file",
        goal_is_ratio=True),
    Row("team_coders_p95", "team_coders", "team project: 8 coders tagging at once (8 processes), "
        "p95 of a tag", 0.016, "< 16 ms, <= 2x", "the same on the project file", ratio_goal=2.0),
    Row("team_coders_rate", "team_coders", "team project: 8 coders tagging at once, tags stored "
        "per second by all", 0.5, ">= 0.5x", "the same on the project file", goal_is_ratio=True,
        unit="/s", higher_is_better=True),
    Row("team_window_add", "team_window", "team project in the window: add a tag (commit and "
        "repaint), p95", 0.016, "< 16 ms, <= 2x", "the same window on the project file",
        ratio_goal=2.0),
    Row("team_window_remove", "team_window", "team project in the window: remove a tag (undo, "
        "commit and repaint), p95", 0.016, "< 16 ms, <= 2x", "the same window on the project file",
        ratio_goal=2.0),
    Row("team_window_reopen", "team_window", "team project in the window: open the volume cold, "
        "to the reader's first paint", 2.0, "<= 2x", "the same window on the project file",
        goal_is_ratio=True),
]

# Counts that say what was measured, printed under the table (figure, baseline, sentence).
NOTES = [
    ("reopen_paints", "In the cold reopen the reader painted {figure:,} time(s), the baseline "
     "{baseline:,}, each first at the reader's laid-out width ({reopen_width:,} px, scrollbar "
     "shown)."),
    ("paint_trials", "Each of the {figure:,} adds, removes, recolours and page scrolls painted, in "
     "the app and the baseline."),
    ("idle_workers", "Segmentation workers running while the volume was open: {figure:,}."),
    ("import_workers", "The import segmented in {figure:,} worker process(es), the baseline in "
     "{baseline:,}."),
    ("export_rows", "Export wrote {figure:,} rows, the baseline {baseline:,}."),
    ("exchange_rows", "The .qdpx held {figure:,} passages, the bare lxml writer's {baseline:,}."),
    ("exchange_import_passages", "The .qdpx import added {figure:,} passages to {baseline:,} "
     "documents."),
    ("archive_listed", "The archive window listed {figure:,} passages, the baseline table "
     "{baseline:,} rows."),
    ("entity_mentions", "The entities of the volume: {figure:,} mentions (jieba cut it into "
     "{baseline:,} words)."),
    ("parallels_found", "The parallels query found {figure:,} passages, the bare search "
     "{baseline:,}; indexes built before the query: {parallels_built:,}."),
    ("team_open_passages", "The team project's volume opened with {figure:,} passages, the file's "
     "with {baseline:,}."),
    ("team_coders_tags", "The 8 coders stored {figure:,} tags on the server, {baseline:,} in the "
     "file (the server: PostgreSQL on this machine, every commit synced); tags refused as \"in "
     "use\" after the 5 s wait and tried again: {team_coders_refused:,} on the server, "
     "{team_coders_refused_baseline:,} in the file."),
    ("team_coders_p99_ms", "The 8 coders' slowest tags: p99 {figure:,} ms on the server, "
     "{baseline:,} ms in the file; the slowest {team_coders_slowest_ms:,} ms and "
     "{team_coders_slowest_ms_baseline:,} ms (the server serves waiting writers in turn, SQLite "
     "does not: a low p95 on the file can hide a few long waits)."),
    ("team_window_trials", "In the team project's window and the file's, each of the {figure:,} "
     "adds and removes painted; the cold reopen showed {team_window_passages:,} passages on the "
     "server, {team_window_passages_baseline:,} in the file, painting {team_window_paints:,} and "
     "{team_window_paints_baseline:,} time(s)."),
]


def run_case(case: str, inputs_file: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "bench.cases", case, str(inputs_file)],
        capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    if result.returncode != 0:
        raise RuntimeError(f"case {case} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def show(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "B":
        return f"{value / MB:.0f} MB"
    if unit == "n":
        return f"{value:,.0f}"
    if unit == "/s":
        return f"{value:,.0f} /s"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--trials", type=int, default=40, help="repetitions inside the window case")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.md")
    args = parser.parse_args(argv)
    size = SIZES[args.size]
    workdir = args.workdir or Path(tempfile.gettempdir()) / f"annotator-bench-{size.name}"
    os.environ.setdefault("ANNOTATOR_CACHE_DIR", str(workdir / "cache"))
    os.environ.setdefault("ANNOTATOR_HOME", str(workdir / "home"))
    started = time.perf_counter()
    load_at_start = os.getloadavg()[0]
    inputs = build(workdir, size)
    inputs.update(workdir=str(workdir), trials=args.trials)
    # The team cases' server: started for this run, given a copy of the volume, stopped after.
    from bench.postgres import start_with_volume

    server, inputs["server_volume"] = start_with_volume(Path(inputs["volume_project"]))
    inputs_file = workdir / "run.json"
    inputs_file.write_text(json.dumps(inputs))
    print(f"inputs ready in {time.perf_counter() - started:.0f} s ({workdir})", file=sys.stderr)

    figures: dict[str, list[float]] = {}
    baselines: dict[str, list[float]] = {}
    try:
        for case in dict.fromkeys([row.case for row in ROWS] + ["memory_baseline"]):
            for run in range(args.runs):
                print(f"  {case} run {run + 1}/{args.runs}", file=sys.stderr)
                result = run_case(case, inputs_file)
                for key, value in result["figures"].items():
                    figures.setdefault(key, []).append(value)
                for key, value in result["baselines"].items():
                    baselines.setdefault(key, []).append(value)
    finally:
        server.stop()

    lines = [
        f"# Benchmark ({size.name}: volume of {size.chars:,} characters with {size.tags:,} passages; "
        f"archive of {size.documents} volumes with {size.archive_tags:,} passages)",
        "",
        f"{platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d %H:%M')}; median of {args.runs} fresh processes per case; "
        f"load average {load_at_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| case | median | goal | met | baseline | baseline median | ratio |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in ROWS:
        value = statistics.median(figures[row.key])
        base = statistics.median(baselines[row.key]) if row.key in baselines else None
        ratio = value / base if base else None
        measured = ratio if row.goal_is_ratio else value
        if row.goal is None:
            met = "-"
        else:
            within = measured is not None and (measured >= row.goal if row.higher_is_better
                                               else measured <= row.goal)
            if row.ratio_goal is not None:
                within = within and ratio is not None and ratio <= row.ratio_goal
            met = "yes" if within else "NO"
        lines.append(
            f"| {row.label} | {show(value, row.unit)} | {row.goal_text} | {met} | {row.baseline_text} | "
            f"{show(base, row.unit)} | {f'{ratio:.2f}x' if ratio else '-'} |"
        )
    lines.append("")
    for key, sentence in NOTES:
        if key in figures:
            values = {name: int(statistics.median(figures[name])) for name in figures}
            values.update({f"{name}_baseline": int(statistics.median(baselines[name])) for name in baselines})
            values.update(figure=values[key],
                          baseline=int(statistics.median(baselines[key])) if key in baselines else 0)
            lines.append(sentence.format(**values))
    table = "\n".join(lines) + "\n"
    print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(table, encoding="utf-8")
    print(f"written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
