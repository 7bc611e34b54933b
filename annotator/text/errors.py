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
        # An unknown key is a KeyError here, where the raise site is, not a vague message later.
        super().__init__(TEXT_MESSAGES[key].format_map(params))

    def __reduce__(self) -> tuple:
        # Rebuilt from its parts (segmentation workers hand errors back pickled).
        return _restore, (type(self), self.args, self.__dict__)


def _restore(cls: type[BaseException], args: tuple, state: dict) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class DecodeError(TextError):
    """The bytes could not be turned into text (empty, binary, truncated or undecodable)."""
