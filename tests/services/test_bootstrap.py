"""The default project a new user finds on first start."""

from __future__ import annotations

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
