"""Small icons drawn in code: a code's colour as a square swatch."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap


def colour_icon(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
