"""A damaged project in the window: say so, and offer to restore its newest sound backup.

Used where a project is opened (at start and by File › Open) and when an automatic backup finds
the open project damaged; the command line's equivalent is `restore latest --yes`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator import APP_NAME
from annotator.errors import USER_ERRORS
from annotator.ui.messages import error_text, shown
from db.backup import Backup, find_backup, restore_backup
from db.errors import ProjectDamaged

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


def ask_to_restore(parent: QWidget | None, error: ProjectDamaged) -> Backup | None:
    """Say that the project is damaged and ask whether to restore its newest sound backup;
    the backup to restore, or None (no sound backup, said in a dialog; or the user declined)."""
    try:
        backup = find_backup(error.path, "latest")
    except USER_ERRORS as no_backup:
        QMessageBox.critical(parent, APP_NAME, translate("recovery", "{error}\n\nIt cannot be restored: {reason}").format(
            error=error_text(error), reason=error_text(no_backup)))
        return None
    answer = QMessageBox.question(
        parent, APP_NAME,
        translate("recovery", "{name} is damaged ({reason}).\n\nRestore its newest sound backup, "
                  "number {number} of {made_at}? The damaged file is kept beside it under "
                  "a new name; work done after that backup is not in the backup.").format(
            name=shown(error.path.name), reason=shown(error.reason), number=backup.number, made_at=made_at(backup)),
    )
    return backup if answer == QMessageBox.StandardButton.Yes else None


def restore_damaged(parent: QWidget | None, error: ProjectDamaged, backup: Backup) -> str | None:
    """Restore `backup` over the damaged project (which must not be open in this program);
    a line saying what was done, or None after showing why it failed."""
    try:
        result = restore_backup(error.path, backup.path)
    except USER_ERRORS as failure:
        QMessageBox.critical(parent, APP_NAME, error_text(failure))
        return None
    if result.set_aside:
        return translate("recovery", "Restored backup {number} of {made_at}; the damaged file is kept as {name}").format(
            number=backup.number, made_at=made_at(backup), name=result.set_aside[0].name)
    return translate("recovery", "Restored backup {number} of {made_at}").format(
        number=backup.number, made_at=made_at(backup))


def made_at(backup: Backup) -> str:
    return backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
