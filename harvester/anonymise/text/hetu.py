"""Finnish personal identity codes (henkilötunnus, HETU), including the century signs added in 2023."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_BY_SIGN = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
CENTURY_BY_SIGN.update({sign: 2000 for sign in "ABCDEF"})

# The sign may stand between spaces when it is "-" or "+" ("210475 - 786F", as some space it out).
_CANDIDATE = re.compile(
    r"(\d\d)(\d\d)(\d\d)(?:[ ]?([-+])[ ]?|([A-FU-Y]))(\d{3})([0-9A-Y])(?![\w-])", re.IGNORECASE
)
# Six digits, a sign, three digits. Both patterns begin with a single `\d` rather than a repeat, so that
# the regex engine skips to the next digit in C instead of trying a match at every character.
_SHAPE = re.compile(r"\d\d{5}(?:[ ]?[-+][ ]?|[A-FU-Ya-fu-y])\d{3}")


def is_valid_hetu(day: str, month: str, year: str, sign: str, individual: str, check: str) -> bool:
    """True when the date is real in the sign's century and the check character matches."""
    return _dated(day, month, year, sign) and CHECK_CHARACTERS[int(day + month + year + individual) % 31] == check.upper()


# Words that say an identity code follows, within _CUE_REACH characters before it.
_CUE = re.compile(
    r"(?i)(?:hetu|henkilötun|hlötun|hlö-tun|sotu|henkilötunnus|personnummer|personbeteckning|person nr|pnr"
    r"|identity code|identity number|id code|id number|social security|personal code|personal id)"
)
_CUE_REACH = 60


def _dated(day: str, month: str, year: str, sign: str) -> bool:
    century = CENTURY_BY_SIGN.get(sign.upper())
    if century is None:
        return False
    try:
        date(century + int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def find_hetus(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every valid HETU, and of every one mistyped or made up as people do (a real
    date, a wrong check character) after a word that names the code ("hetu", "personnummer") or with a
    letter for its century (2000s "A"-"F", 1900s "U"-"Y"), which nothing else is written with. Other
    look-alikes with a wrong check character are skipped: a date-stamped order code is no HETU."""
    shape = _SHAPE.search(text)
    if shape is None:
        return
    # A HETU has the shape where it starts, so none starts before the first shape.
    for match in _CANDIDATE.finditer(text, shape.start()):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_+-"):
            continue  # part of a longer code
        day, month, year, spaced_sign, sign, individual, check = match.groups()
        if is_valid_hetu(day, month, year, spaced_sign or sign, individual, check) or (
            _dated(day, month, year, spaced_sign or sign)
            and (sign is not None or _CUE.search(text, max(0, start - _CUE_REACH), start) is not None)
        ):
            yield match.start(), match.end()
