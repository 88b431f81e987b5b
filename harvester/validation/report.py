"""Validate a CSV or a data package with Frictionless and say what is wrong in words a steward can act on.

Every error is reported (Frictionless stops at 1,000 by default; we lift the limit), grouped by kind, each
with its row, field, value and a plain-language reason. The machine-readable form is Frictionless' own
report (`report.to_dict()`), so existing tools read it.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import frictionless

from harvester.core.errors import HarvesterError

KIND_DESCRIPTIONS = {
    "type-error": "values that are not of the field's type",
    "constraint-error": "values that break a rule of the field (required, pattern, enum, range, length)",
    "primary-key": "rows whose primary key is empty or repeats an earlier row",
    "unique-error": "values that must be unique but repeat an earlier row",
    "missing-cell": "rows with fewer cells than the header",
    "extra-cell": "rows with more cells than the header",
    "blank-row": "empty rows",
    "incorrect-label": "column names that differ from the schema",
    "missing-label": "columns the schema names but the file lacks",
    "extra-label": "columns (or row fields) the schema does not name",
    "duplicate-label": "column names that appear twice",
    "blank-label": "columns without a name",
    "hash-count": "files whose hash differs from the data package",
    "byte-count": "files whose size differs from the data package",
    "normalise-error": "records the source adapter could not turn into rows",
    "held": "records whose free text the detectors were unsure about, held for a steward's review",
}

TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "date": "a date like 2024-05-31",
    "datetime": "a date and time like 2024-05-31T12:00:00Z",
    "time": "a time like 12:00:00",
    "year": "a year like 2024",
    "yearmonth": "a year and month like 2024-05",
    "duration": "an ISO 8601 duration like P1DT2H",
    "geopoint": "a point like '60.17,24.94'",
    "geojson": "a GeoJSON object",
    "object": "a JSON object",
    "array": "a JSON array",
    "list": "a list of values",
}

_CONSTRAINT_NOTE = re.compile(r'constraint "(?P<name>\w+)" is "(?P<value>.*)"', re.DOTALL)
_TYPE_NOTE = re.compile(r'type is "(?P<type>\w+)/(?P<format>[^"]*)"')
_SAME_ROW = re.compile(r"the same as in the row at position (?P<row>\d+)")


@dataclass(frozen=True)
class ReportError:
    """One error in the words of the report: where it is (row or record, field), the value and why."""

    type: str
    row: int | None
    field: str | None
    value: str | None
    reason: str
    resource: str | None = None
    record: str | None = None

    @property
    def where(self) -> str:
        parts = []
        if self.record is not None:
            parts.append(f"record {self.record}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return ", ".join(parts) or "file"


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


def _constraint_reason(name: str, value: str) -> str:
    if name == "required":
        return "is required but empty"
    if name == "enum":
        try:
            allowed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return f"must be one of {value}"
        return "must be one of: " + ", ".join(str(item) for item in allowed)
    if name == "pattern":
        return f"must match the pattern {value} (the whole value)"
    if name == "minimum":
        return f"must be at least {value}"
    if name == "maximum":
        return f"must be at most {value}"
    if name == "exclusiveMinimum":
        return f"must be greater than {value}"
    if name == "exclusiveMaximum":
        return f"must be less than {value}"
    if name == "minLength":
        return f"must be at least {value} characters long"
    if name == "maxLength":
        return f"must be at most {value} characters long"
    return f"breaks the constraint {name} = {value}"


def plain_reason(error: frictionless.errors.Error, primary_key: Sequence[str] = ()) -> str:
    """What is wrong with this one error, in words a steward can act on."""
    note = getattr(error, "note", "") or ""
    kind = error.type
    if kind == "type-error":
        match = _TYPE_NOTE.search(note)
        if match:
            words = TYPE_WORDS.get(match["type"], match["type"])
            fmt = match["format"]
            return f"is not {words}" + ("" if fmt in ("default", "any", "") else f" in the format {fmt}")
    if kind == "constraint-error":
        match = _CONSTRAINT_NOTE.search(note)
        if match:
            return _constraint_reason(match["name"], match["value"])
    if kind == "primary-key":
        key = ", ".join(primary_key) or "the primary key"
        match = _SAME_ROW.search(note)
        if match:
            return f"the primary key ({key}) repeats row {match['row']}"
        return f"the primary key ({key}) is empty or not of its type"
    if kind == "unique-error":
        match = _SAME_ROW.search(note)
        return "must be unique but repeats " + (f"row {match['row']}" if match else "an earlier row")
    if kind == "missing-cell":
        return "the row ends before this column: the cell is missing"
    if kind == "extra-cell":
        return "the row has a cell beyond the last column of the header"
    if kind == "blank-row":
        return "the row is completely empty"
    label = getattr(error, "label", None)
    if kind == "incorrect-label":
        return f"the header says {label!r} where the schema expects {error.field_name!r}"
    if kind == "missing-label":
        return f"the file has no column {error.field_name!r}, which the schema names"
    if kind == "extra-label":
        return f"the file has a column {label!r} that the schema does not name"
    if kind == "duplicate-label":
        return f"the column name {label!r} appears more than once ({note})"
    if kind == "blank-label":
        return "the column has no name"
    return error.message


def _location(error: frictionless.errors.Error, labels: Sequence[str], primary_key: Sequence[str]) -> tuple:
    """(row, field, value) of an error; row-level errors name the primary key and its values."""
    row = getattr(error, "row_number", None)
    if row is None:
        rows = getattr(error, "row_numbers", None)
        row = rows[0] if rows else None
    field = getattr(error, "field_name", None) or None
    value = getattr(error, "cell", None)
    if error.type == "extra-cell":
        field = f"(column {error.field_number}, beyond the header)"
    elif error.type == "primary-key" and primary_key:
        field = ", ".join(primary_key)
        cells = list(getattr(error, "cells", []) or [])
        by_label = dict(zip(labels, cells, strict=False))
        value = ", ".join(str(by_label.get(name, "")) for name in primary_key)
    elif error.type in ("incorrect-label", "extra-label", "duplicate-label", "blank-label"):
        value = getattr(error, "label", None)
        field = field or value
    return row, field, value


def _primary_key(task: frictionless.ReportTask, schemas: Mapping[str, Sequence[str]]) -> list[str]:
    return list(schemas.get(task.name) or schemas.get("*") or [])


def report_errors(
    report: frictionless.Report, primary_keys: Mapping[str, Sequence[str]] | None = None
) -> list[ReportError]:
    """Every error of the report, flat, in report order; `primary_keys` maps resource name → key fields."""
    errors: list[ReportError] = []
    for task in report.tasks:
        primary_key = _primary_key(task, primary_keys or {})
        labels = list(task.labels or [])
        for error in task.errors:
            row, field, value = _location(error, labels, primary_key)
            errors.append(
                ReportError(
                    type=error.type,
                    row=row,
                    field=field,
                    value=None if value is None else str(value),
                    reason=plain_reason(error, primary_key),
                    resource=task.name,
                )
            )
    for error in report.errors:
        errors.append(ReportError(error.type, None, None, None, error.message))
    return errors


def primary_keys_of(path: Path, schema: Path | None) -> dict[str, list[str]]:
    """Resource name → primary key fields ("*" for a single CSV), so row-level errors can name the key."""
    try:
        if schema is not None:
            descriptor = json.loads(schema.read_text(encoding="utf-8"))
            key = descriptor.get("primaryKey") or []
            return {"*": [key] if isinstance(key, str) else list(key)}
        if path.name.endswith(".json"):
            package = json.loads(path.read_text(encoding="utf-8"))
            keys = {}
            for resource in package.get("resources", []):
                key = (resource.get("schema") or {}).get("primaryKey") if isinstance(resource, dict) else None
                if key and isinstance(resource.get("schema"), dict):
                    keys[resource.get("name", "")] = [key] if isinstance(key, str) else list(key)
            return keys
    except (OSError, ValueError, AttributeError):
        return {}
    return {}


def group_errors(errors: Iterable[ReportError]) -> list[tuple[str, list[ReportError]]]:
    """Errors by kind, the most frequent kind first."""
    groups: dict[str, list[ReportError]] = defaultdict(list)
    for error in errors:
        groups[error.type].append(error)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def format_errors(errors: Sequence[ReportError], headline: str) -> str:
    """The terminal form: a headline, then per kind a line per error: where, value and reason."""
    groups = group_errors(errors)
    lines = [f"{headline}: {len(errors)} error(s) of {len(groups)} kind(s)"]
    for kind, items in groups:
        lines.append("")
        lines.append(f"{kind} — {KIND_DESCRIPTIONS.get(kind, kind)} ({len(items)}):")
        for item in items:
            value = f" value {item.value!r}:" if item.value not in (None, "") else ""
            lines.append(f"  {item.where}:{value} {item.reason}")
    return "\n".join(lines)


def format_report(
    report: frictionless.Report, primary_keys: Mapping[str, Sequence[str]] | None = None
) -> str:
    """A readable report grouped by kind of error: row, field, value and reason for each."""
    if report.valid:
        rows = sum(task.stats.get("rows", 0) or 0 for task in report.tasks)
        return f"valid: {len(report.tasks)} resource(s), {rows} row(s), no errors"
    return format_errors(report_errors(report, primary_keys), "INVALID")


def report_json(report: frictionless.Report) -> str:
    """Frictionless' own report format, so existing tools read it."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str)
