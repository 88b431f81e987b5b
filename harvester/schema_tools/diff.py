"""What changed between two versions of a Table Schema, and whether it breaks the data's users.

Breaking: a field removed or renamed, a type or format changed, a new required field or constraint, an
enum narrowed, a pattern added or changed, a bound tightened, the primary key changed. Compatible: a field
added (not required), a description or title changed, a constraint relaxed or removed. A breaking change
needs a higher major version (semver `MAJOR.MINOR.PATCH` in the schema's top-level `version`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from harvester.schema_tools.project import primary_key

BREAKING = "breaking"
COMPATIBLE = "compatible"
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength")
KNOWN_CONSTRAINTS = ("required", "unique", "enum", "pattern", *LOWER_BOUNDS, *UPPER_BOUNDS)
DOC_KEYS = ("description", "description_fi", "title", "example", "source")
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$")


@dataclass(frozen=True)
class Change:
    """One difference: breaking or compatible, the field it concerns (None for the table) and what."""

    kind: str
    field: str | None
    what: str

    def __str__(self) -> str:
        where = f"field {self.field!r}: " if self.field else ""
        return f"{self.kind}: {where}{self.what}"


@dataclass
class SchemaDiff:
    """All changes from `old` to `new`, with their versions."""

    old_version: str | None
    new_version: str | None
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.kind == BREAKING]

    @property
    def major_raised(self) -> bool:
        old, new = major(self.old_version), major(self.new_version)
        return old is not None and new is not None and new > old

    @property
    def allowed(self) -> bool:
        """True unless a breaking change comes without a higher major version."""
        return not self.breaking or self.major_raised

    def summary(self) -> str:
        head = f"schema version {self.old_version or '(none)'} → {self.new_version or '(none)'}"
        if not self.changes:
            return f"{head}: no changes"
        lines = [
            f"{head}: {len(self.breaking)} breaking, {len(self.changes) - len(self.breaking)} compatible"
        ]
        lines += [f"  {change}" for change in self.changes]
        if not self.allowed:
            lines.append(
                f"  REFUSED: breaking changes need a higher major version (now {self.new_version or '(none)'}, "
                f"was {self.old_version or '(none)'}); raise `version` to {next_major(self.old_version)} "
                "and describe the change for the dataset's users"
            )
        return "\n".join(lines)

    def change_note(self) -> str:
        """Markdown for the dataset's users: what changed in this schema version."""
        lines = [
            f"## Schema {self.new_version or '(unversioned)'} (was {self.old_version or '(unversioned)'})",
            "",
        ]
        for kind, title in ((BREAKING, "Breaking changes"), (COMPATIBLE, "Compatible changes")):
            items = [change for change in self.changes if change.kind == kind]
            if items:
                lines += [f"{title}:", ""]
                lines += [f"- {f'`{c.field}`: ' if c.field else ''}{c.what}" for c in items]
                lines.append("")
        return "\n".join(lines)


def major(version: str | None) -> int | None:
    match = _SEMVER.match(str(version or ""))
    return int(match[1]) if match else None


def next_major(version: str | None) -> str:
    current = major(version)
    return f"{(current or 0) + 1}.0.0"


def _constraint_changes(name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    changes: list[Change] = []

    def add(kind: str, what: str) -> None:
        changes.append(Change(kind, name, what))

    if bool(old.get("required")) != bool(new.get("required")):
        if new.get("required"):
            add(BREAKING, "now required (rows with an empty value become invalid)")
        else:
            add(COMPATIBLE, "no longer required (the value may now be empty)")
    if bool(old.get("unique")) != bool(new.get("unique")):
        if new.get("unique"):
            add(BREAKING, "now unique (rows repeating a value become invalid)")
        else:
            add(COMPATIBLE, "no longer unique")
    if old.get("enum") != new.get("enum"):
        if "enum" not in new:
            add(COMPATIBLE, "enum removed (any value allowed)")
        elif "enum" not in old:
            add(BREAKING, f"enum added: only {new['enum']} allowed")
        else:
            removed = [v for v in old["enum"] if v not in new["enum"]]
            added = [v for v in new["enum"] if v not in old["enum"]]
            if removed:
                add(BREAKING, f"enum narrowed: {removed} no longer allowed")
            if added:
                add(COMPATIBLE, f"enum widened: {added} now allowed")
    if old.get("pattern") != new.get("pattern"):
        if "pattern" not in new:
            add(COMPATIBLE, f"pattern {old['pattern']} removed")
        elif "pattern" not in old:
            add(BREAKING, f"pattern {new['pattern']} added")
        else:
            add(
                BREAKING, f"pattern changed from {old['pattern']} to {new['pattern']} (may reject old values)"
            )
    for key in LOWER_BOUNDS + UPPER_BOUNDS:
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        lower = key in LOWER_BOUNDS
        if after is None:
            add(COMPATIBLE, f"{key} {before} removed")
        elif before is None:
            add(BREAKING, f"{key} {after} added")
        elif (after > before) == lower:
            add(BREAKING, f"{key} tightened from {before} to {after}")
        else:
            add(COMPATIBLE, f"{key} relaxed from {before} to {after}")
    for key in sorted(set(old) | set(new)):
        if key not in KNOWN_CONSTRAINTS and old.get(key) != new.get(key):
            add(BREAKING, f"constraint {key} changed from {old.get(key)!r} to {new.get(key)!r}")
    return changes


def _field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    name = new["name"]
    changes: list[Change] = []
    if old.get("type", "string") != new.get("type", "string"):
        changes.append(
            Change(
                BREAKING,
                name,
                f"type changed from {old.get('type', 'string')} to {new.get('type', 'string')}",
            )
        )
    if old.get("format", "default") != new.get("format", "default"):
        changes.append(
            Change(
                BREAKING,
                name,
                f"format changed from {old.get('format', 'default')} to {new.get('format', 'default')}",
            )
        )
    changes += _constraint_changes(name, old.get("constraints") or {}, new.get("constraints") or {})
    for key in DOC_KEYS:
        if old.get(key) != new.get(key):
            changes.append(Change(COMPATIBLE, name, f"{key} changed"))
    return changes


def diff_schemas(old: Mapping[str, Any], new: Mapping[str, Any]) -> SchemaDiff:
    """Every change from `old` to `new`, classified."""
    result = SchemaDiff(old_version=old.get("version"), new_version=new.get("version"))
    old_fields = {spec["name"]: spec for spec in old.get("fields", [])}
    new_fields = {spec["name"]: spec for spec in new.get("fields", [])}
    removed = [name for name in old_fields if name not in new_fields]
    added = [name for name in new_fields if name not in old_fields]
    new_pk = primary_key(new)
    renamed: dict[str, str] = {}
    old_order = [spec["name"] for spec in old.get("fields", [])]
    new_order = [spec["name"] for spec in new.get("fields", [])]
    for name in removed:
        position = old_order.index(name)
        if position < len(new_order) and new_order[position] in added:
            candidate = new_order[position]
            if old_fields[name].get("type", "string") == new_fields[candidate].get("type", "string"):
                renamed[name] = candidate
    for name in removed:
        if name in renamed:
            result.changes.append(Change(BREAKING, name, f"renamed to {renamed[name]!r} (or removed)"))
        else:
            result.changes.append(Change(BREAKING, name, "removed"))
    for name in added:
        if name in renamed.values():
            continue
        spec = new_fields[name]
        if (spec.get("constraints") or {}).get("required") or name in new_pk:
            result.changes.append(Change(BREAKING, name, "added as a required field"))
        else:
            result.changes.append(Change(COMPATIBLE, name, "added"))
    for name in new_order:
        if name in old_fields:
            result.changes += _field_changes(old_fields[name], new_fields[name])
    if primary_key(old) != new_pk:
        result.changes.append(
            Change(BREAKING, None, f"primary key changed from {primary_key(old)} to {new_pk}")
        )
    kept_old = [name for name in old_order if name in new_fields]
    kept_new = [name for name in new_order if name in old_fields]
    if kept_old != kept_new:
        result.changes.append(
            Change(COMPATIBLE, None, "columns reordered (read columns by name, not position)")
        )
    if old.get("missingValues", [""]) != new.get("missingValues", [""]):
        result.changes.append(
            Change(
                BREAKING,
                None,
                f"missingValues changed from {old.get('missingValues')} to {new.get('missingValues')}",
            )
        )
    for key in ("title", "description", "description_fi"):
        if old.get(key) != new.get(key):
            result.changes.append(Change(COMPATIBLE, None, f"{key} changed"))
    return result
