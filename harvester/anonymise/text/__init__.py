"""Free-text detection and redaction of personal data (public API: Span, TextScrubber).

Labels: PERSON, EMAIL, PHONE, HETU, IBAN, PLATE, ADDRESS, IP. Each label has its own detector module;
the pattern detectors run first, and person names are looked for only outside what they found (and
outside URLs), so that a name inside an e-mail address or a street name is not reported twice."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from harvester.anonymise.text.address import find_addresses
from harvester.anonymise.text.email import find_emails
from harvester.anonymise.text.hetu import find_hetus
from harvester.anonymise.text.iban import find_ibans
from harvester.anonymise.text.ip import find_ips
from harvester.anonymise.text.person import find_persons
from harvester.anonymise.text.phone import find_phones
from harvester.anonymise.text.plate import find_plates

LABELS = ("PERSON", "EMAIL", "PHONE", "HETU", "IBAN", "PLATE", "ADDRESS", "IP")


@dataclass(frozen=True, order=True)
class Span:
    """A detected personal datum: Python string indices into the scanned text, and its label."""

    start: int
    end: int
    label: str


# In order of precedence: when two spans overlap, the longer wins, and on a tie the earlier label here.
_PATTERN_DETECTORS: tuple[tuple[str, Callable[[str], Iterator[tuple[int, int]]]], ...] = (
    ("EMAIL", find_emails),
    ("HETU", find_hetus),
    ("IBAN", find_ibans),
    ("IP", find_ips),
    ("PHONE", find_phones),
    ("PLATE", find_plates),
    ("ADDRESS", find_addresses),
)
# Every detector but the e-mail one needs a digit: text without digits skips them.
_DIGITLESS_DETECTORS = (("EMAIL", find_emails),)
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)


class TextScrubber:
    """Finds personal data in free text and replaces each span with its label, e.g. `[EMAIL]`.

    Results are remembered per scrubber for the last `cache_size` distinct short texts: real feedback
    repeats itself (staff reply templates, titles, the same street address), and a repeat costs a lookup."""

    def __init__(self, cache_size: int = 4096) -> None:
        self._scan_cached = lru_cache(maxsize=cache_size)(_scan) if cache_size > 0 else _scan

    def scan(self, text: str, lang: str | None = None) -> list[Span]:
        """All personal data in `text`, sorted, not overlapping. `lang` ("fi", "sv", "en") is a hint."""
        if not text:
            return []
        if len(text) > _CACHED_LENGTH:
            return list(_scan(text, lang))
        return list(self._scan_cached(text, lang))

    def redact(self, text: str, lang: str | None = None) -> str:
        """`text` with every personal datum replaced by its label in brackets."""
        out, last = [], 0
        for span in self.scan(text, lang):
            out.append(text[last : span.start])
            out.append(f"[{span.label}]")
            last = span.end
        out.append(text[last:])
        return "".join(out)


# Longer texts are rarely repeated word for word; caching them would only hold memory.
_CACHED_LENGTH = 2000


def _scan(text: str, lang: str | None) -> tuple[Span, ...]:
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if "://" in text or "www." in text else []
    detectors = _PATTERN_DETECTORS if _DIGIT.search(text) else _DIGITLESS_DETECTORS
    found = [
        (start, end, label)
        for label, detect in detectors
        for start, end in detect(text)
        if not urls or label == "EMAIL" or not any(s <= start and end <= e for s, e in urls)
    ]
    blocked = urls + [(start, end) for start, end, _ in found]
    found += [(start, end, "PERSON") for start, end in find_persons(text, blocked, lang)]
    return _merge(found)


_RANK = {label: i for i, label in enumerate(LABELS)}


def _merge(found: list[tuple[int, int, str]]) -> tuple[Span, ...]:
    """Sort and keep, of overlapping spans, the longest (then the one found by the earlier detector).
    Spans are (start, end, label) tuples until here: most texts have no overlaps, and only the kept ones
    become `Span`s."""
    ordered = sorted(found)  # the order of Span: start, end, label
    reach = -1
    for start, end, _ in ordered:
        if start < reach:
            break
        reach = max(reach, end)
    else:
        return tuple(Span(start, end, label) for start, end, label in ordered)
    kept: list[tuple[int, int, str]] = []
    for span in sorted(found, key=lambda s: (s[0] - s[1], _RANK[s[2]])):
        if not any(span[0] < other[1] and other[0] < span[1] for other in kept):
            kept.append(span)
    return tuple(Span(start, end, label) for start, end, label in sorted(kept))
