"""Memory of a process and every process it started (Linux /proc): what the app costs in all,
segmentation workers included.

RSS counts each process's resident pages in full, so pages the processes share (the Python
interpreter, libraries) are counted once per process: the sum over a tree never flatters.
PSS divides each shared page among the processes sharing it (also processes outside the
tree), so it is the fairer total but depends on what else runs on the machine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProcessMemory:
    pid: int
    command: str
    rss: int  # bytes
    pss: int  # bytes


@dataclass(frozen=True)
class TreeMemory:
    main: ProcessMemory
    descendants: tuple[ProcessMemory, ...]

    @property
    def rss(self) -> int:
        return self.main.rss + sum(process.rss for process in self.descendants)

    @property
    def pss(self) -> int:
        return self.main.pss + sum(process.pss for process in self.descendants)

    @property
    def descendants_rss(self) -> int:
        return sum(process.rss for process in self.descendants)

    @property
    def descendants_pss(self) -> int:
        return sum(process.pss for process in self.descendants)


def children(pid: int) -> list[int]:
    """Direct children of `pid`, from every thread's children list (a thread may start one)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found.extend(int(child) for child in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended meanwhile
    return found


def descendants(pid: int) -> list[int]:
    """Every process started by `pid`, its children's children too."""
    found: list[int] = []
    waiting = children(pid)
    while waiting:
        child = waiting.pop()
        found.append(child)
        try:
            waiting.extend(children(child))
        except FileNotFoundError:
            continue  # it ended meanwhile
    return found


def _field_kb(path: Path, name: str) -> int:
    for line in path.read_text().splitlines():
        if line.startswith(name):
            return int(line.split()[1]) * 1024
    return 0


def process_memory(pid: int) -> ProcessMemory:
    proc = Path(f"/proc/{pid}")
    command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    return ProcessMemory(pid, command, _field_kb(proc / "status", "VmRSS:"),
                         _field_kb(proc / "smaps_rollup", "Pss:"))


def tree_memory(pid: int | None = None) -> TreeMemory:
    """The memory of `pid` (this process by default) and of every process it started."""
    pid = os.getpid() if pid is None else pid
    found = []
    for child in descendants(pid):
        try:
            found.append(process_memory(child))
        except FileNotFoundError:
            continue  # it ended meanwhile: it costs nothing now
    return TreeMemory(process_memory(pid), tuple(found))


def worker_processes(pid: int | None = None) -> list[ProcessMemory]:
    """The multiprocessing workers among the descendants (not its resource tracker)."""
    return [process for process in tree_memory(pid).descendants
            if "spawn_main" in process.command or "forkserver" in process.command]
