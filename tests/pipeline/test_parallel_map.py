"""The ordered map over worker processes: results in order, errors reach the caller, no process outlives it."""

from __future__ import annotations

import fcntl
import itertools
import multiprocessing
import os
import signal
import subprocess
import sys
import time

import pytest

from harvester.pipeline.parallel_map import PIPE_BYTES, WorkerLostError, ordered_map, widen_pipe


def square(number: int) -> int:
    return number * number


def fail_at_500(number: int) -> int:
    if number == 500:
        raise ValueError(f"cannot take {number}")
    return number


def die_at_300(number: int) -> int:
    if number == 300:
        os.kill(os.getpid(), signal.SIGKILL)
    return number


def test_results_come_in_the_order_of_the_items() -> None:
    assert list(ordered_map(square, range(1000), workers=2, chunk=7)) == [n * n for n in range(1000)]


def test_an_error_in_a_worker_reaches_the_caller_after_the_results_before_it() -> None:
    seen = []
    with pytest.raises(ValueError, match="cannot take 500"):
        for value in ordered_map(fail_at_500, range(1000), workers=2, chunk=10):
            seen.append(value)
    assert seen == list(range(500))
    assert multiprocessing.active_children() == []


def test_a_killed_worker_stops_the_map_instead_of_hanging() -> None:
    with pytest.raises(WorkerLostError, match="ended without answering"):
        list(ordered_map(die_at_300, range(1000), workers=2, chunk=10))
    assert multiprocessing.active_children() == []


def test_a_caller_that_stops_reading_early_leaves_no_worker_behind() -> None:
    results = ordered_map(square, range(100_000), workers=2, chunk=10)
    assert [next(results) for _ in range(5)] == [0, 1, 4, 9, 16]
    results.close()
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(not hasattr(fcntl, "F_GETPIPE_SZ"), reason="pipe sizes are Linux's")
def test_a_widened_pipe_holds_a_whole_chunk() -> None:
    reader, writer = multiprocessing.Pipe(duplex=False)
    try:
        widen_pipe(writer)
        assert fcntl.fcntl(writer.fileno(), fcntl.F_GETPIPE_SZ) == PIPE_BYTES
    finally:
        reader.close()
        writer.close()


# A run that maps items from a source which then stalls (the workers wait for work), printing its workers'
# process ids; `without_death_signal` leaves the closed task pipe alone to tell the workers.
_STALLED_RUN = """
import sys, time
import harvester.pipeline.parallel_map as process_map
if sys.argv[1] == "without_death_signal":
    process_map._die_with_parent = lambda parent: None

def items():
    yield from range(10)
    time.sleep(600)

results = process_map.ordered_map(abs, items(), workers=2, chunk=1)
next(results)
import multiprocessing
print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting for a parent that is gone."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _workers_after_kill_9(mode: str) -> list[int]:
    """Start a stalled run, kill -9 it once its workers are up, and return the workers still alive 3 s later."""
    run = subprocess.Popen([sys.executable, "-c", _STALLED_RUN, mode], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in run.stdout.readline().split()]
        assert len(workers) == 2
    finally:
        run.kill()
        run.wait()
    deadline = time.monotonic() + 3
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [pid for pid in workers if _alive(pid)]
    for pid in alive:  # do not leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    return alive


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_run_is_killed_with_kill_9() -> None:
    assert _workers_after_kill_9("as_shipped") == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_waiting_worker_sees_its_task_pipe_end_when_the_parent_dies_even_without_the_death_signal() -> None:
    assert _workers_after_kill_9("without_death_signal") == []


def test_a_worker_ignores_sigterm_and_sigint_so_the_parent_decides_when_it_stops() -> None:
    results = ordered_map(square, range(100_000), workers=2, chunk=10)
    assert next(results) == 0
    for process in multiprocessing.active_children():
        os.kill(process.pid, signal.SIGTERM)
        os.kill(process.pid, signal.SIGINT)
    assert list(itertools.islice(results, 99)) == [n * n for n in range(1, 100)]
    results.close()
    assert multiprocessing.active_children() == []
