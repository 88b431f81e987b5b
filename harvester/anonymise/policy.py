"""The field policy: deny by default, then keep / drop / scrub / pseudonym / generalise per source field.

A pure function of (row, policy, key): the same row always publishes the same values, so content hashes
stay stable between runs. A field the policy does not name is never published; it is reported instead,
so schema drift at a source can never leak a new personal field.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from harvester.anonymise.text import TextScrubber
from harvester.core.errors import PolicyError

ACTIONS = ("keep", "drop", "scrub", "pseudonym", "generalise")
METRES_PER_DEGREE = 111_320.0
HELSINKI_LATITUDE = 60.17
LATITUDE_NAMES = {"lat", "latitude"}
LONGITUDE_NAMES = {"long", "lon", "lng", "longitude"}

Transform = Callable[[Any], Any]


@dataclass(frozen=True)
class FieldRule:
    """What happens to one source field, in words for `harvester policy show`."""

    field: str
    action: str
    detail: str
    transform: Transform | None
    hold_uncertain: bool = False


def _grid(metres: float, axis: str) -> Transform:
    """Snap a coordinate to the centre of its grid cell of `metres` (longitude cells at Helsinki's latitude)."""
    if axis == "lat":
        step = metres / METRES_PER_DEGREE
    else:
        step = metres / (METRES_PER_DEGREE * math.cos(math.radians(HELSINKI_LATITUDE)))

    def snap(value: Any) -> Any:
        if value is None:
            return None
        return round((math.floor(float(value) / step) + 0.5) * step, 6)

    return snap


def _time(unit: str) -> Transform:
    """Truncate an ISO 8601 UTC datetime to the hour (stays a datetime) or the day (becomes a date)."""

    def truncate(value: Any) -> Any:
        if not isinstance(value, str) or len(value) < 10:
            return value
        if unit == "day":
            return value[:10]
        return value[:13] + ":00:00Z" if len(value) >= 13 else value

    return truncate


def _band(width: int) -> Transform:
    """Ages (or any count) to bands like '30-39'."""

    def band(value: Any) -> Any:
        if value is None:
            return None
        low = int(value) // width * width
        return f"{low}-{low + width - 1}"

    return band


class FieldPolicy:
    """One job's policy, compiled. `apply(row)` returns the publishable row and the fields it refused."""

    def __init__(
        self,
        job: str,
        spec: Mapping[str, Any],
        *,
        key: bytes | None,
        scrubber: TextScrubber | None = None,
    ) -> None:
        self.job = job
        self.rules: dict[str, FieldRule] = {}
        self._scrubber = scrubber or TextScrubber()
        self._key = key
        for field, action in spec.items():
            self.rules[field] = self._compile(field, action)
        self._published = [
            (name, rule.transform) for name, rule in self.rules.items() if rule.action != "drop"
        ]
        # For `apply`: the published names in order, the fields with a transform, all names the policy knows.
        self._published_names = tuple(name for name, _ in self._published)
        self._transformed = tuple(
            (name, transform) for name, transform in self._published if transform is not None
        )
        self._named = frozenset(self.rules)
        self.hold_fields = tuple(name for name, rule in self.rules.items() if rule.hold_uncertain)

    @property
    def scrubber(self) -> TextScrubber:
        """The scrubber of the `scrub` fields; it counts what it redacted (`take_redaction_counts`)."""
        return self._scrubber

    @property
    def published_fields(self) -> list[str]:
        return [name for name, _ in self._published]

    def _fail(self, field: str, reason: str) -> PolicyError:
        return PolicyError(f"job {self.job}: policy for field {field!r}: {reason}")

    def _compile(self, field: str, action: Any) -> FieldRule:
        if isinstance(action, str):
            name, options = action, {}
        elif isinstance(action, Mapping) and len(action) >= 1:
            name = next(iter(action))
            options = dict(action)
            value = options.pop(name)
            options["_value"] = value
        else:
            raise self._fail(
                field, f"must be one of {', '.join(ACTIONS)} or a mapping like {{generalise: hour}}"
            )
        if name not in ACTIONS:
            raise self._fail(field, f"unknown action {name!r} (known: {', '.join(ACTIONS)})")
        if name == "keep":
            return FieldRule(field, "keep", "published as is", None)
        if name == "drop":
            return FieldRule(field, "drop", "never published", None)
        if name == "scrub":
            return self._scrub_rule(field, options.get("_value"))
        if name == "pseudonym":
            if not self._key:
                raise self._fail(
                    field,
                    "a keyed pseudonym needs the secret key; set the environment variable that secrets.pseudonym_key_env names",
                )
            key = self._key
            prefix = field.encode() + b"\x1f"

            def pseudonym(value: Any) -> Any:
                if value is None or value == "":
                    return None
                digest = hmac.new(key, prefix + str(value).encode(), hashlib.sha256).hexdigest()
                return digest[:24]

            return FieldRule(field, "pseudonym", "replaced by a keyed HMAC-SHA-256 pseudonym", pseudonym)
        return self._generalisation(field, options.get("_value"), options)

    def _scrub_rule(self, field: str, options: Any) -> FieldRule:
        """`scrub`, or `{scrub: {hold_uncertain: true}}`: a record whose text the detectors are unsure
        about is held back for a steward's review instead of published (see `uncertain_fields`)."""
        if options is None:
            options = {}
        if not isinstance(options, Mapping) or set(options) - {"hold_uncertain"}:
            raise self._fail(field, "scrub takes one option, `hold_uncertain: true|false`")
        hold = options.get("hold_uncertain", False)
        if not isinstance(hold, bool):
            raise self._fail(field, f"scrub: hold_uncertain must be true or false, got {hold!r}")
        detail = "free text; personal data replaced by [LABEL]"
        if hold:
            detail += "; a record the detectors are unsure about is held for review"
        return FieldRule(field, "scrub", detail, self._scrubber.redact_value, hold_uncertain=hold)

    def _generalisation(self, field: str, kind: Any, options: Mapping[str, Any]) -> FieldRule:
        if kind == "grid":
            metres = options.get("metres")
            if not isinstance(metres, int | float) or metres <= 0:
                raise self._fail(field, "generalise: grid needs `metres`, a positive number")
            axis = options.get("axis") or (
                "lat" if field in LATITUDE_NAMES else "lon" if field in LONGITUDE_NAMES else None
            )
            if axis not in ("lat", "lon"):
                raise self._fail(field, "generalise: grid needs `axis: lat` or `axis: lon`")
            return FieldRule(
                field, "generalise", f"coordinate snapped to a {metres:g} m grid", _grid(float(metres), axis)
            )
        if kind in ("hour", "day"):
            return FieldRule(field, "generalise", f"time truncated to the {kind}", _time(kind))
        if kind == "band":
            width = options.get("width", 10)
            if not isinstance(width, int) or width <= 0:
                raise self._fail(field, "generalise: band needs `width`, a positive whole number")
            return FieldRule(field, "generalise", f"number put in bands of {width}", _band(width))
        raise self._fail(field, f"unknown generalisation {kind!r} (known: grid, hour, day, band)")

    def apply(self, row: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """The published row, and the names of fields the policy does not mention (dropped)."""
        # Every published value is read in one C-level pass, then the few transformed ones are replaced
        # in place (a dict keeps a key's position): the same row as one loop over every field, cheaper.
        names = self._published_names
        published: dict[str, Any] = dict(zip(names, map(row.get, names), strict=True))
        for name, transform in self._transformed:
            value = published[name]
            if value is not None:
                published[name] = transform(value)
        if row.keys() <= self._named:  # the usual case: every field is named
            return published, []
        return published, [name for name in row if name not in self.rules]

    def uncertain_fields(self, row: Mapping[str, Any]) -> list[tuple[str, str]]:
        """(field, reason) for each `hold_uncertain` field of the source row whose text holds something
        the detectors cannot tell from personal data; empty when the row may be published as scrubbed."""
        found: list[tuple[str, str]] = []
        for name in self.hold_fields:
            value = row.get(name)
            if isinstance(value, str) and value:
                found.extend((name, reason) for reason in self._scrubber.uncertain(value))
        return found
