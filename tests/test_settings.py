"""The settings shared by the window and the command line: one file, one rule for the coder's
name and one for the project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import paths, settings


def test_the_settings_file_is_in_the_config_folder_of_annotator_home(app_home: Path) -> None:
    assert settings.settings_path() == app_home / "config" / "settings.json"
    assert paths.config_dir() == app_home / "config"


def test_the_config_folder_without_annotator_home_is_the_platform_one(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("ANNOTATOR_HOME")
    # XDG_CONFIG_HOME points into tmp_path (tests/conftest.py): platformdirs honours it on Linux.
    assert paths.config_dir() == tmp_path / "config" / "chinese-text-annotator"


def test_a_stored_setting_is_written_whole_and_leaves_no_temporary_file() -> None:
    assert settings.store_coder("  楊奎松 ")
    assert settings.remember_project(Path("/somewhere/p.sqlite"))
    stored = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert stored == {"coder": "楊奎松", "last_project": "/somewhere/p.sqlite"}
    assert [p.name for p in settings.settings_path().parent.iterdir()] == ["settings.json"]


def test_a_damaged_settings_file_counts_as_none_and_is_replaced_when_written() -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert settings.read_settings() == {} and settings.stored_coder() == ""
    assert settings.store_coder("沈志華")
    assert settings.stored_coder() == "沈志華"


def test_an_unwritable_config_folder_is_reported_not_raised(app_home: Path) -> None:
    (app_home).mkdir(parents=True)
    (app_home / "config").write_text("a file where the folder should be")
    assert settings.store_coder("x") is False
    assert settings.stored_coder() == ""


def test_the_coder_is_the_option_then_the_environment_then_the_stored_name_then_the_login(
    monkeypatch,
) -> None:
    monkeypatch.delenv("ANNOTATOR_CODER")
    assert settings.coder_name() == settings.login_name()
    settings.store_coder("楊奎松")
    assert settings.coder_name() == "楊奎松"
    monkeypatch.setenv("ANNOTATOR_CODER", "沈志華")
    assert settings.coder_name() == "沈志華"
    assert settings.coder_name("  牛軍 ") == "牛軍"


def test_the_project_is_the_option_then_the_environment_then_the_last_one_then_the_default(
    monkeypatch, tmp_path: Path
) -> None:
    assert settings.choose_project(None) == settings.ProjectChoice(paths.default_project_path(), "default")
    last = tmp_path / "last.sqlite"
    last.write_bytes(b"")
    settings.remember_project(last)
    assert settings.choose_project(None) == settings.ProjectChoice(last, "last")
    monkeypatch.setenv("ANNOTATOR_PROJECT", str(tmp_path / "env.sqlite"))
    assert settings.choose_project(None) == settings.ProjectChoice(tmp_path / "env.sqlite", "environment")
    assert settings.choose_project(str(tmp_path / "given.sqlite")).source == "option"


def test_a_last_project_that_was_moved_away_falls_back_to_the_default(tmp_path: Path) -> None:
    gone = tmp_path / "gone.sqlite"
    settings.remember_project(gone)
    assert settings.choose_project(None).source == "default"


@pytest.mark.parametrize(
    "source, reason",
    [
        ("last", "(the last one opened in the window; --project chooses another)"),
        ("default", "(the default project; --project chooses another)"),
        ("environment", "(from $ANNOTATOR_PROJECT; --project chooses another)"),
    ],
)
def test_the_note_says_which_project_and_why(source: str, reason: str) -> None:
    note = settings.ProjectChoice(Path("/p/x.sqlite"), source).note()
    assert note == f"using project /p/x.sqlite {reason}"


def test_no_note_when_the_project_was_given() -> None:
    assert settings.ProjectChoice(Path("x.sqlite"), "option").note() is None


def test_a_team_projects_url_is_chosen_as_a_file_is_and_never_keeps_its_password(
    monkeypatch, tmp_path: Path
) -> None:
    url = "postgresql+psycopg://coder:secret@db.example.org:5432/cold_war"
    choice = settings.choose_project(url)
    assert choice.source == "option" and not choice.location.is_file
    assert choice.location.password == "secret"  # used to connect
    monkeypatch.setenv("ANNOTATOR_PROJECT", url)
    choice = settings.choose_project(None)
    assert choice.note() == ("using project postgresql+psycopg://coder@db.example.org:5432/cold_war "
                             "(from $ANNOTATOR_PROJECT; --project chooses another)")
    monkeypatch.delenv("ANNOTATOR_PROJECT")
    settings.remember_project(choice.location)
    assert "secret" not in settings.settings_path().read_text(encoding="utf-8")
    assert settings.choose_project(None) == settings.ProjectChoice(
        "postgresql+psycopg://coder@db.example.org:5432/cold_war", "last")
