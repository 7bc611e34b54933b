"""Errors about a project file that the user must see as one clear line."""


class ProjectFileError(Exception):
    """The project file cannot be opened, created or upgraded; nothing was changed."""
