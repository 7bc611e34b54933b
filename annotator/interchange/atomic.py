"""Writing an outside file atomically: a half-written export never replaces a good one.

The file is written under a temporary name in the destination's folder, flushed to disk and
renamed over the destination in one step; on any failure the temporary file is removed and
the destination is as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.errors import UserError


@contextmanager
def atomic_path(destination: Path | str, *, suffix: str = "",
                named: Path | str | None = None) -> Iterator[Path]:
    """A temporary path beside `destination` (ending in `suffix`) to write to; when the block
    ends without an error, the file there replaces `destination`. Raises UserError (one line,
    naming the file as `named`, the user's spelling, if given) when the folder is missing or
    cannot be written."""
    destination = Path(destination)
    shown = Path(named) if named is not None else destination
    folder = destination.parent if str(destination.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("db.no_such_folder", folder=folder)
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=suffix,
                                            dir=folder)
    except OSError as error:
        raise UserError("files.cannot_write_here", destination=shown,
                        reason=error.strerror) from None
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is an ordinary file.
        os.replace(temporary, destination)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError("exchange.file_could_not_written", destination=shown,
                        reason=error.strerror) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
