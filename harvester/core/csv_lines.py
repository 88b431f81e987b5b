"""How a published row is written as a line of CSV: the one encoding every target's CSV file uses.

The pipeline encodes each row where it is made (in the worker process that transformed it) and keeps the
line in the state store. Publishing a large dataset then writes stored lines instead of decoding every row
from JSON and encoding it again, which was most of the publish step and ran on one core after the workers
had finished.

A stored line is good only for the columns and the encoding it was made with. `CsvLineEncoder.layout` names
both; the state store keeps a job's stored lines only while its layout stays the same (a reordered schema, or
a change here that bumps ENCODING_VERSION, makes the old lines unusable, and rows are encoded again).

A line is also the only stored copy of a row that reads back from it unchanged (`CsvLineEncoder.reads_back`,
`CsvLineReader`): then the state store keeps no JSON beside it, which halves what a run writes, copies at
commit and checkpoints. That is why the layout names the columns' types as well.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

from harvester.core.published_text import FORMULA_START, needs_apostrophe, spreadsheet_safe
from harvester.state.row_identity import PLAIN_FLOAT_LIMIT, PLAIN_FLOAT_MIN

# Bump when the bytes a row encodes to change, so that lines stored by an older version are not published.
# 2: text cells that would open as spreadsheet formulas start with an apostrophe (published_text.py).
ENCODING_VERSION = 2
LINE_TERMINATOR = "\r\n"
_FORMULA_AFTER_COMMA = re.compile(",[-=+@\t\r]")


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


def csv_layout(columns: Iterable[str], types: Iterable[str] | None = None) -> str:
    """What a stored line depends on: the encoding version and the columns, in order, with their Table Schema
    types when lines are to be read back into rows."""
    layout: dict[str, Any] = {"encoding": ENCODING_VERSION, "columns": list(columns)}
    if types is not None:
        layout["types"] = list(types)
    return json.dumps(layout, ensure_ascii=False)


def _layout_part(layout: str | None, name: str) -> Any:
    """One entry of a layout (None for no layout, or a text that is not one of csv_layout's)."""
    if layout is None:
        return None
    try:
        return json.loads(layout).get(name)
    except (ValueError, AttributeError):
        return None


def _layout_list(layout: str | None, name: str) -> list[str] | None:
    found = _layout_part(layout, name)
    return list(found) if isinstance(found, list) else None


def layout_columns(layout: str | None) -> list[str] | None:
    """The columns a layout names (None for no layout, or a text that is not one of csv_layout's)."""
    return _layout_list(layout, "columns")


def same_lines(layout: str | None, other: str | None) -> bool:
    """Whether two layouts make the same bytes of a row (same encoding, same columns): their types may
    differ, which matters only for reading lines back."""
    if layout is None or other is None:
        return False
    if layout == other:
        return True
    columns = layout_columns(layout)
    return (
        columns is not None
        and columns == layout_columns(other)
        and _layout_part(layout, "encoding") == _layout_part(other, "encoding")
    )


def layout_types(layout: str | None) -> list[str] | None:
    """The column types a layout names; None when it names none (lines stored by it cannot be read back)."""
    return _layout_list(layout, "types")


# How a line's cell reads back, by the column's Table Schema type; any other type is kept as text.
_TEXT, _INTEGER, _NUMBER, _BOOLEAN = 0, 1, 2, 3
_KINDS = {"integer": _INTEGER, "number": _NUMBER, "boolean": _BOOLEAN}


def _cell_kinds(types: Iterable[str]) -> list[int]:
    """How each column's cells read back, by its Table Schema type (the encoder's check and the reader)."""
    return [_KINDS.get(kind, _TEXT) for kind in types]


class CsvLineEncoder:
    """Encodes rows of one table as CSV lines (terminator included), built once per run.

    The bytes are those of csv.writer (tests compare the two on awkward text), made with str methods instead:
    csv.writer looks up every character of every cell in the line terminator with a function call, which
    made encoding a 21-column feedback row cost 14 µs; here most rows need two joins and a few scans in C."""

    def __init__(self, columns: Sequence[str], types: Sequence[str] | None = None) -> None:
        self.columns = list(columns)
        self.layout = csv_layout(self.columns, types)
        self._commas = len(self.columns) - 1
        self._kinds = None if types is None else _cell_kinds(types)

    def reads_back(self, row: Mapping[str, Any]) -> bool:
        """Whether `CsvLineReader` gives this very row back from its line (by the layout's columns; False
        when the encoder knows no types): every value is None or of the one Python type its column's cells
        read as, and no text is empty (an empty cell reads as None)."""
        kinds = self._kinds
        if kinds is None:
            return False
        for value, kind in zip(map(row.get, self.columns), kinds, strict=True):
            if value is None:
                continue
            cls = type(value)
            if kind == _TEXT:
                if cls is not str or not value or value[0] in FORMULA_START and needs_apostrophe(value):
                    return False
            elif kind == _NUMBER:
                if cls is not float and cls is not int:
                    return False
            elif cls is not (int if kind == _INTEGER else bool):
                return False
        return True

    def header(self) -> str:
        return self._encode(list(self.columns), ",".join(self.columns))

    def line(self, row: Mapping[str, Any]) -> str:
        values = list(map(row.get, self.columns))
        cells = [
            v if type(v) is str else "" if v is None else float_cell(v) if type(v) is float else csv_value(v)
            for v in values
        ]
        text = ",".join(cells)
        # a cell that may start a formula is at the line's start or after a comma: one search, rarely true, then
        # the exact check (a pattern starting with the literal comma is scanned fast; `(?:^|,)` took 26 µs a row)
        if text[:1] in FORMULA_START or _FORMULA_AFTER_COMMA.search(text):
            cells = [spreadsheet_safe(c) if type(v) is str else c for v, c in zip(values, cells, strict=True)]
            text = ",".join(cells)
        return self._encode(cells, text)

    def _encode(self, cells: list[str], text: str) -> str:
        """The line of `cells`, given `text`, their join by commas."""
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


class CsvLineReader:
    """Reads stored lines back into rows, by a layout that names the columns' types (csv_layout)."""

    def __init__(self, layout: str) -> None:
        columns, types = layout_columns(layout), layout_types(layout)
        if columns is None or types is None or len(columns) != len(types):
            raise ValueError(
                "the layout of these CSV lines names no column types, so they cannot be read back"
            )
        self.columns = columns
        self._kinds = _cell_kinds(types)

    def row(self, line: bytes | str) -> dict[str, Any]:
        """The row a line was encoded from (CsvLineEncoder.line), when `reads_back` held for it. ValueError
        when the line does not fit the layout."""
        text = line.decode() if isinstance(line, bytes) else line
        if not text.endswith(LINE_TERMINATOR):
            raise ValueError("a stored CSV line does not end with CRLF")
        # a line without quotes is its cells joined by commas; csv reads a quoted one (which can hold newlines)
        cells = next(csv.reader([text])) if '"' in text else text[: -len(LINE_TERMINATOR)].split(",")
        if len(cells) != len(self.columns):
            raise ValueError(f"a stored CSV line has {len(cells)} cells for {len(self.columns)} columns")
        return dict(zip(self.columns, map(_cell_value, cells, self._kinds), strict=True))


def _cell_value(cell: str, kind: int) -> Any:
    if not cell:
        return None
    if kind == _TEXT:
        return cell
    if kind == _INTEGER:
        return int(cell)
    if kind == _BOOLEAN:
        if cell == "true":
            return True
        if cell == "false":
            return False
        raise ValueError(f"a stored boolean cell reads {cell!r}")
    # a number: repr of a float always has a point, an exponent, "inf" or "nan"; an integer has none
    return int(cell) if cell.lstrip("-").isdigit() else float(cell)
