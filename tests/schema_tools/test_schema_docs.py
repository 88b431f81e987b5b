"""`harvester schema docs`: one Markdown page per schema that matches the schemas and the jobs' policies."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import frictionless
import pytest
import yaml

from harvester.cli.main import main
from harvester.schema_tools.docs import render_page, stale_pages, write_docs
from harvester.schema_tools.examples import example_value, string_from_pattern
from harvester.schema_tools.project import load_project

REPO = Path(__file__).resolve().parents[2]
SCHEMA = {
    "version": "1.2.0",
    "title": "Visits",
    "description": "One row per visit.",
    "description_fi": "Yksi rivi käyntiä kohden.",
    "fields": [
        {
            "name": "visit_id",
            "type": "string",
            "description": "Visit identifier.",
            "description_fi": "Käynnin tunniste.",
            "constraints": {"required": True, "pattern": "V[0-9]{4}"},
        },
        {
            "name": "visitor",
            "type": "string",
            "description": "Keyed pseudonym of the visitor | never the name.",
            "description_fi": "Kävijän avaimellinen pseudonyymi.",
        },
        {
            "name": "visited_at",
            "type": "datetime",
            "description": "When, to the hour.",
            "description_fi": "Milloin, tunnin tarkkuudella.",
            "example": "2024-06-01T10:00:00Z",
        },
    ],
    "primaryKey": ["visit_id"],
}
POLICY = {"visit_id": "keep", "visitor": "pseudonym", "visited_at": {"generalise": "hour"}, "phone": "drop"}


def make_project(root: Path, schema: dict = SCHEMA, policy: dict = POLICY) -> Path:
    (root / "schemas").mkdir(parents=True, exist_ok=True)
    (root / "jobs").mkdir(exist_ok=True)
    (root / "schemas" / "visits.schema.json").write_text(json.dumps(schema, indent=2), encoding="utf-8")
    job = {"source": {"system": "varaamo"}, "schema": "schemas/visits.schema.json", "policy": policy}
    (root / "jobs" / "visits.yaml").write_text(yaml.safe_dump(job), encoding="utf-8")
    return root


def page(root: Path) -> str:
    project = load_project(root)
    path = project.schemas[0]
    return render_page(path, json.loads(path.read_text()), project.jobs_for(path), project.relative(path))


def test_committed_docs_match_the_schemas() -> None:
    stale = stale_pages(REPO, REPO / "docs" / "schemas")
    assert not stale, (
        "docs/schemas/ does not match schemas/ and jobs/: "
        + "; ".join(stale)
        + ". Run `harvester schema docs` in the project folder and commit docs/schemas/."
    )


def test_page_shows_every_field_with_type_and_both_descriptions(tmp_path: Path) -> None:
    text = page(make_project(tmp_path))
    for spec in SCHEMA["fields"]:
        assert f"| `{spec['name']}` | {spec['type']} |" in text
        assert f"- **fi:** {spec['description_fi']}" in text
    assert "- **en:** Keyed pseudonym of the visitor | never the name." in text
    assert "| Primary key | `visit_id` |" in text and "| Version | 1.2.0 |" in text


def test_page_names_the_anonymisation_of_each_column(tmp_path: Path) -> None:
    text = page(make_project(tmp_path))
    assert (
        "| `visitor` | `visitor` | pseudonym — replaced by a keyed HMAC-SHA-256 pseudonym |"
        in text.replace("string | no | — | `text` | ", "")
    )
    assert "generalise — time truncated to the hour" in text
    assert "- `phone` — drop — never published" in text


def test_example_key_of_a_field_is_used_in_the_example_row(tmp_path: Path) -> None:
    text = page(make_project(tmp_path))
    assert "V0000,text,2024-06-01T10:00:00Z" in text


def test_table_cells_escape_pipes(tmp_path: Path) -> None:
    schema = json.loads(json.dumps(SCHEMA))
    schema["fields"][0]["constraints"]["pattern"] = "V[0-9]{4}|W[0-9]{4}"
    text = page(make_project(tmp_path, schema))
    row = next(line for line in text.splitlines() if line.startswith("| 1 |"))
    assert row.count(" | ") == 7 and "V[0-9]{4}\\|W[0-9]{4}" in row


@pytest.mark.parametrize(
    "schema_path", sorted((REPO / "schemas").glob("*.schema.json")), ids=lambda p: p.name
)
def test_example_row_of_every_repo_schema_is_valid(schema_path: Path, tmp_path: Path) -> None:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    data = tmp_path / "example.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([spec["name"] for spec in schema["fields"]])
        row = [example_value(spec) for spec in schema["fields"]]
        writer.writerow(
            [
                json.dumps(v) if isinstance(v, dict | list) else str(v).lower() if isinstance(v, bool) else v
                for v in row
            ]
        )
    with frictionless.system.use_context(trusted=True):
        report = frictionless.Resource(path=str(data), schema=str(schema_path)).validate()
    assert report.valid, [error.message for error in report.flatten(["message"])]


def test_string_from_pattern_matches_the_whole_pattern() -> None:
    for pattern in ("[0-9]{5}", "[A-Z]{2}-[0-9]+", "(fi|sv|en)", r"\d{4}-\d{2}", "[a-z_]+@example\\.org"):
        value = string_from_pattern(pattern)
        assert value is not None and __import__("re").fullmatch(pattern, value)


def test_editing_a_schema_without_regenerating_makes_the_docs_stale(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    write_docs(root, root / "docs" / "schemas")
    assert stale_pages(root, root / "docs" / "schemas") == []
    schema = json.loads(json.dumps(SCHEMA))
    schema["fields"][1]["description_fi"] = "Muutettu."
    make_project(root, schema)
    assert stale_pages(root, root / "docs" / "schemas") == [
        f"{root / 'docs' / 'schemas' / name}: out of date"
        for name in ("visits.md", "visits.html", "visits.schema.json")
    ]


def test_docs_command_writes_a_page_per_schema(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    assert main(["schema", "docs", "--project", str(root)]) == 0
    assert sorted(p.name for p in (root / "docs" / "schemas").iterdir()) == [
        "index.html", "visits.html", "visits.md", "visits.schema.json"
    ]


def test_each_schema_page_is_also_html_with_its_field_table_and_a_link_to_the_index(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    write_docs(root, root / "docs" / "schemas")
    page = (root / "docs" / "schemas" / "visits.html").read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert "<table>" in page and "<th>Anonymisation</th>" in page
    assert '<a href="index.html">' in page


def test_the_index_links_every_schema_page_and_its_table_schema(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    write_docs(root, root / "docs" / "schemas")
    index = (root / "docs" / "schemas" / "index.html").read_text()
    assert 'href="visits.html"' in index and 'href="visits.schema.json"' in index
    copied = json.loads((root / "docs" / "schemas" / "visits.schema.json").read_text())
    assert copied == json.loads((root / "schemas" / "visits.schema.json").read_text())


PLACEHOLDERS = {"text", "A", "a", "00000"}


@pytest.mark.parametrize("schema_path", sorted((REPO / "schemas").glob("*.json")), ids=lambda p: p.stem)
def test_repo_examples_look_like_real_data_not_placeholders(schema_path: Path) -> None:
    schema = json.loads(schema_path.read_text())
    placeholders = [
        spec["name"]
        for spec in schema["fields"]
        if spec.get("type", "string") == "string" and example_value(spec) in PLACEHOLDERS
    ]
    assert placeholders == []
