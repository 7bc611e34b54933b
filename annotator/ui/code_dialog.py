"""The code dialog: name, description, colour and key of a new or an existing code.

It checks as the user types: OK stays disabled while the name is empty or taken, or while the
key is one the window already uses (Ctrl+Z, a menu's Alt+letter, another code's key) or one the
codebook does not take (services.codes.normalise_shortcut: one letter or digit).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from annotator.errors import USER_ERRORS
from annotator.ui.messages import error_text, shown
from annotator.services.codes import PATH_SEPARATOR, normalise_shortcut
from annotator.ui.icons import colour_icon

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText
# Keys that move the cursor, press buttons or close dialogs everywhere in the window: a code
# cannot have them, with or without modifiers (Shift+Right extends a selection).
MOVING_KEYS = frozenset({
    Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter,
    Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Space,
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
    Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
    Qt.Key.Key_unknown,
})
# The standard keys of the window and its text views, named as the user knows them.
STANDARD_KEYS = (
    (QKeySequence.StandardKey.Undo, QT_TRANSLATE_NOOP("keys", "Undo")),
    (QKeySequence.StandardKey.Redo, QT_TRANSLATE_NOOP("keys", "Redo")),
    (QKeySequence.StandardKey.Copy, QT_TRANSLATE_NOOP("keys", "Copy")),
    (QKeySequence.StandardKey.Cut, QT_TRANSLATE_NOOP("keys", "Cut")),
    (QKeySequence.StandardKey.Paste, QT_TRANSLATE_NOOP("keys", "Paste")),
    (QKeySequence.StandardKey.SelectAll, QT_TRANSLATE_NOOP("keys", "Select all")),
    (QKeySequence.StandardKey.Find, QT_TRANSLATE_NOOP("keys", "Find")),
    (QKeySequence.StandardKey.Quit, QT_TRANSLATE_NOOP("keys", "Quit")),
    (QKeySequence.StandardKey.New, QT_TRANSLATE_NOOP("keys", "New project")),
    (QKeySequence.StandardKey.Open, QT_TRANSLATE_NOOP("keys", "Open project")),
    (QKeySequence.StandardKey.ZoomIn, QT_TRANSLATE_NOOP("keys", "Zoom in")),
    (QKeySequence.StandardKey.ZoomOut, QT_TRANSLATE_NOOP("keys", "Zoom out")),
    (QKeySequence.StandardKey.Close, QT_TRANSLATE_NOOP("keys", "Close")),
    (QKeySequence.StandardKey.HelpContents, QT_TRANSLATE_NOOP("keys", "Help")),
)


def key_text(sequence: QKeySequence) -> str:
    """The stored form of a key ("4", "Ctrl+K"); the keypad's digits count as the digits."""
    if sequence.isEmpty():
        return ""
    combination = sequence[0]
    modifiers = combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(QKeyCombination(modifiers, combination.key())).toString(PORTABLE)


def key_problem(sequence: QKeySequence, reserved: Mapping[str, str]) -> str | None:
    """Why a code cannot have this key, or None when it can (no key at all is fine)."""
    if sequence.isEmpty():
        return None
    shown = sequence.toString(NATIVE)
    if sequence.count() != 1:
        return QCoreApplication.translate("keys", "a code's key is one key, alone or with Ctrl, Alt or Shift")
    if sequence[0].key() in MOVING_KEYS:
        return QCoreApplication.translate("keys", "{key} moves around the window; choose another key").format(
            key=shown)
    owner = reserved.get(key_text(sequence))
    if owner:
        return QCoreApplication.translate("keys", "{key} is already used for {action}").format(
            key=shown, action=owner)
    try:
        normalise_shortcut(key_text(sequence))  # the codebook's own rule, shared with the CLI
    except USER_ERRORS as error:
        return error_text(error)
    return None


def _without_mnemonic(label: str) -> str:
    """"&File" -> "File", "文件(&F)" -> "文件": a menu's name as said in a sentence."""
    return re.sub(r"\(&\w\)", "", label).replace("&", "")


def keys_in_use(window: QWidget, code_keys: Collection[str]) -> dict[str, str]:
    """The keys the window already answers to, each with what it does; `code_keys` (the codes'
    own keys, which the codebook checks by itself) are left out."""
    used: dict[str, str] = {}
    for standard, label in STANDARD_KEYS:
        for sequence in QKeySequence.keyBindings(standard):
            used.setdefault(key_text(sequence), QCoreApplication.translate("keys", label))
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            used.setdefault(key_text(sequence), _without_mnemonic(action.text()).rstrip("…"))
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().actions():  # Alt+F opens the File menu
            mnemonic = QKeySequence.mnemonic(menu.text())
            if not mnemonic.isEmpty():
                used.setdefault(key_text(mnemonic), QCoreApplication.translate("keys", "the {menu} menu").format(
                    menu=_without_mnemonic(menu.text())))
    for key in code_keys:
        used.pop(key_text(QKeySequence(key)), None)
    used.pop("", None)
    return used


class CodeDialog(QDialog):
    """Edits the four things a user may change about a code; `values()` once accepted."""

    def __init__(self, title: str, *, name: str = "", description: str = "", color: str = "#999999",
                 shortcut: str | None = None, reserved: Mapping[str, str] | None = None,
                 names_taken: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeDialog")
        self.setWindowTitle(title)
        self.reserved = dict(reserved or {})
        self.names_taken = set(names_taken)
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("codeName")
        self.description_edit = QPlainTextEdit(description)
        self.description_edit.setObjectName("codeDescription")
        self.description_edit.setPlaceholderText(self.tr("What the code means; when to use it, when not"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(90)
        self.color_button = QPushButton()
        self.color_button.setObjectName("codeColour")
        self.color_button.clicked.connect(self.choose_color)
        self.key_edit = QKeySequenceEdit(QKeySequence(shortcut or ""))
        self.key_edit.setObjectName("codeKey")
        self.key_edit.setMaximumSequenceLength(1)
        self.key_edit.setClearButtonEnabled(True)
        key_hint = QLabel(self.tr("Press the key (a letter or digit, such as 4) that tags a selection "
                                  "with this code; clear it for none."))
        key_hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("codeProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Colour:"), self.color_button)
        form.addRow(self.tr("&Key:"), self.key_edit)
        form.addRow("", key_hint)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.key_edit.keySequenceChanged.connect(self._check)
        self.set_color(color)
        self._check()
        self.resize(420, self.sizeHint().height())

    @property
    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        self._color = QColor(color).name().upper()
        self.color_button.setIcon(colour_icon(self._color, 16))
        self.color_button.setText(self._color)

    def choose_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self.windowTitle())
        if chosen.isValid():
            self.set_color(chosen.name())

    def values(self) -> dict[str, str | None]:
        """name, description, color and shortcut (None for no key), as the services take them."""
        return {
            "name": self.name_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "color": self._color,
            "shortcut": key_text(self.key_edit.keySequence()) or None,
        }

    def problem_text(self) -> str:
        name = self.name_edit.text().strip()
        if PATH_SEPARATOR in name:
            return self.tr("a code name cannot contain “{separator}”").format(separator=PATH_SEPARATOR)
        if name in self.names_taken:
            return self.tr("a code named “{name}” already exists").format(name=shown(name))
        return key_problem(self.key_edit.keySequence(), self.reserved) or ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem and bool(self.name_edit.text().strip()))
