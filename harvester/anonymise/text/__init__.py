r"""Free-text detection and redaction of personal data (public API: Span, TextScrubber).

Labels: PERSON, EMAIL, PHONE, HETU, IBAN, PLATE, ADDRESS, IP. Each label has its own detector module;
the pattern detectors run first, and person names are looked for only outside what they found (and
outside URLs), so that a name inside an e-mail address or a street name is not reported twice.

Text written to slip past the detectors ("Mat\u200bti", "040\u200b1234567", full-width
"ｍａｔｔｉ＠ｅｘａｍｐｌｅ．ｆｉ", "131052\u2010308T") is read through a folded copy: NFKC, format characters
(Unicode category Cf, the soft hyphen among them) and the other invisible default-ignorable characters
(variation selectors, the combining grapheme joiner, ...) removed, dashes U+2010-U+2015 and U+2212
written "-", and the spaces of a letter-spaced stretch removed ("0 4 0 - 8 8 1 2 3 4 5"). The detectors
all run on that copy and each span is mapped back to the original text, where it covers the whole datum
as written, the invisible characters and spaces inside it included; redaction replaces that original
stretch."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from harvester.anonymise.text.address import find_addresses
from harvester.anonymise.text.email import SPELLED_AT, find_emails
from harvester.anonymise.text.hetu import find_hetus
from harvester.anonymise.text.iban import BARE_WORD_STEMS, IBAN_LENGTHS, find_ibans
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


# Every detector but the e-mail one needs a digit; they run in this order after it. When two spans
# overlap, the longer wins, and on a tie the earlier label in LABELS (see `_merge`).
_DIGIT_DETECTORS: tuple[tuple[str, Callable[[str], Iterator[tuple[int, int]]]], ...] = (
    ("HETU", find_hetus),
    ("IBAN", find_ibans),
    ("IP", find_ips),
    ("PHONE", find_phones),
    ("PLATE", find_plates),
    ("ADDRESS", find_addresses),
)
# `\d\d*` rather than `\d+`: the same runs, but a pattern that begins with a single character class lets
# the regex engine skip in C to the next digit instead of trying a match at every character.
_DIGIT_RUN = re.compile(r"\d\d*")
_SPAN = re.Match.span  # map(_SPAN, matches): the (start, end) of each without a Python-level loop
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _possible_digit_labels(text: str, runs: list[tuple[int, int]]) -> set[str]:
    """The labels whose detector could find something, judged from the runs of digits of `text`.

    Why: each detector scans the whole text with its own regex, and most texts with a digit hold a date,
    a count or one phone number. One pass over the digit runs tells which detectors cannot match, and
    those are not run. Each test is a necessary condition of the detector's pattern, so a detector
    skipped here would have found nothing:
    HETU six digits in a row; IBAN three digits in a row and a part of an account word ("tili", "konto": an
    account number without a country code has eight or more, in groups, after one), six digits and a hyphen
    (a domestic account number after a bank's name, "Nordea 123456-785"), a giro word, two ASCII letters
    before two digits, or a word of two capitals or of a country code in lower case and a space (or two
    capitals and a hyphen) before them; IPv4 four digit runs and a dot, IPv6 a colon; PHONE a "0" (trunk or international
    prefix), a "+" or the country code 358; ADDRESS a space before a digit. PLATE is always tried: a word
    and a number, which it starts from, are in almost every text, and its own regex (from a digit, in C)
    rules a text out faster than a look at each run here."""
    labels = {"PLATE"}
    account_word: bool | None = None  # whether a part of an account word is in the text, tested once
    if "0" in text or "+" in text or "358" in text:
        labels.add("PHONE")
    if ":" in text or (len(runs) >= 4 and "." in text):
        labels.add("IP")
    if "giro" in text or "GIRO" in text:
        labels.add("IBAN")  # a Swedish giro account may be written in groups of two ("12 34 56-7")
    for start, end in runs:
        if end - start >= 6:
            labels.add("HETU")
        if end - start >= 3 and "IBAN" not in labels:
            if account_word is None:
                account_word = any(stem in text for stem in BARE_WORD_STEMS)
            if account_word or end - start == 6 and (text[end : end + 1] == "-" or text[end : end + 2] == " -"):
                labels.add("IBAN")  # an account number after an account word: "123456-785", "1234 5600 0007 85"
        if not start:
            continue
        before = text[start - 1]
        if before == "-" and start >= 3 and text[start - 2] in _UPPER and text[start - 3] in _UPPER:
            labels.add("IBAN")  # "FI-21-1234-..."
        if before == " " or before == "\u00a0":
            labels.add("ADDRESS")
            if (
                start >= 3
                and end - start >= 2
                and text[start - 2] in _ASCII_LETTERS
                and text[start - 3] in _ASCII_LETTERS
                and (start == 3 or not text[start - 4].isalpha())  # "FI 21", not "HEL 2018"
                and (
                    (text[start - 2] in _UPPER and text[start - 3] in _UPPER)
                    or text[start - 3 : start - 1].upper() in IBAN_LENGTHS  # "fi 49 5000 ...", valid only
                )
            ):
                labels.add("IBAN")
        elif start >= 2 and end - start >= 2 and before in _ASCII_LETTERS and text[start - 2] in _ASCII_LETTERS:
            labels.add("IBAN")
    return labels


class TextScrubber:
    """Finds personal data in free text and replaces each span with its label, e.g. `[EMAIL]`.

    Results are remembered per scrubber for the last `cache_size` distinct short texts: real feedback
    repeats itself (staff reply templates, titles, the same street address), and a repeat costs a lookup.
    `scan` remembers the spans and `redact` the redacted text, so that a repeat costs only the lookup.
    16,384 texts of feedback hold about 4 MB; in generated feedback (100,000 rows, 378,374 texts of which
    91,970 distinct) they catch 75.5 % of the texts, 4,096 caught 64.3 %.

    Every value replaced by `redact`, `redact_value` or `redact_with_counts` is counted per label in
    `redaction_counts`, repeats served from the cache included: a run's report says, per job and label,
    how many values were redacted (issue 17), and a job's field policy scrubs through one scrubber.
    `take_redaction_counts` hands the counts over and starts again from zero."""

    def __init__(self, cache_size: int = 16384) -> None:
        self._scan_cached = lru_cache(maxsize=cache_size)(_scan) if cache_size > 0 else _scan
        self._redact_cached = lru_cache(maxsize=cache_size)(_redact) if cache_size > 0 else _redact
        self.redaction_counts: Counter[str] = Counter()

    def scan(self, text: str, lang: str | None = None) -> list[Span]:
        """All personal data in `text`, sorted, not overlapping. `lang` ("fi", "sv", "en") is a hint."""
        if not text:
            return []
        if len(text) > _CACHED_LENGTH:
            return list(_scan(text, lang))
        return list(self._scan_cached(text, lang))

    def redact(self, text: str, lang: str | None = None) -> str:
        """`text` with every personal datum replaced by its label in brackets."""
        if not text:
            return text
        redacted, labels = _redact(text, lang) if len(text) > _CACHED_LENGTH else self._redact_cached(text, lang)
        if labels:
            self.redaction_counts.update(labels)
        return redacted

    def uncertain(self, text: str, lang: str | None = None) -> list[str]:
        """One reason per word the detectors cannot tell from a person's name (the policy's
        `hold_uncertain`), e.g. "unknown word after a cue: 'Kukkaro'"; empty when the text is clear."""
        if not text:
            return []
        from harvester.anonymise.text.person import find_uncertain_persons

        blocked = [(start, end) for start, end, _ in _find(text, lang)]
        return [f"{why}: {text[start:end]!r}" for start, end, why in find_uncertain_persons(text, blocked, lang)]

    def redact_value(self, value: object) -> object:
        """A field's value redacted when it is text, else as it is (the field policy's `scrub`)."""
        if not isinstance(value, str) or not value:
            return value
        redacted, labels = _redact(value, None) if len(value) > _CACHED_LENGTH else self._redact_cached(value, None)
        if labels:
            self.redaction_counts.update(labels)
        return redacted

    def redact_with_counts(self, text: str, lang: str | None = None) -> tuple[str, Counter[str]]:
        """`text` redacted as by `redact`, and how many values of each label this text had redacted."""
        if not text:
            return text, Counter()
        redacted, labels = _redact(text, lang) if len(text) > _CACHED_LENGTH else self._redact_cached(text, lang)
        counts = Counter(labels)
        self.redaction_counts.update(counts)
        return redacted, counts

    def take_redaction_counts(self) -> Counter[str]:
        """The redactions per label counted since the scrubber was made or last asked, and a fresh start."""
        counts, self.redaction_counts = self.redaction_counts, Counter()
        return counts


# Longer texts are rarely repeated word for word; caching them would only hold memory.
_CACHED_LENGTH = 2000


def _scan(text: str, lang: str | None) -> tuple[Span, ...]:
    return tuple(Span(start, end, label) for start, end, label in _find(text, lang))


def _redact(text: str, lang: str | None) -> tuple[str, tuple[str, ...]]:
    """The redacted text and the labels of what was replaced, in order."""
    spans = _find(text, lang)
    if not spans:
        return text, ()
    out, last = [], 0
    for start, end, label in spans:
        out.append(text[last:start])
        out.append(f"[{label}]")
        last = end
    out.append(text[last:])
    return "".join(out), tuple(label for _, _, label in spans)


# Unicode category Cf (format characters: zero-width space and joiners, direction marks, word joiner,
# byte order mark, soft hyphen, ...) as of Unicode 15.1, U+13439-U+1343F included ahead of Python's
# Unicode 14; tests/anonymise/text/test_text_scrubber.py checks that it covers every Cf character the
# running Python knows. They are invisible, so a datum may carry them anywhere. With them the other
# default-ignorable characters, as invisible and as easy to type in: the combining grapheme joiner,
# variation selectors, Hangul fillers, Khmer inherent vowels and Mongolian variation selectors.
_FORMAT_CHARACTERS_BMP = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u3164\ufe00-\ufe0f\uffa0"
)
_FORMAT_CHARACTERS = (
    _FORMAT_CHARACTERS_BMP + "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef"
)
# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign: written "-".
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_FORMAT = re.compile(f"[{_FORMAT_CHARACTERS}]")
# The quick test: a format character or a dash, or any character beyond the BMP. Naming the few Cf
# characters beyond the BMP one range at a time would make the regex engine test each range at every
# character, three times slower; a text with an emoji is instead folded and found unchanged.
_FORMAT_DASH_OR_ASTRAL = re.compile(
    f"[{_FORMAT_CHARACTERS_BMP}{_DASHES}\U00010000-\U0010ffff]"
)
_FORMAT_OR_ASTRAL = re.compile(f"[{_FORMAT_CHARACTERS_BMP}\U00010000-\U0010ffff]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_DASH = re.compile(f"[{_DASHES}]")  # a regex replaces the few dashes of a long text faster than translate
_DASH_TO_HYPHEN_MINUS = str.maketrans(dict.fromkeys(_DASHES, "-"))


@lru_cache(maxsize=8192)
def _fold_piece(piece: str) -> str:
    """A run of non-ASCII characters, or one character with its combining marks, folded: NFKC, format
    characters removed, dashes as "-". Runs repeat ("ä", "ö", "ää"), so most are a cache hit."""
    return _FORMAT.sub("", unicodedata.normalize("NFKC", piece)).translate(_DASH_TO_HYPHEN_MINUS)


def _copy_as_is(text: str, begin: int, stop: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    """Copy `text[begin:stop]` unchanged into a readable copy, each character mapped to itself."""
    out.append(text[begin:stop])
    starts.extend(range(begin, stop))
    ends.extend(range(begin + 1, stop + 1))


def _fold(text: str) -> tuple[str, list[int], list[int]] | str | None:
    """The folded copy of `text` and, for each of its characters, where the original characters it was
    made from start and end; only the copy when folding replaced dashes and nothing else (the offsets
    are the same); None when folding would change nothing.

    Why the quick tests first: almost every text is plain ASCII or Finnish/Swedish letters already in
    NFKC, and `str.isascii`, one regex search and `unicodedata.is_normalized` decide that in C; a text
    with an en dash ("10.00–18.00") is the next most common and needs only one regex substitution. Only
    texts that fold otherwise are walked, and only their non-ASCII runs that fold differently."""
    if text.isascii():
        return None
    suspect = _FORMAT_DASH_OR_ASTRAL.search(text)
    normalized = unicodedata.is_normalized("NFKC", text)
    if normalized:
        if suspect is None:
            return None
        if _FORMAT_OR_ASTRAL.search(text, suspect.start()) is None:
            return _DASH.sub("-", text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0  # the original characters before `done` are folded into `out`
    combining = unicodedata.combining
    for run in _NON_ASCII_RUN.finditer(text):
        begin, stop = run.span()
        if begin > done and combining(text[begin]):
            begin -= 1  # a combining mark belongs with the ASCII letter before it: "a\u0308" is "ä"
        piece = text[begin:stop]
        if _fold_piece(piece) == piece:
            continue  # unchanged: stays in the stretch copied as it is
        if begin > done:
            _copy_as_is(text, done, begin, out, starts, ends)
        cluster_start = begin
        for index in range(begin + 1, stop + 1):
            if index < stop and combining(text[index]):
                continue
            folded = _fold_piece(text[cluster_start:index])
            if folded:
                out.append(folded)
                starts.extend([cluster_start] * len(folded))
                ends.extend([index] * len(folded))
            cluster_start = index
        done = stop
    if done < len(text):
        _copy_as_is(text, done, len(text), out, starts, ends)
    copy = "".join(out)
    return None if copy == text else (copy, starts, ends)


# A datum written with a space after each character to slip past ("m a i j a . l e h t o @ g m a i l . c o m",
# "0 4 0 - 8 8 1 2 3 4 5", "V i r t a n e n, S i r p a"): five or more single characters with one space
# between them, the last perhaps followed by a punctuation mark. The detectors read the stretch without
# its spaces. The quick test is a plain pattern the regex engine scans for at 180 MB/s here, four times
# faster than the whole one, which it runs only on the rare text that passes.
_SPACED_QUICK = re.compile(r" \S \S \S \S")
_LETTER_SPACED = re.compile(r"(?<!\S)\S(?: \S){4,}[,.;:!?]?(?!\S)")


def _without_letter_spacing(text: str) -> tuple[str, list[int], list[int]] | None:
    """`text` with the spaces inside letter-spaced stretches removed, and for each character of the copy
    where it starts and ends in `text`; None when there is no such stretch."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for match in _LETTER_SPACED.finditer(text):
        begin, stop = match.span()
        _copy_as_is(text, done, begin, out, starts, ends)
        for index in range(begin, stop):
            if text[index] != " ":
                out.append(text[index])
                starts.append(index)
                ends.append(index + 1)
        done = stop
    if not done:
        return None
    _copy_as_is(text, done, len(text), out, starts, ends)
    return "".join(out), starts, ends


def _readable_copy(text: str) -> tuple[str, list[int], list[int]] | str | None:
    """What the detectors read: the folded copy (see `_fold`), then without letter spacing; as `_fold`
    returns it, with the offsets of both steps composed."""
    folded = _fold(text)
    copy = text if folded is None else folded if isinstance(folded, str) else folded[0]
    if _SPACED_QUICK.search(copy) is None:
        return folded
    unspaced = _without_letter_spacing(copy)
    if unspaced is None:
        return folded
    if folded is None or isinstance(folded, str):
        return unspaced
    _, fold_starts, fold_ends = folded
    copy, starts, ends = unspaced
    return copy, [fold_starts[i] for i in starts], [fold_ends[i - 1] for i in ends]


def _find(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """The spans as (start, end, label) tuples into `text`, sorted and not overlapping, found in its
    readable copy when that differs from it."""
    folded = _readable_copy(text)
    if folded is None:
        return _detect(text, lang)
    if isinstance(folded, str):
        return _detect(folded, lang)
    copy, starts, ends = folded
    spans: list[tuple[int, int, str]] = []
    last = 0
    for start, end, label in _detect(copy, lang):
        # From the first original character of the span's first folded character to the last original
        # character of its last: what folding removed inside the span (a zero-width space) is covered.
        start, end = max(starts[start], last), ends[end - 1]
        if start < end:
            spans.append((start, end, label))
            last = end
    return spans


# An e-mail address has an "@" or an obfuscated one: "(at)", "[at]", " at " ("x at example dot com").
_EMAIL_MARKS = ("@", "(", "[", *SPELLED_AT)


def _may_hold_an_email(text: str) -> bool:
    return any(mark in text for mark in _EMAIL_MARKS)


def _detect(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """The spans as (start, end, label) tuples, sorted and not overlapping."""
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if "://" in text or "www." in text else []
    found = [(start, end, "EMAIL") for start, end in find_emails(text)] if _may_hold_an_email(text) else []
    runs = list(map(_SPAN, _DIGIT_RUN.finditer(text)))
    if runs:
        possible = _possible_digit_labels(text, runs)
        for label, detect in _DIGIT_DETECTORS:
            if label in possible:
                found += [
                    (start, end, label)
                    for start, end in (detect(text) if detect is not find_addresses else detect(text, runs))
                    if not urls or not any(s <= start and end <= e for s, e in urls)
                ]
    blocked = urls + [(start, end) for start, end, _ in found] if found else urls
    persons = find_persons(text, blocked, lang)
    if persons:
        found += [(start, end, "PERSON") for start, end in persons]
    return _merge(found) if len(found) > 1 else found


_RANK = {label: i for i, label in enumerate(LABELS)}


# A code whose check character or digits are verified is what it says: a phone number overlapping it is
# dropped before the longest span wins ("010190-0100" is both a valid HETU and digits shaped like a number).
_CHECKED = frozenset({"HETU", "IBAN"})


def _merge(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sort and keep, of overlapping spans, a verified code over a phone number, else the longest (then
    the one found by the earlier detector)."""
    ordered = sorted(found)  # the order of Span: start, end, label
    reach = -1
    for start, end, _ in ordered:
        if start < reach:
            break
        reach = max(reach, end)
    else:
        return ordered
    checked = [span for span in found if span[2] in _CHECKED]
    if checked:
        found = [
            span
            for span in found
            if span[2] != "PHONE" or not any(span[0] < other[1] and other[0] < span[1] for other in checked)
        ]
    kept: list[tuple[int, int, str]] = []
    for span in sorted(found, key=lambda s: (s[0] - s[1], _RANK[s[2]])):
        if not any(span[0] < other[1] and other[0] < span[1] for other in kept):
            kept.append(span)
    return sorted(kept)
