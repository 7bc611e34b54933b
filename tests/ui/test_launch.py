"""Starting the app: the coder's name is asked once and remembered."""

from __future__ import annotations

from annotator.ui.launch import coder_name


def test_the_coder_name_comes_from_the_environment_first(settings, monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_CODER", "沈志華")
    assert coder_name(settings, ask=False) == "沈志華"


def test_the_coder_name_is_stored_once_chosen(settings, monkeypatch) -> None:
    monkeypatch.delenv("ANNOTATOR_CODER")
    first = coder_name(settings, ask=False)
    assert first and settings.value("coder") == first
    settings.setValue("coder", "楊奎松")
    assert coder_name(settings, ask=False) == "楊奎松"
