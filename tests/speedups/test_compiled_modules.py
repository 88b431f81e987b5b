"""The Cython-compiled hot path stands in for its source only when it was built from the current source."""

import json
import os
import subprocess
import sys
from pathlib import Path

from harvester.speedups.compiled import COMPILED_MODULES, compiled_is_current, source_path

REPO = Path(__file__).resolve().parents[2]

IMPORT_ALL = (
    "import importlib, json; from harvester.speedups import compiled; "
    "[importlib.import_module(m) for m in compiled.COMPILED_MODULES]; "
    "print(json.dumps({m: importlib.import_module(m).__file__ for m in compiled.COMPILED_MODULES}))"
)


def imported_files(**env: str) -> dict[str, str]:
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def test_every_compiled_module_has_its_source_in_the_package():
    for module in COMPILED_MODULES:
        assert source_path(module).is_file(), module


def test_a_compiled_file_built_after_its_source_is_current(tmp_path: Path):
    source, built = tmp_path / "m.py", tmp_path / "m.so"
    source.write_text("x = 1\n")
    built.write_bytes(b"")
    os.utime(source, (1000, 1000))
    os.utime(built, (2000, 2000))
    assert compiled_is_current(source, built)


def test_a_compiled_file_older_than_its_source_is_not_used(tmp_path: Path):
    source, built = tmp_path / "m.py", tmp_path / "m.so"
    source.write_text("x = 1\n")
    built.write_bytes(b"")
    os.utime(built, (1000, 1000))
    os.utime(source, (2000, 2000))
    assert not compiled_is_current(source, built)


def test_a_missing_compiled_file_is_not_current(tmp_path: Path):
    source = tmp_path / "m.py"
    source.write_text("x = 1\n")
    assert not compiled_is_current(source, tmp_path / "m.so")


def test_each_hot_module_runs_compiled_exactly_when_its_compiled_file_is_current():
    files = imported_files()
    for module, file in files.items():
        source = source_path(module)
        built = sorted(source.parent.glob(f"{source.stem}.cpython-*.so"))
        expected_compiled = bool(built) and compiled_is_current(source, built[-1])
        assert file.endswith(".so") == expected_compiled, (module, file)


def test_harvester_pure_python_runs_every_hot_module_from_source():
    files = imported_files(HARVESTER_PURE_PYTHON="1")
    assert all(file.endswith(".py") for file in files.values()), files
