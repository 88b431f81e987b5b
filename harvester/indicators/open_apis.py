"""External APIs opened per year, from the open-API metric's dataset (`open-api-metric`, harvester/open_api_metric/)."""

from __future__ import annotations

from harvester.indicators.model import Context, Definition, Figure

JOB = "open-api-metric"

OPENED = Definition(
    "open_apis_opened",
    "count",
    "Avatut ulkoiset rajapinnat",
    "Öppnade externa gränssnitt",
    "External APIs opened",
    (JOB,),
    "The open-API metric's `opened` for the year: distinct external API endpoints first opened in the year.",
)
DEFINITIONS = (OPENED,)


def compute(context: Context) -> list[Figure]:
    if not context.data.harvested(JOB):
        return []
    return [
        Figure(OPENED, int(row["year"]), int(row["opened"]))
        for row in sorted(context.data.rows(JOB), key=lambda row: int(row["year"]))
    ]
