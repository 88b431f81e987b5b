"""Load and check config.yaml and jobs/<job>.yaml; every mistake names the file, the key and the reason."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from harvester.core.errors import ConfigError
from harvester.sources.base import SourceSettings

SYSTEMS = (
    "feedback",
    "kerrokantasi",
    "varaamo",
    "tilavarauspalvelu",
    "omastadi",
    "hri",
    "kuntalaisaloite",
    "indicators",
)

DEFAULT_BASE_URLS = {
    "feedback": "https://asiointi.hel.fi/palautews/rest/v1",
    "kerrokantasi": "https://api.hel.fi/kerrokantasi/v1",
    "varaamo": "https://api.hel.fi/respa/v1",
    "tilavarauspalvelu": "https://tilavarauspalvelu.api.hel.fi/graphql/",
    "omastadi": "https://omastadi.hel.fi",
    "hri": "https://hri.fi/data",
    "kuntalaisaloite": "https://www.kuntalaisaloite.fi",
    "indicators": "https://hri.fi/data",
}
#: Systems whose `base_url` is a whole endpoint, used exactly as written: tilavarauspalvelu routes
#: `graphql/` with the slash, and without it Django redirects a POST into a GET (issue 18).
ENDPOINT_URL_SYSTEMS = frozenset({"tilavarauspalvelu"})

TOP_LEVEL_KEYS = {
    "state",
    "target",
    "catalogue",
    "reports",
    "jobs_dir",
    "sources",
    "ckan",
    "secrets",
    "scheduler",
    "notifications",
    "metrics",
    "locks",
    "pipeline",
    "docs",
}
JOB_KEYS = {
    "name",
    "source",
    "schedule",
    "schema",
    "on_invalid",
    "max_removal_ratio",
    "policy",
    "dataset",
    "aggregate",
    "expect_data",
    "description",
    "k_anonymity",
}
ON_INVALID = ("quarantine", "fail")
TARGETS = ("catalogue", "ckan")
CKAN_PROFILES = ("hri", "ckan")


@dataclass
class CkanSettings:
    url: str = "https://hri.fi/data"
    organization: str = "helsinki"
    profile: str = "hri"
    token_env: str = "CKAN_API_TOKEN"
    timeout: float = 60.0

    def token(self) -> str | None:
        return os.environ.get(self.token_env) or None


@dataclass
class JobConfig:
    """One dataset job, from jobs/<name>.yaml."""

    name: str
    file: Path
    system: str
    params: dict[str, Any]
    schedule: str | None
    schema_path: Path
    schema: dict[str, Any]
    on_invalid: str
    max_removal_ratio: float
    policy: dict[str, Any]
    dataset: dict[str, Any]
    expect_data: bool
    raw: dict[str, Any] = field(repr=False)


@dataclass
class Config:
    """The global configuration; paths are resolved against the config file's folder."""

    path: Path
    root: Path
    state_url: str
    target: str
    catalogue_path: Path
    reports_path: Path
    jobs_dir: Path
    sources: dict[str, SourceSettings]
    ckan: CkanSettings
    pseudonym_key_env: str
    lease_seconds: float
    workers: int
    docs_base_url: str | None
    raw: dict[str, Any] = field(repr=False)
    _jobs: dict[str, JobConfig] | None = field(default=None, repr=False)

    def section(self, key: str) -> dict[str, Any]:
        """A raw top-level section (scheduler, notifications, metrics...) or {} when absent."""
        value = self.raw.get(key) or {}
        if not isinstance(value, Mapping):
            raise ConfigError(str(self.path), key, "must be a mapping")
        return dict(value)

    def pseudonym_key(self) -> bytes | None:
        value = os.environ.get(self.pseudonym_key_env)
        return value.encode() if value else None

    def jobs(self) -> dict[str, JobConfig]:
        """Every job in jobs_dir, loaded and checked once."""
        if self._jobs is None:
            if not self.jobs_dir.is_dir():
                raise ConfigError(str(self.path), "jobs_dir", f"folder {self.jobs_dir} does not exist")
            self._jobs = {}
            for file in sorted(self.jobs_dir.glob("*.yaml")):
                job = load_job(file)
                self._jobs[job.name] = job
        return self._jobs

    def job(self, name: str) -> JobConfig:
        jobs = self.jobs()
        if name not in jobs:
            known = ", ".join(sorted(jobs)) or "none"
            raise ConfigError(str(self.jobs_dir), name, f"no such job (known jobs: {known})")
        return jobs[name]


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(str(path), "(file)", "file not found") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        raise ConfigError(str(path), where, f"not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(str(path), "(top level)", "must be a mapping of keys to values")
    return data


def _expect(value: Any, kind: type | tuple[type, ...], file: Path, key: str, what: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float, (int, float)):
        raise ConfigError(str(file), key, f"must be {what}, got {value!r}")
    return value


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read the global config; a missing default file means all defaults."""
    path = Path(path)
    raw = _read_yaml(path) if path.exists() or path.name != "config.yaml" else {}
    root = path.resolve().parent
    for key in raw:
        if key not in TOP_LEVEL_KEYS:
            raise ConfigError(str(path), key, f"unknown key (known: {', '.join(sorted(TOP_LEVEL_KEYS))})")

    state_url = _expect(
        raw.get("state", "sqlite:///state/harvester.db"), str, path, "state", "a database URL"
    )
    if not state_url.startswith(("sqlite:///", "postgresql://", "postgres://")):
        raise ConfigError(str(path), "state", "must be sqlite:///PATH or postgresql://... ")
    if state_url.startswith("sqlite:///") and not state_url.startswith("sqlite:////"):
        relative = state_url[len("sqlite:///") :]
        if relative != ":memory:":
            state_url = "sqlite:///" + str(root / relative)

    target = raw.get("target", "catalogue")
    if target not in TARGETS:
        raise ConfigError(str(path), "target", f"must be one of {', '.join(TARGETS)}, got {target!r}")

    catalogue = _expect(raw.get("catalogue") or {}, dict, path, "catalogue", "a mapping")
    catalogue_path = root / _expect(catalogue.get("path", "catalogue"), str, path, "catalogue.path", "a path")
    reports = _expect(raw.get("reports") or {}, dict, path, "reports", "a mapping")
    reports_path = root / _expect(reports.get("path", "reports"), str, path, "reports.path", "a path")
    jobs_dir = root / _expect(raw.get("jobs_dir", "jobs"), str, path, "jobs_dir", "a path")

    sources_raw = _expect(raw.get("sources") or {}, dict, path, "sources", "a mapping of system names")
    sources: dict[str, SourceSettings] = {}
    for system in SYSTEMS:
        sources[system] = SourceSettings(system=system, base_url=DEFAULT_BASE_URLS[system])
    for system, settings in sources_raw.items():
        if system not in SYSTEMS:
            raise ConfigError(str(path), f"sources.{system}", f"unknown system (known: {', '.join(SYSTEMS)})")
        settings = _expect(settings or {}, dict, path, f"sources.{system}", "a mapping")
        base_url = _expect(
            settings.get("base_url", DEFAULT_BASE_URLS[system]),
            str,
            path,
            f"sources.{system}.base_url",
            "a URL",
        )
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(
                str(path), f"sources.{system}.base_url", f"must be an http(s) URL, got {base_url!r}"
            )
        timeout = _expect(
            settings.get("timeout", 30),
            (int, float),
            path,
            f"sources.{system}.timeout",
            "a number of seconds",
        )
        token_env = settings.get("token_env")
        token = os.environ.get(token_env) if token_env else None
        options = {k: v for k, v in settings.items() if k not in ("base_url", "timeout", "token_env")}
        sources[system] = SourceSettings(
            system=system,
            base_url=base_url if system in ENDPOINT_URL_SYSTEMS else base_url.rstrip("/"),
            timeout=float(timeout),
            token=token,
            options=options,
        )

    ckan_raw = _expect(raw.get("ckan") or {}, dict, path, "ckan", "a mapping")
    ckan = CkanSettings(
        url=_expect(ckan_raw.get("url", CkanSettings.url), str, path, "ckan.url", "a URL").rstrip("/"),
        organization=_expect(
            ckan_raw.get("organization", CkanSettings.organization), str, path, "ckan.organization", "a name"
        ),
        profile=ckan_raw.get("profile", CkanSettings.profile),
        token_env=_expect(
            ckan_raw.get("token_env", CkanSettings.token_env), str, path, "ckan.token_env", "a variable name"
        ),
        timeout=float(
            _expect(
                ckan_raw.get("timeout", CkanSettings.timeout), (int, float), path, "ckan.timeout", "seconds"
            )
        ),
    )
    if ckan.profile not in CKAN_PROFILES:
        raise ConfigError(str(path), "ckan.profile", f"must be one of {', '.join(CKAN_PROFILES)}")
    # System "hri" (the open-API metric) reads the catalogue we publish to: ckan.url/timeout/token unless
    # sources.hri says otherwise, plus the organisation, the state store and the folder holding apis.yaml.
    hri = sources["hri"]
    if "hri" not in sources_raw:
        hri.base_url, hri.timeout, hri.token = ckan.url, ckan.timeout, ckan.token()
    hri.options = {
        "organization": ckan.organization,
        "state_url": state_url,
        "project_dir": str(jobs_dir.parent),
        **hri.options,
    }

    # System "indicators" reads the project's own published datasets: the state store's rows, by job.
    sources["indicators"].options = {
        "state_url": state_url,
        "project_dir": str(jobs_dir.parent),
        **sources["indicators"].options,
    }

    secrets = _expect(raw.get("secrets") or {}, dict, path, "secrets", "a mapping")
    pseudonym_key_env = _expect(
        secrets.get("pseudonym_key_env", "HARVESTER_PSEUDONYM_KEY"),
        str,
        path,
        "secrets.pseudonym_key_env",
        "a name",
    )
    locks = _expect(raw.get("locks") or {}, dict, path, "locks", "a mapping")
    lease_seconds = _expect(
        locks.get("lease_seconds", 300), (int, float), path, "locks.lease_seconds", "seconds"
    )
    if lease_seconds <= 0:
        raise ConfigError(str(path), "locks.lease_seconds", "must be a positive number of seconds")
    pipeline = _expect(raw.get("pipeline") or {}, dict, path, "pipeline", "a mapping")
    workers = pipeline.get("workers", "auto")
    if workers == "auto":
        workers = min(4, os.cpu_count() or 1)
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ConfigError(
            str(path), "pipeline.workers", f"must be a whole number ≥ 1 or 'auto', got {workers!r}"
        )
    docs = _expect(raw.get("docs") or {}, dict, path, "docs", "a mapping")
    docs_base_url = docs.get("base_url")
    if docs_base_url is not None:
        _expect(docs_base_url, str, path, "docs.base_url", "a URL")
        if not docs_base_url.startswith(("http://", "https://")):
            raise ConfigError(str(path), "docs.base_url", f"must be an http(s) URL, got {docs_base_url!r}")
        docs_base_url = docs_base_url.rstrip("/")
    return Config(
        path=path,
        root=root,
        state_url=state_url,
        target=target,
        catalogue_path=catalogue_path,
        reports_path=reports_path,
        jobs_dir=jobs_dir,
        sources=sources,
        ckan=ckan,
        pseudonym_key_env=pseudonym_key_env,
        lease_seconds=float(lease_seconds),
        workers=workers,
        docs_base_url=docs_base_url,
        raw=raw,
    )


def load_job(file: Path) -> JobConfig:
    """Read one job file; its schema path is relative to the project folder that holds jobs/ and schemas/."""
    raw = _read_yaml(file)
    name = file.stem
    for key in raw:
        if key not in JOB_KEYS:
            raise ConfigError(str(file), key, f"unknown key (known: {', '.join(sorted(JOB_KEYS))})")
    if raw.get("name", name) != name:
        raise ConfigError(str(file), "name", f"must equal the file name {name!r}, got {raw.get('name')!r}")
    source = _expect(raw.get("source"), dict, file, "source", "a mapping with `system` and `params`")
    system = _expect(source.get("system"), str, file, "source.system", "a source system name")
    params = _expect(source.get("params") or {}, dict, file, "source.params", "a mapping")
    schedule = raw.get("schedule")
    if schedule is not None:
        _expect(schedule, str, file, "schedule", "a cron expression like '0 3 * * *'")
        if len(schedule.split()) != 5:
            raise ConfigError(str(file), "schedule", f"must be a 5-field cron expression, got {schedule!r}")
    schema_rel = _expect(raw.get("schema"), str, file, "schema", "the path of a Table Schema JSON file")
    schema_path = (file.resolve().parent.parent / schema_rel).resolve()
    try:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(str(file), "schema", f"schema file {schema_path} not found") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(str(schema_path), f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from None
    if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list):
        raise ConfigError(str(schema_path), "fields", "a Table Schema needs a list of fields")
    if not schema.get("primaryKey"):
        raise ConfigError(str(schema_path), "primaryKey", "every published table needs a primary key")
    on_invalid = raw.get("on_invalid", "quarantine")
    if on_invalid not in ON_INVALID:
        raise ConfigError(
            str(file), "on_invalid", f"must be one of {', '.join(ON_INVALID)}, got {on_invalid!r}"
        )
    ratio = _expect(raw.get("max_removal_ratio", 0.10), (int, float), file, "max_removal_ratio", "a fraction")
    if not 0 <= ratio <= 1:
        raise ConfigError(str(file), "max_removal_ratio", f"must be between 0 and 1, got {ratio}")
    policy = _expect(raw.get("policy"), dict, file, "policy", "a mapping of source fields to actions")
    dataset = _expect(raw.get("dataset"), dict, file, "dataset", "a mapping of dataset metadata")
    for key in ("title", "description"):
        value = dataset.get(key)
        if not isinstance(value, dict) or not value.get("fi"):
            raise ConfigError(
                str(file), f"dataset.{key}", "must be a mapping with at least a Finnish ('fi') text"
            )
    return JobConfig(
        name=name,
        file=file,
        system=system,
        params=params,
        schedule=schedule,
        schema_path=schema_path,
        schema=schema,
        on_invalid=on_invalid,
        max_removal_ratio=float(ratio),
        policy=policy,
        dataset=dataset,
        expect_data=bool(raw.get("expect_data", True)),
        raw=raw,
    )
