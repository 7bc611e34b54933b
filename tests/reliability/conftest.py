"""Fixtures for the reliability tests: a project file on disk and child processes that tag it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TAGGER = Path(__file__).resolve().parent / "tagger.py"
# A short text, long enough for thousands of distinct spans.
TEXT = "臣聞求木之長者，必固其根本；欲流之遠者，必浚其泉源；思國之安者，必積其德義。" * 3


@pytest.fixture
def project_file(tmp_path: Path, write_text) -> tuple[Path, int]:
    """A closed project file holding one short document; returns its path and the document id."""
    from annotator import paths
    from annotator.project import Project
    from annotator.services.codes import load_codebook
    from annotator.services.imports import import_file

    path = tmp_path / "shared.sqlite"
    with Project(path) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("jian.txt", TEXT)).document
    return path, document.id


@pytest.fixture
def server_project(postgres_url: str, write_text) -> tuple[str, int]:
    """A team project on the test server holding the same document; its URL and the id."""
    from annotator import paths
    from annotator.project import Project
    from annotator.services.codes import load_codebook
    from annotator.services.imports import import_file

    with Project(postgres_url) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("jian.txt", TEXT)).document
    return postgres_url, document.id


def start_tagger(path: Path | str, document_id: int, coder: str, count: int, log: Path,
                 mode: str = "tag") -> subprocess.Popen:
    """Start tagger.py on the project (a file or a URL); its stdout is a pipe of report lines."""
    with log.open("ab") as stderr:  # the child keeps its own copy
        return subprocess.Popen(
            [sys.executable, str(TAGGER), str(path), str(document_id), coder, str(count), mode],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )


def parse_tags(lines: list[str]) -> dict[int, tuple[int, int]]:
    """The span of each id the child printed (complete lines only)."""
    tags = {}
    for line in lines:
        fields = line.split()
        if line.endswith("\n") and len(fields) == 3 and all(field.isdigit() for field in fields):
            annotation_id, start, end = map(int, fields)
            tags[annotation_id] = (start, end)
    return tags


def stored_spans(path: Path) -> dict[int, tuple[int, int]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute('SELECT id, start, "end" FROM annotations').fetchall()
    finally:
        connection.close()
    return {row[0]: (row[1], row[2]) for row in rows}


def assert_sound(path: Path) -> None:
    """The file passes SQLite's own checks and opens as a project."""
    from annotator.project import Project
    from annotator.services.annotations import list_passages

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    with Project(path, create=False) as project:
        assert project.upgrade_backup is None
        list_passages(project)
