"""How a published row is written as a line of CSV: the one encoding every target's CSV file uses.

The pipeline encodes each row where it is made (in the worker process that transformed it) and keeps the
line beside the row's canonical JSON in the state store. Publishing a large dataset then writes stored lines
instead of decoding every row from JSON and encoding it again, which was most of the publish step and ran
on one core after the workers had finished.

A stored line is good only for the columns and the encoding it was made with. `CsvLineEncoder.layout` names
both; the state store keeps a job's stored lines only while its layout stays the same (a reordered schema, or
a change here that bumps ENCODING_VERSION, makes the old lines unusable, and rows are encoded again).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

from harvester.rows import PLAIN_FLOAT_LIMIT, PLAIN_FLOAT_MIN

# Bump when the bytes a row encodes to change, so that lines stored by an older version are not published.
ENCODING_VERSION = 1
LINE_TERMINATOR = "\r\n"


def csv_value(value: Any) -> str:
    """How a typed value is written to CSV so that Frictionless reads back the same type."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        return float_cell(value)
    return str(value)


_orjson_dumps = orjson.dumps


def float_cell(value: float) -> str:
    """repr(value), as csv.writer writes a float; through orjson where that is the same text (0.2 against
    0.7 µs: a feedback row has four floats)."""
    if PLAIN_FLOAT_MIN <= abs(value) < PLAIN_FLOAT_LIMIT:  # false for NaN
        return _orjson_dumps(value).decode()
    return repr(value)


def csv_layout(columns: Iterable[str]) -> str:
    """What a stored line depends on: the encoding version and the columns, in order."""
    return json.dumps({"encoding": ENCODING_VERSION, "columns": list(columns)}, ensure_ascii=False)


def layout_columns(layout: str | None) -> list[str] | None:
    """The columns a layout names (None for no layout, or a text that is not one of csv_layout's)."""
    if layout is None:
        return None
    try:
        columns = json.loads(layout).get("columns")
    except (ValueError, AttributeError):
        return None
    return list(columns) if isinstance(columns, list) else None


class CsvLineEncoder:
    """Encodes rows of one table as CSV lines (terminator included), built once per run.

    The bytes are those of csv.writer (tests compare the two on awkward text), made with str methods instead:
    csv.writer looks up every character of every cell in the line terminator with a function call, which
    made encoding a 21-column feedback row cost 14 µs; here most rows need two joins and a few scans in C."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        self.layout = csv_layout(self.columns)
        self._commas = len(self.columns) - 1

    def header(self) -> str:
        return self._encode(list(self.columns))

    def line(self, row: Mapping[str, Any]) -> str:
        return self._encode(
            [
                v
                if type(v) is str
                else ""
                if v is None
                else float_cell(v)
                if type(v) is float
                else csv_value(v)
                for v in map(row.get, self.columns)
            ]
        )

    def _encode(self, cells: list[str]) -> str:
        text = ",".join(cells)
        if '"' not in text and "\n" not in text and "\r" not in text:
            if text.count(",") == self._commas:  # the usual row: no cell needs quotes
                # csv.writer quotes a record that would otherwise be an empty line: a single empty cell
                return text + LINE_TERMINATOR if text or self._commas else '""' + LINE_TERMINATOR
            return ",".join([f'"{c}"' if "," in c else c for c in cells]) + LINE_TERMINATOR
        # csv.writer (QUOTE_MINIMAL, "\r\n" terminator) quotes a cell holding the delimiter, the quote
        # character or a line-terminator character, and doubles the quotes inside it
        return (
            ",".join(
                [
                    '"' + c.replace('"', '""') + '"' if '"' in c or "," in c or "\n" in c or "\r" in c else c
                    for c in cells
                ]
            )
            + LINE_TERMINATOR
        )
