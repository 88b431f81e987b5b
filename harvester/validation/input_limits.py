"""Reading a file a data steward hands to `harvester validate` or `harvester pii` in bounded memory.

Lines are read with a byte limit (a 1 GB line once took 3.3 GB in `validate` and raised MemoryError in `pii
scan`), decoded as strict UTF-8 (a bare CSV with invalid UTF-8 was reported valid), and a CSV's fields and
columns are limited too. Each limit has a default and a command-line option; going over one is an
InputError that names the file, the line and the option that raises the limit.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from harvester.core.errors import ConfigError, InputError

MAX_LINE_BYTES = 1024 * 1024
"""1 MiB: a feedback row is about 1 KB, its longest free text a few KB."""
MAX_FIELD_BYTES = 128 * 1024
"""128 KiB: the csv module's own default field limit."""
MAX_COLUMNS = 1000
"""The widest of our schemas has 40 columns; Frictionless keeps per-column state for every one."""
_SKIP = 1024 * 1024


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line of `stream`, the line None when it is longer than `limit` bytes
    (its end-of-line not counted); the rest of such a line is read and dropped piece by piece, never held."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        content = line.rstrip(b"\r\n")
        if len(content) > limit:
            while not line.endswith(b"\n"):
                line = stream.readline(_SKIP)
                if not line:
                    break
            yield number, None
        else:
            yield number, line


def decode_line(name: str, number: int, line: bytes) -> str:
    """A line as strict UTF-8; InputError naming the line and the first bad byte otherwise."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: line {number}: not UTF-8 text (byte 0x{line[exc.start]:02x} at column {exc.start + 1}); "
            "save the file as UTF-8"
        ) from None


def text_lines(name: str, stream: BinaryIO, max_line_bytes: int) -> Iterator[str]:
    """The lines of a UTF-8 file (a BOM at its start dropped), each at most `max_line_bytes`."""
    for number, line in bounded_lines(stream, max_line_bytes):
        if line is None:
            raise InputError(
                f"{name}: line {number} is longer than {max_line_bytes:,} bytes; is this a CSV file? "
                "(raise the limit with --max-line-bytes)"
            )
        text = decode_line(name, number, line)
        if "\x00" in text:
            raise InputError(f"{name}: line {number} holds NUL bytes; is this a text file?")
        yield text[1:] if number == 1 and text.startswith("\ufeff") else text


@contextlib.contextmanager
def csv_field_limit(max_field_bytes: int) -> Iterator[None]:
    """The csv module's field limit (process-wide) set for the duration, then restored."""
    previous = csv.field_size_limit(max_field_bytes)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def csv_rows(name: str, lines: Iterator[str], delimiter: str, max_field_bytes: int) -> Iterator[list[str]]:
    """Rows from CSV text lines; a field over the limit or a malformed row is an InputError naming it."""
    reader = csv.reader(lines, delimiter=delimiter)
    with csv_field_limit(max_field_bytes):
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                reason = str(exc)
                if "field larger than field limit" in reason:
                    reason = (
                        f"a field is longer than {max_field_bytes:,} characters "
                        "(raise the limit with --max-field-bytes)"
                    )
                raise InputError(f"{name}: line {reader.line_num}: {reason}") from None
            yield row


def check_csv(path: Path, max_line_bytes: int, max_columns: int, max_field_bytes: int) -> None:
    """Read a whole CSV file within the limits (UTF-8, line and field sizes, columns), in bounded memory,
    before Frictionless reads it; InputError at the first problem."""
    try:
        with path.open("rb") as stream:
            lines = text_lines(str(path), stream, max_line_bytes)
            first = next(lines, "")
            delimiter = max((",", ";", "\t"), key=first.count)  # as `pii redact` guesses it
            rows = csv_rows(str(path), itertools.chain([first], lines), delimiter, max_field_bytes)
            header = next(rows, None)
            if header is not None and len(header) > max_columns:
                raise InputError(
                    f"{path}: the header has {len(header):,} columns, more than {max_columns:,} "
                    "(raise the limit with --max-columns)"
                )
            for _row in rows:
                pass
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a CSV file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc.strerror or exc}") from None


def package_csv_paths(package: Path) -> list[Path]:
    """The local CSV files a datapackage.json names (remote paths are left to Frictionless)."""
    try:
        descriptor = json.loads(package.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(f"{package}: cannot be read as a data package: {exc}") from None
    paths = []
    for resource in descriptor.get("resources") or [] if isinstance(descriptor, dict) else []:
        path = resource.get("path") if isinstance(resource, dict) else None
        for one in path if isinstance(path, list) else [path]:
            if isinstance(one, str) and "://" not in one and one.lower().endswith(".csv"):
                paths.append(package.parent / one)
    return paths


@contextlib.contextmanager
def replaced_on_success(target: Path) -> Iterator[BinaryIO]:
    """A temporary file beside `target`, renamed over it only when the block ends without an error and
    removed otherwise: a failed command leaves no partial (or header-only) output behind."""
    folder = target.parent
    if not folder.is_dir():
        raise ConfigError(str(target), "--output", f"the folder {folder} does not exist")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed or removed below
        dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)
        raise
