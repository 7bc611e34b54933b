"""Opening, creating and upgrading project files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from db.backup import backup_folder
from db.errors import ProjectFileError
from db.migrate import current_revision, head_revision, open_project_engine


def test_a_new_project_file_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    opened = open_project_engine(tmp_path / "nested" / "new.sqlite")

    engine, backup = opened.engine, opened.upgrade_backup
    try:
        assert current_revision(engine) == head_revision()
        assert backup is None
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()


def test_reopening_an_up_to_date_project_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    open_project_engine(path).engine.dispose()
    opened = open_project_engine(path)

    engine, backup = opened.engine, opened.upgrade_backup
    engine.dispose()
    assert backup is None
    assert not backup_folder(path).exists()


def test_a_backup_is_a_consistent_copy_that_opens_as_a_project(tmp_path: Path) -> None:
    from db.backup import make_backup

    path = tmp_path / "live.sqlite"
    engine = open_project_engine(path).engine
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO coders (name) VALUES ('kept')"))
        # The row sits in the WAL file: a plain file copy of live.sqlite would miss it.
        backup = make_backup(path, "manual")
    finally:
        engine.dispose()
    assert backup.parent == backup_folder(path)
    copy = open_project_engine(backup, create=False).engine
    try:
        with copy.connect() as connection:
            assert connection.execute(text("SELECT name FROM coders")).scalars().all() == ["kept"]
    finally:
        copy.dispose()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("毛泽东 notes, not a database", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="not a project file"):
        open_project_engine(path)
    assert path.read_bytes() == before


def test_another_apps_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    connection.close()
    with pytest.raises(ProjectFileError, match="not a project of this app"):
        open_project_engine(path)


def test_a_project_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_project_engine(path).engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(ProjectFileError, match="newer version"):
        open_project_engine(path)


def test_a_missing_project_is_an_error_when_creation_is_not_allowed(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such project"):
        open_project_engine(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_folder_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="folder"):
        open_project_engine(tmp_path)


def test_the_head_revision_constant_matches_the_migrations() -> None:
    from db.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_the_first_migration_creates_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    import warnings

    engine = open_project_engine(tmp_path / "p.sqlite").engine
    try:
        with engine.connect() as connection, warnings.catch_warnings():
            # SQLAlchemy cannot reflect the index on coalesce(parent_id, 0); it is checked below.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            sibling_index = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_schema WHERE name = 'uq_codes_sibling_name'").scalar()
    finally:
        engine.dispose()
    differences = [d for d in differences
                   if not (d[0] == "add_index" and d[1].name == "uq_codes_sibling_name")]
    assert differences == []
    assert "coalesce(parent_id, 0), name_key" in sibling_index


FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "project-schema-0001.sqlite"


def test_a_project_from_the_first_schema_opens_with_everything_intact(tmp_path: Path) -> None:
    import shutil

    from annotator.project import Project
    from annotator.services.annotations import list_passages
    from annotator.services.codes import list_codes
    from annotator.services.documents import document_script_forms, document_text, list_documents
    from annotator.services.memos import memos_for

    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    with Project(path) as project:
        backup = project.upgrade_backup
        documents = list_documents(project)
        assert [d.title for d in documents] == ["毛澤東訪蘇 (丁明)", "毛泽东访苏 (文化先锋)", "Extension B"]
        assert [c.path for c in list_codes(project)] == [
            "negotiation", "security", "diplomacy", "diplomacy/treaty"]
        passages = list_passages(project)
        assert [(p.document_id, p.start, p.end, p.code, p.coder) for p in passages] == [
            (1, 0, 3, "negotiation", "historian"), (1, 62, 65, "diplomacy", "historian"),
            (2, 0, 3, "treaty", "第二位"), (3, 0, 5, "security", "historian")]
        for passage in passages:
            assert passage.text == document_text(project, passage.document_id)[passage.start:passage.end]
        assert passages[3].text == "𠮷野家與𪚥" and passages[2].memo == "=formula?"
        assert len(memos_for(project)) == 2
        simplified, traditional = document_script_forms(project, 2)
        assert traditional.startswith("毛澤東這次訪蘇")  # filled in by the upgrade
        assert current_revision(project.engine) == head_revision()
    # The backup taken before the upgrade is the old file, and opens.
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT count(*) FROM annotations").fetchone() == (4,)
    old.close()
    # The upgrade kept the triggers that protect the texts.
    with Project(path) as project, pytest.raises(Exception, match="cannot change"):
        with project.engine.begin() as connection:
            connection.execute(text("UPDATE documents SET text = 'x', length = 1 WHERE id = 1"))


def test_a_project_at_schema_0003_upgrades_and_its_documents_get_their_indexes(
    location: str, write_text
) -> None:
    from sqlalchemy import inspect, select

    from annotator.project import Project
    from annotator.services import entities, parallels
    from annotator.services.annotations import list_passages, tag
    from annotator.services.codes import load_codebook
    from annotator import paths
    from annotator.services.imports import import_file
    from db.migrate import downgrade
    from db.models import ParallelIndex

    traditional = "1949年6月,劉少奇率領中共代表團秘密訪蘇。斯大林表示贊同。\n"
    simplified = "会谈很顺利。1949年7月，刘少奇率领中共代表团访问莫斯科。\n"
    with Project(location) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        first = import_file(project, write_text("t.txt", traditional)).document.id
        second = import_file(project, write_text("s.txt", simplified)).document.id
        tag(project, first, 0, 7, "diplomacy")
        downgrade(project.engine, "0003")
        assert current_revision(project.engine) == "0003"
        tables = set(inspect(project.engine).get_table_names())
        assert not tables & {"parallel_indexes", "entity_corrections"}
    with Project(location) as project:
        assert project.upgraded_from == "0003"
        assert current_revision(project.engine) == head_revision()
        with project.read() as session:
            assert session.scalars(select(ParallelIndex.document_id)).all() == []
        start = simplified.index("1949")
        [best] = parallels.find_parallels(project, second, start, len(simplified))
        assert (best.document_id, best.text) == (first, "1949年6月,劉少奇率領中共代表團秘密訪蘇。")
        with project.read() as session:
            assert sorted(session.scalars(select(ParallelIndex.document_id))) == [first, second]
        assert [p.text for p in list_passages(project)] == ["1949年6月"]
        entities.reject_entity(project, "斯大林")
        assert "斯大林" not in [m.text for m in entities.document_entities(project, first)]


def test_the_first_schema_s_documents_get_indexes_and_corrections_after_the_upgrade(tmp_path: Path) -> None:
    import shutil

    from annotator.project import Project
    from annotator.services import entities, parallels
    from annotator.services.documents import list_documents

    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    with Project(path) as project:
        ids = [document.id for document in list_documents(project)]
        assert parallels.ensure_indexes(project) == ids
        assert parallels.ensure_indexes(project) == []
        change = entities.set_entity_kind(project, "毛泽东", "title", coder="historian")
        assert change.made.coder == "historian"  # the coder of the old passages, reused
        mao = [m.kind for m in entities.document_entities(project, 1) if m.text == "毛澤東"]
        assert mao and set(mao) == {"title"}
