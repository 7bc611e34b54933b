"""English templates of the storage layer's message keys, and the one way a template is filled.

The window translates these templates (`annotator.ui.messages`); the command line prints them.
"""

from __future__ import annotations

from collections.abc import Mapping

DB_MESSAGES: dict[str, str] = {
    "db.message": "{text}",  # a message composed elsewhere (kept only where no key fits yet)
}


def fill(template: str, params: Mapping[str, object]) -> str:
    """`template` with its `{name}` fields replaced by the parameters of the same name."""
    return template.format_map(dict(params))


class KeyedError(Exception):
    """An error a user sees: a message key and its parameters; `str()` is its English line.

    Subclasses name their catalog in `catalog`; every layer's catalog is merged in
    `annotator.messages.CATALOG`, which the window translates.
    """

    catalog: Mapping[str, str] = DB_MESSAGES

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        # TRANSITION: raise sites not yet keyed pass their English line as the key; it is shown
        # as it is until every site has a key (then this falls back no more).
        template = self.catalog.get(key)
        super().__init__(key if template is None else fill(template, params))
