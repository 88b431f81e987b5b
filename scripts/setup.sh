#!/usr/bin/env bash
# Installs what hri-harvester needs on Debian 12: the Debian packages in scripts/apt-packages.txt (when run
# as root), a virtual environment in .venv with the harvester and its test tools, and the per-record hot path
# compiled with Cython (harvester/speedups/compiled.py). Idempotent and quick on a second run: pip runs again only
# when pyproject.toml changed, and only modules whose source changed are compiled again.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=()
  while read -r package; do
    package="${package%%#*}"; package="${package// /}"
    [ -n "$package" ] || continue
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done < scripts/apt-packages.txt
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  python3 -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing the harvester and its test tools into .venv" >&2
  log=$(mktemp)
  if ! { .venv/bin/python -m pip install -q --upgrade pip && .venv/bin/python -m pip install -q -e ".[test,compile]"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "setup: pip install failed (output above)" >&2
    exit 1
  fi
  rm -f "$log"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

log=$(mktemp)
if .venv/bin/python scripts/compile_hot_paths.py >"$log" 2>&1; then
  rm -f "$log"
else
  echo "setup: compiling the hot path failed (output in $log); the harvester runs from source, slower" >&2
fi
