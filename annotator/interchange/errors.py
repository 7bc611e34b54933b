"""The one error of the exchange layer: a file that cannot be read or written as it is.

Its message is one line that names the file and the problem; nothing was imported or written.
"""

from annotator.errors import UserError


class ExchangeError(UserError):
    """A broken or refused exchange file (or a project that cannot be written as one)."""
