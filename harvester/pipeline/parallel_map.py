"""An ordered map over forked worker processes, lean enough for work that takes a fraction of a millisecond
per item.

multiprocessing.Pool.imap cost the main process about 0.04 ms an item on top of the work itself: three
helper threads, a queue and a lock per message, and a worker-watching thread that spins while a result waits
unread (it waits on the result pipe). Here one feeder thread pickles chunks of items and sends them round
robin over one pipe per worker; the caller reads each chunk's results from the worker that got it, so the
order needs no bookkeeping. A bounded queue of sent chunks keeps memory flat: the feeder waits while
`2 * workers` chunks are out.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import gc
import itertools
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_PROTOCOL = pickle.HIGHEST_PROTOCOL
F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)  # Linux's number; Python 3.10+ names it
# the most an unprivileged process may ask for by default (/proc/sys/fs/pipe-max-size)
PIPE_BYTES = 1 << 20
_STOP = b""
_DONE = object()
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


class WorkerLostError(RuntimeError):
    """A worker process ended without answering (killed, or out of memory)."""


def _die_with_parent(parent: int) -> None:
    """Make the kernel kill this worker when the process that forked it dies (Linux's PR_SET_PDEATHSIG), and
    leave at once if it died before the request took effect. Elsewhere the closed task pipe does it alone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(0)


@contextlib.contextmanager
def _stop_signals_blocked() -> Iterator[None]:
    """SIGINT and SIGTERM held back in this thread while it forks a worker: the worker starts with them blocked
    and ignores them before it unblocks them, so one sent to the process group while it starts cannot kill it
    with the parent's handler not yet replaced. Held back here, they reach the parent right after."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _serve(
    function: Callable[[Any], Any],
    tasks: Connection,
    results: Connection,
    inherited: list[Connection],
    parent: int,
) -> None:
    """A worker: chunks of items in, (True, results) or (False, exception) out, until the stop message, or
    until the task pipe ends (the parent died: it held the only write end).

    `inherited` are the parent's ends of every worker's pipes, this one's too, copied by fork: closed here,
    else a worker holds the write end of its own task pipe and never sees end of file (a `kill -9` of the
    run left its workers waiting for good). Signals are the parent's to handle: a Ctrl-C or a SIGTERM to the
    whole process group lets the parent stop at its next safe point and then end the workers itself."""
    for signum in STOP_SIGNALS:  # blocked since the fork (`_stop_signals_blocked`): one sent meanwhile is dropped
        signal.signal(signum, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    _die_with_parent(parent)
    for connection in inherited:
        connection.close()
    # what the worker inherited from the parent (the run's configuration, the scrubber's lexicons) lives as
    # long as the worker: kept out of the collector's full passes, which halves their cost here
    gc.freeze()
    while True:
        try:
            data = tasks.recv_bytes()
        except EOFError:
            return
        if data == _STOP:
            return
        try:
            answer = pickle.dumps((True, [function(item) for item in pickle.loads(data)]), _PROTOCOL)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it
            try:
                answer = pickle.dumps((False, exc), _PROTOCOL)
            except Exception:
                answer = pickle.dumps((False, RuntimeError(f"in a worker process: {exc!r}")), _PROTOCOL)
        try:
            results.send_bytes(answer)
        except OSError:  # the parent is gone
            return


def widen_pipe(connection: Connection) -> None:
    """Let a pipe hold a whole chunk (Linux; elsewhere, or above the system's limit, it stays as it is).

    A pipe holds 64 KB by default, a chunk of 256 feedback records is about 170 KB and its results 280 KB:
    the feeder blocked on a busy worker's pipe while the other worker waited for work, and a worker that
    finished blocked until the caller read its results. 100,000 feedback rows: about 3 % faster."""
    with contextlib.suppress(OSError):
        fcntl.fcntl(connection.fileno(), F_SETPIPE_SZ, PIPE_BYTES)


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int, chunk: int) -> Iterator[R]:
    """`map(function, items)` computed in `workers` forked processes, results in order.

    `items` is iterated in a thread of this process; an exception it raises reaches the caller after the
    results of the items before it, as does one raised by `function`."""
    context = multiprocessing.get_context("fork")
    processes = []
    task_writers: list[Connection] = []
    result_readers: list[Connection] = []
    for _ in range(workers):
        task_reader, task_writer = context.Pipe(duplex=False)
        result_reader, result_writer = context.Pipe(duplex=False)
        for connection in (task_writer, result_writer):
            widen_pipe(connection)
        inherited = [*task_writers, *result_readers, task_writer, result_reader]
        process = context.Process(
            target=_serve, args=(function, task_reader, result_writer, inherited, os.getpid()), daemon=True
        )
        with _stop_signals_blocked():
            process.start()
        task_reader.close()
        result_writer.close()
        processes.append(process)
        task_writers.append(task_writer)
        result_readers.append(result_reader)

    sent: queue.Queue[Any] = queue.Queue(maxsize=2 * workers)
    stopping = threading.Event()

    def feed() -> None:
        try:
            iterator = iter(items)
            for index in itertools.count():
                batch = list(itertools.islice(iterator, chunk))
                if not batch or stopping.is_set():
                    break
                task_writers[index % workers].send_bytes(pickle.dumps(batch, _PROTOCOL))
                sent.put(index)
            sent.put(_DONE)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it
            sent.put(exc)

    feeder = threading.Thread(target=feed, name="process-map-feeder", daemon=True)
    feeder.start()
    finished = False
    try:
        while True:
            entry = sent.get()
            if entry is _DONE:
                finished = True
                return
            if isinstance(entry, BaseException):
                raise entry
            try:
                ok, value = pickle.loads(result_readers[entry % workers].recv_bytes())
            except EOFError:
                raise WorkerLostError(
                    f"worker process {processes[entry % workers].pid} ended without answering"
                ) from None
            if not ok:
                raise value
            yield from value
    finally:
        _shut_down(processes, task_writers, result_readers, feeder, sent, stopping, finished)


def _shut_down(
    processes: list[Any],
    task_writers: list[Connection],
    result_readers: list[Connection],
    feeder: threading.Thread,
    sent: queue.Queue[Any],
    stopping: threading.Event,
    finished: bool,
) -> None:
    """After the last result: stop the idle workers. Early (an error, or the caller stopped reading):
    kill them (they ignore SIGTERM, see `_serve`), which also frees a feeder blocked on a full pipe, and let
    the feeder end."""
    stopping.set()
    if finished:
        for writer in task_writers:
            with contextlib.suppress(OSError):  # that worker is gone already
                writer.send_bytes(_STOP)
    else:
        for process in processes:
            process.kill()
    while feeder.is_alive():
        with contextlib.suppress(queue.Empty):
            sent.get(timeout=0.05)
    for process in processes:
        process.join()
    for connection in task_writers + result_readers:
        connection.close()
