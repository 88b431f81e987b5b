"""Configuration as typed models: every wrong value, unknown nested key or unreadable file is exit 2 with the
file, the key and the reason, never a traceback; and the checks the models make beyond types."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from harvester.cli.main import main
from harvester.core.config import available_cores, load_config
from harvester.core.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def config_error(tmp_path: Path, text: str | bytes) -> ConfigError:
    path = write(tmp_path / "config.yaml", text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert error.value.file == str(path)
    return error.value


def project(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "jobs", tmp_path / "jobs")
    shutil.copytree(REPO / "schemas", tmp_path / "schemas")
    write(tmp_path / "config.yaml", "")
    return tmp_path


@pytest.mark.parametrize(
    "text, key, suggestion",
    [
        ("ckan:\n  tokne_env: X\n", "ckan.tokne_env", "did you mean 'token_env'?"),
        ("sources:\n  feedback:\n    timout: 5\n", "sources.feedback.timout", "did you mean 'timeout'?"),
        ("scheduler:\n  jobs:\n    feedback:\n      coalese: true\n", "scheduler.jobs.feedback.coalese", "'coalesce'"),
        ("notifications:\n  webhok: {url: 'https://x.example'}\n", "notifications.webhok", "'webhook'"),
    ],
)
def test_unknown_nested_keys_are_named_with_a_suggestion(
    tmp_path: Path, text: str, key: str, suggestion: str
) -> None:
    error = config_error(tmp_path, text)
    assert error.key == key
    assert error.reason.startswith("unknown key") and suggestion in error.reason


@pytest.mark.parametrize(
    "text, key, words",
    [
        ('sources:\n  feedback:\n    retries: "many"\n', "sources.feedback.retries", "valid integer, got 'many'"),
        ("sources:\n  feedback:\n    timeout: -1\n", "sources.feedback.timeout", "greater than 0, got -1"),
        ("sources:\n  feedback:\n    backoff: -1\n", "sources.feedback.backoff", "greater than or equal to 0"),
        ('sources:\n  feedback:\n    base_url: "http://"\n', "sources.feedback.base_url", "with a host"),
        ("sources:\n  feedback:\n    retries: true\n", "sources.feedback.retries", "valid integer"),
        ("locks:\n  lease_seconds: 0\n", "locks.lease_seconds", "greater than 0"),
        ("pipeline:\n  workers: 0\n", "pipeline.workers", "at least 1 or 'auto', got 0"),
        ("pipeline:\n  workers: lots\n", "pipeline.workers", "'auto'"),
        ("metrics:\n  port: 70000\n", "metrics.port", "less than or equal to 65535"),
        ("scheduler:\n  timezone: Mars/Olympus\n", "scheduler.timezone", "unknown time zone"),
        ("notifications:\n  events: [failure, sometimes]\n", "notifications.events.1", "'failure'"),
        ("ckan:\n  profile: dkan\n", "ckan.profile", "must be one of hri, ckan"),
    ],
)
def test_a_wrong_value_names_its_key_and_reason(tmp_path: Path, text: str, key: str, words: str) -> None:
    error = config_error(tmp_path, text)
    assert error.key == key and words in error.reason


def test_a_wrong_value_is_exit_2_without_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "config.yaml", 'sources:\n  feedback:\n    retries: "many"\n')
    assert main(["--config", str(path), "run", "feedback"]) == 2
    err = capsys.readouterr().err
    assert f"{path}: sources.feedback.retries: " in err and "Traceback" not in err


def test_a_config_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    error = config_error(tmp_path, b"target: catalogue\nckan:\n  organization: Hels\xefnki\n")
    assert error.key == "line 3" and "not UTF-8" in error.reason


def test_a_config_that_is_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "config.yaml"
    folder.mkdir()
    assert main(["--config", str(folder), "status"]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_schema_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    job = root / "jobs" / "feedback.yaml"
    job.write_text(job.read_text().replace("schema: schemas/feedback.schema.json", "schema: schemas"))
    with pytest.raises(ConfigError, match="is a folder, not a Table Schema file") as error:
        load_config(root / "config.yaml").jobs()
    assert error.value.key == "schema"


def test_credentials_in_a_base_url_are_not_repeated_in_the_error(tmp_path: Path) -> None:
    error = config_error(tmp_path, 'sources:\n  feedback:\n    base_url: "ftp://user:hunter2@host/x"\n')
    assert "hunter2" not in str(error) and "***@host" in str(error)


def test_source_http_settings_reach_the_client(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path / "config.yaml",
            "sources:\n  feedback:\n    retries: 0\n    deadline: 90\n    max_response_bytes: 2048\n"
            "    allowed_redirect_hosts: [cdn.example]\n",
        )
    )
    http = config.sources["feedback"].http_client()
    assert (http.retries, http.deadline, http.max_bytes) == (0, 90, 2048)
    assert http.session.allowed_hosts == {"cdn.example"}


def test_pipeline_workers_are_bounded_by_the_cores(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "config.yaml", "pipeline:\n  workers: 512\n"))
    assert config.workers == available_cores()


def test_a_job_name_that_is_not_a_plain_name_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    shutil.copy(root / "jobs" / "feedback.yaml", root / "jobs" / "...yaml")
    with pytest.raises(ConfigError, match=r"a job name must match \[a-z0-9\]\[a-z0-9-\]\* .*, got '\.\.'"):
        load_config(root / "config.yaml").jobs()


def test_a_policy_that_leaves_out_a_required_field_is_refused_at_load(tmp_path: Path) -> None:
    root = project(tmp_path)
    job = root / "jobs" / "feedback.yaml"
    text = job.read_text()
    assert "  service_request_id: keep\n" in text
    job.write_text(text.replace("  service_request_id: keep\n", ""))
    with pytest.raises(ConfigError, match="requires field 'service_request_id' but the policy does not") as error:
        load_config(root / "config.yaml").jobs()
    assert error.value.key == "policy.service_request_id"


def test_a_policy_that_drops_a_required_field_is_refused_by_schema_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project(tmp_path)
    schema_file = root / "schemas" / "feedback.schema.json"
    schema = json.loads(schema_file.read_text())
    required = next(f for f in schema["fields"] if f["name"] == "service_code")
    required.setdefault("constraints", {})["required"] = True
    schema_file.write_text(json.dumps(schema))
    job = root / "jobs" / "feedback.yaml"
    job.write_text(job.read_text().replace("  service_code: keep\n", "  service_code: drop\n"))
    assert main(["schema", "check", "--project", str(root)]) == 1
    assert "requires field 'service_code' but job feedback's policy drops it" in capsys.readouterr().out


def test_scheduler_and_notification_mistakes_stop_the_config_at_load(tmp_path: Path) -> None:
    error = config_error(
        tmp_path, "notifications:\n  email: {host: h, from: a@b, to: c@d, password: x}\n"
    )
    assert error.key == "notifications.email.password" and "password_env" in error.reason
