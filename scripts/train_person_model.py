"""Train the person-name CRF shipped as harvester/anonymise/text/data/person_crf.bin.

    .venv/bin/python scripts/train_person_model.py [--train ../shared/data/turku-ner/train.jsonl]
        [--cv 5] [--c1 0.1] [--c2 0.05] [--out harvester/anonymise/text/data/person_crf.bin]

Training data: the train split of the Turku NER corpus (TurkuNLP/turku-ner-corpus, CC BY-SA 4.0; Luoma et
al., "A Broad-coverage Corpus for Finnish Named Entity Recognition", LREC 2020), and with `--extra` the
Finnish messages of a labelled set of the project's own (tests/data/pii/dev.jsonl). Only PER (PERSON) spans
are used: a word of a candidate run (see `person._runs`) is P when it overlaps a PER span, else O. The model
file is derived from the corpus and so carries CC BY-SA 4.0.

The shipped model is trained with `--extra tests/data/pii/dev.jsonl` (weight 1): trained on the development
set without its last blocks 24, 25 and 27 (outsider blocks), it scored PERSON 0.964 / 0.909 on those blocks
against 0.960 / 0.902 for the model trained on Turku NER alone (weight 3: no better, Turku NER precision
0.848). The development set's own figures then include a model trained on it; the frozen held-out sets,
Turku NER dev and fresh blocks measured before they are added are what measure it.

`--cv K` first prints K-fold cross-validation figures (folds by document) for the rules alone, the model
alone and the two combined, each as span precision/recall on the candidate runs, then trains on all of it.
Takes about a minute on one core."""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import pycrfsuite

from harvester.anonymise.text import _fold, person
from harvester.anonymise.text.person_model import THRESHOLD, VETO, Document, run_features

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "harvester" / "anonymise" / "text" / "data" / "person_crf.bin"


def default_train() -> Path:
    for folder in ROOT.parents:
        candidate = folder / "shared" / "data" / "turku-ner" / "train.jsonl"
        if candidate.exists():
            return candidate
    return ROOT.parent / "shared" / "data" / "turku-ner" / "train.jsonl"


def folded(record: dict) -> tuple[str, list[tuple[int, int]]]:
    """The document's text as the scrubber reads it (NFKC, format characters removed, dashes folded:
    `harvester.anonymise.text._fold`) and its PER spans in that text, so that the model is trained on
    what it will see ("–" in the corpus is "-" at run time)."""
    text = record["text"]
    gold = [(s["start"], s["end"]) for s in record["spans"] if s["label"] == "PER"]
    copy = _fold(text)
    if copy is None:
        return text, gold
    if isinstance(copy, str):
        return copy, gold
    copy_text, starts, ends = copy
    mapped = []
    for gs, ge in gold:
        inside = [i for i in range(len(copy_text)) if gs <= starts[i] and ends[i] <= ge]
        if inside:
            mapped.append((inside[0], inside[-1] + 1))
    return copy_text, mapped


def examples(record: dict) -> list[tuple[list[list[str]], list[str], list[tuple[int, int]], list[bool]]]:
    """(features, labels, word spans, rule decision per word) of each candidate run of one document."""
    text, gold = folded(record)
    out = []
    runs = []
    document = Document(text)
    for key, words in person._runs(text, ()):
        sentence_start = person._starts_sentence(text, words[0][0])
        rule = [False] * len(words)
        for first, last in person._names_in_run(text, key, words, False):
            for i in range(first, last + 1):
                rule[i] = True
        runs.append((words, rule, sentence_start))
        document.add(words, rule, sentence_start)
    for words, rule, sentence_start in runs:
        spans = [(start, start + len(word)) for start, word in words]
        labels = ["P" if any(s < ge and gs < e for gs, ge in gold) else "O" for s, e in spans]
        out.append((run_features(text, words, rule, sentence_start, document), labels, spans, rule))
    return out


def spans_of(flags: list[bool], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found, i = [], 0
    while i < len(flags):
        if flags[i]:
            j = i
            while j + 1 < len(flags) and flags[j + 1]:
                j += 1
            found.append((spans[i][0], spans[j][1]))
            i = j + 1
        else:
            i += 1
    return found


def score(found: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) by overlap, each gold span matched once."""
    unmatched = list(found)
    tp = 0
    for gs, ge in gold:
        match = next((f for f in unmatched if f[0] < ge and gs < f[1]), None)
        if match is not None:
            unmatched.remove(match)
            tp += 1
    return tp, len(unmatched), len(gold) - tp


def train(data: list, c1: float, c2: float, out: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for doc in data:
        for feats, labels, _, _ in doc:
            trainer.append(feats, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 150, "feature.possible_transitions": True})
    trainer.train(str(out))


def cross_validate(
    records: list[dict], data: list, folds: int, c1: float, c2: float, threshold: float, veto: float
) -> None:
    order = list(range(len(records)))
    random.Random(17).shuffle(order)
    totals = {name: [0, 0, 0] for name in ("rules", "model", "union", "veto")}
    for fold in range(folds):
        test = set(order[fold::folds])
        path = Path(f"/tmp/person_crf_fold{fold}.bin")
        train([d for i, d in enumerate(data) if i not in test], c1, c2, path)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        for i in test:
            gold = folded(records[i])[1]
            rules, model, vetoed = [], [], []
            for feats, _, spans, rule in data[i]:
                tagger.set(feats)
                marginals = [tagger.marginal("P", k) for k in range(len(feats))]
                flags = [p >= threshold for p in marginals]
                rules += spans_of(rule, spans)
                model += spans_of(flags, spans)
                # the rules' one-word names are kept when the model gives them at least `veto`
                single = [r and not (k and rule[k - 1]) and rule[k + 1 : k + 2] != [True] for k, r in enumerate(rule)]
                kept = [r and (p >= veto or not one) for r, p, one in zip(rule, marginals, single, strict=True)]
                vetoed += spans_of([k or f for k, f in zip(kept, flags, strict=True)], spans)
            union = spans_of_union(rules, model)
            for name, found in (("rules", rules), ("model", model), ("union", union), ("veto", vetoed)):
                for k, v in enumerate(score(found, gold)):
                    totals[name][k] += v
        path.unlink()
    for name, (tp, fp, fn) in totals.items():
        print(f"cv {name:6} precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f}")


def spans_of_union(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(a + b):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def extra_records(path: Path) -> list[dict]:
    """The Finnish messages of a labelled set (tests/data/pii/dev.jsonl), their PERSON spans as PER: text of
    the city's own sources, where names stand other than in the corpus's news and wiki prose."""
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [
        {**row, "spans": [{**span, "label": "PER"} for span in row["spans"] if span["label"] == "PERSON"]}
        for row in rows
        if row.get("lang") in ("fi", None)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=default_train())
    parser.add_argument("--cv", type=int, default=0, help="folds of cross-validation to report first")
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="marginal P probability (cv only)")
    parser.add_argument("--veto", type=float, default=VETO, help="cv 'veto': one-word rule names kept above this P")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--extra", type=Path, action="append", default=[],
        help="labelled messages in the scrubber's format (PERSON spans), Finnish ones added to the training data",
    )  # fmt: skip
    parser.add_argument("--extra-weight", type=int, default=1, help="how many times each extra message counts")
    args = parser.parse_args()
    with args.train.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    for path in args.extra:
        records += extra_records(path) * args.extra_weight
    begin = time.process_time()
    data = [examples(r) for r in records]
    runs = sum(len(d) for d in data)
    print(f"{len(records)} documents, {runs} candidate runs, features in {time.process_time() - begin:.1f} s")
    gold = sum(1 for r in records for s in r["spans"] if s["label"] == "PER")
    reachable = sum(
        1
        for r, d in zip(records, data, strict=True)
        for s in r["spans"]
        if s["label"] == "PER" and any(a < s["end"] and s["start"] < b for _, _, spans, _ in d for a, b in spans)
    )
    print(f"PER spans {gold}, overlapping a candidate run {reachable} ({reachable / gold:.3f})")
    if args.cv:
        cross_validate(records, data, args.cv, args.c1, args.c2, args.threshold, args.veto)
    begin = time.process_time()
    train(data, args.c1, args.c2, args.out)
    print(f"trained in {time.process_time() - begin:.1f} s: {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
