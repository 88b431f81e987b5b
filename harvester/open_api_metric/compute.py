"""The metric itself: per year, APIs opened, closed and open at year end, with the list behind each number.

Register entries and catalogue API resources are joined by endpoint: a resource whose endpoint lies under
a registered API's endpoint is that API. Every other distinct endpoint in the catalogue is an API of its
own. An API's opened date is the earliest of the register's date and its resources' creation dates; its
closed date comes from the register only (a resource removed from the catalogue is reported by the
snapshot comparison, not counted as a closing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from harvester.open_api_metric.catalogue_scan import HELSINKI, CatalogueScan
from harvester.open_api_metric.endpoints import is_under
from harvester.open_api_metric.register import RegisteredApi


@dataclass(frozen=True)
class MetricApi:
    """One distinct API endpoint, with where it was found and the resources that point at it."""

    endpoint: str
    name: str
    kind: str
    organization: str
    opened: date
    closed: date | None
    in_register: bool
    resources: tuple[str, ...] = ()

    def open_at_end_of(self, year: int) -> bool:
        return self.opened.year <= year and (self.closed is None or self.closed.year > year)

    def to_json(self) -> dict[str, Any]:
        return {"endpoint": self.endpoint, "kind": self.kind, "opened": self.opened.isoformat()}


@dataclass(frozen=True)
class DataStoreEntry:
    resource_id: str
    dataset: str
    organization: str
    opened: date


@dataclass
class YearFigures:
    """One year's figures; each list is what its number counts."""

    year: int
    opened: list[MetricApi] = field(default_factory=list)
    closed: list[MetricApi] = field(default_factory=list)
    open_at_end: list[MetricApi] = field(default_factory=list)
    datastore_opened: list[DataStoreEntry] = field(default_factory=list)

    def by_kind(self) -> dict[str, int]:
        return dict(sorted(Counter(api.kind for api in self.opened).items()))

    def by_organization(self) -> dict[str, int]:
        return dict(sorted(Counter(api.organization for api in self.opened).items()))

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "opened": len(self.opened),
            "closed": len(self.closed),
            "open_at_end": len(self.open_at_end),
            "datastore_opened": len(self.datastore_opened),
            "apis": [api.to_json() for api in self.opened],
            "closed_apis": [api.to_json() for api in self.closed],
            "by_kind": self.by_kind(),
            "by_organization": self.by_organization(),
            "datastore": [
                {
                    "resource_id": entry.resource_id,
                    "dataset": entry.dataset,
                    "opened": entry.opened.isoformat(),
                }
                for entry in self.datastore_opened
            ],
        }


@dataclass
class Metric:
    apis: list[MetricApi]
    datastore: list[DataStoreEntry]
    years: list[YearFigures]

    def year(self, year: int) -> YearFigures:
        for figures in self.years:
            if figures.year == year:
                return figures
        return figures_for(year, self.apis, self.datastore)

    def to_json(self, year: int | None = None) -> dict[str, Any]:
        years = [self.year(year)] if year is not None else self.years
        return {"years": [figures.to_json() for figures in years]}


def _local_date(moment: datetime) -> date:
    return moment.astimezone(HELSINKI).date()


def merge_apis(register: Iterable[RegisteredApi], scan: CatalogueScan | None) -> list[MetricApi]:
    """Distinct API endpoints from the register and the catalogue, sorted by opened date and endpoint."""
    registered = sorted(register, key=lambda api: len(api.endpoint), reverse=True)
    groups: dict[str, list] = {}
    for resource in sorted(scan.api_resources if scan else [], key=lambda r: (r.created, r.resource_id)):
        home = next((api.endpoint for api in registered if is_under(resource.endpoint, api.endpoint)), None)
        groups.setdefault(home or resource.endpoint, []).append(resource)
    apis: list[MetricApi] = []
    for entry in registered:
        resources = groups.pop(entry.endpoint, [])
        opened = min([entry.opened, *(_local_date(r.created) for r in resources)])
        apis.append(
            MetricApi(
                endpoint=entry.endpoint,
                name=entry.name,
                kind=entry.kind,
                organization=entry.owner,
                opened=opened,
                closed=entry.closed,
                in_register=True,
                resources=tuple(r.resource_id for r in resources),
            )
        )
    for endpoint, resources in groups.items():
        first = resources[0]
        apis.append(
            MetricApi(
                endpoint=endpoint,
                name=first.dataset,
                kind=first.kind,
                organization=first.organization,
                opened=_local_date(first.created),
                closed=None,
                in_register=False,
                resources=tuple(r.resource_id for r in resources),
            )
        )
    return sorted(apis, key=lambda api: (api.opened, api.endpoint))


def figures_for(year: int, apis: list[MetricApi], datastore: list[DataStoreEntry]) -> YearFigures:
    return YearFigures(
        year=year,
        opened=[api for api in apis if api.opened.year == year],
        closed=[api for api in apis if api.closed is not None and api.closed.year == year],
        open_at_end=[api for api in apis if api.open_at_end_of(year)],
        datastore_opened=[entry for entry in datastore if entry.opened.year == year],
    )


def compute_metric(
    register: Iterable[RegisteredApi], scan: CatalogueScan | None, *, until: int | None = None
) -> Metric:
    """Figures for every year from the first opening up to `until` (default: this year in Helsinki)."""
    apis = merge_apis(register, scan)
    datastore = sorted(
        (
            DataStoreEntry(r.resource_id, r.dataset, r.organization, _local_date(r.created))
            for r in (scan.datastore_resources if scan else [])
        ),
        key=lambda entry: (entry.opened, entry.resource_id),
    )
    first_years = [api.opened.year for api in apis] + [entry.opened.year for entry in datastore]
    last = until if until is not None else datetime.now(HELSINKI).year
    years = range(min(first_years), last + 1) if first_years else range(0)
    return Metric(apis=apis, datastore=datastore, years=[figures_for(y, apis, datastore) for y in years])
