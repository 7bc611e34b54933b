"""A project that is open somewhere cannot be replaced by a restore, and a replaced file is never
written to: the window or command that still holds the old file refuses to save into it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator import paths
from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services import annotations
from annotator.services.codes import load_codebook
from annotator.services.imports import import_file
from db.backup import make_backup, restore_backup
from db.errors import ProjectFileError
from db.presence import Presence, lock_path

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def tagged(tmp_path: Path, write_text) -> Path:
    path = tmp_path / "p.sqlite"
    with Project(path) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        import_file(project, write_text("t.txt", "毛澤東到莫斯科。斯大林說。"))
        annotations.tag(project, 1, 0, 3, "diplomacy")
    return path


def test_restore_is_refused_while_the_project_is_open_and_changes_nothing(tagged: Path) -> None:
    backup = make_backup(tagged, "manual")
    with Project(tagged) as project:
        annotations.tag(project, 1, 4, 7, "security")
        before = tagged.read_bytes()
        with pytest.raises(ProjectFileError, match="open in another program"):
            restore_backup(tagged, backup)
        assert tagged.read_bytes() == before
        # The open project keeps working on the real file.
        annotations.tag(project, 1, 8, 11, "negotiation")
    with Project(tagged) as project:
        assert len(annotations.list_passages(project)) == 3
    restore_backup(tagged, backup)  # once closed, the restore goes ahead
    with Project(tagged) as project:
        assert len(annotations.list_passages(project)) == 1


def test_restore_from_the_command_line_is_refused_while_another_process_has_it_open(tagged: Path) -> None:
    backup = str(make_backup(tagged, "manual"))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from annotator.project import Project; p = Project(sys.argv[1]); "
         "print('open', flush=True); sys.stdin.read()", str(tagged)],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        result = subprocess.run(
            [sys.executable, "main.py", "restore", backup, "--yes", "--project", str(tagged)],
            cwd=REPO, capture_output=True, text=True,
        )
        assert result.returncode == 1
        assert "open in another program" in result.stderr and "Traceback" not in result.stderr
    finally:
        holder.communicate("", timeout=30)
    result = subprocess.run(
        [sys.executable, "main.py", "restore", backup, "--yes", "--project", str(tagged)],
        cwd=REPO, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr


def test_a_killed_holder_leaves_no_lock_behind(tagged: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from annotator.project import Project; p = Project(sys.argv[1]); "
         "print('open', flush=True); sys.stdin.read()", str(tagged)],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "open"
    holder.kill()
    holder.communicate(timeout=30)
    with Presence(tagged, exclusive=True):
        assert lock_path(tagged).exists()


def test_a_file_replaced_under_an_open_project_is_never_written_to(tagged: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    with Project(tagged) as project:
        restore_source = make_backup(tagged, "manual")
        copy.write_bytes(restore_source.read_bytes())
        copy.replace(tagged)  # what a restore by a careless tool would do
        assert project.replaced
        with pytest.raises(USER_ERRORS, match="replaced by another program"):
            annotations.tag(project, 1, 4, 7, "security")
    with Project(tagged) as project:
        assert [p.text for p in annotations.list_passages(project)] == ["毛澤東"]
