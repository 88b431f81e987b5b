"""A Table Schema compiled into per-field checks, for validating rows before they are published.

Frictionless' own row-by-row validation runs at about 11,000 rows/s; the pipeline checks typed Python
values with precompiled checks instead (types, required, enum, pattern, length, range). What it accepts
is what `frictionless validate` accepts on the CSV the catalogue writes; tests keep the two in step.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from math import isfinite
from operator import call, itemgetter
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One problem with one field of one row, in words a steward can act on."""

    field: str
    value: Any
    reason: str
    kind: str


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


def _is_datetime(value: Any) -> bool:
    if not isinstance(value, str) or len(value) < 19 or value[10] != "T":
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


TYPE_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "string": (lambda v: isinstance(v, str), "text"),
    "integer": (_is_int, "a whole number"),
    "number": (_is_number, "a number"),
    "boolean": (lambda v: isinstance(v, bool), "true or false"),
    "datetime": (_is_datetime, "a date and time in ISO 8601 (2024-05-31T12:00:00Z)"),
    "date": (_is_date, "a date in ISO 8601 (2024-05-31)"),
    "year": (lambda v: _is_int(v) and 0 <= v <= 9999, "a year from 0 to 9999"),
    "any": (lambda v: True, "anything"),
}

#: Constraints on a value (as opposed to `required`); a text field with none of them is plain text.
CONSTRAINT_KEYS = frozenset({"enum", "pattern", "minLength", "maxLength", "minimum", "maximum"})
_TEXT_OR_NONE = frozenset({str, type(None)})

#: For the fast path: the exact classes of a valid, non-empty value of each type (subclasses, e.g. of
#: str, and the type "any" always take the full check).
USUAL_CLASSES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (float, int),
    "boolean": (bool,),
    "datetime": (str,),
    "date": (str,),
    "year": (int,),
}


class RowValidator:
    """Checks rows against one Table Schema; `errors(row)` lists every problem, never just the first."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self.field_names = [f["name"] for f in schema["fields"]]
        self._checks: list[Callable[[Mapping[str, Any]], FieldError | None]] = []
        self._quick_names: list[str] = []
        self._quick: list[Callable[[Any], bool]] = []
        self._plain_text: list[str] = []
        self._known = frozenset(self.field_names)
        primary = set(schema.get("primaryKey") or [])
        if isinstance(schema.get("primaryKey"), str):
            primary = {schema["primaryKey"]}
        for spec in schema["fields"]:
            self._compile(spec, spec["name"] in primary)
        self._plain_values = _values_getter(self._plain_text)
        self._quick_values = _values_getter(self._quick_names)

    def _compile(self, spec: Mapping[str, Any], in_primary_key: bool) -> None:
        name = spec["name"]
        ftype = spec.get("type", "string")
        if ftype not in TYPE_CHECKS:
            raise ValueError(f"field {name!r}: type {ftype!r} is not supported by the row validator")
        constraints = spec.get("constraints") or {}
        required = bool(constraints.get("required")) or in_primary_key
        type_ok, type_words = TYPE_CHECKS[ftype]
        checks: list[Callable[[Any], FieldError | None]] = []

        def add(test: Callable[[Any], bool], reason: str, kind: str) -> None:
            checks.append(lambda v: None if test(v) else FieldError(name, v, reason, kind))

        add(type_ok, f"must be {type_words}", "type-error")
        if "enum" in constraints:
            allowed = list(constraints["enum"])
            add(lambda v: v in allowed, f"must be one of {allowed}", "constraint-error")
        if "pattern" in constraints:
            pattern = re.compile(constraints["pattern"])
            add(
                lambda v: not isinstance(v, str) or pattern.fullmatch(v) is not None,
                f"must match the pattern {constraints['pattern']}",
                "constraint-error",
            )
        if "minLength" in constraints:
            min_length = constraints["minLength"]
            add(
                lambda v: not isinstance(v, str) or len(v) >= min_length,
                f"must be at least {min_length} characters",
                "constraint-error",
            )
        if "maxLength" in constraints:
            max_length = constraints["maxLength"]
            add(
                lambda v: not isinstance(v, str) or len(v) <= max_length,
                f"must be at most {max_length} characters",
                "constraint-error",
            )
        if "minimum" in constraints:
            minimum = constraints["minimum"]
            add(
                lambda v: not _is_number(v) or v >= minimum, f"must be at least {minimum}", "constraint-error"
            )
        if "maximum" in constraints:
            maximum = constraints["maximum"]
            add(lambda v: not _is_number(v) or v <= maximum, f"must be at most {maximum}", "constraint-error")

        def check(row: Mapping[str, Any]) -> FieldError | None:
            value = row.get(name)
            if value is None or value == "":
                return (
                    FieldError(name, value, "is required but empty", "constraint-error") if required else None
                )
            for single in checks:
                problem = single(value)
                if problem is not None:
                    return problem
            return None

        self._checks.append(check)
        if ftype == "string" and not required and not constraints.keys() & CONSTRAINT_KEYS:
            self._plain_text.append(name)
        else:
            self._quick_names.append(name)
            self._quick.append(_quick_check(ftype, type_ok, constraints, required))

    def errors(self, row: Mapping[str, Any]) -> list[FieldError]:
        """Every problem of the row, in schema order, then fields the schema lacks (sorted)."""
        if row.__class__ is dict and len(row) == len(self._known):
            # A plain dict with as many keys as the schema has fields: fetching the values with itemgetter
            # (no per-field lookups in Python) also proves the keys are the schema's, or raises KeyError
            # when one is missing, in which case the row has a field the schema lacks.
            try:
                plain, checked = self._plain_values(row), self._quick_values(row)
            except KeyError:
                return self._all_errors(row)
        elif row.keys() <= self._known:
            get = row.get
            plain, checked = tuple(map(get, self._plain_text)), tuple(map(get, self._quick_names))
        else:
            return self._all_errors(row)
        # Optional text without constraints (most fields) is valid when it is a str or None: one subset
        # test of the values' classes answers that for all of them at once. The other fields' yes/no checks
        # run from C (map with operator.call), in schema order, stopping at the first no.
        if _TEXT_OR_NONE.issuperset(map(type, plain)) and all(map(call, self._quick, checked)):
            return []
        return self._all_errors(row)

    def _all_errors(self, row: Mapping[str, Any]) -> list[FieldError]:
        problems = [problem for check in self._checks if (problem := check(row)) is not None]
        extra = set(row) - set(self.field_names)
        problems += [
            FieldError(name, row[name], "is not in the schema", "extra-label") for name in sorted(extra)
        ]
        return problems


def _values_getter(names: list[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """row -> the values of `names`, as a tuple, raising KeyError for a missing one (itemgetter alone gives
    a bare value for one name and cannot take none)."""
    if len(names) > 1:
        return itemgetter(*names)
    if names:
        name = names[0]
        return lambda row: (row[name],)
    return lambda row: ()


_ABSENT = object()


def _never(value: Any) -> bool:
    return False


def _quick_check(
    ftype: str, type_ok: Callable[[Any], bool], constraints: Mapping[str, Any], required: bool
) -> Callable[[Any], bool]:
    """A cheap yes/no for one field: True only where the full check finds nothing.

    Nearly every row is valid, so `errors` first runs these (one call per field, no FieldError built) and
    only a row that fails one of them takes the full, message-producing path. A value must have one of the
    type's usual exact classes (anything else, e.g. a str subclass, takes the full path); then the same
    tests as the full check run inline, each only on the values it applies to (text rules on str, bounds on
    numbers), in the same order, so a value the full check would raise on raises here too. There is one
    closure per family of types (text, numbers, true/false), so each tests only what its values can fail.
    """
    if ftype in ("string", "datetime", "date"):
        return _quick_text_check(ftype, type_ok, constraints, required)
    if ftype in ("integer", "year", "number"):
        return _quick_numeric_check(ftype, type_ok, constraints, required)
    if ftype == "boolean":
        return _quick_boolean_check(constraints, required)
    return _never


def _enum_of(constraints: Mapping[str, Any]) -> list[Any] | frozenset[str] | None:
    """The allowed values, as a set when they are all text (the same answers as the list for a str)."""
    if "enum" not in constraints:
        return None
    allowed = list(constraints["enum"])
    return frozenset(allowed) if all(item.__class__ is str for item in allowed) else allowed


def _quick_text_check(
    ftype: str, type_ok: Callable[[Any], bool], constraints: Mapping[str, Any], required: bool
) -> Callable[[Any], bool]:
    """The yes/no for a string, datetime or date field: its valid values are exactly of class str."""
    optional = not required
    own_test = type_ok if ftype != "string" else None  # a str is text; dates must also parse
    allowed = _enum_of(constraints)
    pattern = re.compile(constraints["pattern"]).fullmatch if "pattern" in constraints else None
    min_length = constraints.get("minLength", _ABSENT)
    max_length = constraints.get("maxLength", _ABSENT)

    def quick(value: Any) -> bool:
        if value.__class__ is not str:
            return optional and value is None
        if not value:
            return optional
        if own_test is not None and not own_test(value):
            return False
        if allowed is not None and value not in allowed:
            return False
        if pattern is not None and pattern(value) is None:
            return False
        if min_length is not _ABSENT and len(value) < min_length:
            return False
        return max_length is _ABSENT or len(value) <= max_length

    return quick


def _quick_numeric_check(
    ftype: str, type_ok: Callable[[Any], bool], constraints: Mapping[str, Any], required: bool
) -> Callable[[Any], bool]:
    """The yes/no for an integer, year or number field: its valid values are exactly of class int (or
    float, for a number)."""
    optional = not required
    usual = USUAL_CLASSES[ftype]
    own_test = type_ok if ftype == "year" else None  # the class settles integer and number
    finite = ftype == "number"
    allowed = list(constraints["enum"]) if "enum" in constraints else None
    minimum = constraints.get("minimum", _ABSENT)
    maximum = constraints.get("maximum", _ABSENT)
    bounded = minimum is not _ABSENT or maximum is not _ABSENT

    def quick(value: Any) -> bool:
        if value.__class__ not in usual:
            return optional and value is None
        if own_test is not None and not own_test(value):
            return False
        if finite and not isfinite(value):
            return False
        if allowed is not None and value not in allowed:
            return False
        # isfinite raises OverflowError for an integer too large for a float, as the full check does
        if bounded and (finite or isfinite(value)):
            if minimum is not _ABSENT and not value >= minimum:
                return False
            if maximum is not _ABSENT and not value <= maximum:
                return False
        return True

    return quick


def _quick_boolean_check(constraints: Mapping[str, Any], required: bool) -> Callable[[Any], bool]:
    """The yes/no for a boolean field: its valid values are exactly True and False."""
    optional = not required
    allowed = list(constraints["enum"]) if "enum" in constraints else None

    def quick(value: Any) -> bool:
        if value.__class__ is not bool:
            return optional and value is None
        return allowed is None or value in allowed

    return quick
