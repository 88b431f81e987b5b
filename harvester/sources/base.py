"""The small interface every source adapter implements, and what it hands to the pipeline."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from harvester.sources.http import DEFAULT_MAX_BYTES, HttpClient

Row = dict[str, Any]


@dataclass(frozen=True)
class SourceRecord:
    """One record as the source served it; `key` is its stable identity at the source."""

    key: str
    raw: Mapping[str, Any]


@dataclass(frozen=True)
class Removed:
    """The source says this row (by its primary-key string) no longer exists."""

    key: str


@dataclass
class SourceSettings:
    """What config.yaml says about one source system."""

    system: str
    base_url: str
    timeout: float = 30.0
    token: str | None = None
    retries: int = 6
    backoff: float = 0.5
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_BYTES
    allowed_redirect_hosts: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)

    def http_client(self) -> HttpClient:
        """The HTTP client this source's settings describe (timeouts, retries, limits, redirects)."""
        return HttpClient(
            timeout=self.timeout,
            retries=self.retries,
            backoff=self.backoff,
            deadline=self.deadline,
            max_bytes=self.max_response_bytes,
            allowed_redirect_hosts=self.allowed_redirect_hosts,
        )


@dataclass(frozen=True)
class ExtractResult:
    """What an extraction says when it has yielded its last record.

    Attributes:
        next_cursor: the cursor the next run starts from (stored only after this run published; None keeps
            no cursor, so the next run reads everything again).
        complete: the run listed every record of the dataset, so a row it did not yield is gone at the
            source and is removed from the published data.
        warnings: what a data steward should know about this listing (schema drift, a list that changed
            while it was paged, a capped window), for the run report.
        dataset_notes: a paragraph per language the dataset's description must carry because of how this run
            read the source (e.g. "coordinates are empty: no service map configured"); the pipeline appends
            them to the published description.
    """

    next_cursor: str | None
    complete: bool
    warnings: tuple[str, ...] = ()
    dataset_notes: Mapping[str, str] = field(default_factory=dict)


#: What `Source.extract` returns: a generator of records whose `return` value is the ExtractResult.
Extraction = Generator[SourceRecord | Removed, None, ExtractResult]


class Source(ABC):
    """Knows one upstream API and nothing of targets or state; the pipeline's one view of a source system.

    A subclass declares `system`, `record_key` and `cursor_field`, and implements `extract` and `normalise`
    (like singer-sdk's `Stream` with its `primary_keys`/`replication_key` and `get_records`, or
    ckanext-harvest's `IHarvester` gather/fetch/import stages). `harvester/sources/registry.py` maps a job's
    `system` to its class.
    """

    system: ClassVar[str]
    """The `sources.<system>` key of config.yaml and the `system` of the jobs that read this source."""

    record_key: str
    """The upstream field that identifies a record (`SourceRecord.key` is its value), e.g.
    "service_request_id". A class attribute; a source whose datasets differ may set it in `__init__`."""

    cursor_field: str | None
    """The upstream field the cursor is made of (e.g. "updated_datetime": the latest one seen), or None when
    every run lists the whole dataset. A class attribute; a source whose datasets differ may set it in
    `__init__`."""

    parallel_normalise: ClassVar[bool] = False
    """True when `normalise` depends only on its record and settings fixed before extraction, so long runs
    may call it in worker processes (warnings it appends are carried back; other state changes are not)."""

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        """Read and check the job's `params`; no request is made before `extract`.

        Args:
            settings: `sources.<system>` of config.yaml.
            http: the one HTTP client (retries, deadline, size cap) every request goes through.
            params: the job's `source.params`.

        Raises:
            ConfigError: a parameter is missing or wrong, named with its key and the reason.
        """
        self.settings = settings
        self.http = http
        self.params = dict(params)
        #: What `normalise` found worth telling a data steward (a record published without coordinates, ...);
        #: the pipeline carries them from worker processes into the run report. Extraction's own warnings
        #: go into its ExtractResult instead.
        self.warnings: list[str] = []

    @abstractmethod
    def extract(self, cursor: str | None) -> Extraction:
        """Yield the records changed since `cursor`, page by page, then return the run's ExtractResult.

        Args:
            cursor: the `next_cursor` of the last published run, or None for a first (full) run.

        Returns:
            (as the generator's return value, read with `result = yield from source.extract(cursor)` or
            `Extracting`) the cursor to store after publishing, whether the listing was complete, and
            the listing's warnings.

        Yields:
            SourceRecord for each record served; Removed for a record the source says is gone.

        Raises:
            SourceError: the source failed or answered something unreadable; the run stores nothing.
            StateError: `cursor` is not one this source wrote.
        """

    @abstractmethod
    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        """Turn one raw record into flat rows of source fields.

        Args:
            record: one record `extract` yielded (or a quarantined one, read back from the state store).

        Returns:
            The rows, each a dict of source field names to values (the job's field policy then decides what
            is published).

        Raises:
            RecordError: the record cannot be read; names the record, the field and the reason, and the
                record is quarantined while the run goes on.
        """


class Extracting:
    """Iterates an `Extraction` and keeps its ExtractResult, for callers that loop over records.

    `for item in (run := Extracting(source.extract(cursor))): ...` then `run.result`.
    """

    def __init__(self, extraction: Extraction, system: str = "source") -> None:
        self._extraction = extraction
        self._system = system
        self._result: ExtractResult | None = None

    def __iter__(self) -> Iterator[SourceRecord | Removed]:
        returned = yield from self._extraction
        if not isinstance(returned, ExtractResult):
            raise TypeError(
                f"the {self._system} source's extract ended without returning an ExtractResult "
                f"(got {returned!r})"
            )
        self._result = returned

    @property
    def result(self) -> ExtractResult:
        """The ExtractResult; RuntimeError before the extraction has yielded its last record."""
        if self._result is None:
            raise RuntimeError(f"the {self._system} source's extraction has not finished")
        return self._result


def extract_all(source: Source, cursor: str | None) -> tuple[list[SourceRecord | Removed], ExtractResult]:
    """Every item of one extraction and its ExtractResult (for small listings and tests)."""
    run = Extracting(source.extract(cursor), source.system)
    items = list(run)
    return items, run.result


def with_notes(description: Any, notes: Mapping[str, str]) -> Any:
    """A job's `dataset.description` (a {language: text} mapping or a Finnish text) with `notes` appended as a
    paragraph in each language it has a note for."""
    if not notes:
        return description
    texts = dict(description) if isinstance(description, Mapping) else ({"fi": description} if description else {})
    for language, note in notes.items():
        texts[language] = f"{texts[language]}\n\n{note}" if texts.get(language) else note
    return texts
