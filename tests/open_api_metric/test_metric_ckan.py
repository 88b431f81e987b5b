"""The open-API metric against a real CKAN 2.11 (acceptance of issue 7).

A test organisation holds datasets with API, WFS, WMS, CSV and DataStore resources created in different
years (a sysadmin may set a resource's `created` in CKAN 2.11), two of them at one WFS endpoint. With
CKAN_URL/CKAN_API_TOKEN set (scripts/start-ckan.sh writes them) the tests talk to that CKAN; with
CKAN_RECORD=1 as well they (re)record their cassettes under tests/cassettes/metric/. Without a CKAN they
replay the cassettes, so they pass anywhere. Tokens and cookies are scrubbed before a cassette is written.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ckanapi
import pytest
import vcr
import yaml

from harvester.cli.main import main
from harvester.core.config import load_config
from harvester.core.errors import SourceError
from harvester.open_api_metric.catalogue_scan import CatalogueReader, scan_catalogue
from harvester.open_api_metric.compute import Metric, compute_metric
from harvester.open_api_metric.register import load_register
from harvester.open_api_metric.snapshots import SnapshotStore, scope_of
from harvester.pipeline.run import run_job

pytestmark = pytest.mark.ckan

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes" / "metric"
REPO = Path(__file__).resolve().parents[2]
ORGANIZATION = "metric-test-org"
TOKEN_ENV = "HRI_HARVESTER_METRIC_TEST_TOKEN"
SECRET_HEADERS = ("authorization", "x-ckan-api-key", "cookie", "set-cookie")

REGISTER = """\
apis:
  - name: Example feedback API
    owner: Kaupunginkanslia
    endpoint: https://api.example-city.fi/feedback/v1
    kind: Open311
    opened: 2017-05-01
"""

#: The test catalogue: dataset → resources (url, format, created in UTC as CKAN stores it).
DATASETS: dict[str, list[dict[str, Any]]] = {
    "metric-test-geo": [
        {
            "url": "https://kartta.example-city.fi/geoserver/wfs?service=WFS&typeName=parks",
            "format": "WFS",
            "created": "2019-03-01T10:00:00",
        },
        {
            "url": "HTTPS://Kartta.Example-City.fi/geoserver/wfs/?service=WFS&typeName=trees",
            "format": "WFS",
            "created": "2021-06-01T10:00:00",
        },
        {
            "url": "https://kartta.example-city.fi/geoserver/wms?service=WMS",
            "format": "WMS",
            "created": "2020-02-01T10:00:00",
        },
    ],
    "metric-test-api": [
        {
            "url": "https://api.example-city.fi/events/v1/event/",
            "format": "API",
            "created": "2020-09-01T10:00:00",
        },
        {
            "url": "https://api.example-city.fi/feedback/v1/requests.json",
            "format": "JSON",
            "created": "2016-01-10T10:00:00",
        },
    ],
    "metric-test-files": [
        {
            "url": "https://www.example-city.fi/files/data.csv",
            "format": "CSV",
            "created": "2019-05-05T10:00:00",
        },
        {
            "url": "https://www.example-city.fi/files/stats.csv",
            "format": "CSV",
            "created": "2021-04-01T10:00:00",
            "name": "stats in the DataStore",
        },
    ],
}
NEW_API = {
    "url": "https://api.example-city.fi/parking/v2?lang=fi",
    "format": "REST",
    "created": "2018-11-11T10:00:00",
}

#: What the catalogue + register above must give: year → (opened, closed, open at end, DataStore opened).
EXPECTED = {
    2016: (1, 0, 1, 0),  # the feedback API: its first resource (2016-01-10) is earlier than the register
    2017: (0, 0, 1, 0),
    2018: (0, 0, 1, 0),
    2019: (1, 0, 2, 0),  # the WFS; the CSV file of 2019 is not an API
    2020: (2, 0, 4, 0),  # the WMS and the events API
    2021: (0, 0, 4, 1),  # the second WFS resource is the same endpoint; the DataStore file is counted apart
}


def _scrub(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
    return response


def _recorded_url(cassette: Path) -> str:
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    return data["interactions"][0]["request"]["uri"].split("/api/", 1)[0]


@contextlib.contextmanager
def catalogue(name: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The CKAN URL for one test: live when configured (recording when CKAN_RECORD=1), else the cassette."""
    url, token = os.environ.get("CKAN_URL"), os.environ.get("CKAN_API_TOKEN")
    cassette = CASSETTES / f"{name}.yaml"
    recorder = vcr.VCR(
        filter_headers=list(SECRET_HEADERS),
        before_record_response=_scrub,
        match_on=["method", "scheme", "host", "port", "path", "query", "body"],
        decode_compressed_response=True,
    )
    if url and token:
        monkeypatch.setenv(TOKEN_ENV, token)
        if os.environ.get("CKAN_RECORD") == "1":
            with recorder.use_cassette(str(cassette), record_mode="all"):
                yield url.rstrip("/")
        else:
            yield url.rstrip("/")
        return
    if not cassette.exists():
        pytest.fail(f"no CKAN configured (CKAN_URL/CKAN_API_TOKEN) and no cassette {cassette}")
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    with recorder.use_cassette(str(cassette), record_mode="none", allow_playback_repeats=False):
        yield _recorded_url(cassette)


def admin(url: str) -> ckanapi.RemoteCKAN:
    return ckanapi.RemoteCKAN(url, apikey=os.environ.get(TOKEN_ENV))


def call(ckan: ckanapi.RemoteCKAN, action: str, data: dict[str, Any]) -> Any:
    return ckan.call_action(action, data, requests_kwargs={"timeout": 30})


def seed(url: str) -> None:
    """Recreate the test organisation's datasets from DATASETS (other organisations are left alone)."""
    ckan = admin(url)
    try:
        call(ckan, "organization_show", {"id": ORGANIZATION})
    except ckanapi.NotFound:
        call(ckan, "organization_create", {"name": ORGANIZATION, "title": "Open-API metric tests"})
    for name, resources in DATASETS.items():
        with contextlib.suppress(ckanapi.NotFound):
            call(ckan, "dataset_purge", {"id": name})
        created = call(
            ckan, "package_create", {"name": name, "owner_org": ORGANIZATION, "resources": resources}
        )
        for resource in created["resources"]:
            if resource.get("name") == "stats in the DataStore":
                call(
                    ckan,
                    "datastore_create",
                    {
                        "resource_id": resource["id"],
                        "force": True,
                        "fields": [{"id": "year", "type": "int"}, {"id": "visitors", "type": "int"}],
                        "records": [{"year": 2020, "visitors": 120}, {"year": 2021, "visitors": 150}],
                    },
                )


def register_file(tmp_path: Path) -> Path:
    path = tmp_path / "apis.yaml"
    path.write_text(REGISTER, encoding="utf-8")
    return path


def compute(url: str, tmp_path: Path) -> Metric:
    reader = CatalogueReader(url, token=os.environ.get(TOKEN_ENV), timeout=30)
    return compute_metric(
        load_register(register_file(tmp_path)), scan_catalogue(reader, ORGANIZATION), until=2021
    )


def figures(metric: Metric) -> dict[int, tuple[int, int, int, int]]:
    return {
        f.year: (len(f.opened), len(f.closed), len(f.open_at_end), len(f.datastore_opened))
        for f in metric.years
    }


def config_file(tmp_path: Path, url: str) -> Path:
    data = {
        "state": f"sqlite:///{tmp_path / 'state' / 'harvester.db'}",
        "catalogue": {"path": str(tmp_path / "catalogue")},
        "reports": {"path": str(tmp_path / "reports")},
        "jobs_dir": str(REPO / "jobs"),
        "ckan": {
            "url": url,
            "organization": ORGANIZATION,
            "profile": "ckan",
            "token_env": TOKEN_ENV,
            "timeout": 30,
        },
        # The job reads apis.yaml from the project folder; here the test's own register stands in for it.
        "sources": {"hri": {"base_url": url, "token_env": TOKEN_ENV, "project_dir": str(tmp_path)}},
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_per_year_counts_are_the_distinct_api_endpoints_opened_each_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with catalogue("per_year_counts", monkeypatch) as url:
        seed(url)
        metric = compute(url, tmp_path)
    assert figures(metric) == EXPECTED
    wfs = [api for api in metric.apis if api.kind == "WFS"]
    assert [(api.endpoint, len(api.resources)) for api in wfs] == [
        ("https://kartta.example-city.fi/geoserver/wfs", 2)
    ]
    assert [entry.dataset for entry in metric.datastore] == ["metric-test-files"]


def test_adding_an_api_resource_changes_only_its_year_and_the_difference_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = f"sqlite:///{tmp_path / 'state.db'}"
    with catalogue("recompute_after_new_api", monkeypatch) as url:
        seed(url)
        before = compute(url, tmp_path)
        with SnapshotStore(state) as store:
            store.record(scope_of(url, ORGANIZATION), before)
        dataset = call(admin(url), "package_show", {"id": "metric-test-api"})
        call(admin(url), "resource_create", {"package_id": dataset["id"], **NEW_API})
        after = compute(url, tmp_path)
        with SnapshotStore(state) as store:
            diff = store.record(scope_of(url, ORGANIZATION), after)
    opened_before = {year: counts[0] for year, counts in figures(before).items()}
    opened_after = {year: counts[0] for year, counts in figures(after).items()}
    assert {year for year in opened_after if opened_after[year] != opened_before[year]} == {2018}
    assert opened_after[2018] == opened_before[2018] + 1
    assert diff.changed_years == [2018]
    [change] = diff.changes
    assert (change.measure, change.added, change.removed) == (
        "opened",
        ("https://api.example-city.fi/parking/v2",),
        (),
    )


def test_harvester_metric_prints_the_json_and_draws_the_chart_from_the_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with catalogue("cli_json", monkeypatch) as url:
        seed(url)
        config = config_file(tmp_path, url)
        capsys.readouterr()
        code = main(
            [
                "--config",
                str(config),
                "metric",
                "--year",
                "2020",
                "--json",
                "--register",
                str(register_file(tmp_path)),
                "--chart-dir",
                str(tmp_path / "charts"),
            ]
        )
    out = capsys.readouterr()
    assert code == 0, out.err
    [year] = json.loads(out.out)["years"]
    assert (year["year"], year["opened"], year["closed"], year["open_at_end"], year["datastore_opened"]) == (
        2020,
        2,
        0,
        4,
        0,
    )
    assert year["apis"] == [
        {"endpoint": "https://kartta.example-city.fi/geoserver/wms", "kind": "WMS", "opened": "2020-02-01"},
        {"endpoint": "https://api.example-city.fi/events/v1/event", "kind": "REST", "opened": "2020-09-01"},
    ]
    png = (tmp_path / "charts" / "open-api-metric.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"2019: opened 1, open at end 2; 2020: opened 2, open at end 4" in png


def test_the_open_api_metric_job_publishes_one_row_per_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with catalogue("job_publishes", monkeypatch) as url:
        seed(url)
        register_file(tmp_path)
        report = run_job(load_config(config_file(tmp_path, url)), "open-api-metric")
    assert report.outcome == "success", report.error
    folder = tmp_path / "catalogue" / "open-api-metric"
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    [resource] = package["resources"]
    with (folder / resource["path"]).open(encoding="utf-8", newline="") as file:
        rows = {int(row["year"]): row for row in csv.DictReader(file)}
    for year, (opened, closed, open_at_end, datastore) in EXPECTED.items():
        row = rows[year]
        assert (
            int(row["opened"]),
            int(row["closed"]),
            int(row["open_at_end"]),
            int(row["datastore_opened"]),
        ) == (
            opened,
            closed,
            open_at_end,
            datastore,
        ), year
    assert rows[2019]["opened_apis"] == "https://kartta.example-city.fi/geoserver/wfs"


def test_an_organisation_the_catalogue_does_not_have_is_an_error_not_zero_apis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with catalogue("unknown_organisation", monkeypatch) as url:
        reader = CatalogueReader(url, token=os.environ.get(TOKEN_ENV), timeout=30)
        with pytest.raises(SourceError) as error:
            scan_catalogue(reader, "metric-test-no-such-org")
    assert "organization_show" in str(error.value) and "not found" in str(error.value)


def test_harvester_metric_lists_the_apis_behind_a_years_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with catalogue("cli_year_list", monkeypatch) as url:
        seed(url)
        config = config_file(tmp_path, url)
        capsys.readouterr()
        code = main(
            ["--config", str(config), "metric", "--year", "2016", "--register", str(register_file(tmp_path))]
        )
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split() == ["2016", "1", "0", "1", "0"]
    assert (
        "  2016-01-10  Open311  https://api.example-city.fi/feedback/v1  "
        "(Example feedback API; Kaupunginkanslia; register + catalogue)"
    ) in lines
