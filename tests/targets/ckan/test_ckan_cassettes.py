"""Cassettes are recorded from a real CKAN and committed: none may carry a token or a session cookie."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from tests.ckan_support import CASSETTES, scrub_response

SECRET_HEADERS = {"authorization", "x-ckan-api-key", "cookie"}
SECRET_RESPONSE_HEADERS = {"set-cookie", "authorization", "x-ckan-api-key"}
# CKAN API tokens are JWTs: three base64url parts, the first two starting {"... (eyJ).
TOKEN_PATTERN = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")

CASSETTE_FILES = sorted(CASSETTES.glob("**/*.yaml"))
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def test_there_are_cassettes_to_scan():
    assert CASSETTE_FILES, f"no cassettes under {CASSETTES}"


@pytest.mark.parametrize("cassette", CASSETTE_FILES, ids=lambda path: path.name)
def test_cassette_carries_no_secret_header(cassette: Path):
    for interaction in yaml.load(cassette.read_text(encoding="utf-8"), Loader=LOADER)["interactions"]:
        request_headers = {name.lower() for name in interaction["request"]["headers"]}
        response_headers = {name.lower() for name in interaction["response"]["headers"]}
        assert not request_headers & SECRET_HEADERS, interaction["request"]["uri"]
        assert not response_headers & SECRET_RESPONSE_HEADERS, interaction["request"]["uri"]


@pytest.mark.parametrize("cassette", CASSETTE_FILES, ids=lambda path: path.name)
def test_cassette_text_contains_no_token(cassette: Path):
    text = cassette.read_text(encoding="utf-8")
    assert not TOKEN_PATTERN.search(text)
    assert not re.search(r"(?i)(set-cookie|x-ckan-api-key|authorization)\s*:", text)
    for variable in ("CKAN_API_TOKEN", "CKAN_HRI_API_TOKEN"):
        token = os.environ.get(variable)
        if token:
            assert token not in text, f"{variable}'s value is in {cassette.name}"


def test_response_scrubber_removes_cookies_before_recording():
    response = {"headers": {"Set-Cookie": ["ckan=abc"], "Content-Type": ["application/json"]}}
    assert scrub_response(response)["headers"] == {"Content-Type": ["application/json"]}
