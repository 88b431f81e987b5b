"""What the tests of the frozen held-out sets 2 and 3 check alike: the records of a set and the spans that
are not well formed (outside their text, with white space at an end, of an unknown label, overlapping)."""

from __future__ import annotations

import json
from pathlib import Path

LABELS = {"PERSON", "EMAIL", "PHONE", "HETU", "IBAN", "PLATE", "ADDRESS", "IP"}


def records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def bad_spans(path: Path) -> list[tuple[str, str]]:
    """(record id, what is wrong) for each span that is not well formed."""
    bad = []
    for row in records(path):
        spans = sorted(row["spans"], key=lambda span: (span["start"], span["end"]))
        for span in spans:
            value = row["text"][span["start"] : span["end"]]
            if not 0 <= span["start"] < span["end"] <= len(row["text"]) or value.strip() != value:
                bad.append((row["id"], "bounds"))
            if span["label"] not in LABELS:
                bad.append((row["id"], "label"))
        bad += [(row["id"], "overlap") for a, b in zip(spans, spans[1:], strict=False) if b["start"] < a["end"]]
    return bad
