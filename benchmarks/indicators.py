"""Time of recomputing the participation indicators (what every `participation-indicators` run and every
`harvester indicators` does) over a state store holding N published feedback rows.

The feedback job first harvests N generated requests from a loopback Open311 replica (not timed); then the
indicators are computed `--repeat` times and the median is printed. Usage:

    .venv/bin/python benchmarks/indicators.py --rows 100000 --repeat 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harvester.core.config import load_config  # noqa: E402
from harvester.indicators.model import Context  # noqa: E402
from harvester.indicators.published import StatePublishedData  # noqa: E402
from harvester.indicators.registry import compute_all  # noqa: E402
from harvester.pipeline.run import run_job  # noqa: E402
from harvester.testing.replicas.open311 import Open311Replica  # noqa: E402
from harvester.testing.replicas.open311_data import generate_requests  # noqa: E402
from tests.conftest import write_config  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="harvest into this folder once and reuse it on later runs")
    args = parser.parse_args()
    os.environ.setdefault("HARVESTER_PSEUDONYM_KEY", "benchmark-key")
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=3 * 365)
    with tempfile.TemporaryDirectory() as folder:
        root = args.keep or Path(folder)
        state_url = f"sqlite:///{root / 'state' / 'harvester.db'}"
        if not (root / "state" / "harvester.db").exists():
            harvest(root, args.rows, start, now)
        seconds = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            with StatePublishedData(state_url) as published:
                figures = compute_all(Context(published, datetime.now(UTC)))
            seconds.append(time.perf_counter() - began)
        print(
            f"indicators over {args.rows} feedback rows: {len(figures)} figures; median {statistics.median(seconds):.2f} s "
            f"of {args.repeat} runs ({', '.join(f'{s:.2f}' for s in seconds)}); "
            f"{args.rows / statistics.median(seconds):,.0f} rows/s"
        )
    return 0


def harvest(root: Path, rows: int, start: datetime, now: datetime) -> None:
    """The feedback job over `rows` generated requests, into `root` (state, catalogue, reports)."""
    (root / "project" / "jobs").mkdir(parents=True)
    (root / "project" / "schemas").symlink_to(REPO / "schemas")
    (root / "project" / "docs").symlink_to(REPO / "docs")
    text = (REPO / "jobs" / "feedback.yaml").read_text(encoding="utf-8")
    first_day = (start - timedelta(days=1)).date().isoformat()
    (root / "project" / "jobs" / "feedback.yaml").write_text(
        text.replace('start: "2010-01-01"', f'start: "{first_day}"')
    )
    data = generate_requests(rows, 1, start, now - timedelta(days=1))
    with Open311Replica(list(data.requests), seed=1) as replica:
        config = load_config(
            write_config(root, sources={"feedback": replica.url}, jobs_dir=root / "project" / "jobs")
        )
        began = time.perf_counter()
        assert run_job(config, "feedback").outcome == "success"
        print(f"harvested {rows} feedback rows in {time.perf_counter() - began:.1f} s (not the figure)")


if __name__ == "__main__":
    raise SystemExit(main())
