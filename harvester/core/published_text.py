"""The two rules every published text value follows, in one place: the README and each data package quote them.

1. Control characters are removed from every text value before it is validated, hashed or published (CSV,
   DataStore, state): the C0 controls other than TAB, LF and CR (U+0000-U+0008, U+000B, U+000C,
   U+000E-U+001F), DEL (U+007F) and the C1 controls (U+0080-U+009F). NUL bytes broke readers of the CSV
   file, and none of these has a meaning in feedback or comments. A lone surrogate (an escaped `"\\ud800"` in
   the source's JSON) cannot be written as UTF-8 at all: the record is quarantined, naming the field.
2. CSV formula injection (OWASP, https://owasp.org/www-community/attacks/CSV_Injection): in the CSV file, a
   text cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading apostrophe (`'=HYPERLINK(...)`), so
   a spreadsheet shows it as text instead of running it. Not escaped: numbers and other typed columns, and a
   text cell that is a plain number (`-5`, `+3.5`), which a spreadsheet reads as a number, never a formula.
   The row itself keeps the exact text: the CKAN DataStore and the state store hold it unescaped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from harvester.core.errors import RecordError

CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_LOOK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# text values are joined with a space (printable, and not in the pattern) for one test per row
_JOIN = " "

FORMULA_START = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")

RULE = (
    "Text values have control characters removed (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+007F-"
    "U+009F; TAB, LF and CR are kept). In the CSV file, a text cell that starts with =, +, -, @, TAB or CR "
    "and is not a plain number starts with an apostrophe (') so that spreadsheets do not read it as a "
    "formula (OWASP CSV injection); the DataStore keeps the exact text."
)


def lone_surrogate_field(row: Mapping[str, Any]) -> str | None:
    """The first field whose text holds a lone surrogate, which no UTF-8 file or database can store."""
    for name, value in row.items():
        if type(value) is str and _LONE_SURROGATE.search(value):
            return name
    return None


def clean_text_values(row: dict[str, Any], record: str) -> dict[str, Any]:
    """The row with control characters removed from its text values (rule 1); the same dict, unchanged,
    when there are none (nearly always: one search over the joined text values decides). RecordError,
    naming the field, for a lone surrogate."""
    texts = _JOIN.join([value for value in row.values() if type(value) is str])
    # every character the rule removes is unprintable: isprintable() is the fast test (0.3 µs against 6 for
    # the pattern), the pattern decides for text that also holds a newline, a tab or another separator
    if texts.isprintable() or not _LOOK.search(texts):
        return row
    field = lone_surrogate_field(row)
    if field is not None:
        raise RecordError(
            record,
            field,
            "holds a lone surrogate (an escaped \\ud800-\\udfff without its pair), which cannot be "
            "written as UTF-8; correct the text at the source",
        )
    return {
        name: CONTROL_CHARACTERS.sub("", value) if type(value) is str else value for name, value in row.items()
    }


def needs_apostrophe(text: str) -> bool:
    """Whether a text cell would open as a formula in a spreadsheet (rule 2)."""
    return bool(text) and text[0] in FORMULA_START and not _PLAIN_NUMBER.fullmatch(text)


def spreadsheet_safe(text: str) -> str:
    """The CSV cell of a text value: with a leading apostrophe when it would open as a formula."""
    return "'" + text if needs_apostrophe(text) else text
