"""CPU time of Open311Source.normalise alone over the benchmark's generated requests, and a hash of its rows.

The pipeline benchmark's figures move by a third within minutes on this shared machine; the normaliser alone,
timed with process_time over seven passes, shows a change to it (e.g. the shared value-coercion module) and
the hash proves it publishes the same values. Compare two trees by running each tree's copy in alternation:

    .venv/bin/python benchmarks/open311_normalise.py                            # compiled where built
    HARVESTER_PURE_PYTHON=1 .venv/bin/python benchmarks/open311_normalise.py    # from source

The requests are the file benchmarks/feedback_pipeline.py makes (generated once per size).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from feedback_pipeline import SERVICES, generated_file  # noqa: E402

from harvester.speedups import compiled  # noqa: E402

compiled.install()

import harvester.sources.open311 as open311  # noqa: E402
from harvester.sources.base import SourceRecord, SourceSettings  # noqa: E402
from harvester.sources.http import HttpClient  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--passes", type=int, default=7)
    args = parser.parse_args()
    source = open311.Open311Source(SourceSettings("feedback", "http://127.0.0.1:9"), HttpClient(), {})
    names = {str(s["service_code"]): s["service_name"] for s in json.loads(SERVICES.read_text(encoding="utf-8"))}
    source.service_names = {"fi": names, "sv": names, "en": names}
    with generated_file(args.size).open(encoding="utf-8") as handle:
        records = [SourceRecord(str(raw["service_request_id"]), raw) for raw in map(json.loads, handle)]
    seconds = []
    for _ in range(args.passes):
        started = time.process_time()
        rows = [row for record in records for row in source.normalise(record)]
        seconds.append(time.process_time() - started)
    digest = hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()[:16]
    print(
        json.dumps(
            {
                "records": len(records),
                "compiled": not open311.__file__.endswith(".py"),
                "median_cpu_seconds": round(statistics.median(seconds), 4),
                "min_cpu_seconds": round(min(seconds), 4),
                "rows_sha256": digest,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
