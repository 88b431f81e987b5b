"""`harvester validate` and `harvester pii` on hostile input: a clear message, bounded memory (lines and fields
read within limits, set small here), a non-zero exit and no partial output file."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from harvester.cli.main import main
from harvester.validation.input_limits import bounded_lines

SCHEMA = {"fields": [{"name": "id", "type": "integer"}, {"name": "text", "type": "string"}], "primaryKey": ["id"]}


def schema(tmp_path: Path) -> Path:
    path = tmp_path / "s.schema.json"
    path.write_text(json.dumps(SCHEMA))
    return path


def test_bounded_lines_never_hold_more_than_the_limit_of_a_long_line() -> None:
    stream = io.BytesIO(b"short\n" + b"x" * 100_000 + b"\nafter\n")
    assert list(bounded_lines(stream, 1000)) == [(1, b"short\n"), (2, None), (3, b"after\n")]


def test_validate_refuses_a_one_line_file_over_the_line_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one-line.csv"
    path.write_bytes(b"id,text," + b"a" * 5000)
    assert main(["validate", str(path), "--schema", str(schema(tmp_path)), "--max-line-bytes", "1024"]) == 1
    err = capsys.readouterr().err
    assert f"{path}: line 1 is longer than 1,024 bytes" in err and "--max-line-bytes" in err


def test_validate_refuses_a_csv_with_too_many_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(300)) + "\n" + ",".join("1" * 300) + "\n")
    assert main(["validate", str(path), "--max-columns", "100"]) == 1
    assert "the header has 300 columns, more than 100 (raise the limit with --max-columns)" in capsys.readouterr().err


def test_validate_reports_a_bare_csv_with_invalid_utf8_as_not_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,text\n1,ok\n2,Hels\u00efnki\n".encode("latin-1"))
    assert main(["validate", str(path)]) == 1
    assert "line 3: not UTF-8 text (byte 0xef at column 7)" in capsys.readouterr().err


def test_validate_checks_the_csv_files_a_data_package_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data.csv").write_bytes(b"id,text\n1,\xff\n")
    package = tmp_path / "datapackage.json"
    package.write_text(json.dumps({"name": "p", "resources": [{"name": "data", "path": "data.csv", "schema": SCHEMA}]}))
    assert main(["validate", str(package)]) == 1
    assert "data.csv: line 2: not UTF-8" in capsys.readouterr().err


def run_scan(monkeypatch: pytest.MonkeyPatch, data: bytes, *args: str) -> int:
    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin())
    return main(["pii", "scan", *args])


def test_pii_scan_skips_a_line_over_the_limit_and_scans_the_rest(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    long_line = json.dumps({"id": "big", "text": "x" * 50_000}).encode()
    data = long_line + b"\n" + json.dumps({"id": "2", "text": "Soita 040 123 4567"}).encode() + b"\n"
    assert run_scan(monkeypatch, data, "--max-line-bytes", "4096") == 1
    out, err = capsys.readouterr()
    assert "line 1: longer than the limit (--max-line-bytes); not read; line skipped" in err
    assert json.loads(out)["redacted"] == "Soita [PHONE]"


def test_pii_scan_reports_invalid_utf8_and_writes_a_lone_surrogate_escaped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = b'{"id": "1", "text": "\xff"}\n{"id": "2", "text": "a \\ud800 b"}\n'
    assert run_scan(monkeypatch, data) == 1
    out, err = capsys.readouterr()
    assert "line 1: not UTF-8 (byte 0xff" in err
    assert json.loads(out)["redacted"] == "a \ud800 b"


def redact(tmp_path: Path, content: bytes, *args: str) -> tuple[int, Path]:
    source = tmp_path / "in.csv"
    source.write_bytes(content)
    output = tmp_path / "out.csv"
    return main(["pii", "redact", str(source), "--columns", "text", "--output", str(output), *args]), output


def leftovers(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name != "in.csv")


def test_pii_redact_refuses_invalid_utf8_and_leaves_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _output = redact(tmp_path, b"id,text\n1,Soita 040 123 4567\n2,\xe4iti\n")
    assert code == 1
    assert "line 3: not UTF-8 text (byte 0xe4 at column 3)" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_pii_redact_refuses_binary_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _output = redact(tmp_path, b"id,text\n1,\x00\x01\x02\x00\n")
    assert code == 1
    assert "line 2 holds NUL bytes; is this a text file?" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_pii_redact_refuses_a_field_over_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _output = redact(tmp_path, b'id,text\n1,"' + b"y" * 6000 + b'"\n', "--max-field-bytes", "4096")
    assert code == 1
    assert "a field is longer than 4,096 characters (raise the limit with --max-field-bytes)" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_pii_redact_refuses_a_missing_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,hei\n")
    missing = tmp_path / "nowhere" / "out.csv"
    assert main(["pii", "redact", str(source), "--columns", "text", "--output", str(missing)]) == 2
    assert f"the folder {missing.parent} does not exist" in capsys.readouterr().err


def test_pii_redact_keeps_the_previous_output_when_a_later_row_fails(tmp_path: Path) -> None:
    (tmp_path / "out.csv").write_text("earlier\n")
    code, output = redact(tmp_path, b"id,text\n1,ok\n2,\xff\n")
    assert code == 1 and output.read_text() == "earlier\n" and leftovers(tmp_path) == ["out.csv"]


def test_pii_redact_writes_the_copy_when_the_input_is_good(tmp_path: Path) -> None:
    code, output = redact(tmp_path, b"id,text\n1,Soita 040 123 4567\n")
    assert code == 0 and output.read_bytes() == b"id,text\r\n1,Soita [PHONE]\r\n"


def test_validate_reads_a_semicolon_csv_by_its_own_delimiter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A long row of a `;`-separated file is several fields within the limit, not one field over it."""
    path = tmp_path / "semicolons.csv"
    path.write_text("a;b;c\n" + "".join(f"{'x' * 3000};{'y' * 3000};{i}\n" for i in range(3)))
    assert main(["validate", str(path), "--max-field-bytes", "4096"]) == 0
    assert "valid" in capsys.readouterr().out.lower()
