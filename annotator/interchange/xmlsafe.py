"""Parsing XML that comes from outside: no DTD, no entities, no network.

A QDA-XML file needs none of them. A document type declaration is refused outright: it is how
entity expansion ("billion laughs") and external entities (reading local files, fetching URLs)
get in, and no producer writes one.
"""

from __future__ import annotations

import re

from lxml import etree

from annotator.interchange.errors import ExchangeError

# A DOCTYPE can only stand before the root element; in UTF-8 (every producer's encoding) the
# bytes are plain ASCII. Documents in other encodings are checked on the parsed tree too.
_RE_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_PROLOG_BYTES = 65536


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        # Large inline texts (PlainTextContent of a long volume) exceed libxml2's 10 MB text
        # node limit; the archive's size limit already bounds what is read.
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, label: str) -> etree._Element:
    """The root element of an XML document, or an ExchangeError naming `label`."""
    if _RE_DOCTYPE.search(data[:_PROLOG_BYTES]):
        raise ExchangeError("exchange.refused_declares_document_type_dtd", label=label)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as error:
        raise ExchangeError("exchange.not_well_formed_xml", label=label, error=_describe(error)) from None
    if tree.docinfo.doctype:
        raise ExchangeError("exchange.refused_declares_document_type_dtd", label=label)
    return tree.getroot()


def _describe(error: etree.XMLSyntaxError) -> str:
    message = " ".join(str(error.msg or error).split())
    line = getattr(error, "lineno", None)
    return f"line {line}: {message}" if line else message


def local_name(element: etree._Element) -> str:
    """An element's name without its namespace (producers differ in namespaces)."""
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return ""
    return tag.rpartition("}")[2]


def namespace(element: etree._Element) -> str:
    tag = element.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """The child elements of that local name, in any namespace or none."""
    return list(element.iterchildren("{*}" + name))


def child(element: etree._Element, name: str) -> etree._Element | None:
    return next(element.iterchildren("{*}" + name), None)


def child_text(element: etree._Element, name: str) -> str:
    found = child(element, name)
    return "" if found is None else "".join(found.itertext())
