"""The team project in the window: the window open on the volume on the PostgreSQL server
(bench.postgres), and the same window on the project file in the same process as its baseline.

Each window reopens the volume cold to the reader's first paint, then tags 4 characters on
screen and undoes it, each to the end of its repaint through the event loop (bench.window's
own steps, scrolls and tags alike, so that both windows tag the same places).
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bench.window import coding_trials, open_window, percentile, reopen_cold


def _in_the_window(location: Path | str, trials: int, prefix: str) -> dict:
    opened = open_window(location, prefix)
    try:
        reopen, _, paints = reopen_cold(opened, location)
        add, remove, _ = coding_trials(opened, trials, random.Random(11), recolour=False)
        passages = opened.reader.passage_count
    finally:
        opened.window.close()
        QApplication.processEvents()
    return {"team_window_reopen": reopen, "team_window_add": percentile(add, 0.95),
            "team_window_remove": percentile(remove, 0.95), "team_window_paints": paints,
            "team_window_passages": passages, "team_window_trials": len(add)}


def case_team_window(inputs: dict) -> dict:
    """The window on the server's volume; then the same on the file, as its baseline."""
    trials = int(inputs.get("trials", 40))
    server = _in_the_window(inputs["server_volume"], trials, "bench-team-window-")
    file = _in_the_window(Path(inputs["volume_project"]), trials, "bench-file-window-")
    if server["team_window_passages"] != file["team_window_passages"]:
        raise RuntimeError(f"the server's volume showed {server['team_window_passages']:,} "
                           f"passages, the file's {file['team_window_passages']:,}")
    return {"figures": server, "baselines": file}
