"""The participation indicators (issue 22) as a source (system `indicators`): one record per indicator,
year and breakdown, recomputed on every run from the rows the other jobs committed to the state store
(harvester/indicators/), so the `participation-indicators` job publishes them like any dataset.

`sources.indicators` options (harvester/core/config.py fills `state_url` and `project_dir`); job params: `population`
(a CSV of residents aged 12+ per OmaStadi district, relative to the project folder).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from harvester.core.errors import ConfigError, SourceError
from harvester.indicators.model import Context, Figure
from harvester.indicators.published import StatePublishedData
from harvester.indicators.registry import compute_all
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord


def figure_key(figure: Figure) -> str:
    return f"{figure.indicator}|{figure.year}|{figure.breakdown}"


class IndicatorsSource(Source):
    system = "indicators"
    record_key = "indicator|year|breakdown"  # `figure_key`: the three fields that identify a figure
    cursor_field = None  # recomputed in full every run

    def figures(self) -> list[Figure]:
        state_url = self.settings.options.get("state_url")
        if not state_url:
            raise ConfigError("config.yaml", "state", "the indicators need the state store and none is set")
        options = {**self.settings.options, **self.params}
        with StatePublishedData(str(state_url)) as data:
            return compute_all(Context(data=data, now=datetime.now(UTC), options=options))

    def extract(self, cursor: str | None) -> Extraction:
        """Every figure, recomputed from the committed rows (a complete listing).

        Raises:
            SourceError: no job has published anything to compute from yet; an empty dataset published as a
                success would hide that (and, being a complete listing, remove every earlier figure).
        """
        figures = self.figures()
        if not figures:
            raise SourceError(
                "the indicators have nothing to be computed from: no dataset they read (feedback, kerrokantasi-*, "
                "varaamo-*, omastadi-*, municipal-initiatives, open-api-metric) has been published to this state "
                "store yet; run those jobs first (`harvester run --all` runs this one last)"
            )
        for figure in figures:
            yield SourceRecord(key=figure_key(figure), raw=figure.to_row())
        return ExtractResult(next_cursor=None, complete=True)

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        return [dict(record.raw)]
