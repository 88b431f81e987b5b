"""The ordered map over worker processes: results in order, errors reach the caller, no process outlives it."""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import signal

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
