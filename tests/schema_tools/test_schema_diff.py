"""`harvester schema diff OLD NEW`: each change classified as breaking or compatible; breaking needs a major bump."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from harvester.cli.main import main
from harvester.schema_tools.diff import BREAKING, COMPATIBLE, diff_schemas

REPO = Path(__file__).resolve().parents[2]
OLD: dict[str, Any] = {
    "version": "1.0.0",
    "fields": [
        {"name": "id", "type": "string", "description": "Id.", "constraints": {"required": True}},
        {"name": "status", "type": "string", "constraints": {"enum": ["open", "closed"]}},
        {"name": "amount", "type": "number", "constraints": {"minimum": 0, "maximum": 100}},
        {"name": "code", "type": "string", "constraints": {"pattern": "[0-9]{5}", "maxLength": 5}},
    ],
    "primaryKey": ["id"],
}


def changed(edit: Any) -> dict[str, Any]:
    new = copy.deepcopy(OLD)
    edit(new)
    return new


def field(schema: dict[str, Any], name: str) -> dict[str, Any]:
    return next(spec for spec in schema["fields"] if spec["name"] == name)


def kinds(new: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(change.kind, change.field) for change in diff_schemas(OLD, new).changes]


BREAKING_EDITS = {
    "field removed": (lambda s: s["fields"].pop(3), "code"),
    "field renamed": (lambda s: field(s, "code").update(name="postcode"), "code"),
    "type changed": (lambda s: field(s, "amount").update(type="integer"), "amount"),
    "now required": (lambda s: field(s, "status")["constraints"].update(required=True), "status"),
    "enum narrowed": (lambda s: field(s, "status")["constraints"].update(enum=["open"]), "status"),
    "pattern tightened": (lambda s: field(s, "code")["constraints"].update(pattern="[0-9]{3}"), "code"),
    "minimum raised": (lambda s: field(s, "amount")["constraints"].update(minimum=1), "amount"),
    "maximum lowered": (lambda s: field(s, "amount")["constraints"].update(maximum=50), "amount"),
    "maxLength lowered": (lambda s: field(s, "code")["constraints"].update(maxLength=4), "code"),
    "required field added": (
        lambda s: s["fields"].append({"name": "x", "type": "string", "constraints": {"required": True}}),
        "x",
    ),
    "primary key changed": (lambda s: s.update(primaryKey=["id", "status"]), None),
}
COMPATIBLE_EDITS = {
    "field added": (lambda s: s["fields"].append({"name": "note", "type": "string"}), "note"),
    "description changed": (lambda s: field(s, "id").update(description="The id."), "id"),
    "enum widened": (
        lambda s: field(s, "status")["constraints"].update(enum=["open", "closed", "new"]),
        "status",
    ),
    "enum removed": (lambda s: field(s, "status").pop("constraints"), "status"),
    "minimum lowered": (lambda s: field(s, "amount")["constraints"].update(minimum=-1), "amount"),
    "maximum removed": (lambda s: field(s, "amount")["constraints"].pop("maximum"), "amount"),
    "no longer required": (lambda s: field(s, "id")["constraints"].pop("required"), "id"),
    "pattern removed": (lambda s: field(s, "code")["constraints"].pop("pattern"), "code"),
}


@pytest.mark.parametrize("name", BREAKING_EDITS)
def test_breaking_change_is_classified_breaking(name: str) -> None:
    edit, field_name = BREAKING_EDITS[name]
    assert (BREAKING, field_name) in kinds(changed(edit))


@pytest.mark.parametrize("name", COMPATIBLE_EDITS)
def test_compatible_change_is_classified_compatible(name: str) -> None:
    edit, field_name = COMPATIBLE_EDITS[name]
    assert kinds(changed(edit)) == [(COMPATIBLE, field_name)]


def test_identical_schemas_have_no_changes() -> None:
    result = diff_schemas(OLD, copy.deepcopy(OLD))
    assert result.changes == [] and result.allowed


def test_breaking_change_is_allowed_only_with_a_higher_major_version() -> None:
    removed = changed(lambda s: s["fields"].pop())
    assert not diff_schemas(OLD, removed).allowed
    assert not diff_schemas(OLD, {**removed, "version": "1.1.0"}).allowed
    assert diff_schemas(OLD, {**removed, "version": "2.0.0"}).allowed


def test_change_note_names_the_removed_field() -> None:
    note = diff_schemas(OLD, changed(lambda s: [s["fields"].pop(), s.update(version="2.0.0")])).change_note()
    assert "## Schema 2.0.0 (was 1.0.0)" in note and "- `code`: removed" in note


def write(path: Path, schema: dict[str, Any]) -> Path:
    path.write_text(json.dumps(schema), encoding="utf-8")
    return path


def test_command_exits_1_on_breaking_change_without_major_bump(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    old = write(tmp_path / "old.json", OLD)
    new = write(tmp_path / "new.json", changed(lambda s: s["fields"].pop()))
    assert main(["schema", "diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "breaking: field 'code': removed" in out and "raise `version` to 2.0.0" in out


def test_command_exits_0_on_breaking_change_with_major_bump(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    old = write(tmp_path / "old.json", OLD)
    new = write(tmp_path / "new.json", changed(lambda s: [s["fields"].pop(), s.update(version="2.0.0")]))
    assert main(["schema", "diff", str(old), str(new)]) == 0
    assert "1 breaking, 0 compatible" in capsys.readouterr().out


def committed(path: Path) -> dict[str, Any] | None:
    result = subprocess.run(
        ["git", "show", f"HEAD:{path.relative_to(REPO).as_posix()}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
    )
    return json.loads(result.stdout) if result.returncode == 0 else None


@pytest.mark.parametrize(
    "schema_path", sorted((REPO / "schemas").glob("*.schema.json")), ids=lambda p: p.name
)
def test_repo_schema_has_no_breaking_change_against_main_without_major_bump(schema_path: Path) -> None:
    old = committed(schema_path)
    if old is None:
        pytest.skip(f"{schema_path.name} is new (not in HEAD)")
    result = diff_schemas(old, json.loads(schema_path.read_text(encoding="utf-8")))
    assert result.allowed, f"{schema_path.relative_to(REPO)}: {result.summary()}"
