"""A name made whole and found again: initials and particles joined to it, names coordinated
with it, its other mentions in the text (inflected too)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from harvester.anonymise.text.lexicon import (
    english_words,
    name_base_forms,
    read_as_a_verb,
    read_only_as_a_verb,
    swedish_words,
    word_info,
)
from harvester.anonymise.text.person.vetoes import (
    _COMPANY_AFTER,
    _famous_name,
    _may_name_a_company,
)
from harvester.anonymise.text.person.words import (
    _ABBREVIATIONS,
    _CAPITAL,
    _FUNCTION_WORDS,
    _PLACE_CASE,
    _POSSESSIVE_S,
    _facts,
    _is_cue,
    _starts_sentence,
)

# The initials of a double first name before a surname: "J-P Salminen", "K-G Holmbergs fru".
_HYPHENED_INITIALS_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]-[A-ZÅÄÖ][ ]$")


def _with_hyphened_initials(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    start, end, reason = span
    if reason or start < 4 or text[start - 3] != "-":
        return span
    initials = _HYPHENED_INITIALS_BEFORE.search(text, start - 4, start)
    return (initials.start(), end, reason) if initials is not None else span


# A surname in capitals before a first name, as forms and registers write them ("OKAFOR Kofi", "VIRTANEN
# Matti"): three or more capitals with a vowel, and one space, right before the name.
_SURNAME_IN_CAPITALS_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖÜ]*[AEIOUYÅÄÖÜ][A-ZÅÄÖÜ]*)[ ]$")


def _with_surname_in_capitals_before(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """The span of a name that begins with a first name, widened over a surname in capitals before it: a
    word that reads as a surname or as no word a lexicon knows, no ordinary word, place or cue; or over a
    surname in the genitive, as spoken Finnish puts the family first ("Kallion Jaanalle", "Salon Fatima")."""
    start, end, reason = span
    if reason or start < 3 or text[start - 1] != " ":
        return span
    if text[start - 2] == "n":
        return _with_genitive_surname_before(text, span)
    if not text[start - 2].isupper():
        return span
    before = _SURNAME_IN_CAPITALS_BEFORE.search(text, max(0, start - 30), start)
    if before is None or len(before[1]) < 3 or before[1].lower() in _ABBREVIATIONS:
        return span  # "10 AM Emily Carter", "HUOM Matti tulee"
    first = text[start:end].split(" ", 1)[0]
    if not first[1:].islower() or not word_info(first).first_name:
        return span
    surname = word_info(before[1].capitalize())
    if (surname.surname or not surname.known) and not (surname.common or surname.place) and not _is_cue(before[1]):
        return (before.start(1), end, reason)
    return span


# A surname in capitals after a first name ("Babatunde OGUNLEYE", "Carmen RUIZ DE ALDA", "Tõnu KIVISILD"):
# up to three words of two or more capitals with a vowel, a particle only between two of them.
_SURNAME_IN_CAPITALS_AFTER = re.compile(
    r"(?:[ ](?:DE|DA|DO|DOS|DEL|DI|VAN|VON|DER|AL|EL|BIN|LA|LE))?[ ]([A-ZÅÄÖÜÕÉÑ]*[AEIOUYÅÄÖÜÕÉ][A-ZÅÄÖÜÕÉÑ]+)(?![\w-])"
)


def _with_surname_in_capitals_after(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """The span of a name that ends with a first name written as names are, widened over a surname in
    capitals after it: each word reads as a surname or as no word a lexicon knows, no ordinary word,
    place, cue or abbreviation."""
    start, end, reason = span
    if reason or not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper():
        return span
    words = text[start:end].split(" ")
    last = words[-1]
    # a surname in capitals joined already, whose next part follows: "Carmen RUIZ| DE ALDA"
    surname_begun = last.isupper() and last.isalpha() and len(words) > 1 and words[0][1:].islower()
    if not surname_begun and (not last[1:].islower() or not word_info(last).first_name):
        return span
    new_end = end
    for _ in range(3):
        match = _SURNAME_IN_CAPITALS_AFTER.match(text, new_end)
        if match is None:
            break
        word = match[1]
        info = word_info(word.capitalize())
        if info.common or info.place or _is_cue(word) or word.lower() in _ABBREVIATIONS:
            break
        if new_end == end and not surname_begun and not (info.surname or not info.known):
            break  # the first must read as a surname; the others may be names of any kind ("RUIZ DE ALDA")
        new_end = match.end()
    return (start, new_end, reason) if new_end != end else span


# A first name written in lower case or in capitals right before a surname found alone ("Invoice to grace
# Bergström", "Responsible person BILL Patel").
_FIRST_NAME_IN_ANOTHER_CASE_BEFORE = re.compile(r"(?<![\w'’.@-])([a-zåäö]{2,}|[A-ZÅÄÖ]{2,})[ ]$")


def _with_first_name_in_another_case_before(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """The span of a surname found alone, widened over a first name before it written in another case: a
    listed first name in its basic form that is no ordinary word, cue, function word or abbreviation."""
    start, end, reason = span
    if reason or start < 3 or text[start - 1] != " " or " " in text[start:end] or not text[start + 1 : end].islower():
        return span
    before = _FIRST_NAME_IN_ANOTHER_CASE_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return span
    word = before[1]
    if word.lower() in _FUNCTION_WORDS or _is_cue(word) or word.lower() in _ABBREVIATIONS:
        return span
    first, surname = word_info(word.capitalize()), word_info(text[start:end])
    if not (first.first_name and first.listed and first.nominative) or first.common or first.place:
        return span  # "mieltä Virtasten", "talon Mäkelän": a word's form Voikko reads as a name's too
    if surname.surname or not surname.known and not surname.first_name:
        return (before.start(1), end, reason)
    return span


_GENITIVE_SURNAME_BEFORE = re.compile(rf"(?<![\w'’.-])([{_CAPITAL}][a-zà-öø-ÿ]+n)[ ]$")


def _with_genitive_surname_before(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    start, end, reason = span
    before = _GENITIVE_SURNAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return span
    first = text[start:end].split(" ", 1)[0]
    surname = word_info(before[1])
    if (
        " " in text[start:end]  # a full name already: "Kallion Jaana Virtanen" is no one's
        or not first[1:].islower()
        or not word_info(first).first_name
        or surname.first_name
        or _is_cue(before[1])
        # a surname inflected ("Järven", "Salon"), also one Voikko reads so though a district too ("Kallion");
        # not "Jansson", no genitive
        or not (surname.surname and not surname.nominative or name_base_forms(before[1]) - {before[1]})
    ):
        return span
    return (before.start(1), end, reason)


# A nickname in quotation marks between a first name and a surname: "Mohamed 'Mo' Warsame", "Timo ”Tipi”
# Laaksonen".
_QUOTED_NICKNAME_AND_SURNAME = re.compile(
    rf"[ ]['\"”“‘’][{_CAPITAL}][\w-]{{0,15}}['\"”“‘’][ ]([{_CAPITAL}][a-zà-öø-ÿ]+(?:-[{_CAPITAL}][a-zà-öø-ÿ]+)?)(?![\w-])"
)


def _with_quoted_nickname(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """The span of a first name widened over a nickname in quotation marks and the surname after it: a
    word that reads as a name or as no word a lexicon knows."""
    start, end, reason = span
    if reason or end + 4 > len(text) or text[end : end + 1] != " " or text[end + 1] not in "'\"”“‘’":
        return span
    match = _QUOTED_NICKNAME_AND_SURNAME.match(text, end)
    if match is None or not word_info(text[start:end].rsplit(" ", 1)[-1]).first_name:
        return span
    surname = word_info(match[1])
    return (start, match.end(), reason) if surname.name or not surname.known else span


def _widened_names(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` with each name widened over the parts the runs leave beside it (a surname in capitals or in
    the genitive before it, one in capitals after it, a first name in another case before it, a nickname
    in quotation marks and the surname after it), and without the names a widened one now covers: a part
    of the surname may have been found alone ("Carmen RUIZ DE ALDA")."""
    widened = [
        _with_quoted_nickname(
            text,
            _with_first_name_in_another_case_before(
                text, _with_surname_in_capitals_after(text, _with_surname_in_capitals_before(text, span))
            ),
        )
        for span in found
    ]
    if widened == found:
        return found
    return [
        span for span in widened if not any(s <= span[0] and span[1] <= e and (s, e) != span[:2] for s, e, _ in widened)
    ]


# A capitalised word of letters right before or after a found name, with one space between.
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])([{_CAPITAL}][a-zà-öø-ÿā-ž]+)[ ]$")
# A capitalised word that ends where the search ends: the first of a pair ("Grace and ..."), a name before
# "-täti"; the passes that use it find what follows first and look behind for the word.
_CAPITALISED_WORD_BEHIND = re.compile(rf"(?<![\w'’-])([{_CAPITAL}][a-zà-öø-ÿ]+)$")
_WORD_AFTER = re.compile(rf"[ ]([{_CAPITAL}][a-zà-öø-ÿā-ž]+)(?![\w'’@.-]|\.\w)")
# Initials before a surname: "T. Turunen", "L.V. Kinnunen", "M-B. Strandberg", "A.-M. Halme-Manninen".
_INITIALS_BEFORE = re.compile(rf"(?<![\w.-])([{_CAPITAL}](?:(?:\.-?|-)[{_CAPITAL}])*\.)[ ]?$")
# The particles of a surname in the languages of the city's residents, and "al-"/"el-" prefixes.
_NAME_PARTICLES = r"(?:van|von|de|der|den|del|della|la|las|los|le|da|das|do|dos|du|di|bin|binti|ibn|bint|af|ter|ten)"
_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’.-])((?:{_NAME_PARTICLES}[ ])+)$")
# After a name also capitalised ("Giulia De Luca", "Anke Van Dijk").
_PARTICLE_NAME_AFTER = re.compile(
    rf"(?:[ ](?:{_NAME_PARTICLES}|De|Del|Della|Dela|Da|Dos|Das|Di|Du|Van|Von|Der|Den|Le|La|Ter|Ten))+[ ](?:(?:al|el|Al|El)-)?[{_CAPITAL}][^\W\d_]+(?:-[{_CAPITAL}][^\W\d_]+)?"
    rf"|[ ](?:al|el|Al|El|abu|Abu)-[{_CAPITAL}][^\W\d_]+"
)


def _whole_names(
    text: str, found: list[tuple[int, int, str]], blocked: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Names found, each made whole: over a word no lexicon knows right after it, or before a one-word
    name within a sentence (the other part of a foreign name: "Yonas Woldu", "Chen Yuxuan", ", Somchai
    Boonmee"), over an English possessive
    ("Matti Hämäläinen's"), and two names with only a space between joined into one ("Niran Kittisak"):
    a part left out is a part published."""
    names = sorted(span for span in found if not span[2])
    if not names:
        return found
    taken = [*blocked, *((s, e) for s, e, reason in found if reason)]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    whole: list[tuple[int, int, str]] = []
    for start, end, reason in names:
        # Each pattern is tried only when the characters next to the name allow it: most names stand
        # between a space and a punctuation mark, and the cheap tests rule them out.
        spaced_before = text[start - 2 : start - 1].isalpha() and text[start - 1] == " "
        if spaced_before and text[start - 2].islower():
            particles = _PARTICLES_BEFORE.search(text, max(0, start - 20), start)
            if particles is not None and free(particles.start(1), start):
                start = particles.start(1)  # "van der Meer", "dos Santos"
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isalpha():
            after = _PARTICLE_NAME_AFTER.match(text, end)
            if after is not None and free(end, after.end()):
                end = after.end()  # "Anke de Jong", "Huda al-Sudani", "Ibrahim bin Mahmoud"
        if text[start - 1 : start] == "." or text[start - 2 : start] == ". ":
            initials = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
            if (
                initials is not None
                and free(initials.start(1), start)
                and not (initials[1] == "T." and word_info(text[start:end].split(" ", 1)[0]).first_name)
            ):
                start = initials.start(1)  # not the sign-off "T." ("T. Pekka": terveisin)
        if text[start - 1 : start] == " " and text[start - 2 : start - 1].islower():
            first = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if first is not None and _joinable_first_name(first[1]) and free(first.start(1), start):
                start = first.start(1)  # "Karin Sofia Holmström"
            elif (
                first is not None
                and " " not in text[start:end]
                and _unknown_name_part(first[1])
                and not _starts_sentence(text, first.start(1))  # there a role or a verb: "Ordförande Jussi"
                and free(first.start(1), start)
            ):
                start = first.start(1)
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            after = _WORD_AFTER.match(text, end)
            if after is not None and _unknown_name_part(after[1]) and free(end, after.end(1)):
                end = after.end(1)
        if text.startswith(_POSSESSIVE_S, end) and (end + 2 == len(text) or not text[end + 2].isalnum()):
            end += 2
        elif text[end : end + 1] == "_":
            handle = _HANDLE_TAIL.match(text, end)
            if handle is not None and free(end, handle.end()):
                end = handle.end()  # a user name: "@Jari_K", "Pekka_68"
        if (
            whole
            and start <= whole[-1][1] + 1
            and text[whole[-1][1] : start].strip(" ") == ""
            and not _listed_in_lower_case(text[whole[-1][0] : whole[-1][1]], text[start:end])
        ):
            whole[-1] = (whole[-1][0], max(end, whole[-1][1]), reason)
        else:
            whole.append((start, end, reason))
    return whole + [span for span in found if span[2]]


_HANDLE_TAIL = re.compile(r"(?:_[^\W_]+)+(?![\w@])")


def _listed_in_lower_case(before: str, word: str) -> bool:
    """Two words in lower case, the second a first name that is no surname: two people of a list ("toivo
    hugo amir"), not a first name and its surname ("matti virtanen")."""
    if not (before.islower() and word.islower() and " " not in word):
        return False
    info = word_info(word[:1].upper() + word[1:])
    return info.first_name and not info.surname


def _unknown_name_part(word: str) -> bool:
    """A word no lexicon knows, not in a Finnish case of places ("Addis Abebaan": to a city)."""
    info, initial, acronym, personal, place_only = _facts(word)
    return (
        not info.known
        and personal
        and len(word) > 2
        and word.lower() not in _ABBREVIATIONS
        and _PLACE_CASE.search(word) is None
    )


_POSTPOSITION_AFTER = re.compile(r"[ ](?:mukaan|kanssa|mielestä|luona|luokse|luota|puolesta|kautta|vuoksi|takia)(?![\w-])")


def _inflected_name(word: str, text: str, end: int, of_a_full_name: bool = False) -> bool:
    """A name found again with an ending: read as a name or unknown (a word of a full name found in the
    text also when the lexicon reads an ordinary word: "Armi Karhu" ... "Karhulle"), and not also as a
    verb unless a postposition follows it ("Toivon todella": I hope; "Toivon mukaan": according to Toivo)."""
    info = word_info(word)
    lower = word.lower()
    if lower in english_words() or lower in swedish_words():
        return False  # "Saloon" is no copy of "Ville Salo"
    if not (info.name or not info.known) and (not of_a_full_name or info.place):
        return False  # "Kallion" (the district) is no copy of "Anna Kallio"
    return not read_as_a_verb(word) or _POSTPOSITION_AFTER.match(text, end) is not None


# Finnish case endings and Swedish and English genitives after a name found elsewhere in the text
# ("Aram Qadir" ... "Aramilla", "Behnaz" ... "Behnazin", "Linnea" ... "Linneas").
_AGAIN_ENDINGS = ("", "n", "in", "lle", "ille", "lta", "ilta", "ltä", "iltä", "lla", "illa", "llä", "illä", "a", "ä",
                  "ia", "iä", "sta", "stä", "ssa", "ssä", "ksi", "iksi", "s", "ta", "tä", "ine",
                  "kin", "kaan", "han", "hän")  # fmt: skip
# A word of letters, with hyphens inside: what a name found is split into, and a listed name.
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


_PERSONAL_PRONOUN = re.compile(
    r"(?i)(?<![\w-])(?:hän|hänen|hänet|hänelle|häntä|hänellä|häneltä|hänestä|hänen|she|her|his|him|han|hon|hans"
    r"|hennes|honom|henne)(?![\w-])"
)


def _names_found_again(
    text: str, found: list[tuple[int, int, str]], blocked: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """`found` and the other places of the text where a word of a name found stands again, capitalised as
    there, alone or with a case ending or genitive ("Somchai Boonmee" ... "hosted by Somchai", "Rut och
    Björn" ... "Rut ringde", "Aram Qadir" ... "Aramilla"): a writer names the same person again. Only words
    of three letters or more, of a full name or with a name's reading, in their basic form or with an
    ending that makes a word no lexicon knows or a name."""
    names: dict[str, bool] = {}  # each word and whether it is a word of a full name
    other_stems: list[str] = []  # words whose two first letters stand again: maybe inflected with another stem
    about_a_person: bool | None = None  # whether a personal pronoun stands in the text, tested once
    for start, end, reason in found:
        if reason:
            continue
        words = _PLAIN_WORD.findall(text, start, end)
        # the usual case, tested in C: no word of the name, nor its first two letters, stands elsewhere
        if all(text.count(word[:2]) < 2 for word in words):
            continue
        if _famous_name(text, start, end):
            continue  # "Jean Sibelius", vetoed at the end, must leave no copies ("Sibeliuksen puisto")
        for word in words:
            if len(word) >= 3 and word[0].isupper() and text.count(word[:2]) > 1:
                other_stems.append(word)
            if text.count(word) < 2:
                continue
            if len(word) < 3 or not word[0].isupper() or word.isupper():
                continue
            # A word of a full name, or one with a name's reading: a single word no lexicon knows may be a
            # product or a place the rules took ("Leafin", "Kalymnokselle"), and copies would multiply it,
            # unless the text speaks of a person ("Abrehet pyysi ... hänen suomensa ... Abrehetille").
            if len(words) > 1 or word_info(word).name:
                names[word] = names.get(word, False) or len(words) > 1
            elif not word_info(word).known:
                if about_a_person is None:
                    about_a_person = _PERSONAL_PRONOUN.search(text) is not None
                if about_a_person:
                    names.setdefault(word, False)
    taken = [(s, e) for s, e, _ in found] + list(blocked)
    if other_stems:
        found = found + _names_found_again_with_another_stem(text, other_stems, taken)
    if not names:
        return found
    companies = _may_name_a_company(text)
    added = []
    for word, of_a_full_name in names.items():
        position = text.find(word)
        while position >= 0:
            match = _PLAIN_WORD.match(text, position)
            if position and (text[position - 1].isalnum() or text[position - 1] == "-") or match is None:
                position = text.find(word, position + 1)
                continue
            end = match.end()
            ending = text[position + len(word) : end]
            if (
                (ending in _AGAIN_ENDINGS or ending == word[-1] + "n")  # "Kaya" ... "Kayaan"
                and not any(s < end and position < e for s, e in taken)
                and (not ending or _inflected_name(text[position:end], text, end, of_a_full_name))
                and not (companies and _COMPANY_AFTER.match(text, end))
            ):
                added.append((position, end, ""))
                taken.append((position, end))
            position = text.find(word, end)
    return found + added if added else found


# A capitalised word, for names found again with another stem.
_CAPITALISED_WORD = re.compile(rf"(?<![\w-])[{_CAPITAL}][a-zà-öø-ÿ]{{2,}}(?![\w-])")


def _names_found_again_with_another_stem(
    text: str, names: list[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The Finnish case forms of a name found whose stem changes ("Satu Järvinen" ... "Sadun tunneilla",
    "Sirkka Lahti" ... "Sirkan ikkuna"), which the search for the name's letters misses: a capitalised
    word that begins with the name's first two letters and that Voikko reads as that name."""
    heads: dict[str, list[str]] = {}
    for name in names:
        heads.setdefault(name[:2], []).append(name)
    added = []
    for head, same_head in heads.items():
        position = text.find(head)  # each place the two letters stand, found in C
        while position >= 0:
            match = _CAPITALISED_WORD.match(text, position)
            position = text.find(head, position + 2)
            if match is None:
                continue
            word = match.group()
            if any(word.startswith(name) for name in same_head):
                continue
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if word.endswith(("lla", "llä")) and word_info(word).common:
                continue  # "Ilta Karjalainen" ... "Illalla kerroin": in the evening, the word's time adverb
            if not name_base_forms(word).isdisjoint(same_head) and not read_as_a_verb(word):
                added.append((match.start(), match.end(), ""))
                taken.append(match.span())
    return sorted(added)


# A surname with a nobiliary particle after a first name: "Carl von Bonsdorff", "Liisa af Forselles",
# "Ludwig van der Berg"; the particle is in lower case, the surname capitalised.
_PARTICLE_SURNAME = re.compile(
    r"(?: (?:von|van|af|de|der|den|da|das|di|do|dos|du|del|della|dela|delos|la|le|zu|ten|ter)){1,2}"
    rf" [{_CAPITAL}][^\W\d_]+(?:-[^\W\d_]+)?"
)
_PARTICLES = (" v", " a", " d", " z", " t", " l")  # the first letters of the particles: a cheap test
# A name and the word joined to it by "ja", "och", "and", "&" or a comma: "Maria och Johan", "Liisa, Pekka".
_JOINED_AFTER = re.compile(
    rf"(?:,[ \t]*|[ \t]+(?:ja|sekä|och|samt|and|&)[ \t]+)([{_CAPITAL}][^\W\d_]+(?:-[^\W\d_]+)?"
    rf"(?:[ ][{_CAPITAL}][^\W\d_]+(?:-[^\W\d_]+)?){{0,2}})(?![^\W\d_])"
)
_JOINED_BEFORE = re.compile(rf"([{_CAPITAL}][^\W\d_]+)(?:,[ \t]*|[ \t]+(?:ja|sekä|och|samt|and|&)[ \t]+)$")
_JOIN_WINDOW = 40
# What may stand between two joined names (a cheap test before the patterns above).
_JOINS = (",", ", ", ",\t", " ja ", " sekä ", " och ", " samt ", " and ", " & ", "\tja ", " ja\t")


def _completed_names(
    text: str, found: list[tuple[int, int, str]], blocked: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """`found` with each name extended over what the runs of capitalised words leave out of it (an initial
    after a surname, a surname after a particle) and with the first names joined to it. One pass over the
    names, with a cheap test of the characters around each before any pattern."""
    joined = False
    for index, (start, end, reason) in enumerate(found):
        if reason:
            continue
        new_end = _name_end(text, start, end)
        if new_end != end and not any(s < new_end and end < e for s, e in blocked):
            found[index] = (start, new_end, reason)
            end = new_end
        joined = joined or text.startswith(_JOINS, end) or text.endswith(_JOINS, 0, start)
    return _with_coordinated_names(text, found, blocked) if joined else found


def _name_end(text: str, start: int, end: int) -> int:
    """Where the name found at `start`..`end` really ends: after "Virtanen M." or "Korhonen A." (the
    initial and its dot), or after "Carl von Bonsdorff" (a particle and a surname after a first name)."""
    after = text[end : end + 1]
    if after == ".":
        if end >= 2 and text[end - 1].isupper() and text[end - 2] == " ":
            return end + 1  # "Korhonen A" + "."
    elif after == " ":
        if text[end + 1 : end + 2].isupper() and text[end + 2 : end + 3] == ".":
            if not text[end + 3 : end + 4].isalpha():
                return end + 3  # "Virtanen" + " M."
        elif text.startswith(_PARTICLES, end):
            match = _PARTICLE_SURNAME.match(text, end)
            if match is not None and word_info(text[start:end].rsplit(" ", 1)[-1]).first_name:
                surname = word_info(match[0].rsplit(" ", 1)[-1])
                if not surname.common or surname.name:
                    return match.end()
    return end


def _joinable_first_name(word: str, alone: bool = False) -> bool:
    """A first name that is no ordinary word: "Maria" (also a hospital's name), not "Toivo" or "Johan";
    `alone`: a single word joined to a single found word, where a first name that is an ordinary word or
    a place as well counts too ("Sofia, Hilla ja Venla"; not "Kent" beside a band's two-word name)."""
    info = word_info(word)
    if not info.first_name or _is_cue(word):
        return False
    return alone or not (info.common or info.ambiguous_name)


def _joinable_name(words: str, comma: bool = False, anchor_alone: bool = False) -> bool:
    """A name in a list joined to a found one: a first name that is no ordinary word, and the surnames
    after it ("Sergei Ivanov, Maarja Tamm"), or words no lexicon knows ("Aziz och Truong", "Maarja Tamm"):
    no place, no common word, no cue, no compound ending in a word in lower case ("OmaStadi-moderointi",
    "Varaamo-tuki"). After a comma, two or more words none of which is a name are a unit or a title in a
    signature ("Merja Harju, Sports Services"), not a name."""
    parts = words.split(" ")
    if any("-" in part and part.rsplit("-", 1)[1][:1].islower() for part in parts):
        return False
    if comma and len(parts) > 1 and not any(_facts(part)[0].name for part in parts):
        return False
    rest = parts[1:] if _joinable_first_name(parts[0], anchor_alone and len(parts) == 1) else parts
    for part in rest:
        info, initial, acronym, personal, place_only = _facts(part)
        if not personal or acronym or initial or place_only or info.common and not info.name:
            return False
        if part is parts[0] and (info.known or len(part) < 3 or _is_cue(part) or part.lower() in _ABBREVIATIONS):
            return False  # the first word alone: a first name, or a word no lexicon knows ("Br, Jussi": no)
    return True


# A word in lower case joined by a comma or a conjunction after or before a name in lower case.
_LOWER_JOINED_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]+(?:ja|sekä|och|samt|and|&)[ \t]+)([a-zåäöšž][^\W\d_]+(?:-[^\W\d_]+)?)(?![^\W\d_'’-])"
)
_LOWER_JOINED_BEFORE = re.compile(
    r"(?<![^\W\d_'’-])([a-zåäöšž][^\W\d_]+(?:-[^\W\d_]+)?)(?:,[ \t]*|[ \t]+(?:ja|sekä|och|samt|and|&)[ \t]+)$"
)


def _lower_case_names_joined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The first names in lower case joined by a comma or a conjunction to the lower-case name at
    `start`..`end`: listed or known first names that are no English word, verb or cue."""
    spans = []
    after = _LOWER_JOINED_AFTER.match(text, end) if text.startswith(_JOINS, end) else None
    before = None
    if text.endswith(_JOINS, 0, start):
        before = _LOWER_JOINED_BEFORE.search(text, max(0, start - _JOIN_WINDOW), start)
    for match in (before, after):
        if match is None:
            continue
        word = match[1]
        info = word_info(word[:1].upper() + word[1:])
        if (
            info.first_name
            and not info.ambiguous_name
            and not read_only_as_a_verb(word)
            and not _is_cue(word)
            and word not in _FUNCTION_WORDS
        ):
            spans.append(match.span(1))
    return spans


def _with_coordinated_names(
    text: str, found: list[tuple[int, int, str]], blocked: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """`found` and the first names joined to a found name by a conjunction or a comma ("Tack till Maria och
    Johan", "Liisa, Pekka ja Matti"): a first name the rules left out because it is also a place or an
    ordinary word in another language is a name in such a list. Runs until nothing is added (chains)."""
    taken = [(start, end) for start, end, reason in found if not reason]
    queue = list(taken)
    added = []
    while queue:
        start, end = queue.pop()
        candidates = []
        alone = " " not in text[start:end]
        if text[start].islower():  # "svetlana, mahsa och lucía": names in lower case in a list of them
            for span in _lower_case_names_joined(text, start, end):
                if not any(s < span[1] and span[0] < e for s, e in (*taken, *blocked)):
                    taken.append(span)
                    queue.append(span)
                    added.append((*span, ""))
            continue
        if text.startswith(_JOINS, end):
            after = _JOINED_AFTER.match(text, end)
            if after is not None:
                candidates.append((after.span(1), "," in text[end : after.start(1)]))
        if text.endswith(_JOINS, 0, start):
            before = _JOINED_BEFORE.search(text, max(0, start - _JOIN_WINDOW), start)
            if before is not None and (before.start(1) == 0 or not text[before.start(1) - 1].isalnum()):
                candidates.append((before.span(1), "," in text[before.end(1) : start]))
        for span, comma in candidates:
            if any(s < span[1] and span[0] < e for s, e in (*taken, *blocked)):
                continue
            if _joinable_name(text[span[0] : span[1]], comma, alone):
                taken.append(span)
                queue.append(span)
                added.append((*span, ""))
    return found + added if added else found
