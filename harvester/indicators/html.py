"""The indicators as one HTML page a council member can read: per indicator its name in Finnish, Swedish and
English, the chart across years, the yearly values in a table with their notes, and how it was computed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from html import escape
from pathlib import Path

from harvester.indicators.chart import write_chart
from harvester.indicators.model import Figure, format_value

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
section { border-top: 1px solid #ccc; padding-top: 1rem; margin-top: 2rem; }
table { border-collapse: collapse; }
td, th { padding: .25rem .75rem; border-bottom: 1px solid #eee; text-align: left; }
td.value { text-align: right; font-variant-numeric: tabular-nums; }
.labels { color: #555; } .method { color: #555; font-size: .9rem; } img { max-width: 100%; }
"""


def write_page(figures: Sequence[Figure], path: Path, *, generated: str) -> list[Path]:
    """Write the page to `path` and its charts (PNG and SVG per indicator) into `<stem>-charts/` beside it;
    returns every file written. Only city-wide figures are charted; breakdowns are tabulated under them."""
    charts = path.parent / f"{path.stem}-charts"
    by_indicator: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_indicator[figure.indicator].append(figure)
    written: list[Path] = []
    sections = []
    for identifier, group in by_indicator.items():
        city = sorted((f for f in group if f.breakdown == "all"), key=lambda f: f.year)
        parts = sorted((f for f in group if f.breakdown != "all"), key=lambda f: (f.breakdown, f.year))
        d = group[0].definition
        chart_html = ""
        if city:
            files = write_chart(city, charts)
            written += files
            svg = files[-1]
            chart_html = (
                f'<p><img src="{escape(charts.name)}/{escape(svg.name)}" alt="{escape(d.label_en)}: '
                f'{escape("; ".join(f"{f.year} {format_value(f.value, d.unit)}" for f in city))}"> '
                f'<a href="{escape(charts.name)}/{escape(identifier)}.png">PNG</a></p>'
            )
        rows = "".join(
            f'<tr data-indicator="{escape(identifier)}" data-year="{f.year}" '
            f'data-breakdown="{escape(f.breakdown)}" data-value="{"" if f.value is None else f.value}">'
            f"<td>{f.year}</td>"
            f"<td>{escape('' if f.breakdown == 'all' else f.breakdown)}</td>"
            f'<td class="value">{escape(format_value(f.value, d.unit))}</td><td>{escape(f.note)}</td></tr>'
            for f in [*city, *parts]
        )
        sections.append(
            f'<section id="{escape(identifier)}"><h2>{escape(d.label_fi)}</h2>'
            f'<p class="labels">{escape(d.label_sv)} · {escape(d.label_en)} · <code>{escape(identifier)}</code> '
            f"({escape(d.unit)})</p>{chart_html}"
            f"<table><thead><tr><th>vuosi / year</th><th>erittely / breakdown</th><th>arvo / value</th>"
            f"<th>huomautus / note</th></tr></thead><tbody>{rows}</tbody></table>"
            f'<p class="method">Laskentatapa / method: {escape(d.method)} Lähteet / sources: '
            f"{escape(', '.join(d.sources))}</p></section>"
        )
    page = (
        '<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">'
        "<title>Helsingin osallisuuden mittarit – Participation indicators</title>"
        f"<style>{STYLE}</style></head><body><h1>Helsingin osallisuuden mittarit</h1>"
        "<p>Participation indicators of the City of Helsinki, recomputed from the city's open datasets. "
        "A dash (–) is a figure the data cannot give; the note says why.</p>"
        f'<p class="method">{escape(generated)}</p>{"".join(sections)}</body></html>\n'
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return [path, *written]
