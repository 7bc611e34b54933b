"""Analysis › Agreement in the window: the table the agreement service computes, the
disagreements side by side, a click that shows a disagreement in the reading view, and figures
that follow the project as this coder or a colleague changes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.project import Project
from annotator.services import agreement as service
from annotator.services import annotations
from annotator.ui.agreement_view import AgreementWindow, show_agreement
from annotator.ui.commands import RecodeCommand, TagCommand, UpdateCodeCommand

KAPPA = 4


def computed(qtbot, shown: AgreementWindow) -> None:
    """Wait until the window shows figures (its "Computing…" line is gone)."""
    qtbot.waitUntil(lambda: shown.status.text() == "" and shown.model.rowCount() > 0, timeout=10000)


def opened(qtbot, window) -> AgreementWindow:
    shown = show_agreement(window)
    qtbot.waitExposed(shown)
    computed(qtbot, shown)
    return shown


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def cell(model, code: str, document: str, coders: str, column: int) -> str | None:
    """A cell of the agreement table's row for this code, document and pair (None: no row)."""
    return next((row[column] for row in cells(model) if row[:3] == [code, document, coders]), None)


def figure(project, code: str, document_id: int, coders: tuple[str, str], *,
           measure: str = "kappa") -> str:
    """The kappa (or percent agreement) the service computes for that row, as the table
    shows it."""
    row = next(r for r in service.agreement(project, code=code)
               if r.document_id == document_id and r.coders == coders)
    value = getattr(row, measure)
    return "–" if value is None else f"{value:.{3 if measure == 'kappa' else 2}f}"


@pytest.fixture
def coded(window):
    project = window.session.project
    document = window.session.documents()[0]
    annotations.tag(project, document.id, 10, 30, "diplomacy", coder="李")
    annotations.tag(project, document.id, 20, 40, "diplomacy", coder="王")
    return window, document


def test_the_agreement_table_shows_what_the_service_computes(qtbot, qtmodeltester, coded) -> None:
    window, document = coded
    action = next(a for a in window.findChildren(type(window.about_action))
                  if a.objectName() == "agreementAction")
    action.trigger()
    shown = window.agreement_window
    qtbot.waitExposed(shown)
    computed(qtbot, shown)
    qtmodeltester.check(shown.model)
    qtmodeltester.check(shown.disagreement_model)
    expected = service.agreement(window.session.project)
    model = shown.model
    assert model.rowCount() == len(expected)
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    row = next(r for r in expected if r.code == "diplomacy" and r.document == document.title)
    assert [row.code, row.document, "李 / 王", f"{row.agreement:.2f}", f"{row.kappa:.3f}",
            f"{row.alpha:.3f}", f"{row.characters:,}"] in cells
    assert any(cell[1] == "(total)" for cell in cells)
    # A code neither applied: undefined measures are a dash, not a number.
    assert any(cell[0] == "security" and cell[4:6] == ["–", "–"] for cell in cells)


def test_a_disagreement_is_side_by_side_and_a_click_away_from_the_text(qtbot, coded) -> None:
    window, document = coded
    shown = opened(qtbot, window)
    shown.tabs.setCurrentIndex(1)
    model = shown.disagreement_model
    text = window.session.project.stored_text(document.id)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["diplomacy", document.title, "10–20", f"李: {text[10:20]}", "王: not coded"],
        ["diplomacy", document.title, "30–40", "李: not coded", f"王: {text[30:40]}"],
    ]
    view = shown.disagreements
    rect = view.visualRect(model.index(1, 4))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.selected_span() == (30, 40)
    assert window.reader.document_id == document.id


@pytest.fixture
def with_me(window):
    """The window's own coder ("tester") and a colleague coded the first document."""
    session = window.session
    document = session.documents()[0]
    annotations.tag(session.project, document.id, 10, 30, "diplomacy", coder="tester")
    annotations.tag(session.project, document.id, 20, 40, "diplomacy", coder="王")
    return window, document


def code_named(session, name: str):
    return next(c for c in session.codes() if c.name == name)


def test_tagging_untagging_recoding_and_renaming_here_recompute_the_figures(qtbot, with_me) -> None:
    window, document = with_me
    session = window.session
    shown = opened(qtbot, window)
    pair = "tester / 王"
    before = cell(shown.model, "diplomacy", document.title, pair, KAPPA)
    assert before == figure(session.project, "diplomacy", document.id, ("tester", "王"))

    # Tagging [30, 40) makes this coder's stretch [10, 40): more agreement.
    session.execute(TagCommand(session, document.id, 30, 40, code_named(session, "diplomacy")))
    after = figure(session.project, "diplomacy", document.id, ("tester", "王"))
    assert after != before
    qtbot.waitUntil(lambda: cell(shown.model, "diplomacy", document.title, pair, KAPPA) == after)

    session.undo_stack.undo()  # untags it
    qtbot.waitUntil(lambda: cell(shown.model, "diplomacy", document.title, pair, KAPPA) == before)

    # Recoding this coder's passage as security: now the two disagree on security as well.
    [mine] = [p for p in session.passages() if p.coder == "tester"]
    assert cell(shown.model, "security", document.title, pair, 3) == "100.00"  # neither coded it
    session.execute(RecodeCommand(session, mine, code_named(session, "security")))
    recoded = figure(session.project, "security", document.id, ("tester", "王"), measure="agreement")
    assert recoded != "100.00"
    qtbot.waitUntil(lambda: cell(shown.model, "security", document.title, pair, 3) == recoded)

    # A renamed code: its rows and the code choice say the new name.
    session.execute(UpdateCodeCommand(session, code_named(session, "security"), name="安全"))
    qtbot.waitUntil(lambda: cell(shown.model, "安全", document.title, pair, 3) == recoded)
    assert shown.code_choice.findText("安全") >= 0


def test_a_colleagues_tag_in_another_program_shows_in_the_figures(qtbot, with_me) -> None:
    window, document = with_me
    session = window.session
    shown = opened(qtbot, window)
    pair = "tester / 王"
    before = cell(shown.model, "diplomacy", document.title, pair, KAPPA)
    with Project(session.project.path, create=False) as other:
        annotations.tag(other, document.id, 0, 10, "diplomacy", coder="王")
        after = figure(other, "diplomacy", document.id, ("tester", "王"))
    assert after != before
    # The change watcher reads the change log about once a second.
    qtbot.waitUntil(lambda: cell(shown.model, "diplomacy", document.title, pair, KAPPA) == after,
                    timeout=8000)
    shown.tabs.setCurrentIndex(1)
    assert "0–10" in [row[2] for row in cells(shown.disagreement_model)]


def test_a_burst_of_changes_is_computed_once_and_a_superseded_answer_never_shown(qtbot, with_me) -> None:
    window, document = with_me
    session = window.session
    shown = opened(qtbot, window)
    pair = "tester / 王"
    resets = []
    shown.model.modelReset.connect(lambda: resets.append(1))
    diplomacy = code_named(session, "diplomacy")
    for start in (40, 50, 60):
        session.execute(TagCommand(session, document.id, start, start + 5, diplomacy))
    assert shown.status.text() == ""  # waiting for the burst to end, not yet recomputing
    final = figure(session.project, "diplomacy", document.id, ("tester", "王"))
    qtbot.waitUntil(lambda: cell(shown.model, "diplomacy", document.title, pair, KAPPA) == final)
    qtbot.wait(400)  # longer than the window waits for more changes: nothing else comes
    assert len(resets) == 1

    # A computation started, then the project changed and a new one started: only the second's
    # figures are shown (a change the window was not told about, so only refresh sees it).
    first = shown.refresh()
    assert shown.status.text() == "Recomputing…"
    annotations.tag(session.project, document.id, 70, 90, "diplomacy", coder="tester")
    shown.refresh()
    assert first.cancel_event.is_set()
    final = figure(session.project, "diplomacy", document.id, ("tester", "王"))
    qtbot.waitUntil(lambda: shown.status.text() == "")
    assert cell(shown.model, "diplomacy", document.title, pair, KAPPA) == final
    assert len(resets) == 2


def test_the_selected_disagreement_stays_selected_where_it_was(qtbot, with_me) -> None:
    window, document = with_me
    session = window.session
    for start in range(100, 400, 20):  # fifteen stretches this coder coded alone
        annotations.tag(session.project, document.id, start, start + 5, "diplomacy", coder="tester")
    shown = opened(qtbot, window)
    shown.resize(700, 300)
    shown.tabs.setCurrentIndex(1)
    view, model = shown.disagreements, shown.disagreement_model
    qtbot.waitUntil(lambda: view.rowAt(view.viewport().height() - 1) != -1)  # more rows than fit
    view.selectRow(12)
    view.scrollTo(model.index(12, 0), view.ScrollHint.PositionAtCenter)
    where = model.index(12, 2).data()
    height = view.rowViewportPosition(12)
    assert view.verticalScrollBar().value() > 0

    # A new stretch before it: the row moves down one, and stays selected where it was seen.
    session.execute(TagCommand(session, document.id, 0, 5, code_named(session, "diplomacy")))
    qtbot.waitUntil(lambda: model.rowCount() == 18)
    [selected] = view.selectionModel().selectedRows()
    assert (selected.row(), model.index(selected.row(), 2).data()) == (13, where)
    assert view.rowViewportPosition(13) == height


def test_opening_another_project_closes_the_agreement_window(qtbot, with_me, tmp_path: Path) -> None:
    window, document = with_me
    session = window.session
    shown = opened(qtbot, window)
    resets = []
    shown.model.modelReset.connect(lambda: resets.append(1))
    # A change just before: its recomputation must not read the project once it is closed.
    session.execute(TagCommand(session, document.id, 30, 40, code_named(session, "diplomacy")))
    window.set_project(Project(tmp_path / "second.sqlite"))
    assert not shown.isVisible()
    window.session.codes_changed()  # the new project's changes are not the closed window's
    qtbot.wait(400)  # longer than the window waits before it recomputes
    assert not shown.isVisible() and shown.status.text() == "" and resets == []


def test_turning_blind_coding_on_closes_the_agreement_window(qtbot, with_me) -> None:
    window, _ = with_me
    shown = opened(qtbot, window)
    window.coder_view.blind_action.trigger()
    assert not shown.isVisible()
    assert show_agreement(window) is None  # and it stays closed until the coder compares
