"""Feedback (Open311) indicators, from the `feedback` dataset: received, handling time, answered within the
service promise of five working days, and the published share; per year of sending, city-wide and per service.

The handling times are the dataset's own columns (`handling_days`: calendar days from sending to closing;
`handling_working_days`: Monday–Friday without Finnish public holidays, harvester/sources/open311.py), over
closed requests sent in the year.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable

from harvester.indicators.model import Context, Definition, Figure, helsinki_year, year_span

JOB = "feedback"
PROMISE_WORKING_DAYS = 5
LOWER_BOUND = (
    "Lower bound: the feedback API (Open311) serves only feedback the city has published, so feedback that was "
    "received but not published is not counted."
)

RECEIVED = Definition(
    "feedback_received",
    "count",
    "Vastaanotetut palautteet",
    "Mottagna responser",
    "Feedback received",
    (JOB,),
    "Feedback requests whose requested_datetime falls in the year (Helsinki time).",
)
PUBLISHED_SHARE = Definition(
    "feedback_published_share",
    "share",
    "Julkaistujen palautteiden osuus",
    "Andel publicerade responser",
    "Share of feedback published",
    (JOB,),
    "Published feedback divided by all feedback received in the year.",
)
MEDIAN = Definition(
    "feedback_median_handling_days",
    "days",
    "Palautteen käsittelyajan mediaani (vrk)",
    "Median handläggningstid för respons (dygn)",
    "Median handling time of feedback (days)",
    (JOB,),
    "Median of handling_days (calendar days from sending to closing) over closed requests sent in the year.",
)
MEAN = Definition(
    "feedback_mean_handling_days",
    "days",
    "Palautteen keskimääräinen käsittelyaika (vrk)",
    "Genomsnittlig handläggningstid för respons (dygn)",
    "Mean handling time of feedback (days)",
    (JOB,),
    "Mean of handling_days over closed requests sent in the year, rounded to two decimals.",
)
WITHIN_PROMISE = Definition(
    "feedback_within_5_working_days_share",
    "share",
    "Viidessä arkipäivässä vastattujen palautteiden osuus",
    "Andel respons besvarade inom fem arbetsdagar",
    "Share of feedback answered within five working days",
    (JOB,),
    "Closed requests sent in the year with handling_working_days at most 5 (Monday to Friday, Finnish public "
    "holidays excluded), divided by all closed requests sent in the year; rounded to four decimals.",
)
DEFINITIONS = (RECEIVED, PUBLISHED_SHARE, MEDIAN, MEAN, WITHIN_PROMISE)


def _figures(
    year: int, received: int, days: list[float], working: list[float], breakdown: str
) -> Iterable[Figure]:
    yield Figure(RECEIVED, year, received, LOWER_BOUND, breakdown)
    if days:
        yield Figure(MEDIAN, year, round(statistics.median(days), 2), "", breakdown)
        yield Figure(MEAN, year, round(statistics.fmean(days), 2), "", breakdown)
    else:
        none = "No request sent in the year has been closed yet."
        yield Figure(MEDIAN, year, None, none, breakdown)
        yield Figure(MEAN, year, None, none, breakdown)
    if working:
        share = sum(1 for w in working if w <= PROMISE_WORKING_DAYS) / len(working)
        yield Figure(WITHIN_PROMISE, year, round(share, 4), "", breakdown)
    else:
        yield Figure(
            WITHIN_PROMISE, year, None, "No request sent in the year has been closed yet.", breakdown
        )


def compute(context: Context) -> list[Figure]:
    if not context.data.harvested(JOB):
        return []
    received: dict[tuple[int, str], int] = defaultdict(int)
    days: dict[tuple[int, str], list[float]] = defaultdict(list)
    working: dict[tuple[int, str], list[float]] = defaultdict(list)
    services: set[str] = set()
    for row in context.data.rows(JOB):
        year = helsinki_year(row.get("requested_datetime"))
        if year is None:
            continue
        service = f"service_code={row.get('service_code') or ''}"
        services.add(service)
        for part in ("all", service):
            received[year, part] += 1
            if row.get("handling_days") not in (None, ""):
                days[year, part].append(float(row["handling_days"]))
            if row.get("handling_working_days") not in (None, ""):
                working[year, part].append(float(row["handling_working_days"]))
    figures: list[Figure] = []
    for year in year_span({year for year, _ in received}):
        figures.extend(_figures(year, received[year, "all"], days[year, "all"], working[year, "all"], "all"))
        figures.append(
            Figure(
                PUBLISHED_SHARE,
                year,
                None,
                "Unknown: the feedback API (Open311) serves only published feedback and says nothing of the "
                "feedback that was received but not published; a count of all feedback is needed.",
            )
        )
        for service in sorted(services):
            if received.get((year, service)):
                figures.extend(
                    _figures(
                        year, received[year, service], days[year, service], working[year, service], service
                    )
                )
    return figures
