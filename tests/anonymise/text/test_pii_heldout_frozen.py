"""The held-out personal-data evaluation set (issue 17) is frozen: any edit to it must fail here.

The set was written independently of the detectors and is never used for tuning (tune on
tests/data/pii/dev.jsonl). These tests pin its bytes to the digest recorded below and in its README,
check that the builder still reproduces it, and check that every span is well formed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

# Found from the repository root, so the test keeps working wherever the tests folder layout puts it.
REPO = next(folder for folder in Path(__file__).resolve().parents if (folder / "pyproject.toml").is_file())
HELDOUT_DIR = REPO / "tests" / "data" / "pii" / "heldout"
HELDOUT = HELDOUT_DIR / "heldout.jsonl"
RECORDED_SHA256 = "defa2f2d578822931bdd6d7ef2efddb26205cb4ac8d8279bf32735cf2e0e0c7d"
LABELS = {"PERSON", "EMAIL", "PHONE", "HETU", "IBAN", "PLATE", "ADDRESS", "IP"}
LANGS = {"fi", "sv", "en"}
SOURCES = {"feedback", "kerrokantasi", "omastadi", "booking"}


def records() -> list[dict[str, object]]:
    with HELDOUT.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_heldout_file_matches_its_recorded_sha256() -> None:
    assert hashlib.sha256(HELDOUT.read_bytes()).hexdigest() == RECORDED_SHA256


def test_readme_records_the_same_sha256() -> None:
    assert RECORDED_SHA256 in (HELDOUT_DIR / "README.md").read_text(encoding="utf-8")


def test_builder_reproduces_the_frozen_file_byte_for_byte() -> None:
    spec = importlib.util.spec_from_file_location("build_heldout", HELDOUT_DIR / "build_heldout.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    rebuilt = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in builder.build())
    assert rebuilt.encode("utf-8") == HELDOUT.read_bytes()


def test_every_record_has_a_unique_id_a_known_language_and_a_known_source() -> None:
    rows = records()
    assert len({row["id"] for row in rows}) == len(rows)
    assert {row["lang"] for row in rows} == LANGS
    assert {row["source"] for row in rows} == SOURCES


def test_every_span_lies_inside_its_text_without_outer_whitespace() -> None:
    bad = [
        row["id"]
        for row in records()
        for span in row["spans"]
        if not 0 <= span["start"] < span["end"] <= len(row["text"])
        or row["text"][span["start"] : span["end"]].strip() != row["text"][span["start"] : span["end"]]
    ]
    assert bad == []


def test_every_span_has_a_known_label() -> None:
    bad = [row["id"] for row in records() for span in row["spans"] if span["label"] not in LABELS]
    assert bad == []


def test_no_two_spans_of_a_message_overlap() -> None:
    bad = []
    for row in records():
        spans = sorted(row["spans"], key=lambda span: (span["start"], span["end"]))
        pairs = zip(spans, spans[1:], strict=False)
        bad += [row["id"] for first, second in pairs if second["start"] < first["end"]]
    assert bad == []
