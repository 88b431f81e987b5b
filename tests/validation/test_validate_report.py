"""`harvester validate`: every error Frictionless finds, readable in the terminal and in the HTML report."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import frictionless
import pytest

from harvester.cli.main import main
from harvester.validation.html import render_html
from harvester.validation.report import ReportError

ROWS = 10_000
SCHEMA = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True}},
        {"name": "code", "type": "string", "constraints": {"pattern": "[A-Z]{3}[0-9]+", "unique": True}},
        {"name": "status", "type": "string", "constraints": {"enum": ["open", "closed"]}},
        {"name": "amount", "type": "number", "constraints": {"minimum": 0, "maximum": 1000}},
        {"name": "note", "type": "string", "constraints": {"maxLength": 20}},
    ],
    "primaryKey": ["id"],
}
EIGHT_KINDS = {
    "incorrect-label",
    "type-error",
    "constraint-error",
    "primary-key",
    "unique-error",
    "missing-cell",
    "extra-cell",
    "blank-row",
}


def write_broken_csv(path: Path) -> None:
    """10,000 data rows with errors of eight kinds spread through the file (and one wrong header)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "code", "status", "amount", "remark"])  # incorrect-label: remark ≠ note
        for i in range(1, ROWS + 1):
            row: list[str] = [str(i), f"ABC{i}", "open" if i % 2 else "closed", str(i % 1000), "<b>fine</b>"]
            if i % 97 == 0:
                row[3] = "lots"  # type-error
            elif i % 89 == 0:
                row[2] = "pending"  # constraint-error (enum)
            elif i % 83 == 0:
                row[0] = str(i - 1)  # primary-key repeats the previous row
            elif i % 79 == 0:
                row[1] = "ABC1"  # unique-error
            elif i % 73 == 0:
                row = row[:4]  # missing-cell
            elif i % 71 == 0:
                row.append("surplus")  # extra-cell
            elif i % 67 == 0:
                row = ["", "", "", "", ""]  # blank-row (and an empty primary key)
            elif i % 61 == 0:
                row[3] = "-5"  # constraint-error (minimum)
            writer.writerow(row)


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("broken")
    data, schema = folder / "broken.csv", folder / "broken.schema.json"
    write_broken_csv(data)
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    return data, schema


@pytest.fixture(scope="module")
def frictionless_errors(broken: tuple[Path, Path]) -> list[frictionless.errors.Error]:
    """What Frictionless itself finds when not stopped early."""
    data, schema = broken
    with frictionless.system.use_context(trusted=True):
        report = frictionless.Resource(path=str(data), schema=str(schema)).validate(limit_errors=sys.maxsize)
    return list(report.tasks[0].errors)


def error_key(error: frictionless.errors.Error) -> tuple[str, int]:
    row = getattr(error, "row_number", None)
    return error.type, row if row is not None else error.row_numbers[0]


def parse_terminal(text: str) -> list[tuple[str, int, str | None]]:
    """(kind, row, field) of every error line of the readable report."""
    found, kind = [], None
    for line in text.splitlines():
        header = re.match(r"^(\S+) — .* \((\d+)\):$", line)
        if header:
            kind = header[1]
            continue
        item = re.match(r"^  row (\d+)(?:, field '([^']*)')?", line)
        if item:
            found.append((kind, int(item[1]), item[2]))
    return found


class ErrorRows(HTMLParser):
    """Reads back the error rows of an HTML report: kind and the text of each cell."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, list[str]]] = []
        self._cells: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "tr" and attributes.get("class") == "error":
            self.rows.append((attributes["data-type"] or "", []))
            self._cells = self.rows[-1][1]
        elif tag == "td" and self._cells is not None:
            self._cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr":
            self._cells = None

    def handle_data(self, data: str) -> None:
        if self._cells:
            self._cells[-1] += data


@pytest.fixture(scope="module")
def cli_run(broken: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    data, schema = broken
    html = tmp_path_factory.mktemp("html") / "report.html"
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["validate", str(data), "--schema", str(schema), "--html", str(html)])
    return code, out.getvalue(), html


@pytest.mark.slow
def test_the_file_has_errors_of_eight_kinds(frictionless_errors: list) -> None:
    assert {error.type for error in frictionless_errors} == EIGHT_KINDS
    assert len(frictionless_errors) > 1000, (
        "more errors than frictionless' default cap, to prove there is none"
    )


@pytest.mark.slow
def test_terminal_report_lists_every_error_frictionless_finds(
    cli_run: tuple[int, str, Path], frictionless_errors: list
) -> None:
    code, text, _ = cli_run
    assert code == 1
    reported = parse_terminal(text)
    assert Counter((kind, row) for kind, row, _ in reported) == Counter(map(error_key, frictionless_errors))
    cell_fields = {(*error_key(e), e.field_name) for e in frictionless_errors if getattr(e, "field_name", "")}
    assert cell_fields <= set(reported)


@pytest.mark.slow
def test_terminal_report_covers_the_frictionless_command(
    broken: tuple[Path, Path], cli_run: tuple[int, str, Path]
) -> None:
    data, schema = broken
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "frictionless"),
            "validate",
            data.name,
            "--schema",
            schema.name,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=data.parent,
    )
    theirs = json.loads(result.stdout)["tasks"][0]["errors"]
    ours = Counter((kind, row) for kind, row, _ in parse_terminal(cli_run[1]))
    needed = Counter((e["type"], e.get("rowNumber") or e["rowNumbers"][0]) for e in theirs)
    assert theirs and not needed - ours


@pytest.mark.slow
def test_html_report_shows_every_error_frictionless_finds(
    cli_run: tuple[int, str, Path], frictionless_errors: list
) -> None:
    parser = ErrorRows()
    parser.feed(cli_run[2].read_text(encoding="utf-8"))
    shown = Counter((kind, int(cells[0])) for kind, cells in parser.rows)
    assert shown == Counter(map(error_key, frictionless_errors))
    cell_fields = {(*error_key(e), e.field_name) for e in frictionless_errors if getattr(e, "field_name", "")}
    assert cell_fields <= {(kind, int(cells[0]), cells[1]) for kind, cells in parser.rows}


def test_json_output_is_frictionless_own_report(
    broken_small: tuple[Path, Path], capsys: pytest.CaptureFixture
) -> None:
    data, schema = broken_small
    assert main(["validate", str(data), "--schema", str(schema), "--json"]) == 1
    printed = json.loads(capsys.readouterr().out)
    with frictionless.system.use_context(trusted=True):
        expected = frictionless.Resource(path=str(data), schema=str(schema)).validate().to_dict()

    def strip(report: dict) -> list[tuple]:
        return [(e["type"], e.get("rowNumber"), e.get("fieldName")) for e in report["tasks"][0]["errors"]]

    assert strip(printed) == strip(expected)
    assert printed["valid"] is False


@pytest.fixture
def broken_small(tmp_path: Path) -> tuple[Path, Path]:
    data, schema = tmp_path / "small.csv", tmp_path / "small.schema.json"
    data.write_text("id,code,status,amount,note\n1,ABC1,open,5,ok\nx,abc,shut,-1,ok\n", encoding="utf-8")
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    return data, schema


def test_each_error_has_a_plain_language_reason(
    broken_small: tuple[Path, Path], capsys: pytest.CaptureFixture
) -> None:
    data, schema = broken_small
    main(["validate", str(data), "--schema", str(schema)])
    text = capsys.readouterr().out
    assert "row 3, field 'id': value 'x': is not a whole number" in text
    assert "row 3, field 'status': value 'shut': must be one of: open, closed" in text
    assert "row 3, field 'amount': value '-1': must be at least 0" in text
    assert "row 3, field 'code': value 'abc': must match the pattern [A-Z]{3}[0-9]+" in text


def test_valid_file_exits_zero_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    data, schema = tmp_path / "ok.csv", tmp_path / "ok.schema.json"
    data.write_text("id,code,status,amount,note\n1,ABC1,open,5,ok\n", encoding="utf-8")
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    assert main(["validate", str(data), "--schema", str(schema)]) == 0
    assert capsys.readouterr().out.startswith("valid: 1 resource(s), 1 row(s)")


def test_html_report_escapes_every_value() -> None:
    hostile = '<script>alert("x")</script>'
    error = ReportError("type-error", 2, "<b>field</b>", hostile, "is not <i>a number</i>")
    page = render_html("report <for> you", [error])
    assert "<script>" not in page and "<b>field" not in page and "<i>a number" not in page
    parser = ErrorRows()
    parser.feed(page)
    assert parser.rows == [("type-error", ["2", "<b>field</b>", hostile, "is not <i>a number</i>"])]


def test_html_report_is_self_contained() -> None:
    page = render_html("report", [ReportError("blank-row", 3, None, None, "the row is completely empty")])
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)
    assert "<link" not in page and "<script" not in page and "<style>" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package `chromium`)")
def test_html_report_opens_in_a_headless_browser_and_shows_every_error(
    cli_run: tuple[int, str, Path], frictionless_errors: list, tmp_path: Path
) -> None:
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            cli_run[2].resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    parser = ErrorRows()
    parser.feed(result.stdout)
    assert Counter((kind, int(cells[0])) for kind, cells in parser.rows) == Counter(
        map(error_key, frictionless_errors)
    )
