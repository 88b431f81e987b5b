"""`harvester schema docs | diff | check`: tools for the stewards who write the Table Schemas."""

from __future__ import annotations

import argparse
from pathlib import Path

from harvester.schema_tools.diff import diff_schemas
from harvester.schema_tools.docs import DEFAULT_OUTPUT, write_docs
from harvester.schema_tools.project import load_schema


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="schema docs, change classification and lint for data stewards",
        description="Tools for the Frictionless Table Schemas in schemas/: documentation, safe changes, lint.",
    )
    verbs = parser.add_subparsers(title="schema commands", metavar="VERB")
    parser.set_defaults(handler=lambda args: parser.print_help() or 2)

    docs = verbs.add_parser(
        "docs",
        help="write a Markdown and an HTML page per schema, and an index (fields, types, en/fi, example, policy)",
        description=(
            "Write one Markdown and one HTML page per schemas/*.schema.json, an index.html and a copy of each "
            "Table Schema into the output folder: fields, "
            "types, constraints, descriptions in English and Finnish, primary key, an example row, and for "
            "each column the source field and the anonymisation the job's policy applies. Run it after "
            "every schema or policy change and commit the pages (a test fails when they are out of date)."
        ),
    )
    docs.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="folder for the pages (default: %(default)s)"
    )
    docs.add_argument(
        "--project", type=Path, default=Path("."), help="folder holding schemas/ and jobs/ (default: .)"
    )
    docs.set_defaults(handler=handle_docs)

    diff = verbs.add_parser(
        "diff",
        help="classify the changes between two versions of a schema (breaking or compatible)",
        description=(
            "Compare two versions of a Table Schema and list each change as breaking (field removed or "
            "renamed, type changed, new required field or constraint, enum narrowed, pattern added or changed, "
            "bound tightened, primary key changed) or compatible (field added, description changed, "
            "constraint relaxed). Exit code 1 when there is a breaking change and the major version was not "
            "raised, else 0. Compare with the committed version: "
            "`git show HEAD:schemas/x.schema.json > /tmp/old.json; harvester schema diff /tmp/old.json "
            "schemas/x.schema.json`."
        ),
    )
    diff.add_argument("old", type=Path, help="the earlier schema file")
    diff.add_argument("new", type=Path, help="the changed schema file")
    diff.add_argument(
        "--note", action="store_true", help="print the Markdown change note for the data's users"
    )
    diff.set_defaults(handler=handle_diff)

    check = verbs.add_parser(
        "check",
        help="lint every schema and the jobs that publish them",
        description=(
            "Check every schemas/*.schema.json and the jobs that publish them for the mistakes stewards make: "
            "a field without an English or Finnish description, a primary-key field not marked required, an "
            "enum with duplicates, a pattern that does not compile, a missing version, a field the job's "
            "policy publishes but the schema lacks (and the reverse). Exit code 1 when anything is found."
        ),
    )
    check.add_argument(
        "--project", type=Path, default=Path("."), help="folder holding schemas/ and jobs/ (default: .)"
    )
    check.set_defaults(handler=handle_check)


def handle_docs(args: argparse.Namespace) -> int:
    output = args.output if args.output.is_absolute() else args.project / args.output
    written = write_docs(args.project, output)
    print(f"wrote {len(written)} file(s) to {output} (index: {output / 'index.html'})")
    return 0


def handle_diff(args: argparse.Namespace) -> int:
    result = diff_schemas(load_schema(args.old), load_schema(args.new))
    print(result.summary())
    if args.note and result.changes:
        print()
        print(result.change_note())
    return 0 if result.allowed else 1


def handle_check(args: argparse.Namespace) -> int:
    from harvester.schema_tools.lint import lint_project  # loads frictionless: only for this verb

    problems = lint_project(args.project)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found")
        return 1
    print("all schemas pass")
    return 0
