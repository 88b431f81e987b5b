"""E-mail addresses, also the common obfuscations `name(at)example.fi`, `name [at] example.fi` and the
spelled-out `name at example dot com`."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A dot, or one written out in brackets: "kalle [at] pyorapaja [dot] fi".
_DOT = r"(?:\.|[ ]?[(\[][ ]?(?:dot|DOT|piste|PISTE|punkt|PUNKT)[ ]?[)\]][ ]?)"
_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+"
    r"(?:@|\s?[(\[]\s?(?:at|ät|a)\s?[)\]]\s?)"
    rf"[\w-]+(?:{_DOT}[\w-]+)*(?:[ ]?\.|{_DOT})[^\W\d_]{{2,}}(?![\w@])"  # "name@gmail .com": a space slipped before the dot
)
# An address spelled out to slip past robots: "aminawarsame at hotmail dot com", "eero.makela ät gmail.com",
# "x.y AT kolumbus PISTE fi", the mailbox's dots spelled too ("tuomas piste nieminen at outlook piste com"). Only with a top-level domain people use here, so that "me at home dot com"
# style phrases with any other last word are left alone.
_SPELLED = re.compile(
    r"(?<![\w.%+-])((?:[\w.%+-]+[ ]+(?:dot|DOT|piste|PISTE|punkt|PUNKT)[ ]+)*[\w.%+-]{3,})"
    r"[ ]+(?:at|ät|AT|ÄT|At|snabel-a|SNABEL-A)[ ]+"
    r"([^\W\d_][\w-]*(?:(?:[ ]*\.[ ]*|[ ]+(?:dot|DOT|piste|PISTE|punkt|PUNKT)[ ]+)[^\W\d_][\w-]*)*?)"
    r"(?:[ ]*\.[ ]*|[ ]+(?:dot|DOT|piste|PISTE|punkt|PUNKT)[ ]+)(?:com|fi|net|org|se|eu|info|io|me|co\.uk|uk|de|ee|ru|nl|no|dk)(?![\w@])"
)
# The words for "at" between spaces, as the spelled-out form has them: a cheap test before the pattern.
SPELLED_AT = (" at ", " ät ", " AT ", " ÄT ", " At ", " snabel-a ", " SNABEL-A ")  # Swedish "snabel-a": @
# A spelled-out address needs a mailbox that looks like one ("eero.makela", "mk_88") or a mail provider
# ("aminawarsame at hotmail dot com"): "arrived at Helsinki.fi office" is prose.
_MAILBOX_SIGNS = re.compile(r"[._\d+-]")
_MAIL_PROVIDERS = frozenset({"gmail", "hotmail", "outlook", "yahoo", "icloud", "live", "msn", "kolumbus", "welho",
                             "luukku", "elisanet", "saunalahti", "suomi24", "protonmail", "proton", "gmx", "yandex",
                             "hel", "espoo", "vantaa", "kauniainen", "aol", "mail"})  # fmt: skip
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
    if any(stem in text for stem in SPELLED_AT):
        for match in _SPELLED.finditer(text):
            provider = re.split(r"[ .]", match[2], maxsplit=1)[0].lower()
            if _MAILBOX_SIGNS.search(match[1]) or provider in _MAIL_PROVIDERS:
                yield match.start(), match.end()
