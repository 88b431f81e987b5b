"""Scheduler benchmark: idle memory of the `harvester schedule` process and how late it wakes jobs.

    .venv/bin/python benchmarks/scheduler.py --minutes 5

Starts the Open311 replica on loopback and `harvester schedule` with the feedback job every minute, then
reads, for each cron minute, how long after the minute the run was recorded as started (`runs.started_at`:
wake-up, job set-up and taking the lock), and the scheduler's resident memory (VmRSS) while idle, before
the first run and again after the last. Prints the median and the individual figures.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harvester.state.store import StateStore  # noqa: E402
from harvester.testing.replicas.open311 import Open311Replica  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def project(folder: Path) -> Path:
    jobs = folder / "jobs"
    jobs.mkdir(parents=True)
    (folder / "schemas").symlink_to(REPO / "schemas")
    start = (datetime.now(UTC) - timedelta(days=31)).date().isoformat()
    text = (
        (REPO / "jobs" / "feedback.yaml")
        .read_text(encoding="utf-8")
        .replace('start: "2010-01-01"', f'start: "{start}"')
    )
    lines = ['schedule: "* * * * *"' if line.startswith("schedule:") else line for line in text.splitlines()]
    (jobs / "feedback.yaml").write_text("\n".join(lines) + "\n")
    return jobs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=5, help="cron minutes to measure (default 5)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="harvester-scheduler-bench-"))
    end = datetime.now(UTC).replace(microsecond=0)
    with Open311Replica.generated(seed=1, records=200, start=end - timedelta(days=30), end=end) as replica:
        config = {
            "state": f"sqlite:///{folder / 'state.db'}",
            "catalogue": {"path": str(folder / "catalogue")},
            "reports": {"path": str(folder / "reports")},
            "jobs_dir": str(project(folder / "project")),
            "sources": {"feedback": {"base_url": replica.url, "timeout": 10}},
        }
        (folder / "config.yaml").write_text(yaml.safe_dump(config))
        store = StateStore(config["state"])
        run_id = store.start_run("feedback", "bench:0")  # a finished run now: no catch-up run at start
        store.finish_run(run_id, "success", {}, None, None)
        store.close()
        while 60 - time.time() % 60 < 15:  # start well before a minute boundary, to sample idle memory
            time.sleep(1)
        process = subprocess.Popen(
            [sys.executable, "-m", "harvester", "--config", str(folder / "config.yaml"), "schedule"],
            cwd=REPO,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "HARVESTER_PSEUDONYM_KEY": "benchmark-key"},
        )
        try:
            time.sleep(8)
            idle_before = rss_mb(process.pid)
            first_minute = (time.time() // 60 + 1) * 60
            time.sleep(max(0.0, first_minute + 60 * (args.minutes - 1) + 30 - time.time()))
            idle_after = rss_mb(process.pid)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=120)
    store = StateStore(config["state"])
    runs = [run for run in store.runs("feedback", limit=100) if run.started_at >= first_minute - 1]
    store.close()
    late = sorted(run.started_at - (run.started_at // 60) * 60 for run in runs)
    outcomes = sorted({run.outcome for run in runs})
    print(f"runs: {len(runs)} ({', '.join(outcomes)})")
    print(
        f"wake-up latency (run started after its cron minute), s: median {statistics.median(late):.3f}, "
        f"max {max(late):.3f}; each: {', '.join(f'{v:.3f}' for v in late)}"
    )
    print(
        f"scheduler RSS idle: {idle_before:.1f} MB before the first run, {idle_after:.1f} MB after the last"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
