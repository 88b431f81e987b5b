"""The charts: a real PNG (and SVG) drawn from the yearly counts."""

from __future__ import annotations

import struct
import zlib
from datetime import date
from pathlib import Path

from harvester.open_api_metric.chart import build_figure, counts_text, write_charts
from harvester.open_api_metric.compute import Metric, compute_metric
from harvester.open_api_metric.register import RegisteredApi

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def api(endpoint: str, opened: date) -> RegisteredApi:
    return RegisteredApi("n", "Kaupunginkanslia", endpoint, endpoint, None, "REST", opened, None)


def metric() -> Metric:
    apis = [api(f"https://api.hel.fi/a{i}", date(2016, 1, 1)) for i in range(3)]
    apis += [api(f"https://api.hel.fi/b{i}", date(2018, 6, 1)) for i in range(2)]
    return compute_metric(apis, None, until=2019)


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, payload) of every chunk, each CRC checked, as a PNG reader would."""
    chunks, offset = [], len(PNG_SIGNATURE)
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        payload = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + payload) == crc, f"bad CRC in chunk {kind!r}"
        chunks.append((kind, payload))
        offset += 12 + length
    return chunks


def test_the_png_is_a_real_png_of_the_figures_size(tmp_path: Path) -> None:
    png, _svg = write_charts(metric(), tmp_path)
    data = png.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    chunks = png_chunks(data)
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height = struct.unpack(">II", chunks[0][1][:8])
    figure = build_figure(metric())
    assert (width, height) == tuple(round(v) for v in figure.get_size_inches() * figure.dpi)
    assert any(kind == b"IDAT" for kind, _ in chunks)
    assert len(data) > 5000


def test_the_png_carries_the_yearly_counts_it_shows(tmp_path: Path) -> None:
    png, _svg = write_charts(metric(), tmp_path)
    texts = dict(payload.split(b"\0", 1) for kind, payload in png_chunks(png.read_bytes()) if kind == b"tEXt")
    assert texts[b"Description"].decode() == (
        "2016: opened 3, open at end 3; 2017: opened 0, open at end 3; "
        "2018: opened 2, open at end 5; 2019: opened 0, open at end 5"
    )


def test_the_bars_are_the_apis_opened_per_year_and_the_line_the_cumulative_count() -> None:
    figure = build_figure(metric())
    axes = figure.axes[0]
    bars = [(round(patch.get_x() + patch.get_width() / 2), patch.get_height()) for patch in axes.patches]
    assert bars == [(2016, 3), (2017, 0), (2018, 2), (2019, 0)]
    [line] = axes.get_lines()
    assert list(line.get_ydata()) == [3, 3, 5, 5]
    assert [text.get_text() for text in axes.texts] == ["3", "0", "2", "0"]


def test_the_svg_is_written_beside_the_png_with_the_same_counts(tmp_path: Path) -> None:
    _png, svg = write_charts(metric(), tmp_path)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert counts_text(metric()) in text
