"""Keeps a job's lock alive while it runs: a heartbeat thread that renews the lease in the state store."""

from __future__ import annotations

import logging
import threading

from harvester.state.store import StateStore

log = logging.getLogger(__name__)


class LeaseKeeper:
    """Renews the lease every third of its length on a connection of its own; `lost` says it was taken over."""

    def __init__(self, state_url: str, job: str, owner: str, lease_seconds: float) -> None:
        self.state_url = state_url
        self.job = job
        self.owner = owner
        self.lease_seconds = lease_seconds
        self.lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"lease-{job}", daemon=True)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _beat(self) -> None:
        store: StateStore | None = None
        try:
            while not self._stop.wait(self.lease_seconds / 3):
                try:
                    store = store or StateStore(self.state_url)
                    if not store.renew_lock(self.job, self.owner, self.lease_seconds):
                        log.error("job %s: lock lost to another process", self.job)
                        self.lost.set()
                        return
                except Exception as exc:  # noqa: BLE001 - a failed heartbeat must not kill the run; retry
                    log.warning("job %s: lease renewal failed: %s", self.job, exc)
        finally:
            if store is not None:
                store.close()
