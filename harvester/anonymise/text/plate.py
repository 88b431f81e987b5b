"""Finnish vehicle registration plates: 2–3 letters, a dash and 1–3 digits (`ABC-123`, `XY-12`); without
the dash, or with a single letter, only when the text says it is a plate ("rekisterinumero ABC123")."""

from __future__ import annotations

import re
from collections.abc import Iterator

# One capital, then up to two more: a leading single character class lets the regex engine skip in C to
# the next capital (a leading repeat would make it try a match at every character).
_CANDIDATE = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ]{0,2}[- ]?[1-9]\d{0,2}(?![\w-]|[.,]\d)")
_KEYWORD_BEFORE = re.compile(
    r"(?:rekisteri(?:numero|tunnus|kilpi)\w*|rek\.?\s?(?:nro|nume\w*)|rekkari\w*|reg\.?\s?(?:nro|nr|no)\.?|"
    r"registreringsnummer\w*|registreringsskylt\w*|registration(?: number| plate)?|licen[cs]e plate|"
    r"number plate|auto(?:n|ssa|lla)?|ajoneuvo(?:n|ssa)?|bil(?:en)?|car)"
    r"\W{1,3}(?:(?:on|oli|är|var|is|was)\W{1,3})?$",
    re.IGNORECASE,
)
# Abbreviations written like a plate in Finnish public-sector text.
NOT_PLATES = frozenset({"EU", "HSL", "HKL", "HUS", "LVI", "WC", "PM", "CO", "ID", "EN", "ISO", "SFS", "TV", "YK",
                        "IT", "VR", "KHO", "HAO", "MT", "ASO", "USA", "EUR", "SDG", "ICT", "AI", "LED", "COP"})  # fmt: skip


def find_plates(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every Finnish registration plate."""
    for match in _CANDIDATE.finditer(text):
        start, plate = match.start(), match.group()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            continue
        letters = plate.rstrip("0123456789").rstrip("- ")
        if letters in NOT_PLATES:
            continue
        if ("-" in plate and len(letters) > 1) or _KEYWORD_BEFORE.search(text, max(0, start - 40), start):
            yield start, match.end()
