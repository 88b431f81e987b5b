"""The local catalogue writes a valid data package and rewrites nothing when nothing changed."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import frictionless
import pytest

from harvester.core.errors import PublishError
from harvester.targets.base import ChangeSet, DatasetVersion
from harvester.targets.catalogue import WRITE_BATCH, WRITE_QUEUE, CatalogueTarget, write_lines

SCHEMA = {
    "fields": [
        {"name": "id", "type": "string", "constraints": {"required": True}},
        {"name": "count", "type": "integer"},
        {"name": "share", "type": "number"},
        {"name": "done", "type": "boolean"},
    ],
    "primaryKey": ["id"],
    "missingValues": [""],
}
METADATA = {
    "title": {"fi": "Testi", "sv": "Test", "en": "Test"},
    "description": {"fi": "Kuvaus", "sv": "Beskrivning", "en": "Description"},
    "keywords": {"fi": ["testi"], "en": ["test"]},
    "license": "CC-BY-4.0",
    "maintainer": "Helsinki",
    "maintainer_email": "avoindata@hel.fi",
    "sources": [{"title": "API", "path": "https://example.org/api"}],
}


def dataset(rows: list[dict]) -> DatasetVersion:
    return DatasetVersion("test-set", METADATA, SCHEMA, lambda: iter(rows), len(rows))


def no_changes() -> ChangeSet:
    return ChangeSet(lambda: iter(()), lambda: iter(()), lambda: iter(()))


ROWS = [
    {"id": "a", "count": 1, "share": 0.5, "done": True},
    {"id": "b", "count": None, "share": 1.25, "done": False},
]


def test_the_data_package_is_valid_and_carries_fi_sv_en_texts_and_the_licence(tmp_path: Path) -> None:
    CatalogueTarget(tmp_path).publish(dataset(ROWS), no_changes())
    package = tmp_path / "test-set" / "datapackage.json"
    assert frictionless.validate(str(package)).valid
    descriptor = json.loads(package.read_text())
    assert descriptor["title_translated"] == METADATA["title"]
    assert descriptor["description_translated"]["sv"] == "Beskrivning"
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert descriptor["sources"] == [{"title": "API", "path": "https://example.org/api"}]
    assert descriptor["resources"][0]["path"] == "test-set.csv"


def test_values_are_written_so_that_frictionless_reads_back_the_same_types(tmp_path: Path) -> None:
    CatalogueTarget(tmp_path).publish(dataset(ROWS), no_changes())
    package = frictionless.Package(str(tmp_path / "test-set" / "datapackage.json"))
    assert package.get_resource("test-set").read_rows() == ROWS


def test_publishing_the_same_rows_again_writes_nothing(tmp_path: Path) -> None:
    target = CatalogueTarget(tmp_path)
    target.publish(dataset(ROWS), no_changes())
    folder = tmp_path / "test-set"
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    result = target.publish(dataset(ROWS), no_changes())
    assert result.changed is False and result.actions == []
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_changed_rows_rewrite_the_csv_and_move_last_modified(tmp_path: Path) -> None:
    target = CatalogueTarget(tmp_path)
    target.publish(dataset(ROWS), no_changes())
    package = tmp_path / "test-set" / "datapackage.json"
    first = json.loads(package.read_text())
    result = target.publish(
        dataset([*ROWS, {"id": "c", "count": 3, "share": 0.0, "done": True}]), no_changes()
    )
    second = json.loads(package.read_text())
    assert result.changed
    assert second["resources"][0]["hash"] != first["resources"][0]["hash"]
    assert (tmp_path / "test-set" / "test-set.csv").read_text().count("\n") == 4


def test_a_dry_run_describes_the_writes_and_makes_none(tmp_path: Path) -> None:
    result = CatalogueTarget(tmp_path).publish(dataset(ROWS), no_changes(), dry_run=True)
    assert result.changed is False
    assert any("test-set.csv" in action for action in result.actions)
    assert not (tmp_path / "test-set" / "test-set.csv").exists()


def test_no_temporary_file_is_left_behind(tmp_path: Path) -> None:
    target = CatalogueTarget(tmp_path)
    target.publish(dataset(ROWS), no_changes())
    target.publish(dataset(ROWS), no_changes())
    assert sorted(p.name for p in (tmp_path / "test-set").iterdir()) == ["datapackage.json", "test-set.csv"]


def test_write_lines_writes_every_line_in_order_and_returns_hash_size_and_rows(tmp_path: Path) -> None:
    lines = [b"id,text\r\n"] + [f"{i},rivi {i}\r\n".encode() for i in range(WRITE_BATCH * 3 + 7)]
    path = tmp_path / "out.csv"
    digest, size, rows = write_lines(path, iter(lines))
    data = path.read_bytes()
    assert data == b"".join(lines)
    assert (digest, size, rows) == (hashlib.sha256(data).hexdigest(), len(data), len(lines) - 1)


def test_a_full_disk_while_writing_raises_instead_of_hanging() -> None:
    lines = (b"x" * 1000 + b"\r\n" for _ in range(WRITE_BATCH * (WRITE_QUEUE + 4)))
    with pytest.raises(OSError) as raised:
        write_lines(Path("/dev/full"), lines)
    assert raised.value.errno == errno.ENOSPC


def test_an_error_while_reading_the_lines_reaches_the_caller(tmp_path: Path) -> None:
    def lines() -> Iterator[bytes]:
        yield b"id\r\n"
        raise RuntimeError("the state store went away")

    with pytest.raises(RuntimeError, match="went away"):
        write_lines(tmp_path / "out.csv", lines())


def test_a_changed_csv_is_on_disk_before_it_is_renamed_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", Path(os.readlink(f"/proc/self/fd/{fd}")).name))
        real_fsync(fd)

    def replace(source: str | Path, target: str | Path) -> None:
        events.append(("replace", f"{Path(source).name} -> {Path(target).name}"))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    CatalogueTarget(tmp_path).publish(dataset(ROWS), no_changes())
    renamed = next(
        i for i, (kind, what) in enumerate(events) if kind == "replace" and what.endswith("test-set.csv")
    )
    temporary = events[renamed][1].split(" -> ")[0]
    assert ("fsync", temporary) in events[:renamed]


CHANGED_ROWS = [*ROWS, {"id": "c", "count": 3, "share": 2.0, "done": True}]


def _package_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _replace_failing_for(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk at the rename of `name` (after the renames before it succeeded)."""
    real_replace = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        if Path(target).name == name and not Path(source).name.endswith(".old.tmp"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)


def test_a_full_disk_after_the_csv_is_renamed_leaves_the_old_package_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = CatalogueTarget(tmp_path)
    target.publish(dataset(ROWS), no_changes())
    before = _package_files(tmp_path / "test-set")
    _replace_failing_for("datapackage.json", monkeypatch)
    with pytest.raises(PublishError, match="left as it was"):
        target.publish(dataset(CHANGED_ROWS), no_changes())
    assert _package_files(tmp_path / "test-set") == before


def test_a_first_package_whose_descriptor_cannot_be_written_leaves_no_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _replace_failing_for("datapackage.json", monkeypatch)
    with pytest.raises(PublishError):
        CatalogueTarget(tmp_path).publish(dataset(ROWS), no_changes())
    assert list((tmp_path / "test-set").iterdir()) == []


def test_every_file_of_a_package_is_written_and_fsynced_before_the_first_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", Path(os.readlink(f"/proc/self/fd/{fd}")).name))
        real_fsync(fd)

    def replace(source: str | Path, target: str | Path) -> None:
        events.append(("replace", Path(target).name))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    extra = DatasetVersion(
        "test-set", METADATA, SCHEMA, lambda: iter(ROWS), len(ROWS), extra_files={"schema.md": b"# Test\n"}
    )
    CatalogueTarget(tmp_path).publish(extra, no_changes())
    first_rename = next(i for i, (kind, _) in enumerate(events) if kind == "replace")
    synced = {name.split(".")[1] for kind, name in events[:first_rename] if kind == "fsync" and name.endswith(".tmp")}
    assert synced == {"test-set", "schema", "datapackage"}
    renamed = [name for kind, name in events if kind == "replace"]
    # then the DCAT catalogue of every package, beside them in the catalogue's root
    assert renamed[:3] == ["test-set.csv", "schema.md", "datapackage.json"]
    assert set(renamed[3:]) <= {"catalog.ttl", "catalog.jsonld"}


def test_temporary_files_left_by_a_killed_publish_are_removed_by_the_next_one(tmp_path: Path) -> None:
    target = CatalogueTarget(tmp_path)
    target.publish(dataset(ROWS), no_changes())
    folder = tmp_path / "test-set"
    (folder / ".test-set.csv.k9x2ab.tmp").write_bytes(b"id,count\r\na,1\r\n")
    (folder / ".datapackage.json.0q1w2e.tmp").write_bytes(b"{")
    target.publish(dataset(ROWS), no_changes())
    assert sorted(p.name for p in folder.iterdir()) == ["datapackage.json", "test-set.csv"]


def test_in_the_shared_root_only_temporary_files_older_than_an_hour_are_removed(tmp_path: Path) -> None:
    target = CatalogueTarget(tmp_path)
    target.publish(dataset(ROWS), no_changes())
    left = tmp_path / ".catalog.ttl.k9x2ab.tmp"  # a kill -9 while writing the DCAT catalogue
    left.write_bytes(b"@prefix")
    os.utime(left, (time.time() - 7200, time.time() - 7200))
    writing = tmp_path / ".catalog.jsonld.0q1w2e.tmp"  # another job's, being written right now
    writing.write_bytes(b"{")
    target.publish(dataset(CHANGED_ROWS), no_changes())
    assert not left.exists() and writing.exists()
