"""Reading one served value as the type its column publishes: the one value-coercion helper of every source.

Each function takes the record's identity, the field's name and the value as served, and either returns the
value (None when it is missing) or raises `RecordError(record, field, reason)` whose reason a data steward
can act on ("'abc' is not a number"). Sources differ in a few rules (whether text is stripped, whether a
number served as an integer stays one, whether "true" is a boolean, whether a datetime without an offset is
Helsinki time); each such rule is a keyword here, named after what it does, so that every source keeps the
values it has always published.

Open311's normaliser calls these a dozen times a record, so the usual case (a `str`, tested with
`value.__class__ is str`, cheaper than isinstance) is checked first, and the module is compiled with Cython
(`harvester.speedups.compiled.COMPILED_MODULES`). The options of `text`, `number` and `moment` are not
keyword-only (callers still pass them by keyword): CPython fills a missing keyword-only argument from a dict
on every call, which made Open311's normaliser measurably slower (benchmarks/README.md).
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from harvester.core.errors import RecordError

HELSINKI = ZoneInfo("Europe/Helsinki")

_WHOLE_TEXT = re.compile(r"-?\d+")
_TWO_DIGITS = tuple(f"{number:02d}" for number in range(60))


# -- text ------------------------------------------------------------------------------------------------


def text(value: Any, strip: bool = False) -> str | None:
    """Any value as text; empty or blank text is missing (None).

    Args:
        value: the served value; anything but None is read with `str`.
        strip: publish the text without its surrounding white space (Decidim, Kerrokantasi); by default it
            is published as served (Open311, Respa, tilavarauspalvelu).
    """
    if value.__class__ is str:  # the usual case, checked first: str() of a str is itself
        if strip:
            return value.strip() or None
        return value if value.strip() else None
    if value is None:
        return None
    served = str(value)
    if strip:
        return served.strip() or None
    return served if served.strip() else None


def required_text(record: str, field: str, value: Any, *, strip: bool = False) -> str:
    """`text`, which must not be missing.

    Raises:
        RecordError: "missing or empty" when the value is None or blank.
    """
    result = text(value, strip=strip)
    if result is None:
        raise RecordError(record, field, "missing or empty")
    return result


def free_text(record: str, field: str, value: Any, *, strip: bool = True) -> str | None:
    """A text a person wrote: it must be served as a string (a number or object there is schema drift).

    Raises:
        RecordError: "expected text, got …" when the value is neither a string nor None.
    """
    if value is not None and value.__class__ is not str and not isinstance(value, str):
        raise RecordError(record, field, f"expected text, got {value!r}")
    return text(value, strip=strip)


# -- numbers ---------------------------------------------------------------------------------------------


def number(record: str, field: str, value: Any, keep_int: bool = False) -> float | int | None:
    """A number served as a JSON number or as text (" 60.17 "); blank is missing.

    Args:
        keep_int: a value served as an integer is published as that integer (Respa, tilavarauspalvelu:
            `people_capacity: 12` stays 12); by default every number is a float (Open311's coordinates).

    Raises:
        RecordError: "… is not a number" (a boolean, or text that is no number), "… is not a finite number"
            (nan, inf).
    """
    if value.__class__ is str:  # the usual case (Open311 serves coordinates as strings), stripped once
        served = value.strip()
        if not served:
            return None
    elif value is None or (isinstance(value, str) and not value.strip()):
        return None
    elif isinstance(value, bool):
        raise RecordError(record, field, f"{value!r} is not a number")
    elif keep_int and isinstance(value, int):
        return int(value)
    else:
        served = str(value).strip()
    try:
        result = float(served)
    except ValueError:
        raise RecordError(record, field, f"{value!r} is not a number") from None
    if not math.isfinite(result):
        raise RecordError(record, field, f"{value!r} is not a finite number")
    return result


def integer(
    record: str, field: str, value: Any, *, required: bool = False, any_number: bool = False,
    whole_floats: bool = True,
) -> int | None:
    """A whole number served as a JSON integer or as its digits ("-12", " 7 "); blank is missing.

    Args:
        required: a missing value is an error rather than None.
        any_number: read the value as any `number` first and require it to be whole, so "12.0" and 1e3 are
            accepted (Respa, tilavarauspalvelu); by default text must be digits with an optional minus.
        whole_floats: a JSON float with no fraction (12.0) is the integer 12 (Decidim); False refuses it
            (Kerrokantasi). Ignored with `any_number`.

    Raises:
        RecordError: "missing or empty" (required), "… is not a whole number", and with `any_number` the
            reasons of `number`.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RecordError(record, field, "missing or empty")
        return None
    if any_number:
        read = number(record, field, value, keep_int=True)
        if not float(read).is_integer():
            raise RecordError(record, field, f"{value!r} is not a whole number")
        return int(read)
    if isinstance(value, bool):
        raise RecordError(record, field, f"{value!r} is not a whole number")
    if isinstance(value, int):
        return int(value)
    if whole_floats and isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _WHOLE_TEXT.fullmatch(value.strip()):
        return int(value.strip())
    raise RecordError(record, field, f"{value!r} is not a whole number")


def count(record: str, field: str, value: Any) -> int:
    """A count: a JSON integer of at least 0, required (Kuntalaisaloite's participant counts).

    Raises:
        RecordError: "… is not a count (a whole number of at least 0)".
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RecordError(record, field, f"{value!r} is not a count (a whole number of at least 0)")
    return int(value)


# -- booleans --------------------------------------------------------------------------------------------


def boolean(record: str, field: str, value: Any, *, words: bool = False) -> bool | None:
    """A JSON boolean; None is missing.

    Args:
        words: the texts "true" and "false" (any case) are booleans too (Respa's older serializers).

    Raises:
        RecordError: "… is not true or false".
    """
    if value is None or isinstance(value, bool):
        return value
    if words and str(value).lower() in ("true", "false"):
        return str(value).lower() == "true"
    raise RecordError(record, field, f"{value!r} is not true or false")


# -- dates and times -------------------------------------------------------------------------------------


def parse_utc(served: str, *, naive_is_helsinki: bool = True) -> datetime:
    """An ISO 8601 datetime (offset or Z) as aware UTC; one without an offset is Helsinki time.

    Raises:
        ValueError: not ISO 8601, or (with `naive_is_helsinki=False`) without an offset.
    """
    moment = datetime.fromisoformat(served.strip())
    if moment.tzinfo is None:
        if not naive_is_helsinki:
            raise ValueError(f"{served!r} has no UTC offset")
        moment = moment.replace(tzinfo=HELSINKI)
    return moment.astimezone(UTC)


def moment(
    record: str, field: str, value: Any, required: bool = False, naive_is_helsinki: bool = True,
    text_only: bool = False,
) -> datetime | None:
    """A datetime served as ISO 8601 text, as aware UTC; blank is missing.

    Args:
        required: a missing value is an error rather than None.
        naive_is_helsinki: a datetime without an offset is Helsinki wall-clock time (Open311, Respa,
            Kerrokantasi); False refuses it (Decidim's GraphQL DateTime always carries one).
        text_only: a value that is not a string is refused (Kerrokantasi); by default it is read with `str`.

    Raises:
        RecordError: "missing or empty" (required), "… is not an ISO 8601 datetime", "… has no UTC offset".
    """
    if value.__class__ is str:  # the usual case: strip once, to see if it is empty and to parse it
        served = value.strip()
        missing = not served
    else:
        missing = value is None or (isinstance(value, str) and not value.strip())
        if not missing and text_only and not isinstance(value, str):
            raise RecordError(record, field, f"{value!r} is not an ISO 8601 datetime")
        served = "" if missing else str(value).strip()
    if missing:
        if required:
            raise RecordError(record, field, "missing or empty")
        return None
    try:
        result = datetime.fromisoformat(served)
    except ValueError:
        raise RecordError(record, field, f"{value!r} is not an ISO 8601 datetime") from None
    if result.tzinfo is None:
        if not naive_is_helsinki:
            raise RecordError(record, field, f"{value!r} has no UTC offset")
        result = result.replace(tzinfo=HELSINKI)
    return result.astimezone(UTC)


def moment_text(
    record: str, field: str, value: Any, *, required: bool = False, naive_is_helsinki: bool = True,
    text_only: bool = False,
) -> str | None:
    """`moment` in its published form (`utc_text`), e.g. 2024-05-31T09:00:00Z."""
    read = moment(
        record, field, value, required=required, naive_is_helsinki=naive_is_helsinki, text_only=text_only
    )
    return None if read is None else utc_text(read)


def utc_text(when: datetime) -> str:
    """The published form of a datetime: ISO 8601 in UTC to the second with Z, e.g. 2016-03-22T11:27:16Z.

    The same text as `when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")` (also the W3C form Open311 takes)
    at a fifth of its cost: the date part is cached, the time part looked up."""
    utc = when if when.tzinfo is UTC else when.astimezone(UTC)  # what astimezone does, without a call
    if utc.year < 1000:  # isoformat pads such years to four digits, strftime does not: keep strftime's text
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{_iso_date(utc.date())}T{_TWO_DIGITS[utc.hour]}:{_TWO_DIGITS[utc.minute]}:{_TWO_DIGITS[utc.second]}Z"


@lru_cache(maxsize=4096)
def _iso_date(day: date) -> str:
    return day.isoformat()


def day_text(record: str, field: str, value: Any, *, required: bool = False) -> str | None:
    """A calendar date served as yyyy-MM-dd, in that form; "" is missing.

    Raises:
        RecordError: "missing or empty" (required), "… is not a date (yyyy-MM-dd)".
    """
    if value in (None, ""):
        if required:
            raise RecordError(record, field, "missing or empty")
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise RecordError(record, field, f"{value!r} is not a date (yyyy-MM-dd)") from None
