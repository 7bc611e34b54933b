"""The code tree as QDA-XML writes it, in a project (`.qde`) and in a codebook (`.qdc`) alike:
`<Code guid name isCodable color>` with a Description, NoteRefs (projects only) and sub-codes."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from uuid import UUID

from lxml import etree

from annotator.interchange.errors import ExchangeError
from annotator.interchange.records import ExchangeCode
from annotator.interchange.values import format_guid, is_colour, parse_boolean, parse_colour, parse_guid
from annotator.interchange.xmlsafe import child_text, children
from annotator.interchange.xmlwrite import attributes, text

# Deeper code trees than this are no codebook anyone made by hand.
MAX_DEPTH = 100


class CodeReader:
    """Reads `<Code>` elements; collects the NoteRefs inside them (note GUID -> code GUIDs)."""

    def __init__(self, label: str, warnings: list[str]) -> None:
        self.label = label
        self.warnings = warnings
        self.note_refs: dict[UUID, list[UUID]] = {}
        self.seen: set[UUID] = set()

    def read(self, parent: etree._Element, depth: int = 0) -> tuple[ExchangeCode, ...]:
        if depth > MAX_DEPTH:
            raise ExchangeError("exchange.codes_nested_more_than_levels", label=self.label,
                                limit=MAX_DEPTH)
        return tuple(self._code(element, depth) for element in children(parent, "Code"))

    def _code(self, element: etree._Element, depth: int) -> ExchangeCode:
        name = element.get("name")
        guid = parse_guid(element.get("guid", ""))
        if guid is None:
            raise ExchangeError("exchange.code_no_valid_guid", label=self.label,
                                name=name or '(unnamed)', guid=element.get('guid'))
        if guid in self.seen:
            raise ExchangeError("exchange.two_codes_same_guid", label=self.label, guid=guid)
        self.seen.add(guid)
        if not (name or "").strip():
            self.warnings.append(f"{self.label}: a code without a name ({guid}) is called "
                                 "“unnamed code”")
            name = "unnamed code"
        colour = None
        written = element.get("color")
        if written is not None and written.strip():
            colour = parse_colour(written)
            if colour is None:
                raise ExchangeError("exchange.file_code_colour_not_rrggbb", label=self.label,
                                    name=name, written=written)
        codable = parse_boolean(element.get("isCodable", ""))
        if codable is None:
            self.warnings.append(f"{self.label}: the code {name!r} says neither isCodable true nor "
                                 "false; read as codable")
            codable = True
        for ref in children(element, "NoteRef"):
            target = parse_guid(ref.get("targetGUID", ""))
            if target is not None:
                self.note_refs.setdefault(target, []).append(guid)
        return ExchangeCode(
            guid=guid, name=name, color=colour, description=child_text(element, "Description"),
            is_codable=codable, children=self.read(element, depth + 1),
        )


def check_codes(codes: Sequence[ExchangeCode]) -> None:
    """Refuse a code tree that cannot be written as QDA-XML (a colour not #RRGGBB)."""
    for code in codes:
        if code.color is not None and not is_colour(code.color):
            raise ExchangeError("exchange.code_colour_not_rrggbb", name=code.name,
                                color=code.color)
        check_codes(code.children)


def write_codes(
    codes: Sequence[ExchangeCode], notes_of: Mapping[UUID, Sequence[UUID]] | None = None,
    indent: str = "",
) -> Iterator[str]:
    """`<Code>` elements for a tree, in its order; `notes_of` gives each code's note GUIDs
    (a codebook file has none)."""
    for code in codes:
        head = attributes((
            ("guid", format_guid(code.guid)), ("name", code.name),
            ("isCodable", "true" if code.is_codable else "false"), ("color", code.color),
        ))
        notes = notes_of.get(code.guid, ()) if notes_of else ()
        if not (code.description or notes or code.children):
            yield f"{indent}<Code{head}/>\n"
            continue
        yield f"{indent}<Code{head}>\n"
        if code.description:
            yield f"{indent} <Description>{text(code.description)}</Description>\n"
        for note in notes:
            yield f'{indent} <NoteRef targetGUID="{format_guid(note)}"/>\n'
        yield from write_codes(code.children, notes_of, indent + " ")
        yield f"{indent}</Code>\n"
