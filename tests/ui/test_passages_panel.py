"""The coded passages panel: columns wide enough to read, sentence context found only for the
rows on screen, document date and date coded, and sorting by a column header."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.project import Project
from annotator.services import annotations
from annotator.services.documents import update_metadata
from annotator.text.script import fold
from annotator.ui.passages_panel import AFTER, BEFORE, CODED, CODER, DOCUMENT, DOCUMENT_DATE, TEXT


@pytest.fixture
def shanghai_time(monkeypatch):
    """The local time zone UTC+8, as for a historian in Beijing or Taipei."""
    monkeypatch.setenv("TZ", "CST-8")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def cells(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def click_header(qtbot, view, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def two_documents(window):
    session = window.session
    first, second = session.documents()
    return session, first, second


def test_document_coder_and_dates_are_shown_in_full_and_the_text_gets_the_room(qtbot, window) -> None:
    session, first, second = two_documents(window)
    text = session.document_text(first.id)
    start = text.index("斯大林表示贊同")
    annotations.tag(session.project, first.id, start, start + 7, "negotiation", coder="Wang Xiaoming-Lindqvist")
    update_metadata(session.project, first.id, date="1949年12月16日")
    session.reload_all()
    qtbot.wait(10)
    view = window.passages_panel.view
    header = view.horizontalHeader()
    for column in (DOCUMENT, CODER, DOCUMENT_DATE, CODED):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), window.passages_panel.model.HEADERS[column]
    assert header.sectionSize(TEXT) >= 250


def test_context_is_the_rest_of_the_sentences_around_the_passage(qtbot, window) -> None:
    session, first, _ = two_documents(window)
    text = session.document_text(first.id)
    start = text.index("斯大林表示贊同")
    end = start + len("斯大林表示贊同")
    session.tag(first.id, start, end, session.codes()[0].id)
    model = window.passages_panel.model
    [after] = cells(model, AFTER)
    assert after == text[end:text.index("。", end) + 1]  # to the end of its sentence
    [before] = cells(model, BEFORE)
    # The passage opens a sentence: the context before is the sentence before it.
    assert before == text[text.rindex("。", 0, start - 1) + 1:start]
    assert model.data(model.index(0, BEFORE), Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)


def test_context_is_found_only_for_the_rows_shown(qtbot, window) -> None:
    session, first, second = two_documents(window)
    code = session.codes()[0].id
    for document in (first, second):
        for start in range(0, 600, 5):
            annotations.tag(session.project, document.id, start, start + 2, code, coder="tester")
    model = window.passages_panel.model
    model.refresh()
    assert model.rowCount() == 240
    assert len(model.contexts) == 0 and model.contexts.documents_read == 0  # nothing up front
    window.passages_dock.raise_()
    view = window.passages_panel.view
    view.viewport().repaint()
    shown = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    assert 0 < len(model.contexts) <= shown + 1
    assert model.contexts.documents_read == 1
    view.scrollToBottom()
    view.viewport().repaint()
    assert len(model.contexts) <= 2 * (shown + 1) and model.contexts.documents_read == 2


def test_the_coded_column_is_local_time_and_the_document_date_is_the_documents(
        qtbot, window, shanghai_time) -> None:
    session, first, second = two_documents(window)
    update_metadata(session.project, second.id, date="1950-02-14")
    session.documentsChanged.emit()
    passage = session.tag(second.id, 0, 2, session.codes()[0].id)
    model = window.passages_panel.model
    utc = passage.created_at.replace(tzinfo=None)
    assert cells(model, CODED) == [(utc + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")]
    assert cells(model, DOCUMENT_DATE) == ["1950-02-14"]
    update_metadata(session.project, second.id, date="1950年2月14日")
    session.documentsChanged.emit()
    assert cells(model, DOCUMENT_DATE) == ["1950年2月14日"]


def test_clicking_a_header_sorts_and_new_passages_land_in_that_order(qtbot, window) -> None:
    session, first, second = two_documents(window)
    update_metadata(session.project, first.id, date="1950-02-14")
    update_metadata(session.project, second.id, date="1949-12-16")
    session.documentsChanged.emit()
    code = session.codes()[0].id
    late = session.tag(first.id, 40, 42, code)  # coded first, later in the text
    early = session.tag(first.id, 10, 12, code)
    other = session.tag(second.id, 5, 7, code)
    panel = window.passages_panel
    model, view = panel.model, panel.view
    ids = lambda: [p.id for p in model.passages()]  # noqa: E731
    shown_ids = lambda: [model.passage(row).id for row in range(model.rowCount())]  # noqa: E731
    assert ids() == [early.id, late.id, other.id]  # documents in order, then text order

    click_header(qtbot, view, DOCUMENT_DATE)
    assert ids() == shown_ids() == [other.id, early.id, late.id]
    click_header(qtbot, view, CODED)
    assert ids() == [late.id, early.id, other.id]
    click_header(qtbot, view, CODED)  # again: newest first
    assert ids() == shown_ids() == [other.id, early.id, late.id]
    newest = session.tag(second.id, 20, 22, code)
    assert ids() == shown_ids() == [newest.id, other.id, early.id, late.id]
    session.untag(early.id)
    assert ids() == [newest.id, other.id, late.id]

    # Context is not sortable (it is found only for the rows on screen): the order and the
    # header's arrow stay.
    click_header(qtbot, view, BEFORE)
    assert ids() == [newest.id, other.id, late.id]
    assert view.horizontalHeader().sortIndicatorSection() == CODED

    # A double-click on a sorted row jumps to that row's passage.
    rect = view.visualRect(model.index(1, TEXT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.document_id == second.id and window.reader.selected_span() == (5, 7)


def test_sorting_keeps_the_selected_passage_selected(qtbot, window) -> None:
    session, first, second = two_documents(window)
    code = session.codes()[0].id
    passages = [session.tag(first.id, start, start + 2, code) for start in (30, 10, 20)]
    panel = window.passages_panel
    panel.select_passage(passages[0].id)
    click_header(qtbot, panel.view, CODED)
    click_header(qtbot, panel.view, CODED)
    [selected] = panel.view.selectionModel().selectedRows()
    assert panel.model.passage(selected.row()).id == passages[0].id
    assert selected.row() == 2  # coded first: last when newest come first


def test_the_sorted_model_follows_the_qt_contract(qtmodeltester, window) -> None:
    session, first, second = two_documents(window)
    code = session.codes()[0].id
    for start in (30, 10, 20):
        session.tag(first.id, start, start + 2, code)
    model = window.passages_panel.model
    model.sort(CODER, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    session.tag(second.id, 0, 2, code)
    qtmodeltester.check(model)


def test_passages_tagged_while_filtered_are_shown_exactly_as_a_fresh_query_shows_them(qtbot, window) -> None:
    from annotator.ui.commands import AddCodeCommand, TagCommand

    session, first, _ = two_documents(window)
    panel = window.passages_panel
    diplomacy = next(c for c in session.codes() if c.name == "diplomacy")
    assert session.execute(AddCodeCommand(session, "treaty", "#AA0000", parent_id=diplomacy.id))
    treaty = next(c for c in session.codes() if c.name == "treaty")
    security = next(c for c in session.codes() if c.name == "security")
    panel.code_filter.setCurrentIndex(panel.code_filter.findData(diplomacy.id))
    panel.text_filter.setText("毛泽东")  # simplified; the document is traditional
    panel.apply_filter()
    text = session.document_text(first.id)
    mao = text.index("毛澤東")
    other = text.index("斯大林")
    for start, end, code in ((mao, mao + 3, treaty), (mao, mao + 3, security), (other, other + 3, diplomacy)):
        assert session.execute(TagCommand(session, first.id, start, end, code))
    live = [p.id for p in panel.model.passages()]
    panel.model.refresh()
    assert [p.id for p in panel.model.passages()] == live
    assert [(p.code, p.text) for p in panel.model.passages()] == [("treaty", "毛澤東")]


def many_passages(session, first, second) -> None:
    code = session.codes()[0].id
    for document in (first, second):
        for start in range(0, 1500, 3):
            annotations.tag(session.project, document.id, start, start + 2, code, coder="tester")


def test_a_long_list_reads_the_rows_shown_and_shows_each_as_a_full_read_would(qtbot, window) -> None:
    # A list of 1,000 passages reads the fields of the rows on screen (and a few pages around
    # them), not of all: yet every row, wherever the user scrolls, shows what a full read shows.
    session, first, second = two_documents(window)
    many_passages(session, first, second)
    model = window.passages_panel.model
    model.refresh()
    assert model.rowCount() == len(session.passages())
    assert sum(row is not None for row in model.rows) < model.rowCount() // 2
    expected = session.passages()
    for column in (DOCUMENT, TEXT, CODER, CODED):
        shown = [model._cell(passage, column) for passage in expected]
        assert cells(model, column) == shown, model.HEADERS[column]
    assert [model.passage(row).id for row in range(model.rowCount())] == [p.id for p in expected]


def test_sorting_a_partly_read_list_by_text_and_back_orders_every_row(qtbot, window) -> None:
    session, first, second = two_documents(window)
    many_passages(session, first, second)
    model = window.passages_panel.model
    model.refresh()
    model.data(model.index(model.rowCount() - 1, TEXT))  # read the last rows only
    click_header(qtbot, window.passages_panel.view, TEXT)
    shown = [model.passage(row) for row in range(model.rowCount())]
    assert len(shown) == len(session.passages()) and None not in shown
    folded = [fold(passage.text) for passage in shown]  # the order is the folded text's
    assert folded == sorted(folded)
    click_header(qtbot, window.passages_panel.view, DOCUMENT)
    positions = [(p.document_id, p.start) for p in model.passages()]
    assert positions == sorted(positions)


def test_a_passage_removed_by_another_program_before_its_row_was_read_leaves_an_empty_row(
        qtbot, window) -> None:
    # Until the change log refreshes the list (about a second later) the row stays, empty;
    # a double click on it does nothing.
    session, first, second = two_documents(window)
    many_passages(session, first, second)
    model = window.passages_panel.model
    model.refresh()
    last = model.rowCount() - 1
    with Project(session.project.path, create=False) as other:
        annotations.untag(other, model._keys[last][-1])
    assert model.data(model.index(last, TEXT)) is None
    assert model.data(model.index(0, TEXT))  # the others are read as usual
    jumped = []
    window.passages_panel.jumpRequested.connect(jumped.append)
    window.passages_panel.view.doubleClicked.emit(model.index(last, TEXT))
    assert jumped == []
    qtbot.waitUntil(lambda: model.rowCount() == last, timeout=5000)


def test_the_short_columns_are_wide_enough_as_soon_as_the_window_shows(qtbot, window) -> None:
    # Measured once the list is shown (before, its font can measure narrower): no column is
    # cut until the first change widens it, and that change does not repaint the whole list.
    view = window.passages_panel.view
    header = view.horizontalHeader()
    for column in (DOCUMENT, CODER, DOCUMENT_DATE, CODED):
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= wanted, window.passages_panel.model.HEADERS[column]


def swatch_colours(view, column: int) -> set[int]:
    """The colours painted in a column's cells on screen."""
    image = view.viewport().grab().toImage()
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return {image.pixel(x, y) for x in range(left, left + header.sectionSize(column))
            for y in range(image.height())}


def test_a_recolour_repaints_the_swatches_shown_of_a_long_list(qtbot, window) -> None:
    # A colour change is one change to a column of a thousand rows: Qt is told of those on
    # screen only, and they show the new colour.
    from PySide6.QtGui import QColor

    from annotator.ui.commands import UpdateCodeCommand
    from annotator.ui.passages_panel import CODE

    session, first, second = two_documents(window)
    many_passages(session, first, second)
    window.passages_panel.model.refresh()
    window.passages_dock.raise_()
    qtbot.wait(20)
    view = window.passages_panel.view
    code = session.codes()[0]  # the code of every row (many_passages)
    assert QColor(code.color).rgb() in swatch_colours(view, CODE)
    session.execute(UpdateCodeCommand(session, code, color="#CC0000"))
    qtbot.wait(20)
    shown = swatch_colours(view, CODE)
    assert QColor("#CC0000").rgb() in shown and QColor(code.color).rgb() not in shown


def test_removing_a_passage_below_the_rows_shown_keeps_them_and_one_shown_goes(qtbot, window) -> None:
    from annotator.ui.commands import UntagCommand

    session, first, second = two_documents(window)
    many_passages(session, first, second)
    model = window.passages_panel.model
    model.refresh()
    qtbot.wait(20)
    view = window.passages_panel.view
    shown_last = view.rowAt(view.viewport().height() - 1)
    assert 0 < shown_last < model.rowCount() - 10
    before = [model.data(model.index(row, TEXT)) for row in range(shown_last + 1)]
    scroll_range = view.verticalScrollBar().maximum()
    session.execute(UntagCommand(session, model.passage(shown_last + 5)))
    qtbot.wait(20)
    assert [model.data(model.index(row, TEXT)) for row in range(shown_last + 1)] == before
    assert view.verticalScrollBar().maximum() == scroll_range - 1  # one row fewer to scroll to
    gone = model.passage(0)
    session.execute(UntagCommand(session, gone))
    qtbot.wait(20)
    assert model.passage(0).id != gone.id
    assert view.verticalScrollBar().maximum() == scroll_range - 2
