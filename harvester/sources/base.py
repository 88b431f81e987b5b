"""The small interface every source adapter implements, and what it hands to the pipeline."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
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


class Source(ABC):
    """Knows one upstream API and nothing of targets or state.

    `extract` streams records changed since `cursor`; when it is exhausted, `next_cursor` holds the
    cursor to store (committed only after publish) and `complete` says whether the listing covered every
    record of the dataset, so that rows not seen can be treated as removed.
    """

    system: ClassVar[str]
    parallel_normalise: ClassVar[bool] = False
    """True when `normalise` depends only on its record and settings fixed before extraction, so long runs
    may call it in worker processes (warnings it appends are carried back; other state changes are not)."""

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        self.settings = settings
        self.http = http
        self.params = dict(params)
        self.next_cursor: str | None = None
        self.complete = False
        self.warnings: list[str] = []
        #: A paragraph per language the dataset's description must carry because of how this run read the
        #: source (e.g. "coordinates are empty: no service map configured"); appended by the pipeline.
        self.dataset_notes: dict[str, str] = {}

    @abstractmethod
    def extract(self, cursor: str | None) -> Iterator[SourceRecord | Removed]:
        """Yield records changed since `cursor` (all records when it is None), page by page."""

    @abstractmethod
    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        """Turn one raw record into flat rows of source fields; raise RecordError naming the field."""


def with_notes(description: Any, notes: Mapping[str, str]) -> Any:
    """A job's `dataset.description` (a {language: text} mapping or a Finnish text) with `notes` appended as a
    paragraph in each language it has a note for."""
    if not notes:
        return description
    texts = dict(description) if isinstance(description, Mapping) else ({"fi": description} if description else {})
    for language, note in notes.items():
        texts[language] = f"{texts[language]}\n\n{note}" if texts.get(language) else note
    return texts
