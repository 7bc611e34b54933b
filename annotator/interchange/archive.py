"""Zip archives: reading one from outside within limits, and writing ours byte for byte the
same for the same content.

An archive from outside is not trusted. It is refused when it would unpack to more than
`MAX_TOTAL_BYTES` or has more than `MAX_MEMBERS` members (zip bombs), when a member compresses
suspiciously well, and when a member's path leaves the archive (`..`, an absolute path, a drive
letter) or is a symbolic link. Nothing is ever extracted to disk: members are read into memory,
and a member is read no further than the size its header declares.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from annotator.interchange.errors import ExchangeError

# A project of ten million-character volumes is some 40 MB of text; 512 MB is far beyond any
# real exchange file and well within memory.
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 100_000
# Deflate's limit is ~1030:1, reached by runs of one byte (the classic bomb); prose stays under
# 10:1 and even a text of one sentence repeated under 300:1. Members up to a few MB are exempt:
# the total limit bounds them.
MAX_RATIO = 500
RATIO_EXEMPT_BYTES = 4 * 1024 * 1024

# Fixed for every member written, so the same content gives the same bytes.
_DATE_TIME = (1980, 1, 1, 0, 0, 0)
_FILE_MODE = 0o100644


class Archive:
    """A zip archive opened for reading: its members by their (normalised) names."""

    def __init__(self, source: Path | bytes | BinaryIO, label: str) -> None:
        self.label = label
        try:
            handle = io.BytesIO(source) if isinstance(source, bytes) else source
            self._zip = zipfile.ZipFile(handle)  # type: ignore[arg-type]
        except zipfile.BadZipFile:
            raise ExchangeError("exchange.not_zip_archive_qdpx_project", label=label) from None
        except OSError as error:
            raise ExchangeError("exchange.cannot_read", label=label,
                                reason=error.strerror or error) from None
        self._members = self._check(self._zip.infolist())

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > MAX_MEMBERS:
            raise ExchangeError("exchange.refused_files_inside_more_than", label=self.label,
                                count=len(infos), limit=MAX_MEMBERS)
        total = sum(info.file_size for info in infos)
        if total > MAX_TOTAL_BYTES:
            raise ExchangeError("exchange.refused_would_unpack_mb_more", label=self.label,
                                megabytes=total / 2**20, limit=MAX_TOTAL_BYTES // 2**20)
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = safe_member_name(info.filename, self.label)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ExchangeError("exchange.refused_symbolic_link", label=self.label,
                                    filename=info.filename)
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise ExchangeError("exchange.encrypted_export_project_again_without",
                                    label=self.label, filename=info.filename)
            if (info.file_size > RATIO_EXEMPT_BYTES
                    and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                raise ExchangeError("exchange.refused_unpacks_times_packed_size",
                                    label=self.label, filename=info.filename,
                                    ratio=info.file_size // max(info.compress_size, 1))
            members[name] = info
        return members

    @property
    def names(self) -> list[str]:
        return list(self._members)

    def __contains__(self, name: str) -> bool:
        return name in self._members

    def read(self, name: str) -> bytes:
        info = self._members[name]
        try:
            with self._zip.open(info) as member:
                data = member.read(info.file_size + 1)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
            raise ExchangeError("exchange.member_damaged", label=self.label, filename=info.filename,
                                error=error) from None
        except NotImplementedError as error:  # a compression method zipfile lacks
            raise ExchangeError("exchange.cannot_unpacked", label=self.label,
                                filename=info.filename, error=error) from None
        if len(data) > info.file_size:
            raise ExchangeError("exchange.refused_larger_than_says", label=self.label,
                                filename=info.filename)
        return data


def safe_member_name(name: str, label: str) -> str:
    """A member's path with "/" separators, or an ExchangeError if it would leave the archive."""
    normalised = name.replace("\\", "/")
    parts = normalised.split("/")
    if (normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":")
            or ".." in parts or "\x00" in normalised):
        raise ExchangeError("exchange.refused_member_path_points_outside", label=label,
                            name=name)
    return "/".join(part for part in parts if part not in ("", "."))


def write_zip(target: BinaryIO, members: Iterable[tuple[str, Iterable[bytes]]]) -> None:
    """Write members (name, chunks of content) in the order given, each deflated with a fixed
    date and mode, so the same members always give the same bytes."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, chunks in members:
            info = zipfile.ZipInfo(name, date_time=_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever system writes it
            info.external_attr = _FILE_MODE << 16
            with archive.open(info, "w", force_zip64=False) as member:
                for chunk in _batched(chunks):
                    member.write(chunk)


def _batched(chunks: Iterable[bytes], size: int = 1 << 20) -> Iterator[bytes]:
    """Chunks joined into blocks of about `size` bytes (fewer calls into zlib)."""
    pending: list[bytes] = []
    length = 0
    for chunk in chunks:
        pending.append(chunk)
        length += len(chunk)
        if length >= size:
            yield b"".join(pending)
            pending, length = [], 0
    if pending:
        yield b"".join(pending)


def open_source(path: Path) -> BinaryIO:
    """A file to read an archive from, or an ExchangeError naming it."""
    try:
        return open(os.fspath(path), "rb")
    except OSError as error:
        raise ExchangeError("exchange.cannot_opened", path=path, reason=error.strerror or error) from None
