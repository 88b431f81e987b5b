"""Names beside a contact: a phone number, an e-mail address or a home address on the same line,
and labels that announce a person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from harvester.anonymise.text.lexicon import (
    english_words,
    swedish_words,
    word_info,
)
from harvester.anonymise.text.person.completion import _WORD_BEFORE
from harvester.anonymise.text.person.words import (
    _CAPITAL,
    _FUNCTION_WORDS,
    _INTRODUCTIONS,
    _KIN_FI,
    _POSSESSIVES,
    _PREPOSITIONS,
    _ends_with_a_role,
    _facts,
    _is_cue,
)

# Labels after which the next word names the person a booking or a contact is for, in lower case in quick
# notes: "kontaktperson arash", "keys picked up by ravi", "ansvarig vuxen: takumi", "hämtas av kaj".
_PERSON_LABELS = ("kontaktperson", "contact person", "contact:", "kontakt:", "yhteyshenkilö", "booked by",
                  "bokad av", "varaaja", "picked up by", "returned by", "hämtas av", "hämtar", "lämnar", "hakee",
                  "noutaa", "palauttaa", "ansvarig", "ansvarig vuxen", "vastuuhenkilö", "call", "ring", "soita",
                  "soittakaa", "avaimet hakee", "avaimen hakee", "avaimet noutaa", "avaimet palauttaa")  # fmt: skip
# Labels after which only a person can follow, so a word no lexicon knows is a name too ("avaimet hakee meron"),
# and so is a first name that is also a word ("avaimet hakee tuuli").
_KEY_LABELS = frozenset({"avaimet hakee", "avaimen hakee", "avaimet noutaa", "avaimet palauttaa", "picked up by",
                         "returned by", "booked by", "bokad av", "hämtas av", "kontaktperson", "contact person",
                         "varaaja"})  # fmt: skip
_LOWER_NAME_AFTER = re.compile(r"[:,]?[ \t]+([a-zà-öø-ÿ][^\W\d_]+(?:-[^\W\d_]+)?)(?:[ ]([a-zà-öø-ÿ][^\W\d_]{2,}))?(?![\w@.-]|\.\w)")
# Verbs that take other objects than people as often: only a name that is no word follows them as a name.
_WEAK_PERSON_LABELS = frozenset({"call", "ring", "soita", "soittakaa", "hämtar", "lämnar", "hakee", "noutaa",
                                 "palauttaa"})  # fmt: skip
# A word in lower case right before a phone number or an e-mail address ("hiwot, +358 44 ...", "takumi
# +358...", "pablo pgarcia@..."), or alone in brackets right after one ("... (aiko)", "... 6117 (minh)").
_LOWER_WORD_BEHIND = re.compile(r"(?<![\w@.:'’])(?<![\w.]-)([a-zà-öø-ÿ][^\W\d_]{2,})(?:,?[ ]|[ ]?\()$")
_BRACKETED_WORDS_AFTER = re.compile(r"[ ]?\(([^\W\d_][^\W\d_.]*\.?(?:[ -][^\W\d_][^\W\d_]*){0,2})\)")


_CONTACT_WORDS = frozenset({"tfn", "tel", "puh", "gsm", "mob", "mobil", "mobile", "phone", "email", "mail", "telefon",
                            "nummer", "numero", "nr", "nro", "sposti", "epost", "växel", "växeln", "whatsapp"})  # fmt: skip


def _lower_first_name(word: str, unknown_too: bool, ambiguous_too: bool = False, word_too: bool = False) -> bool:
    """A word in lower case that is a listed first name and no ordinary word or place (`ambiguous_too`: or
    a name that is also an English or Swedish word, "ana", "will"; `word_too`: or any first name that is
    also a Finnish word, "tuuli", "sulo"; `unknown_too`: or a word of three letters or more that no lexicon
    knows)."""
    if word in _PREPOSITIONS or word in _CONTACT_WORDS or word in _POSSESSIVES or _is_cue(word):
        return False  # "bokad av fru Nyström", "kontaktperson min man Henrik"
    if word_too and word.lower() in _KIN_FI:
        return False  # "Avaimet hakee veli Abdirahman": the brother, a first name too, is named after
    info = word_info(word[:1].upper() + word[1:])
    if info.first_name and (info.listed or word_too):
        return (word_too or not info.common) and not info.place and (ambiguous_too or not info.ambiguous_name)
    return unknown_too and not info.known and len(word) >= 3 and word not in english_words()


def _names_by_a_contact(text: str, blocked: Sequence[tuple[int, int]], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Names in notes of who books, picks up or answers: a first name in lower case after a label
    ("keys picked up by ravi"), or right before a phone number or an e-mail address; and the words in
    brackets right after a phone number or an e-mail address ("(aiko)", "(Noura Al-Amin)", "(Q. Le)"),
    each a name, an initial or no word a lexicon knows."""
    spans = []
    lower = text.lower()
    for label in _PERSON_LABELS:
        position = lower.find(label)
        while position >= 0:
            end = position + len(label)
            if (not position or not lower[position - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                match = _LOWER_NAME_AFTER.match(text, end)
                if match is not None and _lower_first_name(
                    match[1],
                    unknown_too=label in _KEY_LABELS,
                    ambiguous_too=label not in _WEAK_PERSON_LABELS,
                    word_too=label in _KEY_LABELS,
                ):
                    surname = match[2]
                    info = word_info(surname[:1].upper() + surname[1:]) if surname else None
                    whole = (
                        info is not None
                        and (info.name or not info.known and surname not in english_words() and surname not in swedish_words())
                        and not info.common
                        and surname not in _CONTACT_WORDS
                        and surname not in _FUNCTION_WORDS
                    )
                    spans.append((match.start(1), match.end(2) if whole else match.end(1)))
            position = lower.find(label, end)
    for start, end in blocked:
        # the searches below end in a space or a bracket before the datum: tested first, in one look
        behind = _LOWER_WORD_BEHIND.search(text, max(0, start - 30), start) if text[start - 1 : start] in (" ", "(") else None
        # a word no lexicon knows only where a sentence, a line or a label ends before it ("Tack! hiwot, +358")
        # a phone number or an e-mail address; not an account, a code or a HETU (which may begin with "0")
        phone_or_email = (text[start] in "+0(" and not _HETU_START.match(text, start)) or "@" in text[start:end]
        if behind is not None:
            word = behind[1]
            signed = phone_or_email and _DASH_SIGNATURE_BEFORE.search(text, max(0, behind.start(1) - 3), behind.start(1))
            if signed and (word_info(word.capitalize()).first_name or _lower_first_name(word, unknown_too=True)):
                spans.append(behind.span(1))  # "... hinnan. -marja 041-7328657": a name, though also a word
            elif _lower_first_name(
                word, unknown_too=phone_or_email and _opens_a_sentence_or_follows_a_label(lower, behind.start(1))
            ):
                spans.append(behind.span(1))
        if phone_or_email and text[start - 1 : start] in (" ", "("):
            named = _CAPITALISED_BEFORE_A_CONTACT.search(text, max(0, start - 30), start)
            if (
                named is not None
                and _may_name_someone_by_a_contact(named[1])
                and _WORD_BEFORE.search(text, max(0, named.start(1) - 30), named.start(1)) is None
            ):  # a capitalised word before it makes a longer name, which the full-name pass reads whole
                spans.append(named.span(1))  # "Swati (050 991 2047)", "Hiwot, +358 ..."
        if start and text[start - 1] in " ,:(<" and "@" in text[start:end]:
            spans += _words_of_the_address_before(text, start, end)
        bracket = _BRACKETED_WORDS_AFTER.match(text, end)
        if bracket is not None and not any(s < bracket.end(1) and bracket.start(1) < e for s, e, _ in found):
            words = bracket[1].replace("-", " ").split(" ")
            infos = [word_info(word[:1].upper() + word[1:]) for word in words]
            if all(
                len(word) == 2 and word[1] == "." or info.name and not info.common or not info.known
                for word, info in zip(words, infos, strict=True)
            ) and any(
                info.first_name and info.listed and not info.ambiguous_name or len(word) == 2 and word[1] == "."
                for word, info in zip(words, infos, strict=True)
            ):
                spans.append(bracket.span(1))
    return spans


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_WORDS_BEFORE_AN_ADDRESS = re.compile(r"([^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){0,2})[ ]*[,:(<]?[ ]*$")


def _words_of_the_address_before(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words right before an e-mail address that its local part spells ("Anna Kowalska,
    anna.kowalska@...", "ana (ana.souza@...)"): the writer's name, whatever else the words may mean. Each
    word must stand in the local part, and all of them, one to three, right before the address."""
    local = text[start:end].split("@", 1)[0].lower()
    parts = set(_LETTERS.findall(local))
    if not parts:
        return []
    match = _WORDS_BEFORE_AN_ADDRESS.search(text, max(0, start - 50), start)
    if match is None:
        return []
    words = re.split(r"[ -]", match[1])
    # keep the longest run of trailing words that the local part spells
    kept = 0
    for word in reversed(words):
        if word.lower() not in parts:
            break
        kept += 1
    if not kept:
        return []
    if kept == 1 and local == words[-1].lower():
        info = word_info(words[-1].capitalize())
        if (info.common or info.place) and not info.name:
            return []  # a service's mailbox, the word alone: "Kirjaamo <kirjaamo@hel.fi>", "Varaamo <varaamo@hel.fi>"
    first = len(" ".join(words[: len(words) - kept])) + (1 if kept < len(words) else 0)
    return [(match.start(1) + first, match.end(1))]


_HETU_START = re.compile(r"\d{6}[ ]?[-+A-FU-Ya-fu-y]")
_CAPITALISED_BEFORE_A_CONTACT = re.compile(rf"(?<![\w@.:'’-])([{_CAPITAL}][a-zà-öø-ÿā-ž]{{2,}})(?:,?[ ]|[ ]?\()$")


def _may_name_someone_by_a_contact(word: str) -> bool:
    """A capitalised word right before a phone number or e-mail address: a listed first name that is no
    ordinary word or place, or a word no lexicon knows (not a contact label, an English or Swedish word)."""
    lower = word.lower()
    if lower in _CONTACT_WORDS or _is_cue(word) or lower in _INTRODUCTIONS or _ends_with_a_role(lower):
        return False
    info, _, acronym, personal, place_only = _facts(word)
    if acronym or place_only or not personal:
        return False
    if info.first_name and info.listed:
        return not info.common and not info.place
    return not info.known


_DASH_SIGNATURE_BEFORE = re.compile(r"(?:^|\s)[-–—/]+$")
_SENTENCE_OR_LABEL_END = re.compile(r"(?:^|[.!?:]|\n)[ \t]*$")


def _opens_a_sentence_or_follows_a_label(lower: str, start: int) -> bool:
    return _SENTENCE_OR_LABEL_END.search(lower, max(0, start - 30), start) is not None


# A name written surname first with a comma, as registers print it, alone after a label on its line:
# "Vastuuhenkilö: RÄSÄNEN, KAISU", "Name: Okafor, Chidi".
_INVERTED_NAME_AFTER_A_LABEL = re.compile(
    r"(?im)(?:vastuuhenkilö|yhteyshenkilö|nimi|name|namn|varaaja|booker|bokare|contact|kontaktperson|ansvarig"
    r"|contact person|ilmoittaja|sender|lähettäjä)[ \t]*:[ \t]*"
    r"([A-ZÅÄÖ][A-Za-zÅÄÖåäö'’-]+),[ ]([A-ZÅÄÖ][A-Za-zÅÄÖåäö'’-]+)[ \t]*$"
)


def _inverted_names_after_a_label(text: str) -> list[tuple[int, int]]:
    """The first word a surname or a word no lexicon knows, the second a first name."""
    spans = []
    for match in _INVERTED_NAME_AFTER_A_LABEL.finditer(text):
        surname = word_info(match[1].capitalize() if match[1].isupper() else match[1])
        first = word_info(match[2].capitalize() if match[2].isupper() else match[2])
        if first.first_name and (surname.surname or not surname.known):
            spans.append((match.start(1), match.end(2)))
    return spans
