"""Reading across sources in the window: the Entities, Timeline and Parallel passages panels,
their docks and the Analysis menu, installed on the main window by one call (`install`).

The panels are made once and outlive a change of project: they ask the window for its
current session each time, and follow the reading view's signals (document opened, script
changed). A panel computes only while its dock is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from annotator.ui.entities_panel import EntitiesPanel
from annotator.ui.parallels_panel import ParallelsPanel
from annotator.ui.timeline_panel import TimelinePanel

# The window's strings, in its context (lupdate cannot tell what `window.tr` belongs to).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the three panels, their docks, and the Analysis menu's entries to ``window``."""
    def session():
        return window.session

    # On the window's job runner: closing the window or the project cancels and waits for them.
    entities = EntitiesPanel(window.reader, session, jobs=window.jobs)
    timeline = TimelinePanel(session, jobs=window.jobs)
    parallels = ParallelsPanel(window.reader, session, jobs=window.jobs)
    timeline.jumpRequested.connect(window.jump_to)
    window.reader.displayChanged.connect(lambda: timeline.display_changed(window.reader.script))
    parallels.jumpRequested.connect(window.jump_to)

    window.entities_dock = _dock(window, translate("MainWindow", "Entities"), "entitiesDock", entities,
                                 Qt.DockWidgetArea.RightDockWidgetArea)
    window.timeline_dock = _dock(window, translate("MainWindow", "Timeline"), "timelineDock", timeline,
                                 Qt.DockWidgetArea.BottomDockWidgetArea)
    window.parallels_dock = _dock(window, translate("MainWindow", "Parallel passages"), "parallelsDock", parallels,
                                  Qt.DockWidgetArea.BottomDockWidgetArea)
    window.tabifyDockWidget(window.codebook_dock, window.entities_dock)
    window.tabifyDockWidget(window.search_dock, window.timeline_dock)
    window.tabifyDockWidget(window.timeline_dock, window.parallels_dock)
    window.codebook_dock.raise_()
    window.passages_dock.raise_()
    window.entities_panel, window.timeline_panel, window.parallels_panel = entities, timeline, parallels

    # Nothing is computed for a hidden panel (a volume's entities take seconds).
    window.entities_dock.visibilityChanged.connect(entities.set_active)
    entities.set_active(False)
    # The timeline is read again each time it is shown (passages may have been coded since),
    # and after a correction while it is (a correction can change the dates).
    window.timeline_dock.visibilityChanged.connect(lambda shown: timeline.refresh() if shown else None)
    entities.correctionsChanged.connect(
        lambda: timeline.refresh() if window.timeline_dock.isVisible() else None)

    menu = analysis_menu(window)
    # Each brings its panel to the front (a dock's toggle action would hide a tabbed one).
    for dock, label, name in ((window.entities_dock, translate("MainWindow", "&Entities"), "entitiesAction"),
                              (window.timeline_dock, translate("MainWindow", "&Timeline"), "timelineAction"),
                              (window.parallels_dock, translate("MainWindow", "Parallel &passages"), "parallelsAction")):
        action = menu.addAction(label)
        action.setObjectName(name)
        action.triggered.connect(lambda checked=False, d=dock: _bring_up(d))
    menu.addSeparator()
    find = menu.addAction(translate("MainWindow", "Find &parallel passages of the selection"))
    find.setObjectName("findParallelsAction")
    find.triggered.connect(lambda: _find_parallels(window))


def _dock(window: MainWindow, title: str, name: str, panel, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(panel)
    window.addDockWidget(area, dock)
    return dock


def analysis_menu(window: MainWindow) -> QMenu:
    """The window's Analysis menu (made before Help if no other part has made it)."""
    menu = window.menuBar().findChild(QMenu, "analysisMenu")
    if menu is not None:
        return menu
    menu = QMenu(translate("MainWindow", "&Analysis"), window.menuBar())
    menu.setObjectName("analysisMenu")
    help_action = next((a for a in window.menuBar().actions()
                        if a.menu() is not None and window.about_action in a.menu().actions()), None)
    if help_action is not None:
        window.menuBar().insertMenu(help_action, menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


def _bring_up(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()


def _find_parallels(window: MainWindow) -> None:
    _bring_up(window.parallels_dock)
    window.parallels_panel.find_for_selection()
