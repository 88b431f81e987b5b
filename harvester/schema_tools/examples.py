"""A plausible example value for a schema field, for the docs' example row.

A field's own `example` key wins; otherwise the value is derived from the type and the constraints (the
first enum value, a string built from the pattern, a number inside the range), so it validates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

try:  # Python 3.11+ names the regex parser re._parser; it is the stdlib's own, and stable in practice.
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

TYPE_EXAMPLES: dict[str, Any] = {
    "string": "text",
    "integer": 1,
    "number": 1.5,
    "boolean": True,
    "date": "2024-05-31",
    "datetime": "2024-05-31T12:00:00Z",
    "time": "12:00:00",
    "year": 2024,
    "yearmonth": "2024-05",
    "duration": "P1D",
    "geopoint": "60.17,24.94",
    "object": {},
    "array": [],
    "list": "a,b",
    "any": "text",
}
FORMAT_EXAMPLES = {
    "email": "name@example.org",
    "uri": "https://example.org/",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
}
CATEGORY_CHARACTERS = {
    sre_constants.CATEGORY_DIGIT: "1",
    sre_constants.CATEGORY_WORD: "a",
    sre_constants.CATEGORY_SPACE: " ",
    sre_constants.CATEGORY_NOT_DIGIT: "a",
    sre_constants.CATEGORY_NOT_WORD: "-",
    sre_constants.CATEGORY_NOT_SPACE: "a",
}


def _class_character(items: list) -> str:
    """One character of a character class: a letter or digit when the class offers one."""
    candidates: list[str] = []
    for op, av in items:
        if op == sre_constants.LITERAL:
            candidates.append(chr(av))
        elif op == sre_constants.RANGE:
            low, high = av
            candidates.append(chr(low))
        elif op == sre_constants.CATEGORY:
            candidates.append(CATEGORY_CHARACTERS.get(av, "a"))
        elif op == sre_constants.NEGATE:
            return "a"
    preferred = [c for c in candidates if c.isalnum()]
    return (preferred or candidates or ["a"])[0]


def _generate(parsed: Any) -> str:
    out = []
    for op, av in parsed:
        if op == sre_constants.LITERAL:
            out.append(chr(av))
        elif op == sre_constants.NOT_LITERAL:
            out.append("a" if chr(av) != "a" else "b")
        elif op == sre_constants.ANY:
            out.append("a")
        elif op == sre_constants.IN:
            out.append(_class_character(av))
        elif op in (
            sre_constants.MAX_REPEAT,
            sre_constants.MIN_REPEAT,
            getattr(sre_constants, "POSSESSIVE_REPEAT", None),
        ):
            low, high, sub = av
            count = max(low, 1) if high != 0 else 0
            out.append(_generate(sub) * count)
        elif op == sre_constants.SUBPATTERN:
            out.append(_generate(av[-1]))
        elif op == sre_constants.BRANCH:
            out.append(_generate(av[1][0]))
        elif op == sre_constants.CATEGORY:
            out.append(CATEGORY_CHARACTERS.get(av, "a"))
    return "".join(out)


def string_from_pattern(pattern: str) -> str | None:
    """A short string the pattern matches in full, or None when this simple walk cannot build one."""
    try:
        candidate = _generate(sre_parse.parse(pattern))
        return candidate if re.fullmatch(pattern, candidate) else None
    except (re.error, TypeError, ValueError, OverflowError):
        return None


def _clip(value: float, constraints: Mapping[str, Any], step: float) -> float:
    low = constraints.get("minimum", constraints.get("exclusiveMinimum"))
    high = constraints.get("maximum", constraints.get("exclusiveMaximum"))
    if low is not None and high is not None:
        return (low + high) / 2
    if low is not None and value <= low:
        return low + (step if "exclusiveMinimum" in constraints else 0)
    if high is not None and value >= high:
        return high - (step if "exclusiveMaximum" in constraints else 0)
    return value


def example_value(spec: Mapping[str, Any]) -> Any:
    """A value that validates against the field `spec`, for showing what the column holds."""
    if "example" in spec:
        return spec["example"]
    constraints = spec.get("constraints") or {}
    if constraints.get("enum"):
        return constraints["enum"][0]
    ftype = spec.get("type", "string")
    if ftype == "integer":
        return int(_clip(1, constraints, 1))
    if ftype == "number":
        value = _clip(1.5, constraints, 0.5)
        return round(value, 4) if isinstance(value, float) else value
    if ftype == "string":
        if spec.get("format") in FORMAT_EXAMPLES:
            return FORMAT_EXAMPLES[spec["format"]]
        if "pattern" in constraints:
            built = string_from_pattern(constraints["pattern"])
            if built is not None:
                return built
        text = "text"
        min_length = constraints.get("minLength", 0)
        max_length = constraints.get("maxLength")
        if len(text) < min_length:
            text = (text * (min_length // len(text) + 1))[:min_length]
        if max_length is not None:
            text = text[:max_length]
        return text
    return TYPE_EXAMPLES.get(ftype, "text")
