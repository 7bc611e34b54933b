"""View › Coders shown, and blind coding: whose passages the reader and the coded-passages panel
show.

- All coders, Only mine, or Choose coders… (any of the project's coders): the reader paints only
  their passages and the panel lists only theirs (ProjectSession.visible_coders).
- Blind coding is a project setting (annotator.services.team): while it is on, every coder sees
  only their own passages, and the agreement view waits, until the coder chooses
  "Compare with other coders" (for this session of the window).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import USER_ERRORS
from annotator.services import team

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

ALL, MINE, CHOSEN = "all", "mine", "chosen"


class CoderChoice(QDialog):
    """A checklist of the project's coders."""

    def __init__(self, coders: list[str], checked: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coders shown"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for name in coders:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text() for row in range(self.list.count())
                     if self.list.item(row).checkState() == Qt.CheckState.Checked)


class CoderView(QObject):
    """The window's choice of coders shown, and the project's blind coding."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.mode = ALL
        self.chosen: tuple[str, ...] = ()
        self.blind = False
        self.compared = False  # this coder chose to compare, while blind coding is on
        menu = window.menuBar().addMenu(translate("CoderView", "&Coders"))
        self.menu = menu
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for mode, label in ((ALL, translate("CoderView", "&All coders")),
                            (MINE, translate("CoderView", "Only &mine")),
                            (CHOSEN, translate("CoderView", "&Choose coders…"))):
            action = QAction(label, window)
            action.setCheckable(True)
            action.setObjectName(f"coders_{mode}")
            action.triggered.connect(lambda checked=False, m=mode: self.choose(m))
            self.group.addAction(action)
            menu.addAction(action)
            self.actions[mode] = action
        self.actions[ALL].setChecked(True)
        menu.addSeparator()
        self.blind_action = QAction(translate("CoderView", "&Blind coding (for the whole project)"),
                                    window)
        self.blind_action.setObjectName("blindCodingAction")
        self.blind_action.setCheckable(True)
        self.blind_action.setToolTip(translate("CoderView", "Each coder sees only their own "
                                               "passages until they choose to compare"))
        self.blind_action.triggered.connect(self.set_blind)
        menu.addAction(self.blind_action)
        self.compare_action = QAction(translate("CoderView", "Com&pare with other coders"), window)
        self.compare_action.setObjectName("compareCodersAction")
        self.compare_action.triggered.connect(self.compare)
        menu.addAction(self.compare_action)

    # -- state -----------------------------------------------------------------------------------

    @property
    def hiding_others(self) -> bool:
        """Whether blind coding now keeps other coders' passages from this coder."""
        return self.blind and not self.compared

    def project_opened(self) -> None:
        """A project was opened in the window: read its blind-coding setting and apply it."""
        self.compared = False
        try:
            self.blind = team.blind_coding(self.window.session.project)
        except USER_ERRORS:
            self.blind = False
        # Each project gets a new session: follow this one's settings as colleagues change them.
        self.window.session.projectSettingsChanged.connect(self.project_settings_changed)
        self._apply()

    def project_settings_changed(self) -> None:
        """Another coder turned blind coding on or off: follow it at once, and say so."""
        try:
            blind = team.blind_coding(self.window.session.project)
        except USER_ERRORS:
            return  # briefly unreadable: the next change, or the next open, reads it
        if blind == self.blind:
            return
        self.blind, self.compared = blind, False
        self._apply()
        if not blind:
            self.window.statusBar().showMessage(translate(
                "CoderView", "Blind coding was turned off for the project: other coders' passages "
                "can be shown again"), 10000)

    def choose(self, mode: str) -> None:
        if mode == CHOSEN:
            session = self.window.session
            names = sorted(set(session.coders()) | {session.coder})
            dialog = CoderChoice(names, set(self.chosen) or {session.coder}, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.actions[self.mode].setChecked(True)
                return
            self.chosen = dialog.chosen()
        self.mode = mode
        self._apply()

    def show_coders(self, mode: str, chosen: tuple[str, ...] = ()) -> None:
        """Choose without the dialog (what Choose coders… does once the names are ticked)."""
        self.mode, self.chosen = mode, tuple(chosen)
        self._apply()

    def set_blind(self, on: bool) -> None:
        try:
            self.blind = team.set_blind_coding(self.window.session.project, bool(on))
        except USER_ERRORS as error:
            self.window.show_error(str(error))
        self.compared = False
        self._apply()

    def compare(self) -> None:
        self.compared = True
        self._apply()

    def visible_coders(self) -> tuple[str, ...] | None:
        session = self.window.session
        if self.hiding_others or self.mode == MINE:
            return (session.coder,)
        if self.mode == CHOSEN:
            return self.chosen
        return None

    def _apply(self) -> None:
        window = self.window
        session = window.session
        if session is None:
            return
        # The session announces the change (visibleCodersChanged): the reader, the passages
        # panel and the counts of the codebook and documents panels follow it.
        session.visible_coders = self.visible_coders()
        self.blind_action.setChecked(self.blind)
        self.compare_action.setEnabled(self.hiding_others)
        for action in self.actions.values():
            action.setEnabled(not self.hiding_others)
        self.actions[MINE if self.hiding_others else self.mode].setChecked(True)
        window._update_status()
        if self.hiding_others:
            window.statusBar().showMessage(translate(
                "CoderView",
                "Blind coding: only your own passages are shown until you choose Coders › Compare "
                "with other coders"), 10000)


def install(window) -> CoderView:
    """Add the Coders menu to the main window; `project_opened` is called on each project."""
    view = CoderView(window)
    window.coder_view = view
    return view
