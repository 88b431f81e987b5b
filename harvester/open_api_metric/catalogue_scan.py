"""Read one organisation's datasets from a CKAN catalogue (HRI) and find the API resources in them.

An API resource is recognised by its format (API, REST, GraphQL, WFS, WMS, WMTS, OData, ...) or, when the
format says nothing (empty, JSON, XML, GeoJSON...), by the shape of its URL (an `api.` host, an `/api`,
`/rest`, `/graphql`, `/wfs` or `/v1` path segment, a `service=WFS` query). Files are never APIs: a known
file format, a file-like URL or a file uploaded to CKAN. DataStore-active resources that are not APIs are
kept apart: CKAN turns files into APIs, but the metric counts APIs the city opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

import requests

from harvester.core.errors import SourceError
from harvester.open_api_metric.endpoints import normalise_endpoint
from harvester.targets.ckan.api import CkanApi

HELSINKI = ZoneInfo("Europe/Helsinki")
PAGE_SIZE = 100

#: CKAN resource format (lower-cased) → kind of API.
API_FORMATS = {
    "api": "REST",
    "rest": "REST",
    "rest api": "REST",
    "json api": "REST",
    "esri rest": "REST",
    "arcgis geoservices rest api": "REST",
    "graphql": "GraphQL",
    "open311": "Open311",
    "wfs": "WFS",
    "wms": "WMS",
    "wmts": "WMTS",
    "ogc api": "OGC API",
    "ogc api - features": "OGC API",
    "odata": "OData",
    "sparql": "SPARQL",
}
#: Formats that may be served by an API or be a file: the URL decides.
AMBIGUOUS_FORMATS = {"", "json", "geojson", "xml", "html", "rss", "atom"}
#: URL path endings that are files, whatever the format says.
FILE_SUFFIXES = re.compile(
    r"\.(csv|tsv|txt|xls|xlsx|ods|zip|gz|7z|tar|pdf|doc|docx|shp|gpkg|kml|kmz|png|jpg|jpeg|tif|tiff)$", re.I
)
#: Path segments (lower-cased) → kind, checked in this order.
PATH_KINDS = (
    ("graphql", "GraphQL"),
    ("open311", "Open311"),
    ("wfs", "WFS"),
    ("wms", "WMS"),
    ("wmts", "WMTS"),
    ("odata", "OData"),
    ("sparql", "SPARQL"),
    ("api", "REST"),
    ("rest", "REST"),
)
VERSION_SEGMENT = re.compile(r"^v\d+(\.\d+)*$", re.I)
OGC_SERVICES = {"wfs": "WFS", "wms": "WMS", "wmts": "WMTS"}


@dataclass(frozen=True)
class ApiResource:
    """A catalogue resource that points at an API; `endpoint` is normalised."""

    endpoint: str
    url: str
    kind: str
    resource_id: str
    dataset: str
    organization: str
    created: datetime


@dataclass(frozen=True)
class DataStoreResource:
    """A file (or other non-API resource) that CKAN's DataStore serves through its own API."""

    resource_id: str
    dataset: str
    organization: str
    created: datetime


@dataclass
class CatalogueScan:
    catalogue: str
    organization: str
    datasets: int = 0
    resources: int = 0
    api_resources: list[ApiResource] = field(default_factory=list)
    datastore_resources: list[DataStoreResource] = field(default_factory=list)


def api_kind(url: str, format_: str | None, url_type: str | None = None) -> str | None:
    """The kind of API a resource points at, or None when it is not an API."""
    if url_type == "upload":
        return None
    fmt = (format_ or "").strip().lower()
    if fmt in API_FORMATS:
        return API_FORMATS[fmt] if normalise_endpoint(url) else None
    if fmt not in AMBIGUOUS_FORMATS:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if normalise_endpoint(url) is None or FILE_SUFFIXES.search(parts.path):
        return None
    for name, value in parse_qsl(parts.query):
        if name.lower() == "service" and value.lower() in OGC_SERVICES:
            return OGC_SERVICES[value.lower()]
    segments = [segment.lower() for segment in parts.path.split("/") if segment]
    for segment, kind in PATH_KINDS:
        if segment in segments:
            return kind
    if any(VERSION_SEGMENT.match(segment) for segment in segments):
        return "REST"
    if (parts.hostname or "").lower().startswith("api."):
        return "REST"
    return None


def created_at(resource: dict[str, Any], dataset: dict[str, Any]) -> datetime:
    """When the resource appeared, in Helsinki time (CKAN stores UTC without an offset)."""
    for value in (resource.get("created"), dataset.get("metadata_created")):
        if value:
            try:
                moment = datetime.fromisoformat(str(value))
            except ValueError:
                continue
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            return moment.astimezone(HELSINKI)
    raise SourceError(
        f"resource {resource.get('id')} of dataset {dataset.get('name')} has no creation date "
        "(neither `created` nor the dataset's `metadata_created`)"
    )


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


class CatalogueReader:
    """Reads an organisation's datasets through the one CKAN client (harvester/targets/ckan/api.py), with its
    timeout on every call; failures are source errors a steward can act on."""

    def __init__(
        self,
        url: str,
        *,
        token: str | None = None,
        timeout: float = 60.0,
        session: requests.Session | None = None,
    ) -> None:
        self.api = CkanApi(url, token, timeout=timeout, session=session, error=SourceError)
        self.url = self.api.url

    def datasets(self, organization: str) -> list[dict[str, Any]]:
        """Every dataset of the organisation (private ones too when the token allows), page by page."""
        about = f"organisation {organization!r}"
        org = self.api.call(
            "organization_show", organization, {"id": organization, "include_datasets": False}, subject=about
        )
        found: list[dict[str, Any]] = []
        while True:
            page = self.api.call(
                "package_search",
                organization,
                {
                    "fq": f'owner_org:"{org["id"]}"',
                    "include_private": True,
                    "rows": PAGE_SIZE,
                    "start": len(found),
                    "sort": "name asc",
                },
                subject=f"the datasets of {about}",
            )
            results = page.get("results") or []
            found.extend(results)
            if not results or len(found) >= int(page.get("count", 0)):
                return found


def scan_catalogue(reader: CatalogueReader, organization: str) -> CatalogueScan:
    """Classify every resource of the organisation's datasets: API, DataStore, or neither."""
    scan = CatalogueScan(catalogue=reader.url, organization=organization)
    for dataset in reader.datasets(organization):
        scan.datasets += 1
        owner = (dataset.get("organization") or {}).get("title") or organization
        for resource in dataset.get("resources") or []:
            scan.resources += 1
            url = resource.get("url") or ""
            kind = api_kind(url, resource.get("format"), resource.get("url_type"))
            if kind is not None:
                scan.api_resources.append(
                    ApiResource(
                        endpoint=normalise_endpoint(url) or url,
                        url=url,
                        kind=kind,
                        resource_id=resource["id"],
                        dataset=dataset["name"],
                        organization=owner,
                        created=created_at(resource, dataset),
                    )
                )
            elif _truthy(resource.get("datastore_active")):
                scan.datastore_resources.append(
                    DataStoreResource(
                        resource_id=resource["id"],
                        dataset=dataset["name"],
                        organization=owner,
                        created=created_at(resource, dataset),
                    )
                )
    return scan
