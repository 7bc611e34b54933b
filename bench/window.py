"""The cases that run the window (and their bare-Qt baselines), each in a fresh process.

Every figure that ends in a paint stops at a paint that happened (bench.paint), in the app and
in its baseline alike; a run in which either did not paint raises and fails.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QPlainTextEdit, QTableView

from bench.memory import tree_memory, worker_processes
from bench.paint import NoPaint, PaintProbe, require_paint, wait_for_paint, wait_until

TAG_CHARS = 4  # the length of each tag added


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _application() -> QApplication:
    return QApplication.instance() or QApplication([])


def _settings(prefix: str) -> QSettings:
    # No saved geometry or dock state: the window takes its first-start size and layout.
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def _idle(window) -> None:
    """Wait until the window's background jobs (segmenter warm-up, automatic backup) ended."""
    wait_until(lambda: not window.jobs, "the window's background jobs did not end", timeout=300)
    for _ in range(3):
        QApplication.processEvents()


def _read_text(path: Path, document_id: int) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
    finally:
        connection.close()


def _bare_view(reader: QPlainTextEdit) -> tuple[QPlainTextEdit, PaintProbe]:
    """A bare QPlainTextEdit like the reader (font, size, wrapping), shown and painted once."""
    plain = QPlainTextEdit()
    plain.setReadOnly(True)
    plain.setFont(reader.font())
    plain.setLineWrapMode(reader.lineWrapMode())
    # The reader keeps a margin for the coding stripes: the baseline gets the same text width.
    margins = reader.viewportMargins()
    plain.resize(reader.width() - margins.left() - margins.right(), reader.height())
    probe = PaintProbe(plain, "the baseline QPlainTextEdit")
    plain.show()
    wait_for_paint(probe)  # mapped: from now on it paints when asked
    return plain, probe


def _page_scrolls(view: QPlainTextEdit, probe: PaintProbe, trials: int, rng: random.Random) -> list[float]:
    bar = view.verticalScrollBar()
    results = []
    for _ in range(trials):
        bar.setValue(rng.randrange(max(1, bar.maximum() - bar.pageStep())))
        view.viewport().repaint()
        before = probe.paints
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        results.append(time.perf_counter() - start)
        require_paint(probe, before, "scroll by a page")
    return results


@dataclass
class OpenWindow:
    """The window open on the volume, painted once, its background jobs ended."""

    window: object  # annotator.ui.main_window.MainWindow (imported with the app)
    probe: PaintProbe  # counts the reader's paints
    document_id: int
    laid_out_width: int  # the reader's viewport width, vertical scrollbar shown

    @property
    def reader(self):
        return self.window.reader

    @property
    def session(self):
        return self.window.session


def open_window(location: Path | str, prefix: str) -> OpenWindow:
    """The window on the project at `location` (a file or a server URL), as at start-up."""
    from annotator.project import Project
    from annotator.ui.main_window import MainWindow

    _application()
    window = MainWindow(Project(location), "bench", _settings(prefix))
    reader = window.reader
    probe = PaintProbe(reader, "the reader")
    window.show()
    wait_for_paint(probe)
    _idle(window)  # the backup made, no job running: nothing runs beside the case
    document_id = reader.document_id
    if document_id is None or not reader.verticalScrollBar().isVisible():
        raise RuntimeError("the window did not open the volume at start")
    return OpenWindow(window, probe, document_id, reader.viewport().width())


def reopen_cold(opened: OpenWindow, location: Path | str) -> tuple[float, float, int]:
    """Reopen the volume cold in the open window: (seconds to the reader's first paint, seconds
    until every passage's mark is read, paints until then)."""
    from annotator.project import Project

    reader, probe, session, document_id = opened.reader, opened.probe, opened.session, opened.document_id
    # Cold: no text in any cache, every query run for the first time on new connections, as in
    # a Project just opened. It stands in for the session's own only while the volume opens.
    reader.clear_document()
    probe.reset()
    wait_for_paint(probe)
    before, fresh = session.project, Project(location, create=False)
    session.project = fresh
    probe.reset()
    start = time.perf_counter()
    opened.window.open_document(document_id)
    wait_for_paint(probe)
    reopen = probe.first_done - start
    reopen_paints = probe.paints
    # The first screen's passages are read before that paint, the others right after it.
    wait_until(lambda: reader.marks_complete, "the reader did not read every passage's mark")
    reopen_all = time.perf_counter() - start
    if reader.passage_count != len(session.marks(document_id)):
        raise RuntimeError(f"the reader holds {reader.passage_count:,} passages of "
                           f"{len(session.marks(document_id)):,}")
    session.project = before
    fresh.close()
    if probe.widths[0] != opened.laid_out_width:
        raise NoPaint(f"the reader first painted {probe.widths[0]} px wide, not at its laid-out "
                      f"width of {opened.laid_out_width} px")
    return reopen, reopen_all, reopen_paints


def coding_trials(opened: OpenWindow, trials: int, rng: random.Random, *,
                  recolour: bool = True) -> tuple[list[float], list[float], list[float]]:
    """`trials` times: scroll somewhere, tag 4 characters on screen, undo it, and (if
    `recolour`) recolour a code; each timed from the command to the end of its repaint
    through the event loop. The seconds of the adds, removes and recolours."""
    from annotator.ui.commands import TagCommand, UpdateCodeCommand

    app = _application()
    reader, probe, session, document_id = opened.reader, opened.probe, opened.session, opened.document_id
    code = session.codes()[0]
    viewport = reader.viewport()
    add, remove, recolours = [], [], []

    def timed_paint(action, what: str) -> float:
        # processEvents delivers the partial repaint the view asked for, as the event loop would.
        before = probe.paints
        began = time.perf_counter()
        action()
        app.processEvents()
        seconds = time.perf_counter() - began
        require_paint(probe, before, what)
        return seconds

    for trial in range(trials):
        bar = reader.verticalScrollBar()
        bar.setValue(rng.randrange(max(1, bar.maximum())))
        app.processEvents()
        first = reader.cursorForPosition(QPoint(0, 0)).position()
        last = reader.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1)).position()
        tag_start = reader.first_visible_position() + rng.randrange(0, max(1, last - first - TAG_CHARS))
        add.append(timed_paint(lambda: session.execute(
            TagCommand(session, document_id, tag_start, tag_start + TAG_CHARS, code)), "add a tag"))
        remove.append(timed_paint(session.undo_stack.undo, "remove a tag"))
        if recolour:
            current = next(c for c in session.codes() if c.id == code.id)
            colour = "#CC0000" if trial % 2 == 0 else "#0072B2"
            recolours.append(timed_paint(lambda: session.execute(
                UpdateCodeCommand(session, current, color=colour)), "recolour a code"))
    return add, remove, recolours


def case_window(inputs: dict) -> dict:
    """Reopen the volume cold; tag, untag, recolour, hover, scroll; memory of the process tree."""
    trials = int(inputs.get("trials", 40))
    path = Path(inputs["volume_project"])
    app = _application()
    opened = open_window(path, "bench-window-")
    window, reader, probe, document_id = opened.window, opened.reader, opened.probe, opened.document_id
    laid_out_width = opened.laid_out_width
    reopen, reopen_all, reopen_paints = reopen_cold(opened, path)
    for _ in range(3):
        app.processEvents()
    memory = tree_memory()
    workers = len(worker_processes())

    rng = random.Random(11)
    viewport = reader.viewport()
    add, remove, recolour = coding_trials(opened, trials, rng)

    hover = []
    for _ in range(trials * 5):
        point = QPointF(rng.randrange(10, viewport.width() - 10), rng.randrange(10, viewport.height() - 10))
        event = QMouseEvent(QEvent.Type.MouseMove, point, point, Qt.MouseButton.NoButton,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        began = time.perf_counter()
        app.sendEvent(viewport, event)
        app.processEvents()
        hover.append(time.perf_counter() - began)

    scroll = _page_scrolls(reader, probe, trials, rng)
    window.close()

    # The baseline: the same text read from the same file, shown by a bare QPlainTextEdit of
    # the reader's size, to its first paint.
    plain, plain_probe = _bare_view(reader)
    plain_probe.reset()
    start = time.perf_counter()
    plain.setPlainText(_read_text(path, document_id))
    wait_for_paint(plain_probe)
    plain_open = plain_probe.first_done - start
    plain_open_paints = plain_probe.paints
    if plain_probe.widths[0] != laid_out_width:
        raise NoPaint(f"the baseline first painted {plain_probe.widths[0]} px wide, not at the "
                      f"reader's laid-out width of {laid_out_width} px")
    plain_scroll = _page_scrolls(plain, plain_probe, trials, rng)
    return {
        "figures": {
            "reopen": reopen, "reopen_all": reopen_all, "add": percentile(add, 0.95),
            "remove": percentile(remove, 0.95),
            "recolour": percentile(recolour, 0.95), "hover": percentile(hover, 0.95),
            "scroll": statistics.median(scroll), "memory": memory.rss,
            "memory_workers": memory.descendants_rss, "memory_pss": memory.pss,
            "reopen_paints": reopen_paints, "reopen_width": laid_out_width, "idle_workers": workers,
            "paint_trials": trials,
        },
        "baselines": {
            "reopen": plain_open, "reopen_all": plain_open, "scroll": statistics.median(plain_scroll),
            "reopen_paints": plain_open_paints,
        },
    }


def case_memory_baseline(inputs: dict) -> dict:
    """Memory of a bare Qt program showing the same text: what any Qt text viewer costs."""
    _application()
    view = QPlainTextEdit()
    view.setPlainText(Path(inputs["volume_text"]).read_text(encoding="utf-8"))
    view.resize(1000, 800)
    probe = PaintProbe(view, "the bare QPlainTextEdit")
    view.show()
    wait_for_paint(probe)
    memory = tree_memory()
    return {"figures": {}, "baselines": {"memory": memory.rss, "memory_pss": memory.pss}}


# -- the archive in the window -----------------------------------------------------------------------

class _RowsModel(QAbstractTableModel):
    """The least a table model can be: rows of strings, shown as they are."""

    def __init__(self, headers: tuple[str, ...], rows: list[tuple]) -> None:
        super().__init__()
        self._headers, self._rows = headers, rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


PASSAGE_ROWS = """
SELECT d.title, c.name, '', a.quote, '', a.memo, k.name, d.date, a.created_at
FROM annotations AS a JOIN documents AS d ON d.id = a.document_id
JOIN codes AS c ON c.id = a.code_id JOIN coders AS k ON k.id = a.coder_id
ORDER BY a.document_id, a.start, a."end", a.id
"""


def case_archive_window(inputs: dict) -> dict:
    """Open the 10-volume archive in the window, every passage listed, to its first paint."""
    from annotator.services.bootstrap import open_project
    from annotator.ui.main_window import MainWindow
    from annotator.ui.passages_panel import PassageTableModel
    from db.backup import backup_if_due

    path = Path(inputs["archive_project"])
    app = _application()
    # As on most days the project is opened: its automatic backup already made (a due backup
    # would copy the 130 MB file beside the case).
    backup_if_due(path)
    settings = _settings("bench-archive-")
    start = time.perf_counter()
    window = MainWindow(open_project(path), "bench", settings)
    probes = (PaintProbe(window.reader, "the reader"),
              PaintProbe(window.passages_panel.view, "the coded-passages list"))
    window.show()
    wait_for_paint(*probes)
    seconds = max(probe.first_done for probe in probes) - start
    listed = window.passages_panel.model.rowCount()
    _idle(window)
    window.close()
    app.processEvents()
    with sqlite3.connect(path) as connection:
        passages = connection.execute("SELECT count(*) FROM annotations").fetchone()[0]
    if listed != passages:
        raise RuntimeError(f"the window listed {listed:,} passages of {passages:,}")

    # The baseline: the same rows and the first volume's text read with sqlite3, shown by a bare
    # table and a bare text view in a main window of the same size, to their first paint.
    size = window.size()
    start = time.perf_counter()
    connection = sqlite3.connect(path)
    rows = connection.execute(PASSAGE_ROWS).fetchall()
    text = connection.execute("SELECT text FROM documents ORDER BY id LIMIT 1").fetchone()[0]
    connection.close()
    bare = QMainWindow()
    bare.resize(size)
    plain = QPlainTextEdit()
    plain.setReadOnly(True)
    plain.setPlainText(text)
    bare.setCentralWidget(plain)
    table = QTableView()
    table.setModel(_RowsModel(PassageTableModel.HEADERS, rows))
    dock = QDockWidget("Coded passages", bare)
    dock.setWidget(table)
    bare.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    bare_probes = (PaintProbe(plain, "the baseline text view"), PaintProbe(table, "the baseline table"))
    bare.show()
    wait_for_paint(*bare_probes)
    baseline = max(probe.first_done for probe in bare_probes) - start
    return {"figures": {"archive_window": seconds, "archive_listed": listed},
            "baselines": {"archive_window": baseline, "archive_listed": len(rows)}}
