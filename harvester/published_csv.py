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

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

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
        return repr(value)
    return str(value)


# csv.writer already writes these as csv_value does (None as "", floats by repr); skipping the call for them
# makes a 100,000-row CSV about a third faster.
PLAIN_CELL_TYPES = frozenset({str, int, float, type(None)})


def csv_cells(row: Mapping[str, Any], columns: Sequence[str]) -> list[Any]:
    """One row's cells in column order, ready for csv.writer."""
    plain = PLAIN_CELL_TYPES
    return [v if type(v) in plain else csv_value(v) for v in map(row.get, columns)]


class _ReturnedLine:
    """A file for csv.writer whose write() hands the line back: writerow returns what write returns."""

    def write(self, text: str) -> str:
        return text


def csv_layout(columns: Iterable[str]) -> str:
    """What a stored line depends on: the encoding version and the columns, in order."""
    return json.dumps({"encoding": ENCODING_VERSION, "columns": list(columns)}, ensure_ascii=False)


class CsvLineEncoder:
    """Encodes rows of one table as CSV lines (terminator included), built once per run."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        self.layout = csv_layout(self.columns)
        self._writer = csv.writer(_ReturnedLine(), lineterminator=LINE_TERMINATOR)

    def header(self) -> str:
        return self._writer.writerow(self.columns)

    def line(self, row: Mapping[str, Any]) -> str:
        return self._writer.writerow(csv_cells(row, self.columns))
