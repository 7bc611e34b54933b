"""Importing a source: read it by format, normalise, clean, un-segment, detect script, fold,
segment, store.

`read_source_text` reads a file into the text an import stores (text files, Word, PDF, HTML:
annotator/text/sources.py, then the web clean-up and the removal of segmentation spaces); the
import dialog previews exactly its result, and `find_duplicate` tells before any metadata is
typed whether that text is already in the project. `prepare_from_reading` does the slow rest
(segmentation, and meanwhile in a thread the parallel-passage index of services/parallels.py;
the window runs it in a worker thread with progress and cancel), and `prepare_document` both
at once.
`store_document` writes the result in one transaction.

The document's `encoding` records how its file was read: the text encoding of a text file
("utf-8", "gb18030", ...), "html (utf-8)" for a web page, "docx" or "pdf".
"""

from __future__ import annotations

import concurrent.futures
import gc
import hashlib
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from sqlalchemy import select

from annotator.domain import DocumentInfo, ImportResult
from annotator.errors import UserError
from db.messages import Phrase
from annotator.project import Project
from annotator.services.documents import get_document
from annotator.text.boundaries import encode_boundaries, sentence_boundaries
from annotator.text.normalize import clean_web_text, normalize_text
from annotator.text.presegmented import looks_presegmented, remove_segmentation_spaces
from annotator.text.script import Script, detect_script, fold, to_traditional, warm_up_long_texts
from annotator.text.segment import SegmentationCancelled, Segmenter
from annotator.text.sources import ReadingCancelled, SourceText, read_source
from db.models import Document, ParallelIndex, Segmentation

Choice = Literal["auto", "yes", "no"]
PRESEGMENTED_METHOD = "presegmented source"
# Limit on one file, checked before it is read: a million-character volume is ~3 MB in UTF-8, so
# 64 MB is some twenty million characters, more than any one text a reader codes. Past it, a file
# is almost surely a mistake (a database dump, a video), and importing it would take minutes and
# gigabytes (decoding, conversion, segmentation each hold copies) before failing or freezing.
MAX_FILE_BYTES = 64 * 1024 * 1024

Progress = Callable[[float], None]
_T = TypeVar("_T")


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was stored."""


@dataclass(frozen=True)
class ImportOptions:
    encoding: str | None = None
    title: str | None = None
    presegmented: Choice = "auto"
    clean_web: Choice = "auto"
    author: str = ""
    date: str = ""
    source_ref: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SourceReading:
    """The text an import of a file stores, before segmentation; what the import dialog shows.

    ``boundaries`` are the segment boundaries a pre-segmented source supplied, else None.
    """

    source_name: str
    format: str
    encoding: str
    text: str
    presegmented: bool
    boundaries: tuple[int, ...] | None
    cleanup: dict[str, int]

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True)
class PreparedDocument:
    title: str
    source_name: str
    encoding: str
    script: str
    presegmented: bool
    text: str
    folded_text: str
    traditional_text: str
    word_boundaries: Sequence[int]  # packed (Segmenter.segment_packed) once segmented
    sentence_boundaries: list[int]
    method: str
    cleanup: dict[str, int] = field(default_factory=dict)
    options: ImportOptions = ImportOptions()
    # The stored parallel-passage index (services/parallels.py), None to leave it to be built
    # when parallel passages are first asked for.
    parallel_index: bytes | None = None

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


def text_sha256(text: str) -> str:
    """The fingerprint by which the same text is recognised (the documents' text_sha256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a regular file (a link to one is followed), at most MAX_FILE_BYTES of them.
    A pipe, device or folder is refused before anything is read: reading a pipe waits for ever,
    and /dev/zero has no end."""
    import os
    import stat

    def check_regular(mode: int) -> None:
        kinds = ((stat.S_ISDIR, "phrase.file.folder"), (stat.S_ISFIFO, "phrase.file.pipe"),
                 (stat.S_ISCHR, "phrase.file.device"), (stat.S_ISBLK, "phrase.file.device"),
                 (stat.S_ISSOCK, "phrase.file.socket"))
        if not stat.S_ISREG(mode):
            kind = Phrase(next((key for test, key in kinds if test(mode)), "phrase.file.not_a_file"))
            raise UserError("imports.not_regular_file_only_text", name=path.name, kind=kind)

    try:
        status = os.stat(path)
        check_regular(status.st_mode)
        if status.st_size > MAX_FILE_BYTES:
            raise _too_large(path, f"{status.st_size / 2**20:.0f} MB")
        # Opened without waiting (a pipe put there after the check would block the open itself),
        # and what was opened checked again.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            check_regular(os.fstat(handle.fileno()).st_mode)
            # Read no more than the limit even so: a file may grow after the check.
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(path, f"over {MAX_FILE_BYTES // 2**20} MB")
        return data
    except FileNotFoundError:
        raise UserError("imports.no_such_file", path=path) from None
    except OSError as error:
        raise UserError("imports.cannot_read", name=path.name, reason=error.strerror) from None


def _too_large(path: Path, size: str) -> UserError:
    return UserError(
        "imports.larger_than_mb_import_accepts", name=path.name, size=size,
        limit=MAX_FILE_BYTES // 2**20
    )


def load_source(data: bytes, source_name: str, options: ImportOptions, *,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> SourceText:
    """A file's text by its format: the slow part of reading a long PDF (see text/sources.py)."""
    try:
        return read_source(data, source_name, encoding=options.encoding,
                           progress=progress, cancel=cancel)
    except ReadingCancelled:
        raise ImportCancelled("import cancelled; nothing was stored") from None


def reading_from_source(source: SourceText, source_name: str, options: ImportOptions) -> SourceReading:
    """What an import stores of a file already read: normalised, web debris cleaned as the
    options say, segmentation spaces taken out. Fast enough to rerun on every option change."""
    text = normalize_text(source.text)
    cleanup: dict[str, int] = dict(source.cleanup)
    if options.clean_web != "no":
        cleaned = clean_web_text(text)
        if options.clean_web == "yes" or cleaned.changes:
            text = cleaned.text
            for change, count in cleaned.changes.items():
                cleanup[change] = cleanup.get(change, 0) + count
    presegmented = _decide(options.presegmented, lambda: looks_presegmented(text))
    boundaries: tuple[int, ...] | None = None
    if presegmented:
        unsegmented = remove_segmentation_spaces(text)
        text, boundaries = unsegmented.text, tuple(unsegmented.boundaries)
    if not text.strip():
        raise UserError("imports.contains_no_text", name=source_name)
    return SourceReading(
        source_name=source_name, format=source.format, encoding=source.encoding, text=text,
        presegmented=presegmented, boundaries=boundaries, cleanup=cleanup,
    )


def read_source_text(data: bytes, source_name: str, options: ImportOptions, *,
                     progress: Progress | None = None,
                     cancel: threading.Event | None = None) -> SourceReading:
    """Read, decode, normalise, clean and un-segment a file: exactly the text its import stores."""
    source = load_source(data, source_name, options, progress=progress, cancel=cancel)
    return reading_from_source(source, source_name, options)


def prepare_document(
    data: bytes,
    source_name: str,
    options: ImportOptions,
    segmenter: Segmenter,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    parallel: bool | None = None,
) -> PreparedDocument:
    """Everything an import computes, without touching the project.

    `parallel` as in Segmenter.segment: None segments long texts in worker processes; the
    window passes True so that its own process never loads jieba's dictionary.
    """
    reading = read_source_text(data, source_name, options, cancel=cancel)
    return prepare_from_reading(reading, options, segmenter, progress=progress, cancel=cancel,
                                parallel=parallel)


def prepare_from_reading(
    reading: SourceReading,
    options: ImportOptions,
    segmenter: Segmenter,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    parallel: bool | None = None,
) -> PreparedDocument:
    """Segment, fold and convert a reading: the slow part of an import, in the background.

    `options` give the title and metadata; the reading was made with the same options.
    """
    text = reading.text
    folded = fold(text)
    # What does not depend on the words (script, traditional form, sentences, the parallel
    # index) is worked out in a thread of this process while the worker processes segment:
    # this process would otherwise only wait for them (the thread's numpy work lets go of the
    # interpreter lock; the rest shares it with the few steps of sending and collecting).
    rest = _start_thread(_independent_parts, text, folded)
    if reading.boundaries is not None:
        words, method = list(reading.boundaries), PRESEGMENTED_METHOD
    else:
        # The folded text is the simplified form jieba needs, already converted: segment it
        # directly (same length, so its boundaries hold in the stored text).
        words = segment_folded(segmenter, folded, progress=progress, cancel=cancel, parallel=parallel)
        method = segmenter.method
    # After a cancel (raised above) the thread is not waited for: it ends on its own.
    script, traditional, sentences, index = rest.result()
    source_name = reading.source_name
    return PreparedDocument(
        title=(options.title or Path(source_name).stem).strip() or source_name,
        source_name=source_name,
        encoding=reading.encoding,
        script=str(script),
        presegmented=reading.presegmented,
        text=text,
        folded_text=folded,
        traditional_text=traditional,
        word_boundaries=words,
        sentence_boundaries=sentences,
        method=method,
        cleanup=dict(reading.cleanup),
        options=options,
        # Outside the store transaction: a few percent of segmenting.
        parallel_index=index,
    )


def _independent_parts(text: str, folded: str) -> tuple[Script, str, list[int], bytes]:
    """(script, traditional form, sentence boundaries, parallel index) of a text: the parts of
    its preparation that need no segmentation."""
    # Imported here: the parallel index needs numpy, which the window would otherwise load at
    # start-up (this module is imported then).
    from annotator.services import parallels

    script = detect_script(text)
    return (script, traditional_form(text, script), sentence_boundaries(text),
            parallels.build_index(folded))


def traditional_form(text: str, script: Script | str) -> str:
    """What a document stores as its traditional form: the s2t conversion of its text, or
    nothing for a text written in traditional characters. Such a text is its own traditional
    form (converting it would rewrite characters that are already traditional, 秘→祕, see
    `annotator.text.forms`), so the conversion would never be read: it cost a quarter of a
    second per million characters, and as much again in storage."""
    return "" if script == Script.TRADITIONAL else to_traditional(text)


# Collected and frozen once per process (see warm_up).
_frozen = threading.Event()


def warm_up(project: Project) -> bool:
    """Get ready for an import while its dialog is open: start the segmentation workers (see
    Segmenter.warm_up; False when they cannot start) and load what preparing a text needs in
    this process, so that none of it is paid after the user has pressed Import.

    That is the script conversion tables (0.1-0.2 s each to build) and their numpy forms,
    numpy and the parts of it the parallel index uses (0.2 s to import), and one full garbage
    collection: the objects alive once the program has loaded live as long as it does, so they
    are then left out of later full collections (``gc.freeze``), each of which otherwise stops
    the program for 30-80 ms, and one would fall inside nearly every import of a long text.
    """
    from annotator.services import parallels

    warm_up_long_texts()
    # A small index: numpy loads some of its parts only when first used (np.isin 0.08 s).
    parallels.build_index("毛泽东访问苏联。一九四九年十二月。")
    if not _frozen.is_set():
        _frozen.set()
        gc.collect()
        gc.freeze()
    return project.segmenter.warm_up()


def _start_thread(work: Callable[..., _T], *args: object) -> concurrent.futures.Future[_T]:
    """``work(*args)`` started in a thread of its own; its result (or error) in the future."""
    future: concurrent.futures.Future[_T] = concurrent.futures.Future()

    def run() -> None:
        try:
            future.set_result(work(*args))
        except BaseException as error:  # handed to whoever asks for the result
            future.set_exception(error)

    # A daemon: a cancelled import does not wait for it, and neither does the program's exit.
    threading.Thread(target=run, name="import: script, sentences, index", daemon=True).start()
    return future


def segment_folded(
    segmenter: Segmenter,
    folded_text: str,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    parallel: bool | None = None,
) -> Sequence[int]:
    """Word boundaries of a text, packed, from its folded (simplified) form: the same length,
    so they hold in the stored text. Long texts are segmented on every core (see
    Segmenter.segment)."""
    try:
        return segmenter.segment_packed(folded_text, script=Script.SIMPLIFIED, progress=progress,
                                        cancel=cancel, parallel=parallel)
    except SegmentationCancelled:
        raise ImportCancelled("import cancelled; nothing was stored") from None


def _decide(choice: Choice, detect: Callable[[], bool]) -> bool:
    if choice == "yes":
        return True
    if choice == "no":
        return False
    return detect()


def find_duplicate(project: Project, sha256: str) -> DocumentInfo | None:
    """The document whose text has this fingerprint, if the project holds one."""
    with project.read() as session:
        document_id = session.scalar(
            select(Document.id).where(Document.text_sha256 == sha256).order_by(Document.id).limit(1)
        )
    return None if document_id is None else get_document(project, document_id)


def store_document(project: Project, prepared: PreparedDocument, *,
                   allow_duplicate: bool = False,
                   cancel: threading.Event | None = None) -> DocumentInfo:
    """Store a prepared document and its segmentation in one transaction.

    The same text twice is refused unless `allow_duplicate` (a second edition, say, or a copy
    to code afresh): the check runs in the transaction, so two imports cannot both pass it.
    `cancel` is checked last inside the transaction: a cancel that came while the rows were
    written rolls them back (ImportCancelled), one after the commit comes too late.
    """
    options = prepared.options
    with project.write() as session:
        duplicate = None if allow_duplicate else session.execute(
            select(Document.id, Document.title).where(Document.text_sha256 == prepared.sha256)
        ).first()
        if duplicate is not None:
            raise UserError("imports.duplicate", name=prepared.source_name, document_id=duplicate.id,
                            title=duplicate.title)
        document = Document(
            title=prepared.title,
            source_name=prepared.source_name,
            encoding=prepared.encoding,
            script=prepared.script,
            presegmented=prepared.presegmented,
            text=prepared.text,
            folded_text=prepared.folded_text,
            traditional_text=prepared.traditional_text,
            length=len(prepared.text),
            text_sha256=prepared.sha256,
            author=options.author,
            date=options.date,
            source_ref=options.source_ref,
            notes=options.notes,
            cleanup_report=json.dumps(prepared.cleanup, ensure_ascii=False) if prepared.cleanup else "",
        )
        session.add(document)
        session.flush()
        session.add(
            Segmentation(
                document_id=document.id,
                method=prepared.method,
                word_boundaries=encode_boundaries(prepared.word_boundaries),
                sentence_boundaries=encode_boundaries(prepared.sentence_boundaries),
            )
        )
        if prepared.parallel_index is not None:
            from annotator.services.parallels import index_format

            session.add(ParallelIndex(document_id=document.id, format=index_format(),
                                      data=prepared.parallel_index))
        document_id = document.id
        if cancel is not None and cancel.is_set():
            session.flush()  # everything was written, and is now rolled back
            raise ImportCancelled("import cancelled; nothing was stored")
    return get_document(project, document_id)


def import_file(project: Project, path: Path, options: ImportOptions = ImportOptions(), *,
                allow_duplicate: bool = False) -> ImportResult:
    """Import one file (the command line's import). A text already in the project is refused
    before it is segmented, unless `allow_duplicate`."""
    path = Path(path)
    reading = read_source_text(read_file_bytes(path), path.name, options)
    if not allow_duplicate and (duplicate := find_duplicate(project, reading.sha256)) is not None:
        raise UserError("imports.duplicate_allow", name=path.name, document_id=duplicate.id,
                        title=duplicate.title)
    prepared = prepare_from_reading(reading, options, project.segmenter)
    document = store_document(project, prepared, allow_duplicate=allow_duplicate)
    return ImportResult(document=document, cleanup=prepared.cleanup)
