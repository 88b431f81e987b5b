"""The city's own register of external APIs (apis.yaml): loaded and checked, every mistake named by
file, key and reason so that whoever edits the register can fix it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from harvester.core.errors import ConfigError
from harvester.open_api_metric.endpoints import normalise_endpoint

KINDS = (
    "REST",
    "GraphQL",
    "Open311",
    "WFS",
    "WMS",
    "WMTS",
    "OGC API",
    "OData",
    "SPARQL",
    "CKAN DataStore",
    "Other",
)
REQUIRED_KEYS = ("name", "owner", "endpoint", "kind", "opened")
OPTIONAL_KEYS = ("documentation", "closed")


@dataclass(frozen=True)
class RegisteredApi:
    """One entry of the register; `endpoint` is normalised, `url` is as written."""

    name: str
    owner: str
    endpoint: str
    url: str
    documentation: str | None
    kind: str
    opened: date
    closed: date | None


def _date(value: Any, file: str, key: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigError(file, key, f"must be a date written YYYY-MM-DD, got {value!r}")


def _text(entry: Mapping[str, Any], name: str, file: str, key: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(file, f"{key}.{name}", f"must be a non-empty text, got {value!r}")
    return value.strip()


def _entry(entry: Any, file: str, key: str) -> RegisteredApi:
    if not isinstance(entry, Mapping):
        raise ConfigError(file, key, "must be a mapping with name, owner, endpoint, kind and opened")
    known = REQUIRED_KEYS + OPTIONAL_KEYS
    for name in entry:
        if name not in known:
            raise ConfigError(file, f"{key}.{name}", f"unknown key (known: {', '.join(known)})")
    for name in REQUIRED_KEYS:
        if entry.get(name) in (None, ""):
            raise ConfigError(file, f"{key}.{name}", "is required")
    url = _text(entry, "endpoint", file, key)
    endpoint = normalise_endpoint(url)
    if endpoint is None:
        raise ConfigError(file, f"{key}.endpoint", f"must be an http(s) URL, got {url!r}")
    kind = _text(entry, "kind", file, key)
    if kind not in KINDS:
        raise ConfigError(file, f"{key}.kind", f"must be one of {', '.join(KINDS)}, got {kind!r}")
    opened = _date(entry["opened"], file, f"{key}.opened")
    closed = None
    if entry.get("closed") not in (None, ""):
        closed = _date(entry["closed"], file, f"{key}.closed")
        if closed < opened:
            raise ConfigError(file, f"{key}.closed", f"{closed} is before the opened date {opened}")
    documentation = entry.get("documentation")
    if documentation not in (None, "") and not isinstance(documentation, str):
        raise ConfigError(file, f"{key}.documentation", f"must be a URL, got {documentation!r}")
    return RegisteredApi(
        name=_text(entry, "name", file, key),
        owner=_text(entry, "owner", file, key),
        endpoint=endpoint,
        url=url,
        documentation=documentation or None,
        kind=kind,
        opened=opened,
        closed=closed,
    )


def load_register(path: str | os.PathLike[str]) -> list[RegisteredApi]:
    """Read and check the register; two entries for the same endpoint are an error, not a double count."""
    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(file, "(file)", "the API register file was not found") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        raise ConfigError(file, where, f"not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, Mapping) or not isinstance(data.get("apis"), list):
        raise ConfigError(file, "apis", "the register needs a top-level `apis:` list of entries")
    for name in data:
        if name != "apis":
            raise ConfigError(file, str(name), "unknown key (the register has only `apis:`)")
    register: list[RegisteredApi] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(data["apis"]):
        key = f"apis[{index}]"
        entry = _entry(raw, file, key)
        if entry.endpoint in seen:
            raise ConfigError(
                file,
                f"{key}.endpoint",
                f"{entry.url} is the same endpoint as apis[{seen[entry.endpoint]}]; list each API once",
            )
        seen[entry.endpoint] = index
        register.append(entry)
    return register
