"""Names that sign a text or list people: sign-offs at the end, initials, glued and dashed
signatures, speakers before a colon, names under or after a heading, user names and nicknames."""

from __future__ import annotations

import re
from collections.abc import Sequence

from harvester.anonymise.text.lexicon import word_info
from harvester.anonymise.text.person.completion import _PLAIN_WORD
from harvester.anonymise.text.person.lower_case import (
    _LAST_WORDS,
    _lower_case_name_that_ends_the_text,
)
from harvester.anonymise.text.person.words import (
    _ABBREVIATIONS,
    _CAPITAL,
    _FUNCTION_WORDS,
    _INTRODUCTIONS,
    _ends_with_a_role,
    _facts,
    _is_cue,
)

# What may stand before a phone number or an e-mail address at the end of a text: a label, a comma.
_CONTACT_LABEL = re.compile(
    r"(?i)(?:[\s,;:(]|(?<![^\W\d_])(?:puh|p|tel|gsm|mob|mobile|phone|email|e-mail|sähköposti|s-posti|e-post|"
    r"epost|mail|mob\.?puh))*[.:]*[\s,;:(]*$"
)


# The line a mail app adds at the end of a message, after the writer's signature.
_MAIL_APP_FOOTER = re.compile(
    r"\s*\n[ \t]*(?:Sent from|Lähetetty|Skickat från)[^\n]{0,60}(?:\n[ \t]*)?$", re.IGNORECASE
)


def _before_trailing_contacts(text: str, blocked: Sequence[tuple[int, int]]) -> str:
    """`text` without the lines of phone numbers, e-mail addresses and their labels that end it, so that
    the signature on the line before them is read as the end of the text."""
    end = kept = len(text.rstrip())
    while True:
        covering = [start for start, stop in blocked if start < end <= stop]
        if not covering:
            break
        end = min(covering)
        label = _CONTACT_LABEL.search(text, max(0, end - 30), end)
        if label is not None:
            end = label.start()
        if "\n" not in text[end:min(covering)] and end > 0:
            break  # the contact shares its line with other words ("Kontakt: 040 ..."): not a line of its own
        kept = end
    return text[:kept] if kept < len(text) else text


# A sign-off abbreviation glued to the name on the last line: "t.Jussi", "T.Mikko Laine", "terv.Anu".
_GLUED_SIGN_OFF = re.compile(
    rf"(?:^|\n)[ \t]*(?:t|T|terv|Terv|mvh|Mvh|yst|Yst)\.([{_CAPITAL}][^\W\d_]+(?:[ -][{_CAPITAL}][^\W\d_]+)?)[ \t]*$"
)


def _glued_sign_offs(text: str) -> list[tuple[int, int]]:
    """The name of a sign-off glued to its abbreviation at the end of the text, when each word could be
    part of a name (a name or a word no lexicon knows; not a place only, a common word or a cue)."""
    match = _GLUED_SIGN_OFF.search(text, max(0, len(text) - 60))
    if match is None:
        return []
    for word in re.split(r"[ -]", match[1]):
        info, initial, acronym, personal, place_only = _facts(word)
        if acronym or place_only or _is_cue(word) or info.common and not info.name or not personal:
            return []
    return [match.span(1)]


# A Finnish case ending after a colon, as written after a foreign or short name ("Xu:lle", "Hoang:n",
# "Do:n"); an acronym in capitals takes it too ("HSL:n"), which is not a name.
# The colon opens the pattern (the regex engine skips in C to it); the word is looked for behind it.
_COLON_ENDING = re.compile(
    r":(?:n|lle|lta|ltä|lla|llä|ssa|ssä|sta|stä|a|ä|ta|tä|ksi|na|nä|han|hen|hin|hon|hun|ineen|iin|kin|kaan)(?![\w])"
)
_WORD_BEFORE_COLON = re.compile(rf"(?<![\w-])([{_CAPITAL}][^\W\d_]*[a-zà-ÿ][^\W\d_]*)$")


def _names_with_a_colon_ending(text: str) -> list[tuple[int, int]]:
    """A capitalised word with a case ending after a colon is a name when it reads as one or as a short
    foreign word no lexicon knows ("Xu:lle", "Lin:lle", "Hoang:n"); not a place, a common word or a brand
    of four letters or more that no lexicon knows ("Ikea:n")."""
    spans = []
    for colon in _COLON_ENDING.finditer(text):
        match = _WORD_BEFORE_COLON.search(text, max(0, colon.start() - 30), colon.start())
        if match is None:
            continue
        word = match[1]
        info, initial, acronym, personal, place_only = _facts(word)
        if acronym or place_only or _is_cue(word) or info.common and not info.name:
            continue
        if info.name or (not info.known and len(word) <= 3):
            spans.append(match.span(1))
    return spans


# Initials alone that sign a message, after its last sentence or on a line of their own ("... peilijäässä.
# M.V.", "Puh 09 7562 318. R.P."), or after a sign-off ("t. RK", "-JK").
_SIGNING_INITIALS = re.compile(
    r"(?:(?<=[.!?)] )|(?<=[.!?)]  )|(?<=\n)|^)[ \t]*((?:[A-ZÅÄÖ]\.[ ]?){2,3})[ \t]*$"
    r"|(?:(?<=[\s.!?])(?i:t\.|terv\.|mvh|hälsn\.)[ ]?|(?<=\s)[-/])([A-ZÅÄÖ]{2,3}\.?)[ \t]*$"
    # initials with dots after a sign-off written out: "Terveisin M.K.", "Regards, J. S."
    r"|(?<=[\s.!?])(?i:terveisin|hälsningar|regards|kiittäen|t\.|terv\.|mvh)[ ,]*((?:[A-ZÅÄÖ]\.[ ]?){2,3})[ \t]*$"
)


def _initials_that_sign_the_text(text: str) -> list[tuple[int, int]]:
    end = len(text.rstrip())
    if end < 3 or not (text[end - 1].isupper() or text[end - 1] == "."):
        return []
    # the pattern ends at the text's end: searched in its last characters only, not from its start
    match = _SIGNING_INITIALS.search(text, max(0, end - 24), end)
    if match is None:
        return []
    group = next(group for group in (1, 2, 3) if match.start(group) >= 0)
    return [(match.start(group), match.start(group) + len(match[group].rstrip()))]


# Two first names joined by a hyphen in lower case ("anna-liisa", "marja-terttu"), and a user name that
# begins with a first name ("@dimitris_p", "sofia_h").
_LOWER_DOUBLE_NAME = re.compile(r"(?<![\w'’@.-])([a-zåäö]{2,})-([a-zåäö]{2,})(?![\w'’@-])")
_USER_NAME = re.compile(
    r"(?<![\w@.])@?(([A-Za-zÅÄÖåäö]{2,})_[A-Za-z0-9]{1,12})(?![\w@.])"
    r"|(?<![\w@.])@(([A-Za-zÅÄÖåäö]{2,})(?:\.[A-Za-z0-9]{1,12}|\d{1,4}))(?![\w@]|\.\w)"  # "@mark.h", "@wei39"
)


def _double_names_and_user_names(text: str) -> list[tuple[int, int]]:
    """Both parts listed first names, neither an English or Swedish word; the user name's first part a
    listed first name."""
    spans = []
    hyphen = text.find("-")
    while hyphen > 0:  # most hyphens join no two words in lower case: looked at one by one, not scanned for
        if text[hyphen - 1].islower() and text[hyphen + 1 : hyphen + 2].islower():
            start = hyphen - 1
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            match = _LOWER_DOUBLE_NAME.match(text, start)
            if match is not None:
                parts = [word_info(match[i].capitalize()) for i in (1, 2)]
                if all(part.first_name and part.listed and not part.ambiguous_name for part in parts):
                    spans.append(match.span())
        hyphen = text.find("-", hyphen + 1)
    if "_" in text or "@" in text:
        for match in _USER_NAME.finditer(text):
            group = 1 if match.start(1) >= 0 else 3
            info = word_info(match[group + 1].capitalize())
            if info.first_name and info.listed and not info.place:
                spans.append(match.span(group))
    return spans


# What may stand after the name that ends a text: white space, smileys and emoji (symbols of category So,
# variation selectors and joiners among them); and a role or a place after a slash on the name's line.
_TRAILING_SMILEY = re.compile(r"(?:\s|[:;]-?[)(DPp]|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])+$")
_ROLE_AFTER_SLASH = re.compile(r"(?<=[^\W\d_])[ \t]*/[ \t]*[^\n/]{2,40}$")


# One-word sign-offs that may open the last sentence before the name ("Cheers Vik", "Kiitos Aino").
_SIGNOFF_WORDS = frozenset({"cheers", "thanks", "best", "regards", "br", "kiitos", "terveisin", "terv", "tack",
                            "hälsningar", "mvh", "thx"})  # fmt: skip


def _name_that_ends_the_text(text: str) -> tuple[int, int] | None:
    """A signature of its own at the end of a text: one to three capitalised words, or one word in
    capitals ("ESKO"), after the end of a sentence or a line, none of them a cue, a place or an ordinary
    word, one of them a name or a word no lexicon knows ("Too many flats, too few trees. Luong"); a smiley
    or an emoji after it is left out ("Kiitos! Mykola 🙂"), and a role after a slash on its line too
    ("Pilar / Kontulan asukas")."""
    tail = text.rstrip()
    if tail and not (tail[-1].isalpha() or tail[-1] in ".!"):
        smiley = _TRAILING_SMILEY.search(tail, max(0, len(tail) - 12))
        tail = tail[: smiley.start()] if smiley is not None else tail
    if "/" in tail[-50:]:
        role = _ROLE_AFTER_SLASH.search(tail, max(0, len(tail) - 50))
        if role is not None:
            tail = tail[: role.start()]
    if not tail or not (tail[-1].isalpha() or tail[-1] in ".!"):
        return None
    if tail[-1].islower() and tail.rsplit(None, 1)[-1].islower():
        return _lower_case_name_that_ends_the_text(tail)  # a text whose last word is in lower case
    # A cheap test first: the last sentence (after ". ", "! ", "? " or a line break) has at most three words.
    last = tail.rstrip(".!")
    cut = max(last.rfind(". "), last.rfind("! "), last.rfind("? "), last.rfind("\n"), last.rfind(" - "))  # dashes are folded
    if cut < 0 or last.count(" ", cut + 2) > 3:
        return None
    match = _LAST_WORDS.search(tail, max(0, len(tail) - 60))
    if match is None or match.start(1) == 0:
        return None
    words = match[1].split(" ")
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 2:
        info = word_info(words[0].capitalize())
        return match.span(1) if info.name and not info.common and not info.place else None
    any_personal = any_word = any_sure_name = False
    span = match.span(1)
    if len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper():
        words = words[:-1]  # a trailing initial: "Will B.", "Rauha V."
        span = (span[0], span[1] + 1) if text.startswith(".", span[1]) else span
    if len(words) > 1 and words[0].lower() in _SIGNOFF_WORDS:
        span = (span[0] + len(words[0]) + 1, span[1])  # "... by the shore. Cheers Vik": the name after it
        words = words[1:]
    for word in words:
        parts = word.replace("’", "'").replace("'", "-").split("-")
        if not all(part[:1].isupper() and (len(part) == 1 or part[1:].islower()) for part in parts if part):
            return None  # not capitalised, or a capital inside: "OmaStadi" ("Al-Sayed" is two capitalised parts)
        info, initial, acronym, personal, place_only = _facts(word)
        if _is_cue(word) or place_only or word.lower() in _ABBREVIATIONS:
            return None
        if info.common and not info.name:
            if word.lower() in _INTRODUCTIONS or _ends_with_a_role(word.lower()):
                return None  # "Yhteyshenkilö Tuula Järvinen", "Rahastonhoitaja Jukka Heikkinen": a label
            any_word = True
        if not info.known and len(word) > 12:
            return None  # a compound no lexicon knows ("Stadsmiljösektorn"), longer than names are
        any_personal = any_personal or personal
        any_sure_name = any_sure_name or info.name and not info.common and not info.place
    if any_word:
        # an ordinary word only on a line of its own beside a name that is nothing else: "Thanks!\nRavi Kumar"
        line_of_its_own = text[text.rfind("\n", 0, match.start(1)) + 1 : match.start(1)].strip(" \t-–—/") == ""
        return span if len(words) > 1 and line_of_its_own and any_sure_name else None
    return span if any_personal else None


# A heading that announces a list of people, one a line: "Osallistujat:", "Participants (for the guard):".
_PEOPLE_WORD_PATTERNS = (
    r"osallistuja\w*", r"ilmoittautu\w*", r"nimilista\w*", "nimet", "jäsenet", "läsnä", "paikalla", "leiriläiset",
    "vieraat", "pelaajat", "participants?", "attendees?", "names", "guests", "members", "players", "deltagare",
    "närvarande", "namn", "medlemmar", "gäster", "spelare",
)  # fmt: skip
_PEOPLE_WORDS = "(?:" + "|".join(_PEOPLE_WORD_PATTERNS) + ")"
_PEOPLE_HEADING = re.compile(rf"(?im)^[^\n:]{{0,40}}\b{_PEOPLE_WORDS}\b[^\n:]{{0,40}}:[ \t]*$")
# The same heading with the names after it on its line: "Pelaajat: toivo hugo amir", "Players: Kai, Mateo".
_PEOPLE_HEADING_INLINE = re.compile(rf"(?im)^[^\n:]{{0,40}}\b{_PEOPLE_WORDS}\b[^\n:]{{0,20}}:[ \t]*(?=\S)")
# The heading words without what may follow them, in lower case: a cheap test before the pattern.
_PEOPLE_STEMS = tuple(pattern.removesuffix("\\w*").removesuffix("s?") for pattern in _PEOPLE_WORD_PATTERNS)


def _names_listed_after_a_heading(text: str) -> list[tuple[int, int]]:
    """The first names (in any case) listed on the line of a heading that announces people: each word of
    the line that has a first-name reading; the other words ("+ 4 guests") are passed over."""
    colon, heading_seen = text.find(":"), False
    while colon >= 0 and not heading_seen:  # a heading word before a colon on its line: a cheap test first
        line = text[max(text.rfind("\n", 0, colon) + 1, colon - 60) : colon].lower()
        heading_seen = any(stem in line for stem in _PEOPLE_STEMS)
        colon = text.find(":", colon + 1)
    if not heading_seen:
        return []
    spans = []
    for heading in _PEOPLE_HEADING_INLINE.finditer(text):
        line_end = text.find("\n", heading.end())
        for word in _PLAIN_WORD.finditer(text, heading.end(), len(text) if line_end < 0 else line_end):
            info = word_info(word[0][:1].upper() + word[0][1:])
            if info.first_name and not info.place and not _is_cue(word[0]) and word[0].lower() not in _FUNCTION_WORDS:
                spans.append(word.span())
    return spans
# A line of the list: a number or a bullet, then a name of one to four words (in any case), then perhaps
# a remark in brackets or after a dash.
_LISTED_PERSON = re.compile(
    r"[ \t]*(?:\d{1,3}[.)][ \t]*|#\d{1,3}[ \t]+|[-*•–][ \t]*)?"
    r"([^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?(?:[ \t]+[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?){0,3})"
    r"[ \t]*(?:[(–-][^\n]*)?$"
)


def _names_listed_under_a_heading(text: str) -> list[tuple[int, int]]:
    """The names listed one a line under a heading that announces people ("Osallistujat:", "Participants:",
    "Deltagare:"), numbered or not, up to the first line that is no such name: a list for a booking's
    door guard. A line of a place or of ordinary words alone ends the list."""
    spans = []
    for heading in _PEOPLE_HEADING.finditer(text):
        position = heading.end() + 1
        while position < len(text):
            line_end = text.find("\n", position)
            line_end = len(text) if line_end < 0 else line_end
            match = _LISTED_PERSON.fullmatch(text, position, line_end)
            if match is None or not _listed_words_could_be_a_name(match[1]):
                break
            spans.append(match.span(1))
            position = line_end + 1
    return spans


def _listed_words_could_be_a_name(words: str) -> bool:
    """Some word is a name or no lexicon knows it; no word is an ordinary word alone or a cue; a place only
    beside a name ("Thi Thu Hà Phạm", not "Tampere")."""
    parts = [part.rstrip(".") for part in words.split()]
    facts = [(part, _facts(part[:1].upper() + part[1:])) for part in parts if part]
    names = sum(1 for _, f in facts if f[0].name or not f[0].known)
    return bool(names) and not any(
        f[4] and names < 2 or f[0].common and not f[0].name or _is_cue(part) for part, f in facts
    )


# Parts of the words that introduce a nickname, in both cases: a cheap test before the pattern.
_NICKNAME_STEMS = ("imimer", "ickname", "sername", "äyttäjä", "ndarnamn", "ignaturen", "NIMIMER", "NICK", "USER")
# A nickname or user name after the word that introduces it: "nimimerkki Kalliolainen82", "username: mk_88".
_NICKNAME = re.compile(
    r"(?i:nimimer\w*|nick(?:name)?|username|user name|käyttäjä(?:nimi|tunnus)\w*|användarnamn\w*|signaturen)"
    r"[ \t]*[:=]?[ \t]*[\"“”'«]?([^\s\"“”'«»,;:!?()]*[^\W_][^\s\"“”'«»,;:!?()]*?)[.]?(?=[\s\"“”'»,;:!?()]|$)"
)


def _nicknames(text: str) -> list[tuple[int, int]]:
    """A nickname after "nimimerkki", "nickname", "username", "användarnamn": it may name its writer. One with
    a capital, a digit or an underscore: a word in lower case after it is mostly the sentence going on."""
    return [
        match.span(1)
        for match in _NICKNAME.finditer(text)
        if len(match[1]) > 1 and not match[1].islower() or any(ch.isdigit() or ch == "_" for ch in match[1])
    ]


# A comment's header line: the writer's name and the date ("Kirsi 12.2.2026", "Jussi Tuominen 9.11.2026 klo 14.05").
_NAME_AND_DATE_LINE = re.compile(
    rf"(?m)^[ \t]*([{_CAPITAL}][^\W\d_]+(?:[ -][{_CAPITAL}][^\W\d_]+){{0,2}}(?:[ ][{_CAPITAL}]\.)?)[ \t]+(?:,[ \t]*)?"
    r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:[ \t]+(?:klo|kl\.?|at)?[ \t]*\d{1,2}[.:]\d{2})?[ \t]*$"
)


# A date that ends a line, from its first digit: a cheap test before the pattern above.
_DATE_ENDING_A_LINE = re.compile(r"\d\.(?:\d{4}|\d{2})(?:[ \t]+(?:klo|kl\.?|at)?[ \t]*\d{1,2}[.:]\d{2})?[ \t]*$", re.M)


def _names_dating_a_comment(text: str) -> list[tuple[int, int]]:
    """The name on a line of its own before a date: some word a name or no word a lexicon knows, none an
    ordinary word alone, a cue or a place only (as in a list under a heading)."""
    spans = []
    for date in _DATE_ENDING_A_LINE.finditer(text):  # each line that ends with a date, read whole
        line_start = text.rfind("\n", 0, date.start()) + 1
        match = _NAME_AND_DATE_LINE.match(text, line_start, date.end())
        if match is not None and _listed_words_could_be_a_name(match[1][:-3] if match[1].endswith(".") else match[1]):
            spans.append(match.span(1))  # "Natalia V." is read without its initial
    return spans
