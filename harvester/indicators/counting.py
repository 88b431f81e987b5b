"""The one shape most indicators share: rows of a dataset counted (or summed) by the Helsinki year of a column."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from harvester.indicators.model import Context, Definition, Figure, helsinki_year, year_span


def yearly(
    context: Context,
    definition: Definition,
    job: str,
    column: str,
    *,
    amount: Callable[[Mapping[str, Any]], float | None] = lambda row: 1,
    note: str = "",
    digits: int | None = None,
) -> list[Figure]:
    """One figure per year from the first to the last year `column` has a value in: the sum of `amount`
    over the rows of that year (a count by default). Nothing when the job has never published."""
    if not context.data.harvested(job):
        return []
    totals: Counter[int] = Counter()
    seen: set[int] = set()
    for row in context.data.rows(job):
        year = helsinki_year(row.get(column))
        if year is None:
            continue
        seen.add(year)
        value = amount(row)
        if value is not None:
            totals[year] += value
    figures = []
    for year in year_span(seen):
        value = totals[year]
        if digits is not None:
            value = round(value, digits)
        figures.append(Figure(definition, year, value, note))
    return figures
