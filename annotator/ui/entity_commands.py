"""Undoable corrections of the entities found: a kind for a text, a text or a mention that is
no entity, a span added as an entity.

Each correction is ONE service call (annotator.services.entities) returning a CorrectionChange;
its undo is ONE call too, `undo_correction`, which returns the reverse change, so undo and redo
are the same call on whatever the last one returned. Applied once by `ProjectSession.execute`
like every other command (annotator.ui.commands), so a refused correction never reaches the
stack.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.domain import CorrectionChange
from annotator.services import entities
from annotator.ui.commands import ServiceCommand
from annotator.ui.session import ProjectSession


class EntityCorrectionCommand(ServiceCommand):
    """One correction: ``make`` calls the service; ``changed`` is told after every step, so
    that the views showing entities (and dates) read them again."""

    def __init__(self, session: ProjectSession, text: str,
                 make: Callable[[], CorrectionChange], changed: Callable[[], None]) -> None:
        super().__init__(session, text)
        self._make = make
        self._changed = changed
        self.change: CorrectionChange | None = None

    def do(self) -> None:
        if self.change is None:
            self.change = self._make()
        else:  # redo: the reverse of the reverse
            self.change = entities.undo_correction(self.session.project, self.change)
        self._changed()

    def revert(self) -> None:
        assert self.change is not None
        self.change = entities.undo_correction(self.session.project, self.change)
        self._changed()
