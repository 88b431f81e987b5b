"""The API register (apis.yaml): the repository's own file loads, and every mistake names file, key, reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from harvester.core.errors import ConfigError
from harvester.open_api_metric.register import load_register

REPO = Path(__file__).resolve().parents[2]

ENTRY = """\
  - name: Events API
    owner: Kaupunginkanslia
    endpoint: https://API.example-city.fi/events/v1/
    documentation: https://dev.example-city.fi/events
    kind: REST
    opened: 2019-04-01
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "apis.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_repository_register_lists_the_source_systems_apis() -> None:
    endpoints = {api.endpoint for api in load_register(REPO / "apis.yaml")}
    assert endpoints == {
        "https://asiointi.hel.fi/palautews/rest/v1",
        "https://api.hel.fi/kerrokantasi/v1",
        "https://api.hel.fi/respa/v1",
        "https://tilavarauspalvelu.api.hel.fi/graphql",
        "https://omastadi.hel.fi/api",
    }


def test_an_entry_is_read_with_its_endpoint_normalised_and_dates_as_dates(tmp_path: Path) -> None:
    [api] = load_register(write(tmp_path, "apis:\n" + ENTRY + "    closed: 2024-12-31\n"))
    assert api.endpoint == "https://api.example-city.fi/events/v1"
    assert api.url == "https://API.example-city.fi/events/v1/"
    assert (api.opened, api.closed) == (date(2019, 4, 1), date(2024, 12, 31))
    assert (api.kind, api.owner) == ("REST", "Kaupunginkanslia")


def test_a_missing_required_key_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_register(write(tmp_path, "apis:\n" + ENTRY.replace("    opened: 2019-04-01\n", "")))
    assert (error.value.key, error.value.reason) == ("apis[0].opened", "is required")


def test_an_unknown_kind_lists_the_known_kinds(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_register(write(tmp_path, "apis:\n" + ENTRY.replace("kind: REST", "kind: SOAP")))
    assert error.value.key == "apis[0].kind"
    assert "GraphQL" in error.value.reason and "'SOAP'" in error.value.reason


def test_a_date_that_is_not_a_date_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_register(write(tmp_path, "apis:\n" + ENTRY.replace("2019-04-01", "spring 2019")))
    assert error.value.key == "apis[0].opened"
    assert "YYYY-MM-DD" in error.value.reason


def test_closing_before_opening_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_register(write(tmp_path, "apis:\n" + ENTRY + "    closed: 2018-01-01\n"))
    assert error.value.key == "apis[0].closed"


def test_the_same_endpoint_written_twice_is_refused_rather_than_counted_twice(tmp_path: Path) -> None:
    second = ENTRY.replace(
        "https://API.example-city.fi/events/v1/", "http://api.example-city.fi/events/v1?x=1"
    )
    with pytest.raises(ConfigError) as error:
        load_register(write(tmp_path, "apis:\n" + ENTRY + second))
    assert error.value.key == "apis[1].endpoint"
    assert "apis[0]" in error.value.reason


def test_an_unknown_key_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_register(write(tmp_path, "apis:\n" + ENTRY + "    launched: 2019-01-01\n"))
    assert error.value.key == "apis[0].launched"


def test_a_missing_file_is_reported_as_such(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_register(tmp_path / "nowhere.yaml")
    assert error.value.file.endswith("nowhere.yaml")
    assert "not found" in error.value.reason


def test_a_file_without_an_apis_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_register(write(tmp_path, "- name: x\n"))
    assert error.value.key == "apis"
