"""The project's published datasets as the indicators read them: the rows each job last committed to the
state store (what the catalogue or CKAN holds), whichever target they were published to."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from harvester.state.store import StateStore


class StatePublishedData:
    """`PublishedData` over a state store; use as a context manager."""

    def __init__(self, state_url: str) -> None:
        self.store = StateStore(state_url)

    def rows(self, job: str) -> Iterator[Mapping[str, Any]]:
        for _, row in self.store.published_rows(job):
            yield row

    def harvested(self, job: str) -> bool:
        if self.store.published_count(job):
            return True
        return any(run.outcome == "success" for run in self.store.runs(job, limit=20))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> StatePublishedData:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
