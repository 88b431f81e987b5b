"""The `open-api-metric` job's wiring: system `hri` reads the catalogue we publish to, rows fit the schema,
and a catalogue that cannot be read fails the run instead of publishing zero APIs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from harvester.core.config import load_config
from harvester.core.errors import SourceError
from harvester.open_api_metric.catalogue_scan import CatalogueReader, scan_catalogue
from harvester.open_api_metric.compute import compute_metric
from harvester.open_api_metric.register import RegisteredApi
from harvester.open_api_metric.source import year_row
from harvester.validation.rowcheck import RowValidator

REPO = Path(__file__).resolve().parents[2]


def config(tmp_path: Path, **extra: object) -> Path:
    data = {"state": f"sqlite:///{tmp_path / 'state.db'}", "jobs_dir": str(REPO / "jobs"), **extra}
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_system_hri_defaults_to_the_ckan_catalogue_and_organisation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("METRIC_TEST_TOKEN", "t0ken")
    loaded = load_config(
        config(
            tmp_path,
            ckan={
                "url": "https://ckan.example.fi/data/",
                "organization": "kaupunki",
                "token_env": "METRIC_TEST_TOKEN",
            },
        )
    )
    hri = loaded.sources["hri"]
    assert (hri.base_url, hri.token, hri.timeout) == ("https://ckan.example.fi/data", "t0ken", 60.0)
    assert hri.options["organization"] == "kaupunki"
    assert hri.options["state_url"] == loaded.state_url
    assert Path(hri.options["project_dir"]) == REPO


def test_sources_hri_overrides_the_catalogue(tmp_path: Path) -> None:
    loaded = load_config(
        config(tmp_path, sources={"hri": {"base_url": "http://127.0.0.1:5000", "timeout": 5}})
    )
    assert (loaded.sources["hri"].base_url, loaded.sources["hri"].timeout) == ("http://127.0.0.1:5000", 5.0)


def test_the_job_is_monthly_and_its_rows_fit_its_schema(tmp_path: Path) -> None:
    job = load_config(config(tmp_path)).job("open-api-metric")
    assert job.system == "hri"
    minute, hour, day, month, weekday = job.schedule.split()
    assert (day, month, weekday) == ("1", "*", "*")
    apis = [
        RegisteredApi(
            "a", "o", "https://api.hel.fi/a", "https://api.hel.fi/a", None, "REST", date(2016, 1, 1), None
        ),
        RegisteredApi(
            "b",
            "o",
            "https://api.hel.fi/b",
            "https://api.hel.fi/b",
            None,
            "REST",
            date(2016, 5, 1),
            date(2018, 1, 1),
        ),
    ]
    validator = RowValidator(job.schema)
    rows = [year_row(figures) for figures in compute_metric(apis, None, until=2018).years]
    assert [validator.errors(row) for row in rows] == [[], [], []]
    assert rows[0]["opened_apis"] == "https://api.hel.fi/a https://api.hel.fi/b"
    assert (rows[2]["closed"], rows[2]["open_at_end"], rows[2]["closed_apis"]) == (
        1,
        1,
        "https://api.hel.fi/b",
    )
    assert [field["name"] for field in job.schema["fields"]] == list(rows[0])


def test_an_unreachable_catalogue_is_a_source_error_not_zero_apis() -> None:
    reader = CatalogueReader("http://127.0.0.1:9", timeout=2)
    with pytest.raises(SourceError) as error:
        scan_catalogue(reader, "helsinki")
    assert "cannot reach CKAN at http://127.0.0.1:9" in str(error.value)
