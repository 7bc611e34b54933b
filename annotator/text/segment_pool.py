"""Worker processes that segment a long text in pieces, on every core, for a Segmenter.

jieba is pure Python, so threads cannot use a second core, and ``jieba.enable_parallel``
works only for jieba's global tokenizer, which a Segmenter never uses (project words would
leak between projects). Each worker process therefore builds its own Segmenter from the
parent's settings and words, and segments pieces of the text that end at line breaks:
words never cross a line break, so the pieces' boundaries, moved to where each piece
starts, are exactly those of the whole text segmented in one go.

Workers are started with "spawn", not "fork": the app segments from a Qt worker thread,
and a child forked from a multi-threaded process can inherit a lock another thread held
and hang. Importing this module in a worker imports only the text pipeline (no Qt, no db).

Workers end with the program that started them, however it ends: each watches a pipe whose
only writing end the program holds, and exits when the pipe reports end-of-file, which the
operating system does the moment the program is gone (killed, crashed). Without this, a
killed program would leave its workers (about 100 MB each) waiting for work for ever, and
multiprocessing's resource tracker with them (it exits once no worker holds its pipe).

Workers that idle do not stay: `IDLE_SECONDS` after the last text (or warm-up) they are shut
down, which gives their memory (about 100 MB each) back, and the next text starts new ones
(about a second, which a long text's segmentation dwarfs).
"""

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import threading
from array import array
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection

from annotator.text.script import to_simplified
from annotator.text.segment import (
    SPAN_CHARS,
    Cancel,
    PACKED_TYPE,
    PoolUnavailable,
    Progress,
    Segmenter,
    SegmenterSettings,
    check_cancel,
    line_spans,
    split_long_line,
)

# Each worker holds jieba's dictionary (about 100 MB), so more than this are not started
# even on machines with more cores.
_MAX_WORKERS = 4
# How often the waiting thread looks at ``cancel`` while the workers are busy.
_POLL_SECONDS = 0.05
# warm_up asks until it has heard from every worker, but gives up after this many rounds.
_WARM_UP_ROUNDS = 10
# Workers with nothing to do for this long are shut down; the next text starts them again.
IDLE_SECONDS = 60.0


class SegmentPool:
    """Worker processes for one Segmenter, started on first use, kept for the next text while
    it comes within ``idle_seconds`` (None: kept until ``close``)."""

    def __init__(self, workers: int | None = None, *,
                 idle_seconds: float | None = IDLE_SECONDS) -> None:
        self._workers = workers or max(1, min(os.cpu_count() or 1, _MAX_WORKERS))
        self._idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._executor: cf.ProcessPoolExecutor | None = None
        # Both ends of the workers' lifeline: the reading end for workers started later.
        self._lifeline: tuple[Connection, Connection] | None = None
        # Calls of start/segment under way; the idle timer shuts the workers only at none.
        self._busy = 0
        self._idle_timer: threading.Timer | None = None

    @property
    def running(self) -> bool:
        """Whether worker processes are up (started and not shut down since)."""
        with self._lock:
            return self._executor is not None

    def start(self, settings: SegmenterSettings) -> None:
        """Start the workers if needed and return once each has loaded the dictionaries."""
        with self._using():
            self._start(settings)

    def _start(self, settings: SegmenterSettings) -> None:
        executor = self._started(settings)
        seen: set[int] = set()
        try:
            for _ in range(_WARM_UP_ROUNDS):
                # Workers load in their initializer, before running anything; a worker that
                # answers is therefore ready.
                pings = [executor.submit(os.getpid) for _ in range(self._workers)]
                seen.update(ping.result() for ping in pings)
                if len(seen) >= self._workers:
                    return
        except Exception as error:
            raise PoolUnavailable(f"segmentation workers did not start: {error}") from error

    def segment(
        self,
        settings: SegmenterSettings,
        text: str,
        convert: bool,
        report: Progress,
        cancel: Cancel | None,
    ) -> array:
        """Segmenter.segment_packed's boundaries of ``text``, worked out by the workers.

        ``convert``: the text is traditional or mixed and is segmented in its simplified
        form. Raises PoolUnavailable when a worker fails (the caller then segments in its
        own process) and SegmentationCancelled when ``cancel`` is set.
        """
        with self._using():
            return self._segment(settings, text, convert, report, cancel)

    def _segment(
        self,
        settings: SegmenterSettings,
        text: str,
        convert: bool,
        report: Progress,
        cancel: Cancel | None,
    ) -> array:
        executor = self._started(settings)
        lengths: dict[cf.Future[bytes], tuple[int, int]] = {}
        results: dict[int, bytes] = {}
        try:
            for start, pieces, pieces_convert in _tasks(text, convert):
                check_cancel(cancel)
                future = _submit(executor, settings, pieces, pieces_convert, start)
                lengths[future] = (start, sum(map(len, pieces)))
            done_chars = 0
            pending = set(lengths)
            while pending:
                check_cancel(cancel)
                done, pending = cf.wait(
                    pending, timeout=_POLL_SECONDS, return_when=cf.FIRST_COMPLETED
                )
                for future in done:
                    start, length = lengths[future]
                    results[start] = _result(future)
                    done_chars += length
                    report(done_chars / len(text))
        finally:
            # After a cancel or a failure: tasks not yet started are dropped; running ones
            # finish in their worker (a fraction of a second) and are ignored.
            for future in lengths:
                future.cancel()
        # Each task's boundaries come back where they stand in the whole text, packed: laid
        # end to end they are the text's, without a pass over them in Python here.
        packed = array(PACKED_TYPE, [0])
        for start in sorted(results):
            packed.frombytes(results[start])
        report(1.0)
        return packed

    @contextlib.contextmanager
    def _using(self) -> Iterator[None]:
        """Around each start/segment: no idle shut-down meanwhile; the idle clock starts
        again when the last one ends."""
        with self._lock:
            self._busy += 1
            if self._idle_timer is not None:
                self._idle_timer.cancel()
                self._idle_timer = None
        try:
            yield
        finally:
            with self._lock:
                self._busy -= 1
                if self._busy == 0 and self._executor is not None and self._idle_seconds is not None:
                    timer = threading.Timer(self._idle_seconds, self._close_if_idle)
                    timer.name, timer.daemon = "segmentation workers idle", True
                    self._idle_timer = timer
                    timer.start()

    def _close_if_idle(self) -> None:
        with self._lock:
            if self._busy or self._idle_timer is not threading.current_thread():
                return  # work came in meanwhile (it cancelled or replaced this timer)
            # Taken in the same hold of the lock: a text arriving now starts new workers
            # rather than getting these while they shut down.
            taken = self._take()
        _stop(*taken)

    def close(self) -> None:
        """Stop the workers and wait for them to exit; a later call starts new ones."""
        with self._lock:
            taken = self._take()
        _stop(*taken)

    def _take(self) -> tuple[cf.ProcessPoolExecutor | None, tuple[Connection, Connection] | None]:
        """With the lock held: the workers and their lifeline, which no call sees any more."""
        executor, self._executor = self._executor, None
        lifeline, self._lifeline = self._lifeline, None
        if self._idle_timer is not None and self._idle_timer is not threading.current_thread():
            self._idle_timer.cancel()
        self._idle_timer = None
        return executor, lifeline

    def _started(self, settings: SegmenterSettings) -> cf.ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                context = multiprocessing.get_context("spawn")
                try:
                    # Workers get the reading end only; the writing end never leaves this
                    # process (spawned children inherit just the handles they are given).
                    reading, writing = context.Pipe(duplex=False)
                    self._executor = cf.ProcessPoolExecutor(
                        self._workers,
                        mp_context=context,
                        initializer=_start_worker,
                        initargs=(settings, reading),
                    )
                except (OSError, ValueError) as error:
                    raise PoolUnavailable(f"cannot start workers: {error}") from error
                self._lifeline = (reading, writing)
            return self._executor


def _stop(executor: cf.ProcessPoolExecutor | None,
          lifeline: tuple[Connection, Connection] | None) -> None:
    if executor is not None:
        executor.shutdown(wait=True, cancel_futures=True)
    if lifeline is not None:
        # Only now: closing the writing end earlier would end workers still running.
        for end in lifeline:
            end.close()


def _submit(
    executor: cf.ProcessPoolExecutor,
    settings: SegmenterSettings,
    pieces: list[str],
    convert: bool,
    start: int,
) -> "cf.Future[bytes]":
    try:
        return executor.submit(_segment_task, settings, pieces, convert, start)
    except Exception as error:  # shut down meanwhile, or a worker died: BrokenProcessPool
        raise PoolUnavailable(f"segmentation workers failed: {error}") from error


def _result(future: "cf.Future[bytes]") -> bytes:
    try:
        return future.result()
    except Exception as error:
        # Whatever went wrong in the worker (killed, out of memory, or an error that the
        # caller's own process will meet and report again), the caller starts over there.
        raise PoolUnavailable(f"segmentation worker failed: {error}") from error


def _tasks(text: str, convert: bool) -> Iterator[tuple[int, list[str], bool]]:
    """(start, pieces, convert) of each worker task: consecutive pieces of ``text``.

    Pieces normally are whole lines, converted by the worker. A line much longer than a task
    is cut here the way Segmenter cuts it, which is decided on its simplified form, so it is
    converted here and sent simplified.
    """
    for start, end in line_spans(text, SPAN_CHARS):
        if end - start <= 2 * SPAN_CHARS:
            yield start, [text[start:end]], convert
            continue
        last_break = text.rfind("\n", start, end - 1)
        line_start = start if last_break < 0 else last_break + 1
        if line_start > start:
            yield start, [text[start:line_start]], convert
        line = text[line_start:end]
        if convert:
            line = to_simplified(line)
        body = line.removesuffix("\n")
        pieces = [*split_long_line(body), *(["\n"] if body != line else [])]
        position = line_start
        group: list[str] = []
        for piece in pieces:
            group.append(piece)
            if sum(map(len, group)) >= SPAN_CHARS:
                yield position, group, False
                position += sum(map(len, group))
                group = []
        if group:
            yield position, group, False


# In a worker: the Segmenter and the settings it was built from.
_worker: tuple[SegmenterSettings, Segmenter] | None = None


def _start_worker(settings: SegmenterSettings, lifeline: Connection) -> None:
    """Worker initializer: exit with the parent; load the dictionaries and the script
    converter before any task."""
    global _worker
    threading.Thread(
        target=_exit_with_parent, args=(lifeline,), name="exit-with-parent", daemon=True
    ).start()
    segmenter = Segmenter.from_settings(settings)
    segmenter.preload()
    to_simplified("後")
    _worker = (settings, segmenter)


def _exit_with_parent(lifeline: Connection) -> None:
    """Worker thread: wait for the end of ``lifeline`` (the parent closed it or died), then
    end the worker at once, even in the middle of a task nobody will collect."""
    try:
        while True:
            lifeline.recv_bytes()  # nothing is ever sent: this returns only at the end
    except (EOFError, OSError):
        pass
    os._exit(0)


def _segment_task(settings: SegmenterSettings, pieces: Sequence[str], convert: bool,
                  start: int) -> bytes:
    """Worker task: the boundaries after ``start`` of ``pieces`` laid end to end from there,
    packed (a list of ints costs the parent a pass in Python to unpickle and to shift)."""
    boundaries = _segmenter_for(settings).segment_pieces(pieces, convert=convert, start=start)
    return array(PACKED_TYPE, boundaries).tobytes()


def _segmenter_for(settings: SegmenterSettings) -> Segmenter:
    """The worker's Segmenter, brought up to date with the parent's words."""
    global _worker
    if _worker is not None and _worker[0] == settings:
        return _worker[1]
    if _worker is not None:
        known, segmenter = _worker
        same_dictionaries = (known.cache_dir, known.user_dictionaries) == (
            settings.cache_dir,
            settings.user_dictionaries,
        )
        if same_dictionaries and settings.words[: len(known.words)] == known.words:
            # Words added since: add them in the same order, as the parent did.
            segmenter.add_forms(settings.words[len(known.words) :])
            _worker = (settings, segmenter)
            return segmenter
    _worker = (settings, Segmenter.from_settings(settings))
    return _worker[1]
