"""International bank account numbers (IBAN) of any country in the registry, in any case and any
grouping ("FI21 1234 5600 0007 85", "fi2112345600000785", "FI 21 123456 00000785", "FI-21-1234-5600-0007-85",
"fi21.1234.5600.0007.85", a number wrapped at the end of a line), verified by country length and mod 97.

A number of an IBAN's shape whose check digits are wrong is still somebody's account, mistyped or made up
as people do ("FI12 3456 7890 1234 56"): it is an IBAN when its country is Finland or Åland, or when an
account, payment or invoice word stands just before it ("tilille", "IBAN", "kontonummer", "account",
"bill", "lasku", "faktura", "refund", "deposit"), and its length is within two characters of its
country's. Nothing else is written that way, so the cost in false alarms is nil on the development set
and on the Turku NER corpus. An account number without its country code counts only right after a word
that names an account ("Tilinumero 1234 5600 0007 85", "Konto: 123456-785")."""

from __future__ import annotations

import re
from collections.abc import Iterator

# IBAN length per country: 4 + the BBAN length of the SWIFT IBAN registry, as python-stdnum ships it
# (arthurdejong/python-stdnum, stdnum/iban.dat, commit 13270457bd53c93ce5c085fdd7d7e343a089a97d), with
# Costa Rica at 22 as since 2017. The second group are countries of later registry editions (and Åland,
# which uses Finland's format), written from memory and not checked against the registry: a guess.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21,
    "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30,
    "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "TL": 23, "TN": 24, "TR": 26, "VG": 24, "XK": 20,
    # later editions and Åland (a guess, see above)
    "AX": 18, "BI": 27, "BY": 28, "DJ": 27, "EG": 29, "FK": 18, "IQ": 23, "IR": 26, "LY": 25, "MN": 20, "NI": 28,
    "OM": 23, "RU": 33, "SC": 31, "SD": 18, "SO": 23, "SV": 28, "UA": 29, "VA": 22, "YE": 30,
}  # fmt: skip

# Country code, maybe a space or a hyphen (see _SHAPE), check digits, then letters and digits with up to
# three separators between any two of them: spaces, hyphens, dots, slashes and line breaks, as people write
# groups ("FI21-1234-5600-0007-85", "fi21.1234.5600.0007.85", "FI21/1234/5600/0007/85", "FI21 1234 5600 -
# 0007 85", a number wrapped at the end of a line). Where the IBAN ends is decided in Python from the
# country's length.
_SEPARATORS = r"[ ./\t\r\n-]{0,3}"
_CANDIDATE = re.compile(rf"[A-Za-z]{{2}}[ -]?\d\d(?:{_SEPARATORS}[A-Za-z0-9]){{11,32}}")
_ALNUM = re.compile(r"[A-Za-z0-9]")

# The check digits after a country code (a space or a hyphen between only after a word of two letters:
# "FI 21", "FI-21", "fi 21"; "on 12 ..." is a word, which only a valid check lets through, see
# find_ibans), then eight more characters: a cheap test that starts at a digit. Only the check digits are
# consumed, so that no shape hides the next.
_SHAPE = re.compile(
    rf"\d\d(?:(?<=[A-Za-z]{{2}}\d\d)|(?<=(?<![^\W\d_])[A-Za-z]{{2}}[ -]\d\d))(?=(?:{_SEPARATORS}[A-Za-z0-9]){{8}})"
)


# Words that say an account number follows, within _CUE_REACH characters before the country code: account
# and payment words, and invoice and refund words ("Please bill my company: ES38 ...", "laskuttakaa",
# "fakturera", "palautus tilille", "återbetalning").
_CUE = re.compile(
    r"(?i)(?:iban|bic|tili|konto|account|acct|a/c|bank|pankki|maksu|betala|pay|bill|invoic|lasku|faktur|refund"
    r"|reimburs|palaut|hyvit|återbetal|transfer|siirt|överför|maksa|deposit|takuu|vuokra|hyra|rent|grant"
    r"|apuraha|stipend|avustus|bidrag|palkk|salary|lön|arvode|honorar|fee\b|korvau|ersätt|money|raha|pengar"
    r"|wire|swift|sepa|saaja|payee|mottagare|beneficiar|recipient)"
)
_CUE_REACH = 80  # a sentence: "please transfer the prize money (500 EUR) of our team to NL32 ..."
_HOME_COUNTRIES = frozenset({"FI", "AX"})
_LENGTH_SLACK = 2


_MIN_LENGTH, _MAX_LENGTH = 15, 34  # the registry's shortest IBAN (Norway) and the longest ISO 13616 allows


def is_valid_iban(candidate: str) -> bool:
    """True when the country, length and mod-97 check of a space-free IBAN agree."""
    iban = candidate.upper()
    return IBAN_LENGTHS.get(iban[:2]) == len(iban) and _mod97_holds(iban)


def _mod97_holds(iban: str) -> bool:
    digits = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    return int(digits) % 97 == 1


def find_ibans(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every IBAN, checked or of a mistyped one's shape (see the module's
    docstring), and then of every account number after an account word, in the Finnish domestic format or
    without a country code; what follows it (a word, another number) is left out."""
    found: list[tuple[int, int]] = []
    for shape in _SHAPE.finditer(text):
        check = shape.start()
        start = check - 3 if text[check - 1] in " -" else check - 2
        if found and start < found[-1][1]:
            continue
        # Glued to the word before ("tilinumeroFI21..."): only an upper-case country code with a valid check.
        glued = start > 0 and text[start - 1].isalnum()
        if glued and not (text[start - 1].isalpha() and text[start : start + 2].isupper()):
            continue
        country = text[start : start + 2].upper()
        length = IBAN_LENGTHS.get(country)
        match = _CANDIDATE.match(text, start) if length else None
        if match is None:
            continue
        characters = list(_ALNUM.finditer(text, start, match.end()))
        # "fi 21 ..." in lower case with a space may as well be a word and a count: only a valid one counts,
        # unless an account word stands before it.
        strict = glued or (
            start + 2 < check and not text[start : start + 2].isupper() and not _cued(text, start)
        )
        end = _iban_end(text, characters, length, country, start, strict)
        if end is not None:
            yield start, end
            found.append((start, end))
    accounts = list(find_domestic_accounts(text)) if "-" in text else []
    if any(stem in text for stem in BARE_WORD_STEMS):
        accounts += find_bare_accounts(text)
    for start, end in accounts:
        if not any(start < other_end and other_start < end for other_start, other_end in found):
            yield start, end
            found.append((start, end))


def _iban_end(
    text: str, characters: list[re.Match[str]], length: int, country: str, start: int, strict: bool = False
) -> int | None:
    """Where the IBAN starting at `start` ends, or None when the characters are none. `strict`: only a
    valid one."""
    if len(characters) >= length:
        end = characters[length - 1].end()
        if end == len(text) or not text[end].isalnum():
            code = "".join(ch.group() for ch in characters[:length])
            if is_valid_iban(code):
                return end
            if (
                not strict
                and _has_digit_account(code)
                and (country in _HOME_COUNTRIES or _cued(text, start) or _printed_foreign(text, start, end))
                and not _another_iban_inside(text, start, end)
            ):
                return end
        elif (
            text[end].isalpha()
            and text[end - 1].isdigit()
            and is_valid_iban("".join(ch.group() for ch in characters[:length]))
        ):
            return end  # "FI21 1234 5600 0007 85BIC NDEAFIHH": a valid code glued to the word after it
    # The run of digits after the country code, whole: a mistyped length, or another than the registry's.
    digits = 2
    while digits < len(characters) and characters[digits].group().isdigit():
        digits += 1
    end = characters[digits - 1].end()
    if (
        _MIN_LENGTH <= digits + 2 <= _MAX_LENGTH
        and (end == len(text) or not text[end].isalnum())
        and _mod97_holds("".join(ch.group() for ch in characters[: digits]).upper())
    ):
        return end  # a valid check over a length the registry does not give the country: written by hand
    if strict or not (country in _HOME_COUNTRIES or _cued(text, start)):
        return None
    if abs(digits - length) > _LENGTH_SLACK or (end < len(text) and text[end].isalnum()):
        return None
    return end


def _another_iban_inside(text: str, start: int, end: int) -> bool:
    """Whether another IBAN's country code and check digits begin a word inside `start`..`end`: "se 15e
    fi55 7469 ..." is a count and a Finnish IBAN, not one Swedish IBAN with wrong check digits."""
    for shape in _SHAPE.finditer(text, start + 4, end):
        check = shape.start()
        begin = check - 3 if text[check - 1] in " -" else check - 2
        if begin > start + 4 and not text[begin - 1].isalnum() and text[begin : begin + 2].upper() in IBAN_LENGTHS:
            return True
    return False


# A Finnish account number in the domestic format that IBAN replaced, still written by people who copy it
# from an old card or letter: six digits of the bank and branch, a dash, up to eight more ("123456-785",
# "800012-70123456"). Only after an account word or the name of a bank ("Nordea 123456-785"): the shape
# alone is also an order or a date.
# From the first digit, its lookbehind after it: the regex engine then skips in C to the next digit.
_DOMESTIC = re.compile(r"[1-8](?<=(?<![\w-])[1-8])\d{5}(?:-|[ ]-[ ]?)\d{2,8}(?![\w-])")  # "405622 - 450" too
_ACCOUNT_WORD = re.compile(
    r"(?i)(?:tili|konto|account|acct|a/c|iban|pankki|bank|nordea|danske|aktia|\bop\b|\bop:n\b|sampo)"
)


def find_domestic_accounts(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every Finnish domestic account number after an account word."""
    for match in _DOMESTIC.finditer(text):
        if _ACCOUNT_WORD.search(text, max(0, match.start() - _CUE_REACH), match.start()):
            yield match.span()


# An account number written without its country code after a word that names it, in one to nine groups of
# digits ("Tilinumero 1234 5600 0007 85", "Kontonummer: 5000 0000 0583 9825 7466", "account number
# 12345678"): eight digits or more, not an amount, within a short reach of the word with no other number,
# and no word between that names another kind of number (a reference, an invoice, a phone, ...).
# A group of one digit only after a dash: a check digit, as in Swedish clearing and account numbers
# ("8327-9 994 536 214-6").
_BARE = re.compile(r"(?<![\w+.,/-])\d\d{1,}(?:[ -]\d{2,}|-\d){0,8}(?![\w/]|[.,]\d)")
_DIGIT = re.compile(r"\d")
# Each word, then what may not follow it ("tilikausi", "kontor"); its letters before any "(" are where it
# begins, which `_account_words` looks for with `str.find`.
_BARE_WORDS = ("tili(?!kau|ot|ntark|toimis)", "konto(?!r)", "bankkonto", "account", "acct", "a/c", "iban", "clearing",
               # the compounds of "tili" and "konto" people write ("pankkitilille", "lönekonto"), and banks
               # named before the number ("Nordea 1234 5600 0007 85")
               "pankkitili", "käyttötili", "palkkatili", "säästötili", "lönekonto", "sparkonto", "privatkonto",
               "personkonto", "girokonto", "nordea", "danske", "aktia", "osuuspankki", "s-pankki", "säästöpankki",
               "handelsbanken", "swedbank", "revolut", "holvi",
               # Swedish giro accounts, shorter: "plusgiro 12 34 56-7", "bankgiro 5050-1055"
               "plusgiro", "bankgiro", "postgiro")
_BARE_WORD = re.compile(r"(?i)(?<!\w)(?:" + "|".join(_BARE_WORDS) + ")")
# Parts of those words in the cases they are written in: a cheap test before the pattern.
BARE_WORD_STEMS = ("ili", "ILI", "onto", "ONTO", "ccount", "CCOUNT", "a/c", "A/C", "cct", "CCT", "iban", "IBAN", "Iban",
                   "learing", "LEARING", "ordea", "ORDEA", "anske", "ANSKE", "ktia", "KTIA", "ankki", "ANKKI",
                   "anken", "ANKEN", "wedbank", "WEDBANK", "evolut", "EVOLUT", "olvi", "OLVI", "giro", "GIRO")
_BARE_REACH = 40
_NOT_AN_ACCOUNT = re.compile(
    r"(?i)viite|ref|\brf|lasku|invoice|faktur|order|tilau|asiakas|customer|kund|y-tunnus|ovt|puh|tel|phone"
    r"|mobil|gsm|soit|call|ring|hetu|sotu|henkilötun|personnummer|ssn|bokning|varaus|booking|reservation"
    r"|ärende|diaari|\bhel\b|business|yritys|företag|org\.?[ ]?nr|organisationsn|\d"
)
_AMOUNT_AFTER = re.compile(r"(?i)\s?(?:€|eur|e\b|kr|sek|nok|dkk|mk|\$|£|%)")
_BARE_MIN_DIGITS = 8
_GIRO_MIN_DIGITS = 6  # a Swedish plusgiro number is two to eight digits; six or more is somebody's


# Where an account word may begin, in lower case: `str.find` for each runs in C, where the case-blind
# pattern from a lookbehind would be tried at every character of the text.
_ACCOUNT_WORD_STARTS = tuple(word.split("(", 1)[0] for word in _BARE_WORDS)


def _account_words(text: str) -> list[re.Match[str]]:
    lower = text.lower()
    if len(lower) != len(text):  # "İ" lower-cased is two characters: the offsets would not be the text's
        return list(_BARE_WORD.finditer(text))
    words = []
    for stem in _ACCOUNT_WORD_STARTS:
        position = lower.find(stem)
        while position >= 0:
            match = _BARE_WORD.match(text, position)
            if match is not None:
                words.append(match)
            position = lower.find(stem, position + 1)
    return sorted(words, key=re.Match.start) if len(words) > 1 else words


def find_bare_accounts(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every account number written with no country code after a word naming it."""
    # The first number after each account word, looked for only within reach of the word.
    for word in _account_words(text):
        word_end = word.end()
        digit = _DIGIT.search(text, word_end, word_end + _BARE_REACH + 1)
        if digit is None:
            continue
        match = _BARE.match(text, digit.start())
        if match is None:
            continue
        start, end = match.span()
        digits = sum(ch.isdigit() for ch in match.group())
        if digits < (_GIRO_MIN_DIGITS if word.group().lower().endswith("giro") else _BARE_MIN_DIGITS):
            continue
        if text[start] == "0" and (end - start != _BARE_MIN_DIGITS or not match.group().isdigit()):
            continue  # a leading 0: a British account of eight digits ("09944820"), not a phone number
        if _NOT_AN_ACCOUNT.search(text, word_end, start) or _AMOUNT_AFTER.match(text, end):
            continue
        yield start, end


def _has_digit_account(code: str) -> bool:
    """An account part mostly of digits, as every country's is but for a bank code of letters."""
    return sum(ch.isdigit() for ch in code[4:]) * 2 >= len(code) - 4


def _cued(text: str, start: int) -> bool:
    return _CUE.search(text, max(0, start - _CUE_REACH), start) is not None


# A foreign IBAN of its country's exact length with wrong check digits and no account word counts when it
# is printed as IBANs are, in groups of four after an upper-case country code ("SE12 3456 7890 1234 5678
# 9012"), and no word naming a code of another kind stands just before it ("Koodi", "tuote", "order").
_PRINTED = re.compile(r"[A-Z]{2}\d\d(?: [A-Z0-9]{4})+(?: [A-Z0-9]{1,3})?")
_CODE_WORD_BEFORE = re.compile(
    r"(?i)(?:koodi|code|kod|tunnus|tuote|product|produkt|order|tilaus|serial|sarja|id|nro|no|nr)\W{0,3}$"
)


def _printed_foreign(text: str, start: int, end: int) -> bool:
    match = _PRINTED.match(text, start, end)
    return (
        match is not None
        and match.end() == end
        and _CODE_WORD_BEFORE.search(text, max(0, start - 20), start) is None
    )
