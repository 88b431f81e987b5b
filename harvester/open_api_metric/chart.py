"""Charts of the metric: APIs opened per year (bars, each labelled with its count) and open at year end
(the cumulative line), written as PNG and SVG. The PNG also carries the yearly counts as text metadata,
so a reader (or a test) can check the picture against the figures."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402  (the backend is chosen before pyplot/figure import)

from harvester.open_api_metric.compute import Metric  # noqa: E402

FORMATS = ("png", "svg")


def counts_text(metric: Metric) -> str:
    """The counts drawn, as text: `2019: opened 3, open at end 7; 2020: ...`."""
    return "; ".join(
        f"{figures.year}: opened {len(figures.opened)}, open at end {len(figures.open_at_end)}"
        for figures in metric.years
    )


def build_figure(metric: Metric, title: str = "External APIs opened by the City of Helsinki") -> Figure:
    years = [figures.year for figures in metric.years]
    opened = [len(figures.opened) for figures in metric.years]
    open_at_end = [len(figures.open_at_end) for figures in metric.years]
    figure = Figure(figsize=(max(6.0, 0.6 * len(years) + 3), 4.5), dpi=100)
    axes = figure.add_subplot()
    bars = axes.bar(years, opened, color="#0072c6", label="opened in the year", gid="opened")
    axes.bar_label(bars, labels=[str(n) for n in opened], padding=2)
    axes.plot(years, open_at_end, color="#bd2719", marker="o", label="open at year end (cumulative)")
    axes.set_xticks(years, [str(y) for y in years], rotation=45 if len(years) > 10 else 0)
    axes.set_ylabel("APIs")
    axes.set_ylim(0, max([1, *opened, *open_at_end]) * 1.15)
    axes.set_title(title)
    axes.legend(loc="upper left")
    axes.grid(axis="y", alpha=0.3)
    figure.tight_layout()
    return figure


def save_figure(figure: Figure, folder: Path, name: str, *, title: str, description: str) -> list[Path]:
    """Write `figure` as `<name>.png` and `<name>.svg` into `folder`, with `description` (the figures drawn,
    as text) in each file's metadata; the SVG carries no timestamp, so the same figures give the same file."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in FORMATS:
        path = folder / f"{name}.{fmt}"
        metadata: dict[str, str | None] = {"Title": title, "Description": description}
        if fmt == "svg":
            metadata["Date"] = None
        figure.savefig(path, format=fmt, metadata=metadata)
        paths.append(path)
    return paths


def write_charts(metric: Metric, folder: Path, name: str = "open-api-metric") -> list[Path]:
    """Write `<name>.png` and `<name>.svg` into `folder`; returns their paths."""
    return save_figure(build_figure(metric), folder, name, title="Open-API metric", description=counts_text(metric))
