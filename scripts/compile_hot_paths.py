"""Compile the per-record hot path (harvester.speedups.compiled.COMPILED_MODULES) with Cython, beside the sources.

Run by scripts/setup.sh; quick when nothing changed. Needs Cython (the `compile` extra) and a C compiler with
the Python headers (Debian: build-essential, python3-dev). Exits 1 when compiling fails; the harvester then
runs from source with the same results, only slower. Usage: .venv/bin/python scripts/compile_hot_paths.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from Cython.Build import cythonize
    from setuptools import Extension, setup

    from harvester.speedups.compiled import COMPILED_MODULES, source_path

    extensions = []
    for name in COMPILED_MODULES:
        source = source_path(name)
        # a package's compiled __init__ goes inside the package, where the import system looks for it
        full_name = f"{name}.__init__" if source.name == "__init__.py" else name
        extensions.append(Extension(full_name, [str(source.relative_to(ROOT))]))
    modules = cythonize(
        extensions,
        build_dir="build/cython",
        compiler_directives={"language_level": 3, "binding": True},
        quiet=True,
    )
    setup(name="hri-harvester-hot-paths", ext_modules=modules, script_args=["-q", "build_ext", "--inplace"])
    return 0


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    try:
        raise SystemExit(main())
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise SystemExit(1) from None
        raise
