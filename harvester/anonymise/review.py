"""Records held back for a steward's review: free text the detectors were unsure about.

A policy field written `{scrub: {hold_uncertain: true}}` keeps a record whose text holds, say, a capitalised
word next to a sign-off that is neither in the dictionary nor a known place out of the published data. The
record waits in the state store's quarantine (so it is retried like a quarantined record and never lost),
its reasons are listed in `reports/<job>/run-NNNNNN-review.html`, and a steward decides with
`harvester pii release JOB ID...` (published, scrubbed, by the next run) or `harvester pii withhold JOB ID...`
(never published; the key is remembered, so a later harvest does not publish it either).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from harvester.core.run_report import RecordProblem, RunReport

HELD = "held"
"""The problem kind of a held record, and the prefix of its reason in the quarantine table."""
HELD_PREFIX = HELD + ": "


@dataclass(frozen=True)
class ReviewDecisions:
    """What stewards decided about a job's held records, by record key."""

    released: frozenset[str] = field(default_factory=frozenset)
    withheld: frozenset[str] = field(default_factory=frozenset)


def held_reason(problems: list[RecordProblem]) -> str:
    """The quarantine reason of a held record: the prefix, then its (field, reason) pairs as JSON."""
    return HELD_PREFIX + json.dumps([[p.field, p.reason] for p in problems], ensure_ascii=False)


def held_fields(reason: str) -> list[tuple[str, str]]:
    """The (field, reason) pairs of a held record's quarantine reason."""
    try:
        pairs = json.loads(reason[len(HELD_PREFIX) :])
    except ValueError:
        return [("", reason[len(HELD_PREFIX) :])]
    return [(str(name), str(why)) for name, why in pairs]


def write_review_page(folder: Path, report: RunReport) -> Path:
    """`<folder>/<job>/run-NNNNNN-review.html`: the records this run held back, with field and reason."""
    # imported here: the HTML report loads frictionless, needed only when something was held
    from harvester.validation.html import render_html
    from harvester.validation.quarantine import quarantine_errors

    target = folder / report.job
    target.mkdir(parents=True, exist_ok=True)
    stem = f"run-{report.run_id:06d}" if report.run_id is not None else "run"
    errors = quarantine_errors(report, report.held)
    records = len({problem.record for problem in report.held})
    title = f"Job {report.job}, run {report.run_id}: {records} record(s) held for review"
    details = [
        "The detectors were unsure whether these texts hold personal data (the value shown is already "
        "scrubbed; the word in question is named in the reason). They were not published.",
        f"Publish them scrubbed: harvester pii release {report.job} ID...   "
        f"Never publish them: harvester pii withhold {report.job} ID...",
    ]
    path = target / f"{stem}-review.html"
    path.write_text(render_html(title, errors, details), encoding="utf-8")
    return path
