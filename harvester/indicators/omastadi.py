"""OmaStadi (participatory budgeting) indicators: proposals, plans put to the vote, selected projects, votes
as the site shows them, and turnout, which the published data cannot give (see TURNOUT's notes)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from harvester.core.errors import ConfigError
from harvester.indicators.counting import yearly
from harvester.indicators.model import Context, Definition, Figure, helsinki_year, year_span

PROJECTS = "omastadi-projects"
PROPOSALS = "omastadi-proposals"
ROUND_YEAR = (
    "the year the project was created in the budgets component (Helsinki time), i.e. its round's vote"
)

PROPOSALS_MADE = Definition(
    "omastadi_proposals",
    "count",
    "OmaStadi-ehdotukset",
    "OmaStadi-förslag",
    "OmaStadi proposals",
    (PROPOSALS,),
    "Published proposals whose published_at falls in the year (Helsinki time).",
)
VOTED = Definition(
    "omastadi_projects_voted",
    "count",
    "Äänestykseen asetetut OmaStadi-suunnitelmat",
    "OmaStadi-planer som ställts till omröstning",
    "OmaStadi plans put to the vote",
    (PROJECTS,),
    f"Budget projects (the plans on the ballot) counted by {ROUND_YEAR}.",
)
SELECTED = Definition(
    "omastadi_projects_selected",
    "count",
    "Toteutettaviksi valitut OmaStadi-hankkeet",
    "OmaStadi-projekt som valts för genomförande",
    "OmaStadi projects selected",
    (PROJECTS,),
    f"Budget projects marked selected, counted by {ROUND_YEAR}.",
)
VOTES = Definition(
    "omastadi_votes",
    "count",
    "OmaStadi-äänet hankkeille",
    "OmaStadi-röster på projekt",
    "OmaStadi votes for projects",
    (PROJECTS,),
    f"Sum of confirmed_votes (checked-out votes that included the project) by {ROUND_YEAR}. Not a number of "
    "voters: each voter votes in two budgets and for several projects in each.",
)
TURNOUT = Definition(
    "omastadi_turnout_share",
    "share",
    "OmaStadi-äänestysaktiivisuus (12 vuotta täyttäneistä)",
    "Valdeltagande i OmaStadi (av invånare som fyllt 12 år)",
    "OmaStadi turnout (share of residents aged 12 and over)",
    (PROJECTS, "population_12_plus.csv"),
    "Voters divided by the population aged 12 and over, city-wide and per district (breakdown district=...).",
)
DEFINITIONS = (PROPOSALS_MADE, VOTED, SELECTED, VOTES, TURNOUT)
NO_VOTERS = (
    "Unknown: the OmaStadi data (Decidim's API and open-data export) gives votes per project, not the number of "
    "voters (nor their ages, for the turnout of 12–18-year-olds), so turnout cannot be computed from it."
)


def load_population(path: Path) -> dict[str, int | None]:
    """District (Finnish name as the site's areas are named) → residents aged 12+; None where the file
    has no figure. Lines starting with # are the file's provenance and are skipped."""
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    except OSError as exc:
        raise ConfigError(str(path), "population", f"cannot be read: {exc}") from None
    population: dict[str, int | None] = {}
    for number, row in enumerate(csv.DictReader(lines), start=2):
        district, value = (row.get("district") or "").strip(), (row.get("population_12_plus") or "").strip()
        if not district:
            raise ConfigError(str(path), f"line {number}", "a row without a district")
        if value and not value.isdigit():
            raise ConfigError(str(path), f"line {number}", f"population {value!r} is not a whole number")
        population[district] = int(value) if value else None
    return population


def turnout(context: Context, years: range) -> list[Figure]:
    figures = [Figure(TURNOUT, year, None, NO_VOTERS) for year in years]
    population_file = context.options.get("population")
    if not population_file:
        return figures
    path = Path(str(population_file))
    if not path.is_absolute():
        path = Path(str(context.options.get("project_dir") or ".")) / path
    for district, residents in sorted(load_population(path).items()):
        known = (
            f"population aged 12+ configured as {residents}"
            if residents
            else "no population figure configured"
        )
        for year in years:
            figures.append(
                Figure(
                    TURNOUT, year, None, f"{NO_VOTERS} District {district}: {known}.", f"district={district}"
                )
            )
    return figures


def compute(context: Context) -> list[Figure]:
    figures = yearly(context, PROPOSALS_MADE, PROPOSALS, "published_at")
    if not context.data.harvested(PROJECTS):
        return figures
    voted: Counter[int] = Counter()
    selected: Counter[int] = Counter()
    votes: Counter[int] = Counter()
    unknown_votes: Counter[int] = Counter()
    for row in context.data.rows(PROJECTS):
        year = helsinki_year(row.get("created_at"))
        if year is None:
            continue
        voted[year] += 1
        if row.get("selected") in (True, "true", "True"):
            selected[year] += 1
        if row.get("confirmed_votes") in (None, ""):
            unknown_votes[year] += 1
        else:
            votes[year] += int(row["confirmed_votes"])
    years = year_span(set(voted))
    for year in years:
        figures.append(Figure(VOTED, year, voted[year]))
        figures.append(Figure(SELECTED, year, selected[year]))
        if unknown_votes[year]:
            figures.append(
                Figure(
                    VOTES,
                    year,
                    None,
                    f"Unknown: the site does not show the votes of {unknown_votes[year]} projects.",
                )
            )
        else:
            figures.append(Figure(VOTES, year, votes[year], "Votes, not voters."))
    figures.extend(turnout(context, years))
    return figures
