"""The files a CKAN dataset carries: the table as CSV and its Frictionless `datapackage.json`.

The CSV is streamed to a spooled temporary file while its SHA-256 is computed, so a 100,000-row table
is never held as one string and an unchanged table is recognised by its hash without uploading it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from harvester.targets.base import DatasetVersion
from harvester.targets.catalogue import build_descriptor

SPOOL_BYTES = 8 * 1024 * 1024
CSV_BATCH = 1000


@dataclass
class FileBody:
    """The bytes of one resource file, their SHA-256 and size; `open()` gives a fresh reader.

    `sha1` is kept too because ckanext-archiver (which hri.fi runs) overwrites a resource's `hash` with
    the SHA-1 of the file it downloaded; either digest means "this file is already there".
    """

    filename: str
    sha256: str
    sha1: str
    size: int
    _file: IO[bytes]

    def open(self) -> IO[bytes]:
        self._file.seek(0)
        return self._file

    def read(self) -> bytes:
        return self.open().read()

    def close(self) -> None:
        self._file.close()


def _spooled(filename: str, chunks: Iterable[bytes]) -> FileBody:
    digest = hashlib.sha256()
    sha1 = hashlib.sha1()
    size = 0
    file = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - closed by FileBody.close
    for chunk in chunks:
        digest.update(chunk)
        sha1.update(chunk)
        size += len(chunk)
        file.write(chunk)
    return FileBody(filename, digest.hexdigest(), sha1.hexdigest(), size, file)  # type: ignore[arg-type]


def file_body(filename: str, content: bytes) -> FileBody:
    """A resource file from bytes already built (e.g. the pipeline's datapackage.json)."""
    return _spooled(filename, [content])


def csv_body(filename: str, lines: Iterable[bytes]) -> FileBody:
    """The table as UTF-8 CSV from its lines (header first), byte for byte what the local catalogue writes,
    with its hash."""

    def chunks() -> Iterable[bytes]:
        lines_left = iter(lines)
        while batch := list(itertools.islice(lines_left, CSV_BATCH)):
            yield b"".join(batch)

    return _spooled(filename, chunks())


def datapackage_body(dataset: DatasetVersion, csv: FileBody) -> FileBody:
    """The same descriptor the local catalogue writes, without its `last_modified` time.

    The descriptor carries the CSV's hash, so it changes exactly when the CSV does; a timestamp would make
    every run upload a new datapackage.json.
    """
    descriptor = build_descriptor(dataset, csv.filename, csv.sha256, csv.size, last_modified="")
    descriptor.pop("last_modified", None)
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    return file_body("datapackage.json", text.encode("utf-8"))
