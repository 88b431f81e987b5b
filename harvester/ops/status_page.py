"""`reports/index.html`: every job at a glance, for stewards who should not have to read JSON.

Per job: fresh or overdue (red), the last outcome and when, the next scheduled run, the records of its last
30 runs as a small inline SVG bar chart (one bar per run, oldest left, coloured by outcome, each with its
counts as a tooltip), and links to the last run's report and its HTML pages (quarantine, reviews).
Regenerated after every run (`pipeline/run.py`) and by `harvester status --html`. One self-contained file:
no script, no external style or font, so it opens from a file share as well as from a web server.
"""

from __future__ import annotations

import html
import os
import tempfile
import time
from pathlib import Path

from harvester.ops.job_status import HISTORY, TIMEZONE, JobStatus, RunSummary, age, shown_time

CHART_WIDTH = 6 * HISTORY
CHART_HEIGHT = 36
OUTCOME_COLOURS = {"success": "#2e7d32", "dry-run": "#90a4ae", "failed": "#c62828", "refused": "#ef6c00"}
STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #212121; }
table { border-collapse: collapse; }
th, td { padding: .35em .8em; border-bottom: 1px solid #e0e0e0; text-align: left; vertical-align: middle; }
th { background: #f5f5f5; }
.overdue { color: #fff; background: #c62828; font-weight: bold; padding: .1em .4em; border-radius: 3px; }
.fresh { color: #2e7d32; }
.outcome-failed, .outcome-refused { color: #c62828; font-weight: bold; }
.muted { color: #757575; }
"""


def _bar_chart(runs: list[RunSummary]) -> str:
    """The fetched count of each run as a bar, oldest left; empty runs get a 1-pixel stub so they show."""
    ordered = list(reversed(runs))
    top = max((run.counts.get("fetched", 0) for run in ordered), default=0) or 1
    bars = []
    for index, run in enumerate(ordered):
        fetched = run.counts.get("fetched", 0)
        height = max(1, round(CHART_HEIGHT * fetched / top))
        colour = OUTCOME_COLOURS.get(run.outcome.split(" ")[0], "#9e9e9e")
        counts = ", ".join(f"{key} {value}" for key, value in run.counts.items())
        tip = f"run {run.id}, {shown_time(run.started_at)}: {run.outcome}; {counts}"
        bars.append(
            f'<rect x="{index * 6}" y="{CHART_HEIGHT - height}" width="5" height="{height}" fill="{colour}">'
            f"<title>{html.escape(tip)}</title></rect>"
        )
    label = f"records fetched by the last {len(ordered)} runs"
    return (
        f'<svg class="runs-chart" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" role="img" '
        f'aria-label="{label}" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}">{"".join(bars)}</svg>'
    )


def _freshness(status: JobStatus, now: float) -> str:
    if status.overdue:
        since = f" since {shown_time(status.due_since)}" if status.due_since else " (never succeeded)"
        return f'<span class="overdue">overdue{html.escape(since)}</span>'
    if status.last_success is None:
        return '<span class="muted">not scheduled, never succeeded</span>'
    return f'<span class="fresh">fresh</span> <span class="muted">(success {age(now - status.last_success)} ago)</span>'


def _links(run: RunSummary | None) -> str:
    if run is None:
        return ""
    links = []
    if run.report:
        links.append(f'<a href="{html.escape(run.report)}">run {run.id}</a>')
    for page in run.pages:
        kind = page.rsplit("-", 1)[-1].removesuffix(".html")
        links.append(f'<a href="{html.escape(page)}">{html.escape(kind)}</a>')
    return " · ".join(links)


def render_status_page(statuses: list[JobStatus], now: float | None = None) -> str:
    now = time.time() if now is None else now
    rows = []
    for status in statuses:
        last = status.last
        outcome = last.outcome if last else "never run"
        error = f'<br><span class="muted">{html.escape(last.error)}</span>' if last and last.error else ""
        rows.append(
            f'<tr class="job" data-job="{html.escape(status.name)}" data-overdue="{str(status.overdue).lower()}">'
            f"<td>{html.escape(status.name)}</td>"
            f"<td>{_freshness(status, now)}</td>"
            f'<td class="outcome-{html.escape(outcome.split(" ")[0])}">{html.escape(outcome)}{error}</td>'
            f"<td>{shown_time(last.started_at) if last else '-'}</td>"
            f"<td>{shown_time(status.next_run) if status.next_run else 'not scheduled'}</td>"
            f"<td>{_bar_chart(status.runs)}</td>"
            f"<td>{_links(last)}</td></tr>"
        )
    overdue = sum(status.overdue for status in statuses)
    summary = f"{len(statuses)} jobs, {overdue} overdue" if overdue else f"{len(statuses)} jobs, none overdue"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>hri-harvester status</title>
<style>{STYLE}</style></head>
<body>
<h1>hri-harvester status</h1>
<p>{summary}. Generated {shown_time(now, seconds=True)}; all times in {TIMEZONE}.</p>
<table>
<thead><tr><th>Job</th><th>Freshness</th><th>Last outcome</th><th>Last run</th><th>Next run</th>
<th>Records fetched, last {HISTORY} runs</th><th>Reports</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</body></html>
"""


def write_status_page(path: Path, statuses: list[JobStatus], now: float | None = None) -> Path:
    """Write the page atomically: a run finishing while another writes it never leaves half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(render_status_page(statuses, now))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path
