"""How the window says what went wrong, and how it shows a name: through its translations, with
every control and bidirectional character made visible.

An error a user sees carries a message key and parameters (`annotator.messages`); the command
line prints its English line, the window looks the English template up in the "messages"
context of its translations first (the Chinese interface fills that context), then fills it.
Every parameter that is text (a title, a path, a driver's reason) goes through `shown`, the
window's one display helper, so a name holding U+202E cannot reverse the sentence around it.
"""

from __future__ import annotations

from collections.abc import Mapping
from os import PathLike

from PySide6.QtCore import QCoreApplication

from annotator.messages import CATALOG
from annotator.text.display import marked
from db.messages import Phrase, fill

CONTEXT = "messages"  # the translation context of every message template


def shown(text: object) -> str:
    """`text` as the window shows a name in one line (a title, a label, a menu entry, a
    tooltip's name, a message's parameter): control, bidirectional and invisible characters
    as visible marks (annotator.text.display.marked), line breaks too."""
    return marked(str(text))


def error_text(error: BaseException) -> str:
    """The line the window shows for an error a user sees: its key's template translated,
    filled with its parameters made visible. An error without a key (not one a user is meant
    to see, but a bug) is shown by its own text, made visible."""
    key = getattr(error, "key", None)
    params = getattr(error, "params", None)
    if not isinstance(key, str) or key not in CATALOG or not isinstance(params, Mapping):
        return shown(error)
    template = QCoreApplication.translate(CONTEXT, CATALOG[key])
    return fill(template, {name: _param(value) for name, value in params.items()})


def _param(value: object) -> object:
    """A parameter as a message shows it: numbers as they are (their format is the template's),
    an error within an error by its own translated line, a phrase (db.messages.Phrase) by its
    translated template filled the same way, anything else as text made visible
    (paths, names, a location, a GUID)."""
    if isinstance(value, BaseException):
        return error_text(value)
    if isinstance(value, Phrase):  # words of the core's, translated like a template
        return fill(QCoreApplication.translate(CONTEXT, CATALOG[value.key]),
                    {name: _param(part) for name, part in value.params.items()})
    if isinstance(value, (int, float)):
        return value
    return shown(value.__fspath__() if isinstance(value, PathLike) else value)
