"""The team-project cases: the same work on the PostgreSQL server (bench.postgres) and on the
project file, in the same process, so that each figure has SQLite's beside it.

- add one tag (the service call, to its commit), p95;
- open the volume cold (a new Project: the text, its passages' marks, the passages listed, the
  segmentation: what the window reads to show it);
- 8 coders tagging at once, each a process of its own: every tag's time (p95) and the tags
  stored per second by all of them together.

These stop at the services (no repaint) and need no Qt; the same work in the window, to its
repaint, on the server and on the file, is bench.team_window's.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CODERS = 8
TAG_CHARS = 4


def percentile(values: list[float], fraction: float) -> float:
    """As bench.window's (which imports Qt, and these cases need none)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _spans(length: int, count: int, rng: random.Random) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    while len(spans) < count:
        start = rng.randrange(0, length - TAG_CHARS)
        spans.add((start, start + TAG_CHARS))
    return sorted(spans, key=lambda _: rng.random())


def _tag_times(project_location: str, trials: int, coder: str, seed: int) -> list[float]:
    """Time `trials` tags (each a new passage); remove them afterwards (not timed)."""
    from annotator.project import Project
    from annotator.services import annotations, documents

    with Project(project_location, create=False) as project:
        document = documents.list_documents(project)[0]
        code = "negotiation"
        annotations.tag(project, document.id, 0, 1, code, coder=coder)  # warm: the first connection
        times, made = [], []
        for start, end in _spans(document.length, trials, random.Random(seed)):
            began = time.perf_counter()
            made.append(annotations.tag(project, document.id, start, end, code, coder=coder).id)
            times.append(time.perf_counter() - began)
        annotations.untag_many(project, made + [p.id for p in annotations.list_passages(project)
                                                if p.coder == coder and p.start == 0 and p.end == 1])
    return times


def case_team_tag(inputs: dict) -> dict:
    trials = max(int(inputs.get("trials", 40)), 20)
    coder = f"bench-{os.getpid()}"
    server = _tag_times(inputs["server_volume"], trials, coder, seed=os.getpid())
    file = _tag_times(inputs["volume_project"], trials, coder, seed=os.getpid())
    return {"figures": {"team_add": percentile(server, 0.95)},
            "baselines": {"team_add": percentile(file, 0.95)}}


def _open_volume(location: str) -> tuple[float, int]:
    from annotator.domain import PassageFilter
    from annotator.project import Project
    from annotator.services import annotations, documents

    began = time.perf_counter()
    with Project(location, create=False) as project:
        document = documents.list_documents(project)[0]
        text = documents.document_text(project, document.id)
        marks = annotations.passage_marks(project, document.id)
        listed = annotations.list_passages(project, PassageFilter(document_ids=(document.id,)))
        documents.load_boundaries(project, document.id)
        seconds = time.perf_counter() - began
    if len(marks) != len(listed) or len(text) != document.length:
        raise RuntimeError("the volume opened incompletely")
    return seconds, len(listed)


def case_team_open(inputs: dict) -> dict:
    # Once each first, untimed: the modules imported, as in a window that is already running;
    # then a new Project each, whose connections and caches are new.
    _open_volume(inputs["server_volume"])
    _open_volume(inputs["volume_project"])
    server, server_passages = _open_volume(inputs["server_volume"])
    file, file_passages = _open_volume(inputs["volume_project"])
    if server_passages != file_passages:
        raise RuntimeError(f"the server holds {server_passages:,} passages, the file {file_passages:,}")
    return {"figures": {"team_open": server, "team_open_passages": server_passages},
            "baselines": {"team_open": file, "team_open_passages": file_passages}}


# One coder: opens the project, says "ready", waits for "go", tags, prints its times.
CODER = """
import json, random, sys, time
from annotator.errors import UserError
from annotator.project import Project
from annotator.services import annotations, documents
location, coder, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with Project(location, create=False) as project:
    document = documents.list_documents(project)[0]
    annotations.tag(project, document.id, 0, 1, "security", coder=coder)
    rng = random.Random(seed)
    spans = set()
    while len(spans) < count:
        start = rng.randrange(1, document.length - 4)
        spans.add((start, start + 4))
    print("ready", flush=True)
    sys.stdin.readline()
    times, refused, began = [], 0, time.time()
    for start, end in sorted(spans, key=lambda _: rng.random()):
        t = time.perf_counter()
        while True:  # as a coder would: told "in use, try again", they try again
            try:
                annotations.tag(project, document.id, start, end, "security", coder=coder)
                break
            except UserError:
                refused += 1
        times.append(time.perf_counter() - t)
    print(json.dumps({"began": began, "ended": time.time(), "times": times, "refused": refused}),
          flush=True)
"""


class Coders(NamedTuple):
    """8 coders at once: every tag's time (a tag's time includes its refusals)."""

    p95: float
    p99: float
    slowest: float
    rate: float  # tags per second of all coders together
    tags: int  # stored
    refused: int  # as "in use", and tried again


def _coders_at_once(location: str, count: int) -> Coders:
    """Every coder's every tag, from "go" to the end of the last."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = f"{os.getpid()}-{time.time_ns()}"
    children = [subprocess.Popen([sys.executable, "-c", CODER, location, f"coder {n} {run}", str(count),
                                  str(n + time.time_ns() % 1000)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
                for n in range(CODERS)]
    try:
        for child in children:
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError("a coder did not open the project")
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        results = [json.loads(child.stdout.readline()) for child in children]
    finally:
        for child in children:
            child.stdin.close()
            child.wait(timeout=300)
    if any(child.returncode for child in children):
        raise RuntimeError("a coder failed")
    times = [t for result in results for t in result["times"]]
    wall = max(r["ended"] for r in results) - min(r["began"] for r in results)
    _remove_coders(location, run)
    refused = sum(result["refused"] for result in results)
    return Coders(percentile(times, 0.95), percentile(times, 0.99), max(times), len(times) / wall,
                  len(times), refused)


def _remove_coders(location: str, run: str) -> None:
    from annotator.project import Project
    from annotator.services import annotations

    with Project(location, create=False) as project:
        ids = [p.id for p in annotations.list_passages(project) if p.coder.endswith(run)]
        annotations.untag_many(project, ids)


def case_team_coders(inputs: dict) -> dict:
    count = max(int(inputs.get("trials", 40)), 20)
    server = _coders_at_once(inputs["server_volume"], count)
    file = _coders_at_once(inputs["volume_project"], count)
    if not server.tags == file.tags == CODERS * count:
        raise RuntimeError("the coders did not all tag")

    def figures(coders: Coders) -> dict:
        # The slowest tags beside the p95: SQLite's waiting writers are not served in turn (a
        # coder may wait while another tags many times), the server's are (each tag waits for
        # the few ahead of it), so the file's p95 can be low while a few of its tags wait long.
        return {"team_coders_p95": coders.p95, "team_coders_rate": coders.rate,
                "team_coders_tags": coders.tags, "team_coders_refused": coders.refused,
                "team_coders_p99_ms": round(coders.p99 * 1000),
                "team_coders_slowest_ms": round(coders.slowest * 1000)}

    return {"figures": figures(server), "baselines": figures(file)}
