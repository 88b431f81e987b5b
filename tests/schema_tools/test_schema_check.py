"""`harvester schema check`: fails on the schema mistakes stewards make, naming file, field and reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from harvester.cli.main import main
from harvester.schema_tools.lint import lint_project

REPO = Path(__file__).resolve().parents[2]
GOOD: dict[str, Any] = {
    "version": "1.0.0",
    "title": "Rooms",
    "description": "One row per room.",
    "description_fi": "Yksi rivi tilaa kohden.",
    "fields": [
        {
            "name": "room_id",
            "type": "string",
            "description": "Room id.",
            "description_fi": "Tilan tunniste.",
            "constraints": {"required": True, "pattern": "[a-z0-9]+"},
        },
        {
            "name": "kind",
            "type": "string",
            "description": "Kind of room.",
            "description_fi": "Tilan laji.",
            "constraints": {"enum": ["hall", "studio"]},
        },
    ],
    "primaryKey": ["room_id"],
}
POLICY = {"room_id": "keep", "kind": "keep", "booker_email": "drop"}


def project(root: Path, schema: dict[str, Any] = GOOD, policy: dict[str, Any] = POLICY) -> Path:
    (root / "schemas").mkdir(parents=True, exist_ok=True)
    (root / "jobs").mkdir(exist_ok=True)
    (root / "schemas" / "rooms.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    job = {"source": {"system": "varaamo"}, "schema": "schemas/rooms.schema.json", "policy": policy}
    (root / "jobs" / "rooms.yaml").write_text(yaml.safe_dump(job), encoding="utf-8")
    return root


def broken(edit: Any) -> dict[str, Any]:
    schema = copy.deepcopy(GOOD)
    edit(schema)
    return schema


def messages(root: Path) -> list[str]:
    return [str(problem) for problem in lint_project(root)]


def test_repo_schemas_pass() -> None:
    problems = messages(REPO)
    assert problems == [], "\n".join(problems)


def test_good_schema_passes(tmp_path: Path) -> None:
    assert messages(project(tmp_path)) == []


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda s: s["fields"][1].pop("description"),
            "schemas/rooms.schema.json: field 'kind': no English description",
        ),
        (
            lambda s: s["fields"][1].pop("description_fi"),
            "schemas/rooms.schema.json: field 'kind': no Finnish description",
        ),
        (
            lambda s: s["fields"][0]["constraints"].pop("required"),
            "schemas/rooms.schema.json: field 'room_id': is in the primary key but not marked \"required\": true",
        ),
        (
            lambda s: s["fields"][1]["constraints"].update(enum=["hall", "studio", "hall"]),
            "schemas/rooms.schema.json: field 'kind': the enum lists 'hall' more than once",
        ),
        (
            lambda s: s["fields"][0]["constraints"].update(pattern="[a-z"),
            "schemas/rooms.schema.json: field 'room_id': the pattern '[a-z' does not compile",
        ),
        (lambda s: s.pop("version"), "schemas/rooms.schema.json: `version` must be a semantic version"),
        (
            lambda s: s.pop("description_fi"),
            "schemas/rooms.schema.json: the schema has no Finnish description",
        ),
    ],
    ids=["no-en", "no-fi", "pk-not-required", "enum-duplicate", "bad-pattern", "no-version", "no-schema-fi"],
)
def test_mistake_is_reported_with_file_field_and_reason(tmp_path: Path, edit: Any, expected: str) -> None:
    found = messages(project(tmp_path, broken(edit)))
    assert any(message.startswith(expected) for message in found), found


def test_field_the_policy_publishes_but_the_schema_lacks(tmp_path: Path) -> None:
    found = messages(project(tmp_path, policy={**POLICY, "capacity": "keep"}))
    assert found == [
        "jobs/rooms.yaml: field 'capacity': the policy publishes this field but the schema "
        "schemas/rooms.schema.json has no such field (add it to the schema, or set the policy to drop)"
    ]


def test_schema_field_the_policy_never_publishes(tmp_path: Path) -> None:
    found = messages(project(tmp_path, policy={"room_id": "keep", "kind": "drop"}))
    assert len(found) == 1 and found[0].startswith(
        "schemas/rooms.schema.json: field 'kind': job rooms's policy never publishes this field"
    )


def test_command_exits_1_and_names_each_problem(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    root = project(tmp_path, broken(lambda s: s["fields"][1].pop("description_fi")))
    assert main(["schema", "check", "--project", str(root)]) == 1
    out = capsys.readouterr().out
    assert "field 'kind': no Finnish description" in out and "1 problem(s) found" in out


def test_command_exits_0_when_all_pass(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["schema", "check", "--project", str(project(tmp_path))]) == 0
    assert capsys.readouterr().out == "all schemas pass\n"
