"""Segmentation worker processes: they never outlive the program that started them."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A program that starts the workers, says which processes it started, then keeps them busy
# segmenting a long text until it is killed.
BUSY_PROGRAM = """
import os, sys
from pathlib import Path
from annotator.text.segment import Segmenter

segmenter = Segmenter(cache_dir=sys.argv[1])
assert segmenter.warm_up()
text = Path(sys.argv[2]).read_text(encoding="utf-8") * 40
segmenter.segment(text[:1000], parallel=True)  # every worker has a task behind it
print("ready", flush=True)
while True:
    segmenter.segment(text, parallel=True)
"""


def children(pid: int) -> list[int]:
    """The processes ``pid`` started that are still its children (Linux's /proc)."""
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(child) for child in text.split()]


def identity(pid: int) -> str | None:
    """A process's start time (so that a reused pid is not taken for it), or None once it
    is gone; a zombie counts as gone (it has exited, and only waits to be collected)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after "pid (name)": state ... starttime
    state, start_time = fields[0], fields[19]
    return None if state in ("Z", "X") else start_time


@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task").exists(), reason="needs /proc")
def test_workers_and_the_resource_tracker_exit_when_their_program_is_killed(
    shared_cache: Path,
) -> None:
    sample = ROOT / "resources" / "corpus" / "mao-visit-moscow-ding-ming-traditional.txt"
    program = subprocess.Popen(
        [sys.executable, "-c", BUSY_PROGRAM, str(shared_cache), str(sample)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert program.stdout is not None
        assert program.stdout.readline().strip() == "ready"
        started = {pid: identity(pid) for pid in children(program.pid)}
        # The workers (one per core, up to four) and multiprocessing's resource tracker.
        assert len(started) >= 2 and None not in started.values()
    finally:
        program.send_signal(signal.SIGKILL)
        program.wait()
        program.stdout.close()
    for _ in range(200):
        alive = [pid for pid, seen in started.items() if identity(pid) == seen]
        if not alive:
            break
        time.sleep(0.05)
    for pid in alive:  # do not leave them behind on a failure
        os.kill(pid, signal.SIGKILL)
    assert alive == [], "processes left running after their program was killed"


def test_idle_workers_exit_and_the_next_text_starts_them_again(shared_cache: Path) -> None:
    import multiprocessing

    from annotator.text.segment import Segmenter
    from annotator.text.segment_pool import SegmentPool

    segmenter = Segmenter(cache_dir=shared_cache)
    text = (ROOT / "resources" / "corpus" / "mao-visit-moscow-ding-ming-traditional.txt").read_text(
        encoding="utf-8")
    pool = SegmentPool(workers=1, idle_seconds=1.0)
    before = set(multiprocessing.active_children())
    try:
        pool.start(segmenter.settings)
        workers = set(multiprocessing.active_children()) - before
        assert pool.running and workers  # up and loaded after the warm-up
        for _ in range(600):  # idle: shut down without anyone asking
            if not pool.running and not any(worker.is_alive() for worker in workers):
                break
            time.sleep(0.05)
        assert not pool.running and not any(worker.is_alive() for worker in workers)
        # The next text starts a worker again and is segmented as in this process.
        boundaries = pool.segment(segmenter.settings, text, True, lambda share: None, None)
        assert set(multiprocessing.active_children()) - before - workers  # (idle again 1 s on)
        assert boundaries.tolist() == segmenter.segment(text, parallel=False)
    finally:
        pool.close()
    assert not pool.running
