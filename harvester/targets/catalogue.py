"""The local catalogue: a folder of Frictionless data packages, `<path>/<dataset>/datapackage.json` + CSV.

A package changes whole or not at all: every file that changed (the CSV, the schema page, the descriptor) is
first written in full to a temporary file beside its place and fsynced, and only then are they renamed
into place, one after the other, with the files they replace kept as hard links until the last rename
succeeded; a rename that fails puts the earlier ones back (`PackageSwap`). So a full disk never leaves a new
CSV beside a missing or old `datapackage.json`. Files are rewritten only when their content changed, so a
run that finds nothing new rewrites nothing. A `kill -9` can still leave temporary files (`.<name>.*.tmp`);
the next publish of the package removes them first.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import os
import queue
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from harvester.core.csv_lines import LINE_TERMINATOR, CsvLineEncoder
from harvester.core.errors import PublishError
from harvester.core.published_text import RULE as TEXT_RULE
from harvester.targets.base import ChangeSet, DatasetVersion, PublishResult, Row, Target
from harvester.targets.dcat_ap import dcat_fields
from harvester.targets.dcat_catalogue import write_catalogue
from harvester.targets.system_packages import write_system_package

log = logging.getLogger(__name__)

LICENSES = {
    "CC-BY-4.0": ("https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0"),
    "CC0-1.0": ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0 Universal"),
    "other-open": ("https://hri.fi/fi/ohjeet/lisenssit/", "Other open licence"),
}
# Lines encoded and written at a time: one write and one hash update per batch instead of per row.
WRITE_BATCH = 512
# Batches waiting for the writer thread: enough to ride out a slow write, little memory (about 250 KB each).
WRITE_QUEUE = 8


def write_lines(path: Path, lines: Iterable[bytes]) -> tuple[str, int, int]:
    """Stream UTF-8 CSV lines (header first) to `path`; returns (sha256, bytes, row count).

    Hashing and writing run in a thread of their own, while this one reads the next lines (from the state
    store, mostly): both release the GIL, so on a second core the file is written as the lines are read
    (1,000,000 feedback rows: 470 MB, about 1.5 s of writing and hashing that no longer waits for reading)."""
    writer = _FileWriter(path)
    count = -1
    lines = iter(lines)
    try:
        while batch := list(itertools.islice(lines, WRITE_BATCH)):
            writer.put(b"".join(batch))
            count += len(batch)
    finally:
        digest, size = writer.close()
    return digest, size, max(count, 0)


class _FileWriter:
    """Writes and hashes chunks of bytes in a thread, in order; `close` waits for it and raises what it met.

    After a failed write it keeps taking chunks without writing them, so the reading side never blocks on a
    full queue; the error surfaces at the next `put` or at `close`."""

    def __init__(self, path: Path) -> None:
        self._handle = open(path, "wb")  # noqa: SIM115 - closed by the thread, whatever happens
        self._digest = hashlib.sha256()
        self._size = 0
        self._error: BaseException | None = None
        self._queue: queue.Queue[bytes | None] = queue.Queue(WRITE_QUEUE)
        self._thread = threading.Thread(target=self._run, name=f"write-{path.name}", daemon=True)
        self._thread.start()

    def put(self, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(data)

    def close(self) -> tuple[str, int]:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._digest.hexdigest(), self._size

    def _run(self) -> None:
        try:
            with self._handle:  # closing flushes, and can fail too (a full disk)
                while (data := self._queue.get()) is not None:
                    if self._error is not None:
                        continue
                    try:
                        self._digest.update(data)
                        self._handle.write(data)
                        self._size += len(data)
                    except BaseException as exc:  # noqa: BLE001 - handed to the reading side, raised there
                        self._error = exc
        except BaseException as exc:  # noqa: BLE001 - as above
            self._error = self._error or exc


def write_csv(path: Path, field_names: list[str], rows: Iterable[Row]) -> tuple[str, int, int]:
    """Encode and stream rows to `path`; returns (sha256, bytes, row count)."""
    encoder = CsvLineEncoder(field_names)
    lines = itertools.chain([encoder.header()], map(encoder.line, rows))
    return write_lines(path, (line.encode() for line in lines))


PUBLISHED_MODE = 0o644
# A temporary file in the catalogue's root this old is a leftover: writing one of those small files takes
# milliseconds, so no live writer's is anywhere near it.
SHARED_TEMPORARY_AGE = 3600.0


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temporary(folder: Path, name: str) -> Path:
    """A new empty file beside `name`, named `.<name>.<random>.tmp` (what `remove_temporaries` removes)."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    os.fchmod(fd, PUBLISHED_MODE)
    os.close(fd)
    return Path(tmp)


def _fsync_folder(folder: Path) -> None:
    """Make the renames in `folder` durable (the directory entry is data of its own)."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_temporaries(folder: Path, older_than: float = 0.0) -> list[str]:
    """Remove the `.<name>.*.tmp` files an interrupted publish left in a folder (a `kill -9` skips every
    clean-up); returns their names. In a package's folder all of them: the job's lock keeps any other
    publisher out. In the catalogue's root, which every job writes (the DCAT catalogue, the system packages),
    only those `older_than` seconds: another job may be writing one of its own right now."""
    removed = []
    cutoff = time.time() - older_than
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            if older_than and path.stat().st_mtime > cutoff:
                continue
            path.unlink()
            removed.append(path.name)
    if removed:
        log.info("%s: removed %d temporary file(s) of an interrupted publish", folder, len(removed))
    return sorted(removed)


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    """One file written whole, then renamed into place (the DCAT catalogue and the system packages)."""
    tmp = _temporary(path.parent, path.name)
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class PackageSwap:
    """The changed files of one package: written in full to temporary files first, renamed into place together.

    `commit` renames them in the order they were added (the descriptor last: it names the CSV's hash). Each
    file it replaces is kept as a hard link first (no data copied, no space taken); when a rename fails, the
    renames before it are undone from those links, so the package stays as it was. Only a `kill -9` between
    two renames (microseconds) leaves it mixed, and the next run rewrites it: it compares the CSV with the
    hash the descriptor names. `discard` removes whatever temporary file is left."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._pending: list[tuple[Path, str]] = []
        self._leftovers: list[Path] = []

    def temporary(self, name: str) -> Path:
        tmp = _temporary(self.folder, name)
        self._leftovers.append(tmp)
        return tmp

    def add_file(self, name: str, tmp: Path) -> None:
        """A temporary file already written (from `temporary`): fsynced now, renamed to `name` at commit."""
        _fsync(tmp)
        self._pending.append((tmp, name))

    def add_bytes(self, name: str, data: bytes) -> None:
        tmp = self.temporary(name)
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        self._pending.append((tmp, name))

    def commit(self) -> None:
        done: list[tuple[str, Path | None]] = []
        try:
            for tmp, name in self._pending:
                target = self.folder / name
                kept = None
                if target.exists():
                    kept = tmp.with_name(f"{tmp.name[: -len('.tmp')]}.old.tmp")
                    self._leftovers.append(kept)
                    try:
                        os.link(target, kept)
                    except OSError:  # a file system without hard links: a copy, which takes space
                        shutil.copy2(target, kept)
                os.replace(tmp, target)
                done.append((name, kept))
        except OSError:
            for name, kept in reversed(done):
                with contextlib.suppress(OSError):
                    if kept is None:
                        (self.folder / name).unlink()
                    else:
                        os.replace(kept, self.folder / name)
            raise
        finally:
            with contextlib.suppress(OSError):
                _fsync_folder(self.folder)

    def discard(self) -> None:
        for path in self._leftovers:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def build_descriptor(
    dataset: DatasetVersion,
    csv_name: str,
    sha256: str,
    size: int,
    last_modified: str,
    *,
    text_rule: bool = True,
    created: str | None = None,
) -> dict[str, Any]:
    """A Frictionless Tabular Data Package (v1 spec, https://specs.frictionlessdata.io/data-package/) for one
    dataset: fi/sv/en texts, licence, sources, contributors, the schema, the CSV dialect as written
    (core/csv_lines.py), the DCAT-AP fields (targets/dcat_ap.py) under `dcat`, which the DCAT catalogue
    beside the packages is built from, and (`text_rule`) the rule published text follows as the resource's
    description. `id` is stable (a UUID from the dataset's homepage or name), `version` the schema's,
    `created` the first time the package was written."""
    meta = dataset.metadata
    titles = dict(meta.get("title") or {})
    descriptions = dict(meta.get("description") or {})
    license_id = meta.get("license", "CC-BY-4.0")
    license_path, license_title = LICENSES.get(license_id, (None, license_id))
    licence: dict[str, Any] = {"name": license_id, "title": license_title}
    if license_path:
        licence["path"] = license_path
    keywords = {
        lang: [str(word) for word in words]
        for lang, words in (meta.get("keywords") or {}).items()
        if isinstance(words, list)
    }
    homepage = meta.get("homepage")
    contributor: dict[str, Any] = {"title": meta.get("maintainer", ""), "role": "publisher"}
    if meta.get("maintainer_email"):
        contributor["email"] = meta["maintainer_email"]
    if meta.get("maintainer_website"):
        contributor["path"] = meta["maintainer_website"]
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, homepage or f"hri-harvester:{dataset.name}")),
        "name": dataset.name,
        "title": titles.get("fi") or dataset.name,
        "description": descriptions.get("fi", ""),
        "title_translated": titles,
        "description_translated": descriptions,
        "version": str(dataset.schema.get("version") or "1.0.0"),
        "licenses": [licence],
        "keywords": sorted({k for words in keywords.values() for k in words}),
        "keywords_translated": keywords,
        "sources": [
            {"title": source.get("title", ""), "path": source["path"]}
            for source in meta.get("sources", [])
            if isinstance(source, Mapping) and source.get("path")
        ],
        "contributors": [contributor],
        "last_modified": last_modified,
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": dataset.name,
                "path": csv_name,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": size,
                "hash": f"sha256:{sha256}",
                "dialect": {
                    "delimiter": ",",
                    "lineTerminator": LINE_TERMINATOR,
                    "quoteChar": '"',
                    "doubleQuote": True,
                    "header": True,
                },
                "schema": dict(dataset.schema),
            }
        ],
        "dcat": dcat_fields(meta),
    }
    if text_rule:  # control characters, formula cells (harvester/core/published_text.py)
        descriptor["resources"][0]["description"] = TEXT_RULE
    if homepage:
        descriptor["homepage"] = homepage
    if created or last_modified:
        descriptor["created"] = created or last_modified
    for key in ("schema_docs", "change_note"):
        if meta.get(key):
            descriptor[key] = meta[key]
    return descriptor


def _comparable(descriptor: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in descriptor.items() if k != "last_modified"}


class CatalogueTarget(Target):
    """Writes `<root>/<dataset>/<dataset>.csv` and `datapackage.json` (plus any extra files)."""

    name = "catalogue"

    def __init__(self, root: Path, base_url: str | None = None) -> None:
        self.root = Path(root)
        self.base_url = base_url

    def _write_beside(self, dataset: str) -> list[str]:
        """The DCAT catalogue of every package and the package of the dataset's system
        (targets/dcat_catalogue.py, targets/system_packages.py), each written only when it changed."""
        remove_temporaries(self.root, older_than=SHARED_TEMPORARY_AGE)
        return write_system_package(self.root, dataset, _atomic_write_bytes) + write_catalogue(
            self.root, self.base_url, _atomic_write_bytes
        )

    def folder(self, dataset: str) -> Path:
        return self.root / dataset

    def publish(self, dataset: DatasetVersion, changes: ChangeSet, *, dry_run: bool = False) -> PublishResult:
        folder = self.folder(dataset.name)
        csv_name = f"{dataset.name}.csv"
        csv_path = folder / csv_name
        package_path = folder / "datapackage.json"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not dry_run:
                remove_temporaries(folder)
            swap = PackageSwap(folder)
            try:
                tmp = swap.temporary(csv_name)
                sha256, size, count = write_lines(tmp, dataset.csv_lines())
                old = json.loads(package_path.read_text(encoding="utf-8")) if package_path.exists() else None
                old_hash = old["resources"][0].get("hash") if old else None
                csv_changed = not csv_path.exists() or old_hash != f"sha256:{sha256}"
                now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
                last_modified = now if csv_changed or old is None else old.get("last_modified", now)
                created = old.get("created", last_modified) if old else now
                descriptor = build_descriptor(dataset, csv_name, sha256, size, last_modified, created=created)
                package_changed = old is None or _comparable(old) != _comparable(descriptor)
                extras = {
                    name: data
                    for name, data in dataset.extra_files.items()
                    if not (folder / name).exists() or (folder / name).read_bytes() != data
                }
                actions = []
                if csv_changed:
                    actions.append(f"write {csv_path} ({count} rows)")
                if package_changed:
                    actions.append(f"write {package_path}")
                actions += [f"write {folder / name}" for name in extras]
                if dry_run:
                    return PublishResult(changed=False, actions=actions)
                if not actions:
                    beside = self._write_beside(dataset.name)
                    return PublishResult(changed=bool(beside), actions=beside)
                if csv_changed:
                    # on disk before it is renamed into place and the state store records it as published:
                    # else a crash could leave an empty or partial file that no later run rewrites (the
                    # descriptor already names its hash). 1,000,000 feedback rows (470 MB): about 0.2 s.
                    swap.add_file(csv_name, tmp)
                for name, data in extras.items():
                    swap.add_bytes(name, data)
                if package_changed:
                    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
                    swap.add_bytes("datapackage.json", text.encode("utf-8"))
                swap.commit()
                return PublishResult(changed=True, actions=actions + self._write_beside(dataset.name))
            finally:
                swap.discard()
        except OSError as exc:
            raise PublishError(
                f"dataset {dataset.name}: cannot write the local catalogue at {folder}: {exc}; the package "
                "was left as it was"
            ) from exc
