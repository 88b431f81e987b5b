"""Where a project's schemas and jobs are, and which job publishes which schema (read leniently).

The schema tools must work on whatever is in the repository, including a job that does not load yet, so
jobs are read as plain YAML here: a job file that cannot be read is reported, not fatal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from harvester.core.errors import ConfigError

SCHEMA_GLOB = "*.schema.json"


@dataclass(frozen=True)
class JobSchemaUse:
    """What one job says about the schema it publishes: name, source system, field policy, aggregation."""

    name: str
    file: Path
    system: str
    schema_path: Path
    policy: Mapping[str, Any]
    aggregate: Mapping[str, Any] | None


@dataclass
class Project:
    """The schemas and the jobs of one project folder (the one holding schemas/ and jobs/)."""

    root: Path
    schemas: list[Path]
    jobs: list[JobSchemaUse]
    unreadable_jobs: dict[Path, str] = field(default_factory=dict)

    def jobs_for(self, schema_path: Path) -> list[JobSchemaUse]:
        resolved = schema_path.resolve()
        return [job for job in self.jobs if job.schema_path == resolved]

    def relative(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)


def load_schema(path: Path) -> dict[str, Any]:
    """A schema file as a dict; a broken file is a ConfigError naming the file and the line."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(str(path), "(file)", "schema file not found") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(str(path), f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("fields"), list):
        raise ConfigError(str(path), "fields", "a Table Schema needs a list of fields")
    return data


def load_project(root: Path) -> Project:
    """Every schemas/*.schema.json and every jobs/*.yaml of the project at `root`."""
    schemas = sorted((root / "schemas").glob(SCHEMA_GLOB))
    jobs: list[JobSchemaUse] = []
    unreadable: dict[Path, str] = {}
    for file in sorted((root / "jobs").glob("*.yaml")):
        try:
            raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            unreadable[file] = f"cannot be read: {exc}"
            continue
        if not isinstance(raw, dict) or not isinstance(raw.get("schema"), str):
            unreadable[file] = "has no `schema:` path"
            continue
        policy = raw.get("policy") if isinstance(raw.get("policy"), dict) else {}
        source = raw.get("source") if isinstance(raw.get("source"), dict) else {}
        jobs.append(
            JobSchemaUse(
                name=file.stem,
                file=file,
                system=str(source.get("system", "?")),
                schema_path=(root / raw["schema"]).resolve(),
                policy=policy,
                aggregate=raw["aggregate"] if isinstance(raw.get("aggregate"), dict) else None,
            )
        )
    return Project(root=root, schemas=schemas, jobs=jobs, unreadable_jobs=unreadable)


def primary_key(schema: Mapping[str, Any]) -> list[str]:
    key = schema.get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)
