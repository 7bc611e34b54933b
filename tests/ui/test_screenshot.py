"""The screenshot tool leaves nothing behind in the temporary folder, also when it fails."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from annotator.ui import screenshot


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_screenshot_is_saved_and_its_throw_away_project_removed(qapp, temp_folder, tmp_path, app_home) -> None:
    output = tmp_path / "window.png"
    assert screenshot.main([str(output), "--size", "900x600"]) == 0
    assert output.read_bytes().startswith(b"\x89PNG")
    assert list(temp_folder.iterdir()) == []
    assert os.environ["ANNOTATOR_HOME"] == str(app_home)  # the caller's folders are back


def test_a_failed_screenshot_removes_its_project_too(qapp, temp_folder, tmp_path) -> None:
    with pytest.raises(SystemExit, match="could not be saved"):
        screenshot.main([str(tmp_path / "no-such-folder" / "window.png"), "--size", "900x600"])
    assert list(temp_folder.iterdir()) == []


def test_a_screenshot_with_reading_help_is_saved(qapp, temp_folder, tmp_path) -> None:
    output = tmp_path / "reading-help.png"
    assert screenshot.main([str(output), "--size", "900x600", "--reading-help"]) == 0
    assert output.read_bytes().startswith(b"\x89PNG")
    assert list(temp_folder.iterdir()) == []


def test_a_screenshot_of_the_agreement_window_is_saved(qapp, temp_folder, tmp_path) -> None:
    output = tmp_path / "agreement.png"
    assert screenshot.main([str(output), "--size", "900x600", "--agreement", "disagreements"]) == 0
    assert output.read_bytes().startswith(b"\x89PNG")
    assert list(temp_folder.iterdir()) == []
