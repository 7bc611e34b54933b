"""Fixtures for driving the real window offscreen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings

from annotator.project import Project
from annotator.services.bootstrap import populate_new_project


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The window in English, as a user with an English system sees it: the English
    translation gives the counted strings their singular and plural ("1 match", "2 matches")."""
    from annotator.ui import i18n

    i18n.install(qapp, i18n.ENGLISH)
    yield
    i18n.install(qapp, i18n.ENGLISH)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Path:
    """The sample project, segmented once per run (jieba takes seconds) and copied per test."""
    import os

    os.environ["ANNOTATOR_CACHE_DIR"] = str(shared_cache)
    path = tmp_path_factory.mktemp("template") / "samples.sqlite"
    with Project(path) as project:
        populate_new_project(project)
    return path


@pytest.fixture
def sample_project(tmp_path: Path, sample_template: Path) -> Path:
    path = tmp_path / "samples.sqlite"
    shutil.copyfile(sample_template, path)
    return path


@pytest.fixture
def window(qtbot, sample_project: Path, settings: QSettings):
    from annotator.ui.main_window import MainWindow

    main = MainWindow(Project(sample_project), "tester", settings)
    qtbot.addWidget(main)
    main.resize(1300, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for job in list(main.jobs):
        job.cancel()
        job.wait(30)


def point_of(reader, position: int, *, right_edge: bool = False) -> QPoint:
    """Viewport point over the character at code point `position` (its left or right half)."""
    rect = reader._span_rect(position, position + 1)
    assert rect is not None, f"character {position} is not on screen"
    x = rect.right() - 2 if right_edge else rect.left() + 2
    return QPoint(x, rect.center().y())
