"""A full disk or a read-only project: a clear message, and nothing changed or lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.errors import USER_ERRORS, UserError
from annotator.project import Project
from annotator.services import annotations
from annotator.services.export import write_csv
from annotator.services.imports import import_file

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 1 MB file system (tmpfs) when we may mount one, as root on CI; else SQLite's own
    page limit, which raises the same SQLITE_FULL error."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], capture_output=True
    ).returncode == 0
    yield mount_point, mounted
    if mounted:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_full_disk_refuses_the_tag_with_a_message_and_loses_nothing(tiny_disk, write_text) -> None:
    folder, mounted = tiny_disk
    path = folder / "project.sqlite"
    with Project(path) as project:
        from annotator import paths
        from annotator.services.codes import load_codebook

        load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("t.txt", "毛澤東到莫斯科。" * 20)).document
        kept = annotations.tag(project, document.id, 0, 3, "diplomacy")
    with Project(path) as project:
        annotations.list_passages(project)  # the project is open when the disk fills up
        if mounted:
            filler = fill(folder)
        else:
            filler = None
            from sqlalchemy import event

            pages = project.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
            project.engine.dispose()
            event.listen(project.engine, "connect",
                         lambda dbapi, record: dbapi.execute(f"PRAGMA max_page_count = {pages}"))
        with pytest.raises(UserError, match="full") as refused:
            for start in range(4, 150, 2):  # fill whatever room is left, until refused
                annotations.tag(project, document.id, start, start + 1, "security", memo="長" * 2000)
        assert "\n" not in str(refused.value)
        with pytest.raises(USER_ERRORS):
            write_csv(project, annotations.list_passages(project), folder / "export.csv")
        assert not (folder / "export.csv").exists()
    if filler is not None:
        filler.unlink()
    with Project(path) as project:
        passages = annotations.list_passages(project)
        assert kept.id in [p.id for p in passages]
        annotations.tag(project, document.id, 151, 154, "negotiation")  # works again
        with project.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


CHILD = """
import os, sys
sys.path.insert(0, sys.argv[2])
from annotator.project import Project
from annotator.errors import USER_ERRORS
import sqlalchemy.dialects.sqlite.pysqlite, sqlite3
os.setgid(65534); os.setuid(65534)  # after the imports: root's Python is not readable by others
try:
    Project(sys.argv[1])
except USER_ERRORS as error:
    print(error)
"""


def test_a_read_only_project_is_refused_with_a_message_and_left_alone(tmp_path: Path, write_text) -> None:
    import tempfile

    # Outside pytest's private tmp folder, so that an ordinary user can reach it.
    folder = Path(tempfile.mkdtemp(prefix="annotator-read-only-"))
    path = folder / "project.sqlite"
    with Project(path) as project:
        import_file(project, write_text("t.txt", "斯大林說。"))
    before = path.read_bytes()
    path.chmod(0o444)
    folder.chmod(0o755)
    if os.geteuid() == 0:
        # Root may write anywhere: ask as an ordinary user, which is what a historian is.
        result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(ROOT)],
                                capture_output=True, text=True, timeout=120)
        message = result.stdout.strip()
        assert result.returncode == 0, result.stderr
    else:
        with pytest.raises(USER_ERRORS) as refused:
            Project(path)
        message = str(refused.value)
    assert "read-only" in message
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()
    path.chmod(0o644)
    shutil.rmtree(folder)
