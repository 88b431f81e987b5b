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
from harvester.sources.base import SourceRecord, SourceSettings, extract_all
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
    text = text.replace("  system: varaamo\n", "  system: tilavarauspalvelu\n")
    (jobs / f"{JOB}.yaml").write_text(text, encoding="utf-8")
    return make_config(sources={"tilavarauspalvelu": replica.url}, jobs_dir=jobs)


def published(config: Config) -> list[dict[str, str]]:
    with (config.catalogue_path / JOB / f"{JOB}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_visible_unit_is_read_once_over_several_relay_pages_after_one_csrf_fetch(
    replica: TilavarauspalveluReplica,
) -> None:
    items, result = extract_all(source(replica.url, page_size=50), None)
    keys = [item.key for item in items]
    assert sorted(keys, key=int) == [str(u["pk"]) for u in replica.visible_units()]
    assert result.complete
    pages = -(-len(replica.visible_units()) // 50)
    assert [(r.method, r.path) for r in replica.request_log] == [("GET", "/csrf/")] + [("POST", "/graphql/")] * pages


def test_drafts_and_hidden_units_are_never_read(replica: TilavarauspalveluReplica) -> None:
    keys = {item.key for item in source(replica.url).extract(None)}
    drafts = {str(u["pk"]) for u in replica.units() if u["isDraft"]}
    hidden = {str(u["pk"]) for u in replica.units() if u["publishEndsAt"]}
    assert drafts and hidden and keys & (drafts | hidden) == set()


def test_a_page_size_over_the_server_maximum_is_asked_as_the_maximum(replica: TilavarauspalveluReplica) -> None:
    adapter = source(replica.url, page_size=500)
    assert len(list(adapter.extract(None))) == len(replica.visible_units())
    assert adapter.page_size == MAX_LIMIT


def test_an_expired_csrf_token_is_renewed_once(replica: TilavarauspalveluReplica) -> None:
    adapter = source(replica.url, page_size=100)
    items = adapter.extract(None)
    next(items)
    replica.expire_csrf_tokens()
    assert len([next(items)] + list(items)) == len(replica.visible_units()) - 1
    assert [(r.path, r.status) for r in replica.request_log].count(("/csrf/", 200)) == 2
    assert ("/graphql/", 403) in [(r.path, r.status) for r in replica.request_log]


def test_the_endpoint_without_its_slash_is_a_source_error_naming_the_redirect(
    replica: TilavarauspalveluReplica,
) -> None:
    with pytest.raises(SourceError, match="redirect.*'/graphql/'"):
        list(source(replica.url.rstrip("/")).extract(None))
    assert [r.method for r in replica.request_log if r.path.startswith("/graphql")] == ["POST"]


def test_a_graphql_errors_array_is_a_source_error_with_its_message(
    replica: TilavarauspalveluReplica, monkeypatch: pytest.MonkeyPatch
) -> None:
    import harvester.sources.tilavarauspalvelu as module

    monkeypatch.setattr(module, "QUERY", module.QUERY.replace("surfaceArea", "floorArea"))
    with pytest.raises(SourceError, match="Cannot query field 'floorArea'"):
        list(source(replica.url).extract(None))


def test_the_current_price_is_the_latest_pricing_that_has_begun() -> None:
    from datetime import date

    from harvester.sources.tilavarauspalvelu import active_pricing

    old = {"begins": "2024-01-01", "lowestPrice": "10.00"}
    current = {"begins": "2026-03-01", "lowestPrice": "12.00"}
    coming = {"begins": "2026-12-01", "lowestPrice": "99.00", "isActivatedOnBegins": True}
    assert active_pricing("1", [coming, old, current], today=date(2026, 6, 1)) is current
    assert active_pricing("1", [coming], today=date(2026, 6, 1)) == {}


def test_coordinates_come_from_the_service_map_when_it_is_configured(replica: TilavarauspalveluReplica) -> None:
    settings = SourceSettings("tilavarauspalvelu", replica.url, options={"servicemap_url": replica.servicemap_url})
    adapter = TilavarauspalveluSource(settings, HttpClient(timeout=5, backoff=0.001), {})
    items, result = extract_all(adapter, None)
    rows = [row for item in items for row in adapter.normalise(item)]
    by_unit = {row["unit_id"]: (row["unit_lat"], row["unit_lon"]) for row in rows}
    assert by_unit["tprek:7256"] == (60.1653, 24.9379)
    assert result.dataset_notes == {}
    lookups = [r.path for r in replica.request_log if r.path.startswith("/servicemap/")]
    assert sorted(lookups) == sorted(set(lookups))  # one lookup per unit, not per reservation unit


def test_without_a_service_map_coordinates_are_empty_and_the_description_says_so(
    replica: TilavarauspalveluReplica,
) -> None:
    adapter = source(replica.url)
    items, result = extract_all(adapter, None)
    rows = [row for item in items for row in adapter.normalise(item)]
    assert {(row["unit_lat"], row["unit_lon"]) for row in rows} == {(None, None)}
    assert "unit_lat" in result.dataset_notes["en"] and set(result.dataset_notes) == {"fi", "sv", "en"}


def test_flat_language_fields_and_the_active_pricing_become_the_common_columns(
    replica: TilavarauspalveluReplica,
) -> None:
    node = replica.units()[0]
    node.update(nameFi="Sali", nameSv=None, nameEn="Hall", authentication="STRONG")
    node["pricings"][1].update(priceUnit="PER_HOUR", lowestPrice="12.50", highestPrice="25.00")
    row = next(iter(source(replica.url).normalise(SourceRecord(str(node["pk"]), node))))
    assert (row["name_fi"], row["name_sv"], row["name_en"]) == ("Sali", None, "Hall")
    assert (row["min_price"], row["max_price"], row["price_type"]) == (12.5, 25.0, "hourly")
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
    assert {row["id"] for row in published(tvp_config)} == {str(u["pk"]) for u in replica.visible_units()}
    result = frictionless.validate(str(tvp_config.catalogue_path / JOB / "datapackage.json"))
    assert result.valid, result.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_the_published_description_says_why_coordinates_are_empty(tvp_config: Config) -> None:
    import json

    run_job(tvp_config, JOB)
    package = json.loads((tvp_config.catalogue_path / JOB / "datapackage.json").read_text(encoding="utf-8"))
    assert "unit_lat ja unit_lon ovat tyhjiä" in package["description"]


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
    assert len(published(tvp_config)) == len(replica.visible_units())
