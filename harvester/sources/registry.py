"""Source adapters by config system name; a new source is one module and one line here."""

from __future__ import annotations

from harvester.indicators.source import IndicatorsSource
from harvester.open_api_metric.source import OpenApiMetricSource
from harvester.sources.base import Source
from harvester.sources.decidim import DecidimSource
from harvester.sources.kerrokantasi.source import KerrokantasiSource
from harvester.sources.kuntalaisaloite import KuntalaisaloiteSource
from harvester.sources.open311 import Open311Source
from harvester.sources.respa import RespaSource
from harvester.sources.tilavarauspalvelu import TilavarauspalveluSource

SOURCES: dict[str, type[Source]] = {
    "feedback": Open311Source,
    "kerrokantasi": KerrokantasiSource,
    "omastadi": DecidimSource,
    "hri": OpenApiMetricSource,
    "varaamo": RespaSource,
    "tilavarauspalvelu": TilavarauspalveluSource,
    "kuntalaisaloite": KuntalaisaloiteSource,
    "indicators": IndicatorsSource,
}
