"""The per-record hot path compiled with Cython, used only where it was built from the current source.

Why: a run spends most of its CPU in a dozen pure-Python modules (normalise, the free-text scrubber,
row validation, stored rows, CSV lines). Compiled unchanged by Cython (`scripts/compile_hot_paths.py`,
run by scripts/setup.sh) they take about a quarter less CPU and publish the same bytes. The compiled
files sit beside their sources; Python would import a compiled module in preference to its source even
after the source changed, so `install` puts a finder first on `sys.meta_path` that uses a compiled module
only when it is at least as new as its `.py` file, and the source otherwise. Without a compiler, or with
HARVESTER_PURE_PYTHON=1, everything runs from source, with the same results.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

#: Modules compiled by scripts/compile_hot_paths.py: each of them is pure Python that Cython compiles as is.
COMPILED_MODULES = (
    "harvester.anonymise.text",
    "harvester.anonymise.text.address",
    "harvester.anonymise.text.email",
    "harvester.anonymise.text.iban",
    "harvester.anonymise.text.plate",
    "harvester.anonymise.text.lexicon",
    "harvester.anonymise.text.person",
    "harvester.anonymise.text.person.words",
    "harvester.anonymise.text.person.runs",
    "harvester.anonymise.text.person.signatures",
    "harvester.anonymise.text.person.relations",
    "harvester.anonymise.text.person.conversation",
    "harvester.anonymise.text.person.lower_case",
    "harvester.anonymise.text.person.contacts",
    "harvester.anonymise.text.person.completion",
    "harvester.anonymise.text.person.vetoes",
    "harvester.anonymise.text.phone",
    "harvester.anonymise.text.person_model",
    "harvester.anonymise.policy",
    "harvester.core.csv_lines",
    "harvester.state.row_identity",
    "harvester.sources.open311",
    "harvester.sources.values",
    "harvester.pipeline.transform",
    "harvester.validation.rowcheck",
)

PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def source_path(module: str) -> Path:
    """The `.py` file of one of COMPILED_MODULES (`__init__.py` for a package)."""
    path = PACKAGE_ROOT.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def compiled_is_current(source: Path, compiled: Path) -> bool:
    """Whether a compiled module may stand for its source: built after the source last changed."""
    try:
        return compiled.stat().st_mtime >= source.stat().st_mtime
    except FileNotFoundError:
        return False


class _CurrentCompiledFinder:
    """Finds COMPILED_MODULES: the compiled file when it is current, else the source file."""

    @staticmethod
    def find_spec(
        fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in COMPILED_MODULES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
            return spec
        source = source_path(fullname)
        if compiled_is_current(source, Path(str(spec.origin))) and not os.environ.get(
            "HARVESTER_PURE_PYTHON"
        ):
            return spec
        package_dirs = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(
            fullname, source, submodule_search_locations=package_dirs
        )


def install() -> None:
    """Put the finder first on `sys.meta_path` (once), before any of COMPILED_MODULES is imported."""
    if not any(isinstance(finder, _CurrentCompiledFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _CurrentCompiledFinder())


def in_use() -> dict[str, bool]:
    """For each of COMPILED_MODULES already imported: whether it runs compiled."""
    loaded = {name: sys.modules[name] for name in COMPILED_MODULES if name in sys.modules}
    return {
        name: isinstance(module.__spec__.loader, importlib.machinery.ExtensionFileLoader)
        for name, module in loaded.items()
    }
