"""The Open311 normaliser's fast paths give exactly what their general twins give.

Each fast path is a second copy of a rule (for speed); these tests fail as soon as the two copies drift.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import pytest

from harvester.sources.open311 import (
    HELSINKI,
    _working_days_between_utc,
    _working_days_between_zoned,
)


def helsinki_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), HELSINKI).astimezone(UTC)


def awkward_pairs() -> list[tuple[datetime, datetime]]:
    """Spans that start or end on a Helsinki midnight (± 1 s), around DST changes, year ends and Easter."""
    days = [
        date(2016, 3, 24),  # Maundy Thursday
        date(2016, 3, 27),  # DST starts: a 23-hour day
        date(2016, 10, 30),  # DST ends: a 25-hour day
        date(2016, 12, 31),
        date(2020, 2, 29),
        date(2024, 12, 23),  # Christmas Eve and the days after
        date(1920, 6, 15),  # local mean time, +1:39:49
        date(2, 2, 1),
        date(9996, 12, 30),
    ]
    pairs = []
    for day in days:
        midnight = helsinki_midnight(day)
        for moment in (midnight - timedelta(seconds=1), midnight, midnight + timedelta(seconds=1)):
            for span in (timedelta(seconds=1), timedelta(hours=23), timedelta(days=1), timedelta(days=3)):
                pairs += [(moment, moment + span), (moment - span, moment)]
            pairs.append((moment, moment + timedelta(days=400)))
    return pairs


def random_pairs(count: int) -> list[tuple[datetime, datetime]]:
    """Spans from a second to two years over 2009–2027, some with microseconds."""
    rng = random.Random(20161030)
    origin = datetime(2009, 1, 1, tzinfo=UTC)
    pairs = []
    for _ in range(count):
        start = origin + timedelta(seconds=rng.randrange(18 * 365 * 86400))
        span = rng.choice(
            [rng.randrange(1, 86400), rng.randrange(1, 20 * 86400), rng.randrange(1, 800 * 86400)]
        )
        micro = timedelta(microseconds=rng.randrange(10**6)) if rng.random() < 0.2 else timedelta()
        pairs.append((start + micro, start + timedelta(seconds=span)))
    return pairs


@pytest.mark.parametrize("pair", awkward_pairs(), ids=str)
def test_working_days_from_the_utc_tables_match_the_zoned_calculation_on_awkward_days(
    pair: tuple[datetime, datetime],
) -> None:
    start, end = pair
    assert repr(_working_days_between_utc(start, end)) == repr(_working_days_between_zoned(start, end))


def test_working_days_from_the_utc_tables_match_the_zoned_calculation_on_random_spans() -> None:
    differing = [
        (start, end)
        for start, end in random_pairs(3000)
        if repr(_working_days_between_utc(start, end)) != repr(_working_days_between_zoned(start, end))
    ]
    assert differing == []
