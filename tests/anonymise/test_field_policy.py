"""The field policy publishes only what it names, and transforms each field as it says."""

from __future__ import annotations

import pytest

from harvester.anonymise.policy import FieldPolicy
from harvester.core.errors import PolicyError

KEY = b"secret-key"


def policy(spec: dict, key: bytes | None = KEY) -> FieldPolicy:
    return FieldPolicy("test-job", spec, key=key)


def test_a_field_the_policy_does_not_name_is_dropped_and_reported() -> None:
    published, unnamed = policy({"id": "keep"}).apply({"id": "1", "reporter_email": "a@b.fi"})
    assert published == {"id": "1"}
    assert unnamed == ["reporter_email"]


def test_a_dropped_field_is_not_published() -> None:
    published, unnamed = policy({"id": "keep", "media_url": "drop"}).apply(
        {"id": "1", "media_url": "http://x"}
    )
    assert published == {"id": "1"}
    assert unnamed == []


def test_published_fields_follow_the_policy_order_and_unnamed_ones_the_row_order() -> None:
    spec = {"b": "keep", "text": "scrub", "a": {"generalise": "day"}, "gone": "drop", "c": "keep"}
    row = {"z": 1, "c": 3, "a": "2026-11-28T04:00:00Z", "x": 2, "text": None, "b": 0, "gone": "y"}
    published, unnamed = policy(spec).apply(row)
    assert list(published.items()) == [("b", 0), ("text", None), ("a", "2026-11-28"), ("c", 3)]
    assert unnamed == ["z", "x"]


def test_a_named_field_missing_from_the_row_is_published_empty() -> None:
    assert policy({"id": "keep", "title": "keep"}).apply({"id": "1"})[0] == {"id": "1", "title": None}


def test_scrubbed_text_has_personal_data_replaced_by_labels() -> None:
    published, _ = policy({"text": "scrub"}).apply({"text": "Soita 040 123 4567 tai maili liisa@example.fi"})
    assert "040 123 4567" not in published["text"] and "liisa@example.fi" not in published["text"]
    assert "[PHONE]" in published["text"] and "[EMAIL]" in published["text"]


def test_a_pseudonym_is_stable_and_depends_on_the_key() -> None:
    first = policy({"user": "pseudonym"}).apply({"user": "u-42"})[0]["user"]
    again = policy({"user": "pseudonym"}).apply({"user": "u-42"})[0]["user"]
    other_key = FieldPolicy("test-job", {"user": "pseudonym"}, key=b"other").apply({"user": "u-42"})[0][
        "user"
    ]
    assert first == again != other_key
    assert "u-42" not in first and len(first) == 24


def test_a_pseudonym_without_a_key_is_refused_at_start() -> None:
    with pytest.raises(PolicyError, match="pseudonym_key_env"):
        policy({"user": "pseudonym"}, key=None)


def test_coordinates_are_snapped_to_the_centre_of_their_grid_cell() -> None:
    rule = policy(
        {"lat": {"generalise": "grid", "metres": 250}, "long": {"generalise": "grid", "metres": 250}}
    )
    near = rule.apply({"lat": 60.17001, "long": 24.94001})[0]
    close = rule.apply({"lat": 60.17002, "long": 24.94003})[0]
    assert near == close
    assert abs(near["lat"] - 60.17) < 250 / 111_320 and abs(near["long"] - 24.94) < 250 / 55_000


def test_a_time_is_truncated_to_the_hour_or_the_day() -> None:
    rule = policy({"a": {"generalise": "hour"}, "b": {"generalise": "day"}})
    row = rule.apply({"a": "2024-05-31T09:41:12Z", "b": "2024-05-31T09:41:12Z"})[0]
    assert row == {"a": "2024-05-31T09:00:00Z", "b": "2024-05-31"}


def test_an_age_is_put_in_a_band() -> None:
    assert policy({"age": {"generalise": "band", "width": 10}}).apply({"age": 37})[0] == {"age": "30-39"}


def test_an_unknown_action_names_job_field_and_the_known_actions() -> None:
    with pytest.raises(PolicyError, match="job test-job: policy for field 'x': unknown action 'publish'"):
        policy({"x": "publish"})


def test_a_grid_without_metres_is_refused() -> None:
    with pytest.raises(PolicyError, match="metres"):
        policy({"lat": {"generalise": "grid"}})
