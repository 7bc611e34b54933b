"""One benchmark case per call, meant to run in a fresh process:

    python -m bench.cases CASE INPUTS_JSON

prints one JSON object: {"figures": {name: seconds, bytes or a count}, "baselines": {name: ...}}.
Every figure comes with the baseline it is compared to, measured in the same process, which
does the same work minus the app: the same text, the same rows, as many processes, every hit,
and a paint that happened (bench.paint). A run that could not do that raises and fails.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "ready"
QUERY = "蘇聯"  # traditional: found in the simplified volumes too
CONTEXT_CHARS = 20  # the search's default context on each side


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# -- start-up ---------------------------------------------------------------------------------

# What `python main.py` is compared to: "ready" at its text view's first paint, as the app
# says it at its reading view's first paint (annotator.ui.launch.after_first_paint).
BARE_QT_WINDOW = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print({READY!r}, flush=True), app.quit()))
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QPlainTextEdit("毛澤東")
window.setCentralWidget(view)
first_paint = FirstPaint()
view.viewport().installEventFilter(first_paint)
window.show()
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
        raise RuntimeError(f"{command} never painted (it printed no {READY!r})")
    process.wait(timeout=60)
    return elapsed


def case_startup(inputs: dict) -> dict:
    """`python main.py` on the default project to the reading view's first paint."""
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

# Pieces of about this many characters, each ending at a line break: as the app's workers get.
PIECE_CHARS = 32_000


def _pieces(text: str) -> list[str]:
    pieces, start = [], 0
    while start < len(text):
        cut = text.find("\n", start + PIECE_CHARS - 1)
        end = len(text) if cut < 0 else cut + 1
        pieces.append(text[start:end])
        start = end
    return pieces


_tokenizer = None


def _start_jieba(cache_dir: str, dictionaries: list[str]) -> None:
    """Baseline worker initializer: jieba with the dictionaries the app's workers load."""
    global _tokenizer
    import logging

    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    _tokenizer = jieba.Tokenizer()
    _tokenizer.tmp_dir = cache_dir
    _tokenizer.initialize()
    for path in dictionaries:
        _tokenizer.load_userdict(path)


def _cut(piece: str) -> list[int]:
    """Baseline worker task: the lengths of jieba's words."""
    return [len(word) for word in _tokenizer.cut(piece, HMM=True)]


def case_import(inputs: dict) -> dict:
    """Decode, detect, fold, segment (in the workers, as the window does) and store a volume,
    vs jieba on the same folded text in as many processes. Both pools are started, and their
    dictionaries loaded, before the clock: the window starts its workers at start-up."""
    import concurrent.futures as cf
    import multiprocessing

    from annotator import paths
    from annotator.project import Project
    from annotator.services.imports import ImportOptions, prepare_document, store_document
    from annotator.text.resources import HISTORICAL_NAMES
    from annotator.text.script import fold
    from bench.memory import worker_processes

    data = Path(inputs["volume_text"]).read_bytes()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    with Project(folder / "import.sqlite") as project:
        if not project.segmenter.warm_up():
            raise RuntimeError("the segmentation workers did not start")
        workers = len(worker_processes())

        def run() -> None:
            prepared = prepare_document(data, "volume.txt", ImportOptions(), project.segmenter,
                                        parallel=True)
            store_document(project, prepared)

        seconds = timed(run)
    if workers < 1:
        raise RuntimeError("no segmentation worker process was found")

    folded = fold(data.decode("utf-8"))
    context = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(workers, mp_context=context, initializer=_start_jieba,
                                initargs=(str(paths.cache_dir()), [str(HISTORICAL_NAMES)])) as pool:
        seen: set[int] = set()
        while len(seen) < workers:  # each worker has run its initializer once it answers
            seen.update(ping.result() for ping in [pool.submit(os.getpid) for _ in range(workers)])
        lengths: list[list[int]] = []
        baseline = timed(lambda: lengths.extend(pool.map(_cut, _pieces(folded))))
    if sum(map(sum, lengths)) != len(folded):
        raise RuntimeError("the baseline's words do not add up to the text")
    return {"figures": {"import": seconds, "import_workers": workers},
            "baselines": {"import": baseline, "import_workers": len(seen)}}


# -- the archive: search, export, opening ----------------------------------------------------------

def case_search(inputs: dict) -> dict:
    """A two-character word, cross-script, every hit over every volume of the archive, each
    with its context; vs reading the same texts with sqlite3 and finditer with plain slices."""
    import sqlite3

    from annotator.project import Project
    from annotator.services.search import search
    from annotator.text.script import fold

    path = Path(inputs["archive_project"])
    with Project(path, create=False) as project:
        found: list = []
        # Every hit (no limit worth the name), with the contexts the search panel shows.
        seconds = timed(lambda: found.append(search(project, QUERY, limit=10**9)))
    # A list of hits, or the first hits and the count of all (hits and total).
    hits = getattr(found[0], "hits", found[0])
    total = getattr(found[0], "total", len(hits))
    if len(hits) != total:
        raise RuntimeError(f"the search handed out {len(hits):,} hits of {total:,}")

    pattern = re.compile(re.escape(fold(QUERY)))
    plain: list[tuple[int, str, str, str, str]] = []

    def baseline() -> None:
        connection = sqlite3.connect(path)
        ids = [row[0] for row in connection.execute("SELECT id FROM documents ORDER BY id")]
        for document_id in ids:
            title, text, folded = connection.execute(
                "SELECT title, text, folded_text FROM documents WHERE id = ?", (document_id,)).fetchone()
            for match in pattern.finditer(folded):
                start, end = match.span()
                plain.append((document_id, title, text[max(0, start - CONTEXT_CHARS):start],
                              text[start:end], text[end:end + CONTEXT_CHARS]))
        connection.close()

    baseline_seconds = timed(baseline)
    if len(plain) != len(hits):
        raise RuntimeError(f"the search found {len(hits):,} hits, re.finditer {len(plain):,}")
    return {"figures": {"search": seconds, "search_hits": len(hits)},
            "baselines": {"search": baseline_seconds, "search_hits": len(plain)}}


# The export's columns, read straight from the tables: the same values the app writes, its
# contexts as plain slices and its script forms from the stored forms.
EXPORT_ROWS = """
SELECT a.id, a.document_id, d.title, d.author, d.date, d.source_ref, c.name, a.start, a."end",
       a.quote, a.memo, k.name, a.created_at, a.updated_at
FROM annotations AS a JOIN documents AS d ON d.id = a.document_id
JOIN codes AS c ON c.id = a.code_id JOIN coders AS k ON k.id = a.coder_id
ORDER BY a.document_id, a.start, a."end", a.id
"""


def case_export(inputs: dict) -> dict:
    """CSV export of every passage of the archive, vs sqlite3 reading the same rows and
    Python's csv writing them."""
    import sqlite3

    from annotator.domain import PassageFilter
    from annotator.project import Project
    from annotator.services.export import HEADER, export_csv

    path = Path(inputs["archive_project"])
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    counted: list[int] = []
    with Project(path, create=False) as project:
        seconds = timed(lambda: counted.append(export_csv(project, PassageFilter(), folder / "export.csv")))

    written = 0

    def plain_csv() -> None:
        nonlocal written
        connection = sqlite3.connect(path)
        forms: dict[int, tuple[str, str, str]] = {}
        with open(folder / "plain.csv", "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(HEADER)
            for (annotation_id, document_id, title, author, date, source_ref, code, start, end,
                 quote, memo, coder, created, updated) in connection.execute(EXPORT_ROWS):
                if document_id not in forms:
                    forms = {document_id: connection.execute(
                        "SELECT text, folded_text, traditional_text FROM documents WHERE id = ?",
                        (document_id,)).fetchone()}
                text, simplified, traditional = forms[document_id]
                writer.writerow([
                    annotation_id, document_id, title, author, date, source_ref, code, code,
                    start, end, quote, simplified[start:end], traditional[start:end],
                    text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS],
                    memo, coder, created, updated,
                ])
                written += 1
            handle.flush()
            os.fsync(handle.fileno())
        connection.close()

    baseline = timed(plain_csv)
    if written != counted[0]:
        raise RuntimeError(f"the export wrote {counted[0]:,} rows, the baseline {written:,}")
    return {"figures": {"export": seconds, "export_rows": counted[0]},
            "baselines": {"export": baseline, "export_rows": written}}


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


def _window_case(name: str) -> Callable[[dict], dict]:
    def run(inputs: dict) -> dict:
        from bench import window  # imports Qt: only the window's cases need it

        return getattr(window, name)(inputs)

    return run


def _team_case(name: str) -> Callable[[dict], dict]:
    def run(inputs: dict) -> dict:
        from bench import team

        return getattr(team, name)(inputs)

    return run


CASES: dict[str, Callable[[dict], dict]] = {
    "startup": case_startup,
    "import": case_import,
    "window": _window_case("case_window"),
    "memory_baseline": _window_case("case_memory_baseline"),
    "search": case_search,
    "export": case_export,
    "open_project": case_open_project,
    "archive_window": _window_case("case_archive_window"),
    "team_tag": _team_case("case_team_tag"),
    "team_open": _team_case("case_team_open"),
    "team_coders": _team_case("case_team_coders"),
}


def main(argv: list[str]) -> int:
    name, inputs_file = argv
    inputs = json.loads(Path(inputs_file).read_text())
    print(json.dumps(CASES[name](inputs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
