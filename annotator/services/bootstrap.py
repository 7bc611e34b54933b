"""Opening a project, and creating the default one with the sample corpus and codebook."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from annotator import paths
from annotator.project import Project
from annotator.services.codes import load_codebook
from annotator.services.imports import ImportOptions, import_file
from db.backup import backup_if_due
from db.errors import BackupNotWritten
from db.location import Location

SAMPLE_METADATA = {
    "mao-visit-moscow-ding-ming-traditional.txt": ImportOptions(
        title="毛澤東訪蘇 (丁明)", author="丁明", notes="Sample text shipped with the app."
    ),
    "mao-visit-moscow-presegmented-simplified.txt": ImportOptions(
        title="毛泽东访苏 (文化先锋)",
        source_ref="文化先锋 (web page)",
        notes="Sample text shipped with the app; scraped from the web, pre-segmented.",
    ),
}


# The samples' notes in the languages the window speaks (the titles are Chinese already).
SAMPLE_NOTES = {
    "zh_CN": {"Sample text shipped with the app.": "随程序附带的示例文本。",
              "Sample text shipped with the app; scraped from the web, pre-segmented.":
                  "随程序附带的示例文本；抓取自网页，已分词。"},
    "zh_TW": {"Sample text shipped with the app.": "隨程式附帶的範例文本。",
              "Sample text shipped with the app; scraped from the web, pre-segmented.":
                  "隨程式附帶的範例文本；擷取自網頁，已斷詞。"},
}


def populate_new_project(project: Project, language: str = "en") -> None:
    """Fill a brand-new project with the default codebook and the sample corpus, the
    codebook and the samples' notes in `language` (the window's: "en", "zh_CN", "zh_TW")."""
    load_codebook(project, paths.default_codebook(language))
    notes = SAMPLE_NOTES.get(language, {})
    for name, options in SAMPLE_METADATA.items():
        options = replace(options, notes=notes.get(options.notes, options.notes))
        import_file(project, paths.SAMPLE_CORPUS / name, options)


def _warn_on_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def chosen_location(project: Path | Location | str | None) -> Location:
    """The project given (a file or a server URL), else $ANNOTATOR_PROJECT, else the default."""
    if project:
        return Location.parse(project)
    from_env = os.environ.get(paths.ENV_PROJECT)
    if from_env:
        return Location.parse(from_env)
    return Location(path=paths.default_project_path())


def open_project(path: Path | Location | str | None = None, *, create: bool = True,
                 automatic_backup: bool = False,
                 warn: Callable[[str], None] = _warn_on_stderr, language: str = "en") -> Project:
    """Open the given project, a file or a database on a server (the default one when None).
    A new project gets the default codebook (a new file, or an empty database, which the
    migrations have just given its schema); a new default project the samples too. `language`
    is the one the default codebook is named in (the window passes its own); a project that
    exists already is never changed by it.

    With `automatic_backup`, an existing project file is backed up first unless a recent backup
    exists (see db.backup.backup_if_due). A backup that cannot be written (a full disk) is a
    warning passed to `warn`, never a reason to refuse the project; a damaged project is
    refused (ProjectDamaged says how to restore it) rather than backed up. A team project on a
    server is not backed up automatically by every program that opens it: its snapshots are
    taken deliberately (`backup`, see annotator.services.snapshots)."""
    target = chosen_location(path)
    is_default = target.is_file and target.path == paths.default_project_path()
    project = Project(target, create=create)
    is_new = project.created
    if automatic_backup and not is_new and target.is_file:
        try:
            backup_if_due(target.path)
        except BackupNotWritten as error:
            warn(f"{error}; the project itself is fine, but back it up elsewhere soon")
        except BaseException:
            project.close()
            raise
    if is_new:
        try:
            if is_default:
                populate_new_project(project, language)
            else:
                load_codebook(project, paths.default_codebook(language))
        except BaseException:
            project.close()
            raise
    return project
