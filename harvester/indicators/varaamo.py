"""Varaamo indicators: booked hours per year (confirmed reservations, from the published day cells) and
bookable resources at year end (from the resources dataset, which is a snapshot of now)."""

from __future__ import annotations

from collections import Counter

from harvester.indicators.model import HELSINKI, Context, Definition, Figure, helsinki_year, year_span

HOURS_JOB = "varaamo-reservation-hours"
RESOURCES_JOB = "varaamo-resources"
INDICATORS_JOB = "participation-indicators"  # this dataset itself: year-end counts of earlier years

BOOKED_HOURS = Definition(
    "varaamo_booked_hours",
    "hours",
    "Varaamossa varatut tunnit",
    "Bokade timmar i Varaamo",
    "Hours booked in Varaamo",
    (HOURS_JOB,),
    "Sum of reserved_hours of the confirmed cells (resource × day) whose date falls in the year, up to today "
    "(bookings of days still ahead are not yet hours used); rounded to two decimals.",
)
BOOKABLE = Definition(
    "varaamo_bookable_resources",
    "count",
    "Varattavat tilat vuoden lopussa",
    "Bokningsbara lokaler vid årets slut",
    "Bookable resources at year end",
    (RESOURCES_JOB,),
    "Resources in the resources dataset that are reservable online, counted at the last run in the year.",
)
DEFINITIONS = (BOOKED_HOURS, BOOKABLE)


def booked_hours(context: Context) -> list[Figure]:
    if not context.data.harvested(HOURS_JOB):
        return []
    hours: Counter[int] = Counter()
    suppressed: Counter[int] = Counter()
    years: set[int] = set()
    today = context.now.astimezone(HELSINKI).date().isoformat()
    for row in context.data.rows(HOURS_JOB):
        year = helsinki_year(row.get("date"))
        if year is None or row.get("state") != "confirmed" or str(row.get("date")) > today:
            continue
        years.add(year)
        if row.get("reserved_hours") in (None, ""):
            suppressed[year] += 1
        else:
            hours[year] += float(row["reserved_hours"])
    figures = []
    for year in year_span(years):
        note = "Only the days the reservation dataset covers (its harvesting window) are counted."
        if suppressed[year]:
            note = (
                f"Lower bound: {suppressed[year]} day cells with fewer than 3 reservations are suppressed in the "
                "published data and not included. " + note
            )
        figures.append(Figure(BOOKED_HOURS, year, round(hours[year], 2), note))
    return figures


def bookable_resources(context: Context) -> list[Figure]:
    """This year's figure counted now; earlier years keep the figure this job published at its last run in
    that year (the resources dataset cannot be read back in time, so those figures are carried forward)."""
    if not context.data.harvested(RESOURCES_JOB):
        return []
    kept = [
        Figure(BOOKABLE, int(row["year"]), _number(row.get("value")), str(row.get("note") or ""))
        for row in context.data.rows(INDICATORS_JOB)
        if row.get("indicator") == BOOKABLE.id
        and row.get("breakdown") == "all"
        and int(row["year"]) < context.this_year
    ]
    count = sum(
        1 for row in context.data.rows(RESOURCES_JOB) if row.get("reservable") in (True, "true", "True")
    )
    today = context.now.astimezone(HELSINKI).date().isoformat()
    return [
        *kept,
        Figure(
            BOOKABLE,
            context.this_year,
            count,
            f"Counted on {today}, the latest harvest in the year: the resources dataset is a snapshot of the "
            "present, so a year's figure is the one counted at this job's last run in that year.",
        ),
    ]


def _number(value: object) -> float | int | None:
    if value in (None, ""):
        return None
    number = float(str(value))
    return int(number) if number.is_integer() else number


def compute(context: Context) -> list[Figure]:
    return [*booked_hours(context), *bookable_resources(context)]
