"""The benchmark's memory figure counts every process the app started, not the main one only."""

from __future__ import annotations

import os
import subprocess
import sys

from bench.memory import tree_memory, worker_processes

HOLD_64_MB = "import sys, time; block = bytearray(64 << 20); print('ready', flush=True); time.sleep(60)"


def test_a_child_process_and_its_memory_are_in_the_tree() -> None:
    before = {process.pid for process in tree_memory().descendants}
    with subprocess.Popen([sys.executable, "-c", HOLD_64_MB], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout.readline().strip() == "ready"
            tree = tree_memory()
            added = [process for process in tree.descendants if process.pid not in before]
            assert [process.pid for process in added] == [child.pid]
            assert added[0].rss >= 64 << 20
            assert tree.rss == tree.main.rss + tree.descendants_rss
            assert 0 < tree.pss <= tree.rss
            assert tree.main.pid == os.getpid()
            assert child.pid not in [process.pid for process in worker_processes()]
        finally:
            child.kill()


def test_multiprocessing_workers_are_told_apart_from_other_children() -> None:
    import concurrent.futures as cf
    import multiprocessing

    with cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        worker = pool.submit(os.getpid).result()
        assert worker in [process.pid for process in worker_processes()]
        assert worker in [process.pid for process in tree_memory().descendants]
