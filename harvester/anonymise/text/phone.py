"""Telephone numbers: Finnish mobile and landline numbers in national, +358, 00358 and 358 form, and
other international numbers written with a leading `+` or `00`. Dates, times, prices, years, counts and postal codes
are not phone numbers: a national number must start with the trunk 0 and an area or operator code."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Every alternative begins with a plain character ("+", "0", "(", "3"), so the regex engine skips in C to
# the next of them instead of trying a match at every character. "358" is the country code written
# without its plus ("358 40 123 4567"). Groups are separated by one or two spaces ("041  800  0972", as
# people space them out), a dash or a slash.
_CANDIDATE = re.compile(
    r"(?:\(\+[ ]?\d{1,3}\)[ ]?|\+[ ]?\d{1,3}[ -]?(?:\((?:0|\d{1,4})\)[ ]?)?|00[ ]?\d{1,3}[ -]?(?:\((?:0|\d{1,4})\)[ ]?)?"
    r"|\(0\d{1,3}\)[ ]?|0(?=[1-9])|358[ -]?(?:\(0\)[ ]?)?(?=[1-9]))"
    r"\d+(?:(?:[ \u00a0]{1,2}|[ ]?[-/][ ]?)\d+)*"
)
_THOUSANDS = re.compile(r"358(?: \d{3})+")  # "358 123 456": a number written in thousands
_BUSINESS_ID = re.compile(r"\d{7}-\d")  # Y-tunnus, e.g. 0201256-6
_HETU_SHAPED = re.compile(r"\d{6}-\d{4}[ ]+")  # a HETU with a digit check character, and the space after it
_SLASHED_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})")  # "02/04/2026"


_NON_DIGIT = re.compile(r"\D")
# An e-invoice address (OVT code): 0037, the eight digits of a Y-tunnus and up to five more (a department),
# e.g. 003712345678, which reads as a Latvian number (00 371 ...). After an e-invoice word it is no phone.
_E_INVOICE_WORD = re.compile(r"(?i)verkkolasku|ovt|e-?faktura|nätfaktura|e-?invoic")
_E_INVOICE_REACH = 40  # characters searched before the number


def _is_phone_number(number: str) -> bool:
    if number.startswith("(+"):  # "(+358) 45-715 3433": the country code in brackets
        number = "+" + number[2:]
    digits = _NON_DIGIT.sub("", number)
    if number.startswith("358"):
        # Without the plus only a whole Finnish number will do: 7-10 digits after the code, 8 when nothing
        # separates them from it (switchboard numbers are shorter, but then writers put the plus), and not
        # three-digit groups unless the number is a mobile one ("358 400 123 456", not 358 123 456 euros).
        national = digits[3:].removeprefix("0")
        if len(number) == 3 or _THOUSANDS.fullmatch(number) and not national.startswith(("4", "50")):
            return False
        return (7 if number[3] in " -(" else 8) <= len(national) <= 10
    if number.startswith(("+", "00")):
        if number.startswith("00"):
            digits = digits[2:]
        if digits.startswith("358"):
            national = digits[3:].removeprefix("0")
            return 5 <= len(national) <= 11  # +358 9 4711: switchboards have short numbers
        return 8 <= len(digits) <= 15
    if len(digits) == 7:
        return number.startswith(("09 ", "09-", "(09)"))  # a switchboard of the capital region: "09 816 21"
    return 8 <= len(digits) <= 11  # national numbers: trunk 0, area or operator code, subscriber number


def _glued_to_number(text: str, start: int) -> bool:
    """True for `2019-012345` or `15.01 2020`: the candidate continues a number before it."""
    return start >= 2 and text[start - 1] in ".,:-/" and text[start - 2].isdigit()


# A Finnish number grouped with dots, as some write a mobile number ("040.763.3287"): the trunk 0, a
# two-digit code, then three and three or four digits; a date ("01.10.2026") has two digits first.
# A landline of the capital region is dotted the same way after its "09" ("09.390.9028").
_DOTTED = re.compile(r"0(?<=(?<![\w.+])0)(?:[1-9]\d|9)\.\d{3}\.\d{3,4}(?![\w]|[.,]\d)")  # from the 0: a C scan
# A reference number (viitenumero) is written in groups of five from the right ("3 01675 46765"), which
# a phone number's shape takes; after a reference word it is the reference.
_REFERENCE_WORD = re.compile(r"(?i)viite|refer|\bref\b|\brf\b")
_REFERENCE_STEMS = ("iite", "IITE", "efer", "EFER", "ref", "Ref", "REF", "RF", "rf")  # a cheap test first
_REFERENCE_REACH = 30
_IN_A_CREDITOR_REFERENCE = re.compile(r"(?<![\w])RF\d\d(?:[ ]?[0-9A-Z]{1,4})*[ ]?$")
# A reference grouped in fives from the right, which may begin with zeros ("00 12345 67891"); an
# international prefix is not grouped so ("00358 40 123 4567").
_IN_REFERENCE_GROUPS = re.compile(r"\d{1,5}(?: \d{5})+")
_REFERENCE_GAP = re.compile(r"\w*[\s:.#|]*(?:\d+\s)*")  # the rest of the word, a colon or a table bar, leading groups
# "+90 537 560 53 38 / 040-4390004", "0444309325/0418724457": a slash separates two numbers.
_LIST_SLASH = re.compile(r"[ ]?/[ ]?")


def find_phones(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every telephone number; an over-long run of digit groups is cut at its end."""
    references = any(stem in text for stem in _REFERENCE_STEMS)
    for match in _CANDIDATE.finditer(text):
        start, number = match.start(), match.group()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_+") or _glued_to_number(text, start):
            continue
        if "-" in number and _BUSINESS_ID.fullmatch(number):  # the dash first: most numbers have none
            continue
        if "-" in number[6:8] and len(number) > 12:
            hetu = _HETU_SHAPED.match(number)
            if hetu is not None:  # "081156-2330 040 882 1934": a HETU, then the phone number after it
                start, number = start + hetu.end(), number[hetu.end() :]
        if "/" in number and _SLASHED_DATE.match(number):
            continue  # "02/01/2027", "02/01/2027 5-7 pm"
        end = match.end()
        if end < len(text) and text[end] in ".," and end + 1 < len(text) and text[end + 1].isdigit():
            continue  # a decimal number or a time such as 09.30
        if number.startswith("0037") and _e_invoice_address(text, start, number):
            continue
        if not number.startswith("+") and (
            references
            and (not number.startswith("00") or _IN_REFERENCE_GROUPS.fullmatch(number) is not None)
            and _after_a_reference_word(text, start)
            or _after_an_order_label(text, start)
        ):
            continue  # the number a reference, order, customer or invoice label stands before
        if "RF" in text and _IN_A_CREDITOR_REFERENCE.search(text, max(0, start - 24), start):
            continue  # "RF46 2565 0369 0958": the groups of an RF creditor reference
        if "/" in number and not _is_phone_number(number):
            offset = 0
            for slash in _LIST_SLASH.finditer(number):
                yield from _phone_or_its_start(number[offset : slash.start()], start + offset)
                offset = slash.end()
            yield from _phone_or_its_start(number[offset:], start + offset)
            continue
        if number.count("-") >= 3 and " " not in number and (
            not _is_phone_number(number) or len(number) - number.rfind("-") == 2
        ):
            continue  # "091-897-4903-4510", "091-45-678-9": a property or case code of dashed groups
        yield from _phone_or_its_start(number, start)
    if "." in text:
        for match in _DOTTED.finditer(text):
            yield match.span()


def _after_a_reference_word(text: str, start: int) -> bool:
    """Whether a reference word and nothing but its label and digits stand before `start` ("viitenumero 3
    01675 46765", "reference: 4 02577 43154"), so that the number continues a reference."""
    words = list(_REFERENCE_WORD.finditer(text, max(0, start - _REFERENCE_REACH), start))
    return bool(words) and _REFERENCE_GAP.fullmatch(text, words[-1].end(), start) is not None


# A number right after the label of an order, a customer, an invoice, a parcel, a receipt, a ticket or a
# card ("tilausnumero 0606908789", "order 0346522692", "kundnummer: 0123456789", "receipt number
# 0045-2291-77") is that number, whatever its shape.
_ORDER_LABEL = re.compile(
    r"(?i)(?:(?<![\w-])(?:tilaus|asiakas|lasku|lähetys|seuranta|tuote|order|beställnings|kund|faktura|produkt"
    r"|varaus|sarja|sopimus|boknings|avtals|serie|kuitti|kvitto|lipun[ ]?|biljett|tiketti|tapaus|ärende|laskun[ ]?"
    r"|kortin[ ]?|kortti|kort)"
    r"(?:numero|nro|tunnus|nummer|nr|number|no)\.?|(?<![\w-])(?:order|customer|invoice|tracking|product"
    r"|booking|reservation|serial|contract|receipt|ticket|case|transaction|card)"
    r"(?:[ ](?:number|no\.?|nr\.?|id|#))?|(?<![\w-])tilaus|(?<![\w-])beställning)[\s:#]*$"
)
_ORDER_REACH = 30


def _after_an_order_label(text: str, start: int) -> bool:
    return _ORDER_LABEL.search(text, max(0, start - _ORDER_REACH), start) is not None


def _phone_or_its_start(number: str, start: int) -> Iterator[tuple[int, int]]:
    """The number at `start`, or its longest start of whole groups that is a phone number."""
    while number:
        if _is_phone_number(number):
            yield start, start + len(number)
            return
        cut = max(number.rfind(" "), number.rfind("-"), number.rfind("\u00a0"))
        if cut <= 0:
            return
        number = number[:cut].rstrip(" -/\u00a0")


def _e_invoice_address(text: str, start: int, number: str) -> bool:
    """Whether `number`, starting with 0037, is an OVT code after an e-invoice word ("verkkolaskuosoite",
    "OVT-tunnus", "e-faktura", "nätfaktura", "e-invoice address")."""
    return 12 <= len(_NON_DIGIT.sub("", number)) <= 17 and (
        _E_INVOICE_WORD.search(text, max(0, start - _E_INVOICE_REACH), start) is not None
    )
