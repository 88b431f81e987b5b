"""The open-API strategy metric as a source: one row per year, so the `open-api-metric` job publishes it
through the pipeline like any dataset (CSV + data package, or CKAN).

System `hri`: it reads the catalogue the harvester publishes to (config.py gives it ckan.url, the
organisation, the state store and the project folder). Every extraction is a full recomputation from
apis.yaml and the catalogue; it is stored as a snapshot, and a difference from the previous snapshot is
put in the run report's warnings with the endpoints that differ.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from harvester.core.errors import ConfigError
from harvester.open_api_metric.catalogue_scan import CatalogueReader, scan_catalogue
from harvester.open_api_metric.compute import Metric, YearFigures, compute_metric
from harvester.open_api_metric.register import load_register
from harvester.open_api_metric.snapshots import SnapshotStore, scope_of
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord

DEFAULT_REGISTER = "apis.yaml"


def year_row(figures: YearFigures) -> Row:
    """One published row: the year's counts and, space-separated, the endpoints behind them."""
    return {
        "year": figures.year,
        "opened": len(figures.opened),
        "closed": len(figures.closed),
        "open_at_end": len(figures.open_at_end),
        "datastore_opened": len(figures.datastore_opened),
        "opened_apis": " ".join(api.endpoint for api in figures.opened),
        "closed_apis": " ".join(api.endpoint for api in figures.closed),
    }


class OpenApiMetricSource(Source):
    system = "hri"
    record_key = "year"  # one record per year of the metric
    cursor_field = None  # recomputed in full every run

    def _option(self, name: str) -> str:
        value = self.params.get(name) or self.settings.options.get(name)
        if not value:
            raise ConfigError(
                "config.yaml", f"sources.hri.{name}", "is needed by the open-API metric and is not set"
            )
        return str(value)

    def register_path(self) -> Path:
        path = Path(str(self.params.get("register") or DEFAULT_REGISTER))
        return path if path.is_absolute() else Path(self._option("project_dir")) / path

    def compute(self, warnings: list[str]) -> Metric:
        """The metric from the register and a catalogue scan; how it changed since the last snapshot goes
        into `warnings`."""
        organization = self._option("organization")
        register = load_register(self.register_path())
        reader = CatalogueReader(
            self.settings.base_url,
            token=self.settings.token,
            timeout=self.settings.timeout,
            session=self.http.session,
        )
        metric = compute_metric(register, scan_catalogue(reader, organization))
        state_url = self.settings.options.get("state_url")
        if state_url:
            with SnapshotStore(state_url) as store:
                diff = store.record(scope_of(self.settings.base_url, organization), metric)
            if diff.changes:
                warnings.append(f"open-API metric {diff.describe()}")
        return metric

    def extract(self, cursor: str | None) -> Extraction:
        """One record per year of the metric; every year each run (a complete listing)."""
        warnings: list[str] = []
        metric = self.compute(warnings)
        for figures in metric.years:
            yield SourceRecord(key=str(figures.year), raw=year_row(figures))
        return ExtractResult(next_cursor=None, complete=True, warnings=tuple(warnings))

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        return [dict(record.raw)]
