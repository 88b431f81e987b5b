"""Fault-injection benchmark: `harvester run` killed at random moments against a replica with faults.

    .venv/bin/python benchmarks/fault_injection.py --trials 20

Serves generated Open311 requests from the replica on loopback, a share of requests (20 % by default)
answered with faults (429, 500, a truncated body, a response slower than the client's timeout). First one
uninterrupted `harvester run feedback` (repeated until it succeeds: a fault can outlast the retries) gives
the reference catalogue. Then each trial, in a fresh state store and catalogue:

1. starts `harvester run feedback` in a session of its own, waits a random moment within the reference
   run's duration, and sends it SIGKILL or SIGTERM (drawn at random);
2. checks that no process of the session is left 3 s after the run ended (its workers included);
3. checks the lock: after SIGTERM it must be released at once; after `kill -9` it may be held, but not
   after its lease (a start after the lease takes it over);
4. runs the job again until it succeeds, then checks that the catalogue is identical to the reference
   (the CSV and the schema page byte for byte, the DCAT catalogue as a graph, both but for the times they
   were written: `last_modified` and `created` of a data package, `dct:issued` and `dct:modified`), that no
   temporary file is left anywhere in the trial's folder, and that no run row is left `running`.

Then `--publish-kills` more trials (5 by default) do the same with a `kill -9` sent the moment the run is
publishing (a temporary file appeared in its package folder): a random moment rarely falls in the few
milliseconds a 3,000-row package takes to write. Prints one line per trial and a summary; exits 1 when any
check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from rdflib import Graph
from rdflib.compare import to_isomorphic
from rdflib.namespace import DCTERMS

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harvester.state.store import StateStore  # noqa: E402
from harvester.testing.replicas.open311 import Open311Replica  # noqa: E402
from harvester.testing.replicas.open311_data import generate_requests  # noqa: E402

FAULT_KINDS = ("429", "500", "truncated", "slow")
# the DCAT catalogue beside the packages (harvester/targets/dcat_catalogue.py) and the format of each file
DCAT_FILES = {"catalog.ttl": "turtle", "catalog.jsonld": "json-ld"}
# as a deployment has one: quarantined and held records kept whole, encrypted (made once for this benchmark)
QUARANTINE_KEY = "Jg3kT0yq1qkHqbZtx4lK9V3n2XJb8eL5m0bq0b6h1QY="


def project(folder: Path, start: str) -> Path:
    """jobs/ with the feedback job starting at `start`, schemas/ and docs/ of the repository beside it."""
    jobs = folder / "project" / "jobs"
    jobs.mkdir(parents=True)
    (folder / "project" / "schemas").symlink_to(REPO / "schemas")
    (folder / "project" / "docs").symlink_to(REPO / "docs")
    text = (REPO / "jobs" / "feedback.yaml").read_text(encoding="utf-8")
    (jobs / "feedback.yaml").write_text(text.replace('start: "2010-01-01"', f'start: "{start}"'))
    return jobs


def write_config(folder: Path, jobs: Path, url: str, lease: float, timeout: float) -> Path:
    data = {
        "state": f"sqlite:///{folder / 'state' / 'harvester.db'}",
        "target": "catalogue",
        "catalogue": {"path": str(folder / "catalogue")},
        "reports": {"path": str(folder / "reports")},
        "jobs_dir": str(jobs),
        "sources": {"feedback": {"base_url": url, "timeout": timeout, "backoff": 0.01}},
        "locks": {"lease_seconds": lease},
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def start_run(config: Path) -> subprocess.Popen:
    """The run, its stderr in `stderr.txt` beside the config: not a pipe, which a worker left alive by a
    killed run would hold open (then waiting for its end would wait for that worker)."""
    with (config.parent / "stderr.txt").open("w") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "harvester", "--config", str(config), "run", "feedback", "-q"],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,  # its session id is its pid: every process it starts can be found
            env={**os.environ, "HARVESTER_PSEUDONYM_KEY": "benchmark-key", "HARVESTER_QUARANTINE_KEY": QUARANTINE_KEY},
        )


def run_until_success(config: Path, lease: float, attempts: int = 10) -> tuple[int, str]:
    """Run the job to the end, again while a fault outlasts its retries (exit 4) or a lock left by the killed
    run is still within its lease (exit 3: started again after the lease); (attempts, last stderr)."""
    stderr = ""
    for attempt in range(1, attempts + 1):
        process = start_run(config)
        process.wait(timeout=600)
        stderr = (config.parent / "stderr.txt").read_text()
        if process.returncode == 0:
            return attempt, stderr
        if process.returncode == 3:
            time.sleep(lease)
        elif process.returncode != 4:
            raise RuntimeError(f"run exited {process.returncode}: {stderr}")
    raise RuntimeError(f"no success in {attempts} attempts: {stderr}")


def session_processes(session: int) -> list[int]:
    """Live processes (not zombies) whose session id is `session`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
        state, sid = fields[0], int(fields[3])
        if sid == session and state != "Z":
            found.append(int(entry.name))
    return found


def catalogue_files(folder: Path) -> dict[str, Any]:
    """What must be the same in two catalogues, by file."""
    files: dict[str, Any] = {}
    for path in sorted((folder / "catalogue").rglob("*")):
        if path.is_file():
            name = str(path.relative_to(folder / "catalogue"))
            if path.name in DCAT_FILES:  # the same graph, whatever the order of its statements
                text = path.read_text(encoding="utf-8").replace(str(folder / "catalogue"), "CATALOGUE")
                graph = Graph().parse(data=text, format=DCAT_FILES[path.name])
                for when in (DCTERMS.issued, DCTERMS.modified):  # times of writing, as in the packages
                    graph.remove((None, when, None))
                files[name] = to_isomorphic(graph)
            elif path.name.endswith("datapackage.json"):  # times of writing differ; the rest must not
                files[name] = {
                    k: v for k, v in json.loads(path.read_text()).items() if k not in ("last_modified", "created")
                }
            else:
                files[name] = path.read_bytes()
    return files


@dataclass
class Trial:
    number: int
    signal: str
    delay: float
    exit_code: int | None = None
    left_processes: int = 0
    lock_ok: bool = False
    identical: bool = False
    temporary_files: list[str] = field(default_factory=list)
    running_rows: int = 0
    reruns: int = 0
    redrawn: int = 0
    temporary_after_kill: int = 0
    stop_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return (
            self.left_processes == 0
            and self.lock_ok
            and self.identical
            and not self.temporary_files
            and not self.running_rows
        )


def wait_for_publish(process: subprocess.Popen, folder: Path) -> bool:
    """Poll (every 0.2 ms) until the run has a temporary file in the catalogue, i.e. is publishing; False when
    it ended first."""
    package = folder / "catalogue" / "feedback"
    while process.poll() is None:
        try:
            with os.scandir(package) as entries:
                if any(entry.name.endswith(".tmp") for entry in entries):
                    return True
        except FileNotFoundError:
            pass
        time.sleep(0.0002)
    return False


def trial(
    number: int,
    folder: Path,
    jobs: Path,
    url: str,
    args: argparse.Namespace,
    reference: dict,
    duration: float,
    rng: random.Random,
    *,
    during_publish: bool = False,
) -> Trial:
    """One trial: a random moment and signal, or (`during_publish`) a kill -9 the moment publishing began."""
    config = write_config(folder, jobs, url, args.lease, args.timeout)
    signum = signal.SIGKILL if during_publish else rng.choice((signal.SIGKILL, signal.SIGTERM))
    result = Trial(number, signal.Signals(signum).name, 0.0)
    while True:  # a moment the run is still going at: one it finished before is drawn again
        began = time.perf_counter()
        process = start_run(config)
        if during_publish:
            caught = wait_for_publish(process, folder)
        else:
            result.delay = rng.uniform(0.0, duration)
            time.sleep(result.delay)
            caught = process.poll() is None
        if caught:
            result.delay = time.perf_counter() - began
            break
        process.wait()
        result.redrawn += 1
        shutil.rmtree(folder / "state", ignore_errors=True)
        shutil.rmtree(folder / "catalogue", ignore_errors=True)
        shutil.rmtree(folder / "reports", ignore_errors=True)
    signalled = time.perf_counter()
    process.send_signal(signum)
    process.wait(timeout=300)
    result.stop_seconds = time.perf_counter() - signalled
    result.exit_code = process.returncode
    # a kill during publish leaves them; the run that follows must remove them
    result.temporary_after_kill = len(list((folder / "catalogue").rglob(".*.tmp")))
    deadline = time.monotonic() + 3
    while session_processes(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = session_processes(process.pid)
    result.left_processes = len(left)
    for pid in left:  # not to disturb the trials after this one
        os.kill(pid, signal.SIGKILL)
    url_state = f"sqlite:///{folder / 'state' / 'harvester.db'}"
    if (folder / "state" / "harvester.db").exists():
        store = StateStore(url_state)
        held = store.lock_info("feedback")
        if signum == signal.SIGKILL and held is not None:
            time.sleep(max(0.0, held.expires_at - time.time()) + 0.1)
            result.lock_ok = store.lock_info("feedback").expires_at < time.time()  # the next start takes it
        else:
            result.lock_ok = held is None
        store.close()
    else:
        result.lock_ok = True  # killed before it opened the state store
    result.reruns, _ = run_until_success(config, args.lease)
    result.identical = catalogue_files(folder) == reference
    result.temporary_files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.tmp"))
    store = StateStore(url_state)
    result.running_rows = sum(1 for run in store.runs("feedback") if run.outcome == "running")
    store.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--records", type=int, default=3000, help="requests the replica serves (default 3000)")
    parser.add_argument("--faults", type=float, default=0.2, help="share of requests answered with a fault")
    parser.add_argument("--seed", type=int, default=1, help="seed of the data, the faults and the moments")
    parser.add_argument("--lease", type=float, default=3.0, help="locks.lease_seconds of the runs")
    parser.add_argument("--timeout", type=float, default=1.0, help="the source's timeout; 'slow' faults exceed it")
    parser.add_argument(
        "--publish-kills", type=int, default=5, help="more trials: kill -9 the moment publishing began (default 5)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the trials' folders (else removed at the end)")
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=365)
    data = generate_requests(args.records, args.seed, start, now - timedelta(days=1))
    root = Path(tempfile.mkdtemp(prefix="harvester-fault-bench-"))
    rng = random.Random(args.seed)
    with Open311Replica(list(data.requests), seed=args.seed, planted=data.planted) as replica:
        replica.set_faults(args.faults, kinds=FAULT_KINDS, retry_after=(0,), slow_seconds=args.timeout + 0.5)
        jobs = project(root, (start - timedelta(days=1)).date().isoformat())
        reference_folder = root / "reference"
        reference_folder.mkdir()
        reference_config = write_config(reference_folder, jobs, replica.url, args.lease, args.timeout)
        began = time.perf_counter()
        attempts, _ = run_until_success(reference_config, args.lease)
        duration = (time.perf_counter() - began) / attempts
        reference = catalogue_files(reference_folder)
        print(
            f"{args.records} requests, {args.faults:.0%} faults ({', '.join(FAULT_KINDS)}); reference run "
            f"{duration:.1f} s ({attempts} attempt(s)); {len(reference)} catalogue files",
            flush=True,
        )
        trials = []
        publish_trials = []
        for number in range(1, args.trials + args.publish_kills + 1):
            folder = root / f"trial-{number:02d}"
            folder.mkdir()
            during_publish = number > args.trials
            result = trial(
                number, folder, jobs, replica.url, args, reference, duration, rng, during_publish=during_publish
            )
            (publish_trials if during_publish else trials).append(result)
            print(
                f"trial {number:2d}{' (publishing)' if during_publish else ''}: {result.signal:7s} at "
                f"{result.delay:5.2f} s, exit {result.exit_code} after {result.stop_seconds:.2f} s, "
                f"processes left {result.left_processes}, lock {'ok' if result.lock_ok else 'HELD'}, "
                f"catalogue {'identical' if result.identical else 'DIFFERENT'}, "
                f"temporary files {len(result.temporary_files)} (after the kill {result.temporary_after_kill}), "
                f"runs left running {result.running_rows}, runs to finish {result.reruns}"
                + (f" (moment drawn again {result.redrawn}x: the run had finished)" if result.redrawn else "")
                + ("" if result.ok else "  <-- FAILED"),
                flush=True,
            )
    failed = [t for t in trials + publish_trials if not t.ok]
    stops = [t.stop_seconds for t in trials if t.signal == "SIGTERM"]
    kills = sum(1 for t in trials if t.signal == "SIGKILL")
    print(
        f"{len(trials)} trials ({kills} SIGKILL, {len(trials) - kills} SIGTERM): "
        f"catalogue identical {sum(t.identical for t in trials)}/{len(trials)}, "
        f"no process left {sum(t.left_processes == 0 for t in trials)}/{len(trials)}, "
        f"no lock held after the lease {sum(t.lock_ok for t in trials)}/{len(trials)}, "
        f"no temporary file {sum(not t.temporary_files for t in trials)}/{len(trials)}, "
        f"no run left running {sum(not t.running_rows for t in trials)}/{len(trials)}; "
        f"SIGTERM exits: {sorted({t.exit_code for t in trials if t.signal == 'SIGTERM'})}, "
        f"exited after the SIGTERM in {statistics.median(stops) if stops else 0:.2f} s median "
        f"({max(stops, default=0):.2f} s at most); "
        f"trials killed while publishing (temporary files found after the kill): "
        f"{sum(t.temporary_after_kill > 0 for t in trials)}"
    )
    if publish_trials:
        count = len(publish_trials)
        print(
            f"{count} kill -9 the moment publishing began: temporary files left by the kill in "
            f"{sum(t.temporary_after_kill > 0 for t in publish_trials)}/{count}, all removed by the next run "
            f"{sum(not t.temporary_files for t in publish_trials)}/{count}, catalogue identical "
            f"{sum(t.identical for t in publish_trials)}/{count}, no process left "
            f"{sum(t.left_processes == 0 for t in publish_trials)}/{count}, all checks "
            f"{sum(t.ok for t in publish_trials)}/{count}"
        )
    if args.keep:
        print(f"folders kept in {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
