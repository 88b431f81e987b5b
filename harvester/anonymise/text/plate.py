"""Finnish vehicle registration plates: 2–3 letters, a dash and 1–3 digits (`ABC-123`, `XY-12`); without
the dash, or with a single letter, only when the text says it is a plate ("rekisterinumero ABC123")."""

from __future__ import annotations

import re
from collections.abc import Iterator

_WITH_DASH = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,3}-[1-9]\d{0,2}(?![\w-]|[.,]\d)")
_AFTER_KEYWORD = re.compile(
    r"(?:rekisteri(?:numero|tunnus|kilpi)\w*|rek\.?\s?(?:nro|nume\w*)|rekkari\w*|reg\.?\s?(?:nro|nr|no)\.?|"
    r"registreringsnummer\w*|registreringsskylt\w*|registration(?: number| plate)?|licen[cs]e plate|"
    r"number plate|auto(?:n|ssa|lla)?|ajoneuvo(?:n|ssa)?|bil(?:en)?|car)"
    r"\W{1,3}((?-i:[A-ZÅÄÖ]{1,3})[- ]?[1-9]\d{0,2})(?![\w-])",
    re.IGNORECASE,
)
# Abbreviations written like a plate in Finnish public-sector text.
NOT_PLATES = frozenset({"EU", "HSL", "HKL", "HUS", "LVI", "WC", "PM", "CO", "ID", "EN", "ISO", "SFS", "TV", "YK",
                        "IT", "VR", "KHO", "HAO", "MT", "ASO", "USA", "EUR", "SDG", "ICT", "AI", "LED", "COP"})  # fmt: skip


def find_plates(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every Finnish registration plate."""
    for match in _WITH_DASH.finditer(text):
        if match.group().split("-")[0] not in NOT_PLATES:
            yield match.start(), match.end()
    for match in _AFTER_KEYWORD.finditer(text):
        if re.match(r"[A-ZÅÄÖ]+", match.group(1)).group() in NOT_PLATES:
            continue
        yield match.start(1), match.end(1)
