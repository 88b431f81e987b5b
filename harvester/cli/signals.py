"""How `harvester` answers SIGTERM and SIGINT: as a scheduler's or a service manager's request to stop.

Kubernetes and systemd stop a process with SIGTERM, a terminal with SIGINT; both mean the same here. A run
stops at its next safe point (between records, or before it publishes) with nothing committed, reports
`interrupted`, releases its lock and exits 130; a publish already begun finishes and commits, since stopping
it halfway would leave the next run more to redo, not less. A second signal stops at once (KeyboardInterrupt):
the run row is still closed as interrupted and the lock released on the way out.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises KeyboardInterrupt like SIGINT does (Python's default lets it kill the process, exit 143,
    with no report). Only in the main thread, where signal handlers can be set; restored on leaving."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class StopOnSignal:
    """While entered: the first SIGTERM/SIGINT sets `stop` (RunOptions.stop) and says so on stderr; a second
    raises KeyboardInterrupt. `signal_name` is the first signal's name, None when none came."""

    def __init__(self, prog: str = "harvester run") -> None:
        self.prog = prog
        self.stop = threading.Event()
        self.signal_name: str | None = None
        self._previous: dict[int, object] = {}

    def __enter__(self) -> StopOnSignal:
        if threading.current_thread() is threading.main_thread():
            for signum in STOP_SIGNALS:
                self._previous[signum] = signal.signal(signum, self._on_signal)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        self._previous.clear()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if self.stop.is_set():
            print(f"{self.prog}: {name} again: stopping now", file=sys.stderr, flush=True)
            raise KeyboardInterrupt
        self.signal_name = name
        self.stop.set()
        print(
            f"{self.prog}: {name}: stopping at the next safe point (nothing is committed unless a publish has "
            "begun; signal again to stop at once)",
            file=sys.stderr,
            flush=True,
        )
