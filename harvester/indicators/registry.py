"""Indicator modules by the system whose published data they read; a new one is a module and a line here."""

from __future__ import annotations

from collections.abc import Callable

from harvester.indicators import feedback, kerrokantasi, municipal_initiatives, omastadi, open_apis, varaamo
from harvester.indicators.model import Context, Definition, Figure

MODULES = {
    "feedback": feedback,
    "kerrokantasi": kerrokantasi,
    "varaamo": varaamo,
    "omastadi": omastadi,
    "kuntalaisaloite": municipal_initiatives,
    "hri": open_apis,
}
COMPUTE: dict[str, Callable[[Context], list[Figure]]] = {system: m.compute for system, m in MODULES.items()}
DEFINITIONS: dict[str, Definition] = {d.id: d for m in MODULES.values() for d in m.DEFINITIONS}


def compute_all(context: Context) -> list[Figure]:
    """Every figure of every system whose data has been harvested, ordered by indicator, year, breakdown."""
    order = {identifier: n for n, identifier in enumerate(DEFINITIONS)}
    figures = [figure for compute in COMPUTE.values() for figure in compute(context)]
    return sorted(figures, key=lambda f: (order[f.indicator], f.year, f.breakdown))
