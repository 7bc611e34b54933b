"""A team project's database: an empty one becomes a project once, however many programs open it
at the same moment; one that is not a project, or is of a newer schema, is refused untouched."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, inspect, text

from annotator.errors import USER_ERRORS
from annotator.services.bootstrap import open_project
from annotator.services.codes import list_codes


def test_programs_opening_a_new_database_at_once_make_one_project(postgres_url: str) -> None:
    results: list[object] = []
    start = threading.Barrier(4)

    def open_it() -> None:
        start.wait()
        try:
            with open_project(postgres_url) as project:
                results.append(project.created)
        except Exception as error:  # noqa: BLE001 - the test reports whatever went wrong
            results.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(results, key=str) == [False, False, False, True], results
    with open_project(postgres_url) as project:
        assert [code.name for code in list_codes(project)] == ["negotiation", "security", "diplomacy"]


def _run(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def test_another_apps_database_is_refused_and_left_alone(postgres_url: str) -> None:
    _run(postgres_url, "CREATE TABLE invoices (id integer PRIMARY KEY)")
    with pytest.raises(USER_ERRORS, match="not a project of this app") as refused:
        open_project(postgres_url)
    assert "\n" not in str(refused.value)
    engine = create_engine(postgres_url)
    try:
        assert inspect(engine).get_table_names() == ["invoices"]
    finally:
        engine.dispose()


def test_a_project_of_a_newer_schema_is_refused(postgres_url: str) -> None:
    with open_project(postgres_url):
        pass
    _run(postgres_url, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(USER_ERRORS, match="newer version of this app"):
        open_project(postgres_url)
