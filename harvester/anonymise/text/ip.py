"""IP addresses, v4 and v6, verified with the standard library's `ipaddress`."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

# Written out from `(?:\d{1,3}\.){3}\d{1,3}`: a leading `\d` lets the regex engine skip to digits in C.
_IPV4 = re.compile(r"\d\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])"
)
# A bare "1.2.3.4" is more often a section number than an address; keep it only when the text says IP.
_IP_CONTEXT = re.compile(r"\b(?:ip|ip-osoite|ip-adress|address|osoite)\W{0,3}$", re.IGNORECASE)
# A software version has the same shape ("firmware 3.10.2.118", "ohjelmistoversio on 10.2.3.4"): after a
# version word within a few words, and with no IP word nearer, it is the version.
_VERSION_WORD = re.compile(r"(?i)(?:versio|version|firmware|päivitys|update|build|release|ohjelmisto)[^.!?\n]{0,25}$")
# Cheap tests that start at a digit or a colon: four dotted numbers; two colons at most five apart.
_IPV4_SHAPE = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d")
_TWO_COLONS_CLOSE = re.compile(r":[^:]{0,4}:")


def find_ips(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every valid IPv4 or IPv6 address."""
    shape = _IPV4_SHAPE.search(text)
    if shape is not None:
        # The shape starts at the last digit of an address's first number: at most two after its start.
        for match in _IPV4.finditer(text, max(0, shape.start() - 2)):
            if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_."):
                continue
            try:
                ipaddress.IPv4Address(match.group())
            except ValueError:
                continue
            before = text[max(0, match.start() - 20) : match.start()]
            if not _IP_CONTEXT.search(before) and (
                all(len(part) == 1 for part in match.group().split("."))
                or _VERSION_WORD.search(text, max(0, match.start() - 40), match.start())
            ):
                continue
            yield match.start(), match.end()
    if _TWO_COLONS_CLOSE.search(text):
        for match in _IPV6.finditer(text):
            value = match.group()
            if not any(ch.isdigit() for ch in value):
                continue
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                continue
            yield match.start(), match.end()
