"""The window's job runner: database jobs one at a time and in order, a superseded search's
results never shown, cancelled imports and exports leave nothing, closing never waits for long
work to finish."""

from __future__ import annotations

import threading
from pathlib import Path

from annotator.domain import PassageFilter
from annotator.project import Project
from annotator.services.documents import list_documents
from annotator.services.imports import ImportOptions
from annotator.ui.jobs import JobKind, JobRunner, JobState


def test_database_jobs_run_one_at_a_time_in_the_order_they_were_started(qtbot) -> None:
    runner = JobRunner()
    gate, first_running = threading.Event(), threading.Event()
    log: list[str] = []

    def writer(name: str, block: bool = False):
        def work(progress, cancel):
            log.append(f"{name} starts")
            if block:
                first_running.set()
                assert gate.wait(60)
            log.append(f"{name} ends")
            return name
        return work

    jobs = [runner.start(JobKind.IMPORT, "first", writer("first", block=True)),
            runner.start(JobKind.IMPORT, "second", writer("second")),
            runner.start(JobKind.IMPORT, "third", writer("third"))]
    assert first_running.wait(60)
    # A job that only reads is not held up behind them.
    reading = runner.start(JobKind.READ, "a preview", lambda progress, cancel: "read")
    assert reading.wait(60)
    qtbot.waitUntil(lambda: reading not in runner)
    assert [job.state for job in jobs] == [JobState.RUNNING, JobState.QUEUED, JobState.QUEUED]
    gate.set()
    qtbot.waitUntil(lambda: not runner, timeout=60_000)
    assert log == ["first starts", "first ends", "second starts", "second ends",
                   "third starts", "third ends"]
    assert [job.state for job in jobs] == [JobState.DONE] * 3


def test_a_database_job_cancelled_while_it_waits_never_runs(qtbot) -> None:
    runner = JobRunner()
    gate, ran = threading.Event(), []
    first = runner.start(JobKind.IMPORT, "first", lambda progress, cancel: gate.wait(60))
    waiting = runner.start(JobKind.IMPORT, "second", lambda progress, cancel: ran.append("second"))
    finished: list[object] = []
    waiting.done.connect(finished.append)
    waiting.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not runner, timeout=60_000)
    assert first.state is JobState.DONE and waiting.state is JobState.CANCELLED
    assert ran == [] and finished == []


def test_a_superseded_search_is_cancelled_and_only_the_newer_results_are_shown(qtbot, window) -> None:
    panel = window.search_panel
    panel.query.setText("毛泽东")
    older = panel.run_search()
    panel.query.setText("斯大林")
    newer = panel.run_search()
    assert older.cancel_event.is_set()  # handed to the search, which stops between documents
    qtbot.waitUntil(lambda: older not in window.jobs and newer not in window.jobs, timeout=60_000)
    assert older.state is JobState.CANCELLED and newer.state is JobState.DONE
    assert panel.model.rowCount() > 0
    assert {hit.match for hit in panel.model.hits()} <= {"斯大林"}
    reader = window.reader
    assert reader._search_hits and {reader.text[start:end] for start, end in reader._search_hits} == {"斯大林"}


def test_a_search_is_not_shown_in_the_status_bar(qtbot, window) -> None:
    panel = window.search_panel
    panel.query.setText("毛泽东")
    job = panel.run_search()
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60_000)
    assert panel.status.text() != "searching…"


def test_an_export_shows_its_progress_and_a_cancelled_one_leaves_no_file(qtbot, window, tmp_path: Path) -> None:
    out = tmp_path / "coded.csv"
    job = window.export_to(out, PassageFilter())
    assert window.cancel_button.isVisible() and "coded.csv" in window.progress.format()
    window.cancel_button.click()
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60_000)
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    # Cancel came before the file replaced anything, or too late: the window says which.
    if job.state is JobState.CANCELLED:
        assert not out.exists()
        assert window.statusBar().currentMessage() == "Export cancelled; no file was written"
    else:
        assert job.state is JobState.DONE and out.exists()
        assert window.statusBar().currentMessage().startswith("Exported ")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".coded.csv")] == []


def test_closing_the_window_during_a_long_import_cancels_it_and_stores_nothing(
    qtbot, window, tmp_path: Path
) -> None:
    project_path = window.session.project.path
    documents_before = len(window.session.documents())
    sample = window.session.document_text(window.reader.document_id)
    path = tmp_path / "volumes.txt"
    path.write_text(sample * 400, encoding="utf-8")  # minutes of segmentation, cut in spans
    job = window.start_import(path, path.read_bytes(), ImportOptions())
    qtbot.waitUntil(lambda: job.value > 0, timeout=120_000)  # segmenting
    window.close()
    assert not window.isVisible()
    assert not window.jobs  # nothing waits to be delivered to a closed window
    # The cancel reached the segmentation: the work stopped long before the text's end.
    assert job.wait(120) and job.outcome is JobState.CANCELLED
    with Project(project_path) as project:
        assert len(list_documents(project)) == documents_before


def test_jobs_started_while_held_run_only_once_released_in_the_order_started(qtbot) -> None:
    runner = JobRunner()
    log: list[str] = []
    runner.hold()
    jobs = [runner.start(JobKind.ANALYSIS, "listing", lambda progress, cancel: log.append("listing")),
            runner.start(JobKind.IMPORT, "import", lambda progress, cancel: log.append("import"))]
    qtbot.wait(100)
    assert log == [] and [job.state for job in jobs] == [JobState.QUEUED] * 2
    runner.release()
    qtbot.waitUntil(lambda: not runner, timeout=60_000)
    assert sorted(log) == ["import", "listing"]
    assert [job.state for job in jobs] == [JobState.DONE] * 2
    # Released: a new job runs at once.
    later = runner.start(JobKind.ANALYSIS, "later", lambda progress, cancel: "ran")
    qtbot.waitUntil(lambda: not runner, timeout=60_000)
    assert later.state is JobState.DONE


def test_closing_while_jobs_are_held_does_not_wait_and_runs_none_of_them(qtbot) -> None:
    runner = JobRunner()
    ran: list[str] = []
    runner.hold()
    job = runner.start(JobKind.BACKUP, "held backup", lambda progress, cancel: ran.append("backup"))
    assert runner.shutdown(timeout=5)
    assert job.wait(0) and job.outcome is JobState.CANCELLED and ran == []
    for thread in threading.enumerate():  # its thread ends before the runner is deleted
        if thread.name == "held backup":
            thread.join(30)
    qtbot.wait(50)  # what it posted to the UI thread is handled while the runner is alive
