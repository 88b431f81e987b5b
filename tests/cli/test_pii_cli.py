"""`harvester pii scan` and `harvester pii redact`, run as a data steward would."""

import io
import json
import subprocess
import sys
from pathlib import Path

from harvester.cli.main import main

HARVESTER = [sys.executable, "-m", "harvester"]


def run_scan(stdin: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["pii", "scan"])
    out, err = capsys.readouterr()
    return code, out, err


def test_scan_command_reads_stdin_and_writes_stdout_as_utf8():
    line = json.dumps({"id": "7", "text": "Hääpäivä: soita 040 123 4567", "lang": "fi"}, ensure_ascii=False)
    result = subprocess.run(
        [*HARVESTER, "pii", "scan"],
        input=(line + "\n").encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout.decode("utf-8")) == {
        "id": "7",
        "spans": [{"start": 16, "end": 28, "label": "PHONE"}],
        "redacted": "Hääpäivä: soita [PHONE]",
    }


def test_scan_without_lang_still_scans(monkeypatch, capsys):
    code, out, _ = run_scan(json.dumps({"id": 1, "text": "t. Liisa"}) + "\n", monkeypatch, capsys)
    assert code == 0
    assert json.loads(out) == {
        "id": 1,
        "spans": [{"start": 3, "end": 8, "label": "PERSON"}],
        "redacted": "t. [PERSON]",
    }


def test_scan_reports_malformed_line_by_number_and_continues(monkeypatch, capsys):
    lines = [
        json.dumps({"id": "a", "text": "ok"}),
        "{not json",
        json.dumps({"id": "c", "text": "x@example.com"}),
    ]
    code, out, err = run_scan("\n".join(lines) + "\n", monkeypatch, capsys)
    assert code == 1
    assert "line 2: not valid JSON" in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]


def test_scan_reports_line_without_text(monkeypatch, capsys):
    code, _, err = run_scan(json.dumps({"id": "a"}) + "\n", monkeypatch, capsys)
    assert code == 1
    assert 'line 1: "text" is missing' in err


def test_redact_writes_a_redacted_copy_beside_the_input(tmp_path: Path):
    source = tmp_path / "feedback.csv"
    source.write_text(
        "id,description,status\n1,Soita 040 123 4567,open\n2,Kuoppa kadulla,closed\n", encoding="utf-8"
    )
    assert main(["pii", "redact", str(source), "--columns", "description"]) == 0
    assert (tmp_path / "feedback.redacted.csv").read_text(encoding="utf-8").splitlines() == [
        "id,description,status",
        "1,Soita [PHONE],open",
        "2,Kuoppa kadulla,closed",
    ]


def test_redact_leaves_other_columns_as_they_are(tmp_path: Path):
    source = tmp_path / "in.csv"
    source.write_text("note;phone\nt. Liisa;040 123 4567\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    assert main(["pii", "redact", str(source), "--columns", "note", "--output", str(output)]) == 0
    assert output.read_text(encoding="utf-8").splitlines() == ["note;phone", "t. [PERSON];040 123 4567"]


def test_redact_names_a_missing_column(tmp_path: Path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,x\n", encoding="utf-8")
    assert main(["pii", "redact", str(source), "--columns", "description"]) == 2
    assert "no column named description; the header has: id, text" in capsys.readouterr().err
