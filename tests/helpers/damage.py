"""Damage a closed project file the way a failing disk does: one page of one table garbled."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def flip_table_page(path: Path, table: str = "annotations") -> None:
    """Overwrite the b-tree header of `table`'s root page with garbage (the file must be closed,
    so that its write-ahead log has been folded into it)."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 12)  # page type 0xFF does not exist: SQLite calls the file corrupt
