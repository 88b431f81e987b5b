"""Names found by what the person does in a conversation: says, asks, tells, writes, is
thanked or addressed, is quoted in a thread, introduces themselves."""

from __future__ import annotations

import re
from collections.abc import (
    Iterator,
    Sequence,
)

from harvester.anonymise.text.lexicon import (
    WordInfo,
    countries_and_regions,
    read_as_a_finite_verb,
    read_only_as_a_verb,
    word_info,
)
from harvester.anonymise.text.person.completion import (
    _CAPITALISED_WORD_BEHIND,
    _WORD_AFTER,
    _WORD_BEFORE,
)
from harvester.anonymise.text.person.words import (
    _CALENDAR_NAMES,
    _CAPITAL,
    _CAPITALISED_NAME,
    _FUNCTION_WORDS,
    _GREETINGS,
    _HUMAN_VERBS,
    _INTRODUCTIONS,
    _PERSON_VERB_ALTERNATION,
    _PERSON_VERBS_PAST,
    _PLACE_CASE,
    _PLACE_NOUNS,
    _PREPOSITIONS,
    _ends_with_a_role,
    _facts,
    _is_cue,
    _starts_sentence,
)

# Writers who introduce themselves: "hi its senait tekle,", "terve, pranee jaidee täällä", "my name is
# Bikash", "nimeni on Sagal", "jag heter Ebba". The stems open the scan; one to three words follow. Not
# "det är", which mostly opens an opinion ("det är synd att Arcada ...").
_SELF_INTRODUCTIONS = ("it's", "its", "it’s", "this is", "my name is", "i am", "i'm", "i’m", "im", "nimeni on",
                       "mun nimi on", "minä olen", "mä oon", "mä olen", "mie oon", "tää on", "täs on", "jag heter",
                       "mitt namn är")  # fmt: skip
_INTRODUCED = re.compile(
    r"[ \t]+([^\W\d_]+(?:-[^\W\d_]+)?(?:[ ][^\W\d_]+(?:-[^\W\d_]+)?){0,2}?)"
    r"(?=[ ]*(?:[,.!\n(]|$|[ ](?:(?:täällä|tässä|here|här|and|ja|och|from|asun|bor|again|taas|igen)\b|\d)))"
)
# One to three words before "täällä" or "här" ("pranee jaidee täällä"), matched backwards from the word.
_BEFORE_HERE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)?(?:[ ][^\W\d_]+(?:-[^\W\d_]+)?){0,2}?)[ ]$")
_GREETING_BEFORE = re.compile(r"(?i)[ \t]*(?:hei|hej|moi|moikka|terve|moro|heippa|hi|hello|hey|hejsan|tjena)[,!]?[ \t]+")
_INTRODUCTION_STEMS = ("s ", "is ", "am ", "m ", "on ", "eter ", "är ", "täällä", "tässä", "här", "here")


def _introductions(text: str) -> Iterator[re.Match[str]]:
    """The words after an introduction ("my name is", "nimeni on", "mä oon") and before "täällä", "tässä",
    "här" or "here" opening a sentence or after a greeting. Each phrase is found with str.find in the text in lower case."""
    lower = text.lower()
    for phrase in _SELF_INTRODUCTIONS:
        position = lower.find(phrase)
        while position >= 0:
            end = position + len(phrase)
            if not position or not lower[position - 1].isalnum():
                match = _INTRODUCED.match(text, end)
                if match is not None:
                    yield match
            position = lower.find(phrase, end)
    for here in (" täällä", " tässä", " här", " here"):
        position = lower.find(here)
        while position >= 0:
            after = position + len(here)
            if after == len(text) or not text[after].isalnum():
                match = _BEFORE_HERE.search(text, max(0, position - 60), position + 1)
                # "tässä" is also "in this" ("Luotan Kayaan tässä asiassa"), "here" opens "here's": only before
                # a mark (or "here again") or after a greeting
                plain = (
                    here in (" täällä", " här")
                    or after == len(text)
                    or text[after] in ",.!?\n"
                    or text.startswith((" again", " taas", " hei", " moi"), after)
                )
                if match is not None and _opens_or_follows_a_greeting(text, match.start(1), not plain):
                    yield match
            position = lower.find(here, after)


def _opens_or_follows_a_greeting(text: str, start: int, greeting_only: bool = False) -> bool:
    if not greeting_only and (not start or _starts_sentence(text, start)):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return _GREETING_BEFORE.fullmatch(line) is not None


def _names_introduced(text: str) -> list[tuple[int, int]]:
    """The name a writer gives as theirs: each word a name or no word a lexicon knows (any case), none a
    common word, a place only or a cue; the first word alone a name or unknown."""
    if not any(stem in text for stem in _INTRODUCTION_STEMS):
        return []
    spans = []
    for match in _introductions(text):
        words = match[1].split(" ")
        start = match.start(1)
        if len(words) > 1 and words[0].lower() in _GREETINGS:  # "hei paula täällä"
            start += len(words[0]) + 1
            words = words[1:]
        after_a_preposition = len(words) > 1 and words[0].lower() in _PREPOSITIONS
        if after_a_preposition:  # "this is for Mark and Will's party"
            start += len(words[0]) + 1
            words = words[1:]
        facts = [_facts(word) for word in words]
        if after_a_preposition and any(word.lower() in countries_and_regions() for word in words):
            continue  # "I am from Kenya": where the writer comes from, not "this is from Maria"
        # A capitalised first word that is an ordinary word too counts before a surname that is nothing
        # else ("Nimeni on Hana Al-Khatib").
        word_first = (
            len(words) > 1
            and words[0][:1].isupper()
            and facts[0][0].common
            and not read_only_as_a_verb(words[0])  # "Luotan Makeen tässä": I trust Make here
            and not _ends_with_a_role(words[0].lower())  # "Isännöitsijä Hannu Airaksinen tässä"
            and all(f[3] and not f[0].common for f in facts[1:])
        )
        if all(
            (f[0].name or not f[0].known or word_first and i == 0)
            and not (f[0].common and not f[0].name and not (word_first and i == 0))
            and not f[4] and not f[2] and not _is_cue(w) and w.lower() not in _FUNCTION_WORDS and len(w) > 1
            for i, (w, f) in enumerate(zip(words, facts, strict=True))
        ):
            spans.append((start, match.end(1)))
    return spans
# The verbs after a space, found by one regex (four times faster than a `str.find` for each verb).
_SAYING_WORD = re.compile(f" (?:{_PERSON_VERB_ALTERNATION})(?![\\w-])")
# The word before a verb, matched backwards from it: the verbs are found first (the regex engine skips in C
# to each space), the word behind each.
_NAME_BEFORE_SAYING = re.compile(r"(?<![\w'’-])([^\W\d_][^\W\d_]+(?:-[^\W\d_]+)?),?$")  # "Hasan, says"


# In English, a person is who comes "from" a group or works "at" a place: "Gosia from the third floor
# says", "Tekle from our building", "Bill at the kiosk".
_FROM_A_GROUP = re.compile(
    rf"(?<![\w'’-])({_CAPITALISED_NAME})[ ](?:from|at)[ ](?:the|our|my|your|their)[ ]"
)


def _names_from_a_group(text: str) -> list[tuple[int, int]]:
    """A first name, or a word no lexicon knows written as names are, before "from the/our/my" or "at the":
    no English word ("Greetings from the"), place, cue or acronym."""
    if " from " not in text and " at " not in text:
        return []
    spans = []
    for match in _FROM_A_GROUP.finditer(text):
        word = match[1]
        info, initial, acronym, personal, place_only = _facts(word)
        if acronym or place_only or info.place or _is_cue(word) or word.lower() in _FUNCTION_WORDS:
            continue
        if info.first_name and not info.common or not info.known and personal:
            spans.append(match.span(1))
    return spans


# In English, the person one asks, tells, thanks or calls: "Ask Ali, he knows", "tell Vu that", "Let Hamdi
# know".
_ASKED = re.compile(
    rf"(?i:(?<![\w-])(?:ask|tell|thank|thanks|thanks to|thank you to|call|text|email|e-mail|contact|let|asking for"
    rf"|message|agree with|agreed with|agreeing with|replying to|asked|told|thanked|texted|emailed|e-mailed"
    rf"|contacted|messaged|talked to|talk to|talking to|spoke to|spoke with|speak to|speak with|according to"
    rf"|told by|helped by|i'm with|i’m with|im with)[ ])"
    rf"([{_CAPITAL}][a-zà-öø-ÿ]+(?:-[{_CAPITAL}a-z][a-zà-öø-ÿ]+)?)(?![\w'’-])"
)


# The Swedish phrases of the same kind: "håller med Sten", "enligt Olena", "fråga Pilar", "tack till Malin".
_ASKED_SV = re.compile(
    rf"(?i:(?<![\w-])(?:håller med|höll med|enligt|fråga|frågade|ring|ringde|tack till|tacka|mejla|kontakta"
    r"|pratade med|pratat med|prata med|talade med|talat med|tala med|träffade|berättade för|sa till|sade till"
    r"|skrev till|mejlade|ringde till|hälsa till|kontaktade)[ ])"
    rf"([{_CAPITAL}][a-zà-öø-ÿ]+(?:-[{_CAPITAL}a-z][a-zà-öø-ÿ]+)?)(?![\w'’-])"
)


def _names_asked_or_told(text: str, pattern: re.Pattern[str] = _ASKED) -> list[tuple[int, int]]:
    """In English, a listed first name (a Finnish word too: "Ali"), or a word no list knows written as names
    are, after "ask", "tell", "thank", "call", "let" ...; no place, month, cue or capitalised word after it
    ("call Customer Service")."""
    spans = []
    for match in pattern.finditer(text):
        word = match[1]
        info, initial, acronym, personal, place_only = _facts(word)
        if acronym or place_only or _is_cue(word) or word.lower() in _FUNCTION_WORDS:
            continue
        if info.place and not (info.first_name and info.listed):
            continue  # "call Espoo"; not "ask Maria", a first name that is a place in Finland too
        if word.lower() in _CALENDAR_NAMES:
            continue
        end = match.end(1)
        after = _WORD_AFTER.match(text, end)
        if after is not None:
            # "call Customer Service" is no one; "talked to Helen Carter" is, the surname a name too
            surname = _facts(after[1])[0]
            if not (info.first_name and info.listed and surname.name and not surname.place):
                continue
            end = after.end(1)
        if info.first_name and info.listed or not info.known and personal:  # "Ali": Finnish "under" too
            spans.append((match.start(1), end))
    return spans


# A speaker's name opening a line of a comment thread, and a mention: "Grace: Is the library open?",
# "Tuula Virtanen: Matille vastaukseksi", "@Grace no, only Mon–Sat".
_SPEAKER = re.compile(rf"(?m)^[ \t]*([{_CAPITAL}][^\W\d_]+(?:[ ][{_CAPITAL}][^\W\d_]+){{0,2}}):[ ]+(?=\S)")
_MENTION = re.compile(rf"@([{_CAPITAL}][^\W\d_]+)(?![\w@.])")


# The header of a quoted reply: "> Usva kirjoitti:", "Sade skrev:", "Li Wei wrote:". Its words are the
# quoted writer's name whatever else they may mean; the verb opens the pattern, the name is looked behind.
_QUOTE_VERB = re.compile(r" (?:kirjoitti|skrev|wrote)(?: \S+)?:")
_QUOTED_WRITER = re.compile(
    rf"(?m)^[ \t>]*([{_CAPITAL}][^\W\d_]+(?:-[{_CAPITAL}][^\W\d_]+)?(?:[ ][{_CAPITAL}][^\W\d_]+){{0,2}})$"
)


def _quoted_writers(text: str) -> list[tuple[int, int]]:
    """The name in a quoted reply's header, unless it is a word of address or a cue ("Asukas kirjoitti:")."""
    spans = []
    for verb in _QUOTE_VERB.finditer(text):
        match = _QUOTED_WRITER.search(text, max(0, verb.start() - 60), verb.start())
        if match is not None and not any(_is_cue(word) for word in match[1].split(" ")):
            spans.append(match.span(1))
    return spans


# The labels of a forwarded mail's header lines that are words of names too ("Päivä: ti 3.3.2026").
_MAIL_HEADER_LABELS = frozenset({"päivä", "päivämäärä", "aihe", "date", "subject", "datum", "ämne", "sent", "cc"})


def _speakers_and_mentions(text: str) -> list[tuple[int, int]]:
    """The words of a speaker's line opening ("Name: ...") when one of them is a first name and each is a
    name or no word a lexicon knows, none a label; and the capitalised word after "@" when it is a first
    name or unknown."""
    spans = []
    if ": " in text:
        for match in _SPEAKER.finditer(text):
            words = match[1].split(" ")
            if any(word.lower() in _INTRODUCTIONS or word.lower() in _MAIL_HEADER_LABELS for word in words):
                continue  # a label: "Booker: ...", "Contact: ...", a mail header's "Päivä: ..."
            facts = [_facts(word) for word in words]
            if len(words) == 1 and facts[0][0].ambiguous_name:
                continue  # a form's label that is a name too: "Dag: lördag 14.2", "Antal: ca 40"
            if any(f[0].first_name for f in facts) and all(
                f[3] and not f[4] and not (f[0].common and not f[0].name) and not f[0].place for f in facts
            ):
                spans.append(match.span(1))
    if "@" in text:
        for match in _MENTION.finditer(text):
            info, initial, acronym, personal, place_only = _facts(match[1])
            if (info.first_name or not info.known and personal) and not place_only and not acronym:
                spans.append(match.span(1))
    return spans


# Two capitalised words joined by a conjunction: "Grace and Mark organised ...", "Bo och Ingrid".
# The conjunction opens the pattern (the regex engine skips in C to each space); the first name is looked
# for behind it.
_PAIR = re.compile(rf" (?:and|och|ja|&) ([{_CAPITAL}][a-zà-öø-ÿ]+)(?![\w'’-])")
_PAIR_STEMS = (" and ", " och ", " ja ", " & ")


_NEXT_WORD = re.compile(r"[ ]([a-zåäö]{2,})(?![\w-])")


def _subjects_of_a_verb(text: str, end: int, infos: Sequence[WordInfo]) -> bool:
    """Whether a pair ("Li ja Mei", "Valo ja Usva") is the subject of the Finnish verb after it ("varasivat",
    "ovat"): the second word, capitalised in the middle of a sentence, a first name or no word a lexicon
    knows, neither a place; the first no place either."""
    first, second = infos
    if first.place or second.place or not (second.first_name or not second.known):
        return False
    verb = _NEXT_WORD.match(text, end)
    return verb is not None and read_as_a_finite_verb(verb[1])


def _paired_first_names(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Two first names joined by "and", "och", "ja" or "&", names that are words too ("Grace and Mark
    organised ..."), or in Finnish two words the subject of a verb (`_subjects_of_a_verb`): neither a place,
    a month or a cue, and no capitalised word right before or after the
    pair, which would make it part of a longer name ("Sibelius Park and Alvar Aalto Park", "Grace and Hope
    Church")."""
    if not any(stem in text for stem in _PAIR_STEMS):
        return []
    spans = []
    finnish = lang in (None, "fi")
    for second in _PAIR.finditer(text):
        first = _CAPITALISED_WORD_BEHIND.search(text, max(0, second.start() - 30), second.start())
        if first is None:
            continue
        words = (first[1], second[1])
        infos = [word_info(word) for word in words]
        if any(_is_cue(word) or word.lower() in _CALENDAR_NAMES for word in words):
            continue
        if not all(info.first_name and not info.place for info in infos) and not (
            finnish and _subjects_of_a_verb(text, second.end(), infos)
        ):
            continue
        before = _WORD_BEFORE.search(text, max(0, first.start() - 30), first.start())
        after = _WORD_AFTER.match(text, second.end())
        if any(word is not None and not _facts(word[1])[3] or word is not None and word[1].lower() in _PLACE_NOUNS
               for word in (before, after)):
            continue  # "Sibelius Park and Alvar ...", "Grace and Hope Church"; not "Bo och Ingrid Forsman"
        spans += [first.span(1), second.span(1)]
    return spans


# A capitalised word and the word after it, in lower case: "Pimchanok hoiti", "Meena joutui".
# The capital opens the pattern, the look-behind after it: the regex engine skips in C to each capital.
_WORD_AND_VERB = re.compile(
    rf"([{_CAPITAL}](?<![\w'’-][{_CAPITAL}])[a-zà-öø-ÿā-ž]{{2,}})[ ]([a-zåäö]{{3,}})(?![\w-])"
)


def _unknown_subjects(text: str) -> list[tuple[int, int]]:
    """In Finnish text, a capitalised word no lexicon or list knows, written as names are, followed by a
    word Voikko can read as a verb in the third person: the subject of a sentence, a foreign first name
    ("Pimchanok hoiti kahvion", "Abrehet pyysi minua"). Not a word with a letter of another Latin alphabet (those have their own rule)."""
    spans = []
    for match in _WORD_AND_VERB.finditer(text):
        word = match[1]
        info, initial, acronym, personal, place_only = _facts(word)
        if info.known or not personal or acronym or _is_cue(word) or word.lower() in _FUNCTION_WORDS:
            continue
        if len(word) > 11 or _PLACE_CASE.search(word):
            continue  # a Finnish compound ("Skeittiparkki") or a word in a place case ("Stoassa"): no subject
        if _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None:
            continue  # the last word of a title or a name of several words ("Le Monde tulee")
        if read_as_a_finite_verb(match[2]):
            spans.append(match.span(1))
    return spans


# Finnish verbs of telling, asking and reaching in the first person, and the case they give the person they
# are done to: "Kerroin Rahimille", "Kysyin Tesfayelta", "Muistutin Bikashia", "Puhuin Kallion kanssa".
_TOLD_ENDINGS = {
    "allative": ("lle",),
    "ablative": ("lta", "ltä"),
    "partitive": ("a", "ä"),
    "partitive or ablative": ("lta", "ltä", "a", "ä"),
    "with": ("n",),  # a genitive before "kanssa"
}
_TOLD_VERBS = {
    **dict.fromkeys(
        ("kerroin", "kerroimme", "sanoin", "sanoimme", "soitin", "soitimme", "ilmoitin", "ilmoitimme", "lähetin",
         "annoin", "annoimme", "selitin", "valitin", "huomautin", "vastasin", "kirjoitin", "viestitin", "tekstasin",
         "puhelin", "näytin", "jätin", "ojensin", "toimitin", "välitin"),
        "allative",
    ),
    # the imperatives a writer asks the city with: "soittakaa Luisille", "kysykää Ahmedilta"
    **dict.fromkeys(("soittakaa", "ilmoittakaa", "kertokaa", "antakaa", "toimittakaa", "lähettäkää"), "allative"),
    **dict.fromkeys(("kysyin", "kysyimme", "kyselin", "tiedustelin", "sain", "saimme", "lainasin", "kysykää"),
                    "ablative"),
    **dict.fromkeys(
        ("muistutin", "muistutimme", "tavoittaa", "tavoittamaan", "autoin", "autoimme", "odotin", "kiitin",
         "kiitimme", "tervehdin", "moikkasin", "halasin"),
        "partitive",
    ),
    **dict.fromkeys(("pyysin", "pyysimme"), "partitive or ablative"),  # "pyysin Kallea", "pyysin Tanakalta"
    **dict.fromkeys(
        ("puhuin", "puhuimme", "juttelin", "juttelimme", "sovin", "sovimme", "keskustelin", "keskustelimme",
         "kävin", "olin", "menin"),
        "with",
    ),
}  # fmt: skip
# A capitalised word after a word ending as those verbs do; the capital opens the pattern, the look-behind
# after it, so that the regex engine skips in C to each capital.
_AFTER_A_TOLD_VERB = re.compile(
    rf"[{_CAPITAL}](?<=(?:in|me|aa|an|ää) [{_CAPITAL}])[a-zà-öø-ÿā-ž]+(?:-[{_CAPITAL}][a-zà-öø-ÿā-ž]+)?(?![\w'’-])"
)


# In a comment thread, the commenter one agrees with, answers or quotes: "Samaa mieltä kuin Make yllä",
# "Tähti on tässä täysin oikeassa", "Lumin kommentti ylempänä", "Rauhan ehdotus oli parempi", "Bo har helt
# rätt", "enig med Kaj". (A name joined to the writer, "Jag och Bo", is _names_name_word's.)
_THREAD_BEFORE = (
    r"(?:samaa mieltä kuin|samaa mieltä|eri mieltä kuin|eri mieltä|enig med|oenig med|agree with"
    r"|håller(?:[ ]inte)?[ ]med|instämmer[ ](?:med|i)|poäng[ ]av)"
)
_THREAD_AFTER = (
    r"(?:on(?:[ ](?:tässä|ihan|täysin|aivan|kyllä|taas))*[ ]oikeassa|har(?:[ ](?:helt|så|faktiskt|nog))*[ ]rätt"
    r"|is(?:[ ](?:absolutely|totally|so|quite))*[ ]right|(?:yllä|ylempänä|ovan|ovanför|above)(?![\w])"
    r"|(?:kommentti|kommentissa|kommenttiin|kommenttia|ehdotus|ehdotuksessa|ehdotukseen|ehdotusta|kysymykseen"
    r"|kysymys|vastaukseen|pointti|idea|mielipide|viesti|viestiin|kommentar|förslag)(?![\w]))"
)
_THREAD_NAME = rf"({_CAPITALISED_NAME})"
# Two patterns, each searched only when a word of it is in the text; the second begins at a capital, which
# the regex engine skips to in C.
_NAME_AFTER_A_THREAD_WORD = re.compile(rf"(?i:(?<![\w-]){_THREAD_BEFORE}[ ]){_THREAD_NAME}(?![\w'’-])")
# ... and a commenter written in lower case after those words: "Jag håller inte med agneta om ..."
_LOWER_NAME_AFTER_A_THREAD_WORD = re.compile(rf"(?i:(?<![\w-]){_THREAD_BEFORE}[ ])([a-zåäö][a-zà-öø-ÿ]+)(?![\w'’-])")
_NAME_BEFORE_A_THREAD_WORD = re.compile(
    rf"([{_CAPITAL}](?<=(?<![\w'’.-])[{_CAPITAL}])[a-zà-öø-ÿ]+(?:-[{_CAPITAL}][a-zà-öø-ÿ]+)?)(?::n)?[ ](?i:{_THREAD_AFTER})"
)
_THREAD_STEMS_BEFORE = ("mieltä", "enig", "agree with", "Agree with", "håller", "nstämmer", "poäng av")
_THREAD_STEMS_AFTER = ("oikeassa", "rätt", "right", "yllä", "ylempänä", "ovan", "above", "komment", "ehdotu",
                       "pointti", "idea", "mielipide", "viesti", "förslag", "kysymy", "vastaukseen")  # fmt: skip
_THREAD_STEMS = _THREAD_STEMS_BEFORE + _THREAD_STEMS_AFTER


def _names_in_a_thread(text: str) -> list[tuple[int, int]]:
    """A first name (any, also one that is a word: "Tähti", "Make"), or after the words before a name a word
    no lexicon knows written as names are, where a comment thread names a commenter (see
    _NAME_AFTER_A_THREAD_WORD, _NAME_BEFORE_A_THREAD_WORD). Not a place, an acronym, a cue or a pronoun ("Kaupungin ehdotus" is the city's)."""
    matches: list[tuple[re.Match[str], bool]] = []
    spans = []
    if any(stem in text for stem in _THREAD_STEMS_BEFORE):
        matches += [(match, True) for match in _NAME_AFTER_A_THREAD_WORD.finditer(text)]
        for match in _LOWER_NAME_AFTER_A_THREAD_WORD.finditer(text):
            info = word_info(match[1].capitalize())
            if info.first_name and info.listed and not (info.common or info.place or info.ambiguous_name):
                spans.append(match.span(1))  # a listed first name that is nothing else ("agneta", "rasmus")
    if any(stem in text for stem in _THREAD_STEMS_AFTER):
        matches += [(match, False) for match in _NAME_BEFORE_A_THREAD_WORD.finditer(text)]
    for match, after_the_word in matches:
        word = match[1]
        info, _, acronym, personal, place_only = _facts(word)
        if acronym or place_only or word.lower() in _FUNCTION_WORDS or _is_cue(word) and not info.first_name:
            continue  # a cue word that is a name too stands as a name here ("Make", a car's make)
        if info.place and not info.first_name:
            continue
        if info.first_name or after_the_word and not info.known and personal:
            spans.append(match.span(1))  # before the word, one no lexicon knows is too often a word ("Bra förslag")
    return sorted(spans)


# The header of a reply in a comment thread, at the start of a line and before a colon, in any case:
# "vastaus innolle:", "Vastaus Pekalle:", "svar till bo:", "reply to jukka:", "Re: Matti:".
_REPLY_HEADER = re.compile(
    r"(?im)^[ \t]*(?:re:[ ]*)?(?:vastaus|vast\.|svar(?:[ ]till)?|reply(?:[ ]to)?|re)[ ]+"
    r"([^\W\d_]+(?:-[^\W\d_]+)?)(?:[ ]([^\W\d_]+))?[ ]*:"
)
_REPLY_STEMS = ("astaus", "ASTAUS", "vast.", "Vast.", "svar", "Svar", "SVAR", "eply", "EPLY", "re ", "Re ", "RE ")


def _names_replied_to(text: str) -> list[tuple[int, int]]:
    """A first name, in any case form and also one that is a word ("innolle"), or a capitalised surname,
    also one that is a place ("Vastaus Mäki-Kuuselalle:"), and a surname after it; not a place that is no
    name, a pronoun or a cue ("vastaus kaupungille:", "reply to the city:")."""
    spans = []
    for match in _REPLY_HEADER.finditer(text):
        word = match[1]
        info, _, acronym, _, place_only = _facts(word[:1].upper() + word[1:])
        if not (info.first_name or info.surname and word[:1].isupper()):
            continue  # a first name, or a surname written as names are ("Vastaus Mäki-Kuuselalle:")
        if acronym or place_only or word.lower() in _FUNCTION_WORDS:
            continue  # a place that is no name: "vastaus kaupungille:", "Vastaus Helsingille:"
        end = match.end(1)
        if match[2] is not None:
            surname = word_info(match[2][:1].upper() + match[2][1:])
            if surname.surname or not surname.known:
                end = match.end(2)
        spans.append((match.start(1), end))
    return spans


def _names_told_or_asked(text: str, lower_case_text: bool) -> list[tuple[int, int]]:
    """In Finnish text, a name or a word no lexicon knows in the case a verb of telling, asking or reaching
    in the first person gives its person ("Kerroin Rahimille", "Kysyin Tesfayelta", "Yritin tavoittaa
    Kalliota", "Puhuin Kallion kanssa"): the writer speaks of what they did with someone. Not an acronym or
    an ordinary word, nor a place unless talked with or reached; "kanssa" must follow a genitive."""
    spans = []
    for match in _AFTER_A_TOLD_VERB.finditer(text):
        verb_start = text.rfind(" ", max(0, match.start() - 16), match.start() - 1) + 1
        kind = _TOLD_VERBS.get(text[verb_start : match.start() - 1].lower())
        if kind is None:
            continue
        word = match[0]
        ending = next((e for e in _TOLD_ENDINGS[kind] if word.endswith(e)), None)
        if ending is None or len(word) - len(ending) < 3:
            continue
        if kind == "with" and not text.startswith(" kanssa", match.end()):
            continue
        info, _, acronym, personal, place_only = _facts(word)
        if acronym or _is_cue(word) or info.common and not info.name:
            continue
        # One talks with, or tries to reach, a person even when the word names a place too ("Kallion kanssa")
        if not personal and not (place_only and (kind == "with" or text.startswith("tavoitta", verb_start))):
            continue
        spans.append(match.span())
    if lower_case_text:  # "soittakaa matille", "kysyin sannalta": a first name, inflected
        for match in _LOWER_AFTER_A_TOLD_VERB.finditer(text):
            kind = _TOLD_VERBS.get(match[1])
            word = match[2]
            if kind is None or kind == "with" or not word.endswith(_TOLD_ENDINGS[kind]):
                continue
            info = word_info(word.capitalize())
            if info.first_name and not info.ambiguous_name and not info.place:
                spans.append(match.span(2))
    return spans


_LOWER_AFTER_A_TOLD_VERB = re.compile(r"(?<![\w-])([a-zåäö]+(?:in|me|aa|an|ää))[ ]([a-zåäö]{4,})(?![\w'’-])")


def _names_before_a_saying_verb(text: str, lang: str | None) -> list[tuple[int, int]]:
    """A capitalised word with a first-name reading (in Swedish and English text a listed one: Voikko reads
    Swedish words as Finnish names), or a listed first name in lower case, before a verb of saying; only
    a genitive before "mukaan". Not a cue, a place or a pronoun. A word no lexicon knows is left out: in
    Finnish news prose the subject of "kertoi" is as often a paper ("Spiegelin mukaan")."""
    spans = []
    for verb in _SAYING_WORD.finditer(text):
        match = _NAME_BEFORE_SAYING.search(text, max(0, verb.start() - 40), verb.start())
        if match is None:
            continue
        if match.end(1) < match.end() and not text.endswith(", ", 0, match.start(1)):
            continue  # a comma only after a name between commas: "the man at the shop, Hasan, says"
        word = match[1]
        if verb[0].endswith("mukaan"):
            if not word.endswith("n"):
                continue
            if word[0].isupper() and word_info(word).surname and not _facts(word)[4]:
                spans.append(match.span(1))  # "Lahden mukaan", "Kuusen mukaan": a surname's genitive
                continue
            word = word[:-1]  # "Uskon" -> "Usko", "Marin" -> "Mari"
        if word.lower() in _FUNCTION_WORDS:
            continue
        info, _, acronym, personal, place_only = _facts(word[:1].upper() + word[1:])
        if _is_cue(word) and not (info.first_name and info.listed and word[0].isupper()):
            continue  # "Make soitti": a listed first name that is a cue too (a car's make) is the name
        if word[0].islower():
            if info.first_name and info.listed and not info.common and not info.ambiguous_name and not info.place:
                spans.append(match.span(1))
            elif info.surname and info.listed and not place_only and verb[0].endswith(_PERSON_VERBS_PAST):
                spans.append(match.span(1))  # "hämäläinen sano et ...": a listed surname in lower case
        elif (
            info.first_name
            and not place_only
            and not acronym
            and (info.listed or lang in (None, "fi"))
            and not (info.common and not verb[0].endswith(_PERSON_VERBS_PAST + _HUMAN_VERBS))  # "Satu kertoo": a tale tells
        ):
            spans.append(match.span(1))
        elif info.surname and info.listed and not place_only and not acronym and verb[0].endswith(_PERSON_VERBS_PAST):
            spans.append(match.span(1))  # "Koski lupasi", "Lind svarade": a listed surname did what people do
        elif lang == "en" and not info.known and personal and not acronym and word[0].isupper():
            spans.append(match.span(1))  # "Bishal told me": in English, a word no list knows is a name
    return spans


# An English self-introduction at the start of a text or a line: "Bikash Thapa here, ...", "Hey, Kaveh from
# Kallio here!!".
_NAME_HERE = re.compile(
    rf"(?m)^(?:(?i:hi|hey|hello|hiya)[ ,!]+)?([{_CAPITAL}][^\W\d_]+(?:[ ][{_CAPITAL}][^\W\d_]+){{0,2}})"
    r"(?:[ ]from[ ][^,.!?\n]{1,40})?[ ]here\b"
)


def _names_before_here(text: str) -> list[tuple[int, int]]:
    """The name of "NAME here" or "NAME from PLACE here" at the start of a line: no cue, place or word."""
    spans = []
    for match in _NAME_HERE.finditer(text):
        words = match[1].split(" ")
        facts = [_facts(word) for word in words]
        if any(f[3] for f in facts) and not any(f[4] or f[0].common and not f[0].name or _is_cue(w) for w, f in zip(words, facts, strict=True)):
            spans.append(match.span(1))
    return spans


# A first name thanked ("Tack Maria på kundtjänsten", "Kiitos Rainelle") or addressed at the end of a
# sentence after a comma ("Tack för svaret, Malin."). The first letters open the patterns: a cheap scan.
_THANKS = ("Kiitos", "kiitos", "Tack", "tack", "Thanks", "thanks", "Thank you", "thank you", "Cheers", "cheers")
_AFTER_THANKS = re.compile(rf"[ ,]+(?:(?:till|to)[ ]+)?([{_CAPITAL}][^\W\d_]+)(?![\w'’-])")
# A literal first: the regex engine then skips in C to each comma.
_ADDRESSED = re.compile(rf", ([{_CAPITAL}][^\W\d_]+(?: [{_CAPITAL}][^\W\d_]+(?:-[{_CAPITAL}][^\W\d_]+)?)?)[.!?](?:\s|$)")


def _first_names_thanked_or_addressed(text: str) -> list[tuple[int, int]]:
    """A word with a first-name reading after a word of thanks or after a comma at the end of a sentence
    is a person, a place too ("Malin", "Maria"); not an ordinary word alone, a cue or a place only. The
    words of thanks are found with str.find: one alternation over the text cost more than the rest."""
    candidates = []
    for thanks in _THANKS if "iitos" in text or "ack" in text or "hank" in text or "heers" in text else ():
        position = text.find(thanks)
        while position >= 0:
            end = position + len(thanks)
            if not position or not text[position - 1].isalnum():
                match = _AFTER_THANKS.match(text, end)
                if match is not None:
                    candidates.append(match)
            position = text.find(thanks, end)
    if ", " in text:
        candidates += _ADDRESSED.finditer(text)
    spans = []
    for match in candidates:
        word, _, surname = match[1].partition(" ")
        info = word_info(word)
        if info.first_name and not (info.common and not info.listed) and not _is_cue(word):
            if surname and (_facts(surname)[4] or _is_cue(surname)):  # "Malin, Helsinki." is no full name
                spans.append((match.start(1), match.start(1) + len(word)))
            else:
                spans.append(match.span(1))
    return sorted(set(spans))
