"""The per-year figures: distinct endpoints, the earliest date, closings, DataStore apart, lists behind."""

from __future__ import annotations

from datetime import date, datetime

from harvester.open_api_metric.catalogue_scan import HELSINKI, ApiResource, CatalogueScan, DataStoreResource
from harvester.open_api_metric.compute import compute_metric
from harvester.open_api_metric.endpoints import normalise_endpoint
from harvester.open_api_metric.register import RegisteredApi


def registered(url: str, opened: date, closed: date | None = None, kind: str = "REST") -> RegisteredApi:
    return RegisteredApi(
        name=f"API at {url}",
        owner="Kaupunginkanslia",
        endpoint=normalise_endpoint(url) or url,
        url=url,
        documentation=None,
        kind=kind,
        opened=opened,
        closed=closed,
    )


def resource(
    rid: str, url: str, created: str, kind: str = "REST", org: str = "Kaupunkiympäristö"
) -> ApiResource:
    return ApiResource(
        endpoint=normalise_endpoint(url) or url,
        url=url,
        kind=kind,
        resource_id=rid,
        dataset=f"dataset-{rid}",
        organization=org,
        created=datetime.fromisoformat(created).replace(tzinfo=HELSINKI),
    )


def scan(*apis: ApiResource, datastore: tuple[DataStoreResource, ...] = ()) -> CatalogueScan:
    return CatalogueScan(
        catalogue="https://hri.fi/data",
        organization="helsinki",
        api_resources=list(apis),
        datastore_resources=list(datastore),
    )


def counts(metric, year: int) -> tuple[int, int, int, int]:
    figures = metric.year(year)
    return len(figures.opened), len(figures.closed), len(figures.open_at_end), len(figures.datastore_opened)


def test_two_resources_at_one_endpoint_count_once_in_the_year_of_the_first() -> None:
    metric = compute_metric(
        [],
        scan(
            resource("a", "https://kartta.hel.fi/wfs?typeName=a", "2019-03-01T10:00", "WFS"),
            resource("b", "https://KARTTA.hel.fi/wfs/?typeName=b", "2021-06-01T10:00", "WFS"),
        ),
        until=2021,
    )
    assert [counts(metric, y)[0] for y in (2019, 2020, 2021)] == [1, 0, 0]
    [api] = metric.apis
    assert api.resources == ("a", "b")
    assert api.endpoint == "https://kartta.hel.fi/wfs"


def test_the_opened_date_is_the_earlier_of_register_and_catalogue() -> None:
    earlier_in_catalogue = compute_metric(
        [registered("https://api.hel.fi/respa/v1", date(2017, 5, 1))],
        scan(resource("r", "https://api.hel.fi/respa/v1/resource/", "2016-01-10T12:00")),
        until=2017,
    )
    earlier_in_register = compute_metric(
        [registered("https://api.hel.fi/respa/v1", date(2015, 5, 1))],
        scan(resource("r", "https://api.hel.fi/respa/v1/resource/", "2016-01-10T12:00")),
        until=2017,
    )
    assert earlier_in_catalogue.apis[0].opened == date(2016, 1, 10)
    assert earlier_in_register.apis[0].opened == date(2015, 5, 1)
    assert len(earlier_in_catalogue.apis) == len(earlier_in_register.apis) == 1


def test_a_resource_under_a_registered_api_takes_the_registers_kind_and_owner() -> None:
    metric = compute_metric(
        [registered("https://asiointi.hel.fi/palautews/rest/v1", date(2016, 2, 25), kind="Open311")],
        scan(resource("f", "https://asiointi.hel.fi/palautews/rest/v1/requests.json", "2020-01-01T00:00")),
        until=2020,
    )
    [api] = metric.apis
    assert (api.kind, api.organization, api.in_register, api.resources) == (
        "Open311",
        "Kaupunginkanslia",
        True,
        ("f",),
    )


def test_closed_apis_leave_the_open_count_in_their_closing_year() -> None:
    metric = compute_metric(
        [
            registered("https://api.hel.fi/respa/v1", date(2016, 1, 1), closed=date(2024, 6, 30)),
            registered("https://tilavarauspalvelu.api.hel.fi/graphql", date(2023, 1, 1), kind="GraphQL"),
        ],
        None,
        until=2025,
    )
    assert counts(metric, 2023) == (1, 0, 2, 0)
    assert counts(metric, 2024) == (0, 1, 1, 0)
    assert [api.endpoint for api in metric.year(2024).closed] == ["https://api.hel.fi/respa/v1"]


def test_datastore_resources_are_counted_apart_from_apis() -> None:
    metric = compute_metric(
        [],
        scan(
            resource("w", "https://kartta.hel.fi/wms", "2021-02-01T09:00", "WMS"),
            datastore=(
                DataStoreResource("d1", "stats", "Kaupunginkanslia", datetime(2021, 4, 1, tzinfo=HELSINKI)),
                DataStoreResource("d2", "stats", "Kaupunginkanslia", datetime(2021, 5, 1, tzinfo=HELSINKI)),
            ),
        ),
        until=2021,
    )
    assert counts(metric, 2021) == (1, 0, 1, 2)


def test_each_year_splits_its_openings_by_kind_and_organisation() -> None:
    metric = compute_metric(
        [registered("https://api.hel.fi/kerrokantasi/v1", date(2020, 1, 1))],
        scan(
            resource("a", "https://kartta.hel.fi/wfs", "2020-03-01T10:00", "WFS", org="Kaupunkiympäristö"),
            resource("b", "https://kartta.hel.fi/wms", "2020-04-01T10:00", "WMS", org="Kaupunkiympäristö"),
        ),
        until=2020,
    )
    figures = metric.year(2020)
    assert figures.by_kind() == {"REST": 1, "WFS": 1, "WMS": 1}
    assert figures.by_organization() == {"Kaupunginkanslia": 1, "Kaupunkiympäristö": 2}


def test_the_json_form_lists_the_apis_behind_each_years_number() -> None:
    metric = compute_metric(
        [registered("https://api.hel.fi/kerrokantasi/v1", date(2016, 1, 1))],
        scan(resource("a", "https://kartta.hel.fi/wfs", "2018-03-01T10:00", "WFS")),
        until=2018,
    )
    data = metric.to_json(2018)
    [year] = data["years"]
    assert {k: year[k] for k in ("year", "opened", "closed", "open_at_end", "datastore_opened")} == {
        "year": 2018,
        "opened": 1,
        "closed": 0,
        "open_at_end": 2,
        "datastore_opened": 0,
    }
    assert year["apis"] == [{"endpoint": "https://kartta.hel.fi/wfs", "kind": "WFS", "opened": "2018-03-01"}]
    assert [y["year"] for y in metric.to_json()["years"]] == [2016, 2017, 2018]


def test_a_year_outside_the_computed_range_has_zero_openings_but_keeps_the_open_count() -> None:
    metric = compute_metric(
        [registered("https://api.hel.fi/kerrokantasi/v1", date(2016, 1, 1))], None, until=2017
    )
    assert counts(metric, 2030) == (0, 0, 1, 0)
