"""The English text of every message key a user can see, and how an error becomes one line.

An error a user sees carries a message key and parameters (`error.key`, `error.params`); the
command line prints the English template filled in here, the window looks the same template up
in its translations first (`annotator.ui.messages`). Keys are grouped by the layer that raises
them: `db/messages.py` and `annotator/text/messages.py` hold their own, merged into `CATALOG`.
"""

from __future__ import annotations

from collections.abc import Mapping

from annotator.text.messages import TEXT_MESSAGES
from db.messages import DB_MESSAGES, fill

# Keys raised above the storage and text layers: services, interchange, the command line.
# A template's fields are the error's parameters by name (str.format syntax).
MESSAGES: dict[str, str] = {
    "message": "{text}",  # a message composed elsewhere (kept only where no key fits yet)
    # -- exchange: export formats, REFI-QDA, the workbook and the report (issue 11) --
    "export.unknown_format": "{name}: an export is written as {formats}; name the file with one "
                             "of these extensions",
    "exchange.empty_codebook": "the codebook is empty: a .qdc file holds at least one code",
    "exchange.unknown_format": "{name}: not a REFI-QDA file (.qdpx project or .qdc codebook)",
    "exchange.no_such_file": "{path}: no such file",
    "exchange.unreadable": "{name}: cannot be read ({reason})",
    "exchange.not_a_file": "{name}: not a regular file; a REFI-QDA project is a .qdpx file",
    "report.unknown_script": "unknown script “{script}”: {choices}",
}

CATALOG: Mapping[str, str] = {**DB_MESSAGES, **TEXT_MESSAGES, **MESSAGES}


def english(key: str, params: Mapping[str, object]) -> str:
    """The English line for `key` with its parameters (KeyError for a key with no text)."""
    return fill(CATALOG[key], params)
