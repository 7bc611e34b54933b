"""Small builders for analysis inputs: a passage is (document, code, start, end, coder)."""

from __future__ import annotations

from itertools import count

import pytest

from annotator.analysis.records import CodeRecord, DocumentRecord, PassageRecord

_ids = count(1)


def passage(document: DocumentRecord, code: CodeRecord, start: int, end: int, coder: str = "李") -> PassageRecord:
    return PassageRecord(
        id=next(_ids), document_id=document.id, document=document.title, code_id=code.id,
        code_path=code.path, start=start, end=end, coder=coder,
    )


@pytest.fixture
def codebook() -> dict[str, CodeRecord]:
    """diplomacy with the sub-code diplomacy/treaty (and its sub-code .../treaty/draft), and security."""
    return {
        "diplomacy": CodeRecord(1, "diplomacy", None, "#1F77B4", "外交"),
        "treaty": CodeRecord(2, "diplomacy/treaty", 1, "#FF7F0E", "條約"),
        "draft": CodeRecord(3, "diplomacy/treaty/draft", 2, "#2CA02C", ""),
        "security": CodeRecord(4, "security", None, "#D62728", "安全"),
    }
