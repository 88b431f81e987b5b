"""Validate a CSV or a data package with Frictionless and say what is wrong in words a steward can act on.

Every error is reported (Frictionless stops at 1,000 by default; we lift the limit), grouped by kind.
The machine-readable form is Frictionless' own report (`report.to_dict()`), so existing tools read it.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import frictionless

from harvester.errors import HarvesterError

PLAIN_REASONS = {
    "type-error": "the value is not of the field's type",
    "constraint-error": "the value breaks a rule of the field (required, pattern, enum, range, length)",
    "primary-key": "the primary key repeats an earlier row",
    "unique-error": "the value must be unique but repeats an earlier row",
    "missing-cell": "the row has fewer cells than the header",
    "extra-cell": "the row has more cells than the header",
    "blank-row": "the row is empty",
    "incorrect-label": "the column name differs from the schema",
    "missing-label": "a column the schema names is missing",
    "extra-label": "the file has a column the schema does not name",
    "duplicate-label": "the same column name appears twice",
    "hash-count": "the file's size or hash differs from the data package",
    "byte-count": "the file's size differs from the data package",
}


def validate_path(path: Path, schema: Path | None = None) -> frictionless.Report:
    """Validate a CSV (against `schema`) or a datapackage.json; every error, no cap."""
    if not path.exists():
        raise HarvesterError(f"{path}: no such file")
    if schema is not None and not schema.exists():
        raise HarvesterError(f"{schema}: no such schema file")
    try:
        if path.name.endswith(".json") and schema is None:
            return frictionless.validate(str(path), limit_errors=sys.maxsize)
        with frictionless.system.use_context(trusted=True):
            resource = frictionless.Resource(
                path=str(path.resolve()),
                schema=str(schema.resolve()) if schema else None,
            )
            return resource.validate(limit_errors=sys.maxsize)
    except frictionless.FrictionlessException as exc:
        raise HarvesterError(f"{path}: cannot be validated: {exc.error.message}") from None


def report_errors(report: frictionless.Report) -> list[dict[str, Any]]:
    """Flat list of errors: task, kind, row, field, value, reason."""
    errors = []
    for task in report.tasks:
        for error in task.errors:
            errors.append(
                {
                    "resource": task.name,
                    "type": error.type,
                    "row": getattr(error, "row_number", None),
                    "field": getattr(error, "field_name", None) or getattr(error, "label", None),
                    "value": getattr(error, "cell", None),
                    "note": getattr(error, "note", "") or error.message,
                    "message": error.message,
                }
            )
    for error in report.errors:
        errors.append(
            {
                "resource": None,
                "type": error.type,
                "row": None,
                "field": None,
                "value": None,
                "note": error.message,
                "message": error.message,
            }
        )
    return errors


def format_report(report: frictionless.Report) -> str:
    """A readable report grouped by kind of error: row, field, value and reason for each."""
    errors = report_errors(report)
    if report.valid:
        rows = sum(task.stats.get("rows", 0) or 0 for task in report.tasks)
        return f"valid: {len(report.tasks)} resource(s), {rows} row(s), no errors"
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for error in errors:
        groups[error["type"]].append(error)
    lines = [f"INVALID: {len(errors)} error(s) of {len(groups)} kind(s)"]
    for kind, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines.append("")
        lines.append(f"{kind} — {PLAIN_REASONS.get(kind, items[0]['message'])} ({len(items)}):")
        for item in items:
            where = []
            if item["row"] is not None:
                where.append(f"row {item['row']}")
            if item["field"]:
                where.append(f"field {item['field']!r}")
            value = f" value {item['value']!r}:" if item["value"] not in (None, "") else ""
            lines.append(f"  {', '.join(where) or 'file'}:{value} {item['note']}")
    return "\n".join(lines)


def report_json(report: frictionless.Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str)
