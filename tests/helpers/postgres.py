"""A real PostgreSQL server for the tests, started from the system's own binaries.

The server runs in a temporary folder on a free port of 127.0.0.1 and is stopped at the end of
the test run. `initdb` refuses to run as root, so when the tests run as root the server runs as
the `postgres` user (Debian's package `postgresql` creates it). No mock: every storage test that
takes the `location` fixture runs on SQLite and on this server.
"""

from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"
# A role that must give its password (scram-sha-256), for the wrong-password tests; every other
# role is trusted, as on a developer's own machine.
PASSWORD_ROLE = "annotator_pw"
PASSWORD = "correct horse 馬"


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgresServer:
    folder: Path
    port: int
    run_as: str | None

    @property
    def password_role(self) -> str:
        return PASSWORD_ROLE

    @property
    def password(self) -> str:
        return PASSWORD

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str, user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, statement, parameters: tuple = ()) -> list[tuple]:
        """Run one statement as the superuser, outside any transaction; its rows, if any."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             password="", autocommit=True) as connection:
            cursor = connection.execute(statement, parameters)
            return cursor.fetchall() if cursor.description else []

    def create_database(self, name: str | None = None, owner: str | None = None) -> str:
        """A new, empty database; its URL (as `owner` when given)."""
        name = name or f"t_{uuid.uuid4().hex[:16]}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' OWNER "{owner}"' if owner else ""))
        return self.url(name, owner or "postgres")

    def stop(self) -> None:
        _run(self.run_as, [find_binary("pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast",
                           "-w", "stop"], check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(user: str | None, command: list, check: bool = True) -> subprocess.CompletedProcess:
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    return subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          check=check, timeout=120)


def _stop_when_gone(owner: int, server: PostgresServer) -> None:
    """Stop the server and remove its folder once the process that started it has ended, even
    if it was killed (out of memory, a time-out): pg_ctl leaves the server running on its own."""
    stop = [find_binary("pg_ctl"), "-D", str(server.folder / "data"), "-m", "immediate", "stop"]
    if server.run_as is not None:
        stop = ["runuser", "-u", server.run_as, "--", *stop]
    script = (f"while kill -0 {owner} 2>/dev/null; do sleep 2; done; "
              f"{shlex.join(stop)} >/dev/null 2>&1; rm -rf {shlex.quote(str(server.folder))}")
    # In the background of a shell that exits at once: no child of ours is left to reap.
    subprocess.run(["sh", "-c", f"({script}) &"], start_new_session=True, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


def start_server(*, durable: bool = False) -> PostgresServer:
    """A server for the tests: with `durable` (the benchmark) it syncs every commit to disk, as
    a team's server does and as the project file does (SQLite's synchronous=FULL)."""
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql (initdb, pg_ctl)")
    run_as = SERVER_USER if os.geteuid() == 0 else None
    # Not under pytest's tmp folders: those are private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
    if run_as is not None:
        account = pwd.getpwnam(run_as)
        os.chown(folder, account.pw_uid, account.pw_gid)
    data = folder / "data"
    _run(run_as, [initdb, "-D", data, "--auth=trust", "--username=postgres", "--encoding=UTF8",
                  "--locale=C.UTF-8", "--no-instructions"])
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=100"
    if not durable:  # the tests test behaviour, not durability: no waiting for the disk
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    # The password role first (pg_hba.conf is read top down), then trust for everyone else.
    hba = data / "pg_hba.conf"
    rules = (f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
             f"host all {PASSWORD_ROLE} ::1/128 scram-sha-256\n"
             f"local all {PASSWORD_ROLE} scram-sha-256\n")
    _run(run_as, ["sh", "-c", f'printf "%s" "$0" | cat - "$1" > "$1.new" && mv "$1.new" "$1"',
                  rules, hba])
    _run(run_as, [pg_ctl, "-D", data, "-o", options, "-l", folder / "server.log", "-w", "-t", "60",
                  "start"])
    server = PostgresServer(folder, port, run_as)
    _stop_when_gone(os.getpid(), server)
    from psycopg import sql

    # Utility statements take no bound parameters: the password is quoted as a literal.
    server.admin(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
        sql.Identifier(PASSWORD_ROLE), sql.Literal(PASSWORD)))
    return server
