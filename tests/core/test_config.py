"""Configuration mistakes are reported with file, key and reason; defaults are the real endpoints."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from harvester.cli.main import main
from harvester.core.config import load_config
from harvester.core.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def project(tmp_path: Path) -> Path:
    """A copy of the repo's jobs and schemas, to break on purpose."""
    shutil.copytree(REPO / "jobs", tmp_path / "jobs")
    shutil.copytree(REPO / "schemas", tmp_path / "schemas")
    return tmp_path


def test_the_repository_config_and_every_job_load() -> None:
    config = load_config(REPO / "config.yaml")
    assert "feedback" in config.jobs()
    assert config.sources["feedback"].base_url == "https://asiointi.hel.fi/palautews/rest/v1"


def test_defaults_apply_when_the_config_file_is_empty(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "config.yaml", ""))
    assert config.state_url == f"sqlite:///{tmp_path}/state/harvester.db"
    assert config.target == "catalogue"
    assert config.catalogue_path == tmp_path / "catalogue"
    assert config.sources["kerrokantasi"].base_url == "https://api.hel.fi/kerrokantasi/v1"
    assert config.ckan.token_env == "CKAN_API_TOKEN"


def test_an_unknown_top_level_key_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "targett: ckan\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert error.value.file == str(path) and error.value.key == "targett"
    assert "unknown key" in error.value.reason


def test_an_unknown_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="target: must be one of catalogue, ckan"):
        load_config(write(tmp_path / "config.yaml", "target: ftp\n"))


def test_a_source_url_that_is_not_http_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"sources\.feedback\.base_url"):
        load_config(write(tmp_path / "config.yaml", "sources:\n  feedback:\n    base_url: asiointi.hel.fi\n"))


def test_the_tilavarauspalvelu_endpoint_keeps_its_final_slash_and_root_urls_lose_theirs(tmp_path: Path) -> None:
    """The GraphQL route is `graphql/`; without the slash Django redirects the POST into a GET (issue 18)."""
    text = (
        "sources:\n  tilavarauspalvelu:\n    base_url: https://tvp.example/graphql/\n"
        "    servicemap_url: https://api.hel.fi/servicemap/v2\n  kerrokantasi:\n    base_url: https://k.example/v1/\n"
    )
    config = load_config(write(tmp_path / "config.yaml", text))
    assert config.sources["tilavarauspalvelu"].base_url == "https://tvp.example/graphql/"
    assert config.sources["tilavarauspalvelu"].options["servicemap_url"] == "https://api.hel.fi/servicemap/v2"
    assert config.sources["kerrokantasi"].base_url == "https://k.example/v1"


def test_an_unknown_source_system_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"sources\.palaute: unknown system"):
        load_config(write(tmp_path / "config.yaml", "sources:\n  palaute:\n    base_url: https://x\n"))


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="line 2"):
        load_config(write(tmp_path / "config.yaml", "target: catalogue\n  state: x\n"))


def test_a_job_with_a_bad_cron_expression_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    job = root / "jobs" / "feedback.yaml"
    job.write_text(job.read_text().replace('schedule: "30 2 * * *"', 'schedule: "every night"'))
    config = load_config(write(root / "config.yaml", ""))
    with pytest.raises(ConfigError) as error:
        config.job("feedback")
    assert error.value.file == str(job) and error.value.key == "schedule"


def test_a_job_whose_schema_file_is_missing_names_it(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "schemas" / "feedback.schema.json").unlink()
    config = load_config(write(root / "config.yaml", ""))
    with pytest.raises(ConfigError, match="feedback.schema.json not found"):
        config.jobs()


def test_a_job_without_a_finnish_title_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    job = root / "jobs" / "feedback.yaml"
    job.write_text(job.read_text().replace("    fi: Helsingin kaupungin palautteet\n", ""))
    config = load_config(write(root / "config.yaml", ""))
    with pytest.raises(ConfigError, match=r"dataset\.title"):
        config.job("feedback")


def test_an_unknown_job_lists_the_known_ones(tmp_path: Path) -> None:
    config = load_config(write(project(tmp_path) / "config.yaml", ""))
    with pytest.raises(ConfigError, match="known jobs: .*feedback"):
        config.job("palaute")


def test_the_cli_reports_a_config_error_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "config.yaml", "target: ftp\n")
    assert main(["--config", str(path), "run", "feedback"]) == 2
    err = capsys.readouterr().err
    assert f"{path}: target: must be one of" in err
    assert "Traceback" not in err
