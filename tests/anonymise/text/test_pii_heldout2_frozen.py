"""The second held-out personal-data evaluation set (issue 17) is frozen: any edit to it must fail here.

It was written blind to the detectors on 2026-12-07 by a helper who never saw them, after three rounds of
tuning, and is measured once at the end of a round, never tuned on (tune on tests/data/pii/dev.jsonl).
"""

from __future__ import annotations

import hashlib
import runpy
import shutil
from pathlib import Path

from tests.anonymise.text.frozen_heldout import bad_spans

REPO = next(folder for folder in Path(__file__).resolve().parents if (folder / "pyproject.toml").is_file())
HELDOUT_DIR = REPO / "tests" / "data" / "pii" / "heldout2"
HELDOUT = HELDOUT_DIR / "heldout2.jsonl"
RECORDED_SHA256 = "ddac5cddd9feb6bd8d3d185e2de6046e94947a70f320e56d8e903f978c2abd41"


def test_heldout2_file_matches_its_recorded_sha256() -> None:
    assert hashlib.sha256(HELDOUT.read_bytes()).hexdigest() == RECORDED_SHA256


def test_readme_records_the_same_sha256() -> None:
    assert RECORDED_SHA256 in (HELDOUT_DIR / "README.md").read_text(encoding="utf-8")


def test_builder_reproduces_the_frozen_file_byte_for_byte(tmp_path: Path) -> None:
    builder = tmp_path / "build_heldout2.py"
    shutil.copy(HELDOUT_DIR / "build_heldout2.py", builder)
    runpy.run_path(str(builder), run_name="__main__")
    assert (tmp_path / "heldout2.jsonl").read_bytes() == HELDOUT.read_bytes()


def test_every_span_lies_inside_its_text_has_a_known_label_and_overlaps_no_other() -> None:
    assert bad_spans(HELDOUT) == []
