"""The error a user sees as one line: bad input, unknown names, refused operations."""

from db.errors import ProjectFileError
from annotator.text.errors import TextError


class UserError(Exception):
    """A request the user must correct; the operation changed nothing."""


# Everything the command line and the window report as a message rather than a traceback.
USER_ERRORS: tuple[type[Exception], ...] = (UserError, TextError, ProjectFileError)
