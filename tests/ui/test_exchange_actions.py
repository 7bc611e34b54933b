"""The window's exchange and analysis: File › Export… in every format, Import… of REFI-QDA
files with its summary, Report…, and the analysis view's tables."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.domain import PassageFilter
from annotator.services.analysis import code_matrix
from annotator.services.annotations import list_passages
from annotator.ui.analysis_view import COOCCURRENCE, MATRIX
from tests.interchange.helpers import QUOTES, TEXT, qde_of, schema_errors
from tests.interchange.test_nvivo import ALL, nvivo_archive


def _tag_two(qtbot, window) -> None:
    reader = window.reader
    start = reader.text.index("毛澤東")
    reader.select_span(start, start + 3)
    qtbot.keyClick(reader, Qt.Key.Key_1)
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)


def _wait(qtbot, window, job) -> None:
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=120_000)
    qtbot.wait(20)  # the queued step after the job


def test_export_offers_every_format_and_writes_the_one_chosen(qtbot, window, tmp_path, monkeypatch) -> None:
    _tag_two(qtbot, window)
    offered = []

    def save(*args):
        offered.append(args[3])
        return str(tmp_path / "send"), "REFI-QDA project (NVivo, MAXQDA, ATLAS.ti, QualCoder) (*.qdpx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    job = window.export_passages(PassageFilter())
    assert [kind.split("(*")[-1] for kind in offered[0].split(";;")] == [
        ".csv)", ".xlsx)", ".qdpx)", ".qdc)", ".html)"]
    _wait(qtbot, window, job)
    out = tmp_path / "send.qdpx"
    assert zipfile.is_zipfile(out) and schema_errors(qde_of(out.read_bytes())) == []
    assert "Exported" in window.statusBar().currentMessage() and "REFI-QDA project" in window.statusBar().currentMessage()


def test_an_export_onto_the_project_is_refused_and_the_project_kept(qtbot, window, tmp_path) -> None:
    link = tmp_path / "project.qdpx"
    link.symlink_to(window.session.project.path)
    kept = window.session.project.path.read_bytes()
    job = window.exchange_actions.export_file(link, PassageFilter())
    _wait(qtbot, window, job)
    assert "symbolic link" in window.last_error
    assert window.session.project.path.read_bytes() == kept


def test_import_takes_a_refi_qda_project_and_shows_its_summary(qtbot, window, tmp_path, monkeypatch) -> None:
    path = tmp_path / "nvivo.qdpx"
    path.write_bytes(nvivo_archive(ALL))
    offered = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args: offered.append(args[3]) or ([str(path)], ""))
    documents = window.documents_panel.model.rowCount()
    window.import_files([])
    assert "*.qdpx" in offered[0].split(";;")[0] and "*.txt" in offered[0].split(";;")[0]
    qtbot.waitUntil(lambda: window.exchange_actions.last_summary is not None, timeout=120_000)
    summary = window.exchange_actions.last_summary
    assert summary.added["passage"] == len(QUOTES)
    box = window.findChild(QMessageBox, "exchangeSummary")
    assert box is not None and "NVivo" in box.text()
    assert "Passages: 5 added" in box.informativeText() and "Not taken:" in box.informativeText()
    qtbot.waitUntil(lambda: window.documents_panel.model.rowCount() == documents + 1)
    passages = [p for p in list_passages(window.session.project) if p.document == "Telegram"]
    assert sorted(p.text for p in passages) == sorted(QUOTES)
    assert all(TEXT[p.start:p.end] == p.text for p in passages)


def test_a_broken_file_dropped_is_one_error_and_nothing_changes(qtbot, window, tmp_path) -> None:
    path = tmp_path / "broken.qdc"
    path.write_bytes(b"<CodeBook><Codes>")
    before = len(window.session.codes())
    window.import_files([path])
    qtbot.waitUntil(lambda: "broken.qdc" in window.last_error, timeout=60_000)
    assert "\n" not in window.last_error and len(window.session.codes()) == before


def test_the_analysis_view_shows_the_matrix_and_opens_a_cells_passages(qtbot, window, qtmodeltester) -> None:
    _tag_two(qtbot, window)
    assert window.exchange_actions.matrix_action.text() == "Code &matrix"
    window.exchange_actions.matrix_action.trigger()
    view = window.exchange_actions.analysis_view
    qtmodeltester.check(view.model)
    stored = code_matrix(window.session.project)
    model = view.model
    assert model.rowCount() == len(stored.codes) + 1 and model.columnCount() == len(stored.documents) + 1
    assert model.headerData(model.rowCount() - 1, Qt.Orientation.Vertical) == "total"
    tagged = next(p for p in list_passages(window.session.project) if p.start == 0)
    row = next(i for i, code in enumerate(stored.codes) if code.path == tagged.code_path)
    column = next(j for j, document in enumerate(stored.documents) if document.id == tagged.document_id)
    assert model.data(model.index(row, column)) == f"{stored.cells[row][column]:,}" != "0"
    view.copy()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[1:] == [d.title for d in stored.documents] + ["total"]
    assert copied[row + 1].split("\t")[0] == tagged.code_path
    view.view.doubleClicked.emit(model.index(row, column))
    shown = window.passages_panel.model.filter
    assert shown.code_ids == (stored.codes[row].id,) and shown.document_ids == (tagged.document_id,)
    listed = list_passages(window.session.project, shown)
    assert tagged.id in [p.id for p in listed] and window.passages_panel.model.rowCount() == len(listed)
    view.measure.setCurrentIndex(1)
    characters = code_matrix(window.session.project, measure="characters")
    assert model.data(model.index(row, column)) == f"{characters.cells[row][column]:,}"


def test_the_co_occurrence_table_and_the_report(qtbot, window, tmp_path, monkeypatch) -> None:
    _tag_two(qtbot, window)
    view = window.exchange_actions.show_analysis(COOCCURRENCE)
    assert view.model.rowCount() == view.model.columnCount() == len(window.session.codes())
    assert not view.measure.isEnabled()
    view.show_kind(MATRIX)
    assert view.measure.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "report"), ""))
    job = window.exchange_actions.write_report()
    _wait(qtbot, window, job)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<mark>" in page


def test_a_codebook_dropped_on_the_documents_panel_is_merged(qtbot, window, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from annotator.interchange.qdc import qdc_bytes
    from annotator.interchange.records import ExchangeCode, ExchangeCodebook, fixed_guid

    path = tmp_path / "theirs.qdc"
    path.write_bytes(qdc_bytes(ExchangeCodebook(codes=(
        ExchangeCode(guid=fixed_guid("treaty"), name="條約", color="#AA0000"),))))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.documents_panel.dropEvent(event)
    qtbot.waitUntil(lambda: window.exchange_actions.last_summary is not None, timeout=60_000)
    assert "條約" in [code.name for code in window.session.codes()]
    assert window.exchange_actions.last_summary.added["code"] == 1


def test_the_view_counts_again_after_a_tag(qtbot, window) -> None:
    view = window.exchange_actions.show_analysis(MATRIX)
    before = view.model.table.total
    _tag_two(qtbot, window)
    qtbot.waitUntil(lambda: view.model.table.total == before + 2, timeout=5_000)
