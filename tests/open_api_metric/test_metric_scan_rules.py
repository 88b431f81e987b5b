"""Which catalogue resources are APIs, and when two URLs are the same endpoint."""

from __future__ import annotations

from datetime import date

import pytest

from harvester.open_api_metric.catalogue_scan import api_kind, created_at
from harvester.open_api_metric.endpoints import is_under, normalise_endpoint


@pytest.mark.parametrize(
    "url",
    [
        "https://kartta.hel.fi/ws/geoserver/avoindata/wfs?service=WFS&typeName=a",
        "HTTPS://Kartta.Hel.fi/ws/geoserver/avoindata/wfs/",
        "http://kartta.hel.fi:80/ws//geoserver/avoindata/wfs#layers",
        "https://kartta.hel.fi:443/ws/geoserver/avoindata/wfs/?request=GetCapabilities",
    ],
)
def test_spellings_of_one_endpoint_normalise_to_the_same_identity(url: str) -> None:
    assert normalise_endpoint(url) == "https://kartta.hel.fi/ws/geoserver/avoindata/wfs"


def test_a_different_path_or_port_is_a_different_endpoint() -> None:
    assert normalise_endpoint("https://kartta.hel.fi/ws/wms") != normalise_endpoint(
        "https://kartta.hel.fi/ws/wfs"
    )
    assert normalise_endpoint("https://kartta.hel.fi:8443/ws") == "https://kartta.hel.fi:8443/ws"


def test_only_http_urls_are_endpoints() -> None:
    assert normalise_endpoint("ftp://files.hel.fi/data") is None
    assert normalise_endpoint("not a url") is None


def test_a_path_below_a_base_is_under_it_only_at_a_segment_boundary() -> None:
    assert is_under("https://api.hel.fi/respa/v1/reservation", "https://api.hel.fi/respa/v1")
    assert not is_under("https://api.hel.fi/respa/v10", "https://api.hel.fi/respa/v1")


@pytest.mark.parametrize(
    ("url", "fmt", "kind"),
    [
        ("https://kartta.hel.fi/ws/geoserver/avoindata/wfs", "WFS", "WFS"),
        ("https://kartta.hel.fi/ws/geoserver/avoindata/ows?service=wms", "", "WMS"),
        ("https://example.fi/whatever", "API", "REST"),
        ("https://tilavarauspalvelu.api.hel.fi/graphql/", "GraphQL", "GraphQL"),
        ("https://api.hel.fi/kerrokantasi/v1/hearing/", "JSON", "REST"),
        ("https://asiointi.hel.fi/palautews/rest/v1/requests.json", "json", "REST"),
        ("https://omastadi.hel.fi/api", "", "REST"),
        ("https://api.hel.fi/linkedevents", "", "REST"),
        ("https://data.example.fi/odata/Population", "", "OData"),
    ],
)
def test_api_resources_are_recognised_by_format_or_url_shape(url: str, fmt: str, kind: str) -> None:
    assert api_kind(url, fmt) == kind


@pytest.mark.parametrize(
    ("url", "fmt", "url_type"),
    [
        ("https://www.hel.fi/files/data.csv", "CSV", None),
        ("https://api.hel.fi/exports/v1/data.csv", "", None),
        ("https://api.hel.fi/exports/v1/data.xlsx", "JSON", None),
        ("https://api.hel.fi/exports/v1/data", "CSV", None),
        ("https://hri.fi/data/dataset/x/resource/y/download/stats.json", "JSON", "upload"),
        ("https://www.hel.fi/fi/kaupunkiymparisto", "HTML", None),
    ],
)
def test_files_and_web_pages_are_not_apis(url: str, fmt: str, url_type: str | None) -> None:
    assert api_kind(url, fmt, url_type) is None


def test_creation_dates_are_read_in_helsinki_time() -> None:
    # CKAN stores UTC without an offset: 23:30 UTC on New Year's Eve is already the next year in Helsinki.
    moment = created_at({"id": "r", "created": "2019-12-31T23:30:00.123456"}, {"name": "d"})
    assert moment.date() == date(2020, 1, 1)


def test_a_resource_without_its_own_date_takes_the_datasets() -> None:
    moment = created_at(
        {"id": "r", "created": None}, {"name": "d", "metadata_created": "2018-06-01T10:00:00"}
    )
    assert moment.date() == date(2018, 6, 1)
