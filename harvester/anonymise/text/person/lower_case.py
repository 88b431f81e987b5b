"""Names written without capitals: in texts typed all in lower case, in signatures and beside a
verb of people, and names in capitals read title-cased."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from harvester.anonymise.text.lexicon import (
    common_first_names,
    english_words,
    read_only_as_a_finnish_name,
    word_info,
)
from harvester.anonymise.text.person.conversation import _THANKS
from harvester.anonymise.text.person.words import (
    _FUNCTION_WORDS,
    _after_trigger,
)

# Two or more words in capitals ("PIRJO-LIISA KORHONEN"): read as if written with initial capitals when
# one of them is a name or a cue stands before them ("Ilmoittaja CHIDI OKAFOR").
_CAPITALS = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-ÞĀ-Ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]+)?(?:[ \u00a0][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-ÞĀ-Ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]+)?)+"
)


def _capitals_as_names(text: str) -> str:
    """`text` with each run of words in capitals that holds a first name or a surname, or follows a cue,
    title-cased (same length, so spans found in it are spans of `text`); in a run of more than three words
    (a sentence shouted) the ordinary words are put in lower case instead ("LAUTAKUNNAN JÄSEN JONAS ÅBERG
    SANOI ETTÄ ASUKKAITA ..."), so that only the names read as names."""
    pieces, last = [], 0
    for match in _CAPITALS.finditer(text):
        words = match[0].title()
        if len(words) != len(match[0]) or not match[0].isupper():
            continue
        parts = words.replace("\u00a0", " ").split(" ")
        if any(len(word) >= 3 and word_info(word).name for word in parts) or _after_trigger(text, match.start()):
            if len(parts) > 3:
                words = "".join(_shouted_word(part) for part in re.split(r"([ \u00a0])", words))
            elif any(part.lower() in _SHOUTED_SMALL_WORDS for part in parts):  # "LARS-ERIK HÄR", "THIS IS DAVID"
                words = " ".join(part.lower() if part.lower() in _SHOUTED_SMALL_WORDS else part for part in parts)
            pieces += [text[last : match.start()], words]
            last = match.end()
    if ":" in text:  # "JAANA: avaimet on palautettu": a speaker in capitals before a colon at a line's start
        for match in _SPEAKER_IN_CAPITALS.finditer(text):
            if match.start() < last:
                continue
            word = match[1].title()
            info = word_info(word)
            if len(word) == len(match[1]) and info.first_name and info.listed and not info.common and not info.place:
                pieces += [text[last : match.start(1)], word]
                last = match.end(1)
    return "".join([*pieces, text[last:]]) if pieces else text


_SPEAKER_IN_CAPITALS = re.compile(r"(?m)^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-ÞĀ-Ž]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]{2,})?):")


# Words that stand beside a name in a short shouted line and are none: "LARS-ERIK HÄR", "SIRPA TÄSSÄ".
_SHOUTED_SMALL_WORDS = frozenset({"här", "tässä", "täällä", "here", "is", "this", "on", "olen", "är", "jag", "minä",
                                  "mä", "i", "im", "and", "ja", "och", "by", "from", "to", "for", "with", "of", "av",
                                  "från", "till", "för", "med", "på", "om", "att", "som"})  # fmt: skip


def _shouted_word(word: str) -> str:
    """A word of a shouted sentence as it would be written: a name (or a word no lexicon knows)
    capitalised, an ordinary word in lower case (of the same length)."""
    if len(word) < 2:
        return word
    lower = word.lower()
    if lower in _SHOUTED_SMALL_WORDS:
        return lower
    info = word_info(word)
    keep = info.name and (not info.common or info.listed) and not info.ambiguous_name or not info.known
    return word if keep or len(lower) != len(word) else lower


# A sign-off glued to the word after it ("t.toivo", "-jaana", "/marvin").
_SIGN_BEFORE = re.compile(r"^(?:t\.|t:|[-/–—]+)")
# A signature in lower case at the end of a message: "t. mikko", "terv. liisa virtanen", "/sanna",
# "terveisin tiina ja pekka".
_LOWER_SIGNATURE = re.compile(
    r"(?:(?:^|(?<=\n))[ \t]*(?:/|--?|–)|(?<=[ \t])[/\-–—](?=[^\W\d_])|(?<=[ \t])(?://|--?|–|—)(?=[ \t])|(?:^|(?<=[\s.!,]))(?i:t\.|t:|terv\.?|terveisin|terkuin|terkut|mvh|hälsningar|hälsn\.?|"
    r"regards|br|thanks|thx|kiitos|tack|cheers)(?:(?<=[.:])|(?![^\W\d_])),?)[ \t]*\n?[ \t]*"
    r"([^\W\d_]{2,}(?:-[^\W\d_]+)?)(?:[ \t]+(?!(?:ja|och|and)(?!\w))([^\W\d_]{2,}(?:-[^\W\d_]+)?))?"
    r"(?:[ \t]+(?:ja|och|and|&)[ \t]+([^\W\d_]{2,}(?:-[^\W\d_]+)?)(?:[ \t]+([^\W\d_]{2,}(?:-[^\W\d_]+)?))?)?"
    r"[ \t.!]*$"
)


@lru_cache(maxsize=100_000)
def _name_in_lower_case(word: str) -> bool:
    """A lower-case word that could be a first name: a known one, or a word no lexicon knows."""
    if "-" in word:
        return True
    if not word.isalpha():
        return False
    info = word_info(word[:1].upper() + word[1:])
    return info.first_name or not info.known



def _lower_case_signature(text: str) -> list[tuple[int, int]]:
    """The spans of a first name (and a surname) written in lower case after a sign-off that ends the text,
    and of a second one joined to it by "ja", "och", "and" or "&" ("terveisin tiina ja pekka")."""
    text = text.rstrip(" \t\r\n.!")
    # One of the last two words must be a first name in lower case; the pattern is tried only then.
    if not text or not text[-1].islower():
        return []
    tail_start = max(0, len(text) - 60)
    # "bush. /marvin", "... 939 t.toivo", "... 0401234567 -jaana"
    last_words = [_SIGN_BEFORE.sub("", word) for word in text[tail_start:].rsplit(None, 2)[-2:]]
    if not any(word.islower() and _name_in_lower_case(word) for word in last_words):
        return []
    match = _LOWER_SIGNATURE.search(text, tail_start)
    if match is None:
        return []
    at = match.start()
    if at and text[at - 1] in " \t" and (text.startswith("//", at) or text[at] in "-–—"):
        # a dash in the middle of a line ("... everywhere. - li wei") closes a sentence as often as it signs:
        # only a listed first name ("— slush everywhere" is none); glued to the name ("korjatkaa pls -satu")
        # it signs, and any first name will do
        first = word_info(match[1][:1].upper() + match[1][1:])
        glued = text[at + 1 : at + 2].isalpha()
        if not (first.first_name and (first.listed or glued)) or not glued and (first.common or first.ambiguous_name):
            return []
    if match[0].lstrip(" \t\n,.!").lower().startswith(_THANKS):  # the words of thanks, below
        # after a word of thanks ("thanks, maria") only a known first name: "kiitos paljon", "tack så" are not
        first_name = match[1]
        if not word_info(first_name[:1].upper() + first_name[1:]).first_name or match[2] or match[3]:
            return []
    spans = []
    for first_group in (1, 3):
        name = _lower_case_name(match, first_group)
        if name is None:
            return []  # both names must be names
        if name:
            spans.append(name)
    return spans


def _lower_case_name(match: re.Match[str], group: int) -> tuple[int, int] | tuple[()] | None:
    """The span of the first name in `group` of a _LOWER_SIGNATURE match and its surname in `group` + 1;
    () when the group did not take part, None when it holds no lower-case name."""
    first_name, surname = match[group], match[group + 1]
    if first_name is None:
        return ()
    if not first_name.islower() or surname and not surname.islower():
        return None
    first = word_info(first_name[:1].upper() + first_name[1:])
    if not (first.first_name or not first.known):  # a first name, or a word no lexicon knows ("t. haruto")
        return None
    if surname:
        info = word_info(surname[:1].upper() + surname[1:])
        if info.name or not info.known:
            return match.start(group), match.end(group + 1)
    return match.start(group), match.end(group)


# In English, a first name in lower case right before a verb a person does ("kenji will open up", "amara
# booked the hall"). The verb opens the pattern (after a space, which the regex engine skips to in C).
_ENGLISH_PERSON_VERB = re.compile(
    r" (?:will|can|could|would|has|had|is|was|said|says|told|asked|called|came|went|booked|picked|brought|took"
    r"|wrote|promised|agreed|knows|knew)(?![\w'’-])"
)
_LOWER_WORD_BEFORE_A_VERB = re.compile(r"(?<![\w'’@.-])([a-z]{3,})$")


def _lower_case_names_before_an_english_verb(text: str) -> list[tuple[int, int]]:
    """A listed first name that is no English word or ordinary word of another language."""
    spans = []
    for verb in _ENGLISH_PERSON_VERB.finditer(text):
        match = _LOWER_WORD_BEFORE_A_VERB.search(text, max(0, verb.start() - 20), verb.start())
        if match is None or match[1] in english_words() or match[1] in _FUNCTION_WORDS:
            continue
        info = word_info(match[1].capitalize())
        if info.first_name and info.listed and not (info.common or info.place or info.ambiguous_name):
            spans.append(match.span(1))
    return spans


# Three or more words in lower case joined by commas (and a last "ja", "och", "and" or "&"): a list, of
# children at a party, of players, of helpers ("eeli, oona, väinö, lilja, aatu").
_LOWER_CASE_LIST = re.compile(
    r"(?<![\w'’-])[a-zåäö][a-zà-öø-ÿ]+(?:(?:,[ ]|[ ](?:ja|och|and|&)[ ])[a-zåäö][a-zà-öø-ÿ]+(?![\w'’-])){2,}"
)
_LIST_WORD = re.compile(r"[a-zåäö][a-zà-öø-ÿ]+")


def _lower_case_names_in_a_list(text: str) -> list[tuple[int, int]]:
    """In a list in lower case of which two words in three are first names that are nothing else, each
    first name, also one that is a word ("lilja"); not a list of words ("maito, leipä ja voi")."""
    spans = []
    for match in _LOWER_CASE_LIST.finditer(text):
        words = [word for word in _LIST_WORD.finditer(match.group()) if word.group() not in ("ja", "och", "and")]
        infos = [word_info(word.group().capitalize()) for word in words]
        sure = sum(info.first_name and not (info.common or info.place or info.ambiguous_name) for info in infos)
        if sure * 3 < len(words) * 2:
            continue
        spans += [
            (match.start() + word.start(), match.start() + word.end())
            for word, info in zip(words, infos, strict=True)
            if info.first_name and not info.place
        ]
    return spans


def _written_in_lower_case(text: str) -> bool:
    """A text whose writer does not use capitals: its first letter is in lower case, or no letter is a
    capital. In such a text a name is in lower case too, wherever it stands."""
    for ch in text:
        if ch.isalpha():
            return ch.islower() or not any(c.isupper() for c in text)
    return False


_LOWER_WORD = re.compile(r"(?<![^\W\d_])(?<!-)[a-zåäöšž][^\W\d_]{2,}(?![\w'’-])")


# In a text written with capitals, a word in lower case in a case a person is given to, asked from or
# called ("hannalta", "outille", "jaskaksi"): only these are looked at, a fraction of the words.
# The ending opens the pattern (the regex engine skips in C to each "l" and "k"); the word is looked for
# behind it.
_LOWER_INFLECTED_END = re.compile(r"(?:lle|lta|ltä|ksi)(?![\w'’-])")
_LOWER_WORD_BEFORE_END = re.compile(r"(?<![\w-])[a-zåäöšž][^\W\d_]{2,}$")


def _lower_case_names(text: str, only_first_names: bool = False, english: bool = False) -> list[tuple[int, int]]:
    """In a text written in lower case, each word that Voikko reads only as a first name or a surname
    ("soitin pekalle", "naapurin jari sanoi"), not as an ordinary word, a place or a name that is also a word
    ("anna", "kari", "tuuli"), nor a name of the world lists only ("tack"); a first name's surname after it
    joins it. `only_first_names`: in a text written with capitals, only inflected first names that are
    nothing else ("isoäidiltäni hannalta", "sanoo häntä jaskaksi"; not "kait"). `english`: a surname only
    after a first name, as English words are surnames that Voikko reads as nothing else ("more", "shore")."""
    spans: list[tuple[int, int]] = []
    if only_first_names:
        ends = _LOWER_INFLECTED_END.finditer(text)
        matches = [_LOWER_WORD_BEFORE_END.search(text, max(0, end.start() - 30), end.end()) for end in ends]
    else:
        matches = list(_LOWER_WORD.finditer(text))
    for match in matches:
        if match is None:
            continue
        word = match[0]
        capitalised = word[:1].upper() + word[1:]
        info = word_info(capitalised)
        if not (info.first_name or info.surname) or info.common or info.place or info.ambiguous_name:
            continue
        if only_first_names and (not info.first_name or info.nominative):
            continue
        if not read_only_as_a_finnish_name(capitalised):
            continue
        if spans and spans[-1][1] + 1 == match.start() and text[spans[-1][1]] == " ":
            spans[-1] = (spans[-1][0], match.end())  # "matti virtaselle"
        elif not english or info.first_name:
            spans.append(match.span())
    return spans


# The last sentence of a text when it is one to three capitalised words (or one in capitals), perhaps after
# a dash or a slash, before the final full stop or exclamation marks: "... too few trees. Luong".
_LAST_WORDS = re.compile(
    r"(?:^|[.!?]\s+|\n\s*|\s(?=-\s))(?:[-–—/]+\s*)?([^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ ][^\W\d_]+(?:['’-][^\W\d_]+)*){0,2})[.!]*$"
)


# One or two words in lower case that end a text after a number, a comma or marks: "... 4401 68 virpi
# kemppainen", "I have paid twice!!! abdi".
_LOWER_LAST_WORDS = re.compile(r"(?:[\d,!?.)]\s+)([^\W\d_]{2,}(?: [^\W\d_]{2,})?)[.!]*$")


def _lower_case_name_that_ends_the_text(tail: str) -> tuple[int, int] | None:
    """A first name in lower case (a listed one or one Voikko knows, no ordinary word) and perhaps a
    surname after it, ending the text after a number, a comma or marks."""
    match = _LOWER_LAST_WORDS.search(tail, max(0, len(tail) - 40))
    if match is None or not match[1].islower():
        return None
    first, _, surname = match[1].partition(" ")
    info = word_info(first.capitalize())
    if not info.first_name:
        return None
    if surname:  # a surname that is nothing else makes a first name that is also a word one ("virpi")
        other = word_info(surname.capitalize())
        return match.span(1) if other.surname and not (other.common or other.place) else None
    if info.common and info.listed and tail[match.start() : match.start() + 1] in "!?." and not info.place:
        return match.span(1)  # a sentence of its own, a first name that is also a word: "... etukäteen! armas"
    return None if info.common or info.place or info.ambiguous_name else match.span(1)


_LOWER_SURNAME_AFTER = re.compile(r"[ ]([a-zåäö]{3,}(?:-[a-zåäö]{3,})?)(?![\w'’@.-])")
_LOWER_INITIAL_BEFORE = re.compile(r"(?<![\w.])[a-su-zåäö]\.[ ]?$")  # not "t.", a sign-off ("t. mikko kivi")


def _lower_case_names_completed_by_a_contact(
    text: str, found: list[tuple[int, int, str]], blocked: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """A name found in lower case with a phone number or e-mail address right after it (within 40
    characters) takes the listed surname after it, also one that is an ordinary word ("johanna laine, puh.",
    "anu vainio / anu.vainio@..."), and the initial before it ("m. lindqvist 0442 ...")."""
    completed = []
    for start, end, reason in found:
        if reason or not text[start:end].islower() or not any(0 <= s - end <= 40 for s, _ in blocked):
            completed.append((start, end, reason))
            continue
        if " " not in text[start:end]:
            after = _LOWER_SURNAME_AFTER.match(text, end)
            if after is not None and not any(s < after.end(1) and after.start(1) < e for s, e in blocked):
                info = word_info(after[1].capitalize())
                if info.surname and info.listed and not info.first_name:
                    end = after.end(1)
        initial = _LOWER_INITIAL_BEFORE.search(text, max(0, start - 4), start)
        if initial is not None:
            start = initial.start()
        completed.append((start, end, reason))
    return completed


def _lower_case_full_names(text: str, words: list[str]) -> list[tuple[int, int]]:
    """A common first name and a surname both in lower case in running text ("soitin eilen matti
    virtaselle"; `words`: the text split at white space): the surname, in any case form, must be one the
    lexicon knows, and no ordinary word after a first name that is one, so that "anna" or "kari" before an
    ordinary word is left alone. Looked for only when a word of the text,
    as split at white space, is a common first name (a set intersection, in C)."""
    first_names = common_first_names().intersection(words)
    if not first_names:
        return []
    spans = []
    for first_name in first_names:
        # After a first name that is no word ("aino"), a surname that is a word too ("lehdolta": Lehto, a
        # grove) is the surname; after one that is a word ("anna", "tuuli"), only a surname that is no word.
        word_first = word_info(first_name.capitalize()).common
        for match in re.finditer(rf"(?<![^\W\d_]){first_name}[ ]([^\W\d_]{{3,}})(?![\w-])", text):
            surname = match[1]
            if not surname.islower():
                continue
            info = word_info(surname[:1].upper() + surname[1:])
            if info.surname and not (
                info.common and word_first or info.place or info.first_name or info.ambiguous_name
            ):
                spans.append(match.span())
    return spans
