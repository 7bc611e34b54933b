"""Writing a project as QDA-XML (`project.qde`), streamed as strings in a fixed order.

The same project always gives the same text: elements come in the schema's order, attributes
in a fixed order, timestamps from the data (never the clock), users sorted by name, selections
by position, notes by date; codes and sources keep the order they are given in (the codebook's
and the project's). Texts are not inline: each source's text is `sources/<GUID>.txt`, so its
positions are plain code points of that file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from annotator.interchange.codebook import check_codes, write_codes
from annotator.interchange.errors import ExchangeError
from annotator.interchange.records import (
    ExchangeNote,
    ExchangeProject,
    ExchangeSelection,
    ExchangeSource,
    fixed_guid,
    iter_codes,
)
from annotator.interchange.values import format_datetime, format_guid
from annotator.interchange.xmlwrite import attr, attributes, fits_xml, text

PROJECT_NS = "urn:QDA-XML:project:1.0"
SOURCES_FOLDER = "sources"
# Document metadata travels as text variables with these names (and fixed GUIDs).
AUTHOR, DATE, SOURCE_REF = "Author", "Date", "Source reference"


def variable_guid(name: str) -> UUID:
    return fixed_guid(f"variable:{name}")


def source_member(guid: UUID) -> str:
    """The archive member holding a source's (or a note's) text."""
    return f"{SOURCES_FOLDER}/{format_guid(guid)}.txt"


def note_in_file(note: ExchangeNote) -> bool:
    """A note whose text XML cannot hold exactly (control characters) goes in a file instead."""
    return not fits_xml(note.text)


def _when(moment: datetime | None) -> str | None:
    return None if moment is None else format_datetime(moment)


def _guid(guid: UUID | None) -> str | None:
    return None if guid is None else format_guid(guid)


@dataclass
class _Index:
    """What the writer looks up while streaming: notes by target, code GUIDs, variables."""

    notes_of: dict[UUID, list[UUID]] = field(default_factory=dict)
    project_notes: list[UUID] = field(default_factory=list)
    code_guids: set[UUID] = field(default_factory=set)
    variables: list[str] = field(default_factory=list)


def _sorted_notes(project: ExchangeProject) -> list[ExchangeNote]:
    return sorted(project.notes, key=lambda note: (
        note.created is None, note.created.timestamp() if note.created else 0.0,
        note.name, note.guid.int,
    ))


def _index(project: ExchangeProject, notes: list[ExchangeNote]) -> _Index:
    index = _Index()
    for note in notes:
        if not note.targets:
            index.project_notes.append(note.guid)
        for target in note.targets:
            index.notes_of.setdefault(target, []).append(note.guid)
    index.code_guids = {code.guid for code, _, _ in iter_codes(project.codes)}
    used = {AUTHOR: False, DATE: False, SOURCE_REF: False}
    others: set[str] = set()
    for source in project.sources:
        used[AUTHOR] |= bool(source.author)
        used[DATE] |= bool(source.date)
        used[SOURCE_REF] |= bool(source.source_ref)
        others.update(variable.name for variable in source.variables)
    index.variables = [name for name, is_used in used.items() if is_used] + sorted(others - set(used))
    return index


def unwritable(project: ExchangeProject) -> list[str]:
    """Warnings for values that XML cannot hold exactly (written with U+FFFD in their place)."""
    warnings = []
    for code, _, _ in iter_codes(project.codes):
        if not (fits_xml(code.name) and fits_xml(code.description)):
            warnings.append(f"code {code.name!r}: control characters replaced by �")
    for source in project.sources:
        if not (fits_xml(source.name) and fits_xml(source.description)
                and fits_xml(source.author + source.date + source.source_ref)):
            warnings.append(f"document {source.name!r}: control characters in its title or "
                            "details replaced by �")
        if not fits_xml(source.text):
            warnings.append(f"document {source.name!r}: control characters in quoted passages "
                            "(selection names) replaced by �; the text itself is exact")
    return warnings


def write_qde(project: ExchangeProject) -> Iterator[str]:
    """The `.qde` document of a project, in pieces."""
    check_codes(project.codes)
    notes = _sorted_notes(project)
    index = _index(project, notes)
    yield '<?xml version="1.0" encoding="utf-8"?>\n'
    yield f'<Project xmlns="{PROJECT_NS}"' + attributes((
        ("name", project.name), ("origin", project.origin or None),
        ("creatingUserGUID", _guid(project.creating_user)),
        ("creationDateTime", _when(project.created)),
        ("modifyingUserGUID", _guid(project.modifying_user)),
        ("modifiedDateTime", _when(project.modified)),
    )) + ">\n"
    if project.users:
        yield "<Users>\n"
        for user in sorted(project.users, key=lambda u: (u.name, u.guid.int)):
            yield f" <User{attributes((('guid', format_guid(user.guid)), ('name', user.name)))}/>\n"
        yield "</Users>\n"
    if project.codes:
        yield "<CodeBook>\n<Codes>\n"
        yield from write_codes(project.codes, index.notes_of)
        yield "</Codes>\n</CodeBook>\n"
    if index.variables:
        yield "<Variables>\n"
        for name in index.variables:
            yield (f' <Variable guid="{format_guid(variable_guid(name))}"'
                   f'{attributes((("name", name),))} typeOfVariable="Text"/>\n')
        yield "</Variables>\n"
    if project.sources:
        yield "<Sources>\n"
        for source in project.sources:
            yield from _source(source, index)
        yield "</Sources>\n"
    if notes:
        yield "<Notes>\n"
        for note in notes:
            yield from _note(note)
        yield "</Notes>\n"
    if project.description:
        yield f"<Description>{text(project.description)}</Description>\n"
    for guid in index.project_notes:
        yield f'<NoteRef targetGUID="{format_guid(guid)}"/>\n'
    yield "</Project>\n"


def _source(source: ExchangeSource, index: _Index) -> Iterator[str]:
    yield " <TextSource" + attributes((
        ("guid", format_guid(source.guid)), ("name", source.name),
        ("plainTextPath", f"internal://{format_guid(source.guid)}.txt"),
        ("creatingUser", _guid(source.creating_user)), ("creationDateTime", _when(source.created)),
        ("modifyingUser", _guid(source.modifying_user)), ("modifiedDateTime", _when(source.modified)),
    )) + ">\n"
    if source.description:
        yield f"  <Description>{text(source.description)}</Description>\n"
    length = len(source.text)
    for selection in sorted(source.selections, key=lambda s: (s.start, s.end, s.guid.int)):
        if not 0 <= selection.start < selection.end <= length:
            raise ExchangeError("exchange.document_passage_at_lies_outside", name=source.name,
                                start=selection.start, end=selection.end, length=length)
        yield from _selection(selection, source.text, index)
    for note in index.notes_of.get(source.guid, ()):
        yield f'  <NoteRef targetGUID="{format_guid(note)}"/>\n'
    values = {AUTHOR: source.author, DATE: source.date, SOURCE_REF: source.source_ref}
    values.update((variable.name, variable.value) for variable in source.variables)
    for name in index.variables:
        if values.get(name):
            yield (f'  <VariableValue><VariableRef targetGUID="{format_guid(variable_guid(name))}"/>'
                   f"<TextValue>{text(values[name])}</TextValue></VariableValue>\n")
    yield " </TextSource>\n"


def _selection(selection: ExchangeSelection, source_text: str, index: _Index) -> Iterator[str]:
    # Written without `attributes()`: a large export has one of these per passage, and GUIDs,
    # positions and timestamps never need escaping (only the name does). Same text as
    # attributes() would give, in the same order, leaving out what is None.
    name = selection.name or source_text[selection.start:selection.end]
    parts = [f'  <PlainTextSelection guid="{selection.guid}" name="{attr(name)}" '
             f'startPosition="{selection.start}" endPosition="{selection.end}"']
    if selection.creating_user is not None:
        parts.append(f' creatingUser="{selection.creating_user}"')
    if selection.created is not None:
        parts.append(f' creationDateTime="{format_datetime(selection.created)}"')
    if selection.modifying_user is not None:
        parts.append(f' modifyingUser="{selection.modifying_user}"')
    if selection.modified is not None:
        parts.append(f' modifiedDateTime="{format_datetime(selection.modified)}"')
    parts.append(">\n")
    if selection.description:
        parts.append(f"   <Description>{text(selection.description)}</Description>\n")
    notes_of = index.notes_of
    for coding in selection.codings:
        if coding.code_guid not in index.code_guids:
            raise ExchangeError("exchange.passage_at_code_which_not", start=selection.start,
                                end=selection.end, code_guid=coding.code_guid)
        parts.append(f'   <Coding guid="{coding.guid}"')
        if coding.creating_user is not None:
            parts.append(f' creatingUser="{coding.creating_user}"')
        if coding.created is not None:
            parts.append(f' creationDateTime="{format_datetime(coding.created)}"')
        parts.append(f'><CodeRef targetGUID="{coding.code_guid}"/>')
        if notes_of:
            for note in notes_of.get(coding.guid, ()):
                parts.append(f'<NoteRef targetGUID="{format_guid(note)}"/>')
        parts.append("</Coding>\n")
    if notes_of:
        for note in notes_of.get(selection.guid, ()):
            parts.append(f'   <NoteRef targetGUID="{format_guid(note)}"/>\n')
    parts.append("  </PlainTextSelection>\n")
    yield "".join(parts)


def _note(note: ExchangeNote) -> Iterator[str]:
    in_file = note_in_file(note)
    yield " <Note" + attributes((
        ("guid", format_guid(note.guid)), ("name", note.name),
        ("plainTextPath", f"internal://{format_guid(note.guid)}.txt" if in_file else None),
        ("creatingUser", _guid(note.creating_user)), ("creationDateTime", _when(note.created)),
        ("modifyingUser", _guid(note.modifying_user)), ("modifiedDateTime", _when(note.modified)),
    ))
    if in_file:
        yield "/>\n"
    else:
        yield f"><PlainTextContent>{text(note.text)}</PlainTextContent></Note>\n"
