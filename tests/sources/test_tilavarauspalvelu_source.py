"""The current Varaamo (tilavarauspalvelu GraphQL) as a source of varaamo-resources, and its replica."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import frictionless
import pytest

from harvester.core.config import Config
from harvester.core.errors import SourceError
from harvester.pipeline.run import RunOptions, run_job
from harvester.sources.base import SourceRecord, SourceSettings
from harvester.sources.http import HttpClient
from harvester.sources.respa import RespaSource
from harvester.sources.tilavarauspalvelu import TilavarauspalveluSource
from harvester.testing.replicas.respa import RespaReplica
from harvester.testing.replicas.tilavarauspalvelu import MAX_LIMIT, TilavarauspalveluReplica
from harvester.validation.rowcheck import RowValidator

REPO = Path(__file__).resolve().parents[2]
JOB = "varaamo-resources"


@pytest.fixture
def replica() -> Iterator[TilavarauspalveluReplica]:
    with TilavarauspalveluReplica.generated(3, 230) as server:
        yield server


def source(url: str, **params: object) -> TilavarauspalveluSource:
    settings = SourceSettings("tilavarauspalvelu", url)
    return TilavarauspalveluSource(settings, HttpClient(timeout=5, backoff=0.001), params)


@pytest.fixture
def tvp_config(
    make_config: Callable[..., Config], replica: TilavarauspalveluReplica, tmp_path: Path
) -> Config:
    """varaamo-resources switched to tilavarauspalvelu, as the job file's comment says to do."""
    jobs = tmp_path / "project" / "jobs"
    jobs.mkdir(parents=True)
    (tmp_path / "project" / "schemas").symlink_to(REPO / "schemas")
    text = (REPO / "jobs" / f"{JOB}.yaml").read_text(encoding="utf-8")
    text = text.replace("  system: varaamo\n", "  system: tilavarauspalvelu\n").replace(
        "page_size: 500", "page_size: 100"
    )
    (jobs / f"{JOB}.yaml").write_text(text, encoding="utf-8")
    return make_config(sources={"tilavarauspalvelu": replica.url}, jobs_dir=jobs)


def published(config: Config) -> list[dict[str, str]]:
    with (config.catalogue_path / JOB / f"{JOB}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_reservation_unit_is_read_once_over_several_relay_pages(
    replica: TilavarauspalveluReplica,
) -> None:
    adapter = source(replica.url, page_size=50)
    keys = [item.key for item in adapter.extract(None)]
    assert sorted(keys, key=int) == [str(u["pk"]) for u in replica.units()]
    assert adapter.complete
    assert len(replica.request_log) == 5


def test_a_page_size_over_the_server_maximum_is_a_source_error_with_its_message(
    replica: TilavarauspalveluReplica,
) -> None:
    with pytest.raises(SourceError, match=f"exceeds the `first` limit of {MAX_LIMIT}"):
        list(source(replica.url, page_size=MAX_LIMIT + 1).extract(None))


def test_a_graphql_errors_array_is_a_source_error_with_its_message(
    replica: TilavarauspalveluReplica, monkeypatch: pytest.MonkeyPatch
) -> None:
    import harvester.sources.tilavarauspalvelu as module

    monkeypatch.setattr(module, "QUERY", module.QUERY.replace("surfaceArea", "floorArea"))
    with pytest.raises(SourceError, match='Cannot query field "floorArea"'):
        list(source(replica.url).extract(None))


def test_flat_language_fields_and_the_active_pricing_become_the_common_columns(
    replica: TilavarauspalveluReplica,
) -> None:
    node = replica.units()[0]
    node.update(nameFi="Sali", nameSv=None, nameEn="Hall", authentication="STRONG")
    node["pricings"][0].update(priceUnit="PER_HOUR", lowestPrice="12.50", highestPrice="25.00")
    row = next(iter(source(replica.url).normalise(SourceRecord(str(node["pk"]), node))))
    assert (row["name_fi"], row["name_sv"], row["name_en"]) == ("Sali", None, "Hall")
    assert (row["min_price"], row["max_price"], row["price_type"]) == (12.5, 25.0, "hour")
    assert row["authentication"] == "strong"
    assert row["unit_id"] == f"tprek:{node['unit']['tprekId']}"


def test_both_systems_produce_valid_rows_with_the_same_columns_for_one_schema(
    replica: TilavarauspalveluReplica,
) -> None:
    import json

    schema = json.loads((REPO / "schemas" / f"{JOB}.schema.json").read_text(encoding="utf-8"))
    from harvester.anonymise.policy import FieldPolicy
    from harvester.core.config import load_job

    job = load_job(REPO / "jobs" / f"{JOB}.yaml")
    policy = FieldPolicy(JOB, job.policy, key=None)
    validator = RowValidator(schema)
    with RespaReplica.generated(2, 300) as respa:
        respa_source = RespaSource(
            SourceSettings("varaamo", respa.url), HttpClient(timeout=5), {"dataset": "resources"}
        )
        respa_rows = [row for item in respa_source.extract(None) for row in respa_source.normalise(item)]
    tvp = source(replica.url)
    tvp_rows = [row for item in tvp.extract(None) for row in tvp.normalise(item)]
    assert set(respa_rows[0]) == set(tvp_rows[0])
    for row in respa_rows + tvp_rows:
        published_row, unnamed = policy.apply(row)
        assert unnamed == []
        assert validator.errors(published_row) == [], row


def test_the_resource_job_runs_from_tilavarauspalvelu_and_passes_frictionless_validate(
    tvp_config: Config, replica: TilavarauspalveluReplica
) -> None:
    report = run_job(tvp_config, JOB)
    assert report.outcome == "success"
    assert {row["id"] for row in published(tvp_config)} == {str(u["pk"]) for u in replica.units()}
    result = frictionless.validate(str(tvp_config.catalogue_path / JOB / "datapackage.json"))
    assert result.valid, result.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_no_staff_contact_detail_appears_in_any_published_file(
    tvp_config: Config, replica: TilavarauspalveluReplica
) -> None:
    run_job(tvp_config, JOB)
    folder = tvp_config.catalogue_path / JOB
    text = "\n".join(p.read_text(encoding="utf-8") for p in folder.iterdir() if p.is_file())
    planted = [v for values in replica.planted.values() for v in values]
    assert len(planted) > 600
    assert [value for value in planted if value in text] == []


def test_a_unit_removed_at_the_server_is_removed_from_the_dataset(
    tvp_config: Config, replica: TilavarauspalveluReplica
) -> None:
    run_job(tvp_config, JOB)
    replica.remove_unit(7)
    run_job(tvp_config, JOB, RunOptions(force=True))
    assert "7" not in {row["id"] for row in published(tvp_config)}


def test_retries_ride_out_faults(tvp_config: Config, replica: TilavarauspalveluReplica) -> None:
    replica.set_faults(0.3, kinds=("429", "500", "truncated"), retry_after=(0,))
    assert run_job(tvp_config, JOB).outcome == "success"
    assert len(published(tvp_config)) == 230
