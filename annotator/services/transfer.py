"""Copying a whole project, file or server, into an empty file or server (`copy --to`): a
historian moves a solo project onto the team server, or takes a snapshot of the team project
home as a file. Identities are kept (ids and UUIDs), so a later `import` of the copy into
the original matches everything and adds nothing."""

from __future__ import annotations

from pathlib import Path

from annotator.errors import UserError
from annotator.project import Project
from db.copy import CopySummary, Progress, copy_into
from db.location import Location
from db.migrate import open_project_engine


def copy_project(source: Project | Location | Path | str, target: Location | Path | str, *,
                 progress: Progress | None = None) -> CopySummary:
    """Copy `source` (an open project, or where one is) into `target`, which must be empty: a
    new file, or a database without tables. All or nothing (db.copy)."""
    target = Location.parse(target)
    if isinstance(source, Project):
        return _copy(source.engine, source.location, target, progress)
    location = Location.parse(source)
    opened = open_project_engine(location, create=False)
    try:
        return _copy(opened.engine, location, target, progress)
    finally:
        opened.engine.dispose()


def _copy(engine, source: Location, target: Location, progress: Progress | None) -> CopySummary:
    if source.key == target.key or (source.is_file and target.is_file
                                    and target.path.exists() and source.path.samefile(target.path)):
        raise UserError("transfer.project_being_copied_give_another", target=target)
    return copy_into(engine, target, progress=progress)
