"""International bank account numbers (IBAN), spaced in groups of four or not, verified by mod 97."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Lengths of the countries whose accounts appear in Finnish public-sector text; others are checked 15–34.
IBAN_LENGTHS = {
    "FI": 18, "AX": 18, "SE": 24, "NO": 15, "DK": 18, "EE": 20, "DE": 22, "GB": 22, "FR": 27,
    "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "PL": 28, "LV": 21, "LT": 20, "IE": 22,
}  # fmt: skip

_CANDIDATE = re.compile(
    r"[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])"
)

# The check digits after the country code and two groups of four: a cheap test that starts at a digit.
_SHAPE = re.compile(r"\d\d(?<=[A-Za-z]{2}\d\d)(?:[ ]?[A-Za-z0-9]{4}){2}")


def is_valid_iban(candidate: str) -> bool:
    """True when the letters, length and mod-97 check of a space-free IBAN agree."""
    iban = candidate.upper()
    expected = IBAN_LENGTHS.get(iban[:2])
    if (expected is not None and len(iban) != expected) or not 15 <= len(iban) <= 34:
        return False
    digits = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    return int(digits) % 97 == 1


def find_ibans(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every valid IBAN; a trailing group that is not part of it is left out."""
    shape = _SHAPE.search(text)
    if shape is None:
        return
    # An IBAN has the shape two characters after its start, so none starts before that.
    for match in _CANDIDATE.finditer(text, shape.start() - 2):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        raw = match.group()
        groups = raw.split(" ")
        while groups:
            joined = " ".join(groups)
            if is_valid_iban(joined.replace(" ", "")):
                yield match.start(), match.start() + len(joined)
                break
            groups.pop()
            if len(groups) < 2 and " " in raw:
                break
