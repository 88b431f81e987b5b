"""`harvester demo` publishes the participation indicators too, computed from what the demo's jobs published."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from harvester.cli.main import main

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_demo_publishes_municipal_initiatives_and_the_indicators_computed_from_the_demo_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARVESTER_PSEUDONYM_KEY", "test-pseudonym-key")
    assert (
        main(["--config", str(REPO / "config.yaml"), "demo", "--records", "40", "--output", str(tmp_path)])
        == 0
    )
    printed = capsys.readouterr().out
    assert "replica of kuntalaisaloite at http://127.0.0.1:" in printed
    assert printed.index("job participation-indicators") > printed.index("job varaamo-resources")
    catalogue = tmp_path / "catalogue"
    assert (catalogue / "municipal-initiatives" / "municipal-initiatives.csv").exists()
    with (catalogue / "participation-indicators" / "participation-indicators.csv").open(
        encoding="utf-8"
    ) as handle:
        indicators = {row["indicator"] for row in csv.DictReader(handle)}
    assert {
        "feedback_received",
        "kerrokantasi_comments",
        "omastadi_proposals",
        "municipal_initiatives_received",
    } <= indicators
