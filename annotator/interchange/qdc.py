"""REFI-QDA codebooks (`.qdc`): the code tree alone, as QDA-XML in the codebook namespace.

Written valid against Codebook-mrt2019.xsd (which needs at least one code). Read as producers
write it: the project namespace or none instead of the codebook's, Taguette's empty `<Sets/>`
(with a warning); code groups (Sets with members, ATLAS.ti's) are listed as not taken.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from annotator.interchange.codebook import CodeReader, check_codes, write_codes
from annotator.interchange.errors import ExchangeError
from annotator.interchange.records import ExchangeCodebook, Unsupported
from annotator.interchange.xmlsafe import children, local_name, namespace, parse_xml
from annotator.interchange.xmlwrite import attributes

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_NAMESPACES = (CODEBOOK_NS, "urn:QDA-XML:project:1.0")
# A codebook is a small file; anything larger is not one.
MAX_QDC_BYTES = 64 * 1024 * 1024


def write_qdc(codebook: ExchangeCodebook) -> Iterator[str]:
    """The `.qdc` document, in pieces (encode as UTF-8)."""
    if not codebook.codes:
        raise ExchangeError("exchange.codebook_empty_qdc_file_holds")
    check_codes(codebook.codes)
    yield '<?xml version="1.0" encoding="utf-8"?>\n'
    yield f'<CodeBook xmlns="{CODEBOOK_NS}"{attributes((("origin", codebook.origin or None),))}>\n'
    yield "<Codes>\n"
    yield from write_codes(codebook.codes)
    yield "</Codes>\n</CodeBook>\n"


def qdc_bytes(codebook: ExchangeCodebook) -> bytes:
    return "".join(write_qdc(codebook)).encode("utf-8")


def read_qdc(source: Path | bytes | BinaryIO, label: str | None = None) -> ExchangeCodebook:
    """Read a codebook from a path, its bytes or an open binary file."""
    if isinstance(source, Path):
        label = label or source.name
        try:
            if source.stat().st_size > MAX_QDC_BYTES:
                raise ExchangeError("exchange.refused_larger_than_mb_which", label=label,
                                    limit=MAX_QDC_BYTES // 2**20)
            data = source.read_bytes()
        except OSError as error:
            raise ExchangeError("exchange.cannot_read", label=source,
                                reason=error.strerror or error) from None
    elif isinstance(source, bytes):
        data = source
    else:
        data = source.read(MAX_QDC_BYTES + 1)
    label = label or "the codebook"
    if len(data) > MAX_QDC_BYTES:
        raise ExchangeError("exchange.refused_larger_than_mb_which", label=label,
                            limit=MAX_QDC_BYTES // 2**20)
    if data.startswith(b"PK\x03\x04"):
        raise ExchangeError("exchange.zip_archive_not_codebook_qdpx", label=label)
    return read_codebook(parse_xml(data, label), label)


def read_codebook(root: etree._Element, label: str) -> ExchangeCodebook:
    """The codebook a parsed `.qdc` describes."""
    if local_name(root) != "CodeBook":
        raise ExchangeError("exchange.not_refi_qda_codebook_root", label=label,
                            root=local_name(root))
    warnings: list[str] = []
    if namespace(root) not in _NAMESPACES:
        warnings.append(f"{label}: the codebook is not in the QDA-XML namespace "
                        f"({namespace(root) or 'none'}); read all the same")
    reader = CodeReader(label, warnings)
    code_lists = children(root, "Codes")
    if not code_lists:
        raise ExchangeError("exchange.codebook_no_codes", label=label)
    codes = tuple(code for element in code_lists for code in reader.read(element))
    if not codes:
        warnings.append(f"{label}: the codebook has no codes")
    unsupported = []
    for sets in children(root, "Sets"):
        members = children(sets, "Set")
        if not members:
            warnings.append(f"{label}: an empty <Sets/> (the schema wants at least one set) read "
                            "as no sets")
        for entry in members:
            count = len(children(entry, "MemberCode"))
            unsupported.append(Unsupported(
                "set", entry.get("name") or entry.get("guid", "?"),
                f"code groups are not kept; its {count} code{' is' if count == 1 else 's are'} "
                "imported without it"))
    return ExchangeCodebook(codes=codes, origin=root.get("origin", ""),
                            unsupported=tuple(unsupported), warnings=tuple(warnings))
