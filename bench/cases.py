"""One benchmark case per call, meant to run in a fresh process:

    python -m bench.cases CASE INPUTS_JSON

prints one JSON object: {"figures": {name: seconds or bytes}, "baselines": {name: ...}}.
Every figure comes with the baseline it is compared to, measured in the same process.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "ready"


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# -- start-up ---------------------------------------------------------------------------------

BARE_QT_WINDOW = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit("毛澤東"))
window.show()
QTimer.singleShot(0, lambda: (print({READY!r}, flush=True), app.quit()))
app.exec()
"""


def _time_until_ready(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=env, cwd=ROOT)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == READY:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never became ready")
    process.wait(timeout=60)
    return elapsed


def case_startup(inputs: dict) -> dict:
    """`python main.py` to an interactive window on the default project."""
    home = Path(inputs["workdir"]) / "startup-home"
    env = dict(os.environ, ANNOTATOR_HOME=str(home), ANNOTATOR_CODER="bench",
               ANNOTATOR_EXIT_WHEN_READY="1", XDG_CONFIG_HOME=str(home / "config"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, str(ROOT / "main.py")]
    if not (home / "data" / "default-project.sqlite").exists():
        _time_until_ready(command, env)  # the first start creates the default project
    return {
        "figures": {"startup": _time_until_ready(command, env)},
        "baselines": {"startup": _time_until_ready([sys.executable, "-c", BARE_QT_WINDOW], env)},
    }


# -- import --------------------------------------------------------------------------------------

def case_import(inputs: dict) -> dict:
    """Decode, detect, fold and segment a volume and store it, vs jieba alone on the same text."""
    import jieba

    from annotator import paths
    from annotator.project import Project
    from annotator.services.imports import ImportOptions, prepare_document, store_document

    data = Path(inputs["volume_text"]).read_bytes()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    with Project(folder / "import.sqlite") as project:
        project.segmenter.preload()  # the window does this at start-up, off its thread

        def run() -> None:
            prepared = prepare_document(data, "volume.txt", ImportOptions(), project.segmenter)
            store_document(project, prepared)

        seconds = timed(run)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(paths.cache_dir())
    tokenizer.initialize()
    text = data.decode("utf-8")
    jieba_seconds = timed(lambda: list(tokenizer.cut(text, HMM=True)))
    return {"figures": {"import": seconds}, "baselines": {"import": jieba_seconds}}


# -- the window on a volume -----------------------------------------------------------------------

def case_window(inputs: dict) -> dict:
    """Open a volume with all its passages; tag, untag, recolour, hover, scroll; memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from annotator.project import Project
    from annotator.ui.commands import TagCommand, UpdateCodeCommand
    from annotator.ui.main_window import MainWindow

    trials = int(inputs.get("trials", 40))
    path = Path(inputs["volume_project"])
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-window-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(f"lastDocument/{path}", -1)  # open nothing at start: opening is timed
    window = MainWindow(Project(path), "bench", settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    reader = window.reader
    document_id = window.session.documents()[0].id
    reader.clear_document()  # the window opened the only document at start: time a re-open
    app.processEvents()

    def open_document() -> None:
        window.open_document(document_id)
        reader.viewport().repaint()

    open_seconds = timed(open_document)
    app.processEvents()
    memory = rss_bytes()

    rng = random.Random(11)
    session = window.session
    code = session.codes()[0]
    add, remove, recolour = [], [], []
    for trial in range(trials):
        bar = reader.verticalScrollBar()
        bar.setValue(rng.randrange(max(1, bar.maximum())))
        app.processEvents()
        start = reader.first_visible_position() + rng.randrange(0, 300)
        # processEvents delivers the partial repaint the view asked for, as the event loop would.
        add.append(timed(lambda: (session.execute(TagCommand(session, document_id, start, start + 4, code)),
                                  app.processEvents())))
        remove.append(timed(lambda: (session.undo_stack.undo(), app.processEvents())))
        current = next(c for c in session.codes() if c.id == code.id)
        colour = "#CC0000" if trial % 2 == 0 else "#0072B2"
        recolour.append(timed(lambda: (session.execute(UpdateCodeCommand(session, current, color=colour)),
                                       app.processEvents())))

    viewport = reader.viewport()
    hover = []
    for _ in range(trials * 5):
        point = QPointF(rng.randrange(10, viewport.width() - 10), rng.randrange(10, viewport.height() - 10))
        event = QMouseEvent(QEvent.Type.MouseMove, point, point, Qt.MouseButton.NoButton,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        hover.append(timed(lambda: (app.sendEvent(viewport, event), app.processEvents())))

    def page_scrolls(view: QPlainTextEdit) -> list[float]:
        bar = view.verticalScrollBar()
        results = []
        for _ in range(trials):
            bar.setValue(rng.randrange(max(1, bar.maximum() - bar.pageStep())))
            view.viewport().repaint()
            results.append(timed(lambda: (bar.setValue(bar.value() + bar.pageStep()), view.viewport().repaint())))
        return results

    scroll = page_scrolls(reader)
    text = reader.text
    window.close()

    plain = QPlainTextEdit()
    plain.setReadOnly(True)
    plain.setFont(reader.font())
    plain.resize(reader.size())
    plain.show()
    plain_open = timed(lambda: (plain.setPlainText(text), plain.viewport().repaint()))
    plain_scroll = page_scrolls(plain)
    return {
        "figures": {
            "reopen": open_seconds, "add": percentile(add, 0.95), "remove": percentile(remove, 0.95),
            "recolour": percentile(recolour, 0.95), "hover": percentile(hover, 0.95),
            "scroll": statistics.median(scroll), "memory": memory,
        },
        "baselines": {"reopen": plain_open, "scroll": statistics.median(plain_scroll)},
    }


def case_memory_baseline(inputs: dict) -> dict:
    """RSS of a bare Qt program showing the same text: what any Qt text viewer costs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication.instance() or QApplication([])
    view = QPlainTextEdit()
    view.setPlainText(Path(inputs["volume_text"]).read_text(encoding="utf-8"))
    view.resize(1000, 800)
    view.show()
    app.processEvents()
    return {"figures": {}, "baselines": {"memory": rss_bytes()}}


# -- the archive: search, export, opening ----------------------------------------------------------

def case_search(inputs: dict) -> dict:
    """A two-character word, cross-script, over every volume of the archive."""
    from sqlalchemy import select

    from annotator.project import Project
    from annotator.services.search import search
    from db.models import Document

    with Project(Path(inputs["archive_project"]), create=False) as project:
        seconds = timed(lambda: search(project, "蘇聯"))
        with project.read() as session:
            folded = list(session.scalars(select(Document.folded_text)))
    pattern = re.compile("苏联")
    baseline = timed(lambda: [list(pattern.finditer(text)) for text in folded])
    return {"figures": {"search": seconds}, "baselines": {"search": baseline}}


def case_export(inputs: dict) -> dict:
    """CSV export of every passage of the archive, vs Python's csv writing the same rows."""
    from annotator.domain import PassageFilter
    from annotator.project import Project
    from annotator.services.annotations import export_records
    from annotator.services.export import HEADER, export_csv, passage_rows

    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    with Project(Path(inputs["archive_project"]), create=False) as project:
        seconds = timed(lambda: export_csv(project, PassageFilter(), folder / "export.csv"))
        rows = list(passage_rows(project, export_records(project)))

    def plain_csv() -> None:
        with open(folder / "plain.csv", "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            writer.writerows(rows)

    return {"figures": {"export": seconds, "export_rows": len(rows)},
            "baselines": {"export": timed(plain_csv)}}


def case_open_project(inputs: dict) -> dict:
    """Open the archive project and list its documents and codes; the file's size."""
    import sqlite3

    from annotator.project import Project
    from annotator.services.codes import list_codes
    from annotator.services.documents import list_documents

    path = Path(inputs["archive_project"])

    def open_and_list() -> None:
        with Project(path, create=False) as project:
            list_documents(project)
            list_codes(project)

    seconds = timed(open_and_list)

    def bare() -> None:
        connection = sqlite3.connect(path)
        connection.execute("SELECT id, title FROM documents").fetchall()
        connection.close()

    return {"figures": {"open_project": seconds, "project_size": path.stat().st_size},
            "baselines": {"open_project": timed(bare)}}


CASES: dict[str, Callable[[dict], dict]] = {
    "startup": case_startup,
    "import": case_import,
    "window": case_window,
    "memory_baseline": case_memory_baseline,
    "search": case_search,
    "export": case_export,
    "open_project": case_open_project,
}


def main(argv: list[str]) -> int:
    name, inputs_file = argv
    inputs = json.loads(Path(inputs_file).read_text())
    print(json.dumps(CASES[name](inputs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
