"""The one value-coercion helper: each served value becomes its column's type, or a reason a steward can act on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from harvester.core.errors import RecordError
from harvester.sources import values


def reason(call, *args, **kwargs) -> tuple[str, str, str]:  # noqa: ANN001
    with pytest.raises(RecordError) as caught:
        call(*args, **kwargs)
    return caught.value.record, caught.value.field, caught.value.reason


# -- text


def test_text_is_published_as_served_by_default() -> None:
    assert values.text("  Kauppatori 1 ") == "  Kauppatori 1 "


def test_text_is_stripped_when_asked() -> None:
    assert values.text("  Kauppatori 1 ", strip=True) == "Kauppatori 1"


def test_blank_text_is_missing_either_way() -> None:
    assert values.text(" \t") is None and values.text(" \t", strip=True) is None and values.text(None) is None


def test_a_number_served_where_text_is_expected_becomes_its_text() -> None:
    assert values.text(123) == "123"


def test_required_text_names_record_and_field_when_missing() -> None:
    assert reason(values.required_text, "h1", "hearing", "  ") == ("h1", "hearing", "missing or empty")


def test_free_text_refuses_a_value_that_is_not_a_string() -> None:
    assert reason(values.free_text, "c7", "content", 42) == ("c7", "content", "expected text, got 42")


def test_free_text_is_stripped_by_default() -> None:
    assert values.free_text("c7", "content", " Hyvä idea! ") == "Hyvä idea!"


# -- numbers


def test_number_reads_text_as_a_float() -> None:
    assert values.number("r1", "lat", " 60.17 ") == 60.17


def test_number_makes_an_integer_a_float_by_default() -> None:
    result = values.number("r1", "area", 12)
    assert result == 12.0 and isinstance(result, float)


def test_number_keeps_an_integer_when_asked() -> None:
    result = values.number("r1", "area", 12, keep_int=True)
    assert result == 12 and isinstance(result, int)


def test_number_refuses_a_boolean() -> None:
    assert reason(values.number, "r1", "area", True) == ("r1", "area", "True is not a number")


def test_number_refuses_text_that_is_no_number() -> None:
    assert reason(values.number, "r1", "lat", "north") == ("r1", "lat", "'north' is not a number")


def test_number_refuses_infinity() -> None:
    assert reason(values.number, "r1", "lat", "inf")[2] == "'inf' is not a finite number"


def test_blank_number_is_missing() -> None:
    assert values.number("r1", "lat", "  ") is None and values.number("r1", "lat", None) is None


def test_integer_reads_digits_with_a_minus() -> None:
    assert values.integer("p1", "id", " -12 ") == -12


def test_integer_refuses_decimal_text_by_default() -> None:
    assert reason(values.integer, "p1", "id", "12.0") == ("p1", "id", "'12.0' is not a whole number")


def test_integer_from_any_number_accepts_decimal_text_without_fraction() -> None:
    assert values.integer("r1", "people_capacity", "12.0", any_number=True) == 12


def test_integer_from_any_number_refuses_a_fraction() -> None:
    assert reason(values.integer, "r1", "people_capacity", 2.5, any_number=True)[2] == "2.5 is not a whole number"


def test_integer_accepts_a_whole_float_by_default() -> None:
    assert values.integer("p1", "voteCount", 12.0) == 12


def test_integer_refuses_a_whole_float_when_floats_are_drift() -> None:
    assert reason(values.integer, "c1", "n_votes", 12.0, whole_floats=False)[2] == "12.0 is not a whole number"


def test_integer_refuses_a_boolean() -> None:
    assert reason(values.integer, "c1", "n_votes", False)[2] == "False is not a whole number"


def test_required_integer_names_the_missing_field() -> None:
    assert reason(values.integer, "p1", "budget.id", None, required=True) == ("p1", "budget.id", "missing or empty")


def test_count_refuses_a_negative_number() -> None:
    assert reason(values.count, "a1", "participantCount", -1)[2] == (
        "-1 is not a count (a whole number of at least 0)"
    )


# -- booleans


def test_boolean_refuses_the_word_true_by_default() -> None:
    assert reason(values.boolean, "h1", "closed", "true") == ("h1", "closed", "'true' is not true or false")


def test_boolean_reads_the_words_when_asked() -> None:
    assert values.boolean("r1", "reservable", "TRUE", words=True) is True
    assert values.boolean("r1", "reservable", "false", words=True) is False


def test_missing_boolean_is_none() -> None:
    assert values.boolean("h1", "closed", None) is None


# -- dates and times


def test_moment_reads_an_offset_as_utc() -> None:
    assert values.moment("r1", "begin", "2024-05-31T12:00:00+03:00") == datetime(2024, 5, 31, 9, tzinfo=UTC)


def test_moment_reads_a_datetime_without_offset_as_helsinki_time() -> None:
    # 31 May is summer time in Helsinki: UTC+3
    assert values.moment("r1", "begin", "2024-05-31T12:00:00") == datetime(2024, 5, 31, 9, tzinfo=UTC)


def test_moment_refuses_a_datetime_without_offset_when_asked() -> None:
    assert reason(values.moment, "p1", "publishedAt", "2024-05-31T12:00:00", naive_is_helsinki=False) == (
        "p1",
        "publishedAt",
        "'2024-05-31T12:00:00' has no UTC offset",
    )


def test_moment_refuses_a_value_that_is_not_text_when_asked() -> None:
    assert reason(values.moment, "c1", "created_at", 20240531, text_only=True)[2] == (
        "20240531 is not an ISO 8601 datetime"
    )


def test_moment_refuses_text_that_is_no_datetime() -> None:
    assert reason(values.moment, "r1", "begin", "yesterday")[2] == "'yesterday' is not an ISO 8601 datetime"


def test_required_moment_names_the_missing_field() -> None:
    assert reason(values.moment, "r1", "requested_datetime", " ", required=True)[1:] == (
        "requested_datetime",
        "missing or empty",
    )


def test_moment_text_is_the_published_form() -> None:
    assert values.moment_text("p1", "publishedAt", "2024-05-31T12:00:00.123+03:00") == "2024-05-31T09:00:00Z"


@pytest.mark.parametrize(
    "when",
    [
        datetime(2016, 3, 22, 11, 27, 16, tzinfo=UTC),
        datetime(2016, 3, 27, 3, 30, tzinfo=timezone(timedelta(hours=3))),
        datetime(999, 12, 31, 23, 59, 59, tzinfo=UTC),
    ],
)
def test_utc_text_is_the_text_strftime_gives(when: datetime) -> None:
    assert values.utc_text(when) == when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_day_text_refuses_a_datetime() -> None:
    assert reason(values.day_text, "a1", "publishDate", "2024-05-31T12:00")[2] == (
        "'2024-05-31T12:00' is not a date (yyyy-MM-dd)"
    )
