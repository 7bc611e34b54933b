"""The benchmark's paint probe: a figure "to first paint" stops at a paint that happened, and a
widget that never painted (never shown, as the old baselines were) fails the run."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from bench.paint import NoPaint, PaintProbe, require_paint, wait_for_paint
from bench.window import _page_scrolls


class CountingView(QPlainTextEdit):
    """Counts the times its own paintEvent ran."""

    def __init__(self) -> None:
        super().__init__("毛澤東\n" * 2000)
        self.painted = 0

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        self.painted += 1


def test_a_shown_view_paints_once_per_paint_event_and_the_clock_stops_after_it(qtbot) -> None:
    view = CountingView()
    qtbot.addWidget(view)
    probe = PaintProbe(view, "the view")
    shown = time.perf_counter()
    view.show()
    wait_for_paint(probe)
    assert probe.paints >= 1
    assert view.painted == probe.paints  # the probe delivers each paint once, never twice
    assert probe.first_done > shown
    assert probe.widths[0] == view.viewport().width()


def test_a_view_that_is_never_shown_fails_the_wait(qtbot) -> None:
    view = CountingView()
    qtbot.addWidget(view)
    probe = PaintProbe(view, "the hidden view")
    view.viewport().repaint()  # what the old benchmark did: paints nothing on an unmapped view
    with pytest.raises(NoPaint, match="the hidden view did not paint"):
        wait_for_paint(probe, timeout=0.5)
    with pytest.raises(NoPaint):
        probe.first_done


def test_a_scroll_that_did_not_paint_fails_the_run(qtbot) -> None:
    view = CountingView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    probe = PaintProbe(view, "the baseline view")
    with pytest.raises(NoPaint, match="scroll by a page: the baseline view did not paint"):
        _page_scrolls(view, probe, 2, random.Random(1))
    view.show()
    wait_for_paint(probe)
    assert len(_page_scrolls(view, probe, 2, random.Random(1))) == 2


def test_require_paint_counts_only_paints_since(qtbot) -> None:
    view = CountingView()
    qtbot.addWidget(view)
    probe = PaintProbe(view, "the view")
    view.show()
    wait_for_paint(probe)
    with pytest.raises(NoPaint, match="add a tag: the view did not paint"):
        require_paint(probe, probe.paints, "add a tag")
    before = probe.paints
    view.viewport().repaint()
    require_paint(probe, before, "add a tag")
