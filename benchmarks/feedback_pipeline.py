"""Throughput and peak memory of the feedback job without network:
generated Open311 requests → normalise → anonymise → validate → stage → local catalogue.

Each size runs in a fresh process so that its peak RSS is its own. Usage:

    .venv/bin/python benchmarks/feedback_pipeline.py --sizes 100000 1000000 --repeat 3
    .venv/bin/python benchmarks/feedback_pipeline.py --frictionless 100000   # frictionless validate alone
    .venv/bin/python benchmarks/feedback_pipeline.py --sizes 100000 --workers 1   # all in one process
    .venv/bin/python benchmarks/feedback_pipeline.py --alternate 5 --sizes 1000000   # against frictionless

--alternate N runs N rounds of one pipeline run then one `frictionless validate` run, because this
machine's speed drifts by a third within minutes: only runs made side by side compare.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harvester.core.config import Config, load_config  # noqa: E402
from harvester.core.run_report import RunReport  # noqa: E402
from harvester.pipeline.run import JobRun, RunOptions  # noqa: E402
from harvester.sources.base import Extraction, ExtractResult, SourceRecord, SourceSettings  # noqa: E402
from harvester.sources.http import HttpClient  # noqa: E402
from harvester.sources.open311 import Open311Source  # noqa: E402
from harvester.speedups import compiled  # noqa: E402
from harvester.targets.catalogue import CatalogueTarget  # noqa: E402
from harvester.testing.replicas.open311_data import iter_requests  # noqa: E402

SERVICES = REPO.parent / "shared" / "samples" / "feedback" / "issues-example_services_fi.json"


OUT = Path(__file__).resolve().parent / "out"


def generated_file(count: int) -> Path:
    """Generated requests as JSON Lines, made once per size, so generating is not part of the figures."""
    path = OUT / f"feedback-{count}.jsonl"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        end = datetime(2026, 11, 1, tzinfo=UTC)
        with path.open("w", encoding="utf-8") as handle:
            for raw in iter_requests(count, 42, end - timedelta(days=3 * 365), end, planted={}):
                handle.write(json.dumps(raw, ensure_ascii=False) + "\n")
    return path


class GeneratedOpen311Source(Open311Source):
    """The real feedback normaliser over generated requests read from a file, instead of HTTP."""

    def __init__(self, count: int) -> None:
        super().__init__(SourceSettings("feedback", "http://127.0.0.1:9"), HttpClient(), {})
        self.path = generated_file(count)

    def extract(self, cursor: str | None) -> Extraction:
        if not SERVICES.exists():  # without it every service name would be empty: other rows, other figures
            raise SystemExit(
                f"benchmark: the service list {SERVICES} is missing (the shared/ folder beside the repo)"
            )
        services = json.loads(SERVICES.read_text(encoding="utf-8"))
        names = {str(s["service_code"]): s["service_name"] for s in services}
        self.service_names = {"fi": names, "sv": names, "en": names}
        # orjson reads the UTF-8 lines as they are, three times faster than json.loads; for this JSON (no
        # integers beyond 64 bits, no NaN) it gives the very dicts json.loads gives, as the HTTP source would
        with self.path.open("rb") as handle:
            for line in handle:
                raw = orjson.loads(line)
                yield SourceRecord(str(raw["service_request_id"]), raw)
        return ExtractResult(next_cursor="2026-11-01T00:00:00Z", complete=True)


def bench_config(root: Path, workers: str = "auto") -> Config:
    """A config whose state, catalogue and reports live in `root`, with the repository's jobs."""
    os.environ.setdefault("HARVESTER_PSEUDONYM_KEY", "benchmark")
    (root / "config.yaml").write_text(
        f"state: sqlite:///{root}/state.db\ncatalogue: {{path: {root}/catalogue}}\n"
        f"reports: {{path: {root}/reports}}\njobs_dir: {REPO}/jobs\npipeline: {{workers: {workers}}}\n"
    )
    return load_config(root / "config.yaml")


def run_feedback(config: Config, count: int) -> tuple[RunReport, float]:
    """One feedback run over `count` generated requests into the local catalogue; (report, seconds)."""
    run = JobRun(
        config,
        config.job("feedback"),
        RunOptions(),
        source=GeneratedOpen311Source(count),
        target=CatalogueTarget(config.catalogue_path),
    )
    started = time.perf_counter()
    report = run.execute()
    return report, time.perf_counter() - started


def one_run(count: int, workers: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="harvester-bench-") as folder:
        config = bench_config(Path(folder), workers)
        cpu_before = time.process_time()
        report, elapsed = run_feedback(config, count)
        main_cpu = time.process_time() - cpu_before
        workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the first run's workers, joined by now
        assert report.counts["new"] == count, report.summary()
        again, rerun_seconds = run_feedback(config, count)
        assert again.counts["unchanged"] == count and again.actions == [], again.summary()
    return {
        "rows": count,
        "seconds": elapsed,
        "rows_per_second": count / elapsed,
        "main_cpu_ms_per_row": main_cpu / count * 1000,
        "worker_cpu_ms_per_row": (workers.ru_utime + workers.ru_stime) / count * 1000,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "unchanged_rerun_seconds": rerun_seconds,
        "compiled_modules": sum(compiled.in_use().values()),
        **{f"stage_cpu_{k}": v for k, v in report.timings.items()},
    }


def frictionless_alone(count: int, repeat: int) -> list[dict[str, float]]:
    """Time `frictionless validate` on the data package our run publishes, for the same number of rows."""
    with tempfile.TemporaryDirectory(prefix="harvester-bench-") as folder:
        config = bench_config(Path(folder))
        run_feedback(config, count)
        package = config.catalogue_path / "feedback" / "datapackage.json"
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            subprocess.run(
                [str(REPO / ".venv" / "bin" / "frictionless"), "validate", str(package)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            elapsed = time.perf_counter() - started
            runs.append({"rows": count, "seconds": elapsed, "rows_per_second": count / elapsed})
    return runs


def pipeline_in_fresh_process(size: int, workers: str) -> dict[str, float]:
    """One pipeline run (and its unchanged rerun) in a process of its own, so its peak RSS is its own."""
    output = subprocess.run(
        [sys.executable, __file__, "--one", str(size), "--workers", workers],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output)


def alternate(size: int, rounds: int, workers: str) -> dict[str, object]:
    """Rounds of one pipeline run, then one frictionless validate run on the package such a run publishes."""
    table = []
    for number in range(1, rounds + 1):
        run = pipeline_in_fresh_process(size, workers)
        alone = frictionless_alone(size, 1)[0]
        table.append(
            {
                "round": number,
                "pipeline_rows_per_second": round(run["rows_per_second"]),
                "frictionless_rows_per_second": round(alone["rows_per_second"]),
                "ratio": round(run["rows_per_second"] / alone["rows_per_second"], 3),
                "main_cpu_ms_per_row": round(run["main_cpu_ms_per_row"], 4),
                "worker_cpu_ms_per_row": round(run["worker_cpu_ms_per_row"], 4),
                "peak_rss_mb": round(run["peak_rss_mb"], 1),
                "peak_worker_rss_mb": round(run["peak_worker_rss_mb"], 1),
            }
        )
        print(json.dumps(table[-1]), file=sys.stderr, flush=True)  # progress: a round takes minutes at 1M
    return {
        "rows": size,
        "median_pipeline_rows_per_second": statistics.median(r["pipeline_rows_per_second"] for r in table),
        "median_frictionless_rows_per_second": statistics.median(
            r["frictionless_rows_per_second"] for r in table
        ),
        "median_ratio": statistics.median(r["ratio"] for r in table),
        "rounds": table,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--frictionless", type=int, metavar="ROWS", help="time frictionless validate alone")
    parser.add_argument(
        "--workers",
        default="auto",
        help="pipeline.workers for the runs: auto (the default, as config.yaml) or a number; 1 runs everything "
        "in one process, which shows what the worker processes add",
    )
    parser.add_argument(
        "--alternate",
        type=int,
        metavar="ROUNDS",
        help="for each size: ROUNDS rounds of one pipeline run then one frictionless validate run; prints "
        "each round and the medians",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    for size in [*args.sizes, args.frictionless or 0]:
        if size:
            generated_file(size)
    if args.one:
        print(json.dumps(one_run(args.one, args.workers)))
        return 0
    if args.alternate:
        for size in args.sizes:
            print(json.dumps(alternate(size, args.alternate, args.workers), indent=2))
        return 0
    if args.frictionless:
        runs = frictionless_alone(args.frictionless, args.repeat)
        print(
            json.dumps(
                {
                    "frictionless_validate_rows_per_second_median": statistics.median(
                        r["rows_per_second"] for r in runs
                    ),
                    "runs": runs,
                },
                indent=2,
            )
        )
        return 0
    for size in args.sizes:
        runs = []
        for _ in range(args.repeat):
            runs.append(pipeline_in_fresh_process(size, args.workers))
        print(
            json.dumps(
                {
                    "rows": size,
                    "median_rows_per_second": round(statistics.median(r["rows_per_second"] for r in runs)),
                    "median_seconds": round(statistics.median(r["seconds"] for r in runs), 2),
                    "median_peak_rss_mb": round(statistics.median(r["peak_rss_mb"] for r in runs), 1),
                    "median_peak_worker_rss_mb": round(
                        statistics.median(r["peak_worker_rss_mb"] for r in runs), 1
                    ),
                    "median_unchanged_rerun_seconds": round(
                        statistics.median(r["unchanged_rerun_seconds"] for r in runs), 2
                    ),
                    "runs": runs,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
