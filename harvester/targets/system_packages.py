"""Related tables of one system as one data package with foreign keys: `<catalogue>/<system>.datapackage.json`.

Each job publishes its table as a package of its own (`<catalogue>/<job>/datapackage.json`); a user joining
comments to hearings wants them together, with the join stated. The system package lies at the catalogue's
top level, beside the job folders, and names each job's CSV by its relative path (`kerrokantasi-hearings/
kerrokantasi-hearings.csv`): no copy of the data, and a path Frictionless accepts as safe (a package inside a
folder of its own would need `../`, which Frictionless refuses). It is rewritten after every publish of one of
its tables, from the tables' own data packages, so it always matches them.

The foreign keys are the columns the schemas describe as identifiers of the other table (`hearing`: "see the
dataset kerrokantasi-hearings"). OmaStadi's projects and proposals share no key in their schemas (a budgeting
project does not name the proposals it came from), so that package has no foreign key.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ForeignKey:
    table: str
    fields: str
    reference_table: str
    reference_fields: str


@dataclass(frozen=True)
class SystemPackage:
    name: str
    title: dict[str, str]
    tables: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default=())


SYSTEM_PACKAGES: tuple[SystemPackage, ...] = (
    SystemPackage(
        "kerrokantasi",
        {
            "fi": "Kerrokantasi: kuulemiset, kommentit ja kyselyjen tulokset",
            "sv": "Dina synpunkter: höranden, kommentarer och enkätresultat",
            "en": "Kerrokantasi: hearings, comments and poll results",
        },
        ("kerrokantasi-hearings", "kerrokantasi-comments", "kerrokantasi-poll-results"),
        (
            ForeignKey("kerrokantasi-comments", "hearing", "kerrokantasi-hearings", "id"),
            ForeignKey("kerrokantasi-poll-results", "hearing", "kerrokantasi-hearings", "id"),
        ),
    ),
    SystemPackage(
        "varaamo",
        {
            "fi": "Varaamo: tilat ja varatut tunnit",
            "sv": "Varaamo: lokaler och bokade timmar",
            "en": "Varaamo: resources and reservation hours",
        },
        ("varaamo-resources", "varaamo-reservation-hours"),
        (ForeignKey("varaamo-reservation-hours", "resource_id", "varaamo-resources", "id"),),
    ),
    SystemPackage(
        "omastadi",
        {
            "fi": "OmaStadi: hankkeet ja ehdotukset",
            "sv": "OmaStadi: projekt och förslag",
            "en": "OmaStadi: projects and proposals",
        },
        ("omastadi-projects", "omastadi-proposals"),
    ),
)


def package_of(table: str) -> SystemPackage | None:
    return next((package for package in SYSTEM_PACKAGES if table in package.tables), None)


def package_path(root: Path, package: SystemPackage) -> Path:
    return root / f"{package.name}.datapackage.json"


def system_descriptor(root: Path, package: SystemPackage) -> dict[str, Any] | None:
    """The package of the system's tables published under `root` (None when none is); a foreign key is
    stated only when both of its tables are there."""
    members: dict[str, Mapping[str, Any]] = {}
    for table in package.tables:
        path = root / table / "datapackage.json"
        if path.exists():
            members[table] = json.loads(path.read_text(encoding="utf-8"))
    if not members:
        return None
    resources = []
    for table, member in members.items():
        resource = dict(member["resources"][0])
        resource["name"] = table
        resource["path"] = f"{table}/{resource['path']}"
        schema = dict(resource.get("schema") or {})
        keys = [
            {"fields": key.fields, "reference": {"resource": key.reference_table, "fields": key.reference_fields}}
            for key in package.foreign_keys
            if key.table == table and key.reference_table in members
        ]
        if keys:
            schema["foreignKeys"] = keys
        resource["schema"] = schema
        resources.append(resource)
    first = next(iter(members.values()))
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"hri-harvester:{package.name}")),
        "name": package.name,
        "title": package.title["fi"],
        "title_translated": package.title,
        # the newest of its tables' schema versions: a breaking change in one is one in the package
        "version": max((str(member.get("version", "1.0.0")) for member in members.values()), key=_semver),
        "created": min(str(member.get("created", "")) for member in members.values()),
        "licenses": first.get("licenses", []),
        "contributors": first.get("contributors", []),
        "sources": [source for member in members.values() for source in member.get("sources", [])],
        "keywords": sorted({word for member in members.values() for word in member.get("keywords", [])}),
        "resources": resources,
    }
    return descriptor


def _semver(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def write_system_package(root: Path, table: str, write: Callable[[Path, bytes], None]) -> list[str]:
    """Rewrite the package of `table`'s system when it changed; the actions taken."""
    package = package_of(table)
    if package is None:
        return []
    descriptor = system_descriptor(root, package)
    if descriptor is None:
        return []
    path = package_path(root, package)
    data = (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return []
    write(path, data)
    return [f"write {path}"]
