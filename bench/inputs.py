"""The benchmark's inputs, built from the sample corpus: volumes of text in both scripts and
projects full of overlapping passages, at a full (archive) size or a tiny (test) size."""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

from annotator import paths

TRADITIONAL = paths.SAMPLE_CORPUS / "mao-visit-moscow-ding-ming-traditional.txt"
SIMPLIFIED = paths.SAMPLE_CORPUS / "mao-visit-moscow-presegmented-simplified.txt"


@dataclass(frozen=True)
class Size:
    name: str
    chars: int  # one volume
    tags: int  # passages on the volume the window opens
    documents: int  # volumes in the archive project
    archive_tags: int  # passages over the archive, for the export


SIZES = {
    "full": Size("full", 1_000_000, 50_000, 10, 100_000),
    "tiny": Size("tiny", 20_000, 500, 2, 1_000),
}


def volume_text(chars: int, script: str) -> str:
    """The sample text of one script repeated to `chars` characters (line breaks kept)."""
    if script == "traditional":
        sample = TRADITIONAL.read_text(encoding="utf-8")
    else:
        from annotator.text.presegmented import remove_segmentation_spaces

        sample = remove_segmentation_spaces(SIMPLIFIED.read_text(encoding="utf-8")).text + "\n"
    return (sample * (chars // len(sample) + 1))[:chars]


def random_passages(length: int, count: int, code_ids: list[int], seed: int) -> list[tuple[int, int, int]]:
    """Overlapping (start, end, code) spans of 2-120 characters, all distinct."""
    rng = random.Random(seed)
    spans: set[tuple[int, int, int]] = set()
    while len(spans) < count:
        start = rng.randrange(0, max(1, length - 130))
        spans.add((start, start + rng.randint(2, 120), rng.choice(code_ids)))
    return sorted(spans)


def build(workdir: Path, size: Size) -> dict[str, str]:
    """Create (once per work folder) every input file; return their paths by name."""
    manifest = workdir / "inputs.json"
    if manifest.exists():
        return json.loads(manifest.read_text())
    workdir.mkdir(parents=True, exist_ok=True)
    volume = workdir / "volume-traditional.txt"
    volume.write_text(volume_text(size.chars, "traditional"), encoding="utf-8")
    inputs = {
        "volume_text": str(volume),
        "volume_project": str(_project(workdir / "volume.sqlite", [("volume", volume.read_text(encoding="utf-8"))],
                                       size.tags, seed=1)),
        "archive_project": str(_archive(workdir / "archive.sqlite", size)),
        "size": json.dumps(asdict(size)),
    }
    manifest.write_text(json.dumps(inputs, indent=2))
    return inputs


def _archive(path: Path, size: Size) -> Path:
    documents = []
    for number in range(size.documents):
        script = "traditional" if number % 2 == 0 else "simplified"
        # A heading line makes each volume distinct (the project refuses duplicate texts).
        heading = f"第{number + 1}卷\n"
        documents.append((f"volume {number + 1}", heading + volume_text(size.chars - len(heading), script)))
    return _project(path, documents, size.archive_tags, seed=2)


def _project(path: Path, documents: list[tuple[str, str]], tags: int, seed: int) -> Path:
    from sqlalchemy import insert

    from annotator.project import Project
    from annotator.services.codes import list_codes, load_codebook
    from annotator.services.imports import ImportOptions, prepare_document, store_document
    from db.models import Annotation, Coder

    with Project(path) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        code_ids = [code.id for code in list_codes(project)]
        stored = []
        for title, text in documents:
            prepared = prepare_document(text.encode("utf-8"), f"{title}.txt",
                                        ImportOptions(title=title), project.segmenter)
            # The stored text, not the input: clean-up may have removed web debris.
            stored.append((store_document(project, prepared).id, prepared.text))
        rows = []
        per_document = tags // len(stored)
        for index, (document_id, text) in enumerate(stored):
            for start, end, code_id in random_passages(len(text), per_document, code_ids, seed + index):
                rows.append({"document_id": document_id, "code_id": code_id, "coder_id": 1,
                             "start": start, "end": end, "quote": text[start:end], "memo": ""})
        with project.write() as session:
            session.add(Coder(id=1, name="bench"))
            session.flush()
            session.execute(insert(Annotation), rows)
    return path
