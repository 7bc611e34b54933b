"""English templates of the storage layer's message keys, and the one way a template is filled.

The window translates these templates (`annotator.ui.messages`); the command line prints them.
"""

from __future__ import annotations

from collections.abc import Mapping

DB_MESSAGES: dict[str, str] = {
    # the project file
    "db.damaged": (
        "{path}: the project file is damaged ({reason}); nothing was changed. Restore its last good "
        "backup: python main.py restore latest --yes --project '{path}' (in the window: File › "
        "Restore from backup)"),
    # db
    "db.no_such_folder": "{folder}: no such folder",
    "db.no_such_project_file": "{path}: no such project file",
    # db.backup
    "db.backup.folder_is_a_file": (
        "{destination}: the backup could not be written ({folder} is a file, not a folder; move it "
        "away)"),
    "db.backup.backup_could_not_written": (
        "{destination}: the backup could not be written ({reason})"),
    "db.backup.damaged_choose_another_backup": (
        "{backup}: is damaged ({problem}); choose another backup"),
    "db.backup.no_backup_number_backups_latest": (
        "no backup number “{choice}”; the backups are {numbers} (or `latest`)"),
    "db.backup.no_backups": "{path}: has no backups",
    "db.backup.no_such_backup_file": "{backup}: no such backup file",
    "db.backup.none_backups_passes_check": "{path}: none of its backups passes its check",
    "db.backup.not_complete_project_no_table": (
        "{backup}: is not a complete project (no {tables} table)"),
    "db.backup.not_project_backup": "{backup}: is not a project backup ({reason})",
    "db.backup.not_project_backup_no_schema": (
        "{backup}: is not a project backup (no schema version)"),
    "db.backup.not_project_backup_not_sqlite": (
        "{backup}: is not a project backup (not an SQLite database)"),
    "db.backup.saved_newer_version_app_schema": (
        "{backup}: was saved by a newer version of this app (schema {revision}); update the app "
        "to restore it"),
    # db.copy
    "db.copy.already_exists_copy_goes_into": (
        "{path}: already exists; a copy goes into a new file (to combine two projects, use "
        "import)"),
    "db.copy.appeared_while_copy_made_nothing": (
        "{path}: appeared while the copy was made; nothing was replaced"),
    "db.copy.copy_holds_rows_not_nothing": (
        "the copy of {name} holds {stored} rows, not {copied}; nothing was kept"),
    "db.copy.not_empty_holds_copy_goes": (
        "{target}: is not empty (it holds {what}); a copy goes into an empty database (createdb "
        "makes one; to combine two projects, use import)"),
    # db.location
    "db.location.names_no_database": "{url}: names no database",
    "db.location.not_database_url": "“{text}” is not a database URL",
    "db.location.project_path_empty_give_file": (
        "the project path is empty: give a file or a server URL"),
    "db.location.servers_not_supported_use_file": (
        "“{backend}” servers are not supported; use a file or "
        "postgresql+psycopg://user@host:port/database"),
    "db.location.sqlite_url_needs_file_name": "a sqlite:/// URL needs a file name",
    # db.migrate
    "db.migrate.but_not_project_app": "{where}: is {what}, but not a project of this app",
    "db.migrate.cannot_create_folder": "{folder}: cannot create the folder ({reason})",
    "db.migrate.cannot_create_project": "{path}: cannot create the project ({reason})",
    "db.migrate.cannot_opened_project_disk_full": (
        "{path}: cannot be opened as a project (the disk is full or failing)"),
    "db.migrate.cannot_read": "{path}: cannot be read ({reason})",
    "db.migrate.folder_not_project_file": "{path}: is a folder, not a project file",
    "db.migrate.not_project_file_not_sqlite": (
        "{path}: is not a project file (not an SQLite database)"),
    "db.migrate.project_cannot_opened": "{where}: the project cannot be opened ({kind})",
    "db.migrate.project_file_folder_read_only": (
        "{path}: the project file or its folder is read-only; copy the project to a folder you "
        "can write to, or change the permissions"),
    "db.migrate.role_may_not_make_change": (
        "{where}: the role “{user}” may not make or change the project's tables; the "
        "administrator makes it the database's owner (ALTER DATABASE … OWNER TO …)"),
    "db.migrate.saved_newer_version_app_schema": (
        "{where}: was saved by a newer version of this app (schema {revision}); please update the"
        " app to open it"),
    "db.migrate.schema_change_would_break_references": (
        "the schema change would break {count} references"),
    "db.migrate.server_asks_password_set_pgpassword": (
        "{where}: the server asks for the password of “{user}”: set PGPASSWORD or put it in "
        "~/.pgpass (the window asks for it)"),
    "db.migrate.server_cannot_reached_no_answer": (
        "{where}: the server cannot be reached ({reason}; no answer within {seconds} s, or it "
        "refused the connection); check the host, the port and the network"),
    "db.migrate.server_no_such_database_ask": (
        "{where}: the server has no such database; ask its administrator to create it"),
    "db.migrate.server_refused_login_check_password": (
        "{where}: the server refused the login for “{user}”: check the password (PGPASSWORD or "
        "~/.pgpass) and the role"),
    # db.presence
    "db.presence.project_open_another_program_window": (
        "{path}: the project is open in another program (a window or a command); close it there "
        "first, then restore"),
    # Phrases: words this layer puts inside a message (Phrase), translated with it.
    "phrase.db.a_project": "a project",
    "phrase.db.tables": "{count} tables",
    "phrase.db.an_sqlite_database": "an SQLite database",
    "phrase.db.a_database": "a database",
    "phrase.db.busy": "busy",
    "phrase.db.read_only": "read-only",
    "phrase.db.full": "full",
    "phrase.db.damaged": "damaged",
    "phrase.db.constraint": "constraint",
}


# The catalogs of the layers above, added by `annotator.messages` when it is imported (db/
# imports nothing above it): an error class of this layer raised above it (ProjectFileError in
# the services) may carry a key of the layer that raises it.
LAYER_CATALOGS: list[Mapping[str, str]] = [DB_MESSAGES]


def fill(template: str, params: Mapping[str, object]) -> str:
    """`template` with its `{name}` fields replaced by the parameters of the same name."""
    return template.format_map(dict(params))


def template_of(key: str) -> str:
    """The English template of `key` in any layer's catalog (KeyError for an unknown key, so
    that a raise site with a mistyped key fails where it is written, in its tests)."""
    for catalog in LAYER_CATALOGS:
        if key in catalog:
            return catalog[key]
    raise KeyError(f"no message has the key {key!r}")


class Phrase:
    """Words a message is built of (a kind of file, a noun, a list of counts): a key and its
    parameters like a message's, so the window translates the part as it translates the whole
    (`annotator.ui.messages.error_text`) instead of showing English inside a Chinese sentence.
    `str()` and formatting give the English words, so the command line's line is unchanged."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        template_of(key)  # an unknown key fails where the phrase is made
        self.key = key
        self.params = params

    def __str__(self) -> str:
        return fill(template_of(self.key), self.params)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash(self.key)


class KeyedError(Exception):
    """An error a user sees: a message key and its parameters; `str()` is its English line.

    Every layer's catalog is merged in `annotator.messages.CATALOG`, which the window
    translates (`annotator.ui.messages.error_text`).
    """

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(fill(template_of(key), params))

    def __reduce__(self) -> tuple:
        # Rebuilt from its parts, not by calling the class with its English line (a worker
        # process hands errors back pickled).
        return _restore, (type(self), self.args, self.__dict__)


def _restore(cls: type[BaseException], args: tuple, state: dict) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error
