"""Taguette exports codebooks only: flat codes named by their path, upper-case GUIDs, no
colours, no descriptions, and an empty `<Sets/>` that the schema does not allow."""

from __future__ import annotations

import uuid

import pytest

from annotator.interchange.errors import ExchangeError
from annotator.interchange.qdc import read_qdc
from tests.interchange.helpers import schema_errors

# As Taguette's own test expects its export, byte for byte (one line, no indentation).
TAGUETTE_QDC = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1"><Codes>'
    '<Code guid="0D62985D-B147-5D01-A9B5-CAE5DCD98342" name="interesting" isCodable="true"/>'
    '<Code guid="DFE5C38E-9449-5959-A1F7-E3D895CFA87F" name="people" isCodable="true"/>'
    '<Code guid="725F0645-9CD3-598A-8D2B-EC3D39AB3C3F" name="interesting.places" isCodable="true"/>'
    '</Codes><Sets/></CodeBook>'
).encode()


def test_the_schema_itself_refuses_taguettes_empty_sets() -> None:
    """Why the reader has to be lenient here."""
    assert any("Sets" in error for error in schema_errors(TAGUETTE_QDC, "Codebook-mrt2019.xsd"))


def test_taguettes_codebook_is_read_with_a_warning() -> None:
    codebook = read_qdc(TAGUETTE_QDC)
    assert [(c.name, c.color, c.children) for c in codebook.codes] == [
        ("interesting", None, ()), ("people", None, ()), ("interesting.places", None, ())]
    assert codebook.codes[0].guid == uuid.UUID("0d62985d-b147-5d01-a9b5-cae5dcd98342")
    assert codebook.origin == "Taguette 1.4.1"
    (warning,) = codebook.warnings
    assert "empty <Sets/>" in warning and not codebook.unsupported


def test_a_taguette_codebook_given_as_a_project_is_told_apart() -> None:
    from annotator.interchange.qdpx import read_qdpx

    with pytest.raises(ExchangeError, match="not a zip archive"):
        read_qdpx(TAGUETTE_QDC)
