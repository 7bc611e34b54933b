"""The error a user sees as one line: bad input, unknown names, refused operations.

Every such error carries a message key and its parameters (`error.key`, `error.params`): the
command line prints `str(error)`, the English line of `annotator.messages.CATALOG`; the window
renders the same key through its translations (`annotator.ui.messages.error_text`).
"""

import annotator.messages  # noqa: F401 - adds this layer's keys to those KeyedError knows
from annotator.text.errors import TextError
from db.errors import ProjectFileError
from db.messages import KeyedError


class UserError(KeyedError):
    """A request the user must correct; the operation changed nothing."""


# Everything the command line and the window report as a message rather than a traceback.
USER_ERRORS: tuple[type[Exception], ...] = (UserError, TextError, ProjectFileError)
