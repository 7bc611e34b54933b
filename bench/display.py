"""How the window copes with a whole volume: a 1,000,000-character document with 50,000 passages.

    python -m bench.display [--chars 1000000] [--tags 50000] [--trials 60]

Builds its own project (the traditional sample repeated), opens it in the real main window
offscreen and times, with synchronous repaints: opening the document to first paint, adding and
removing one tag through the undo stack (database commit included), hovering, and scrolling by a
page. A plain QPlainTextEdit showing the same text, measured in the same run, is the baseline.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def build_project(folder: Path, chars: int, tags: int, seed: int = 7) -> tuple[Path, int]:
    from sqlalchemy import insert

    from annotator.project import Project
    from annotator.services.codes import list_codes, load_codebook
    from annotator.services.imports import ImportOptions, prepare_document, store_document
    from annotator import paths
    from db.models import Annotation, Coder

    sample = (paths.SAMPLE_CORPUS / "mao-visit-moscow-ding-ming-traditional.txt").read_text(encoding="utf-8")
    text = (sample * (chars // len(sample) + 1))[:chars]
    path = folder / "volume.sqlite"
    with Project(path) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        prepared = prepare_document(text.encode("utf-8"), "volume.txt", ImportOptions(title="volume"),
                                    project.segmenter)
        document = store_document(project, prepared)
        code_ids = [code.id for code in list_codes(project)]
        rng = random.Random(seed)
        rows, seen = [], set()
        while len(rows) < tags:
            start = rng.randrange(0, chars - 200)
            end = start + rng.randint(2, 120)
            key = (start, end, code := rng.choice(code_ids))
            if key in seen:
                continue
            seen.add(key)
            rows.append({"document_id": document.id, "code_id": code, "coder_id": 1, "start": start,
                         "end": end, "quote": text[start:end], "memo": ""})
        with project.write() as session:
            session.add(Coder(id=1, name="bench"))
            session.flush()
            session.execute(insert(Annotation), rows)
    return path, document.id


def measure(chars: int, tags: int, trials: int) -> list[tuple[str, float, str, float | None]]:
    """Rows of (case, seconds, goal, baseline seconds or None)."""
    from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from annotator.project import Project
    from annotator.ui.commands import TagCommand
    from annotator.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="bench-display-"))
    os.environ["ANNOTATOR_HOME"] = str(folder / "home")
    app = QApplication.instance() or QApplication([])
    build_started = time.perf_counter()
    path, document_id = build_project(folder, chars, tags)
    print(f"built {chars:,} characters with {tags:,} passages in {time.perf_counter() - build_started:.1f} s",
          file=sys.stderr)

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(f"lastDocument/{path}", -1)  # open nothing at start: we time the opening
    window = MainWindow(Project(path), "bench", settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    reader = window.reader
    window.reader.clear_document()
    app.processEvents()

    def open_document() -> None:
        window.open_document(document_id)
        reader.viewport().repaint()

    open_time = timed(open_document)

    baseline_view = QPlainTextEdit()
    baseline_view.setReadOnly(True)
    baseline_view.setFont(reader.font())
    baseline_view.resize(reader.size())
    baseline_view.show()
    text = reader.text

    def baseline_open() -> None:
        baseline_view.setPlainText(text)
        baseline_view.viewport().repaint()

    baseline_open_time = timed(baseline_open)

    rng = random.Random(11)
    code = window.session.codes()[0]
    add_times, remove_times = [], []
    for _ in range(trials):
        reader.verticalScrollBar().setValue(rng.randrange(reader.verticalScrollBar().maximum()))
        app.processEvents()
        first = reader.first_visible_position()
        start = first + rng.randrange(0, 300)

        # processEvents delivers the partial repaint the view asked for, as the event loop would.
        def add() -> None:
            window.session.execute(TagCommand(window.session, document_id, start, start + 4, code))
            app.processEvents()

        def remove() -> None:
            window.session.undo_stack.undo()
            app.processEvents()

        add_times.append(timed(add))
        remove_times.append(timed(remove))

    hover_times = []
    viewport = reader.viewport()
    app.processEvents()
    for _ in range(trials * 5):
        point = QPointF(rng.randrange(10, viewport.width() - 10), rng.randrange(10, viewport.height() - 10))
        event = QMouseEvent(QEvent.Type.MouseMove, point, point, Qt.MouseButton.NoButton,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)

        def hover() -> None:
            app.sendEvent(viewport, event)
            app.processEvents()

        hover_times.append(timed(hover))

    def page_scrolls(view: QPlainTextEdit) -> list[float]:
        bar = view.verticalScrollBar()
        results = []
        for _ in range(trials):
            bar.setValue(rng.randrange(max(1, bar.maximum() - bar.pageStep())))
            view.viewport().repaint()

            def scroll() -> None:
                bar.setValue(bar.value() + bar.pageStep())
                view.viewport().repaint()

            results.append(timed(scroll))
        return results

    scroll_times = page_scrolls(reader)
    baseline_scroll = page_scrolls(baseline_view)
    window.close()
    return [
        ("open document to first paint, all tags", open_time, "< 0.3 s", baseline_open_time),
        ("add one tag (commit + repaint), p95", percentile(add_times, 0.95), "< 16 ms", None),
        ("remove one tag (undo, commit + repaint), p95", percentile(remove_times, 0.95), "< 16 ms", None),
        ("hover: segment under the mouse, p95", percentile(hover_times, 0.95), "< 4 ms", None),
        ("scroll by a page, median", statistics.median(scroll_times), "< 16 ms",
         statistics.median(baseline_scroll)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--tags", type=int, default=50_000)
    parser.add_argument("--trials", type=int, default=60)
    args = parser.parse_args(argv)
    rows = measure(args.chars, args.tags, args.trials)
    print(f"{'case':48} {'measured':>10} {'goal':>9} {'baseline':>10} {'ratio':>7}")
    for case, seconds, goal, baseline in rows:
        ratio = f"{seconds / baseline:.2f}x" if baseline else "-"
        base = f"{baseline * 1000:.1f} ms" if baseline else "-"
        print(f"{case:48} {seconds * 1000:8.1f} ms {goal:>9} {base:>10} {ratio:>7}")
    print("baseline: a plain read-only QPlainTextEdit with the same text and font, no tags")
    return 0


if __name__ == "__main__":
    sys.exit(main())
