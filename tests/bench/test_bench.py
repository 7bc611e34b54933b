"""The benchmark suite runs end to end on tiny inputs (timings are not checked here): every case,
every hit, every process, and paints that happened in the app and in its baselines."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import ROWS, run_case

ROOT = Path(__file__).resolve().parent.parent.parent


def cells(table: str, label: str) -> list[str]:
    """The cells of the table's row for `label`."""
    row = next(line for line in table.splitlines() if line.startswith(f"| {label} |"))
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_the_suite_runs_every_case_and_writes_its_table(tmp_path: Path) -> None:
    out = tmp_path / "table.md"
    env = dict(os.environ, ANNOTATOR_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--size", "tiny", "--runs", "1", "--trials", "3",
         "--workdir", str(tmp_path / "work"), "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    table = out.read_text(encoding="utf-8")
    for row in ROWS:
        assert row.label in table
    assert table.strip() in result.stdout  # the same table is printed

    # Every hit, found by the app and by re.finditer alike, over both volumes.
    hits = cells(table, "hits found by that search")
    assert int(hits[1].replace(",", "")) > 0 and hits[1] == hits[5]
    # The memory of the whole tree, workers counted: reading starts none (they start for an
    # import and exit when idle), so the window holds none while the volume is open.
    workers = cells(table, "of which the segmentation workers (and their resource tracker), RSS")
    total = cells(table, "memory (RSS) of the process tree with the volume open: the app and any "
                         "segmentation workers (they start for an import and exit when idle)")
    assert 0 == int(workers[1].removesuffix(" MB")) < int(total[1].removesuffix(" MB"))
    assert "Segmentation workers running while the volume was open: 0." in table

    assert "Export wrote 1,000 rows, the baseline 1,000." in table
    assert "The archive window listed 1,000 passages, the baseline table 1,000 rows." in table
    assert "Each of the 3 adds, removes, recolours and page scrolls painted" in table
    assert "In the cold reopen the reader painted 1 time(s), the baseline 1" in table
    import_note = re.search(r"The import segmented in (\d+) worker process\(es\), the baseline in (\d+)\.", table)
    assert import_note is not None and import_note[1] == import_note[2] != "0"
    # The project's parallels are the bare search's, from indexes stored at import.
    parallels = re.search(r"The parallels query found ([\d,]+) passages, the bare search ([\d,]+); "
                          r"indexes built before the query: 0\.", table)
    assert parallels is not None and parallels[1] == parallels[2] != "0"
    assert re.search(r"The entities of the volume: [1-9][\d,]* mentions \(jieba cut it into [1-9]", table)
    # The team project's window tagged, untagged and reopened on the server as on the file.
    team = re.search(r"In the team project's window and the file's, each of the 3 adds and removes "
                     r"painted; the cold reopen showed ([\d,]+) passages on the server, ([\d,]+) in the "
                     r"file, painting 1 and 1 time\(s\)\.", table)
    assert team is not None and team[1] == team[2] != "0"
    # Beside the 8 coders' p95, their slowest tags on each (the file does not serve in turn).
    assert re.search(r"The 8 coders' slowest tags: p99 [\d,]+ ms on the server, [\d,]+ ms in the "
                     r"file; the slowest [\d,]+ ms and [\d,]+ ms", table)


def test_a_case_that_fails_fails_the_suite(tmp_path: Path) -> None:
    inputs = tmp_path / "run.json"
    inputs.write_text(json.dumps({"archive_project": str(tmp_path / "missing.sqlite")}))
    with pytest.raises(RuntimeError, match="case search failed"):
        run_case("search", inputs)
