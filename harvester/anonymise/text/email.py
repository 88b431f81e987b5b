"""E-mail addresses, also the common obfuscations `name(at)example.fi` and `name [at] example.fi`."""

from __future__ import annotations

import re
from collections.abc import Iterator

_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+"
    r"(?:@|\s?[(\[]\s?(?:at|ät|a)\s?[)\]]\s?)"
    r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w@])"
)
_OBFUSCATED_AT = re.compile(r"[(\[]\s?(?:at|ät|a)\s?[)\]]")


def find_emails(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every e-mail address."""
    if "@" not in text and not _OBFUSCATED_AT.search(text):
        return
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end()
