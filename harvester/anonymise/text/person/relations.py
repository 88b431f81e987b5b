"""Names found by who the person is to someone: kin, relations, roles, titles, neighbours, ages
in brackets, aliases and labels of responsibility."""

from __future__ import annotations

import re
from collections.abc import (
    Iterator,
    Sequence,
)

from harvester.anonymise.text.lexicon import (
    countries_and_regions,
    read_only_as_a_verb,
    word_info,
)
from harvester.anonymise.text.person.completion import (
    _CAPITALISED_WORD_BEHIND,
    _NAME_PARTICLES,
)
from harvester.anonymise.text.person.contacts import _lower_first_name
from harvester.anonymise.text.person.runs import _STREET_WORD
from harvester.anonymise.text.person.words import (
    _CAPITAL,
    _CAPITALISED_NAME,
    _FUNCTION_WORDS,
    _KIN_FI,
    _PERSON_VERB_ALTERNATION,
    _POSSESSIVES,
    _RELATIONS,
    _TITLES,
    _ends_with_a_role,
    _facts,
    _is_cue,
    _starts_sentence,
)

# A name and the age of its bearer in brackets: "Lumi (8 v)", "Sunny (7 yrs)", "Bo (5 år)".
# The bracket opens the pattern; the name is looked for behind it.
_AGE = re.compile(
    r"\((?:ikä[ ]|age[ ]|ålder[ ])?\d{1,2}(?:[ ]?(?:v|v\.|vee|vuotta|vuotias|-v|-vuotias|yrs|yr|years|years old|y|y\.o\."
    r"|år|åring))?\)"
)
_NAME_BEFORE_AGE = re.compile(rf"(?<![\w-])([{_CAPITAL}][^\W\d_]+(?:-[{_CAPITAL}][^\W\d_]+)?)[ \u00a0]$")


def _names_before_an_age(text: str) -> list[tuple[int, int]]:
    """A word with a name's reading, or one no lexicon knows, before an age in brackets is a person; not a
    place only, a cue or an acronym."""
    spans = []
    for age in _AGE.finditer(text):
        match = _NAME_BEFORE_AGE.search(text, max(0, age.start() - 40), age.start())
        if match is None:
            continue
        word = match[1]
        info, initial, acronym, personal, place_only = _facts(word)
        if acronym or _is_cue(word) or not (info.name or not info.known):
            continue
        if place_only or info.place and not (info.first_name and info.listed):
            continue  # "Sofia (12)" is a child, "Espoo (2)" no one
        if age[0][-2].isdigit() and not (info.first_name and info.listed):
            continue  # a bare number is an age only after a listed first name: "Harleen (12)", not "Sali B (2)"
        spans.append(match.span(1))
    return spans


# A person and their own kin after them: "Somchai ja vaimonsa Nattaya", "Abdi vaimoineen", "Linh perheineen".
_BEFORE_OWN_KIN = re.compile(
    rf"(?<![\w'’-])({_CAPITALISED_NAME})[ ](?:ja[ ](?:vaimonsa|miehensä|lapsensa"
    r"|poikansa|tyttärensä|perheensä|puolisonsa|äitinsä|isänsä|veljensä|siskonsa)|vaimoineen|miehineen|perheineen"
    r"|lapsineen|puolisoineen)(?![\w-])"
)
_OWN_KIN_STEMS = ("nsa ", "nsä ", "ineen")


def _names_before_their_kin(text: str) -> list[tuple[int, int]]:
    """A first name or a word no lexicon knows, written as names are, before "ja vaimonsa", "perheineen"
    ...: not a place, a cue or an ordinary word."""
    if not any(stem in text for stem in _OWN_KIN_STEMS):
        return []
    return [match.span(1) for match in _BEFORE_OWN_KIN.finditer(text) if _may_name_someone(match[1])]


def _may_name_someone(word: str) -> bool:
    """A name or a word no lexicon knows, written as names are: not a place only, an ordinary word, a cue
    or a function word (a word beside someone's kin)."""
    info, initial, acronym, personal, place_only = _facts(word)
    return personal and not place_only and not (info.common and not info.name) and word.lower() not in _FUNCTION_WORDS


# Another name for a person named just before: "Jukka-Pekka eli J-P", "Svetlana (meillä Sveta)", "Kikan
# (siis Jaanan)", "Oluwaseun Adeyemi ("Seun")".
_ALIAS_AFTER = re.compile(
    rf"[ ]?(?:[ ](?:eli|alias|aka|a\.k\.a\.|eller|or)[ ]|[ ]?\((?:siis|eli|meillä|alias|aka|kutsumanimi)?[ ]?[\"“”']?)"
    rf"([{_CAPITAL}][^\W\d_]*(?:-[{_CAPITAL}a-z][^\W\d_]*)?)"
)
_BRACKET_CLOSES = re.compile(r"[\"“”']?\)")


def _aliases(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The other name given right after a found name, after "eli", "alias", "aka" or in brackets: a word
    that is a name or that no lexicon knows, or an acronym of two or three letters ("JP")."""
    spans = []
    for _start, end, reason in found:
        if reason:
            continue
        match = _ALIAS_AFTER.match(text, end)
        if match is None:
            continue
        if "(" in text[end : match.start(1)] and _BRACKET_CLOSES.match(text, match.end(1)) is None:
            continue  # a remark in brackets, not another name: "(Meri-Rastilan nuorisotalon nuoret)"
        word = match[1].replace("-", "")
        info, initial, acronym, personal, place_only = _facts(match[1])
        if acronym and len(word) <= 3 or personal and not place_only and not (info.common and not info.name):
            spans.append(match.span(1))
    return spans


# A name and, after a comma, who the person is to the writer: "Jag skriver för Marianne, min granne på 92
# år", "Tekle, my neighbour", "Olena, naapurini".
_NAME_THEN_RELATION = re.compile(
    rf"(?<![\w'’-])({_CAPITALISED_NAME}),[ ](?:(?:min|mitt|my|our|vår|minun|mun|meidän)[ ])?"
    r"([^\W\d_]+)"
)


def _names_then_a_relation(text: str) -> list[tuple[int, int]]:
    """A first name or a word no lexicon knows, written as names are, before ", min granne", ", my
    neighbour", ", naapurini": no place, cue or ordinary word."""
    spans = []
    for match in _NAME_THEN_RELATION.finditer(text):
        # not a word for kin itself, though a name too: "Veli, sisko ja äiti" (brother, sister and mother)
        if match[2] in _RELATION_WORDS and match[1].lower() not in _KIN_FI and _may_name_someone(match[1]):
            spans.append(match.span(1))
    return spans


# A name and, in brackets right after it, who the person is: "Grace (the swim coach at Itäkeskus)", "Jussin
# (finnish friend)", "Tumpin (siis Tuomon)", "sofia (min dotter)". The bracket opens the pattern; the name
# is looked for behind it.
_BRACKETED_WHO = re.compile(r"[ ]\(([^()\n]{1,60})\)")
_ALIAS_HEADS = ("siis", "eli", "alltså", "i.e.")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])([^\W\d_]{2,}(?:-[^\W\d_]+)?)$")
_WHO_WORDS = frozenset({"coach", "teacher", "friend", "neighbour", "neighbor", "caretaker", "janitor", "valmentaja",
                        "opettaja", "kaveri", "ystävä", "naapuri", "talonmies", "tränare", "lärare", "vän",
                        "granne", "vaktmästare", "ohjaaja", "ope"})  # fmt: skip


# A first name alone in brackets: who wrote, answers the phone or did it ("040 992 1184 (Mei)", "kuin
# (Marja) tuossa ylempänä", "Thanks to (Anna) and Jussi").
_FIRST_NAME_IN_BRACKETS = re.compile(rf"\(({_CAPITALISED_NAME})\)")


def _first_names_in_brackets(text: str) -> list[tuple[int, int]]:
    """A listed first name alone in brackets, also one that is a Finnish word ("(Anna)", "(Marja)": no one
    brackets a verb or a berry so); not a place ("(Helsinki)") or an English or Swedish word ("(May)")."""
    spans = []
    for match in _FIRST_NAME_IN_BRACKETS.finditer(text):
        info = _facts(match[1])[0]
        if info.first_name and info.listed and not info.place and not info.ambiguous_name:
            spans.append(match.span(1))
    return spans


def _names_before_who_they_are(text: str) -> list[tuple[int, int]]:
    """A first name or a word no lexicon knows (in lower case a listed first name) right before a bracket
    that says who the person is: a word for kin, a neighbour, a friend, a coach, or "siis"/"i.e." and a
    name. Not a place, an acronym or a cue."""
    spans = []
    for who in _BRACKETED_WHO.finditer(text):
        original = who[1].replace(",", " ").split()[:4]
        words = [word.lower() for word in original]
        # "(siis Tuomon)": another name of the person; not "(siis bändin nimi)"
        alias = len(words) > 1 and words[0] in _ALIAS_HEADS and original[1][0].isupper()
        if not alias and not any(word in _WHO_WORDS or word in _RELATIONS for word in words):
            continue
        match = _NAME_BEFORE_BRACKET.search(text, max(0, who.start() - 40), who.start())
        if match is None:
            continue
        name = match[1]
        if name.islower():
            if _lower_first_name(name, unknown_too=False, ambiguous_too=True):
                spans.append(match.span(1))
            continue
        info, _, acronym, personal, place_only = _facts(name)
        if acronym or place_only or _is_cue(name) or name.lower() in _FUNCTION_WORDS:
            continue
        if info.name or not info.known or info.ambiguous_name or alias and name[0].isupper():
            spans.append(match.span(1))  # "Tumpin (siis Tuomon)": a nickname, whatever else the word is
    return spans


# In English, a name and after a comma who the person is: "Bob, the caretaker at the Malmitalo, was ...",
# "Anna, our coach, booked ...". Begun at the comma; the name is looked for behind it.
_ROLE_AFTER_A_NAME = re.compile(
    r", (?:the|our|my|his|her|their) (?:[a-z]+ ){0,2}(?:caretaker|janitor|coach|teacher|neighbou?r|landlord|owner"
    r"|driver|manager|chair|chairman|chairwoman|secretary|treasurer|organi[sz]er|volunteer|librarian|friend"
    r"|colleague|son|daughter|wife|husband|partner|mother|father|mum|mom|dad|instructor|trainer|leader|guide"
    r"|nurse|doctor|cleaner|receptionist|tenant|lodger|boss|supervisor)s?(?![\w-])"
)
_NAME_BEFORE_A_COMMA = re.compile(rf"(?<![\w'’-])({_CAPITALISED_NAME})$")


def _names_before_a_comma(after: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The capitalised word right before each match of `after`, which begins at a comma: found first, the
    regex engine skipping in C to each comma, then the word looked for behind it."""
    for anchor in after.finditer(text):
        match = _NAME_BEFORE_A_COMMA.search(text, max(0, anchor.start() - 30), anchor.start())
        if match is not None:
            yield match


def _names_before_a_role(text: str) -> list[tuple[int, int]]:
    """A first name (also one that is an English word: "Bob", "Will") or a word no lexicon knows before
    the role; not a place, a cue or an acronym ("Helsinki, the capital")."""
    spans = []
    for match in _names_before_a_comma(_ROLE_AFTER_A_NAME, text):
        info, _, acronym, personal, place_only = _facts(match[1])
        if acronym or place_only or info.place and not info.first_name or match[1].lower() in _FUNCTION_WORDS:
            continue
        if info.first_name or not info.known and personal:
            spans.append(match.span(1))
    return spans


# A first name and where the person lives, as neighbours are named: "Satu naapurista", "Make tos
# alakerrasta", "Dag i grannhuset", "Ben from next door".
_NEXT_DOOR = re.compile(
    rf"([{_CAPITAL}](?<=(?<![\w'’.-])[{_CAPITAL}])[a-zà-öø-ÿ]+(?:-[{_CAPITAL}][a-zà-öø-ÿ]+)?)[ ](?:(?:tos|tuolta|täältä)[ ])?"
    r"(?:naapurista|naapuritalosta|alakerrasta|yläkerrasta|viereisestä|vieressä|naapurissa|från grannhuset"
    r"|i grannhuset|från nedervåningen|från övervåningen|bredvid|from next door|next door|from upstairs"
    r"|from downstairs|upstairs|downstairs)(?![\w-])"
)
_NEXT_DOOR_STEMS = ("naapuri", "kerrasta", "viereis", "vieressä", "grannhuset", "våningen", "bredvid", "next door",
                    "stairs")  # fmt: skip


def _names_from_next_door(text: str) -> list[tuple[int, int]]:
    """A listed first name, also one that is a word ("Satu", "Make"); not a place."""
    spans = []
    for match in _NEXT_DOOR.finditer(text):
        info = _facts(match[1])[0]
        if info.first_name and info.listed and not (info.place and not info.first_name):
            spans.append(match.span(1))
    return spans


# A first name, where its bearer is from (a word or two ending in the elative "-sta"/"-stä"), and a verb
# only people do: "Sulo viereisestä talosta sanoi", "Ali meidän rapusta sanoi", "armas
# kiinteistöhuollosta kertoi". Begun at the elative's ending before the verb; the name is looked for
# behind it, in lower case too at the start of a sentence.
_FROM_SOMEWHERE_THEN_A_VERB = re.compile(
    rf"(?<=[a-zåäö])(?:sta|stä)[ ](?:{_PERSON_VERB_ALTERNATION})(?![\w-])"
)
_NAME_FROM_SOMEWHERE = re.compile(
    rf"(?<![\w'’.-])([{_CAPITAL}a-zåäö][a-zà-öø-ÿ]+)[ ](?:[a-zåäö]+[ ])?[a-zåäö]+$"
)


def _names_from_somewhere_before_a_verb(text: str) -> list[tuple[int, int]]:
    """A first name, also one that is a word ("Sulo", "Armas"), no place; in lower case only where a
    sentence starts."""
    spans = []
    for anchor in _FROM_SOMEWHERE_THEN_A_VERB.finditer(text):
        match = _NAME_FROM_SOMEWHERE.search(text, max(0, anchor.start() - 60), anchor.start())
        if match is None:
            continue
        name = match[1]
        if name.islower() and not _starts_sentence(text, match.start(1)):
            continue
        info = _facts(name.capitalize())[0]
        if info.first_name and not info.place and not _is_cue(name):
            spans.append(match.span(1))
    return spans


# Who fetches, returns or holds a room's keys, named before the keys, in any case: "Olga hakee avaimet",
# "Sulolla on avain", "Jukka-Pekka will pick up the keys", "Bo hämtar nycklarna"; and who holds them after
# them, "avaimet on Mikalla". (A name after "avaimet hakee", "picked up by", "hämtas av" is found by the
# labels of contacts.py.) A first name, and a surname after one named after the keys; not a pronoun
# ("hänellä").
_KEY_HOLDER = re.compile(
    r"(?i)(?:avaimet|avaimen|avain)[ ](?:on|ovat)[ ]([^\W\d_]+)(?:[ ]([^\W\d_]+))?"
    r"|(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)?)[ ](?:(?:hakee|noutaa|palauttaa)[ ](?:avaimet|avaimen)|on[ ](?:avain|avaimet)"
    r"|(?:(?:kan|ska|får)[ ]hämta|hämtar)[ ](?:nycklarna|nyckeln)|(?:will[ ])?picks?[ ]up[ ]the[ ]keys?"
    r"|(?:will[ ])?(?:picks?[ ](?:them|it)[ ]up|returns?[ ](?:them|it)))(?![\w-])"
)
_KEY_STEMS = ("avai", "Avai", "AVAI", "key", "Key", "KEY", "nyckl", "Nyckl", "NYCKL", "nyckel", "Nyckel", "NYCKEL")
_NOT_KEY_HOLDERS = _FUNCTION_WORDS | {"will", "shall", "can", "could", "would", "must", "may", "might"}  # "will pick up"


def _key_holders(text: str) -> list[tuple[int, int]]:
    """A word that reads as a first name, in any case form, no cue, and no place where the keys are kept;
    and a surname after it."""
    spans = []
    for match in _KEY_HOLDER.finditer(text):
        group = 1 if match[1] is not None else 3
        name = match[group]
        info = word_info(name.capitalize())
        # a place never fetches the keys ("Natalia", also a place in the lists); they may be kept at one
        if not info.first_name or group == 1 and info.place or _is_cue(name) or name.lower() in _NOT_KEY_HOLDERS:
            continue
        end = match.end(group)
        if group == 1 and match[2] is not None:
            surname = word_info(match[2].capitalize())
            if surname.surname and not surname.first_name and not surname.place:
                end = match.end(2)
        spans.append((match.start(group), end))
    return spans


# A name and, after a comma, the pronoun only a person is referred to by: "Tämän kuvan otti Arvo, hän on
# asunut talossa ...", "Fråga Stig, han vet", "Ask Grace, she knows". Begun at the comma.
_PERSONAL_PRONOUN_AFTER = re.compile(r", (?:hän|han|hon|she|he) ")


def _names_before_a_personal_pronoun(text: str) -> list[tuple[int, int]]:
    """A listed first name, also one that is a word ("Arvo"), before the pronoun; not a place."""
    spans = []
    for match in _names_before_a_comma(_PERSONAL_PRONOUN_AFTER, text):
        info = _facts(match[1])[0]
        if info.first_name and info.listed and not info.place:
            spans.append(match.span(1))
    return spans


# The titles as words of a text split at white space, in lower case, capitalised and in capitals, with and
# without the abbreviation's dot: `_surnames_after_a_title` is run only when the text holds one (a set test).
_TITLE_WORDS = frozenset(
    form + dot for title in _TITLES for form in (title, title.capitalize(), title.upper()) for dot in ("", ".")
)
# A title and the capitalised word after it: "herra Kuusen", "Herra Ojanperä", "rouva Kivi", "fru Ek", "Mr.
# Baker". The title's first letter opens the pattern, so that the scan skips in C to it.
_TITLE_AND_WORD = re.compile(
    r"(?<![^\W\d_])(?=[hrntdmpfsHRNTDMPFS])(?i:herra|rouva|neiti|hra|rva|tri|dr|mr|mrs|ms|miss|prof|herr|fru|fröken)"
    rf"\.?[ \u00a0]+((?:{_NAME_PARTICLES}[ ])*[{_CAPITAL}][^\W\d_]+(?:-[{_CAPITAL}][^\W\d_]+)?)(?![\w'’])"
)


def _surnames_after_a_title(text: str) -> list[tuple[int, int]]:
    """The word after a title is a surname, an ordinary word or a place too ("herra Kuusen", "Herra
    Ojanperä"); a greeting is weaker ("Hyvä Asukas" is no name), so only titles. Not a role ("rouva
    Puheenjohtaja"), a cue, an acronym or a word that names a street."""
    spans = []
    for match in _TITLE_AND_WORD.finditer(text):
        word = match[1].rsplit(" ", 1)[-1]  # "Mr. de Jong": the particles go with the name
        lower = word.lower()
        if word.isupper() or _is_cue(word) or _ends_with_a_role(lower) or _STREET_WORD.fullmatch(lower):
            continue
        spans.append(match.span(1))
    return spans


# The words for kin as words of a text split at white space: `_names_after_a_relation` runs only when one is there.
_RELATION_WORDS = frozenset(form for word in _RELATIONS for form in (word, word.capitalize()))
# The capitalised word right after a word for kin (matched at the word's end).
_WORD_AFTER_RELATION = re.compile(rf"[ \u00a0]+([{_CAPITAL}][^\W\d_]+(?:-[{_CAPITAL}][^\W\d_]+)?)(?![\w-])")


_LOWER_WORD_AFTER_RELATION = re.compile(r"[ \u00a0]+([a-zåäö][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])")


def _lower_case_first_name_after_a_relation(word: str, text: str, end: int) -> bool:
    """A first name in lower case, an ordinary word too ("onni"), but no verb ("sanoi"); a name that is
    also an English word only where nothing follows it but a mark or a number ("my husband will
    0401357924"; not "my son will come", "my husband said", "the kids love")."""
    info = word_info(word[:1].upper() + word[1:])
    if not info.first_name or read_only_as_a_verb(word) or _is_cue(word):
        return False
    return not info.ambiguous_name or _NOTHING_BUT_A_MARK_AFTER.match(text, end) is not None


_NOTHING_BUT_A_MARK_AFTER = re.compile(r"[ ]*(?:[,.!?;:)\n]|\d|\+|$)")


def _names_after_a_relation(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """The capitalised word after a word for kin is a first name, an ordinary word too ("my husband Ravi",
    "tyttäreni Lumi", "Min dotter Linnea"); not a place, a cue or an acronym ("naapurini Helsingin ...").
    `words`: the text split at white space; only the words for kin among them are looked for in it."""
    spans = []
    for relation in {word for word in words if word in _RELATION_WORDS}:
        position = text.find(relation)
        while position >= 0:
            end = position + len(relation)
            if not position or not text[position - 1].isalnum():
                match = _WORD_AFTER_RELATION.match(text, end)
                if match is not None and _may_follow_a_relation(match[1]):
                    spans.append(match.span(1))
                elif match is None:
                    match = _LOWER_WORD_AFTER_RELATION.match(text, end)
                    if match is not None and _lower_case_first_name_after_a_relation(match[1], text, match.end(1)):
                        spans.append(match.span(1))  # "mun tytär lumi", "min kompis linnea"
            position = text.find(relation, end)
    return sorted(spans)


# A name joined to the writer: "Precious and I", "Funmilayo och jag", "Dawit ja minä", "mä ja mahad".
_WITH_ME_STEMS = (" and I ", " & I ", " and me ", " och jag", " och mig", " ja minä", " ja mä ", " ja mie ",
                  "I and ", "jag och ", "Jag och ", "minä ja ", "Minä ja ", "mä ja ", "Mä ja ", "me and ",
                  "Me and ")  # fmt: skip
_NAME_AND_ME = re.compile(
    r"(?<![\w'’-])([^\W\d_]{2,}(?:-[^\W\d_]+)?)[ ](?:(?:and|&)[ ](?:I|me)|och[ ](?:jag|mig)|ja[ ](?:minä|mä|mie))"
    r"(?![\w'’])"
)
_ME_AND_NAME = re.compile(
    r"(?<![\w'’-])(?:I|[Mm]e|[Jj]ag|[Mm]inä|[Mm]ä|[Mm]ie)[ ](?:and|och|ja|&)[ ]([^\W\d_]{2,}(?:-[^\W\d_]+)?)(?![\w'’-])"
)


def _names_name_word(text: str) -> list[tuple[int, int]]:
    """A first name joined to "I" by "and" is a person's, in any language of the city: the word is a name
    or no lexicon knows it (not a place, an ordinary word or a cue); in lower case a listed name, or in
    spoken Finnish a word no lexicon knows ("mä ja jooa", "hilkka ja mä")."""
    spans = [
        match.span(1)
        for match in _NAME_AND_ME.finditer(text)
        if _name_beside_me(match[1], spoken_finnish=text.startswith(" ja ", match.end(1)))
        and not _a_place_after_a_preposition(text, match.start(1), match[1])
    ]
    spans += [match.span(1) for match in _ME_AND_NAME.finditer(text) if _name_beside_me(match[1])]
    return sorted(spans)


_PREPOSITION_BEFORE = re.compile(r"(?i)(?<![\w-])(?:from|in|to|at|of|för|från|i|till|på)[ ]$")


def _a_place_after_a_preposition(text: str, start: int, word: str) -> bool:
    """"I am from Kenya and I cycle": where the writer is from, a country that is a first name too (not
    "from Maria and me")."""
    return (
        word.lower() in countries_and_regions()
        and _PREPOSITION_BEFORE.search(text, max(0, start - 6), start) is not None
    )


def _name_beside_me(word: str, spoken_finnish: bool = True) -> bool:
    """`_name_word`, or beside "I" also a listed first name that is a word or a cue too ("Bror och jag",
    "jag och linnea"), and in lower case a word no lexicon knows before "ja mä" ("jooa ja mä"; not a
    Swedish compound before "och jag", "framhjul och jag")."""
    if _name_word(word):
        return True
    lower = word.lower()
    if lower in _FUNCTION_WORDS or lower in _PRONOUNS_BESIDE_ME or read_only_as_a_verb(lower):
        return False
    info = word_info(word.capitalize())
    if word.islower():  # not an English or Swedish word ("the park and I")
        return not info.known and spoken_finnish or info.first_name and not info.ambiguous_name
    return info.first_name and info.listed and not info.place


# Beside "I" and not in _FUNCTION_WORDS (tested with it): pronouns and the small words of spoken Finnish.
_PRONOUNS_BESIDE_ME = frozenset({"sä", "sinä", "se", "ne", "me", "te", "hän", "mun", "sun", "sit", "sitte", "sitten",
                                 "nyt", "vielä", "myös", "också", "min", "mitt", "mina", "din", "ditt", "hans",
                                 "hennes", "vår", "våra", "er", "deras", "sin", "minun", "meidän", "meiän", "your",
                                 "his", "her"})  # fmt: skip


def _name_word(word: str) -> bool:
    """A word of a phrase that names a person ("X and I", "X's mother"): a name or a word no lexicon knows,
    not a place, an acronym or an ordinary word; in lower case only a listed first name."""
    if word.islower():
        info = word_info(word.capitalize())
        return info.first_name and not (info.common or info.place or info.ambiguous_name)
    info, _, acronym, personal, place_only = _facts(word)
    return personal and not acronym and not place_only and not (info.common and not info.name)


# A name in the genitive before a word for kin, or before "kanssa" (with): "Soinnun äiti", "Manishas mamma",
# "Oluwaseun's daughter", "puhuin riikan kanssa".
_KIN_AFTER = (
    r"(?:äi(?:ti|di)|isä|isoveli|pikkuveli|veli|velje|isosisko|pikkusisko|sisko|poika|poja|tytär|tyttäre|mummo"
    r"|mummi|vaari|ukki|vaimo|mies|miehe|puoliso|lapsi|lapse|lasten|täti|tädi|setä|sedä|eno|perhe|perhee"
    r"|mamma|pappa|bror|syster|son|dotter|fru|barn|mormor|farmor|morfar|farfar|familj"
    r"|mother|father|mom|mum|dad|brother|sister|daughter|wife|husband|kids|children|grandma|grandpa"
    r"|kanssa)"  # and "with": "puhuin riikan kanssa", "Kallion ja Rantalan kanssa"
)
# The word for kin is found first (a pattern that begins with a space, which the regex engine skips to in
# C), then the genitive before it: one pattern from the genitive would try every word of the text.
_KIN_WORD = re.compile(rf" {_KIN_AFTER}[^\W\d_]{{0,6}}(?![\w-])")
_GENITIVE_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]{2,}(?:n|s|['’]s))$")


def _names_before_kin(text: str) -> list[tuple[int, int]]:
    """A name in the genitive before a word for kin (Finnish "-n", Swedish "-s", English "'s"); the name
    must be one (or no lexicon may know it), not a place, an ordinary word or a cue ("naapurin äiti" and
    "kaupungin isä" are no names); in lower case only a listed first name ("zofian isoveli")."""
    spans = []
    for kin in _KIN_WORD.finditer(text):
        match = _GENITIVE_BEFORE.search(text, max(0, kin.start() - 40), kin.start())
        if match is None:
            continue
        word = match[1]
        if word.lower() in _POSSESSIVES:
            continue
        base = word[:-2] if word.endswith(("'s", "’s")) else word
        if word.islower():
            if base.endswith("n") and _name_word(base) and not word_info(base.capitalize()).nominative:
                spans.append(match.span(1))
            continue
        if not word[0].isupper() or word.isupper():
            continue
        if _name_word(word) or base is not word and _name_word(base):
            spans.append(match.span(1))
    return spans


# A first name joined by a hyphen to a word for kin or a familiar role: "Sirpa-tädin", "Pekka-sedälle",
# "Liisa-mummon", "Ahmed-open". The name is the part before the hyphen.
# The hyphen and the word for kin open the pattern (the regex engine skips in C to each hyphen); the name is
# looked for behind it.
_HYPHEN_KIN = re.compile(r"-(?:täti|tädi|setä|sedä|mummo|mummu|vaari|pappa|eno|kummi|serkku|serku|ope|sisko|veli|velje)")



def _names_hyphened_to_kin(text: str) -> list[tuple[int, int]]:
    """The first name before "-täti", "-setä", "-mummo", "-ope" ...: a first name, or no word a lexicon knows."""
    spans = []
    for kin in _HYPHEN_KIN.finditer(text):
        match = _CAPITALISED_WORD_BEHIND.search(text, max(0, kin.start() - 30), kin.start())
        if match is None:
            continue
        info = word_info(match[1])
        if (info.first_name or not info.known) and not info.place and not _is_cue(match[1]):
            spans.append(match.span(1))
    return spans


def _may_follow_a_relation(word: str) -> bool:
    """A word after a word for kin that names the person: not a cue or a place; in capitals only a first
    name ("Our neighbour ARJUN"), no acronym ("naapurini HSL:n kortti")."""
    if _is_cue(word):
        return False
    if word.isupper():
        return len(word) > 2 and word_info(word.capitalize()).first_name
    info = word_info(word)
    return not (info.place and not info.name)
