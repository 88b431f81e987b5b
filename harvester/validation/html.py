"""A self-contained HTML validation report a steward can open in a browser and send on.

One file, inline CSS, no scripts and no external assets. Every value from the data is escaped. Each error
is one table row carrying its kind in `data-type`, so tools (and tests) can read the report back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape

from harvester.validation.report import KIND_DESCRIPTIONS, ReportError, group_errors

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #1a1a1a; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
.valid { color: #146c2e; } .invalid { color: #a4161a; }
table { border-collapse: collapse; width: 100%; margin-top: .5em; }
th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.value { font-family: ui-monospace, monospace; white-space: pre-wrap; word-break: break-all; }
.meta { color: #555; }
"""


def _cell(text: object, css: str = "") -> str:
    attribute = f' class="{css}"' if css else ""
    return f"<td{attribute}>{escape('' if text is None else str(text))}</td>"


def render_html(title: str, errors: Sequence[ReportError], details: Sequence[str] = ()) -> str:
    """The whole report as one HTML document: a summary by kind, then one table per kind."""
    groups = group_errors(errors)
    generated = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    show_record = any(error.record is not None for error in errors)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
    ]
    for line in details:
        parts.append(f'<p class="meta">{escape(line)}</p>')
    parts.append(f'<p class="meta">Generated {escape(generated)}.</p>')
    if not errors:
        parts.append('<p class="valid" id="verdict">Valid: no errors.</p></body></html>')
        return "\n".join(parts)
    parts.append(
        f'<p class="invalid" id="verdict">Invalid: {len(errors)} error(s) of {len(groups)} kind(s).</p>'
    )
    parts.append('<table id="summary"><tr><th>Kind</th><th>What it means</th><th>Errors</th></tr>')
    for kind, items in groups:
        parts.append(
            f'<tr><td><a href="#{escape(kind)}">{escape(kind)}</a></td>'
            f"{_cell(KIND_DESCRIPTIONS.get(kind, kind))}{_cell(len(items))}</tr>"
        )
    parts.append("</table>")
    where = "<th>Record</th><th>Row</th>" if show_record else "<th>Row</th>"
    for kind, items in groups:
        parts.append(
            f'<h2 id="{escape(kind)}">{escape(kind)} — {escape(KIND_DESCRIPTIONS.get(kind, kind))} '
            f"({len(items)})</h2>"
        )
        parts.append(f'<table class="errors"><tr>{where}<th>Field</th><th>Value</th><th>Reason</th></tr>')
        for error in items:
            record = _cell(error.record) if show_record else ""
            parts.append(
                f'<tr class="error" data-type="{escape(error.type)}">{record}{_cell(error.row)}'
                f"{_cell(error.field)}{_cell(error.value, 'value')}{_cell(error.reason)}</tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
