"""Analysis › Agreement in the window: the table the agreement service computes, the
disagreements side by side, and a click that shows a disagreement in the reading view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.services import agreement as service
from annotator.services import annotations
from annotator.ui.agreement_view import show_agreement


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
    shown = show_agreement(window)
    qtbot.waitExposed(shown)
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
