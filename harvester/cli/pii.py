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
from harvester.anonymise.text.gazetteer import REGISTER_COLUMNS, rebuild_from_register, shipped_gazetteer_path
from harvester.cli import pii_review
from harvester.core.errors import ConfigError
from harvester.validation.input_limits import (
    MAX_FIELD_BYTES,
    MAX_LINE_BYTES,
    bounded_lines,
    csv_rows,
    replaced_on_success,
    text_lines,
)

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
    scan.add_argument(
        "--max-line-bytes",
        type=_positive,
        default=MAX_LINE_BYTES,
        help=f"a longer line is reported and skipped, never read whole (default: {MAX_LINE_BYTES:,})",
    )
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
    redact.add_argument(
        "--max-line-bytes",
        type=_positive,
        default=MAX_LINE_BYTES,
        help=f"refuse a file with a longer line (default: {MAX_LINE_BYTES:,})",
    )
    redact.add_argument(
        "--max-field-bytes",
        type=_positive,
        default=MAX_FIELD_BYTES,
        help=f"refuse a file with a longer field (default: {MAX_FIELD_BYTES:,})",
    )
    redact.set_defaults(handler=handle_redact)
    pii_review.register(verbs)

    gazetteer = verbs.add_parser(
        "gazetteer",
        help="rebuild the street-name gazetteer of the address detector from the city's address register",
        description="Rebuild the gazetteer of street names (Finnish and Swedish) that the address detector "
        "looks up, from a CSV export of HRI's 'Helsingin osoiteluettelo' (columns katunimi and gatan).",
    )
    gazetteer.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE.csv",
                           help="the register's CSV file (with a header row)")  # fmt: skip
    gazetteer.add_argument("--out", type=Path, help="where to write the list (default: the shipped one)")
    gazetteer.add_argument("--column", action="append", dest="columns", metavar="NAME",
                           help="a street-name column (repeatable; default: katunimi and gatan)")  # fmt: skip
    gazetteer.add_argument("--merge", action="store_true",
                           help="keep the names already in the list (e.g. Espoo and Vantaa streets)")  # fmt: skip
    gazetteer.set_defaults(handler=handle_gazetteer)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {text!r}")
    return value


def scan_lines(
    lines: Iterable[str | bytes | None], out: TextIO, err: TextIO, default_lang: str | None = None
) -> int:
    """Scan JSON Lines; return the number of malformed lines (reported on `err`, the rest go on). A line
    may come as bytes (decoded as strict UTF-8 here) or as None (it was over the length limit)."""
    scrubber = TextScrubber()
    failures = 0
    for number, line in enumerate(lines, 1):
        try:
            if line is None:
                raise ValueError("longer than the limit (--max-line-bytes); not read")
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise ValueError(f"not UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})") from None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
            except RecursionError:
                raise ValueError("JSON nested too deeply to read") from None
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
        out.write(_json_line(result))
    return failures


def _json_line(result: dict[str, object]) -> str:
    """The JSON line, non-ASCII as is; escaped instead when the text holds a lone surrogate ("\\ud800"),
    which cannot be written as UTF-8."""
    line = json.dumps(result, ensure_ascii=False) + "\n"
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(result) + "\n"
    return line


def handle_scan(args: argparse.Namespace) -> int:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")  # JSON Lines are UTF-8 whatever the locale
    stdin = getattr(sys.stdin, "buffer", None)
    if stdin is None:  # a text stream (tests): its lines as they come
        lines: Iterable[str | bytes | None] = sys.stdin
    else:
        lines = (line for _number, line in bounded_lines(stdin, args.max_line_bytes))
    failures = scan_lines(lines, sys.stdout, sys.stderr, args.lang)
    if failures:
        print(f"harvester pii scan: {failures} malformed line(s) skipped", file=sys.stderr)
    return 1 if failures else 0


def default_output(path: Path) -> Path:
    """`feedback.csv` → `feedback.redacted.csv`, beside the input."""
    return path.with_name(f"{path.stem}.redacted{path.suffix or '.csv'}")


def redact_csv(
    source: Path,
    target: Path,
    columns: list[str],
    delimiter: str | None = None,
    lang: str | None = None,
    *,
    max_line_bytes: int = MAX_LINE_BYTES,
    max_field_bytes: int = MAX_FIELD_BYTES,
) -> int:
    """Copy `source` to `target` row by row with `columns` redacted; return the number of rows written.

    Memory stays bounded by the line and field limits; a file that breaks one of them, is not UTF-8 or
    holds NUL bytes is an InputError naming the line, and `target` is then left as it was (the copy is
    written to a temporary file and renamed into place only when complete)."""
    scrubber = TextScrubber()
    name = str(source)
    with source.open("rb") as stream:
        lines = text_lines(name, stream, max_line_bytes)
        header_line = next(lines, None)
        if not header_line:
            raise ConfigError(name, "header", "the file is empty; a header row naming the columns is needed")
        if delimiter is None:
            delimiter = max((",", ";", "\t"), key=header_line.count)
        header = next(csv_rows(name, iter([header_line]), delimiter, max_field_bytes))
        missing = [c for c in columns if c not in header]
        if missing:
            raise ConfigError(
                name, "--columns", f"no column named {', '.join(missing)}; the header has: {', '.join(header)}"
            )
        indexes = [header.index(c) for c in columns]
        rows = 0
        with replaced_on_success(target) as raw:
            outfile = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            try:
                writer = csv.writer(outfile, delimiter=delimiter)
                writer.writerow(header)
                for row in csv_rows(name, lines, delimiter, max_field_bytes):
                    for i in indexes:
                        if i < len(row) and row[i]:
                            row[i] = scrubber.redact(row[i], lang)
                    writer.writerow(row)
                    rows += 1
            finally:
                outfile.detach()  # flushes; the temporary file is closed (or removed) by replaced_on_success
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
    rows = redact_csv(
        args.file,
        output,
        columns,
        args.delimiter,
        args.lang,
        max_line_bytes=args.max_line_bytes,
        max_field_bytes=args.max_field_bytes,
    )
    print(f"wrote {output} ({rows} rows; redacted columns: {', '.join(columns)})", file=sys.stderr)
    return 0


def handle_gazetteer(args: argparse.Namespace) -> int:
    if not args.source.is_file():
        raise ConfigError(str(args.source), "--from", "no such file")
    target = args.out or shipped_gazetteer_path()
    count = rebuild_from_register(args.source, target, tuple(args.columns or REGISTER_COLUMNS), args.merge)
    print(f"wrote {target} ({count} street names)", file=sys.stderr)
    return 0
