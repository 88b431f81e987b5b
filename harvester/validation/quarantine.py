"""The report kept for every run that set records aside: the same grouped HTML as `harvester validate`.

Written beside the run report as `<reports>/<job>/run-<id>-quarantine.html` and `.json`. The JSON lists
each record problem with the same error kinds Frictionless uses (type-error, constraint-error, ...).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from harvester.core.run_report import RecordProblem, RunReport
from harvester.validation.html import render_html
from harvester.validation.report import ReportError, group_errors


def quarantine_errors(report: RunReport, problems: Sequence[RecordProblem] | None = None) -> list[ReportError]:
    """The run's record problems (or `problems`, e.g. its held records) as report errors, with the record key
    instead of a row number."""
    return [
        ReportError(
            type=problem.kind,
            row=None,
            field=problem.field,
            value=problem.value,
            reason=problem.reason,
            resource=report.job,
            record=problem.record,
        )
        for problem in (report.problems if problems is None else problems)
    ]


def write_quarantine_report(folder: Path, report: RunReport) -> tuple[Path, Path]:
    """Write the HTML and JSON report of the records this run did not publish; returns both paths."""
    target = folder / report.job
    target.mkdir(parents=True, exist_ok=True)
    stem = f"run-{report.run_id:06d}" if report.run_id is not None else "run"
    errors = quarantine_errors(report)
    records = len({error.record for error in errors})
    title = f"Job {report.job}, run {report.run_id}: {records} record(s) not published"
    details = [
        "These records failed normalisation or validation against the job's schema and were set aside "
        "(quarantined); every later run tries them again, so a fixed schema or policy publishes them.",
    ]
    html_path = target / f"{stem}-quarantine.html"
    html_path.write_text(render_html(title, errors, details), encoding="utf-8")
    data = {
        "job": report.job,
        "run_id": report.run_id,
        "valid": not errors,
        "stats": {"records": records, "errors": len(errors)},
        "kinds": {kind: len(items) for kind, items in group_errors(errors)},
        "errors": [
            {
                "type": error.type,
                "record": error.record,
                "field": error.field,
                "value": error.value,
                "reason": error.reason,
            }
            for error in errors
        ],
    }
    json_path = target / f"{stem}-quarantine.json"
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return html_path, json_path
