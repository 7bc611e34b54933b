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
    dictionaries loaded, before the clock: the window starts its workers, and loads what the
    preparation needs (imports.warm_up), while the import dialog is open."""
    import concurrent.futures as cf
    import multiprocessing

    from annotator import paths
    from annotator.project import Project
    from annotator.services.imports import ImportOptions, prepare_document, store_document, warm_up
    from annotator.text.resources import HISTORICAL_NAMES
    from annotator.text.script import fold
    from bench.memory import worker_processes

    data = Path(inputs["volume_text"]).read_bytes()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    with Project(folder / "import.sqlite") as project:
        if not warm_up(project):  # as the window does while the import dialog is open
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


# -- reading across sources: entities, parallel passages, the index at import -------------------

def case_entities(inputs: dict) -> dict:
    """Entities and dates of the volume, as `entities DOC` finds them (its stored words, the
    project's corrections, jieba's tags loaded, in a fresh process), vs jieba segmenting the
    same text in one process, its dictionary loaded the same way (from the cache)."""
    import jieba

    from annotator import paths
    from annotator.project import Project
    from annotator.services.documents import document_text, list_documents
    from annotator.services.entities import document_entities

    with Project(Path(inputs["volume_project"]), create=False) as project:
        document_id = list_documents(project)[0].id
        text = document_text(project, document_id)
        words: list[str] = []

        def segment() -> None:
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = str(paths.cache_dir())
            tokenizer.initialize()
            words.extend(tokenizer.cut(text, HMM=True))

        baseline = timed(segment)  # first: the app's run may not profit from its loading
        mentions: list = []
        seconds = timed(lambda: mentions.extend(document_entities(project, document_id)))
    if not mentions or sum(map(len, words)) != len(text):
        raise RuntimeError("no entities found, or jieba's words do not add up to the text")
    return {"figures": {"entities": seconds, "entity_mentions": len(mentions)},
            "baselines": {"entities": baseline, "entity_mentions": len(words)}}


def case_parallels(inputs: dict) -> dict:
    """Parallels of one retold passage over the archive's ten volumes, in a fresh process: the
    first query (indexes read from the project) and a second one; vs the bare search
    (annotator.text.parallels) on the same indexes and sentences already in memory."""
    from sqlalchemy import select

    from annotator.project import Project
    from annotator.services.documents import document_text, list_documents
    from annotator.services.parallels import ensure_indexes, find_parallels
    from annotator.text import parallels as bare
    from annotator.text.boundaries import decode_boundaries
    from annotator.text.script import fold
    from annotator.text.shingles import ShingleIndex
    from db.models import ParallelIndex, Segmentation
    from tests.text.test_parallels import SAMPLE_PARALLELS

    query = SAMPLE_PARALLELS[6].query  # retold in the simplified volumes, copied in the others
    with Project(Path(inputs["archive_project"]), create=False) as project:
        built = ensure_indexes(project)  # none when the volumes were imported with their index
        document_id = list_documents(project)[0].id
        start = document_text(project, document_id).index(query)
        end = start + len(query)
        found: list = []
        first = timed(lambda: found.append(find_parallels(project, document_id, start, end)))
        again = timed(lambda: found.append(find_parallels(project, document_id, start, end)))
        with project.read() as session:
            rows = session.execute(select(ParallelIndex.document_id, ParallelIndex.data,
                                          Segmentation.sentence_boundaries)
                                   .join(Segmentation, Segmentation.document_id == ParallelIndex.document_id)).all()
    indexes = {row.document_id: ShingleIndex.from_bytes(row.data) for row in rows}
    sentences = {row.document_id: decode_boundaries(row.sentence_boundaries) for row in rows}
    matches: list = []
    baseline = timed(lambda: matches.extend(bare.find_parallels(
        fold(query), indexes, sentences=sentences, exclude=(document_id, start, end))))
    got = [(r.document_id, r.start, r.end, r.score) for r in found[0]]
    if got != [tuple(m) for m in matches] or found[0] != found[1] or not got:
        raise RuntimeError(f"the project's parallels ({len(got)}) are not the bare search's ({len(matches)})")
    return {"figures": {"parallels": first, "parallels_again": again, "parallels_found": len(got),
                        "parallels_built": len(built)},
            "baselines": {"parallels": baseline, "parallels_again": baseline,
                          "parallels_found": len(matches)}}


def case_import_index(inputs: dict) -> dict:
    """What the parallel index adds to an import of the volume (as the window imports it, in
    the workers): building it, timed as it runs inside the import, and storing its bytes (the
    same prepared document stored with and without them); vs the rest of that import. Two whole
    imports would differ by more than the index from one run to the next on a shared machine."""
    import dataclasses

    from annotator.project import Project
    from annotator.services import parallels
    from annotator.services.imports import ImportOptions, prepare_document, store_document, warm_up

    data = Path(inputs["volume_text"]).read_bytes()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-index-"))
    build_index = parallels.build_index
    builds: list[float] = []

    def timed_build(folded: str) -> bytes:
        started = time.perf_counter()
        built = build_index(folded)
        builds.append(time.perf_counter() - started)
        return built

    with Project(folder / "import.sqlite") as project:
        if not warm_up(project):  # as the window does while the import dialog is open
            raise RuntimeError("the segmentation workers did not start")
        prepared: list = []
        parallels.build_index = timed_build  # type: ignore[assignment]
        try:
            preparing = timed(lambda: prepared.append(prepare_document(
                data, "volume.txt", ImportOptions(), project.segmenter, parallel=True)))
        finally:
            parallels.build_index = build_index
        document = prepared[0]
        with_index = timed(lambda: store_document(project, document, allow_duplicate=True))
        without = dataclasses.replace(document, parallel_index=None)
        without_index = timed(lambda: store_document(project, without, allow_duplicate=True))
    if len(builds) != 1 or not document.parallel_index:
        raise RuntimeError(f"the import built {len(builds)} indexes, not one")
    index = builds[0] + max(with_index - without_index, 0.0)
    return {"figures": {"import_index": index},
            "baselines": {"import_index": preparing - builds[0] + without_index}}


def case_exchange_export(inputs: dict) -> dict:
    """The archive as a REFI-QDA project (.qdpx) and as an Excel workbook, each vs the bare
    library writing the same content: sqlite3 reads the rows, lxml's incremental writer the
    same elements into the same zip (texts included); xlsxwriter the same passage cells."""
    import sqlite3
    import zipfile

    import xlsxwriter
    from lxml import etree

    from annotator.domain import PassageFilter
    from annotator.project import Project
    from annotator.services.exchange import export_qdpx
    from annotator.services.workbook import export_workbook

    path = Path(inputs["archive_project"])
    folder = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    counted: dict[str, int] = {}
    with Project(path, create=False) as project:
        qdpx = timed(lambda: counted.update(
            qdpx=export_qdpx(project, PassageFilter(), folder / "archive.qdpx").passages))
        xlsx = timed(lambda: counted.update(
            xlsx=export_workbook(project, PassageFilter(), folder / "archive.xlsx")))
    written = {"qdpx": 0, "xlsx": 0}
    ns = "urn:QDA-XML:project:1.0"

    def bare_qdpx() -> None:
        connection = sqlite3.connect(path)
        with zipfile.ZipFile(folder / "bare.qdpx", "w", zipfile.ZIP_DEFLATED) as archive:
            with archive.open("project.qde", "w") as member, etree.xmlfile(member, encoding="utf-8") as xml:
                xml.write_declaration()
                with xml.element(f"{{{ns}}}Project", name="archive", nsmap={None: ns}):
                    with xml.element(f"{{{ns}}}Users"):
                        for guid, name in connection.execute("SELECT uuid, name FROM coders"):
                            xml.write(etree.Element(f"{{{ns}}}User", guid=str(guid), name=name))
                    with xml.element(f"{{{ns}}}CodeBook"), xml.element(f"{{{ns}}}Codes"):
                        for guid, name, color in connection.execute("SELECT uuid, name, color FROM codes"):
                            xml.write(etree.Element(f"{{{ns}}}Code", guid=str(guid), name=name,
                                                    isCodable="true", color=color))
                    with xml.element(f"{{{ns}}}Sources"):
                        for document_id, guid, title in connection.execute(
                                "SELECT id, uuid, title FROM documents ORDER BY id").fetchall():
                            with xml.element(f"{{{ns}}}TextSource", guid=str(guid), name=title,
                                             plainTextPath=f"internal://{guid}.txt"):
                                for row in connection.execute(
                                        'SELECT a.uuid, a.start, a."end", a.quote, c.uuid, k.uuid, a.created_at '
                                        "FROM annotations AS a JOIN codes AS c ON c.id = a.code_id "
                                        "JOIN coders AS k ON k.id = a.coder_id WHERE a.document_id = ? "
                                        'ORDER BY a.start, a."end", a.id', (document_id,)):
                                    selection = etree.Element(
                                        f"{{{ns}}}PlainTextSelection", guid=str(row[0]), name=row[3],
                                        startPosition=str(row[1]), endPosition=str(row[2]),
                                        creatingUser=str(row[5]), creationDateTime=str(row[6]))
                                    coding = etree.SubElement(selection, f"{{{ns}}}Coding", guid=str(row[0]),
                                                              creatingUser=str(row[5]))
                                    etree.SubElement(coding, f"{{{ns}}}CodeRef", targetGUID=str(row[4]))
                                    xml.write(selection)
                                    written["qdpx"] += 1
            for guid, text in connection.execute("SELECT uuid, text FROM documents"):
                archive.writestr(f"sources/{guid}.txt", text.encode("utf-8"))
        connection.close()

    def bare_xlsx() -> None:
        connection = sqlite3.connect(path)
        book = xlsxwriter.Workbook(str(folder / "bare.xlsx"), {"constant_memory": True,
                                                              "strings_to_formulas": False})
        sheet = book.add_worksheet("Passages")
        forms: dict[int, tuple[str, str, str]] = {}
        for row_number, (annotation_id, document_id, title, author, date, source_ref, code, start, end,
                         quote, memo, coder, created, updated) in enumerate(connection.execute(EXPORT_ROWS), 1):
            if document_id not in forms:
                forms = {document_id: connection.execute(
                    "SELECT text, folded_text, traditional_text FROM documents WHERE id = ?",
                    (document_id,)).fetchone()}
            text, simplified, traditional = forms[document_id]
            cells = (annotation_id, document_id, title, author, date, source_ref, code, code, start, end,
                     quote, simplified[start:end], traditional[start:end],
                     text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS], memo,
                     coder, created, updated)
            for column, value in enumerate(cells):
                sheet.write(row_number, column, value)
            written["xlsx"] += 1
        book.close()
        connection.close()

    baselines = {"exchange_qdpx": timed(bare_qdpx), "exchange_xlsx": timed(bare_xlsx)}
    for name in ("qdpx", "xlsx"):
        if written[name] != counted[name]:
            raise RuntimeError(f"the {name} export wrote {counted[name]:,} passages, the baseline "
                               f"{written[name]:,}")
    return {"figures": {"exchange_qdpx": qdpx, "exchange_xlsx": xlsx, "exchange_rows": counted["qdpx"]},
            "baselines": {**baselines, "exchange_rows": written["qdpx"]}}


def case_exchange_import(inputs: dict) -> dict:
    """The archive's .qdpx imported into an empty project (texts segmented, codebook, every
    passage) vs importing its texts alone into another empty project, in the same process."""
    from annotator.domain import PassageFilter
    from annotator.interchange.qdpx import read_qdpx
    from annotator.project import Project
    from annotator.services.exchange import export_qdpx, import_exchange
    from annotator.services.imports import ImportOptions, prepare_document, store_document, warm_up

    folder = Path(tempfile.mkdtemp(prefix="bench-exchange-import-"))
    exported = folder / "archive.qdpx"
    with Project(Path(inputs["archive_project"]), create=False) as project:
        export_qdpx(project, PassageFilter(), exported)
    texts = [(source.name, source.text) for source in read_qdpx(exported).sources]
    summaries = []
    with Project(folder / "from-qdpx.sqlite") as project:
        project.segmenter  # loaded before the clock on both sides
        seconds = timed(lambda: summaries.append(import_exchange(project, exported)))
    with Project(folder / "texts.sqlite") as project:
        segmenter = project.segmenter

        def texts_alone() -> None:
            for title, text in texts:
                store_document(project, prepare_document(text.encode("utf-8"), f"{title}.txt",
                                                         ImportOptions(title=title), segmenter))

        baseline = timed(texts_alone)
    return {"figures": {"exchange_import": seconds,
                        "exchange_import_passages": summaries[0].added["passage"]},
            "baselines": {"exchange_import": baseline, "exchange_import_passages": len(texts)}}


def _window_case(name: str, module: str = "window") -> Callable[[dict], dict]:
    def run(inputs: dict) -> dict:
        import importlib

        # bench.window imports Qt: only the window's cases need it.
        return getattr(importlib.import_module(f"bench.{module}"), name)(inputs)

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
    "entities": case_entities,
    "parallels": case_parallels,
    "import_index": case_import_index,
    "exchange_export": case_exchange_export,
    "exchange_import": case_exchange_import,
    "team_tag": _team_case("case_team_tag"),
    "team_open": _team_case("case_team_open"),
    "team_coders": _team_case("case_team_coders"),
    "team_window": _window_case("case_team_window", "team_window"),
}


def main(argv: list[str]) -> int:
    name, inputs_file = argv
    inputs = json.loads(Path(inputs_file).read_text())
    print(json.dumps(CASES[name](inputs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
