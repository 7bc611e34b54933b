"""The window's one runner for long work: imports, exports, searches, the dictionary load,
starting the word segmenter, backups.

A job has a kind, a label, progress (0-1) and a cancel event that the work itself is handed
and checks (the services take a `cancel` with `is_set()`), so a cancel really stops the work
rather than only hiding its answer. Rules the window relies on:

- Jobs that write the database (`writes`, by kind: an import) run one at a time, in the order
  they were started, on one thread: two imports never race for the write lock, and the first
  file chosen is stored first. Every other job gets a thread of its own.
- An `exclusive` job (a search) cancels the running jobs of its kind when it starts: a search
  superseded by a newer one stops between documents.
- The result of a cancelled job is never delivered: `done` is emitted on the UI thread only if
  the job was not cancelled by then. A job whose work leaves something behind (an import that
  committed, an export whose file replaced the old one) and returned is delivered even if a
  cancel came too late: the window must say what happened, not "cancelled".
- `shutdown(timeout)` cancels everything and waits at most `timeout` seconds: closing the window
  never blocks for long. A write job cancelled mid-way rolls its transaction back (the services
  check the cancel inside it); one the deadline leaves running cannot commit half of anything.
"""

from __future__ import annotations

import enum
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

from annotator.errors import USER_ERRORS
from annotator.ui import crash
from annotator.ui.messages import error_text

Progress = Callable[[float], None]
Work = Callable[[Progress, threading.Event], Any]


class JobKind(enum.Enum):
    IMPORT = "import"
    READ = "read"  # reading a file for the import dialog's preview: nothing is stored
    EXPORT = "export"
    SEARCH = "search"
    DICTIONARY = "dictionary"
    SEGMENTATION = "segmentation"
    BACKUP = "backup"
    ANALYSIS = "analysis"  # reading for a panel (entities, dates, parallels): nothing is stored


# Closing the window waits at most this long for cancelled jobs (database jobs roll back).
CLOSE_WAIT_SECONDS = 2.0

# Kinds whose work writes the project's database: serialised.
WRITING_KINDS = frozenset({JobKind.IMPORT})
# Kinds whose work, once it returned, has changed something (the database, a file).
LASTING_KINDS = frozenset({JobKind.IMPORT, JobKind.EXPORT})

# What the status bar says when the user cancelled a job of this kind.
CANCELLED_MESSAGES = {
    JobKind.IMPORT: QT_TRANSLATE_NOOP("jobs", "Import cancelled; nothing was stored"),
    JobKind.READ: QT_TRANSLATE_NOOP("jobs", "Import cancelled; nothing was stored"),
    JobKind.EXPORT: QT_TRANSLATE_NOOP("jobs", "Export cancelled; no file was written"),
}


class JobState(enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Job(QObject):
    """One piece of long work; its signals are delivered on the UI thread."""

    progress = Signal(float)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    # From the worker thread to `_deliver` on the UI thread: (state, result or message).
    _ended = Signal(object, object)

    def __init__(self, kind: JobKind, label: str, work: Work, *, quiet: bool = False,
                 writes: bool | None = None, exclusive: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.label = label
        self.quiet = quiet  # not shown in the status bar (a backup, a search: its panel says so)
        self.writes = kind in WRITING_KINDS if writes is None else writes
        self.exclusive = exclusive
        self.lasting = self.writes or kind in LASTING_KINDS
        self.cancel_event = threading.Event()
        self.state = JobState.QUEUED
        self.value = 0.0  # the last progress reported
        self.outcome: JobState | None = None  # how the work ended (set on its thread)
        self._work = work
        self._finished = threading.Event()  # the work returned or raised (set on its thread)
        self._on_end: Callable[[Job], None] | None = None  # the runner's, after every other slot
        self._ended.connect(self._deliver)
        self.progress.connect(self._remember_progress)

    def cancel(self) -> None:
        self.cancel_event.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the work returned (a queued job cancelled before it ran counts as
        returned); True unless `timeout` came first."""
        return self._finished.wait(timeout)

    def _remember_progress(self, value: float) -> None:
        self.value = value

    def _run(self) -> None:
        """On the worker thread."""
        try:
            if self.cancel_event.is_set():
                outcome: tuple[JobState, object] = (JobState.CANCELLED, None)
            else:
                self.state = JobState.RUNNING
                outcome = (JobState.DONE, self._work(self.progress.emit, self.cancel_event))
        except USER_ERRORS as error:
            outcome = (JobState.FAILED, error_text(error))
        except Exception as error:  # noqa: BLE001 - a worker must always report back
            crash.report(error)  # a bug: logged and shown with its traceback
            outcome = (JobState.FAILED, QCoreApplication.translate("jobs", "unexpected error: {error}").format(
                error=repr(error)))
        if self.cancel_event.is_set() and not (outcome[0] is JobState.DONE and self.lasting):
            # Whatever the work raised or returned once cancelled, it is not an answer.
            outcome = (JobState.CANCELLED, None)
        self.outcome = outcome[0]
        self._finished.set()
        try:
            self._ended.emit(*outcome)
        except RuntimeError:
            pass  # the window (and this object) were deleted while the work ran

    def _deliver(self, state: JobState, payload: object) -> None:
        """On the UI thread: the last chance for a cancel to keep a result from being shown."""
        if state is JobState.DONE and self.cancel_event.is_set() and not self.lasting:
            state = JobState.CANCELLED
        self.state = state
        try:
            if state is JobState.DONE:
                self.done.emit(payload)
            elif state is JobState.FAILED:
                self.failed.emit(str(payload))
            else:
                self.cancelled.emit()
        finally:
            if self._on_end is not None:
                self._on_end(self)


class JobRunner(QObject):
    """Starts jobs and keeps them until they end; iterate it for the jobs still active."""

    changed = Signal()  # a job started, reported progress or ended
    started = Signal(object)  # Job
    ended = Signal(object)  # Job, after its done/failed/cancelled slots ran

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []
        self._writes: queue.Queue[Job | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self._closed = False
        # While held (see hold), the threads of new jobs wait here instead of starting.
        self._held: list[threading.Thread] | None = None

    def __iter__(self) -> Iterator[Job]:
        return iter(list(self._jobs))

    def __len__(self) -> int:
        return len(self._jobs)

    def __contains__(self, job: object) -> bool:
        return job in self._jobs

    def start(self, kind: JobKind, label: str, work: Work, *, quiet: bool = False,
              writes: bool | None = None, exclusive: bool = False) -> Job:
        """Run `work(progress, cancel)` in the background; connect to the job's signals
        before control returns to the event loop (they are delivered from there)."""
        job = Job(kind, label, work, quiet=quiet, writes=writes, exclusive=exclusive, parent=self)
        if exclusive:
            for other in self._jobs:
                if other.kind is kind:
                    other.cancel()
        self._jobs.append(job)
        job.progress.connect(self.changed)
        job._on_end = self._ended_job  # after the caller's slots: they see the job still listed
        if self._closed:
            job.cancel()
        if job.writes:
            self._writes.put(job)
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_jobs, name="database jobs",
                                                daemon=True)
                self._launch(self._writer)
        else:
            self._launch(threading.Thread(target=job._run, name=label, daemon=True))
        self.started.emit(job)
        self.changed.emit()
        return job

    def hold(self) -> None:
        """Queue the jobs started from now on without running them, until `release`: at
        start-up the window's first paint does not share the CPU (and the GIL) with them."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Run the jobs queued while held, in the order they were started."""
        held, self._held = self._held or [], None
        for thread in held:
            thread.start()

    def _launch(self, thread: threading.Thread) -> None:
        if self._held is not None:
            self._held.append(thread)
        else:
            thread.start()

    def visible(self) -> list[Job]:
        """Active jobs the status bar shows, oldest first."""
        return [job for job in self._jobs if not job.quiet]

    def cancel(self, *, visible_only: bool = False) -> None:
        for job in self.visible() if visible_only else list(self._jobs):
            job.cancel()

    def wait(self, timeout: float) -> bool:
        """Wait at most `timeout` seconds in all for the active jobs' work to return."""
        deadline = time.monotonic() + timeout
        for job in list(self._jobs):
            if not job.wait(max(0.0, deadline - time.monotonic())):
                return False
        return True

    def shutdown(self, timeout: float = CLOSE_WAIT_SECONDS) -> bool:
        """Cancel everything, wait at most `timeout` seconds, deliver nothing afterwards.
        True when every job's work returned in time."""
        self._closed = True
        self.cancel()
        self.release()  # held jobs run only to see their cancel and return
        finished = self.wait(timeout)
        for job in list(self._jobs):
            try:
                job._ended.disconnect(job._deliver)
            except (RuntimeError, TypeError):
                pass
        self._jobs.clear()
        self._writes.put(None)  # the writer thread ends after the job it runs, if any
        return finished

    def _write_jobs(self) -> None:
        """The one thread that runs the jobs that write, in the order they were started."""
        while (job := self._writes.get()) is not None:
            job._run()

    def _ended_job(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            self.ended.emit(job)
            self.changed.emit()
        job.deleteLater()


class JobStatus(QObject):
    """The status bar's part: the oldest job shown, as "label NN%" in a progress bar, and a
    Cancel button that cancels the jobs shown; both hidden when none runs."""

    def __init__(self, runner: JobRunner, bar: QProgressBar, button: QPushButton,
                 show_message: Callable[[str], None]) -> None:
        super().__init__(runner)
        self.runner, self.bar, self.button = runner, bar, button
        self._show_message = show_message
        bar.setRange(0, 1000)
        button.clicked.connect(lambda: runner.cancel(visible_only=True))
        runner.changed.connect(self.update)
        runner.ended.connect(self._ended)
        self.update()

    def update(self) -> None:
        shown = self.runner.visible()
        if not shown:
            self.bar.hide()
            self.button.hide()
            return
        job = shown[0]
        self.bar.setFormat(f"{job.label} %p%")
        self.bar.setValue(int(job.value * 1000))
        self.bar.show()
        self.button.show()

    def _ended(self, job: Job) -> None:
        if job.state is JobState.CANCELLED and not job.quiet and job.kind in CANCELLED_MESSAGES:
            self._show_message(QCoreApplication.translate("jobs", CANCELLED_MESSAGES[job.kind]))
