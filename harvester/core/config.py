"""Load and check config.yaml and jobs/<job>.yaml; every mistake names the file, the key and the reason.

The files' shapes are pydantic models (strict: `retries: "many"` is not read as a number, `true` is not 1),
with unknown keys refused at every level and the closest known key suggested (`ckan.tokne_env`: did you
mean 'token_env'?). The scheduler, notification and metrics sections are checked here too, at load time,
so that a mistake in them stops `harvester run` as early as one anywhere else.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from harvester.core.errors import ConfigError, without_credentials
from harvester.sources.base import SourceSettings
from harvester.sources.http import DEFAULT_MAX_BYTES

log = logging.getLogger(__name__)

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

ON_INVALID = ("quarantine", "fail")
TARGETS = ("catalogue", "ckan")
CKAN_PROFILES = ("hri", "ckan")
JOB_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
EVENTS = ("failure", "empty", "recovery")
SECURITY = ("starttls", "ssl", "none")


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. a container's cpuset), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# -- the models of the files ---------------------------------------------------------------------


def _http_url(value: str) -> str:
    """An http(s) URL with a host; credentials in it are not echoed back in the error."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http(s) URL with a host, got {without_credentials(value)!r}")
    return value


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


Seconds = Annotated[float, Field(gt=0)]
PositiveInt = Annotated[int, Field(ge=1)]


class SourceSection(_Section):
    """sources.<system>: where the API is and how to talk to it (harvester/sources/http.py)."""

    base_url: str | None = None
    timeout: Seconds = 30.0
    retries: Annotated[int, Field(ge=0, le=20)] = 6
    backoff: Annotated[float, Field(ge=0, le=300)] = 0.5
    deadline: Seconds | None = None
    max_response_bytes: Annotated[int, Field(ge=1024)] = DEFAULT_MAX_BYTES
    allowed_redirect_hosts: list[str] = []
    token_env: str | None = None

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else _http_url(value)


class HriSourceSection(SourceSection):
    """sources.hri: the open-API metric reads the catalogue we publish to (defaults from `ckan`)."""

    organization: str | None = None
    project_dir: str | None = None


class TilavarauspalveluSourceSection(SourceSection):
    """sources.tilavarauspalvelu: units' coordinates come from the service map by TPREK id when named."""

    servicemap_url: str | None = None

    @field_validator("servicemap_url")
    @classmethod
    def _servicemap(cls, value: str | None) -> str | None:
        return None if value is None else _http_url(value)


class SourcesSection(_Section):
    feedback: SourceSection | None = None
    kerrokantasi: SourceSection | None = None
    varaamo: SourceSection | None = None
    tilavarauspalvelu: TilavarauspalveluSourceSection | None = None
    omastadi: SourceSection | None = None
    hri: HriSourceSection | None = None
    kuntalaisaloite: SourceSection | None = None
    indicators: SourceSection | None = None


class CkanSection(_Section):
    url: str = "https://hri.fi/data"
    organization: str = "helsinki"
    profile: str = "hri"
    token_env: str = "CKAN_API_TOKEN"
    timeout: Seconds = 60.0

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return _http_url(value).rstrip("/")

    @field_validator("profile")
    @classmethod
    def _profile(cls, value: str) -> str:
        if value not in CKAN_PROFILES:
            raise ValueError(f"must be one of {', '.join(CKAN_PROFILES)}, got {value!r}")
        return value


class PathSection(_Section):
    path: str


class SecretsSection(_Section):
    pseudonym_key_env: str = "HARVESTER_PSEUDONYM_KEY"
    # the Fernet key of quarantined records' personal fields at rest (validation/quarantine_at_rest.py)
    quarantine_key_env: str = "HARVESTER_QUARANTINE_KEY"


class LocksSection(_Section):
    lease_seconds: Seconds = 300.0


class PipelineSection(_Section):
    workers: int | str = "auto"
    # off a terminal, a progress line of a long run every this many seconds (core/progress.py)
    progress_seconds: Seconds = 30.0
    # a quarantined record is forgotten this many days after it was first set aside (validation/quarantine_at_rest.py)
    quarantine_retention_days: Annotated[float, Field(gt=0)] = 30.0

    @field_validator("workers", mode="before")
    @classmethod
    def _workers(cls, value: Any) -> Any:
        if value != "auto" and (type(value) is not int or value < 1):
            raise ValueError(f"must be a whole number of at least 1 or 'auto', got {value!r}")
        return value


class DocsSection(_Section):
    base_url: str | None = None

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else _http_url(value).rstrip("/")


class JobTimingSection(_Section):
    """How APScheduler treats one job (scheduler.jobs.<job>)."""

    misfire_grace_time: PositiveInt | None = None
    coalesce: bool | None = None
    max_instances: PositiveInt | None = None


class SchedulerSection(JobTimingSection):
    timezone: str = "Europe/Helsinki"
    max_parallel_jobs: PositiveInt = 2
    jobs: dict[str, JobTimingSection] = {}

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value


class WebhookSection(_Section):
    url: str | None = None
    url_env: str | None = None
    timeout: Seconds = 10.0

    @model_validator(mode="after")
    def _one_url(self) -> WebhookSection:
        if self.url is None and self.url_env is None:
            raise ValueError("needs url or url_env")
        if self.url is not None:
            _http_url(self.url)
        return self


class EmailSection(_Section):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)

    host: str
    port: Annotated[int, Field(ge=1, le=65535)] | None = None
    security: str = "starttls"
    sender: str = Field(alias="from")
    to: str | list[str]
    username: str | None = None
    password_env: str | None = None
    timeout: Seconds = 10.0

    @model_validator(mode="before")
    @classmethod
    def _no_password(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and "password" in data:
            raise ConfigError(
                "",
                "notifications.email.password",
                "never put the password in the config; name an environment variable with password_env",
            )
        return data

    @field_validator("security")
    @classmethod
    def _security(cls, value: str) -> str:
        if value not in SECURITY:
            raise ValueError(f"must be one of {', '.join(SECURITY)}, got {value!r}")
        return value


class NotificationsSection(_Section):
    events: list[Literal["failure", "empty", "recovery"]] = list(EVENTS)
    webhook: WebhookSection | None = None
    email: EmailSection | None = None


class MetricsSection(_Section):
    port: Annotated[int, Field(ge=0, le=65535)] | None = None
    bind: str = "127.0.0.1"
    textfile: str | None = None


class ConfigFile(_Section):
    """config.yaml."""

    state: str = "sqlite:///state/harvester.db"
    target: str = "catalogue"
    catalogue: PathSection = PathSection(path="catalogue")
    reports: PathSection = PathSection(path="reports")
    jobs_dir: str = "jobs"
    sources: SourcesSection = SourcesSection()
    ckan: CkanSection = CkanSection()
    secrets: SecretsSection = SecretsSection()
    scheduler: SchedulerSection = SchedulerSection()
    notifications: NotificationsSection = NotificationsSection()
    metrics: MetricsSection = MetricsSection()
    locks: LocksSection = LocksSection()
    pipeline: PipelineSection = PipelineSection()
    docs: DocsSection = DocsSection()

    @model_validator(mode="before")
    @classmethod
    def _empty_sections(cls, data: Any) -> Any:
        """A section written with nothing under it (`docs:` and only comments) means its defaults."""
        if isinstance(data, Mapping):
            return {key: value for key, value in data.items() if value is not None}
        return data

    @field_validator("state")
    @classmethod
    def _state(cls, value: str) -> str:
        if not value.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("must be sqlite:///PATH or postgresql://... ")
        return value

    @field_validator("target")
    @classmethod
    def _target(cls, value: str) -> str:
        if value not in TARGETS:
            raise ValueError(f"must be one of {', '.join(TARGETS)}, got {value!r}")
        return value


class LocalisedText(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)

    fi: Annotated[str, Field(min_length=1)]


class DatasetSection(BaseModel):
    """dataset: CKAN metadata; only what every job needs is checked here, the target checks the rest."""

    model_config = ConfigDict(extra="allow", strict=True)

    title: LocalisedText
    description: LocalisedText


class SourceRef(_Section):
    system: str
    params: dict[str, Any] | None = None


class JobFile(_Section):
    """jobs/<job>.yaml."""

    name: str | None = None
    source: SourceRef
    schedule: str | None = None
    schema_: str = Field(alias="schema")
    on_invalid: str = "quarantine"
    max_removal_ratio: Annotated[float, Field(ge=0, le=1)] = 0.10
    policy: dict[str, Any]
    dataset: DatasetSection
    aggregate: Any = None
    expect_data: bool = True
    description: str | None = None
    k_anonymity: Any = None

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None and len(value.split()) != 5:
            raise ValueError(f"must be a 5-field cron expression like '0 3 * * *', got {value!r}")
        return value

    @field_validator("on_invalid")
    @classmethod
    def _on_invalid(cls, value: str) -> str:
        if value not in ON_INVALID:
            raise ValueError(f"must be one of {', '.join(ON_INVALID)}, got {value!r}")
        return value


# -- validation errors in the project's words ----------------------------------------------------

_UNKNOWN_SYSTEM = f"unknown system (known: {', '.join(SYSTEMS)})"


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation holds (itself, or inside a union, list or dict), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _holds_mapping(annotation: Any) -> bool:
    """Whether an annotation is (or, in a union, may be) a dict whose keys are names the file chooses."""
    return typing.get_origin(annotation) is dict or any(_holds_mapping(a) for a in typing.get_args(annotation))


def _known_keys(model: type[BaseModel], path: tuple[str, ...]) -> list[str]:
    """The keys the mapping at `path` accepts (aliases as written in the file), [] when not a model's."""
    current: type[BaseModel] | None = model
    parts = list(path)
    while parts and current is not None:
        fields = {info.alias or name: info for name, info in current.model_fields.items()}
        info = fields.get(parts.pop(0))
        if info is None:
            return []
        if _holds_mapping(info.annotation) and parts:
            parts.pop(0)  # a key the file chose (scheduler.jobs.<job>)
        current = _model_in(info.annotation)
    if current is None:
        return []
    return sorted(info.alias or name for name, info in current.model_fields.items())


def _key_path(raw: Any, loc: tuple[Any, ...], last_is_key: bool) -> tuple[str, ...]:
    """The keys of the file along pydantic's location: the tags it adds for a member of a union ('int',
    "literal['auto']") are not keys of the file and are left out."""
    parts: list[str] = []
    current = raw
    for index, part in enumerate(loc):
        if isinstance(current, Mapping) and part in current or isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            parts.append(str(part))
            current = current[part]
        elif index == len(loc) - 1 and last_is_key:
            parts.append(str(part))
    return tuple(parts)


def _config_error(file: Path, model: type[BaseModel], raw: Any, exc: ValidationError) -> ConfigError:
    """The first problem pydantic found, as ConfigError(file, dotted.key, reason)."""
    error = exc.errors(include_url=False)[0]
    kind = error["type"]
    path = _key_path(raw, tuple(error["loc"]), last_is_key=kind in ("extra_forbidden", "missing"))
    key = ".".join(path) or "(top level)"
    if kind == "extra_forbidden":
        if path[:1] == ("sources",) and len(path) == 2:
            return ConfigError(str(file), key, _UNKNOWN_SYSTEM)
        known = _known_keys(model, path[:-1])
        close = difflib.get_close_matches(path[-1], known, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return ConfigError(str(file), key, f"unknown key; {hint}(known: {', '.join(known)})")
    if kind == "missing":
        return ConfigError(str(file), key, "is required")
    reason = str(error["msg"]).removeprefix("Value error, ")
    if kind != "value_error" and "input" in error:
        shown = without_credentials(repr(error["input"]))
        reason += f", got {shown[:80]}{'…' if len(shown) > 80 else ''}"
    return ConfigError(str(file), key, reason)


def _parse(model: type[BaseModel], file: Path, raw: Mapping[str, Any]) -> Any:
    try:
        return model.model_validate(raw)
    except ConfigError as exc:  # raised by a validator that knows its key
        raise ConfigError(str(file), exc.key, exc.reason) from None
    except ValidationError as exc:
        raise _config_error(file, model, raw, exc) from None


# -- what the rest of the harvester uses ---------------------------------------------------------


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
    model: ConfigFile = field(default_factory=ConfigFile, repr=False)
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
    """A YAML mapping; a missing file, a folder, unreadable bytes or text that is not UTF-8 is ConfigError."""
    try:
        data_bytes = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(path), "(file)", "file not found") from None
    except IsADirectoryError:
        raise ConfigError(str(path), "(file)", "is a folder, not a YAML file") from None
    except OSError as exc:
        raise ConfigError(str(path), "(file)", f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data_bytes[: exc.start].count(b"\n") + 1
        raise ConfigError(
            str(path), f"line {line}", f"not UTF-8 text (byte 0x{data_bytes[exc.start]:02x}); save it as UTF-8"
        ) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        raise ConfigError(str(path), where, f"not valid YAML: {getattr(exc, 'problem', exc)}") from None
    except RecursionError:
        raise ConfigError(str(path), "(file)", "nested too deeply to read") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(str(path), "(top level)", "must be a mapping of keys to values")
    return data


def _source_settings(system: str, section: SourceSection | None) -> SourceSettings:
    if section is None:
        return SourceSettings(system=system, base_url=DEFAULT_BASE_URLS[system])
    options: dict[str, Any] = {}
    if isinstance(section, HriSourceSection):
        options = {k: v for k in ("organization", "project_dir") if (v := getattr(section, k)) is not None}
    if isinstance(section, TilavarauspalveluSourceSection) and section.servicemap_url:
        options["servicemap_url"] = section.servicemap_url
    base_url = section.base_url or DEFAULT_BASE_URLS[system]
    return SourceSettings(
        system=system,
        base_url=base_url if system in ENDPOINT_URL_SYSTEMS else base_url.rstrip("/"),
        timeout=section.timeout,
        token=os.environ.get(section.token_env) if section.token_env else None,
        retries=section.retries,
        backoff=section.backoff,
        deadline=section.deadline,
        max_response_bytes=section.max_response_bytes,
        allowed_redirect_hosts=tuple(section.allowed_redirect_hosts),
        options=options,
    )


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read the global config; a missing default file means all defaults."""
    path = Path(path)
    raw = _read_yaml(path) if path.exists() or path.name != "config.yaml" else {}
    model: ConfigFile = _parse(ConfigFile, path, raw)
    root = path.resolve().parent

    state_url = model.state
    if state_url.startswith("sqlite:///") and not state_url.startswith("sqlite:////"):
        relative = state_url[len("sqlite:///") :]
        if relative != ":memory:":
            state_url = "sqlite:///" + str(root / relative)
    jobs_dir = root / model.jobs_dir

    sources = {system: _source_settings(system, getattr(model.sources, system)) for system in SYSTEMS}
    ckan = CkanSettings(**model.ckan.model_dump())
    # System "hri" (the open-API metric) reads the catalogue we publish to: ckan.url/timeout/token unless
    # sources.hri says otherwise, plus the organisation, the state store and the folder holding apis.yaml.
    hri = sources["hri"]
    if model.sources.hri is None:
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

    cores = available_cores()
    workers = model.pipeline.workers
    if workers == "auto":
        workers = min(4, cores)
    elif workers > cores:
        log.warning("%s: pipeline.workers %d is more than the %d cores here; using %d", path, workers, cores, cores)
        workers = cores
    return Config(
        path=path,
        root=root,
        state_url=state_url,
        target=model.target,
        catalogue_path=root / model.catalogue.path,
        reports_path=root / model.reports.path,
        jobs_dir=jobs_dir,
        sources=sources,
        ckan=ckan,
        pseudonym_key_env=model.secrets.pseudonym_key_env,
        lease_seconds=float(model.locks.lease_seconds),
        workers=workers,
        docs_base_url=model.docs.base_url,
        raw=raw,
        model=model,
    )


def _read_schema(file: Path, schema_path: Path) -> dict[str, Any]:
    try:
        text = schema_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(str(file), "schema", f"schema file {schema_path} not found") from None
    except IsADirectoryError:
        raise ConfigError(str(file), "schema", f"{schema_path} is a folder, not a Table Schema file") from None
    except UnicodeDecodeError:
        raise ConfigError(str(schema_path), "(file)", "not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(str(file), "schema", f"{schema_path} cannot be read: {exc.strerror or exc}") from None
    try:
        schema = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(str(schema_path), f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise ConfigError(str(schema_path), "(file)", "nested too deeply to read") from None
    if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list):
        raise ConfigError(str(schema_path), "fields", "a Table Schema needs a list of fields")
    if not schema.get("primaryKey"):
        raise ConfigError(str(schema_path), "primaryKey", "every published table needs a primary key")
    return schema


def required_fields(schema: Mapping[str, Any]) -> list[str]:
    """The schema fields every row must have: the primary key and fields marked `required`."""
    key = schema.get("primaryKey") or []
    names = [key] if isinstance(key, str) else list(key)
    for spec in schema.get("fields", []):
        if not isinstance(spec, Mapping) or spec.get("name") in names:
            continue
        if (spec.get("constraints") or {}).get("required") is True:
            names.append(spec.get("name"))
    return names


def _check_policy_publishes_required(file: Path, job: JobFile, schema: Mapping[str, Any]) -> None:
    """A policy that drops or leaves out a required field quarantined every record and reported success
    with an empty CSV: refuse the job instead. Aggregating jobs publish cells, not the policy's fields."""
    if job.aggregate is not None:
        return
    for name in required_fields(schema):
        spec = job.policy.get(name)
        action = next(iter(spec), None) if isinstance(spec, Mapping) else spec
        if spec is None or action == "drop":
            raise ConfigError(
                str(file),
                f"policy.{name}",
                f"the schema requires field {name!r} but the policy "
                + ("drops it" if spec is not None else "does not publish it")
                + f", so every record would be quarantined (e.g. `{name}: keep`)",
            )


def load_job(file: Path) -> JobConfig:
    """Read one job file; its schema path is relative to the project folder that holds jobs/ and schemas/."""
    name = file.stem
    if not JOB_NAME.fullmatch(name):
        raise ConfigError(
            str(file),
            "(file name)",
            f"a job name must match [a-z0-9][a-z0-9-]* (it names folders and files), got {name!r}",
        )
    raw = _read_yaml(file)
    job: JobFile = _parse(JobFile, file, raw)
    if job.name is not None and job.name != name:
        raise ConfigError(str(file), "name", f"must equal the file name {name!r}, got {job.name!r}")
    schema_path = (file.resolve().parent.parent / job.schema_).resolve()
    schema = _read_schema(file, schema_path)
    _check_policy_publishes_required(file, job, schema)
    return JobConfig(
        name=name,
        file=file,
        system=job.source.system,
        params=dict(job.source.params or {}),
        schedule=job.schedule,
        schema_path=schema_path,
        schema=schema,
        on_invalid=job.on_invalid,
        max_removal_ratio=float(job.max_removal_ratio),
        policy=dict(job.policy),
        dataset=dict(raw["dataset"]),
        expect_data=job.expect_data,
        raw=raw,
    )
