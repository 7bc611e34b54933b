"""Sentence context for the passages list, worked out only for the rows on screen.

A big project has tens of thousands of passages: the list asks for context row by row as it
paints, so each document's text and sentence boundaries are read once (a few recent documents
are kept) and each passage's context is kept once found.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from annotator.context import sentence_context
from annotator.errors import USER_ERRORS

# What a document's context needs: its text, sentence and word boundaries.
Loader = Callable[[int], tuple[str, Sequence[int], Sequence[int]]]
DOCUMENTS_KEPT = 4  # a volume is up to a million characters and its boundary arrays
CONTEXTS_KEPT = 20_000  # about a screenful per scroll step; dropped wholesale past this


class SentenceContexts:
    """`(before, after)` for a span of a document, as `annotator.context.sentence_context`."""

    def __init__(self, load: Loader) -> None:
        self._load = load
        self._documents: OrderedDict[int, tuple[str, Sequence[int], Sequence[int]] | None] = OrderedDict()
        self._contexts: dict[tuple[int, int, int], tuple[str, str]] = {}
        self.documents_read = 0  # for tests: how often a document had to be read

    def around(self, document_id: int, start: int, end: int) -> tuple[str, str]:
        key = (document_id, start, end)
        found = self._contexts.get(key)
        if found is None:
            document = self._document(document_id)
            found = ("", "") if document is None else sentence_context(document[0], document[1], document[2],
                                                                       start, end)
            if len(self._contexts) >= CONTEXTS_KEPT:
                self._contexts.clear()
            self._contexts[key] = found
        return found

    def __len__(self) -> int:
        """How many passages' context is kept (found so far)."""
        return len(self._contexts)

    def forget(self) -> None:
        """Documents were added, deleted or replaced: read them again when next needed."""
        self._documents.clear()
        self._contexts.clear()

    def _document(self, document_id: int) -> tuple[str, Sequence[int], Sequence[int]] | None:
        if document_id in self._documents:
            self._documents.move_to_end(document_id)
            return self._documents[document_id]
        try:
            document = self._load(document_id)
        except USER_ERRORS:
            document = None  # deleted meanwhile: no context rather than an error per paint
        self.documents_read += 1
        self._documents[document_id] = document
        if len(self._documents) > DOCUMENTS_KEPT:
            self._documents.popitem(last=False)
        return document
