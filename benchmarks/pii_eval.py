"""Evaluate the personal-data detector: per-label precision/recall/F1 on the labelled development set,
the share of personal-data characters masked, and throughput on Finnish text (one core, median of 5).

    .venv/bin/python benchmarks/pii_eval.py [--data tests/data/pii/dev.jsonl] [--megabytes 4] [--errors]
        [--heldout tests/data/pii/heldout/heldout.jsonl] [--heldout2 tests/data/pii/heldout2/heldout2.jsonl]
        [--heldout3 tests/data/pii/heldout3/heldout3.jsonl] [--heldout4 tests/data/pii/heldout4/heldout4.jsonl]
        [--turku ../shared/data/turku-ner/dev.jsonl] [--tuning]
    .venv/bin/python benchmarks/pii_eval.py --compare ROOT [--megabytes 2] [--rounds 3]

While tuning, pass --tuning: the held-out sets are then neither read nor reported. --compare ROOT measures
only throughput, alternated round by round with another checkout (a git worktree of the baseline commit,
compiled with its scripts/compile_hot_paths.py), each run in a process of its own on the same corpus.

Besides the development set it reports, when the files exist, the four frozen held-out sets (never tuned
on: only reported) and PERSON on the Turku NER corpus (Luoma et al., LREC 2020, CC BY-SA 4.0), where only
PER spans are gold PERSON and any found PERSON overlapping no PER span is a false positive.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from pathlib import Path

from harvester.anonymise.text import LABELS, TextScrubber
from harvester.anonymise.text.evaluation import Evaluation, evaluate, read_labelled
from harvester.anonymise.text.lexicon import voikko_available

ROOT = Path(__file__).resolve().parent.parent


# The throughput corpus is built from the first 731 development messages, the set as it stood at the end of
# the second tuning round of issue 17: the later outsider blocks are denser (lists of names, several IBANs a
# message), and a corpus that grows with the dev set would make figures of different rounds incomparable.
CORPUS_MESSAGES = 731


def finnish_corpus(records: list[dict], megabytes: float, dense: bool = True) -> list[str]:
    """Messages of Finnish text, about `megabytes` MB in UTF-8, made of the Finnish development messages
    joined two to six at a time. `dense`: drawn from all of them (most carry personal data, a worst case);
    otherwise one in four is drawn from those with personal data and the rest from those without."""
    with_pii = [r["text"] for r in records if r.get("lang") == "fi" and r["spans"]]
    without = [r["text"] for r in records if r.get("lang") == "fi" and not r["spans"]]
    rng = random.Random(5)
    messages, size = [], 0
    while size < megabytes * 1_000_000:
        count = rng.randint(2, 6)
        if dense:
            parts = rng.sample(with_pii + without, count)
        else:
            parts = [rng.choice(with_pii if rng.random() < 0.25 else without) for _ in range(count)]
        message = "\n\n".join(parts)
        messages.append(message)
        size += len(message.encode("utf-8"))
    return messages


def throughput(messages: list[str], runs: int = 5) -> tuple[float, list[float]]:
    size = sum(len(m.encode("utf-8")) for m in messages) / 1_000_000
    rates = []
    for _ in range(runs):
        scrubber = TextScrubber()
        begin = time.process_time()
        for message in messages:
            scrubber.scan(message, "fi")
        rates.append(size / (time.process_time() - begin))
    return statistics.median(rates), rates


def print_table(title: str, result: Evaluation, labels: tuple[str, ...] | list[str]) -> None:
    print(title)
    print(f"{'label':8} {'gold':>5} {'found':>5} {'prec':>6} {'recall':>6} {'F1':>6} {'exact':>6}")
    for label in labels:
        s = result.overall if label == "overall" else result.labels[label]
        gold, found = s.true_positives + s.false_negatives, s.true_positives + s.false_positives
        exact = s.exact / gold if gold else 1.0
        print(f"{label:8} {gold:5} {found:5} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {exact:6.3f}")


def default_turku() -> Path:
    """../shared/data/turku-ner/dev.jsonl beside the checkout (the first such folder up the tree, so that
    a worktree in a subfolder finds it too)."""
    for folder in ROOT.parents:
        candidate = folder / "shared" / "data" / "turku-ner" / "dev.jsonl"
        if candidate.exists():
            return candidate
    return ROOT.parent / "shared" / "data" / "turku-ner" / "dev.jsonl"


def turku_records(path: Path) -> list[dict]:
    """Turku NER records with only the PER spans kept, as gold PERSON spans."""
    records = read_labelled(path)
    return [
        {**r, "lang": "fi", "spans": [{**s, "label": "PERSON"} for s in r["spans"] if s["label"] == "PER"]}
        for r in records
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "pii" / "dev.jsonl")
    parser.add_argument("--megabytes", type=float, default=4.0, help="size of the Finnish throughput corpus")
    parser.add_argument(
        "--corpus-messages", type=int, default=CORPUS_MESSAGES,
        help="build the throughput corpus from this many development messages, the first (0: all of them)",
    )  # fmt: skip
    parser.add_argument("--errors", action="store_true", help="list every miss, false alarm and boundary")
    parser.add_argument(
        "--heldout", type=Path, default=ROOT / "tests" / "data" / "pii" / "heldout" / "heldout.jsonl",
        help="the frozen held-out set, reported when it exists (its errors are never listed)",
    )  # fmt: skip
    parser.add_argument(
        "--heldout2", type=Path, default=ROOT / "tests" / "data" / "pii" / "heldout2" / "heldout2.jsonl",
        help="the second frozen held-out set (written 2026-12-07), reported when it exists",
    )  # fmt: skip
    parser.add_argument(
        "--heldout3", type=Path, default=ROOT / "tests" / "data" / "pii" / "heldout3" / "heldout3.jsonl",
        help="the third frozen held-out set (written 2026-12-07, evening), reported when it exists",
    )  # fmt: skip
    parser.add_argument(
        "--heldout4", type=Path, default=ROOT / "tests" / "data" / "pii" / "heldout4" / "heldout4.jsonl",
        help="the fourth frozen held-out set (written 2026-12-07, late night), reported when it exists",
    )  # fmt: skip
    parser.add_argument(
        "--turku", type=Path, default=default_turku(),
        help="Turku NER split (JSON Lines) to score PERSON on, when it exists",
    )  # fmt: skip
    parser.add_argument("--tuning", action="store_true", help="leave the held-out sets out (while tuning)")
    parser.add_argument("--turku-errors", action="store_true", help="list the PERSON errors on the Turku split")
    parser.add_argument("--no-throughput", action="store_true", help="skip the throughput runs")
    parser.add_argument(
        "--compare", type=Path, metavar="ROOT",
        help="only throughput, alternated round by round with the checkout at ROOT (a git worktree of another "
        "commit, compiled the same way): each run in a process of its own, on the same corpus",
    )  # fmt: skip
    parser.add_argument("--rounds", type=int, default=3, help="rounds of --compare (default 3)")
    args = parser.parse_args()
    if args.compare:
        compare(args)
        return
    records = read_labelled(args.data)
    result = evaluate(records)
    print(f"{len(records)} messages, Voikko {'available' if voikko_available() else 'NOT available'}")
    print_table(f"development set {args.data.name}", result, [*LABELS, "overall"])
    print(f"personal-data characters masked: {result.masked_share:.4f}")
    if args.errors:
        print("\n".join(result.errors))
    for path in () if args.tuning else (args.heldout, args.heldout2, args.heldout3, args.heldout4):
        if path.exists():
            heldout = evaluate(read_labelled(path))
            print_table(f"\nheld-out set {path.name} (frozen; report only)", heldout, [*LABELS, "overall"])
            print(f"personal-data characters masked: {heldout.masked_share:.4f}")
    if args.turku.exists():
        turku = evaluate(turku_records(args.turku))
        print_table(f"\nTurku NER {args.turku.name}: PER spans as PERSON", turku, ["PERSON"])
        if args.turku_errors:
            print("\n".join(e for e in turku.errors if " PERSON " in e))
    if args.no_throughput:
        return
    corpus_records = records[: args.corpus_messages] if args.corpus_messages else records
    corpus = "\n\n".join(finnish_corpus(corpus_records, 1.0))
    begin = time.process_time()
    for _ in range(5):
        sum(1 for _ in re.finditer(r"\w+", corpus))
    reference = 5 * len(corpus.encode("utf-8")) / 1_000_000 / (time.process_time() - begin)
    print(f"reference: one pass of re.finditer(r'\\w+') over the same text runs at {reference:.1f} MB/s here")
    print(f"throughput corpus: built from {len(corpus_records)} development messages")
    for dense, name in ((True, "dense: most messages carry personal data"), (False, "1 in 4 parts personal")):
        median, rates = throughput(finnish_corpus(corpus_records, args.megabytes, dense))
        runs = ", ".join(f"{r:.2f}" for r in rates)
        print(f"throughput, Finnish, one core, CPU time ({name}): median {median:.2f} MB/s of {runs}")


# Run in a process of its own with one checkout's harvester first on the path: this file's corpus and
# throughput functions, on this checkout's development set, so that both checkouts scan the same text.
_COMPARE_CHILD = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("pii_eval", sys.argv[1])
pii_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pii_eval)
records = pii_eval.read_labelled(pii_eval.Path(sys.argv[2]))[: int(sys.argv[3])]
rates = [pii_eval.throughput(pii_eval.finnish_corpus(records, float(sys.argv[4]), dense), runs=3)[0] for dense in (True, False)]
print(json.dumps(rates))
"""


def compare(args: argparse.Namespace) -> None:
    """Throughput of this checkout and of the one at `args.compare`, alternated: the machine's speed drifts
    within minutes (two to three times here), so only runs close in time compare."""
    import json
    import os
    import subprocess
    import sys

    roots = (ROOT, args.compare.resolve())
    results: dict[Path, list[list[float]]] = {root: [] for root in roots}
    for round_number in range(1, args.rounds + 1):
        for root in roots:
            environment = {**os.environ, "PYTHONPATH": str(root)}
            command = [sys.executable, "-c", _COMPARE_CHILD, str(Path(__file__).resolve()), str(args.data),
                       str(args.corpus_messages or 10**9), str(args.megabytes)]  # fmt: skip
            output = subprocess.run(command, env=environment, cwd=root, capture_output=True, text=True, check=True)
            results[root].append(json.loads(output.stdout.strip().splitlines()[-1]))
            dense, sparse = results[root][-1]
            print(f"round {round_number}: {root}: dense {dense:.2f} MB/s, 1 in 4 personal {sparse:.2f} MB/s")
    for root in roots:
        dense = statistics.median(rates[0] for rates in results[root])
        sparse = statistics.median(rates[1] for rates in results[root])
        print(f"median over {args.rounds} rounds, {root}: dense {dense:.2f} MB/s, 1 in 4 personal {sparse:.2f} MB/s")


if __name__ == "__main__":
    main()
