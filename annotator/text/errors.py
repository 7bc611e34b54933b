"""Errors raised by the text pipeline.

Their messages are shown to the user as they are, so each one is a single line that names the
input and says what is wrong with it.
"""


class TextError(ValueError):
    """A problem with a text the user gave us; ``str()`` is one readable line."""


class DecodeError(TextError):
    """The bytes could not be turned into text (empty, binary, truncated or undecodable)."""
