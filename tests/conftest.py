"""Shared fixtures: a Config in a temporary folder whose sources point at loopback replicas."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
import yaml

from harvester.core.config import Config, load_config

REPO = Path(__file__).resolve().parent.parent
JOBS_DIR = REPO / "jobs"
TEST_QUARANTINE_KEY = "sKSxATilrG67TxSUr1L2JJwkNu4Sz7Gb3t8yhA8zuGs="


def write_config(
    folder: Path,
    *,
    sources: Mapping[str, str] | None = None,
    jobs_dir: Path = JOBS_DIR,
    extra: Mapping[str, object] | None = None,
) -> Path:
    """A config.yaml in `folder` with state, catalogue and reports inside it; `sources` maps system → base URL."""
    data: dict[str, object] = {
        "state": f"sqlite:///{folder / 'state' / 'harvester.db'}",
        "target": "catalogue",
        "catalogue": {"path": str(folder / "catalogue")},
        "reports": {"path": str(folder / "reports")},
        "jobs_dir": str(jobs_dir),
        "sources": {
            system: {"base_url": url, "timeout": 5, "backoff": 0.001}
            for system, url in (sources or {}).items()
        },
    }
    data.update(extra or {})
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def make_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Config]:
    """Build a Config for a test: `make_config(sources={"feedback": replica.url})`."""
    monkeypatch.setenv("HARVESTER_PSEUDONYM_KEY", "test-pseudonym-key")
    # as a deployment has it: quarantined and held records are kept whole, encrypted (a test-only Fernet key)
    monkeypatch.setenv("HARVESTER_QUARANTINE_KEY", TEST_QUARANTINE_KEY)

    def build(**kwargs: object) -> Config:
        return load_config(write_config(tmp_path, **kwargs))

    return build
