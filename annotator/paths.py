"""Where the app keeps its files: the default project, settings, caches, and the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from annotator import APP_ID

ENV_PROJECT = "ANNOTATOR_PROJECT"
# One folder for all of the app's data and caches: tests and portable installs set it.
ENV_HOME = "ANNOTATOR_HOME"
# Caches alone (jieba's dictionary cache), shared by the tests of one run.
ENV_CACHE = "ANNOTATOR_CACHE_DIR"

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_CORPUS = RESOURCES / "corpus"
DEFAULT_CODEBOOK = RESOURCES / "codebook.json"
DICTIONARIES = RESOURCES / "dictionaries"


def default_codebook(language: str = "en") -> Path:
    """The default codebook of a new project in `language` ("zh_CN", "zh_TW"; English
    otherwise): resources/codebook.<language>.json, the same codes named in that language."""
    translated = RESOURCES / f"codebook.{language}.json"
    return translated if language != "en" and translated.exists() else DEFAULT_CODEBOOK


def data_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home) / "data"
    return platformdirs.user_data_path(APP_ID, appauthor=False)


def config_dir() -> Path:
    """The user's settings (annotator/settings.py), shared by the window and the command line."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home) / "config"
    return platformdirs.user_config_path(APP_ID, appauthor=False)


def cache_dir() -> Path:
    explicit = os.environ.get(ENV_CACHE)
    if explicit:
        return Path(explicit)
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home) / "cache"
    return platformdirs.user_cache_path(APP_ID, appauthor=False)


def log_dir() -> Path:
    """Where the window logs the unexpected errors it reports (`errors.log`, annotator.ui.crash)."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home) / "log"
    return platformdirs.user_log_path(APP_ID, appauthor=False)


def default_project_path() -> Path:
    return data_dir() / "default-project.sqlite"


def project_path_from(argument: str | os.PathLike[str] | None) -> Path:
    """The project chosen by `--project`, else by $ANNOTATOR_PROJECT, else the default one."""
    if argument:
        return Path(argument).expanduser()
    from_env = os.environ.get(ENV_PROJECT)
    if from_env:
        return Path(from_env).expanduser()
    return default_project_path()
