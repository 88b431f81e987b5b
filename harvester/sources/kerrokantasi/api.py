"""Kerrokantasi's REST API (Django REST framework, `/v1`): limit/offset paging over `next` links.

Every list request carries `limit` (the page size), because the nested per-section comments endpoint
answers its whole, unbounded list when `limit` is missing, and the other endpoints fall back to 50.
`next` links are followed as the server gives them, except that they are pointed back at the configured
host (a proxy may render its internal host or http:// in them) and given our `limit` when they lack one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from harvester.core.errors import RecordError, SourceError
from harvester.sources.http import HttpClient

LANGUAGES = ("fi", "sv", "en")
MAX_PAGE_SIZE = 500


def format_filter(moment: datetime) -> str:
    """A filter value with microseconds (e.g. for created_at__gt), so nothing at the boundary is skipped."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class Listing:
    """What one paged listing saw: the `count` the first and the last page announced, and items served."""

    first_count: int | None = None
    last_count: int | None = None
    served: int = 0

    @property
    def consistent(self) -> bool:
        """False when the list changed under the paging (so an item may have been skipped or repeated)."""
        return self.first_count == self.last_count == self.served


class KerrokantasiApi:
    """The few list endpoints the datasets need, each as a stream of objects in server order."""

    def __init__(self, base_url: str, http: HttpClient, page_size: int) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = http
        self.page_size = page_size
        self.request_count = 0

    def hearings(self, listing: Listing | None = None) -> Iterator[dict[str, Any]]:
        """Every hearing visible to anonymous users (published, not deleted, already opened)."""
        return self.pages("hearing", {"ordering": "created_at"}, listing)

    def comments(
        self, params: Mapping[str, str] | None = None, listing: Listing | None = None
    ) -> Iterator[dict[str, Any]]:
        """Comments of the root endpoint, oldest first (so comments made while paging land at the end)."""
        return self.pages("comment", {**(params or {}), "ordering": "created_at"}, listing)

    def sections(
        self, params: Mapping[str, str] | None = None, listing: Listing | None = None
    ) -> Iterator[dict[str, Any]]:
        """Sections of the root endpoint, with their questions (polls) and answer counts."""
        return self.pages("section", dict(params or {}), listing)

    def pages(
        self, endpoint: str, params: Mapping[str, str], listing: Listing | None = None
    ) -> Iterator[dict[str, Any]]:
        """Yield the objects of every page of `/v1/<endpoint>/`, following `next` until it is null."""
        listing = listing if listing is not None else Listing()
        url: str | None = f"{self.base_url}/{endpoint}/?" + urlencode({**params, "limit": self.page_size})
        visited: set[str] = set()
        while url:
            if url in visited:
                raise SourceError(f"{url}: the API's `next` link points back to a page already read")
            visited.add(url)
            payload = self.http.get_json(url)
            self.request_count += 1
            results, count, following = self._envelope(url, payload)
            if listing.first_count is None:
                listing.first_count = count
            listing.last_count = count
            for item in results:
                if not isinstance(item, dict):
                    raise SourceError(f"{url} listed {item!r}, expected an object")
                listing.served += 1
                yield item
            url = self._next(following) if following and results else None

    def _envelope(self, url: str, payload: Any) -> tuple[list[Any], int | None, str | None]:
        if not isinstance(payload, dict) or not isinstance(payload.get("results"), list):
            shape = type(payload).__name__
            raise SourceError(
                f"{url} answered a {shape} without a `results` list; expected the paged envelope "
                "{count, next, previous, results}"
            )
        count = payload.get("count")
        following = payload.get("next")
        if following is not None and not isinstance(following, str):
            raise SourceError(f"{url}: `next` is {following!r}, expected a URL or null")
        return payload["results"], count if isinstance(count, int) else None, following

    def _next(self, link: str) -> str:
        """The `next` link on our own scheme and host, and never without a limit."""
        base = urlsplit(self.base_url)
        parts = urlsplit(link)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        query.setdefault("limit", str(self.page_size))
        path = parts.path
        if parts.netloc and parts.netloc != base.netloc and "/v1/" in path:
            # A proxy rendered its own host and prefix: keep what follows /v1, e.g. /comment/.
            path = base.path.rstrip("/") + path[path.rfind("/v1/") + 3 :]
        return urlunsplit((base.scheme, base.netloc, path, urlencode(query), ""))


def translated(record_key: str, raw: Mapping[str, Any], field: str) -> dict[str, str | None]:
    """A translated field as `{fi, sv, en}` with None for missing languages.

    The API renders only the languages that have a value (missing keys, not nulls); a hearing's abstract
    is "" when it has no main section; the pre-2016 API served plain strings, read here as Finnish.
    """
    value = raw.get(field)
    result: dict[str, str | None] = dict.fromkeys(LANGUAGES)
    if value is None or value == "":
        return result
    if isinstance(value, str):
        result["fi"] = value.strip() or None
        return result
    if not isinstance(value, Mapping):
        raise RecordError(record_key, field, f"expected a {{fi, sv, en}} object, got {value!r}")
    for language in LANGUAGES:
        text = value.get(language)
        if text is not None and not isinstance(text, str):
            raise RecordError(record_key, f"{field}.{language}", f"expected text, got {text!r}")
        result[language] = text.strip() if text and text.strip() else None
    return result
