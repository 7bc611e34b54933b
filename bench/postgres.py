"""The PostgreSQL server the benchmark's team-project cases run on: started on this machine the
way the test suite starts its own (tests/helpers/postgres.py), but durable (every commit synced,
as a team's server does and as the project file does), and given a copy of the volume project.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers.postgres import PostgresServer, start_server


def start_with_volume(volume_project: Path) -> tuple[PostgresServer, str]:
    """A durable server holding a copy of the volume project (ids, texts and passages alike);
    the server and the copy's URL."""
    from annotator.services.transfer import copy_project

    server = start_server(durable=True)
    try:
        url = server.create_database("volume")
        copy_project(volume_project, url)
        # As a server that has been running a while: statistics gathered, pages cached.
        server.admin("SELECT 1")
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres", dbname="volume",
                             autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")
    except BaseException:
        server.stop()
        raise
    return server, url
