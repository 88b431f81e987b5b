"""Every replica runs by hand: `python -m harvester.testing.replicas.NAME` serves on loopback until Ctrl-C."""

from __future__ import annotations

import http.client
import json
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# module, and a request path below the printed URL that the replica answers with HTTP 200
REPLICAS = [
    ("open311", "/requests.json"),
    ("kerrokantasi", "/hearing/"),
    ("respa", "/reservation/"),
    ("decidim", None),
    ("tilavarauspalvelu", None),
    ("kuntalaisaloite", "/api/v1/initiatives"),
]


def _start(module: str, *options: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", f"harvester.testing.replicas.{module}", "--port", "0", "--records", "12", *options],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    banner = process.stdout.readline()
    return process, banner


def _stop(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGINT)
    return process.wait(timeout=10)


def _url(banner: str) -> str:
    return next(word for word in banner.split() if word.startswith("http://127.0.0.1:"))


def _graphql(url: str, query: str) -> dict:
    request = urllib.request.Request(
        url, json.dumps({"query": query}).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


@pytest.mark.parametrize(("module", "path"), [r for r in REPLICAS if r[1] is not None])
def test_a_rest_replica_serves_on_the_url_it_prints_and_exits_0_on_ctrl_c(module: str, path: str) -> None:
    process, banner = _start(module, "--seed", "2")
    try:
        with urllib.request.urlopen(_url(banner) + path, timeout=10) as response:
            assert response.status == 200
    finally:
        assert _stop(process) == 0
    assert banner.rstrip().endswith("(Ctrl-C stops)")


def test_the_decidim_replica_serves_graphql_at_the_printed_url_and_takes_votes_api() -> None:
    process, banner = _start("decidim", "--votes-api")
    try:
        fields = _graphql(_url(banner), '{ __type(name: "Project") { fields { name } } }')
    finally:
        assert _stop(process) == 0
    assert banner.startswith("Decidim replica with 12 proposals")
    assert {"name": "confirmedVotes"} in fields["data"]["__type"]["fields"]


def test_the_tilavarauspalvelu_replica_serves_graphql_at_the_printed_url() -> None:
    process, banner = _start("tilavarauspalvelu")
    try:
        # the real server's CSRF dance: the token from GET /csrf/, then header, cookie and Referer
        url = _url(banner)
        with urllib.request.urlopen(url.replace("/graphql/", "/csrf/"), timeout=10) as response:
            token = json.loads(response.read())["csrfToken"]
        request = urllib.request.Request(
            url,
            data=json.dumps({"query": "{ reservationUnits(first: 1) { totalCount } }"}).encode(),
            headers={"Content-Type": "application/json", "X-Csrftoken": token, "Cookie": f"csrftoken={token}", "Referer": url},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            data = json.loads(response.read())
    finally:
        assert _stop(process) == 0
    assert data == {"data": {"reservationUnits": {"totalCount": 12}}}


def _outcome(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            return str(response.status)
    except urllib.error.HTTPError as error:
        return str(error.code)
    except http.client.IncompleteRead:
        return "truncated"


def test_the_faults_option_reaches_the_replica() -> None:
    process, banner = _start("open311", "--faults", "1", "--slow-seconds", "0")
    try:
        outcomes = [_outcome(_url(banner) + "/requests.json") for _ in range(8)]
    finally:
        assert _stop(process) == 0
    # every request draws a fault; only a 'slow' one (no delay here) is still answered 200
    assert set(outcomes) - {"200"} <= {"429", "500", "truncated"}
    assert set(outcomes) - {"200"}
