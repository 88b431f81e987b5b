"""The HTTP client of every source: one retry policy, a deadline per request, a size cap, redirects on host."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
import urllib3.exceptions

from harvester.core.config import Config
from harvester.core.errors import HarvesterError, SourceError
from harvester.pipeline.run import RunOptions, run_job
from harvester.sources.http import HttpClient, _unreachable
from harvester.state.store import StateStore

REPO = Path(__file__).resolve().parents[2]

Handler = Callable[[BaseHTTPRequestHandler], None]


class Server:
    """A loopback server whose every GET/POST is answered by `handle`; `requests` counts them."""

    def __init__(self, handle: Handler) -> None:
        outer = self
        self.requests = 0

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server interface
                outer.requests += 1
                handle(self)

            do_POST = do_GET  # noqa: N815

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], Server]]:
    servers: list[Server] = []

    def start(handle: Handler) -> Server:
        servers.append(Server(handle))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> Handler:
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handle


def client(**options: object) -> HttpClient:
    options.setdefault("sleep", lambda _seconds: None)
    return HttpClient(**options)  # type: ignore[arg-type]


def test_a_server_that_trickles_its_body_is_given_up_at_the_deadline(serve: Callable[[Handler], Server]) -> None:
    stop = threading.Event()

    def trickle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Length", "100000")
        request.end_headers()
        while not stop.is_set():  # one byte every 0.1 s: each read succeeds long before the read timeout
            try:
                request.wfile.write(b" ")
                request.wfile.flush()
            except OSError:
                return
            stop.wait(0.1)

    server = serve(trickle)
    started = time.monotonic()
    try:
        with pytest.raises(SourceError, match="deadline of 0.5 s"):
            client(timeout=2, deadline=0.5, retries=1).get_json(server.url + "/slow")
    finally:
        stop.set()
    assert time.monotonic() - started < 3
    assert server.requests == 2  # tried once more, like any transient failure


def test_a_body_over_the_size_cap_is_refused_naming_the_url(serve: Callable[[Handler], Server]) -> None:
    server = serve(answer(200, b"[" + b"1," * 5000 + b"1]"))
    with pytest.raises(SourceError, match=r"GET http://127\.0\.0\.1:\d+/big: the response is 10,003 bytes"):
        client(max_bytes=4096).get_json(server.url + "/big")
    assert server.requests == 1  # a size that will not change is not retried


def test_a_streamed_body_without_a_length_is_cut_at_the_size_cap(serve: Callable[[Handler], Server]) -> None:
    def endless(request: BaseHTTPRequestHandler) -> None:
        request.protocol_version = "HTTP/1.0"
        request.send_response(200)
        request.end_headers()
        try:
            for _ in range(1000):
                request.wfile.write(b"x" * 8192)
        except OSError:
            pass

    server = serve(endless)
    with pytest.raises(SourceError, match="passed the limit of 65,536 bytes"):
        client(max_bytes=65536).request("GET", server.url + "/stream")


def test_a_redirect_to_another_host_is_refused(serve: Callable[[Handler], Server]) -> None:
    server = serve(answer(302, b"", {"Location": "http://evil.example/steal"}))
    with pytest.raises(SourceError, match="redirected to another host, 'evil.example': refused"):
        client().get_json(server.url + "/moved")


def test_a_redirect_to_an_allowed_host_is_followed(serve: Callable[[Handler], Server]) -> None:
    target = serve(answer(200, b'{"ok": true}'))
    port = target.url.rsplit(":", 1)[1]
    # the same server by another name: localhost is a different host from 127.0.0.1
    source = serve(answer(302, b"", {"Location": f"http://localhost:{port}/here"}))
    assert client(allowed_redirect_hosts=["localhost"]).get_json(source.url + "/moved") == {"ok": True}
    with pytest.raises(SourceError, match="'localhost': refused"):
        client().get_json(source.url + "/moved")


def test_a_redirect_on_the_same_host_is_followed(serve: Callable[[Handler], Server]) -> None:
    def handle(request: BaseHTTPRequestHandler) -> None:
        if request.path == "/old":
            answer(301, b"", {"Location": "/new"})(request)
        else:
            answer(200, b"[1]")(request)

    server = serve(handle)
    assert client().get_json(server.url + "/old") == [1]


def test_a_refused_connection_fails_at_once_without_retrying() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []
    http = HttpClient(retries=6, sleep=sleeps.append)
    with pytest.raises(SourceError, match="cannot connect"):
        http.get_json(f"http://127.0.0.1:{port}/x")
    assert http.request_count == 1 and sleeps == []


def test_a_name_that_does_not_resolve_counts_as_unreachable() -> None:
    """urllib3 reports DNS failures as NameResolutionError, a NewConnectionError; requests wraps it."""
    reason = urllib3.exceptions.NameResolutionError("nowhere.invalid", None, socket.gaierror(-2, "not known"))
    wrapped = urllib3.exceptions.MaxRetryError(None, "/x", reason)
    assert _unreachable(requests.ConnectionError(wrapped))
    dropped = urllib3.exceptions.MaxRetryError(None, "/x", urllib3.exceptions.ProtocolError("aborted"))
    assert not _unreachable(requests.ConnectionError(dropped))


def test_retries_0_still_sends_one_request(serve: Callable[[Handler], Server]) -> None:
    server = serve(answer(500, b"oops"))
    with pytest.raises(SourceError, match="failed after 1 attempts: HTTP 500"):
        client(retries=0).get_json(server.url + "/x")
    assert server.requests == 1


def test_a_5xx_is_retried_and_retry_after_honoured_up_to_its_cap(serve: Callable[[Handler], Server]) -> None:
    answers = iter([answer(503, b"", {"Retry-After": "7"}), answer(429, b"", {"Retry-After": "999"})])

    def handle(request: BaseHTTPRequestHandler) -> None:
        next(answers, answer(200, b"{}"))(request)

    server = serve(handle)
    sleeps: list[float] = []
    assert HttpClient(max_retry_after=60, sleep=sleeps.append).get_json(server.url + "/x") == {}
    assert sleeps == [7.0, 60.0] and server.requests == 3


def test_json_nested_200000_deep_is_a_source_error_not_retried(serve: Callable[[Handler], Server]) -> None:
    server = serve(answer(200, b"[" * 200_000 + b"]" * 200_000))
    with pytest.raises(SourceError, match="nested deeper than Python can read") as error:
        client().get_json(server.url + "/deep")
    assert error.value.exit_code == 4 and server.requests == 1


def test_credentials_in_a_url_never_reach_the_message(serve: Callable[[Handler], Server]) -> None:
    server = serve(answer(500, b""))
    url = server.url.replace("http://", "http://steward:hunter2@") + "/x"
    with pytest.raises(SourceError) as error:
        client(retries=0).get_json(url)
    assert "hunter2" not in str(error.value) and "http://***@127.0.0.1" in str(error.value)


def test_credentials_in_a_source_url_reach_neither_the_run_report_nor_the_runs_table(
    make_config: Callable[..., Config], tmp_path: Path, serve: Callable[[Handler], Server]
) -> None:
    jobs = tmp_path / "project" / "jobs"
    jobs.mkdir(parents=True)
    (tmp_path / "project" / "schemas").symlink_to(REPO / "schemas")
    shutil.copy(REPO / "jobs" / "feedback.yaml", jobs / "feedback.yaml")
    server = serve(answer(500, b"down"))
    url = server.url.replace("http://", "http://steward:hunter2@")
    config = make_config(sources={"feedback": url}, jobs_dir=jobs, extra={})
    config.sources["feedback"].retries = 0
    with pytest.raises(HarvesterError) as error:
        run_job(config, "feedback", RunOptions())
    runs = StateStore(config.state_url).runs("feedback")
    report = Path(runs[0].report_path or "").with_suffix(".json").read_text(encoding="utf-8")
    for text in (str(error.value), runs[0].error or "", report):
        assert "http://***@127.0.0.1" in text and "hunter2" not in text


def test_a_server_that_trickles_its_headers_is_given_up_at_the_deadline(
    serve: Callable[[Handler], Server],
) -> None:
    stop = threading.Event()

    def trickle(request: BaseHTTPRequestHandler) -> None:
        request.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while not stop.is_set():  # a header that never ends, one byte every 0.1 s
            try:
                request.wfile.write(b"a")
                request.wfile.flush()
            except OSError:
                return
            stop.wait(0.1)

    server = serve(trickle)
    started = time.monotonic()
    try:
        with pytest.raises(SourceError, match="deadline of 0.5 s"):
            client(timeout=2, deadline=0.5, retries=0).get_json(server.url + "/slow-headers")
    finally:
        stop.set()
    assert time.monotonic() - started < 3
