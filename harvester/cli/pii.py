"""`harvester pii`: find and redact personal data in free text, for data stewards.

`pii scan` reads JSON Lines `{"id", "text", "lang"?}` on stdin and writes `{"id", "spans", "redacted"}`
per line; `pii redact FILE.csv --columns a,b` writes a copy of a CSV file with those columns redacted.
Both stream: one line or row at a time."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from harvester.anonymise.text import TextScrubber
from harvester.cli import pii_review
from harvester.core.errors import ConfigError

_SCAN_EPILOG = """\
input, one JSON object per line:   {"id": "42", "text": "Soita 040 123 4567", "lang": "fi"}
output, one JSON object per line:  {"id": "42", "spans": [{"start": 6, "end": 18, "label": "PHONE"}],
                                    "redacted": "Soita [PHONE]"}
offsets are Python string indices into "text". A malformed line is reported on stderr with its line
number, the other lines are still scanned, and the exit code is then 1.
labels: PERSON EMAIL PHONE HETU IBAN PLATE ADDRESS IP
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "pii",
        help="find and redact personal data in free text (scan JSON Lines, redact CSV columns)",
        description="Find personal data (names, e-mails, phones, HETU, IBAN, plates, home addresses, IPs) "
        "in Finnish, Swedish and English free text and replace it with its label, e.g. [PHONE].",
    )
    verbs = parser.add_subparsers(title="verbs", metavar="VERB")
    parser.set_defaults(handler=lambda args: (parser.print_help(), 2)[1])

    scan = verbs.add_parser(
        "scan",
        help="scan JSON Lines on stdin, write the spans found and the redacted text on stdout",
        description="Read JSON Lines {id, text, lang?} on stdin; write {id, spans, redacted} on stdout.",
        epilog=_SCAN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    scan.add_argument("--lang", choices=("fi", "sv", "en"), help="language of lines that do not say (a hint)")
    scan.set_defaults(handler=handle_scan)

    redact = verbs.add_parser(
        "redact",
        help="write a copy of a CSV file with personal data in the given columns redacted",
        description="Write a copy of FILE with personal data in the named columns replaced by its label. "
        "The file is read and written one row at a time; other columns are copied as they are.",
    )
    redact.add_argument(
        "file", type=Path, metavar="FILE.csv", help="the CSV file to redact (with a header row)"
    )
    redact.add_argument(
        "--columns", required=True, help="comma-separated names of the free-text columns to redact"
    )
    redact.add_argument("--output", type=Path, help="where to write the copy (default: FILE.redacted.csv)")
    redact.add_argument(
        "--delimiter", help="field separator (default: guessed from the header among , ; and tab)"
    )
    redact.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the text (a hint)")
    redact.set_defaults(handler=handle_redact)
    pii_review.register(verbs)


def scan_lines(lines: Iterable[str], out: TextIO, err: TextIO, default_lang: str | None = None) -> int:
    """Scan JSON Lines; return the number of malformed lines (reported on `err`, the rest go on)."""
    scrubber = TextScrubber()
    failures = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(record, dict):
                raise ValueError("a line must be a JSON object")
            text = record.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" is missing or not a string')
            lang = record.get("lang") or default_lang
            if lang is not None and not isinstance(lang, str):
                raise ValueError('"lang" must be a string such as "fi"')
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            print(f"harvester pii scan: line {number}: {exc}; line skipped", file=err)
            failures += 1
            continue
        spans = scrubber.scan(text, lang)
        redacted, last = [], 0
        for span in spans:
            redacted += [text[last : span.start], f"[{span.label}]"]
            last = span.end
        redacted.append(text[last:])
        result = {
            "id": record.get("id"),
            "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in spans],
            "redacted": "".join(redacted),
        }
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return failures


def handle_scan(args: argparse.Namespace) -> int:
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")  # JSON Lines are UTF-8 whatever the locale
    failures = scan_lines(sys.stdin, sys.stdout, sys.stderr, args.lang)
    if failures:
        print(f"harvester pii scan: {failures} malformed line(s) skipped", file=sys.stderr)
    return 1 if failures else 0


def default_output(path: Path) -> Path:
    """`feedback.csv` → `feedback.redacted.csv`, beside the input."""
    return path.with_name(f"{path.stem}.redacted{path.suffix or '.csv'}")


def redact_csv(
    source: Path, target: Path, columns: list[str], delimiter: str | None = None, lang: str | None = None
) -> int:
    """Copy `source` to `target` row by row with `columns` redacted; return the number of rows written."""
    scrubber = TextScrubber()
    with source.open(encoding="utf-8-sig", newline="") as infile:
        header_line = infile.readline()
        if not header_line:
            raise ConfigError(
                str(source), "header", "the file is empty; a header row naming the columns is needed"
            )
        if delimiter is None:
            delimiter = max((",", ";", "\t"), key=header_line.count)
        header = next(csv.reader([header_line], delimiter=delimiter))
        missing = [c for c in columns if c not in header]
        if missing:
            raise ConfigError(
                str(source),
                "--columns",
                f"no column named {', '.join(missing)}; the header has: {', '.join(header)}",
            )
        indexes = [header.index(c) for c in columns]
        rows = 0
        with target.open("w", encoding="utf-8", newline="") as outfile:
            writer = csv.writer(outfile, delimiter=delimiter)
            writer.writerow(header)
            for row in csv.reader(infile, delimiter=delimiter):
                for i in indexes:
                    if i < len(row) and row[i]:
                        row[i] = scrubber.redact(row[i], lang)
                writer.writerow(row)
                rows += 1
    return rows


def handle_redact(args: argparse.Namespace) -> int:
    columns = [c.strip() for c in args.columns.split(",") if c.strip()]
    if not columns:
        raise ConfigError("--columns", "--columns", "name at least one column, e.g. --columns description")
    if not args.file.is_file():
        raise ConfigError(str(args.file), "FILE", "no such file")
    output = args.output or default_output(args.file)
    if output.resolve() == args.file.resolve():
        raise ConfigError(str(output), "--output", "the output must not overwrite the input file")
    rows = redact_csv(args.file, output, columns, args.delimiter, args.lang)
    print(f"wrote {output} ({rows} rows; redacted columns: {', '.join(columns)})", file=sys.stderr)
    return 0
