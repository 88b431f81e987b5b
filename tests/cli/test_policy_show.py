"""`harvester policy show JOB` tells a steward what happens to every source field."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.cli.main import main

REPO = Path(__file__).resolve().parents[2]


def test_policy_show_lists_each_named_field_with_its_action(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(REPO / "config.yaml"), "policy", "show", "feedback"]) == 0
    lines = {
        line.split()[0]: line.split()[1] for line in capsys.readouterr().out.splitlines()[1:] if line.strip()
    }
    assert lines["description"] == "scrub"
    assert lines["media_url"] == "drop"
    assert lines["service_request_id"] == "keep"


def test_policy_show_of_an_unknown_job_names_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(REPO / "config.yaml"), "policy", "show", "palaute"]) == 2
    assert "known jobs" in capsys.readouterr().err
