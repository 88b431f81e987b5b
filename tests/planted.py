"""Looks for planted personal values (harvester/testing/replicas/personal_data.py) in published text."""

from __future__ import annotations

from collections.abc import Mapping

from harvester.testing.replicas.personal_data import folded

# The kinds the scrubber must remove from free text; others in `planted` (author names of dropped fields,
# avatars, ...) are checked by the tests of the fields that carry them.
FREE_TEXT_KINDS = ("plate", "address", "name", "phone", "email", "hetu", "iban", "ip", "obfuscated")


def leaked(planted: Mapping[str, set[str]], text: str, kinds: tuple[str, ...] = FREE_TEXT_KINDS) -> list[str]:
    """Every planted value of `kinds` that `text` still holds, as typed or as a reader would see it."""
    found = []
    seen = folded(text)
    for kind in kinds:
        for value in sorted(planted.get(kind, ())):
            forms = {value, folded(value)}
            if kind == "plate":
                forms |= {form.upper() for form in list(forms)}
            if any(form in text or form in seen for form in forms):
                found.append(f"{kind}: {value!r}")
    return found
