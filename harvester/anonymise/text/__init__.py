"""Free-text detection and redaction of personal data (public API: Span, TextScrubber)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Span:
    """A detected personal datum: Python string indices into the scanned text, and its label."""

    start: int
    end: int
    label: str


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+358[\s-]?|0)\d{1,3}(?:[\s-]?\d){5,8}(?!\d)")
_HETU = re.compile(r"\b(\d{6})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])\b")


class TextScrubber:
    """Finds personal data in free text and replaces each span with its label, e.g. `[EMAIL]`."""

    def scan(self, text: str, lang: str | None = None) -> list[Span]:
        spans = [Span(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]
        spans += [Span(m.start(), m.end(), "PHONE") for m in _PHONE.finditer(text)]
        spans += [Span(m.start(), m.end(), "HETU") for m in _HETU.finditer(text)]
        return _merge(spans)

    def redact(self, text: str, lang: str | None = None) -> str:
        out, last = [], 0
        for span in self.scan(text, lang):
            out.append(text[last : span.start])
            out.append(f"[{span.label}]")
            last = span.end
        out.append(text[last:])
        return "".join(out)


def _merge(spans: list[Span]) -> list[Span]:
    """Sort and drop spans that overlap an earlier, longer one."""
    result: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if result and span.start < result[-1].end:
            continue
        result.append(span)
    return result
