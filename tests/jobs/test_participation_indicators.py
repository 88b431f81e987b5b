"""The participation indicators against planted truths: every job is harvested from its replica, then the
`participation-indicators` job and `harvester indicators --json/--html` must give, for every indicator and
year, the figure this test computes by hand from the replicas' own data (never through the harvester's code).
"""

from __future__ import annotations

import csv
import json
import os
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import frictionless
import holidays
import pytest
import yaml

from harvester.cli.main import main
from harvester.core.config import Config, load_config
from harvester.pipeline.run import RunOptions, run_job
from harvester.testing.replicas.base import ReplicaServer, Reply, Request
from harvester.testing.replicas.decidim import DecidimReplica
from harvester.testing.replicas.kerrokantasi import KerrokantasiReplica
from harvester.testing.replicas.kuntalaisaloite import KuntalaisaloiteReplica
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import generate_requests
from harvester.testing.replicas.respa import RespaReplica
from tests.conftest import write_config

REPO = Path(__file__).resolve().parents[2]
HELSINKI = ZoneInfo("Europe/Helsinki")
NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = NOW.astimezone(HELSINKI).date()
FEEDBACK_START = NOW - timedelta(days=2 * 365)
VARAAMO_START = TODAY - timedelta(days=400)
THIS_YEAR = TODAY.year
FINNISH_HOLIDAYS = holidays.Finland()
JOB = "participation-indicators"
#: The planted API register: (endpoint, opened, closed).
PLANTED_APIS = [
    ("https://api.example.fi/a", "2019-03-01", None),
    ("https://api.example.fi/b", "2019-11-30", None),
    ("https://api.example.fi/c", "2021-01-15", "2022-06-01"),
    ("https://api.example.fi/d", "2023-05-05", None),
]


class EmptyCatalogue(ReplicaServer):
    """A CKAN action API whose organisation has no dataset: the open-API metric then rests on the register."""

    base_path = "/data"

    def handle(self, request: Request) -> Reply:
        if request.path.endswith("/organization_show"):
            return Reply.json({"success": True, "result": {"id": "org-1", "name": "helsinki"}})
        if request.path.endswith("/package_search"):
            return Reply.json({"success": True, "result": {"count": 0, "results": []}})
        return Reply.json(
            {"success": False, "error": {"message": "not found", "__type": "Not Found Error"}}, 404
        )


@dataclass
class Harvest:
    config: Config
    feedback: Open311Replica
    kerrokantasi: KerrokantasiReplica
    respa: RespaReplica
    decidim: DecidimReplica
    initiatives: KuntalaisaloiteReplica


def project(folder: Path) -> Path:
    """A project whose jobs start where the replicas' generated data starts, with the planted API register."""
    root = folder / "project"
    (root / "jobs").mkdir(parents=True)
    for name in ("schemas", "docs", "data"):
        (root / name).symlink_to(REPO / name)
    for job in sorted((REPO / "jobs").glob("*.yaml")):
        text = job.read_text(encoding="utf-8")
        text = text.replace('start: "2010-01-01"', f'start: "{(FEEDBACK_START - timedelta(days=1)).date()}"')
        text = text.replace('history_start: "2016-01-01"', f'history_start: "{VARAAMO_START}"')
        (root / "jobs" / job.name).write_text(text, encoding="utf-8")
    register = [
        {
            "name": f"API {n}",
            "owner": "Helsingin kaupunki",
            "endpoint": endpoint,
            "kind": "REST",
            "opened": opened,
        }
        | ({"closed": closed} if closed else {})
        for n, (endpoint, opened, closed) in enumerate(PLANTED_APIS)
    ]
    (root / "apis.yaml").write_text(yaml.safe_dump({"apis": register}), encoding="utf-8")
    return root / "jobs"


@pytest.fixture(scope="module")
def harvest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harvest]:
    folder = tmp_path_factory.mktemp("indicators")
    os.environ.setdefault("HARVESTER_PSEUDONYM_KEY", "test-pseudonym-key")
    data = generate_requests(700, 21, FEEDBACK_START, NOW - timedelta(days=1))
    respa_start = datetime.combine(VARAAMO_START + timedelta(days=3), time(), HELSINKI).astimezone(UTC)
    with (
        Open311Replica(list(data.requests), seed=21, planted=data.planted) as feedback,
        KerrokantasiReplica.generated(21, 400) as kerrokantasi,
        RespaReplica.generated(21, 2500, start=respa_start, end=NOW + timedelta(days=20)) as respa,
        DecidimReplica.generated(21, 150) as decidim,
        KuntalaisaloiteReplica.generated(21, 200) as initiatives,
        EmptyCatalogue() as catalogue,
    ):
        sources = {
            "feedback": feedback.url,
            "kerrokantasi": kerrokantasi.url,
            "varaamo": respa.url,
            "omastadi": decidim.url,
            "kuntalaisaloite": initiatives.url,
            "hri": catalogue.url,
        }
        config = load_config(write_config(folder, sources=sources, jobs_dir=project(folder)))
        for name in sorted(config.jobs()):
            if config.job(name).system in sources and name != JOB:
                assert run_job(config, name, RunOptions()).outcome == "success", name
        assert run_job(config, JOB, RunOptions()).outcome == "success"
        yield Harvest(config, feedback, kerrokantasi, respa, decidim, initiatives)


# -- the truths, from the replicas' data -------------------------------------------------------------


def year_of(moment: datetime | str) -> int:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    return moment.astimezone(HELSINKI).year


def every_year(counts: dict[int, Any]) -> range:
    return range(min(counts), max(counts) + 1)


def working_days(start: datetime, end: datetime) -> float:
    """Mon–Fri, not a Finnish public holiday: whole days between, and the shares of the first and last."""
    total, day = 0.0, start.astimezone(HELSINKI).date()
    while day <= end.astimezone(HELSINKI).date():
        if day.weekday() < 5 and day not in FINNISH_HOLIDAYS:
            begin = datetime.combine(day, time(), HELSINKI)
            overlap = min(end, begin + timedelta(days=1)) - max(start, begin)
            total += max(0.0, overlap.total_seconds()) / 86400
        day += timedelta(days=1)
    return total


def feedback_truths(replica: Open311Replica) -> dict[tuple[str, int, str], float | None]:
    received: Counter[tuple[int, str]] = Counter()
    days: dict[tuple[int, str], list[float]] = defaultdict(list)
    working: dict[tuple[int, str], list[float]] = defaultdict(list)
    for request_id in replica.ids:
        record = replica.get(request_id)
        requested = datetime.fromisoformat(str(record["requested_datetime"]))
        updated = (
            datetime.fromisoformat(str(record["updated_datetime"]))
            if record.get("updated_datetime")
            else None
        )
        for part in ("all", f"service_code={record['service_code']}"):
            received[requested.astimezone(HELSINKI).year, part] += 1
            if record["status"] == "closed" and updated is not None and updated >= requested:
                days[requested.astimezone(HELSINKI).year, part].append(
                    round((updated - requested).total_seconds() / 86400, 2)
                )
                working[requested.astimezone(HELSINKI).year, part].append(
                    round(working_days(requested, updated), 2)
                )
    truths: dict[tuple[str, int, str], float | None] = {}
    for year in every_year({y: 1 for y, _ in received}):
        for part in sorted({p for _, p in received}):
            if part != "all" and not received[year, part]:
                continue
            truths["feedback_received", year, part] = received[year, part]
            closed = days[year, part]
            truths["feedback_median_handling_days", year, part] = (
                round(statistics.median(closed), 2) if closed else None
            )
            truths["feedback_mean_handling_days", year, part] = (
                round(sum(closed) / len(closed), 2) if closed else None
            )
            within = working[year, part]
            truths["feedback_within_5_working_days_share", year, part] = (
                round(sum(1 for w in within if w <= 5) / len(within), 4) if within else None
            )
        truths["feedback_published_share", year, "all"] = None
    return truths


def counted(
    indicator: str, years: list[int], weights: list[float] | None = None
) -> dict[tuple[str, int, str], float]:
    totals: Counter[int] = Counter()
    for n, year in enumerate(years):
        totals[year] += weights[n] if weights else 1
    return {(indicator, year, "all"): totals[year] for year in every_year(totals)} if totals else {}


def varaamo_hours_truth(replica: RespaReplica) -> dict[tuple[str, int, str], float]:
    """Confirmed reservations cut at Helsinki midnights into (resource, day) cells from the job's first day to
    today; cells of fewer than three reservations are suppressed (not summed); each cell to 4 decimals."""
    cells: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0, 0])
    for reservation in replica.reservations():
        if reservation["state"] != "confirmed":
            continue
        begin = datetime.fromisoformat(reservation["begin"])
        end = datetime.fromisoformat(reservation["end"])
        day = max(VARAAMO_START, begin.astimezone(HELSINKI).date())
        while day <= min(TODAY, end.astimezone(HELSINKI).date()):
            day_begin = datetime.combine(day, time(), HELSINKI)
            overlap = (min(end, day_begin + timedelta(days=1)) - max(begin, day_begin)).total_seconds()
            if overlap > 0:
                cells[reservation["resource"], day][0] += 1
                cells[reservation["resource"], day][1] += int(overlap)
            day += timedelta(days=1)
    hours: dict[int, Fraction] = defaultdict(Fraction)
    for (_, day), (count, seconds) in cells.items():
        hours[day.year] += round(Fraction(seconds, 3600), 4) if count >= 3 else 0
    return {("varaamo_booked_hours", year, "all"): round(float(hours[year]), 2) for year in every_year(hours)}


def truths(h: Harvest) -> dict[tuple[str, int, str], float | None]:
    found = feedback_truths(h.feedback)
    found |= counted(
        "kerrokantasi_hearings_opened",
        [year_of(h.kerrokantasi.hearing(i)["open_at"]) for i in h.kerrokantasi.hearing_ids],
    )
    found |= counted(
        "kerrokantasi_comments",
        [year_of(h.kerrokantasi.comment(i)["created_at"]) for i in h.kerrokantasi.comment_ids],
    )
    found |= varaamo_hours_truth(h.respa)
    bookable = [r for r in h.respa.resources() if r.get("public", True) and r["reservable"]]
    found["varaamo_bookable_resources", THIS_YEAR, "all"] = len(bookable)
    found |= counted(
        # only what the site shows: proposals hidden by moderation are never published
        "omastadi_proposals", [year_of(p["publishedAt"]) for p in h.decidim.visible_proposals().values()]
    )
    projects = list(h.decidim.projects().values())
    rounds = [year_of(p["createdAt"]) for p in projects]
    found |= counted("omastadi_projects_voted", rounds)
    found |= counted("omastadi_projects_selected", rounds, [1 if p["selected"] else 0 for p in projects])
    # OmaStadi (Decidim 0.27.9) shows no vote counts in its API, and the job publishes only what the site
    # shows unless told to read the open-data export: the figure is unknown, not zero
    # (a year between rounds had no vote: 0)
    for year in every_year(dict.fromkeys(rounds)):
        found["omastadi_votes", year, "all"] = None if year in rounds else 0
    for year in every_year(dict.fromkeys(rounds)):
        found["omastadi_turnout_share", year, "all"] = None
        for district in (
            "Eteläinen",
            "Läntinen",
            "Keskinen",
            "Pohjoinen",
            "Koillinen",
            "Kaakkoinen",
            "Itäinen",
        ):
            found["omastadi_turnout_share", year, f"district={district}"] = None
    helsinki = [i for i in h.initiatives.initiatives().values() if i["municipality"][1] == "Helsinki"]
    found |= counted(
        "municipal_initiatives_received", [i["sentTime"].year for i in helsinki if i["sentTime"]]
    )
    found |= counted(
        "municipal_initiatives_answered", [i["decisionDate"].year for i in helsinki if i["decisionDate"]]
    )
    opened = Counter(int(opened[:4]) for _, opened, _ in PLANTED_APIS)
    found |= {("open_apis_opened", year, "all"): opened[year] for year in range(min(opened), THIS_YEAR + 1)}
    return found


# -- what was published ------------------------------------------------------------------------------


def number(text: str) -> float | None:
    return None if text in ("", "null", "None") else float(text)


def published_csv(config: Config) -> dict[tuple[str, int, str], float | None]:
    with (config.catalogue_path / JOB / f"{JOB}.csv").open(encoding="utf-8", newline="") as handle:
        return {
            (r["indicator"], int(r["year"]), r["breakdown"]): number(r["value"])
            for r in csv.DictReader(handle)
        }


def printed_json(config: Config, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["--config", str(config.path), "indicators", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, int, str], float | None] = {}
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "tr" and "data-indicator" in found:
            key = (str(found["data-indicator"]), int(str(found["data-year"])), str(found["data-breakdown"]))
            self.values[key] = number(str(found["data-value"]))
        if tag == "img":
            self.images.append(str(found["src"]))


def same(published: dict, truth: dict) -> list[str]:
    """Every difference between two tables of figures, as readable lines (empty when they agree)."""
    keys = sorted(set(published) | set(truth), key=str)
    return [
        f"{key}: published {published.get(key, 'nothing')!r}, truth {truth.get(key, 'nothing')!r}"
        for key in keys
        if key not in published or key not in truth or not _agree(published[key], truth[key])
    ]


def _agree(published: float | None, truth: float | None) -> bool:
    """Equal, or within the last published decimal: figures are published to two decimals, and a sum
    taken in another order can land on the other side of a rounding boundary (6.025 -> 6.02 or 6.03)."""
    if published is None or truth is None:
        return published is truth
    return abs(published - truth) <= 0.0100001


# -- the tests ---------------------------------------------------------------------------------------


def test_every_indicator_in_the_published_csv_equals_the_truth_for_every_year(harvest: Harvest) -> None:
    truth = truths(harvest)
    assert {key[0] for key in truth} >= {
        "feedback_received",
        "feedback_median_handling_days",
        "feedback_mean_handling_days",
        "feedback_within_5_working_days_share",
        "kerrokantasi_hearings_opened",
        "kerrokantasi_comments",
        "varaamo_booked_hours",
        "varaamo_bookable_resources",
        "omastadi_proposals",
        "omastadi_projects_voted",
        "omastadi_projects_selected",
        "omastadi_turnout_share",
        "municipal_initiatives_received",
        "municipal_initiatives_answered",
        "open_apis_opened",
    }
    assert len({key[1] for key in truth if key[0] == "feedback_received"}) >= 3
    assert same(published_csv(harvest.config), truth) == []


def test_the_json_gives_the_same_figures_one_object_per_indicator_and_year(
    harvest: Harvest, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = printed_json(harvest.config, capsys)["indicators"]
    keys = [(o["indicator"], o["year"]) for o in printed]
    assert len(keys) == len(set(keys))
    for item in printed:
        assert set(item) >= {
            "indicator",
            "year",
            "value",
            "unit",
            "label_fi",
            "label_sv",
            "label_en",
            "sources",
            "note",
        }
        assert item["label_fi"] and item["label_sv"] and item["label_en"] and item["sources"]
        assert item["value"] is not None or item["note"]
    values = {(o["indicator"], o["year"], "all"): o["value"] for o in printed}
    values |= {
        (o["indicator"], o["year"], b["breakdown"]): b["value"] for o in printed for b in o["breakdown"]
    }
    assert same(values, truths(harvest)) == []


def test_the_html_page_shows_the_same_figures_with_a_png_and_svg_chart_per_indicator(
    harvest: Harvest, tmp_path: Path
) -> None:
    page = tmp_path / "indicators.html"
    assert main(["--config", str(harvest.config.path), "indicators", "--html", str(page)]) == 0
    cells = _Cells()
    cells.feed(page.read_text(encoding="utf-8"))
    assert same(cells.values, truths(harvest)) == []
    charted = {Path(src).stem for src in cells.images}
    assert charted == {key[0] for key in cells.values}
    for indicator in charted:
        assert (tmp_path / "indicators-charts" / f"{indicator}.png").stat().st_size > 1000
        svg = (tmp_path / "indicators-charts" / f"{indicator}.svg").read_text(encoding="utf-8")
        assert "<svg" in svg


def test_a_year_option_gives_only_that_year(harvest: Harvest, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(harvest.config.path), "indicators", "--json", "--year", str(THIS_YEAR)]) == 0
    assert {o["year"] for o in json.loads(capsys.readouterr().out)["indicators"]} == {THIS_YEAR}


def test_unknown_figures_are_null_with_a_note_that_says_why(
    harvest: Harvest, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = printed_json(harvest.config, capsys)["indicators"]
    turnout = [o for o in printed if o["indicator"] == "omastadi_turnout_share"]
    assert turnout and all(o["value"] is None and "voters" in o["note"] for o in turnout)
    received = [o for o in printed if o["indicator"] == "feedback_received"]
    assert all("lower bound" in o["note"].lower() for o in received)


def test_the_indicators_dataset_validates_and_an_unchanged_rerun_writes_nothing(harvest: Harvest) -> None:
    folder = harvest.config.catalogue_path / JOB
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    rerun = run_job(harvest.config, JOB, RunOptions())
    assert rerun.actions == [] and rerun.counts["new"] == rerun.counts["updated"] == 0
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()} == before
    rows = list(csv.DictReader((folder / f"{JOB}.csv").open(encoding="utf-8")))
    assert all(re.fullmatch(r"[a-z0-9_]+", row["indicator"]) and row["method"] for row in rows)
