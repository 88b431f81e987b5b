"""Source adapters by config system name; a new source is one module and one line here."""

from __future__ import annotations

from harvester.sources.base import Source
from harvester.sources.open311 import Open311Source

SOURCES: dict[str, type[Source]] = {
    "feedback": Open311Source,
}
