"""One chart per indicator across years (bars labelled with their values; a year whose figure is unknown is
marked, not drawn as zero), written as PNG and SVG through the open-API metric's `save_figure`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from matplotlib.figure import Figure as PlotFigure

from harvester.indicators.model import Figure, format_value
from harvester.open_api_metric.chart import save_figure


def values_text(figures: Sequence[Figure]) -> str:
    """The values drawn, as text: `2019: 812; 2020: unknown`."""
    return "; ".join(f"{f.year}: {'unknown' if f.value is None else f.value}" for f in figures)


def build_chart(figures: Sequence[Figure]) -> PlotFigure:
    definition = figures[0].definition
    years = [f.year for f in figures]
    known = [f.value if f.value is not None else 0 for f in figures]
    chart = PlotFigure(figsize=(max(6.0, 0.6 * len(years) + 3), 4.0), dpi=100)
    axes = chart.add_subplot()
    bars = axes.bar(years, known, color=["#0072c6" if f.value is not None else "#dedfe1" for f in figures])
    labels = [
        "tuntematon\nunknown" if f.value is None else format_value(f.value, definition.unit) for f in figures
    ]
    axes.bar_label(bars, labels=labels, padding=2)
    axes.set_xticks(years, [str(y) for y in years], rotation=45 if len(years) > 10 else 0)
    axes.set_ylabel({"share": "share (0–1)"}.get(definition.unit, definition.unit))
    axes.set_ylim(0, max([1e-9, *known]) * 1.2 or 1)
    axes.set_title(f"{definition.label_fi}\n{definition.label_en}", fontsize=10)
    axes.grid(axis="y", alpha=0.3)
    chart.tight_layout()
    return chart


def write_chart(figures: Sequence[Figure], folder: Path) -> list[Path]:
    """`<indicator>.png` and `.svg` in `folder` for one indicator's city-wide figures, oldest year first."""
    ordered = sorted(figures, key=lambda f: f.year)
    definition = ordered[0].definition
    return save_figure(
        build_chart(ordered),
        folder,
        definition.id,
        title=definition.label_en,
        description=values_text(ordered),
    )
