"""A view that recomputes from every passage does so once per burst of changes, and a hidden
one only when it is shown again (the analysis and agreement views)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from annotator.ui.seen_refresh import SeenRefresh


def counted(qtbot) -> tuple[QWidget, SeenRefresh, list[int]]:
    view = QWidget()
    qtbot.addWidget(view)
    calls: list[int] = []
    return view, SeenRefresh(view, lambda: calls.append(1), 30), calls


def test_a_burst_of_changes_to_a_shown_view_refreshes_it_once(qtbot) -> None:
    view, seen, calls = counted(qtbot)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(5):
        seen.soon()
    qtbot.waitUntil(lambda: calls == [1])
    qtbot.wait(100)
    assert calls == [1] and not seen.pending


def test_a_hidden_view_refreshes_when_it_is_shown_again(qtbot) -> None:
    view, seen, calls = counted(qtbot)
    seen.soon()  # never shown yet
    qtbot.wait(100)
    assert calls == []
    view.show()
    assert calls == [1]
    seen.soon()
    view.hide()  # hidden with the refresh pending: none now, one when shown
    qtbot.wait(100)
    assert calls == [1]
    view.show()
    assert calls == [1, 1]
    seen.soon()
    seen.done()  # the view refreshed by itself meanwhile
    qtbot.wait(100)
    assert calls == [1, 1]
