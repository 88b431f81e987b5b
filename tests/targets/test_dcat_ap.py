"""Every job states its EU data themes and update frequency, in values the EU tables know."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.core.config import load_job
from harvester.targets.dcat_ap import dcat_fields, dcat_problems

JOB_FILES = sorted((Path(__file__).resolve().parents[2] / "jobs").glob("*.yaml"))


@pytest.mark.parametrize("file", JOB_FILES, ids=lambda file: file.stem)
def test_every_job_names_known_eu_themes_a_frequency_and_a_temporal_start(file: Path) -> None:
    job = load_job(file)
    assert dcat_problems(job.dataset) == []
    fields = dcat_fields(job.dataset)
    assert fields["theme"] and fields["frequency"] and fields["temporal_start"]


def test_defaults_describe_helsinki_in_fi_sv_en_as_public_data() -> None:
    fields = dcat_fields({})
    assert fields["spatial_uri"] == "http://sws.geonames.org/658225/"
    assert [uri.rsplit("/", 1)[1] for uri in fields["language"]] == ["FIN", "SWE", "ENG"]
    assert fields["access_rights"].endswith("/access-right/PUBLIC")
