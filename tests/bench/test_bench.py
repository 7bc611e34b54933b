"""The benchmark suite runs end to end on tiny inputs (timings are not checked here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.__main__ import ROWS

ROOT = Path(__file__).resolve().parent.parent.parent


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
    assert "Export wrote 1,000 rows." in table
