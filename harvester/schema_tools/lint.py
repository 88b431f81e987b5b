"""`harvester schema check`: the mistakes stewards make in schemas, found before a job runs.

A schema fails on: a field without an English (`description`) or Finnish (`description_fi`) description;
a primary-key field not marked `"required": true` (Frictionless treats key fields as required anyway, but
the docs, CKAN's DataStore and readers of the schema see only what is written, so we want it explicit);
an enum with duplicates; a pattern that does not compile; a type the pipeline's row validator cannot check;
a missing or non-semver `version`; a missing title or description; anything Frictionless itself rejects;
and, for each job that publishes the schema, a field the job's policy publishes but the schema lacks, or a
schema field the policy never publishes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frictionless

from harvester.core.config import required_fields
from harvester.core.errors import ConfigError
from harvester.schema_tools.diff import major
from harvester.schema_tools.project import JobSchemaUse, Project, load_project, load_schema, primary_key
from harvester.validation.rowcheck import TYPE_CHECKS


@dataclass(frozen=True)
class LintProblem:
    """One mistake: the file, the field (None for the whole schema or job) and the reason."""

    file: str
    field: str | None
    reason: str

    def __str__(self) -> str:
        where = f" field {self.field!r}:" if self.field else ""
        return f"{self.file}:{where} {self.reason}"


def policy_action(spec: Any) -> str:
    """The action word of a policy entry: `keep`, or the first key of `{generalise: hour}`."""
    if isinstance(spec, Mapping) and spec:
        return str(next(iter(spec)))
    return str(spec)


def published_fields(job: JobSchemaUse) -> list[str]:
    return [name for name, spec in job.policy.items() if policy_action(spec) != "drop"]


def lint_schema(file: str, schema: Mapping[str, Any]) -> list[LintProblem]:
    """Problems of one schema on its own."""
    problems: list[LintProblem] = []

    def problem(field: str | None, reason: str) -> None:
        problems.append(LintProblem(file, field, reason))

    if major(schema.get("version")) is None:
        problem(None, f"`version` must be a semantic version like 1.0.0, got {schema.get('version')!r}")
    for key, words in (
        ("title", "title"),
        ("description", "English description"),
        ("description_fi", "Finnish description"),
    ):
        if not str(schema.get(key) or "").strip():
            problem(None, f"the schema has no {words} (top-level `{key}`)")
    for error in frictionless.Schema.validate_descriptor(dict(schema)).errors:
        problem(None, f"Frictionless rejects the schema: {error.message}")
    names = [spec.get("name") for spec in schema.get("fields", []) if isinstance(spec, Mapping)]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problem(name, "the field name appears more than once")
    key = primary_key(schema)
    if not key:
        problem(None, "no `primaryKey`: every published table needs one (rows are updated and removed by it)")
    for spec in schema.get("fields", []):
        if not isinstance(spec, Mapping):
            continue
        name = spec.get("name")
        constraints = spec.get("constraints") or {}
        if not str(spec.get("description") or "").strip():
            problem(name, "no English description (`description`)")
        if not str(spec.get("description_fi") or "").strip():
            problem(name, "no Finnish description (`description_fi`)")
        if spec.get("type", "string") not in TYPE_CHECKS:
            problem(
                name,
                f"type {spec.get('type')!r} cannot be checked by the pipeline (supported: {', '.join(TYPE_CHECKS)})",
            )
        if name in key and constraints.get("required") is not True:
            problem(name, 'is in the primary key but not marked "required": true in its constraints')
        enum = constraints.get("enum")
        if isinstance(enum, list):
            seen: list[Any] = []
            for value in enum:
                if value in seen:
                    problem(name, f"the enum lists {value!r} more than once")
                seen.append(value)
        if "pattern" in constraints:
            try:
                re.compile(str(constraints["pattern"]))
            except re.error as exc:
                problem(name, f"the pattern {constraints['pattern']!r} does not compile: {exc}")
    for name in key:
        if name not in names:
            problem(name, "is in the primary key but is not a field of the schema")
    return problems


def lint_job(file: str, schema: Mapping[str, Any], job: JobSchemaUse, job_file: str) -> list[LintProblem]:
    """Fields the job's policy publishes that the schema lacks, and schema fields the policy never publishes."""
    names = [spec.get("name") for spec in schema.get("fields", []) if isinstance(spec, Mapping)]
    published = published_fields(job)
    problems = [
        LintProblem(
            job_file,
            name,
            f"the policy publishes this field but the schema {file} has no such field "
            "(add it to the schema, or set the policy to drop)",
        )
        for name in published
        if name not in names
    ]
    required = required_fields(schema) if job.aggregate is None else []
    problems += [
        LintProblem(
            file,
            name,
            f"the schema requires field {name!r} but job {job.name}'s policy "
            f"{'drops it' if name in job.policy else 'does not publish it'}, so every record would be "
            f"quarantined (publish it in the policy of {job_file})"
            if name in required
            else f"job {job.name}'s policy never publishes this field, so the column would always be empty "
            f"(name it in the policy of {job_file}, or remove it from the schema)",
        )
        for name in names
        if name not in published
    ]
    return problems


def lint_project(root: Path) -> list[LintProblem]:
    """Every problem of every schema in `root/schemas` and of the jobs that publish them."""
    project: Project = load_project(root)
    problems = [
        LintProblem(project.relative(file), None, reason) for file, reason in project.unreadable_jobs.items()
    ]
    for path in project.schemas:
        relative = project.relative(path)
        try:
            schema = load_schema(path)
        except ConfigError as exc:
            problems.append(LintProblem(relative, None, f"{exc.key}: {exc.reason}"))
            continue
        problems += lint_schema(relative, schema)
        for job in project.jobs_for(path):
            problems += lint_job(relative, schema, job, project.relative(job.file))
    for job in project.jobs:
        if not job.schema_path.exists():
            problems.append(
                LintProblem(
                    project.relative(job.file),
                    None,
                    f"`schema:` names {job.schema_path}, which does not exist",
                )
            )
    return problems
