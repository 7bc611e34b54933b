"""Consistent copies of a project file through SQLite's online backup API (never a file copy)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".backups")


def backup_database(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` while other connections may be using it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    partial.replace(destination)
    return destination


def make_backup(project_path: Path, reason: str) -> Path:
    """Back `project_path` up into its backup folder, named by time and reason."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{project_path.stem}-{stamp}-{reason}{project_path.suffix or '.sqlite'}"
    return backup_database(project_path, backup_folder(project_path) / name)
