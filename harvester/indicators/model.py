"""What one indicator is (its definition) and what one computed figure is (a year's value, or null and why)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


@dataclass(frozen=True)
class Definition:
    """An indicator's identity and wording: the ID is public interface (issue 22), labels are for people."""

    id: str
    unit: str
    label_fi: str
    label_sv: str
    label_en: str
    sources: tuple[str, ...]
    method: str


@dataclass(frozen=True)
class Figure:
    """One indicator in one year, for the whole city (`breakdown` "all") or one part of it ("service_code=171").

    `value` is None when the figure cannot be known from the data; `note` then says why. A note on a value
    says what the value does not cover (e.g. a lower bound)."""

    definition: Definition
    year: int
    value: float | int | None
    note: str = ""
    breakdown: str = "all"

    @property
    def indicator(self) -> str:
        return self.definition.id

    def to_json(self) -> dict[str, Any]:
        d = self.definition
        return {
            "indicator": d.id,
            "year": self.year,
            "value": self.value,
            "unit": d.unit,
            "label_fi": d.label_fi,
            "label_sv": d.label_sv,
            "label_en": d.label_en,
            "sources": list(d.sources),
            "method": d.method,
            "note": self.note or None,
        }

    def to_row(self) -> dict[str, Any]:
        d = self.definition
        return {
            "indicator": d.id,
            "year": self.year,
            "breakdown": self.breakdown,
            "value": self.value,
            "unit": d.unit,
            "label_fi": d.label_fi,
            "label_sv": d.label_sv,
            "label_en": d.label_en,
            "sources": " ".join(d.sources),
            "method": d.method,
            "note": self.note,
        }


class PublishedData(Protocol):
    """The project's own published datasets, row by row (strings and numbers as the state store keeps them)."""

    def rows(self, job: str) -> Iterator[Mapping[str, Any]]: ...

    def harvested(self, job: str) -> bool:
        """True when the job has published at least once (an empty dataset is then a real zero)."""
        ...


@dataclass
class Context:
    """What an indicator module may read besides the datasets: the options of `sources.indicators` and
    the job's params (population file, the current moment)."""

    data: PublishedData
    now: datetime
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def this_year(self) -> int:
        return self.now.astimezone(HELSINKI).year


def helsinki_year(value: Any) -> int | None:
    """The Helsinki calendar year of an ISO 8601 datetime (UTC or with offset) or date; None when empty."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        return value.year
    else:
        text = str(value).strip().replace("Z", "+00:00")
        if len(text) == 10:
            return date.fromisoformat(text).year
        moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(HELSINKI).year


def year_span(years: set[int] | list[int]) -> range:
    """Every year from the first to the last that has data (a year between with none counts zero)."""
    return range(min(years), max(years) + 1) if years else range(0)


def format_value(value: float | int | None, unit: str) -> str:
    """A value as people read it: shares as per cent, whole counts without decimals."""
    if value is None:
        return "–"
    if unit == "share":
        return f"{value * 100:.1f} %"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:.2f}"
