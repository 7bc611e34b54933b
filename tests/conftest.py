"""Shared fixtures: every test runs with the app's folders inside its own tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt tests run headless; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORPUS = Path(__file__).resolve().parent.parent / "resources" / "corpus"
TRADITIONAL_SAMPLE = CORPUS / "mao-visit-moscow-ding-ming-traditional.txt"
SIMPLIFIED_SAMPLE = CORPUS / "mao-visit-moscow-presegmented-simplified.txt"


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the whole run, so jieba builds its dictionary cache once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data, cache and config folders away from the real user's."""
    home = tmp_path / "home"
    monkeypatch.setenv("ANNOTATOR_HOME", str(home))
    monkeypatch.setenv("ANNOTATOR_CACHE_DIR", str(shared_cache))
    monkeypatch.setenv("ANNOTATOR_CODER", "tester")
    monkeypatch.delenv("ANNOTATOR_PROJECT", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    # Nor the user's PostgreSQL passwords: libpq reads these for every connection.
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    return home


@pytest.fixture
def project(tmp_path: Path):
    """An empty project with the default codebook."""
    from annotator import paths
    from annotator.project import Project
    from annotator.services.codes import load_codebook

    with Project(tmp_path / "project.sqlite") as opened:
        load_codebook(opened, paths.DEFAULT_CODEBOOK)
        yield opened


@pytest.fixture
def write_text(tmp_path: Path):
    """Write `text` in `encoding` to a file and return its path."""

    def write(name: str, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
        path = tmp_path / name
        path.write_bytes(bom + text.encode(encoding))
        return path

    return write


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the whole run (tests/helpers/postgres.py)."""
    from tests.helpers.postgres import start_server

    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A new, empty database on the test server."""
    return postgres_server.create_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path: Path) -> str:
    """Where a storage test's project lives: a file, then a database on a real server."""
    if request.param == "sqlite":
        return str(tmp_path / "project.sqlite")
    return request.getfixturevalue("postgres_url")
