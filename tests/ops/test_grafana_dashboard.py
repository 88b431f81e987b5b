"""The Grafana dashboard (deploy/grafana/hri-harvester.json) queries only metrics and labels the harvester
exports (harvester/ops/metrics.py), and is a dashboard Grafana can import."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from harvester.ops.metrics import render
from harvester.state.store import StateStore

REPO = Path(__file__).resolve().parents[2]
DASHBOARD = json.loads((REPO / "deploy" / "grafana" / "hri-harvester.json").read_text())
EXPRESSIONS = [target["expr"] for panel in DASHBOARD["panels"] for target in panel["targets"]]


@pytest.fixture
def exported(tmp_path: Path) -> str:
    """The metrics text of a state store holding one successful and one failed run."""
    store = StateStore(f"sqlite:///{tmp_path / 'state.db'}")
    try:
        for outcome in ("success", "failed"):
            run = store.start_run("feedback", "host:1")
            store.finish_run(run, outcome, {"fetched": 3, "new": 3}, None, None)
        return render(store, ["feedback"], {"feedback": 1.5})
    finally:
        store.close()


def test_every_query_names_a_metric_the_harvester_exports(exported: str) -> None:
    families = set(re.findall(r"^# TYPE (\S+) ", exported, re.MULTILINE))
    used = {name for expr in EXPRESSIONS for name in re.findall(r"\bharvester_[a-z_]+", expr)}
    assert used and used <= families, used - families
    assert families <= used, f"metrics without a panel: {families - used}"


def test_every_label_a_query_selects_or_groups_by_is_one_the_metrics_carry(exported: str) -> None:
    labels = set(re.findall(r"[{,]([a-z_]+)=", exported))
    selected = {name for expr in EXPRESSIONS for name in re.findall(r"([a-z_]+)=~?\"", expr)}
    grouped = {name.strip() for expr in EXPRESSIONS for group in re.findall(r"by \(([^)]*)\)", expr) for name in group.split(",")}
    assert selected | grouped <= labels


def test_the_dashboard_has_unique_panels_placed_on_the_grid_and_a_job_and_datasource_variable() -> None:
    ids = [panel["id"] for panel in DASHBOARD["panels"]]
    assert len(ids) == len(set(ids))
    for panel in DASHBOARD["panels"]:
        assert {"x", "y", "w", "h"} <= set(panel["gridPos"]) and panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24
        assert panel["datasource"]["uid"] == "${datasource}"
    assert [variable["name"] for variable in DASHBOARD["templating"]["list"]] == ["datasource", "job"]
    assert DASHBOARD["uid"] and DASHBOARD["timezone"] == "Europe/Helsinki"
