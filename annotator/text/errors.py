"""Errors raised by the text pipeline.

Each carries a message key of `TEXT_MESSAGES` and its parameters, like every error a user sees
(`db.messages.KeyedError`, whose protocol this repeats because `text/` imports nothing of ours
below it); ``str()`` is the English line, a single line that names the input and what is wrong.
"""

from annotator.text.messages import TEXT_MESSAGES


class TextError(ValueError):
    """A problem with a text the user gave us; ``str()`` is one readable line."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        template = TEXT_MESSAGES.get(key)  # TRANSITION: unkeyed sites pass their English line
        super().__init__(key if template is None else template.format_map(params))


class DecodeError(TextError):
    """The bytes could not be turned into text (empty, binary, truncated or undecodable)."""
