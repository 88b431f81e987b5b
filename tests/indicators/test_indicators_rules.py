"""Rules of the indicator computations that the end-to-end truths do not reach: Helsinki years, datasets
never harvested, the population file, and year-end counts that cannot be recomputed later."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from harvester.core.config import Config
from harvester.core.errors import ConfigError, SourceError
from harvester.indicators import omastadi, varaamo
from harvester.indicators.model import Context, helsinki_year
from harvester.indicators.registry import DEFINITIONS, compute_all
from harvester.pipeline.run import build_source

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


class Published:
    """Published rows by job, as the state store hands them back."""

    def __init__(self, rows: Mapping[str, list[dict[str, Any]]]) -> None:
        self.by_job = rows

    def rows(self, job: str) -> Iterator[Mapping[str, Any]]:
        yield from self.by_job.get(job, [])

    def harvested(self, job: str) -> bool:
        return job in self.by_job


def test_a_moment_counts_in_its_helsinki_year() -> None:
    assert helsinki_year("2019-12-31T22:30:00Z") == 2020
    assert helsinki_year("2020-01-01T00:30:00+02:00") == 2020
    assert helsinki_year("2020-12-31") == 2020
    assert helsinki_year("") is None


def test_no_figure_is_made_up_for_a_dataset_never_harvested() -> None:
    assert compute_all(Context(Published({}), NOW)) == []


def test_a_dataset_harvested_empty_gives_no_year_rather_than_zeros() -> None:
    figures = compute_all(Context(Published({"kerrokantasi-hearings": []}), NOW))
    assert figures == []


def test_every_issue_indicator_id_is_defined_with_three_labels_and_a_method() -> None:
    required = {
        "feedback_received",
        "feedback_median_handling_days",
        "feedback_mean_handling_days",
        "feedback_within_5_working_days_share",
        "kerrokantasi_hearings_opened",
        "kerrokantasi_comments",
        "varaamo_booked_hours",
        "varaamo_bookable_resources",
        "omastadi_proposals",
        "omastadi_projects_voted",
        "omastadi_projects_selected",
        "omastadi_turnout_share",
        "municipal_initiatives_received",
        "municipal_initiatives_answered",
        "open_apis_opened",
    }
    assert required <= set(DEFINITIONS)
    for definition in DEFINITIONS.values():
        assert definition.label_fi and definition.label_sv and definition.label_en and definition.method


def test_earlier_year_end_resource_counts_are_kept_as_published_and_this_year_is_counted_now() -> None:
    data = Published(
        {
            "varaamo-resources": [{"reservable": True}, {"reservable": False}, {"reservable": True}],
            "participation-indicators": [
                {"indicator": "varaamo_bookable_resources", "year": 2025, "breakdown": "all", "value": "254"},
                {"indicator": "varaamo_bookable_resources", "year": 2026, "breakdown": "all", "value": "9"},
            ],
        }
    )
    figures = {f.year: f.value for f in varaamo.bookable_resources(Context(data, NOW))}
    assert figures == {2025: 254, 2026: 2}


def test_turnout_is_unknown_per_district_and_the_note_names_the_configured_population(tmp_path: Path) -> None:
    population = tmp_path / "population.csv"
    population.write_text(
        "# source: test\ndistrict,population_12_plus,year\nItäinen,90000,2025\nEteläinen,,\n"
    )
    data = Published({"omastadi-projects": [{"created_at": "2025-10-01T10:00:00Z", "selected": True}]})
    figures = omastadi.compute(Context(data, NOW, {"population": str(population)}))
    turnout = {f.breakdown: f for f in figures if f.indicator == "omastadi_turnout_share"}
    assert set(turnout) == {"all", "district=Itäinen", "district=Eteläinen"}
    assert all(f.value is None for f in turnout.values())
    assert "90000" in turnout["district=Itäinen"].note
    assert "no population figure" in turnout["district=Eteläinen"].note


def test_a_population_file_with_a_bad_figure_is_a_configuration_error_naming_the_line(tmp_path: Path) -> None:
    population = tmp_path / "population.csv"
    population.write_text("district,population_12_plus,year\nItäinen,noin 90 000,2025\n")
    data = Published({"omastadi-projects": [{"created_at": "2025-10-01T10:00:00Z"}]})
    with pytest.raises(ConfigError, match="line 2.*not a whole number"):
        omastadi.compute(Context(data, NOW, {"population": str(population)}))


def test_indicators_with_nothing_published_yet_are_a_source_error_not_an_empty_success(
    make_config: Callable[..., Config],
) -> None:
    config = make_config()
    source = build_source(config, config.job("participation-indicators"))
    with pytest.raises(SourceError, match="nothing to be computed from.*run those jobs first"):
        list(source.extract(None))
