"""CKAN down, failing or hung: the run stops with a message naming the dataset and the problem, in bounded time.

Each test starts its own small HTTP server on 127.0.0.1 and stops it at the end.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from harvester.core.config import CkanSettings
from harvester.core.errors import PublishError
from harvester.targets.ckan.target import CkanTarget
from tests.ckan_support import make_changes, make_dataset, make_row

ROWS = [make_row(1), make_row(2)]
TOKEN = "secret-token-value"


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (the timeout test) is expected; no traceback on stderr."""


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _target(url: str, monkeypatch: pytest.MonkeyPatch, timeout: float = 5.0) -> CkanTarget:
    monkeypatch.setenv("HRI_HARVESTER_FAILURE_TOKEN", TOKEN)
    settings = CkanSettings(
        url=url, organization="helsinki", token_env="HRI_HARVESTER_FAILURE_TOKEN", timeout=timeout
    )
    return CkanTarget(settings)


def _publish(target: CkanTarget) -> None:
    target.publish(make_dataset("feedback", ROWS), make_changes(added=ROWS))


class ServerError(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b"<html><body><h1>502 Bad Gateway</h1> upstream CKAN is restarting</body></html>"
        self.send_response(502)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class Hangs(ServerError):
    def do_POST(self) -> None:  # noqa: N802
        time.sleep(3)
        super().do_POST()


class SeesToken(ServerError):
    seen: list[str] = []

    def do_POST(self) -> None:  # noqa: N802
        SeesToken.seen.append(self.headers.get("Authorization", ""))
        SeesToken.seen.append(self.headers.get("X-CKAN-API-Key", ""))
        super().do_POST()


@pytest.fixture
def server(request) -> Iterator[str]:
    yield from _serve(request.param)


def test_ckan_down_names_the_dataset_and_the_url(monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PublishError) as failed:
        _publish(_target(f"http://127.0.0.1:{port}", monkeypatch))
    message = str(failed.value)
    assert f"cannot reach CKAN at http://127.0.0.1:{port}" in message
    assert "package_show for dataset 'feedback'" in message
    assert TOKEN not in message


@pytest.mark.parametrize("server", [ServerError], indirect=True)
def test_a_5xx_answer_gives_the_status_and_a_short_reason(server, monkeypatch):
    with pytest.raises(PublishError) as failed:
        _publish(_target(server, monkeypatch))
    assert str(failed.value) == (
        f"CKAN at {server} failed package_show for dataset 'feedback': "
        "HTTP 502: 502 Bad Gateway upstream CKAN is restarting"
    )


@pytest.mark.parametrize("server", [Hangs], indirect=True)
def test_a_hung_ckan_fails_after_the_configured_timeout(server, monkeypatch):
    with pytest.raises(
        PublishError, match=r"did not answer package_show for dataset 'feedback' within 0.5 s"
    ):
        _publish(_target(server, monkeypatch, timeout=0.5))


@pytest.mark.parametrize("server", [SeesToken], indirect=True)
def test_the_token_goes_in_both_headers_ckan_reads(server, monkeypatch):
    SeesToken.seen.clear()
    with pytest.raises(PublishError):
        _publish(_target(server, monkeypatch))
    assert SeesToken.seen == [TOKEN, TOKEN]
