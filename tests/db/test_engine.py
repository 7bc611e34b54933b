"""A project path is a file name, never URL syntax: `?` and `%XX` open exactly the file named."""

from __future__ import annotations

from pathlib import Path

from annotator.project import Project
from annotator.services.documents import list_documents
from annotator.services.imports import import_file
from db.backup import list_backups, make_backup


def test_question_marks_and_percent_escapes_in_a_path_open_that_very_file(tmp_path: Path, write_text) -> None:
    names = ["notes?v1.sqlite", "notes?v2.sqlite", "pc%41b.sqlite", "a#b&c=d.sqlite"]
    for number, name in enumerate(names):
        with Project(tmp_path / name) as project:
            import_file(project, write_text(f"t{number}.txt", f"第{number}號文件。毛澤東到莫斯科。"))
    assert sorted(p.name for p in tmp_path.glob("*.sqlite")) == sorted(names)
    assert not (tmp_path / "notes").exists() and not (tmp_path / "pcAb.sqlite").exists()
    for number, name in enumerate(names):
        with Project(tmp_path / name, create=False) as project:
            [document] = list_documents(project)
            assert document.title == f"t{number}"


def test_a_backup_of_a_path_with_a_question_mark_holds_that_project(tmp_path: Path, write_text) -> None:
    path = tmp_path / "notes?v1.sqlite"
    with Project(path) as project:
        import_file(project, write_text("t.txt", "毛澤東到莫斯科。"))
    backup = make_backup(path, "manual")
    assert [b.path for b in list_backups(path)] == [backup]
    with Project(backup, create=False) as copy:
        assert [d.title for d in list_documents(copy)] == ["t"]
