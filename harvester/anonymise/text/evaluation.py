"""Precision, recall and F1 of the scrubber against a labelled set, per label, and the share of
personal-data characters masked. Used by benchmarks/pii_eval.py and by the quality test.

A labelled record is `{"id", "text", "lang"?, "spans": [{"start", "end", "label"}]}`. A found span
matches a gold span of the same label when they overlap (each gold span is matched at most once);
`exact` counts only identical boundaries."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from harvester.anonymise.text import LABELS, Span, TextScrubber


@dataclass
class LabelScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    exact: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    labels: dict[str, LabelScore] = field(default_factory=lambda: {label: LabelScore() for label in LABELS})
    pii_characters: int = 0
    masked_characters: int = 0
    errors: list[str] = field(default_factory=list)  # one line per miss or false alarm, for reading

    @property
    def overall(self) -> LabelScore:
        total = LabelScore()
        for score in self.labels.values():
            total.true_positives += score.true_positives
            total.false_positives += score.false_positives
            total.false_negatives += score.false_negatives
            total.exact += score.exact
        return total

    @property
    def masked_share(self) -> float:
        return self.masked_characters / self.pii_characters if self.pii_characters else 1.0


def read_labelled(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate(records: Iterable[dict], scrubber: TextScrubber | None = None) -> Evaluation:
    """Score the scrubber on labelled records."""
    scrubber = scrubber or TextScrubber()
    result = Evaluation()
    for record in records:
        text = record["text"]
        gold = [Span(s["start"], s["end"], s["label"]) for s in record["spans"]]
        found = scrubber.scan(text, record.get("lang"))
        masked = set()
        for span in found:
            masked.update(range(span.start, span.end))
        for span in gold:
            result.pii_characters += span.end - span.start
            result.masked_characters += sum(1 for i in range(span.start, span.end) if i in masked)
        unmatched = list(found)
        for span in gold:
            score = result.labels[span.label]
            match = next(
                (f for f in unmatched if f.label == span.label and f.start < span.end and span.start < f.end),
                None,
            )
            if match is None:
                score.false_negatives += 1
                result.errors.append(f"{record['id']} missed {span.label} {text[span.start : span.end]!r}")
                continue
            unmatched.remove(match)
            score.true_positives += 1
            if (match.start, match.end) == (span.start, span.end):
                score.exact += 1
            else:
                result.errors.append(
                    f"{record['id']} {span.label} boundary {text[match.start : match.end]!r}"
                    f" for {text[span.start : span.end]!r}"
                )
        for span in unmatched:
            result.labels[span.label].false_positives += 1
            result.errors.append(f"{record['id']} false {span.label} {text[span.start : span.end]!r}")
    return result
