"""The default project a new user finds on first start."""

from __future__ import annotations

import pytest

from annotator import paths
from annotator.services.bootstrap import open_project
from annotator.services.codes import list_codes
from annotator.services.documents import list_documents


def test_the_default_project_is_created_with_samples_and_codebook() -> None:
    with open_project() as project:
        assert project.path == paths.default_project_path()
        documents = list_documents(project)
    assert sorted(d.script for d in documents) == ["simplified", "traditional"]
    assert all(d.segments > 0 for d in documents)
    with open_project() as project:
        assert len(list_documents(project)) == 2  # opened again, not re-populated
        assert [c.name for c in list_codes(project)] == ["negotiation", "security", "diplomacy"]


def test_the_environment_variable_chooses_another_project(tmp_path, monkeypatch) -> None:
    chosen = tmp_path / "team.sqlite"
    monkeypatch.setenv(paths.ENV_PROJECT, str(chosen))
    with open_project() as project:
        assert project.path == chosen
        assert list_documents(project) == []
        assert len(list_codes(project)) == 3
    assert not paths.default_project_path().exists()


@pytest.mark.parametrize(("language", "names"), [
    ("zh_CN", ["谈判", "安全", "外交"]),
    ("zh_TW", ["談判", "安全", "外交"]),
    ("en", ["negotiation", "security", "diplomacy"]),
])
def test_a_new_project_gets_its_codebook_in_the_interface_language(tmp_path, language, names) -> None:
    with open_project(tmp_path / "new.sqlite", language=language) as project:
        codes = list_codes(project)
    assert [c.name for c in codes] == names
    assert [c.shortcut for c in codes] == ["1", "2", "3"]  # the same codes, only named otherwise
    assert all(c.description and not c.description.isascii() for c in codes) or language == "en"


def test_the_default_project_in_chinese_has_chinese_codes_and_notes() -> None:
    with open_project(language="zh_TW") as project:
        assert [c.name for c in list_codes(project)] == ["談判", "安全", "外交"]
        assert all(not d.notes.isascii() for d in list_documents(project))


def test_an_existing_project_keeps_its_codebook_in_another_language(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    with open_project(path, language="en"):
        pass
    with open_project(path, language="zh_CN") as project:
        assert [c.name for c in list_codes(project)] == ["negotiation", "security", "diplomacy"]


def test_a_team_project_that_asks_for_a_password_opens_once_it_is_given(postgres_server) -> None:
    # What the window's password prompt does: catch PasswordRequired, ask, open again.
    from db.errors import PasswordRequired
    from db.location import Location

    role = postgres_server.password_role
    location = Location.parse(postgres_server.create_database(owner=role))
    with pytest.raises(PasswordRequired):
        open_project(location)
    given = location.with_password(postgres_server.password)
    with open_project(given) as project:
        assert project.created and [c.name for c in list_codes(project)] == [
            "negotiation", "security", "diplomacy"]
    for shown in (given.key, given.label, str(given), repr(given)):
        assert postgres_server.password not in shown
