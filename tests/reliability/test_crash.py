"""A tag that was shown survives the process being killed at any moment (SIGKILL, no clean-up)."""

from __future__ import annotations

import random
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.reliability.conftest import assert_sound, parse_tags, start_tagger, stored_spans

ROUNDS = 5

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def run_until_killed(path: Path, document_id: int, coder: str, log: Path, delay: float) -> list[str]:
    """Start a tagger, kill it `delay` seconds after it is ready, return every line it printed."""
    child = start_tagger(path, document_id, coder, 0, log)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line == "ready\n":
                ready.set()
            else:
                lines.append(line)
        ready.set()  # it died before it was ready: the log says why

    reader = threading.Thread(target=read)
    reader.start()
    try:
        assert ready.wait(30), "the tagger did not open the project"
        time.sleep(delay)
        assert child.poll() is None, f"the tagger stopped by itself: {log.read_text()}"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
        reader.join()  # everything it flushed before dying is still in the pipe
        child.stdout.close()
    return lines


def test_tags_shown_before_a_kill_survive_it(project_file, tmp_path: Path) -> None:
    path, document_id = project_file
    randomness = random.Random()
    seed = randomness.randrange(2**32)
    randomness.seed(seed)
    shown: dict[int, tuple[int, int]] = {}
    for round_number in range(ROUNDS):
        delay = randomness.uniform(0.3, 1.5)
        # One coder per round, so a round never repeats a passage an earlier round tagged.
        lines = run_until_killed(path, document_id, f"round {round_number}", tmp_path / "tagger.log", delay)
        tags = parse_tags(lines)
        assert tags, f"round {round_number} tagged nothing in {delay:.2f} s (seed {seed})"
        assert shown.keys().isdisjoint(tags)
        shown.update(tags)

    stored = stored_spans(path)
    lost = {key: span for key, span in shown.items() if stored.get(key) != span}
    assert not lost, f"shown, then lost or changed (seed {seed}): {lost}"
    assert_sound(path)
