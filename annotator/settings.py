"""The settings the window and the command line share: the coder's name and the project last
opened in the window, in one JSON file in the user's config folder (no Qt, so the command line
reads the same file). The window's own layout stays in QSettings.

One rule for both programs, so that one person is one coder and a command goes to the project
the window shows:

- coder: `--coder` > $ANNOTATOR_CODER > the stored name > the login name;
- project: `--project` > $ANNOTATOR_PROJECT > the project last opened in the window (if it
  still exists) > the default project.
"""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from annotator import paths
from db.errors import ProjectFileError
from db.location import Location

SETTINGS_FILE = "settings.json"
# The same variable services.annotations reads when a tag names no coder.
ENV_CODER = "ANNOTATOR_CODER"
KEY_CODER = "coder"
KEY_LAST_PROJECT = "last_project"


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def read_settings() -> dict[str, object]:
    """The stored settings; an absent, unreadable or damaged file counts as none stored."""
    try:
        values = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return values if isinstance(values, dict) else {}


def update_settings(changes: dict[str, object]) -> bool:
    """Store `changes` beside the other settings, atomically (a temporary file in the same
    folder, synced, then renamed over the old one). Returns False when the folder cannot be
    written: a setting is a convenience, and losing it must not stop the work in hand."""
    values = read_settings()
    values.update(changes)
    target = settings_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError:
        return False
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(values, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


# -- the coder --------------------------------------------------------------------------------


def stored_coder() -> str:
    return _text(read_settings().get(KEY_CODER))


def store_coder(name: str) -> bool:
    return update_settings({KEY_CODER: name.strip()})


def login_name() -> str:
    try:
        return getpass.getuser() or "coder"
    except (OSError, KeyError):
        return "coder"


def coder_name(explicit: str | None = None) -> str:
    """The coder recorded with a tag: `explicit` (--coder), else $ANNOTATOR_CODER, else the name
    stored by the window, else the login name."""
    for candidate in (explicit, os.environ.get(ENV_CODER), stored_coder()):
        if candidate and candidate.strip():
            return candidate.strip()
    return login_name()


# -- the project ------------------------------------------------------------------------------


def last_project() -> Location | None:
    """The project last opened in the window, if it still exists (a server's, if it parses:
    only connecting can tell whether it is still there)."""
    stored = _text(read_settings().get(KEY_LAST_PROJECT))
    if not stored:
        return None
    try:
        location = Location.parse(stored)
    except ProjectFileError:
        return None
    if location.is_file and not location.path.is_file():
        return None
    return location


def remember_project(project: Path | Location) -> bool:
    """Store the project last opened: a file's real path, or a server's URL without password."""
    location = Location.parse(project)
    return update_settings({KEY_LAST_PROJECT: location.key})


@dataclass(frozen=True)
class ProjectChoice:
    """The project a run uses, and why (for the one line that says so)."""

    location: Location  # a Path or a string (file or URL) is parsed into one
    source: str  # "option", "environment", "last" or "default"

    def __post_init__(self) -> None:
        object.__setattr__(self, "location", Location.parse(self.location))

    @property
    def path(self) -> Path:
        """The project file (what the window opens)."""
        if self.location.path is None:
            raise ProjectFileError(
                "settings.window_cannot_open_team_project", label=self.location.label,
                location=self.location)
        return self.location.path

    def note(self) -> str | None:
        """What the command line prints on stderr when the project was not named by --project."""
        reason = {
            "environment": f"from ${paths.ENV_PROJECT}",
            "last": "the last one opened in the window",
            "default": "the default project",
        }.get(self.source)
        if reason is None:
            return None
        return f"using project {self.location} ({reason}; --project chooses another)"


def choose_project(argument: str | os.PathLike[str] | None) -> ProjectChoice:
    """The project for `--project ARGUMENT` (None when not given), by the rule of this module:
    a file path or a server URL (db.location); ProjectFileError for a malformed URL."""
    if argument:
        return ProjectChoice(Location.parse(argument), "option")
    from_env = os.environ.get(paths.ENV_PROJECT)
    if from_env:
        return ProjectChoice(Location.parse(from_env), "environment")
    last = last_project()
    if last is not None:
        return ProjectChoice(last, "last")
    return ProjectChoice(paths.default_project_path(), "default")
