"""What a REFI-QDA exchange carries, as plain frozen records (no database, no XML).

The same records go both ways: a service builds an `ExchangeProject` from the store and the
writers turn it into a file; the readers turn a file into one and a service merges it. GUIDs
are the stored identities (`uuid.UUID`): documents, codes, coders, passages and memos keep
theirs, so exporting twice gives the same file and importing our own file again matches
everything by GUID.

Texts are always in the form the store keeps them: line ends "\\n", no byte-order mark.
Selection positions are code points of that text, [start, end). Datetimes are aware.

How our passages map onto selections (so that export and import agree):

- a passage is one `ExchangeSelection` (its GUID is the passage's) with one `ExchangeCoding`
  whose GUID is `derived_guid(passage, "coding")`;
- a passage's memo is an `ExchangeNote` with GUID `derived_guid(passage, "memo")` whose
  target is the selection;
- a selection from another program with several codings is several passages: the identity of
  each is `passage_guid(selection, coding)`.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

# uuid5 namespace of identities this app derives (codings, memo notes, variables).
_DERIVED = uuid.UUID("6c1f0b7e-1f5e-4c8e-9d0a-5a3d9e7c2b41")


def derived_guid(owner: UUID, role: str) -> UUID:
    """A stable GUID for something that has no identity of its own in the store (a passage's
    coding, a passage's memo note): the same owner and role always give the same GUID.

    Exactly `uuid.uuid5(owner, role)`, without its round trip through bytes and uuid.UUID's
    checks (an export derives one or two per passage)."""
    digest = int.from_bytes(hashlib.sha1(owner.bytes + role.encode("utf-8")).digest()[:16])
    guid = object.__new__(UUID)
    object.__setattr__(guid, "int", (digest & _UUID5_KEEP) | _UUID5_SET)
    object.__setattr__(guid, "is_safe", uuid.SafeUUID.unknown)
    return guid


# The variant (RFC 4122) and version (5) bits uuid.uuid5 sets on the digest.
_UUID5_KEEP = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_UUID5_SET = (0x8000 << 48) | (5 << 76)


def fixed_guid(name: str) -> UUID:
    """A GUID that is the same in every export, for the app's own fixed things (the variables
    that carry a document's author, date and source reference)."""
    return uuid.uuid5(_DERIVED, name)


def text_sha256(text: str) -> str:
    """The fingerprint by which a stored text is recognised (must stay equal to
    `annotator.services.imports.text_sha256`, which documents store as text_sha256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ExchangeUser:
    """A coder."""

    guid: UUID
    name: str


@dataclass(frozen=True, slots=True)
class ExchangeCode:
    """A code of the codebook with its sub-codes. `color` is "#RRGGBB" (upper case) or None
    when the file gives none; `is_codable` is False for a category that only groups codes."""

    guid: UUID
    name: str
    color: str | None = None
    description: str = ""
    is_codable: bool = True
    children: tuple[ExchangeCode, ...] = ()


@dataclass(frozen=True, slots=True)
class ExchangeCoding:
    """A code applied to a selection, by whom and when."""

    guid: UUID
    code_guid: UUID
    creating_user: UUID | None = None
    created: datetime | None = None


@dataclass(frozen=True, slots=True)
class ExchangeSelection:
    """A span of a source, [start, end) in code points of the source's (stored) text.

    `name` is what the producer wrote in the selection's name; ours is the quoted text (other
    programs show it, and reading it back checks the positions). `description` is a memo some
    programs (QualCoder, MAXQDA) keep on the selection itself rather than as a note.
    """

    guid: UUID
    start: int
    end: int
    codings: tuple[ExchangeCoding, ...] = ()
    name: str = ""
    description: str = ""
    creating_user: UUID | None = None
    created: datetime | None = None
    modifying_user: UUID | None = None
    modified: datetime | None = None


@dataclass(frozen=True, slots=True)
class ExchangeVariable:
    """A value attached to a source, other than author, date and source reference."""

    name: str
    value: str


@dataclass(frozen=True, slots=True)
class ExchangeSource:
    """A text document: its text as stored (LF line ends, no BOM), its metadata and its coded
    selections. `description` is the document's notes."""

    guid: UUID
    name: str
    text: str
    description: str = ""
    author: str = ""
    date: str = ""
    source_ref: str = ""
    selections: tuple[ExchangeSelection, ...] = ()
    variables: tuple[ExchangeVariable, ...] = ()
    creating_user: UUID | None = None
    created: datetime | None = None
    modifying_user: UUID | None = None
    modified: datetime | None = None

    @property
    def text_sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True, slots=True)
class ExchangeNote:
    """A memo. `targets` are the GUIDs of what it is about (sources, codes, selections,
    codings); a note with no target is about the project as a whole."""

    guid: UUID
    name: str
    text: str
    targets: tuple[UUID, ...] = ()
    creating_user: UUID | None = None
    created: datetime | None = None
    modifying_user: UUID | None = None
    modified: datetime | None = None


@dataclass(frozen=True, slots=True)
class Unsupported:
    """Something in a file that cannot be taken (a PDF source, a set, a selection that cannot be
    placed on its text, ...): listed for the user, never dropped silently."""

    kind: str
    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.kind} «{self.name}»: {self.reason}"


@dataclass(frozen=True, slots=True)
class ExchangeProject:
    """A whole project as exchanged in a .qdpx. `warnings` say what was read with a deviation
    from the standard (and how); `unsupported` what was not taken."""

    name: str
    origin: str = ""
    users: tuple[ExchangeUser, ...] = ()
    codes: tuple[ExchangeCode, ...] = ()
    sources: tuple[ExchangeSource, ...] = ()
    notes: tuple[ExchangeNote, ...] = ()
    description: str = ""
    creating_user: UUID | None = None
    created: datetime | None = None
    modifying_user: UUID | None = None
    modified: datetime | None = None
    unsupported: tuple[Unsupported, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExchangeCodebook:
    """A codebook alone, as exchanged in a .qdc."""

    codes: tuple[ExchangeCode, ...]
    origin: str = ""
    unsupported: tuple[Unsupported, ...] = ()
    warnings: tuple[str, ...] = ()


def passage_guid(selection: ExchangeSelection, coding: ExchangeCoding) -> UUID:
    """The identity of the passage one coding of a selection becomes: the selection's own GUID
    when it has one coding (as all of ours do), else the coding's."""
    return selection.guid if len(selection.codings) == 1 else coding.guid


def iter_codes(
    codes: tuple[ExchangeCode, ...],
) -> Iterator[tuple[ExchangeCode, UUID | None, tuple[str, ...]]]:
    """Every code of a tree, parents before children: (code, parent's GUID, path of names
    from the root), the path being what codes are also matched by on import."""
    stack: list[tuple[ExchangeCode, UUID | None, tuple[str, ...]]] = [
        (code, None, (code.name,)) for code in reversed(codes)
    ]
    while stack:
        code, parent, path = stack.pop()
        yield code, parent, path
        stack.extend((child, code.guid, (*path, child.name)) for child in reversed(code.children))
