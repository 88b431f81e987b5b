"""Shared pieces of the CKAN target tests: a small real table, job metadata, and live-or-cassette CKAN.

With CKAN_URL/CKAN_API_TOKEN (plain CKAN) and CKAN_HRI_URL/CKAN_HRI_API_TOKEN (CKAN_SCHEMA=hri) set — see
scripts/start-ckan.sh — the tests talk to the real CKAN; with CKAN_RECORD=1 as well they (re)record their
cassettes under tests/cassettes/. Without a CKAN they replay those cassettes, so they pass anywhere.
Tokens and cookies are scrubbed before a cassette is written.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
import vcr

from harvester.core.config import CkanSettings
from harvester.targets.base import ChangeSet, DatasetVersion
from harvester.targets.ckan.target import CkanTarget

CASSETTES = Path(__file__).parent / "cassettes"
ORGANIZATION = os.environ.get("CKAN_TEST_ORGANIZATION", "hri-harvester-test")
REPLAY_TOKEN = "replayed-cassette-no-token"
TOKEN_ENV = "HRI_HARVESTER_TEST_CKAN_TOKEN"
READ_ACTIONS = {"package_show", "organization_show", "datastore_search", "datastore_info"}

SCHEMA: dict[str, Any] = {
    "fields": [
        {"name": "id", "type": "integer"},
        {"name": "title", "type": "string"},
        {"name": "score", "type": "number"},
        {"name": "open", "type": "boolean"},
        {"name": "created", "type": "datetime"},
        {"name": "day", "type": "date"},
    ],
    "primaryKey": ["id"],
}

METADATA: dict[str, Any] = {
    "title": {"fi": "Testipalautteet", "sv": "Testrespons", "en": "Test feedback"},
    "description": {
        "fi": "Harvesterin testiaineisto.",
        "sv": "Harvesterns testdata.",
        "en": "The harvester's test data.",
    },
    "keywords": {"fi": ["palaute"], "sv": ["respons"], "en": ["feedback"]},
    "license": "CC-BY-4.0",
    "maintainer": "Helsingin kaupunki, Kaupunginkanslia",
    "maintainer_email": "avoindata@hel.fi",
    "maintainer_website": "https://www.hel.fi",
    "geographical_coverage": ["Helsinki"],
    "update_frequency": {"fi": ["päivittäin"], "sv": ["dagligen"], "en": ["daily"]},
    "date_released": "2026-11-27",
    "source_url": "https://asiointi.hel.fi/palautews/rest/v1/requests.json",
}


def make_row(number: int, version: int = 0) -> dict[str, Any]:
    """Row `number` of the test table; a higher `version` changes its title and score."""
    return {
        "id": number,
        "title": f"Palaute {number}" + (f" (muutos {version})" if version else ""),
        "score": round(number * 0.5 + version, 2),
        "open": number % 3 == 0,
        "created": f"2026-01-{number % 28 + 1:02d}T12:{number % 60:02d}:00",
        "day": f"2026-02-{number % 28 + 1:02d}",
    }


def make_dataset(
    name: str, rows: list[dict[str, Any]], metadata: Mapping[str, Any] | None = None
) -> DatasetVersion:
    ordered = sorted(rows, key=lambda row: row["id"])
    return DatasetVersion(
        name=name,
        metadata=dict(metadata or METADATA),
        schema=SCHEMA,
        rows=lambda: iter(ordered),
        row_count=len(ordered),
    )


def make_changes(
    added: list[dict[str, Any]] = (),  # type: ignore[assignment]
    updated: list[dict[str, Any]] = (),  # type: ignore[assignment]
    removed: list[int] = (),  # type: ignore[assignment]
) -> ChangeSet:
    return ChangeSet(
        added=lambda: iter(added),
        updated=lambda: iter(updated),
        removed=lambda: iter({"id": number} for number in removed),
        added_count=len(added),
        updated_count=len(updated),
        removed_count=len(removed),
    )


NO_CHANGES = make_changes()


@dataclass
class ActionLog:
    """Every CKAN action actually sent over HTTP (seen by a requests response hook, not by the target)."""

    actions: list[str] = field(default_factory=list)

    def hook(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        match = re.search(r"/api/(?:\d+/)?action/([a-z_]+)", response.request.url or "")
        if match:
            self.actions.append(match.group(1))

    @property
    def writes(self) -> list[str]:
        return [action for action in self.actions if action not in READ_ACTIONS]

    def clear(self) -> None:
        self.actions.clear()


@dataclass
class Ckan:
    """One CKAN for one test: live or replayed; builds targets whose HTTP calls are all logged."""

    url: str
    profile: str
    live: bool
    log: ActionLog = field(default_factory=ActionLog)

    def settings(self, **overrides: Any) -> CkanSettings:
        values = {
            "url": self.url,
            "organization": ORGANIZATION,
            "profile": self.profile,
            "token_env": TOKEN_ENV,
            "timeout": 60.0,
        }
        values.update(overrides)
        return CkanSettings(**values)

    def target(
        self, session: requests.Session | None = None, upsert_batch: int | None = None, **overrides: Any
    ) -> CkanTarget:
        session = session or requests.Session()
        session.hooks["response"].append(self.log.hook)
        return CkanTarget(self.settings(**overrides), session=session, upsert_batch=upsert_batch)

    def purge(self, name: str) -> None:
        """Start from nothing: remove the test dataset (and its DataStore table) if an earlier run left it."""
        target = self.target()
        found = target.api.call("package_show", name, {"id": name}, missing_ok=True)
        if found is not None:
            target.api.call("dataset_purge", name, {"id": found["id"]})
        self.log.clear()


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for header in list(headers):
        if header.lower() in ("set-cookie", "authorization", "x-ckan-api-key"):
            del headers[header]
    return response


def _normalised_body(request: Any) -> bytes:
    """A request body with the random multipart boundary replaced, so uploads replay deterministically."""
    body = request.body or b""
    if isinstance(body, str):
        body = body.encode("utf-8")
    if body.startswith(b"--"):
        boundary = body.split(b"\r\n", 1)[0][2:]
        if boundary:
            body = body.replace(boundary, b"BOUNDARY")
    return body


def _same_body(first: Any, second: Any) -> None:
    assert _normalised_body(first) == _normalised_body(second)


def _recorded_url(cassette: Path) -> str:
    match = re.search(r"^\s+uri: (\S+)/api/", cassette.read_text(encoding="utf-8"), re.MULTILINE)
    if not match:
        pytest.fail(f"cassette {cassette.name} records no CKAN request")
    return match.group(1)


PROFILE_ENV = {"ckan": ("CKAN_URL", "CKAN_API_TOKEN"), "hri": ("CKAN_HRI_URL", "CKAN_HRI_API_TOKEN")}


@contextlib.contextmanager
def ckan_cassette(
    name: str, profile: str, monkeypatch: pytest.MonkeyPatch, *, token: str | None = None
) -> Iterator[Ckan]:
    """A CKAN for one test: live when configured (recording when CKAN_RECORD=1), else the cassette."""
    url_env, token_env = PROFILE_ENV[profile]
    live_url, live_token = os.environ.get(url_env), os.environ.get(token_env)
    cassette = CASSETTES / f"{name}.yaml"
    recorder = vcr.VCR(
        filter_headers=["authorization", "x-ckan-api-key", "cookie"],
        before_record_response=scrub_response,
        match_on=["method", "scheme", "host", "port", "path", "ckan_body"],
        decode_compressed_response=True,
    )
    recorder.register_matcher("ckan_body", _same_body)
    if live_url and live_token:
        monkeypatch.setenv(TOKEN_ENV, token or live_token)
        if os.environ.get("CKAN_RECORD") == "1":
            # vcrpy's "all" mode keeps the old interactions in the file; a re-recording starts empty.
            cassette.unlink(missing_ok=True)
            with recorder.use_cassette(str(cassette), record_mode="all"):
                yield Ckan(live_url.rstrip("/"), profile, live=True)
        else:
            yield Ckan(live_url.rstrip("/"), profile, live=True)
        return
    if not cassette.exists():
        pytest.fail(
            f"no CKAN configured ({url_env}/{token_env}) and no cassette {cassette.name}; record it with "
            "scripts/start-ckan.sh and CKAN_RECORD=1 (see tests/ckan_support.py)"
        )
    monkeypatch.setenv(TOKEN_ENV, token or REPLAY_TOKEN)
    with recorder.use_cassette(str(cassette), record_mode="none", allow_playback_repeats=False):
        yield Ckan(_recorded_url(cassette), profile, live=False)
