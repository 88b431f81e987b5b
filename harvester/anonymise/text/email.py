"""E-mail addresses, also the common obfuscations `name(at)example.fi` and `name [at] example.fi`."""

from __future__ import annotations

import re
from collections.abc import Iterator

_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+"
    r"(?:@|\s?[(\[]\s?(?:at|ät|a)\s?[)\]]\s?)"
    r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w@])"
)
# "(at)", "[at]", "(a)", "[a]", "(ät)", "[ät]", "( at )", "[ at ]" in any case: one C-level search for them.
_OBFUSCATION_MARKER = re.compile(r"\((?:at|a|ät| at )\)|\[(?:at|a|ät| at )\]", re.IGNORECASE)


def find_emails(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every e-mail address."""
    if "@" in text:
        last_end, at = 0, text.find("@")
        while at >= 0:
            # Only the neighbourhood of each "@" is matched: an address is at most 64 + 255 characters.
            for match in _EMAIL.finditer(text, max(last_end, at - 64), at + 256):
                if match.start() <= at < match.end():
                    yield match.start(), match.end()
                    last_end = match.end()
                    break
            at = text.find("@", max(at + 1, last_end))
    if _OBFUSCATION_MARKER.search(text):
        for match in _EMAIL.finditer(text):
            if "@" not in match.group():
                yield match.start(), match.end()
