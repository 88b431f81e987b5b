"""HTTP for source adapters: one retry policy, a deadline and a size cap on every call, redirects kept on host.

Every call goes through `HttpClient.attempts`, a tenacity policy: 429, 5xx, timeouts, dropped connections,
truncated bodies and unreadable JSON are tried again with exponential backoff and jitter (a server's
`Retry-After` honoured up to `max_retry_after`); a name that does not resolve or a refused connection fails at
once (retrying them only made `harvester run --all` without a network take minutes to say so). `retries` is
the number of further attempts: 0 still sends one request.

Each request has a wall-clock `deadline` over the status line, the headers and the whole body: a server that
trickles one byte every few seconds never lets the per-read `timeout` fire, and without it hung the job and
kept its lock alive. A timer shuts the request's socket down when the deadline passes (urllib3 offers only
per-read timeouts), and the body, streamed in whatever pieces the socket gives (`read1`), is checked against
the deadline piece by piece as well. A body over `max_bytes` is refused,
naming the URL, before it is held in memory. A redirect to another host is refused unless the host is in
`allowed_redirect_hosts` (config `sources.<system>.allowed_redirect_hosts`).
"""

from __future__ import annotations

import contextlib
import contextvars
import email.utils
import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import requests
import requests.adapters
import tenacity
import urllib3
import urllib3.exceptions

from harvester import USER_AGENT
from harvester.core.errors import SourceError, without_credentials

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""64 MiB: ten times the largest page any of our sources serves (a Decidim export zip), well inside the
deployment's 1 GiB memory limit."""
READ_PIECE = 64 * 1024

T = TypeVar("T")


class RetryableProblem(Exception):
    """Raised inside an attempt to have it tried again under the client's policy (`problem` says why)."""

    def __init__(self, problem: str, retry_after: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.retry_after = retry_after


class RedirectRefused(SourceError):
    """A source redirected to a host the configuration does not allow."""


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


def _host(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.port


def _unreachable_reason(exc: requests.ConnectionError, url: str) -> str:
    """Why the host cannot be reached, in words an operator acts on (not urllib3's pool internals)."""
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)
    host = urlsplit(url).hostname or url
    if isinstance(reason, urllib3.exceptions.NameResolutionError):
        return f"the host name {host} does not resolve (no network, or a wrong base_url?)"
    return f"{host} refused the connection or is unreachable ({type(reason).__name__})"


def _unreachable(exc: requests.ConnectionError) -> bool:
    """True for a name that does not resolve or a refused connection: trying again will not help.

    urllib3 reports both as NewConnectionError (NameResolutionError is one); requests wraps it in
    MaxRetryError. A connect timeout or a dropped connection stays retryable."""
    if isinstance(exc, requests.Timeout):
        return False
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)
    return isinstance(reason, urllib3.exceptions.NewConnectionError)


class _Deadline:
    """One request's wall-clock deadline: when it passes, the request's socket is shut down, which ends a
    read blocked in the status line, the headers or the body (each byte of a trickle resets the per-read
    timeout, so without this a server sending one byte every few seconds held the job for good)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self.connection: Any = None
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._token = _current_deadline.set(self)
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _current_deadline.reset(self._token)

    def _expire(self) -> None:
        self.expired = True
        sock = getattr(self.connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


_current_deadline: contextvars.ContextVar[_Deadline | None] = contextvars.ContextVar(
    "harvester_http_deadline", default=None
)


class _WatchedPoolMixin:
    """A urllib3 connection pool that tells the current request's deadline which connection it uses."""

    def _make_request(self, conn: Any, *args: Any, **kwargs: Any) -> Any:
        deadline = _current_deadline.get()
        if deadline is not None:
            deadline.connection = conn
        return super()._make_request(conn, *args, **kwargs)  # type: ignore[misc]


class _WatchedHTTPPool(_WatchedPoolMixin, urllib3.HTTPConnectionPool):
    pass


class _WatchedHTTPSPool(_WatchedPoolMixin, urllib3.HTTPSConnectionPool):
    pass


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _HostKeepingSession(requests.Session):
    """A session that follows a redirect only to the same host, or to one the configuration allows."""

    def __init__(self, allowed_hosts: Iterable[str]) -> None:
        super().__init__()
        self.allowed_hosts = frozenset(host.lower() for host in allowed_hosts)
        for prefix in ("http://", "https://"):
            self.mount(prefix, _WatchedAdapter())

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        target = super().get_redirect_target(resp)
        if target is None:
            return None
        absolute = urljoin(resp.url, target)
        (host, port), (origin, origin_port) = _host(absolute), _host(resp.url)
        if host != origin and host not in self.allowed_hosts:
            raise RedirectRefused(
                f"{resp.request.method} {without_credentials(resp.url)} redirected to another host, "
                f"{host!r}: refused (allow it with sources.<system>.allowed_redirect_hosts)"
            )
        if host == origin and port != origin_port and host not in self.allowed_hosts:
            log.debug("following a redirect from port %s to %s on %s", origin_port, port, host)
        return target


class HttpClient:
    """A requests session under one retry policy, with a per-request deadline and a response size cap."""

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        retries: int = 6,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        max_retry_after: float = 120.0,
        deadline: float | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        allowed_redirect_hosts: Iterable[str] = (),
        headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if retries < 0 or timeout <= 0 or backoff < 0 or max_bytes < 1:
            raise ValueError("retries and backoff must be ≥ 0, timeout and max_bytes > 0")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        # a request may take a few per-read timeouts in all; never less than a minute
        self.deadline = deadline if deadline is not None else max(60.0, 4 * timeout)
        self.max_bytes = max_bytes
        self.sleep = sleep
        self.session = _HostKeepingSession(allowed_redirect_hosts)
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept"] = "application/json"
        if headers:
            self.session.headers.update(headers)
        self.request_count = 0
        self.last_url: str | None = None

    # -- the policy --------------------------------------------------------------------------------

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        attempt = state.attempt_number - 1
        return min(self.max_backoff, self.backoff * (2**attempt)) * (0.5 + random.random() / 2)

    def attempts(self, what: str, attempt: Callable[[], T]) -> T:
        """Run `attempt` under the policy: RetryableProblem tries again after a backoff, up to `retries`
        more times, then becomes SourceError naming `what`; any other exception passes through at once."""
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.retries + 1),
            wait=self._wait,
            retry=tenacity.retry_if_exception_type(RetryableProblem),
            sleep=self.sleep,
            before_sleep=lambda state: log.debug(
                "retrying %s after %s", what, state.outcome.exception() if state.outcome else "?"
            ),
            reraise=True,
        )
        try:
            return retrying(attempt)
        except RetryableProblem as exc:
            raise SourceError(
                f"{without_credentials(what)} failed after {self.retries + 1} attempts: {exc.problem}"
            ) from None

    # -- one attempt -------------------------------------------------------------------------------

    def send_once(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """One request with its body read under the deadline and the size cap, for a caller that runs its
        own `attempts` (a protocol helper that must look at the body before deciding to try again)."""
        return self._send(method, url, **kwargs)

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """One request with its body read under the deadline and the size cap; transient trouble raises
        RetryableProblem, an unreachable host or an oversized body SourceError."""
        what = f"{method} {without_credentials(url)}"
        self.request_count += 1
        with _Deadline(self.deadline) as deadline:
            try:
                return self._send_within(deadline, what, method, url, **kwargs)
            except RetryableProblem:
                if deadline.expired:
                    raise RetryableProblem(
                        f"no complete response within the deadline of {self.deadline:g} s"
                    ) from None
                raise

    def _send_within(
        self, deadline: _Deadline, what: str, method: str, url: str, **kwargs: Any
    ) -> requests.Response:
        started = time.monotonic()
        timeout = kwargs.pop("timeout", self.timeout)
        try:
            response = self.session.request(method, url, stream=True, timeout=timeout, **kwargs)
            self.last_url = response.url  # where the source is reading: shown by the run's progress
        except requests.ConnectionError as exc:
            if _unreachable(exc) and not deadline.expired:
                raise SourceError(f"{what}: cannot connect: {_unreachable_reason(exc, url)}") from None
            raise RetryableProblem(f"{type(exc).__name__}: {without_credentials(str(exc))}") from None
        except (requests.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
            raise RetryableProblem(f"{type(exc).__name__}: {without_credentials(str(exc))}") from None
        try:
            if response.status_code in RETRY_STATUSES:
                raise RetryableProblem(
                    f"HTTP {response.status_code}",
                    _retry_after_seconds(response.headers.get("Retry-After")),
                )
            body = self._read_body(response, what, started)
            if deadline.expired:  # the socket was shut down: what was read may end anywhere
                raise RetryableProblem("deadline")
            response._content = body
            response._content_consumed = True
        finally:
            response.close()
        return response

    def _read_body(self, response: requests.Response, what: str, started: float) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise SourceError(
                f"{what}: the response is {int(declared):,} bytes, over the limit of {self.max_bytes:,} "
                "(sources.<system>.max_response_bytes)"
            )
        pieces: list[bytes] = []
        size = 0
        raw = response.raw
        try:
            while True:
                piece = raw.read1(READ_PIECE, decode_content=True)
                if not piece:
                    break
                size += len(piece)
                if size > self.max_bytes:
                    raise SourceError(
                        f"{what}: the response passed the limit of {self.max_bytes:,} bytes "
                        "(sources.<system>.max_response_bytes); refused"
                    )
                pieces.append(piece)
                if time.monotonic() - started > self.deadline:
                    raise RetryableProblem(
                        f"no complete response within the deadline of {self.deadline:g} s "
                        f"({size:,} bytes received)"
                    )
        except (urllib3.exceptions.HTTPError, OSError) as exc:  # truncated, reset, read timeout
            raise RetryableProblem(f"{type(exc).__name__}: {without_credentials(str(exc))}") from None
        return b"".join(pieces)

    # -- the calls sources make --------------------------------------------------------------------

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send under the policy; returns a response with a 2xx/3xx/4xx status other than 429, body read."""
        return self.attempts(f"{method} {url}", lambda: self._send(method, url, **kwargs))

    def get_json(
        self, url: str, params: Mapping[str, Any] | None = None, *, encoding: str | None = None
    ) -> Any:
        """GET and decode JSON; a truncated or garbled body is retried like a 5xx."""
        return self._json("GET", url, params=params, encoding=encoding)

    def get_text(self, url: str, params: Mapping[str, Any] | None = None) -> str | None:
        """GET a page (HTML) as text; None on HTTP 404; a truncated body is retried like a 5xx."""

        def attempt() -> str | None:
            response = self._send("GET", url, params=params, headers={"Accept": "text/html"})
            if response.status_code == 404:
                return None
            if response.status_code >= 400:
                raise SourceError(
                    f"GET {without_credentials(response.url)} answered HTTP {response.status_code}: "
                    f"{response.text[:300]}"
                )
            declared = "charset" in response.headers.get("Content-Type", "")
            return _decode(response.content, response.encoding if declared else None)

        return self.attempts(f"GET {url}", attempt)

    def post_json(self, url: str, payload: Any) -> Any:
        return self._json("POST", url, json=payload)

    def _json(self, method: str, url: str, *, encoding: str | None = None, **kwargs: Any) -> Any:
        def attempt() -> Any:
            response = self._send(method, url, **kwargs)
            if response.status_code >= 400:
                raise SourceError(
                    f"{method} {without_credentials(response.url)} answered HTTP {response.status_code}: "
                    f"{response.text[:300]}"
                )
            return parse_json(response.content, f"{method} {url}", encoding)

        return self.attempts(f"{method} {url}", attempt)


def parse_json(body: bytes, what: str, encoding: str | None = None) -> Any:
    """JSON from a body: garbled text is a RetryableProblem; nesting too deep for Python to read (a hostile
    or broken source: 200,000 levels raised RecursionError, exit 1) is a SourceError, not retried."""
    text = _decode(body, encoding)
    try:
        return json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise RetryableProblem(f"unreadable JSON ({exc})") from None
    except RecursionError:
        raise SourceError(
            f"{without_credentials(what)}: the JSON is nested deeper than Python can read; refused"
        ) from None
