"""REFI-QDA project files (`.qdpx`): a zip of the project's QDA-XML and its sources' texts.

`write_qdpx` writes `project.qde` and `sources/<GUID>.txt` (UTF-8, the stored text, LF line
ends) with fixed zip metadata, so the same project gives the same bytes. `read_qdpx` reads what
real producers write: the `.qde` named `project.qde` or `<name>.qde` (also inside one folder),
the texts in `sources/` or `Sources/` (or beside the `.qde`), UTF-8 with or without a BOM, or
inline as PlainTextContent.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote

from annotator.interchange.archive import Archive, open_source, write_zip
from annotator.interchange.errors import ExchangeError
from annotator.interchange.qde_read import read_project
from annotator.interchange.qde_write import note_in_file, source_member, unwritable, write_qde
from annotator.interchange.records import ExchangeProject
from annotator.interchange.xmlsafe import parse_xml

QDE_NAME = "project.qde"
_ENCODE_BATCH = 256  # pieces of XML encoded at once


def write_qdpx(project: ExchangeProject, target: BinaryIO) -> tuple[str, ...]:
    """Write a project to an open binary file (the caller makes the write atomic); return
    warnings about values XML could not hold exactly."""
    warnings = tuple(unwritable(project))
    members: list[tuple[str, Iterator[bytes]]] = [(QDE_NAME, _encoded(write_qde(project)))]
    for source in project.sources:
        members.append((source_member(source.guid), iter((_utf8(source.text, source.name),))))
    for note in project.notes:
        if note_in_file(note):
            members.append((source_member(note.guid), iter((_utf8(note.text, note.name),))))
    write_zip(target, members)
    return warnings


def _encoded(pieces: Iterator[str]) -> Iterator[bytes]:
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) >= _ENCODE_BATCH:
            yield "".join(batch).encode("utf-8")
            batch.clear()
    if batch:
        yield "".join(batch).encode("utf-8")


def _utf8(text: str, owner: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise ExchangeError("exchange.text_holds_characters_utf_8", owner=owner) from None


def read_qdpx(source: Path | bytes | BinaryIO, label: str | None = None) -> ExchangeProject:
    """Read a `.qdpx` from a path, its bytes or an open binary file."""
    if label is None:
        label = source.name if isinstance(source, Path) else "the project file"
    handle = open_source(source) if isinstance(source, Path) else source
    try:
        with Archive(handle, label) as archive:
            qde = find_qde(archive)
            root = parse_xml(archive.read(qde), f"{label}: {qde}")
            texts = _Texts(archive, posixpath.dirname(qde))
            return read_project(root, label, texts.read)
    finally:
        if isinstance(source, Path):
            handle.close()  # type: ignore[union-attr]


def find_qde(archive: Archive) -> str:
    """The project's `.qde`: `project.qde`, else the one `.qde` at the top (ATLAS.ti names it
    after the project), else the one inside a single folder (an archive zipped anew)."""
    candidates = [name for name in archive.names
                  if name.lower().endswith(".qde") and not name.startswith("__MACOSX/")]
    top = [name for name in candidates if "/" not in name]
    if QDE_NAME in top:
        return QDE_NAME
    chosen = top or [name for name in candidates if name.count("/") == 1]
    if len(chosen) == 1:
        return chosen[0]
    if not chosen:
        raise ExchangeError("exchange.no_qde_project_file_inside", label=archive.label)
    raise ExchangeError("exchange.qde_files_inside_which_one", label=archive.label,
                        count=len(chosen), names=', '.join(sorted(chosen)[:3]),
                        more=', …' if len(chosen) > 3 else '')


class _Texts:
    """Reads the texts that `internal://` paths name, from the sources folder in either case."""

    def __init__(self, archive: Archive, base: str) -> None:
        self.archive = archive
        self.base = f"{base}/" if base else ""
        self._folded = {name.casefold(): name for name in archive.names}

    def read(self, path: str, what: str) -> str:
        member = self._member(path)
        if member is None:
            raise ExchangeError("exchange.missing_from_archive", label=self.archive.label,
                                what=what, path=path.strip())
        return decode_text(self.archive.read(member), f"{self.archive.label}: {member}")

    def _member(self, path: str) -> str | None:
        name = path.strip()
        name = name[name.index(":") + 1:].lstrip("/")
        for candidate in (name, unquote(name)):
            for folder in ("sources/", "Sources/", ""):
                full = self.base + folder + candidate
                if full in self.archive:
                    return full
                if (found := self._folded.get(full.casefold())) is not None:
                    return found
        return None


def decode_text(data: bytes, label: str) -> str:
    """A text member as written, less its byte-order mark: UTF-8 (the standard's encoding),
    or UTF-16 when a BOM says so."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            data, chosen = data[len(bom):], encoding
            break
    else:
        chosen = "utf-8"
    try:
        return data.decode(chosen)
    except UnicodeDecodeError as error:
        raise ExchangeError("exchange.not_text_bad_byte_at", label=label,
                            encoding=chosen.upper(), start=error.start) from None
