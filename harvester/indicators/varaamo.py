"""Varaamo indicators: booked hours per year (confirmed reservations, from the published day cells) and
bookable resources at year end (from the resources dataset, which is a snapshot of now)."""

from __future__ import annotations

from collections import Counter

from harvester.indicators.model import HELSINKI, Context, Definition, Figure, helsinki_year, year_span

HOURS_JOB = "varaamo-reservation-hours"
RESOURCES_JOB = "varaamo-resources"

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
    "Resources in the resources dataset that are reservable online, counted when harvested.",
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
    if not context.data.harvested(RESOURCES_JOB):
        return []
    count = sum(
        1 for row in context.data.rows(RESOURCES_JOB) if row.get("reservable") in (True, "true", "True")
    )
    return [
        Figure(
            BOOKABLE,
            context.this_year,
            count,
            "Counted now, not at year end: the resources dataset is a snapshot of the present, so the year ends "
            "of earlier years cannot be recomputed from it.",
        )
    ]


def compute(context: Context) -> list[Figure]:
    return [*booked_hours(context), *bookable_resources(context)]
