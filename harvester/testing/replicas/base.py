"""A loopback HTTP server base for the source replicas, with seeded fault injection.

Each replica (Open311, Kerrokantasi, Respa, Decidim, ...) subclasses `ReplicaServer` and implements
`handle(request) -> Reply`; the base serves it on 127.0.0.1 from a daemon thread, keeps a request log for
tests and, when told, answers a seeded fraction of requests with the faults real upstreams produce:
429 with Retry-After, 500, a response slower than the client's timeout, or a truncated body.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import threading
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger(__name__)

FAULT_KINDS = ("429", "500", "slow", "truncated")


@dataclass(frozen=True)
class Request:
    """What a replica's handler sees of one HTTP request; `params` keeps the last value of each name,
    `headers` are keyed by lower-case name."""

    method: str
    path: str
    params: dict[str, str]
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    def cookie(self, name: str) -> str | None:
        """One cookie the client sent, by name."""
        jar = SimpleCookie()
        try:
            jar.load(self.headers.get("cookie", ""))
        except CookieError:
            return None
        return jar[name].value if name in jar else None


@dataclass
class Reply:
    """One HTTP response, already encoded."""

    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(
        cls, payload: Any, status: int = 200, *, encoding: str = "utf-8", content_type: str | None = None
    ) -> Reply:
        """Serialise `payload`; `encoding` other than UTF-8 reproduces upstreams that serve e.g. Latin-1."""
        body = json.dumps(payload, ensure_ascii=False).encode(encoding)
        return cls(status, body, content_type or f"application/json; charset={encoding}")


@dataclass
class FaultPlan:
    """Which fraction of requests fail, and how. `rate` 0 disables faults."""

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    slow_seconds: float = 2.0
    retry_after: tuple[int, ...] = (0, 1)

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, got {self.rate}")
        unknown = set(self.kinds) - set(FAULT_KINDS)
        if unknown or not self.kinds:
            raise ValueError(f"fault kinds must be a non-empty subset of {FAULT_KINDS}, got {self.kinds}")


@dataclass(frozen=True)
class LoggedRequest:
    """One served request, as the request log keeps it; `fault` is the injected fault or None."""

    method: str
    path: str
    params: dict[str, str]
    status: int
    fault: str | None


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.replica._serve(self)

    def do_POST(self) -> None:
        self.server.replica._serve(self)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    replica: ReplicaServer


class ReplicaServer(ABC):
    """Serve `handle` on loopback; start()/stop() or use as a context manager; `.url` is the base URL."""

    #: A path prefix the replica's API lives under, e.g. "/palautews/rest/v1" (no trailing slash).
    base_path: str = ""
    log_size = 10_000

    def __init__(
        self, *, seed: int = 0, host: str = "127.0.0.1", port: int = 0, faults: FaultPlan | None = None
    ) -> None:
        self.host = host
        self.port = port
        self.faults = faults or FaultPlan()
        self._fault_rng = random.Random(seed)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._log: deque[LoggedRequest] = deque(maxlen=self.log_size)
        self._count = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @abstractmethod
    def handle(self, request: Request) -> Reply:
        """Answer one request (path relative to `base_path`)."""

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind and serve from a daemon thread; returns self so `with Replica().start()` reads well."""
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server((self.host, self.port), _Handler)
        server.replica = self
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=type(self).__name__, daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (for running a replica by hand)."""
        self.start()
        try:
            self._stopping.wait()
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop serving and release the port; slow responses still sleeping are abandoned."""
        self._stopping.set()
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL of the API, e.g. http://127.0.0.1:40123/palautews/rest/v1 (no trailing slash)."""
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return f"http://{self.host}:{self.port}{self.base_path}"

    # -- faults and the request log ----------------------------------------------------------------

    def set_faults(
        self,
        rate: float,
        *,
        kinds: tuple[str, ...] = FAULT_KINDS,
        slow_seconds: float | None = None,
        retry_after: tuple[int, ...] | None = None,
    ) -> None:
        """Change fault injection while running, e.g. `set_faults(0.2)` or `set_faults(1.0, kinds=("500",))`."""
        plan = FaultPlan(
            rate=rate,
            kinds=tuple(kinds),
            slow_seconds=self.faults.slow_seconds if slow_seconds is None else slow_seconds,
            retry_after=self.faults.retry_after if retry_after is None else tuple(retry_after),
        )
        with self._lock:
            self.faults = plan

    @property
    def request_count(self) -> int:
        """Requests received since start, faulty ones included."""
        with self._lock:
            return self._count

    @property
    def request_log(self) -> list[LoggedRequest]:
        """The most recent requests (at most `log_size`), oldest first."""
        with self._lock:
            return list(self._log)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()
            self._count = 0

    def _draw_fault(self) -> tuple[str | None, FaultPlan, int]:
        with self._lock:
            plan = self.faults
            fault = None
            retry_after = 0
            if plan.rate > 0 and self._fault_rng.random() < plan.rate:
                fault = self._fault_rng.choice(plan.kinds)
                retry_after = self._fault_rng.choice(plan.retry_after)
            return fault, plan, retry_after

    # -- serving -----------------------------------------------------------------------------------

    def _serve(self, handler: _Handler) -> None:
        parts = urlsplit(handler.path)
        path = parts.path
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in handler.headers.items()}
        request = Request(handler.command, path, dict(parse_qsl(parts.query)), body, headers)
        fault, plan, retry_after = self._draw_fault()

        if fault == "429":
            reply = Reply.json({"detail": "Too many requests"}, 429)
            reply.headers["Retry-After"] = str(retry_after)
        elif fault == "500":
            reply = Reply.json({"detail": "Internal server error"}, 500)
        else:
            try:
                reply = self.handle(request)
            except Exception as exc:  # a bug in a replica must show as a 500, not a hung client
                log.exception("replica %s failed on %s", type(self).__name__, handler.path)
                reply = Reply.json({"detail": f"replica error: {exc}"}, 500)

        with self._lock:
            self._count += 1
            self._log.append(LoggedRequest(request.method, path, request.params, reply.status, fault))

        if fault == "slow" and self._stopping.wait(plan.slow_seconds):
            return
        sent = reply.body[: len(reply.body) // 2] if fault == "truncated" else reply.body
        try:
            handler.send_response(reply.status)
            handler.send_header("Content-Type", reply.content_type)
            handler.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.write(sent)
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (it timed out on a slow response): nothing to answer
        handler.close_connection = True


def run_standalone(
    argv: Iterable[str] | None,
    factory: Callable[..., ReplicaServer],
    *,
    prog: str,
    description: str,
    port: int,
    records: int,
    records_help: str,
    banner: str,
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
) -> int:
    """Serve one replica by hand until Ctrl-C: `python -m harvester.testing.replicas.NAME --port --records --seed --faults`.

    `factory(seed, records, port=, faults=, **extra)` builds the replica, where `extra` holds the options
    `add_arguments` added, by their dest names; `banner` is printed with `{records}` and `{url}` filled in.
    """
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--port", type=int, default=port, help="TCP port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--records", type=int, default=records, help=records_help)
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated data and of the faults")
    parser.add_argument("--faults", type=float, default=0.0, help="share of requests answered with a fault")
    parser.add_argument("--slow-seconds", type=float, default=2.0, help="delay of a 'slow' fault")
    if add_arguments is not None:
        add_arguments(parser)
    args = vars(parser.parse_args(list(argv) if argv is not None else None))
    seed, count, chosen_port = args.pop("seed"), args.pop("records"), args.pop("port")
    faults = FaultPlan(rate=args.pop("faults"), slow_seconds=args.pop("slow_seconds"))
    replica = factory(seed, count, port=chosen_port, faults=faults, **args)
    replica.start()
    try:
        # inside the try: the server answers from the moment it started, so a Ctrl-C can come as soon
        # as the banner is out
        print(f"{banner.format(records=count, url=replica.url)}  (Ctrl-C stops)", flush=True)
        replica.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        replica.stop()
    return 0
