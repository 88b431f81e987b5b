"""Build the frozen held-out personal-data evaluation set (issue 17) from hand-written messages.

The messages live in ``messages/<lang>-<source>.txt``, written by hand in the voice of each source
without reading the detectors, their word lists or the development set. Messages are separated by
a blank line; ``\\n`` and ``\\uXXXX`` escapes are decoded (so zero-width characters stay visible in
the source). Personal data is marked inline as ``[[LABEL:text]]``; the conversion computes the span
offsets, so they are exact Python ``str`` indices into the final text.

Numbers that carry a check character are generated, so they are valid by construction:

- ``{HETU}`` a valid personal identity code with a separator drawn for its century; options after a
  colon, comma-separated: ``digit`` (check character is a digit), ``letter``, ``1800``, ``1900``,
  ``2000``, ``zw`` (a zero-width or soft-hyphen character inside), ``dash`` (the ``-`` separator
  written as a dash variant U+2010-U+2015 or U+2212), ``lower`` (check letter in lower case).
- ``{IBAN}`` a valid Finnish IBAN (mod 97); options ``plain`` (no spaces), ``groups`` (groups of
  four), ``odd`` (irregular groups), ``lower``.

Run ``python tests/data/pii/heldout/build_heldout.py`` to rewrite ``heldout.jsonl``; the seed is
fixed, so the output is byte-identical on every run. The file is FROZEN: see README.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MESSAGES = HERE / "messages"
OUTPUT = HERE / "heldout.jsonl"
SEED = 20261207

LABELS = ("PERSON", "EMAIL", "PHONE", "HETU", "IBAN", "PLATE", "ADDRESS", "IP")
LANGS = ("fi", "sv", "en")
SOURCES = ("feedback", "kerrokantasi", "omastadi", "booking")

HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SEPARATORS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
DASHES = ("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212")

MARKUP = re.compile(r"\[\[([A-Z]+):(.*?)\]\]", re.S)
PLACEHOLDER = re.compile(r"\{(HETU|IBAN)(?::([a-z0-9,]+))?\}")
ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|n)")


def hetu_check(date: dt.date, individual: int) -> str:
    """The check character of a HETU: the remainder of DDMMYYZZZ modulo 31 indexes the alphabet."""
    number = int(f"{date:%d%m}{date.year % 100:02d}{individual:03d}")
    return HETU_CHECK[number % 31]


def make_hetu(rng: random.Random, options: set[str]) -> str:
    """A valid HETU on a real date; options choose the century, check kind and obfuscation."""
    century = 1900
    if "1800" in options:
        century = 1800
    elif "2000" in options:
        century = 2000
    elif "1900" not in options:
        century = rng.choice((1900, 1900, 1900, 2000))
    while True:
        if century == 1800:
            year = rng.randint(1890, 1899)
        elif century == 1900:
            year = rng.randint(1925, 1999)
        else:
            year = rng.randint(2000, 2012)
        date = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        individual = rng.randint(2, 899)
        check = hetu_check(date, individual)
        if "digit" in options and not check.isdigit():
            continue
        if "letter" in options and check.isdigit():
            continue
        break
    if "dash" in options:
        separator = rng.choice(DASHES)
    elif century == 1900 and "zw" not in options:
        separator = rng.choice("-----YXWVU")
    else:
        separator = rng.choice(SEPARATORS[century])
    if "lower" in options:
        check = check.lower()
    hetu = f"{date:%d%m}{date.year % 100:02d}{separator}{individual:03d}{check}"
    if "zw" in options:
        cut = rng.randint(2, len(hetu) - 2)
        hetu = hetu[:cut] + rng.choice(ZERO_WIDTH) + hetu[cut:]
    return hetu


def iban_check_digits(bban: str) -> str:
    """ISO 13616 check digits for a Finnish BBAN: 98 minus the mod-97 of BBAN + 'FI00' as digits."""
    rearranged = bban + "1518" + "00"  # F=15, I=18
    return f"{98 - int(rearranged) % 97:02d}"


def make_iban(rng: random.Random, options: set[str]) -> str:
    """A valid Finnish IBAN, grouped as people type it."""
    bank = rng.choice(("1", "2", "5", "8", "4", "3", "6", "7"))
    bban = bank + "".join(rng.choice("0123456789") for _ in range(13))
    iban = "FI" + iban_check_digits(bban) + bban
    style = next((o for o in ("plain", "groups", "odd") if o in options), None)
    if style is None:
        style = rng.choice(("plain", "groups", "groups", "odd"))
    if style == "groups":
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    elif style == "odd":
        parts, i = [], 0
        while i < len(iban):
            size = rng.choice((2, 3, 4, 5, 6))
            parts.append(iban[i : i + size])
            i += size
        iban = " ".join(parts)
    if "lower" in options:
        iban = iban.lower()
    return iban


def iban_is_valid(value: str) -> bool:
    """Mod-97 check on the IBAN with spaces removed (used to verify the generated values)."""
    compact = value.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


def hetu_is_valid(value: str) -> bool:
    """Check a HETU after removing format characters and folding dash variants."""
    folded = "".join(ch for ch in value if unicodedata.category(ch) != "Cf" and ch != "\u00ad")
    folded = "".join("-" if ch in DASHES else ch for ch in folded)
    match = re.fullmatch(r"(\d{6})([-+YXWVUABCDEF])(\d{3})([0-9A-Ya-y])", folded)
    if not match:
        return False
    digits, _, individual, check = match.groups()
    return HETU_CHECK[int(digits + individual) % 31] == check.upper()


def expand_placeholders(text: str, rng: random.Random) -> str:
    def replace(match: re.Match[str]) -> str:
        kind, raw = match.group(1), match.group(2) or ""
        options = set(filter(None, raw.split(",")))
        if kind == "HETU":
            return f"[[HETU:{make_hetu(rng, options)}]]"
        return f"[[IBAN:{make_iban(rng, options)}]]"

    return PLACEHOLDER.sub(replace, text)


def decode_escapes(text: str) -> str:
    return ESCAPE.sub(lambda m: "\n" if m.group(1) == "n" else chr(int(m.group(1)[1:], 16)), text)


def convert(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the inline markup and return the plain text with exact span offsets."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in MARKUP.finditer(marked):
        before = marked[position : match.start()]
        out.append(before)
        length += len(before)
        label, value = match.group(1), match.group(2)
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r} in {marked!r}")
        if not value or value != value.strip():
            raise ValueError(f"span {value!r} is empty or has outer whitespace in {marked!r}")
        spans.append({"start": length, "end": length + len(value), "label": label})
        out.append(value)
        length += len(value)
        position = match.end()
    out.append(marked[position:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup in {marked!r}")
    return text, spans


def read_messages(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    blocks = re.split(r"\n[ \t]*\n", raw)
    return [block.strip("\n") for block in blocks if block.strip() and not block.lstrip().startswith("#")]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    files = sorted(MESSAGES.glob("*.txt"))
    for lang in LANGS:
        for source in SOURCES:
            path = MESSAGES / f"{lang}-{source}.txt"
            if path not in files:
                continue
            for block in read_messages(path):
                marked = expand_placeholders(decode_escapes(block), rng)
                text, spans = convert(marked)
                for span in spans:
                    value = text[span["start"] : span["end"]]
                    if span["label"] == "HETU" and not hetu_is_valid(value):
                        raise ValueError(f"invalid HETU {value!r}")
                    if span["label"] == "IBAN" and not iban_is_valid(value):
                        raise ValueError(f"invalid IBAN {value!r}")
                records.append({"lang": lang, "source": source, "text": text, "spans": spans})
    # Shuffle so neighbouring ids do not share a language and source, then number them.
    rng.shuffle(records)
    return [{"id": f"ho-{i:04d}", **record} for i, record in enumerate(records, start=1)]


def summary(records: list[dict[str, object]]) -> dict[str, object]:
    """Counts for the README: messages per language and source, spans per label by language and source."""
    messages: dict[str, int] = {}
    spans: dict[str, dict[str, int]] = {label: {} for label in LABELS}
    without_spans = 0
    for record in records:
        for key in (record["lang"], record["source"]):
            messages[key] = messages.get(key, 0) + 1
        if not record["spans"]:
            without_spans += 1
        for span in record["spans"]:
            row = spans[span["label"]]
            for key in (record["lang"], record["source"], "total"):
                row[key] = row.get(key, 0) + 1
    return {"messages_by": messages, "messages_without_spans": without_spans, "spans": spans}


def main() -> int:
    records = build()
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    digest = hashlib.sha256(OUTPUT.read_bytes()).hexdigest()
    print(json.dumps({"messages": len(records), **summary(records), "sha256": digest}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
