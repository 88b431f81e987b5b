"""The small interface every publishing target implements, and what the pipeline hands it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from harvester.core.csv_lines import CsvLineEncoder
from harvester.core.progress import RunProgress

Row = dict[str, Any]


@dataclass
class DatasetVersion:
    """The complete dataset as it should be after this run.

    `rows()` streams every current row (in primary-key order, columns in schema order) and may be called
    more than once; nothing is held in memory. `metadata` is the job's dataset block (titles fi/sv/en,
    licence, maintainer, ...), `schema` the Frictionless Table Schema (a dict). `stored_lines()`, when the
    pipeline has them, streams the same rows already encoded as CSV lines (harvester/core/csv_lines.py), in
    UTF-8: what the file holds, so writing it is a join, not an encoding of every line again.
    """

    name: str
    metadata: Mapping[str, Any]
    schema: Mapping[str, Any]
    rows: Callable[[], Iterator[Row]]
    row_count: int
    extra_files: dict[str, bytes] = field(default_factory=dict)
    stored_lines: Callable[[], Iterator[bytes]] | None = None

    @property
    def columns(self) -> list[str]:
        return [f["name"] for f in self.schema["fields"]]

    def csv_lines(self) -> Iterator[bytes]:
        """The CSV file's lines in UTF-8, header first: the stored lines when there are, else every row
        encoded."""
        encoder = CsvLineEncoder(self.columns)
        yield encoder.header().encode()
        if self.stored_lines is not None:
            yield from self.stored_lines()
        else:
            for row in self.rows():
                yield encoder.line(row).encode()


@dataclass
class ChangeSet:
    """What this run changes compared with what was published: rows by primary key."""

    added: Callable[[], Iterator[Row]]
    updated: Callable[[], Iterator[Row]]
    removed: Callable[[], Iterator[Mapping[str, Any]]]
    added_count: int = 0
    updated_count: int = 0
    removed_count: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added_count or self.updated_count or self.removed_count)


@dataclass
class PublishResult:
    """What the target did; `changed` is False when it made no write at all."""

    changed: bool
    actions: list[str] = field(default_factory=list)


class Target(ABC):
    """Knows one catalogue and nothing of the sources."""

    name: ClassVar[str]
    # the run's progress (core/progress.py), set by the pipeline; a target may report stages of its own
    progress: RunProgress = RunProgress()

    @abstractmethod
    def publish(self, dataset: DatasetVersion, changes: ChangeSet, *, dry_run: bool = False) -> PublishResult:
        """Make the catalogue hold `dataset`; write only what changed; with dry_run describe, write nothing."""
