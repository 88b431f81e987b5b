"""Aggregate safeguards: minimum cell counts and the k-anonymity of a table over its quasi-identifiers.

Pure functions over rows (mappings), so the pipeline and its tests can use them on any table. A row's
equivalence class is the set of rows with the same values in all quasi-identifiers; k is the size of the
smallest class, i.e. every published row looks like at least k-1 others."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple


class Suppressed(NamedTuple):
    """Rows that were kept and how many were withheld for being below the minimum."""

    rows: list[dict[str, Any]]
    suppressed: int


def suppress_small_cells(rows: Iterable[Mapping[str, Any]], count_field: str, minimum: int) -> Suppressed:
    """Withhold aggregate rows whose `count_field` is below `minimum` (a count of 1 or 2 can point at a
    person). A row without a numeric count is withheld too: an unknown count is not a safe count."""
    kept: list[dict[str, Any]] = []
    suppressed = 0
    for row in rows:
        count = row.get(count_field)
        if isinstance(count, bool) or not isinstance(count, int | float) or count < minimum:
            suppressed += 1
        else:
            kept.append(dict(row))
    return Suppressed(kept, suppressed)


def equivalence_classes(rows: Iterable[Mapping[str, Any]], quasi_identifiers: Sequence[str]) -> Counter:
    """How many rows share each combination of quasi-identifier values (a missing field counts as None)."""
    return Counter(tuple(row.get(field) for field in quasi_identifiers) for row in rows)


def k_anonymity(rows: Iterable[Mapping[str, Any]], quasi_identifiers: Sequence[str]) -> int:
    """The k the table reaches: the size of its smallest equivalence class. With no quasi-identifiers all
    rows form one class (k = the number of rows); with no rows k is 0, which reports say as "no rows"."""
    classes = equivalence_classes(rows, quasi_identifiers)
    return min(classes.values()) if classes else 0


def suppress_below_k(
    rows: Iterable[Mapping[str, Any]], quasi_identifiers: Sequence[str], k: int
) -> Suppressed:
    """Withhold the rows whose equivalence class has fewer than `k` rows, so the rest is k-anonymous."""
    materialised = [dict(row) for row in rows]
    classes = equivalence_classes(materialised, quasi_identifiers)
    kept = [row for row in materialised if classes[tuple(row.get(f) for f in quasi_identifiers)] >= k]
    return Suppressed(kept, len(materialised) - len(kept))
