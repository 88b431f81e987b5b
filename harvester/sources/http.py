"""HTTP for source adapters: a timeout on every call, retries with backoff, a User-Agent that names us."""

from __future__ import annotations

import email.utils
import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

from harvester import USER_AGENT
from harvester.core.errors import SourceError

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def _retry_after_seconds(value: str | None) -> float | None:
    """Read `Retry-After` as seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _decode(body: bytes, encoding: str | None) -> str:
    """Decode as told, else UTF-8, else Latin-1 (Helsinki's Swedish Open311 service list is Latin-1)."""
    if encoding:
        return body.decode(encoding)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("latin-1")


class HttpClient:
    """A requests session that retries 429/5xx, timeouts, connection errors and truncated JSON bodies.

    Backoff is exponential with jitter, capped at `max_backoff`; a server's `Retry-After` is honoured up to
    `max_retry_after` seconds. After `retries` attempts the last problem is raised as SourceError.
    """

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        retries: int = 6,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        max_retry_after: float = 120.0,
        headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.sleep = sleep
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept"] = "application/json"
        if headers:
            self.session.headers.update(headers)
        self.request_count = 0
        self.last_url: str | None = None

    def _wait(self, attempt: int, retry_after: float | None) -> None:
        if retry_after is not None:
            delay = min(retry_after, self.max_retry_after)
        else:
            delay = min(self.max_backoff, self.backoff * (2**attempt)) * (0.5 + random.random() / 2)
        self.sleep(delay)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send with retries; returns a response with a 2xx/3xx/4xx status other than 429."""
        kwargs.setdefault("timeout", self.timeout)
        problem = ""
        for attempt in range(self.retries):
            self.request_count += 1
            try:
                response = self.session.request(method, url, **kwargs)
            except (
                requests.Timeout,
                requests.ConnectionError,
                requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError,
            ) as exc:
                problem = f"{type(exc).__name__}: {exc}"
                log.debug("retrying %s %s after %s", method, url, problem)
                self._wait(attempt, None)
                continue
            if response.status_code in RETRY_STATUSES:
                problem = f"HTTP {response.status_code}"
                log.debug("retrying %s %s after %s", method, url, problem)
                self._wait(attempt, _retry_after_seconds(response.headers.get("Retry-After")))
                continue
            self.last_url = response.url  # where the source is reading: shown by the run's progress
            return response
        raise SourceError(f"{method} {url} failed after {self.retries} attempts: {problem}")

    def get_json(
        self, url: str, params: Mapping[str, Any] | None = None, *, encoding: str | None = None
    ) -> Any:
        """GET and decode JSON; a truncated or garbled body is retried like a 5xx."""
        return self._json("GET", url, params=params, encoding=encoding)

    def post_json(self, url: str, payload: Any) -> Any:
        return self._json("POST", url, json=payload)

    def _json(self, method: str, url: str, *, encoding: str | None = None, **kwargs: Any) -> Any:
        problem = ""
        for attempt in range(self.retries):
            response = self.request(method, url, **kwargs)
            if response.status_code >= 400:
                raise SourceError(
                    f"{method} {response.url} answered HTTP {response.status_code}: {response.text[:300]}"
                )
            body = response.content
            expected = response.headers.get("Content-Length")
            if expected and expected.isdigit() and int(expected) != len(body):
                problem = f"truncated body ({len(body)} of {expected} bytes)"
            else:
                text = _decode(body, encoding)
                try:
                    return json.loads(text.lstrip("\ufeff"))
                except json.JSONDecodeError as exc:
                    problem = f"unreadable JSON ({exc})"
            log.debug("retrying %s %s after %s", method, url, problem)
            self._wait(attempt, None)
        raise SourceError(f"{method} {url} failed after {self.retries} attempts: {problem}")
