"""The fourth held-out personal-data evaluation set (issue 17) is frozen: any edit to it must fail here.

It was written blind to the scrubber on 2026-12-07 by an outsider helper who never saw the detectors, the dev
set or the earlier held-out sets' data; it is measured once at the end of a round, never tuned on (tune on
tests/data/pii/dev.jsonl).
"""

from __future__ import annotations

import hashlib
import runpy
import shutil
import sys
from pathlib import Path

import pytest

from tests.anonymise.text.frozen_heldout import bad_spans

REPO = next(folder for folder in Path(__file__).resolve().parents if (folder / "pyproject.toml").is_file())
HELDOUT_DIR = REPO / "tests" / "data" / "pii" / "heldout4"
HELDOUT = HELDOUT_DIR / "heldout4.jsonl"
RECORDED_SHA256 = "01b14a971bb5cff6bde2c1fc0046849a4ec9219168806cae76eb945ee6503bf4"


def test_heldout4_file_matches_its_recorded_sha256() -> None:
    assert hashlib.sha256(HELDOUT.read_bytes()).hexdigest() == RECORDED_SHA256


def test_readme_records_the_same_sha256() -> None:
    assert RECORDED_SHA256 in (HELDOUT_DIR / "README.md").read_text(encoding="utf-8")


def test_builder_reproduces_the_frozen_file_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder = tmp_path / "build_heldout4.py"
    shutil.copy(HELDOUT_DIR / "build_heldout4.py", builder)
    monkeypatch.setattr(sys, "argv", [str(builder), str(tmp_path)])  # its one argument: where to write
    runpy.run_path(str(builder), run_name="__main__")
    assert (tmp_path / "heldout4.jsonl").read_bytes() == HELDOUT.read_bytes()


def test_every_span_lies_inside_its_text_has_a_known_label_and_overlaps_no_other() -> None:
    assert bad_spans(HELDOUT) == []
