"""The compiled hot path publishes the very bytes of the plain modules it stands for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from harvester.speedups.compiled import COMPILED_MODULES, compiled_is_current, source_path

REPO = Path(__file__).resolve().parents[2]

# One feedback harvest from the Open311 replica (planted personal data, swapped coordinates, faults off),
# printing the sha256 of the published CSV (the data package beside it carries the time it was written).
HARVEST = """
import hashlib, os, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from harvester.core.config import load_config
from harvester.pipeline.run import run_job
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import generate_requests
from tests.conftest import write_config
from tests.jobs.test_feedback_job import project_with_feedback_job

folder = Path(sys.argv[1])
# the same data in both processes: dated from today's midnight, inside the job's harvest window
now = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
data = generate_requests(800, 5, now - timedelta(days=700), now - timedelta(days=1))
os.environ.setdefault("HARVESTER_PSEUDONYM_KEY", "test-pseudonym-key")
with Open311Replica(list(data.requests), seed=5, planted=data.planted) as server:
    config = load_config(write_config(
        folder, sources={"feedback": server.url}, jobs_dir=project_with_feedback_job(folder),
        extra={"pipeline": {"workers": 1}},
    ))
    report = run_job(config, "feedback")
    assert report.outcome == "success", report.summary()
for path in sorted((folder / "catalogue" / "feedback").iterdir()):
    if path.suffix == ".csv":
        print(path.name, hashlib.sha256(path.read_bytes()).hexdigest())
"""


def compiled_modules_are_current() -> bool:
    for module in COMPILED_MODULES:
        source = source_path(module)
        built = sorted(source.parent.glob(f"{source.stem}.cpython-*.so"))
        if not built or not compiled_is_current(source, built[-1]):
            return False
    return True


def published_hashes(folder: Path, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "HARVESTER_PURE_PYTHON"}
    return subprocess.run(
        [sys.executable, "-c", HARVEST, str(folder)],
        cwd=REPO,
        env={**environment, "PYTHONPATH": str(REPO), **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=240,
    ).stdout


@pytest.mark.slow
def test_the_compiled_hot_path_publishes_the_same_bytes_as_the_plain_modules(tmp_path: Path) -> None:
    if not compiled_modules_are_current():
        pytest.skip("the hot path is not compiled here (bash scripts/setup.sh compiles it)")
    compiled = published_hashes(tmp_path / "compiled")
    plain = published_hashes(tmp_path / "plain", HARVESTER_PURE_PYTHON="1")
    assert "feedback.csv" in compiled
    assert compiled == plain
