"""The vocabulary of the person passes and how one capitalised word reads.

Cue words (sign-offs, greetings, titles, introductions, kin, roles), the reading of a word by the lexicon
(`_facts`, `_accepted`) and the patterns every pass shares, kept in one place so that a word added here
reaches each pass that reads it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from harvester.anonymise.text.alternation import alternation
from harvester.anonymise.text.lexicon import (
    WordInfo,
    by_last_three_letters,
    english_words,
    swedish_words,
    word_info,
)

# A capitalised word: a capital, then letters, inner apostrophes or hyphens each followed by a letter
# ("O'Brien", "Anna-Liisa"); or an initial ("M.") before another capitalised word. The capital is
# factored out and the repeats are possessive: the regex engine then skips in C to the next capital and
# never backtracks into a word (nothing after a word could make a shorter one match). The capitals are
# those of the Latin alphabets: Latin-1 ("Müller", "Zoë" after "Z"), Latin Extended-A, whose upper and
# lower case alternate ("Łukasz", "Šimon", "Ştefan"), and Romanian "Ș", "Ț";
# Latin Extended-B ("Ǎ", "Ơ", "Ư") and Latin Extended Additional, the Vietnamese capitals ("Ẩn", "Trần", "Nguyễn"),
# too: every upper-case letter of those blocks, so that no script's capital is left out by hand.
_LATIN_LETTERS = "".join(map(chr, range(0xC0, 0x250))) + "".join(map(chr, range(0x1E00, 0x1F00)))
_CAPITAL = "A-Z" + "".join(ch for ch in _LATIN_LETTERS if ch.isupper())
# A capitalised name, maybe double: "Anna", "Anna-Liisa" (the name part of many patterns below).
_CAPITALISED_NAME = rf"[{_CAPITAL}][a-zà-öø-ÿ]+(?:-[{_CAPITAL}][a-zà-öø-ÿ]+)?"
_WORD = re.compile(rf"[{_CAPITAL}](?:\.(?=[ ]?[{_CAPITAL}])|[^\W\d_]*+(?:['’-][^\W\d_]++)*+)")

# Words after which the next capitalised words are a person's name (unless places or common words).
_SIGNOFFS = frozenset({"terveisin", "terveiset", "terv.", "yst.terv.", "ystävällisesti", "kiittäen", "terkuin", "terkut", "hälsningar", "hälsning", "hälsar", "mvh",
                       "regards", "sincerely", "faithfully", "wishes", "t.", "t:", "hlsn", "mvh.", "br", "rgds", "vänligen",
                       "kunnioittavasti", "kunnioittaen", "respectfully"})  # fmt: skip
_SIGNOFFS_BEFORE_A_BREAK = frozenset({"kiitos", "kiitoksin", "thanks", "thank you", "cheers", "best", "tack"})
_GREETINGS = frozenset({"hei", "hej", "moi", "moikka", "heips", "heippa", "moro", "terve", "tere", "hola", "ciao", "merhaba",
                        "salam", "salaam", "hello", "hi", "hey", "hiya", "dear", "hyvä", "arvoisa", "bästa",
                        "kära", "tervehdys"})  # fmt: skip
# Titles, and "familjen", after which a capitalised word is a surname ("familjen Grönqvist").
_TITLES = frozenset({"herra", "rouva", "neiti", "hra", "rva", "tri", "dr", "mr", "mrs", "ms", "miss", "prof", "herr", "ope",
                     "fru", "fröken", "sir", "madam", "familjen"})  # fmt: skip
_INTRODUCTIONS = frozenset({"olen", "heter", "nimi", "namn", "name", "yhteyshenkilö", "yhteyshenkilönä",
                            "kontaktperson", "käsittelijä", "lähettäjä", "avsändare", "sender", "allekirjoittanut",
                            "ilmoittaja", "kirjoittaja", "vastaaja", "asiakas", "signed", "vastaanottaja",
                            "i'm", "i’m", "name is", "nimeni on", "i am", "jag är", "namn är", "contact person",
                            "nimi on", "called", "varaaja", "booker", "bokare", "allekirjoittaneet",
                            "undertecknad", "undertecknade", "skickat av", "comment by", "submitted by",
                            "proposed by", "ehdottaja", "förslagsställare", "contact", "kontakt", "kontakta", "puolesta", "saaja",
                            "maksunsaaja", "tilinomistaja", "betalningsmottagare", "mottagare", "kontoinnehavare",
                            "payee", "beneficiary", "holder",
                            "reach", "lisätietoja", "lisätiedot", "hette", "nimeltä", "nimeltään", "named",
                            "kallad", "hämtas av", "hämtar", "noutaa", "noutaja", "hakee", "reply to",
                            "replying to", "svar till", "vårdnadshavare", "huoltaja", "guardian",
                            "responsible person", "ansvarsperson", "vastuuhenkilö", "faktura till",
                            "fakturan till", "invoice to", "bill to", "järjestäjä", "arrangör", "organiser",
                            "organizer"})  # fmt: skip
# Words for kin and the people around one, after which a capitalised word is a person's name ("Min dotter
# Linnea", "my husband Ravi", "tyttäreni Amira"): Finnish with the possessive suffixes -ni and -mme.
_KIN_FI = ("tytär", "tyttäre", "poika", "poja", "lapse", "äiti", "isä", "mies", "miehe", "vaimo", "puoliso",
           "avopuoliso", "sisko", "veli", "velje", "naapuri", "ystävä", "kaveri", "kollega", "serkku", "mummo",
           "mummu", "vaari", "pappa", "isoäiti", "isoisä", "tyttöystävä", "poikaystävä", "esimiehe", "anoppi",
           "appi", "lapsenlapse", "tädi", "setä", "eno", "kummi", "kumppani")  # fmt: skip
_RELATIONS = frozenset(
    {stem + suffix for stem in _KIN_FI for suffix in ("ni", "mme", "nsa", "nsä")}
    | {"tytär", "poika", "äiti", "isä", "naapuri", "mummo", "mummu", "vaari", "lapset", "barn", "barnen", "tytöt",
       "pojat", "tyttö", "kaveri", "ystävä", "sisko", "serkku", "vaimo"}
    | {"naapurin", "naapurien", "ystävän", "kaverin", "siskon", "veljen", "serkun", "kollegan"}  # "Naapurin Pilar"
    | {"kids", "children", "sons", "daughters"}
    | {"dotter", "son", "mamma", "pappa", "bror", "syster", "granne", "grannen", "vän", "väninna", "kompis",
       "kollega", "sambo", "mormor", "farmor", "morfar", "farfar", "flickvän", "pojkvän", "make", "maka",
       "dottern", "sonen", "barnbarn"}
    | {"daughter", "son", "husband", "wife", "mother", "mom", "mum", "dad", "father", "brother", "sister",
       "neighbour", "neighbor", "friend", "colleague", "partner", "grandson", "granddaughter", "grandmother",
       "grandma", "grandfather", "grandpa", "boyfriend", "girlfriend", "fiancé", "fiancée", "niece", "nephew",
       "cousin", "aunt", "uncle", "stepson", "stepdaughter", "flatmate", "roommate", "housemate", "kid",
       "landlord", "landlady", "ex"}
    | {"asukas", "vuokralainen", "ohikulkija", "hyresgäst", "hyresgästen", "tenant", "resident", "passer-by"}
)  # fmt: skip
_ROLE_ENDINGS = ("johtaja", "päällikkö", "suunnittelija", "asiantuntija", "sihteeri", "pormestari", "valtuutettu",
                 "tarkastaja", "insinööri", "arkkitehti", "koordinaattori", "neuvoja", "edustaja", "ministeri",
                 "professori", "rehtori", "opettaja", "lääkäri", "hoitaja", "esimies", "esihenkilö", "työntekijä",
                 "virkailija", "borgmästare", "direktör", "chef", "planerare", "sekreterare", "handläggare",
                 "mayor", "director", "manager", "planner", "officer", "councillor", "secretary", "coordinator",
                 "inspector", "engineer", "architect", "teacher", "coach", "conductor", "instructor", "trainer",
                 "organiser", "organizer", "chairperson", "lärare", "tränare", "ledare", "ordförande", "dirigent",
                 "valmentaja", "ohjaaja", "kouluttaja", "vastuuhenkilö", "vetäjä", "hoitaja", "järjestäjä",
                 "treasurer", "kassör", "isännöitsijä", "talonmies", "kuljettaja", "kuski", "vartija",
                 "siivooja", "driver", "guard", "nurse", "librarian", "cleaner", "caretaker", "janitor",
                 "chaufför", "chauffören", "väktare", "väktaren", "vakten", "läraren", "tränaren",
                 "sjuksköterska", "sjuksköterskan", "bibliotekarie", "bibliotekarien", "städare", "städaren",
                 "vaktmästare", "vaktmästaren", "rektor", "rektorn", "ledamot", "ledamoten", "innehavare",
                 "innehavaren", "tiimi", "principal", "headteacher", "headmaster", "headmistress")  # fmt: skip
# With the genitive and the essive ("vastuuhenkilönä Adaeze"; not "järjestäjänä", mostly an association's).
_ROLE_ENDINGS = (
    _ROLE_ENDINGS
    + tuple(role + "n" for role in _ROLE_ENDINGS)
    + tuple(role + ending for role in _ROLE_ENDINGS if role != "järjestäjä" for ending in ("na", "nä"))
)
# By their last three letters: this test runs for most capitalised words of a text.
_ROLE_ENDINGS_BY_TAIL = by_last_three_letters(_ROLE_ENDINGS)


def _ends_with_a_role(word: str) -> bool:
    """Whether a word (in lower case) ends with a role: "kaupunginjohtaja", "vastuuhenkilönä"."""
    endings = _ROLE_ENDINGS_BY_TAIL.get(word[-3:])
    return endings is not None and word.endswith(endings)


# Swedish and English words that start sentences and that Voikko (a Finnish analyser) does not know.
_FUNCTION_WORDS = frozenset({"jag", "vi", "du", "ni", "han", "hon", "den", "det", "de", "och", "men", "om", "när",
                             "i", "we", "you", "he", "she", "it", "they", "the", "this", "that", "my", "our",
                             "please", "and", "but", "if", "when", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d",
                             "i'll", "i’ll", "ingen", "inget", "inga", "ingenting", "not", "also", "just", "still",
                             "very", "really", "already", "now", "as", "like", "som", "all", "see",
                             # Swedish verbs of three letters or fewer, which the Swedish word list (of
                             # words of four letters or more) leaves out: "(bor här sedan mars)"
                             "bor", "är", "var", "har", "ska", "kan", "får", "går", "vill", "så"})  # fmt: skip
_PREPOSITIONS = frozenset({"for", "from", "to", "with", "about", "för", "från", "till", "med"})
_FUNCTION_WORDS |= _PREPOSITIONS


# Labels of forms that stand right before a name and are names too ("Payer Tran Van Minh", "Booker: Rinne").
_LABELS_BEFORE_A_NAME = frozenset({"payer", "payee", "maksaja", "betalare", "booker", "varaaja"})


def _is_cue(word: str) -> bool:
    """A capitalised title, greeting, sign-off, pronoun or word for kin ("Mr", "Dear", "Terveisin", "Jag",
    "Asukas", also a surname to Voikko) is not a name."""
    key = word.lower().rstrip(".")
    return (
        key in _TITLES
        or key in _LABELS_BEFORE_A_NAME
        or key in _GREETINGS
        or key in _SIGNOFFS
        or key in _SIGNOFFS_BEFORE_A_BREAK
        or key in _FUNCTION_WORDS
        or key in _RELATIONS
    )


def _previous_words(text: str, start: int) -> tuple[str, str, bool]:
    """The two words before `start` (lower case) and whether a line break or comma separates them from it."""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0\r\n":
        j -= 1
    broken = "\n" in text[j + 1 : start]
    k = j
    while k >= 0 and not text[k].isspace():
        k -= 1
    word = text[k + 1 : j + 1].lower()
    m = k
    while m >= 0 and text[m] in " \t\u00a0":
        m -= 1
    n = m
    while n >= 0 and not text[n].isspace():
        n -= 1
    before = text[n + 1 : m + 1].lower() if m >= 0 and text[m] != "\n" else ""
    if word and (word[-1] in ",!" or word[-1] == ":" and word != "t:"):
        broken = True
        word = word[:-1] + ("!" if word[-1] == "!" else "")
    return word, before, broken


def _after_trigger(text: str, start: int) -> bool:
    """True when the word at `start` follows a signature, greeting, title, role title or introduction, or
    an initial that follows one ("Med vänlig hälsning B. Sundström")."""
    word, before, broken = _previous_words(text, start)
    if not word:
        return False
    if len(word) == 2 and word[1] == "." and word[0].isalpha() and word != "t." and not broken:
        initial = text.rfind(word[0].upper() + ".", 0, start)
        if initial > 0:
            return _after_trigger(text, initial)
    if word.endswith("!"):  # "Hej! Jag heter ...": the greeting ends a sentence of its own
        word = word[:-1]
        return word in _SIGNOFFS or (
            broken and word in _SIGNOFFS_BEFORE_A_BREAK and "\n" in text[:start][-3:]
        )
    if word in _SIGNOFFS or word in _GREETINGS or word in _TITLES or word.rstrip(".") in _TITLES:
        return True
    if word in _INTRODUCTIONS or f"{before} {word}" in _INTRODUCTIONS:
        return True
    if _ends_with_a_role(word):
        # "ordförande, Kören Sångfåglarna": after a comma the role ends a signature, no name follows it
        return not text[:start].rstrip().endswith(",")
    if word in _RELATIONS and not broken:
        return True
    if broken and (word in _SIGNOFFS_BEFORE_A_BREAK or f"{before} {word}" in _SIGNOFFS_BEFORE_A_BREAK):
        return True
    # a dash or slash signature at the start of a line: "-- Helmi Saari", "/Sanna"
    # or after the end of a sentence on the same line: "Kiitos! /Rojin"
    # or a mention ("@Mikko kiitos vastauksesta")
    if word not in ("-", "–", "—", "--", "/", "//", "@") or before and before[-1] not in ".!?":
        return False
    # not an item of a list of lines that begin with the same dash ("- Björkallén längs ...")
    return len(word) > 1 or text.count(f"\n{word} ") + text.startswith(f"{word} ") < 2


def _slash_signature(text: str, start: int) -> bool:
    """"/Sanna", "-Teemu" (or the mention "@Mikko") at the start of a line or after a space: a signature,
    not a path, a compound ("Helsinki-Vantaa") or an e-mail address."""
    return text[start - 1] in "/@-–" and (start == 1 or text[start - 2] in " \t\n")


# A name followed by one of these nouns names a place or an institution: "Eliel Saarisen tie",
# "Aleksis Kiven koulu", "Alvar Aallon katu".
# The Finnish nouns (in any case form: "Aleksis Kiven tiellä") follow a name in the genitive only, so that
# "Zeynep Yıldızilta kirjastosta" ("from Zeynep Yıldız at the library") stays a person, and not after a
# surname in -nen, which is nominative ("Eija Rantanen tietää" is no street); the Swedish and
# English ones are whole words in any case ("Minna Canths gata", "Tove Jansson Park").
_NAMED_PLACE_AFTER = re.compile(
    r"(?<=n)(?<!nen)[ -](?:tie(?:n|tä|llä|lle|ltä|ssä|stä|hen|nä|ksi)?(?![^\W\d_])|katu|kadu|kuja|polku|puisto|tori|aukio|silta|koulu|lukio|kirjasto|museo|sali|halli|"
    r"kenttä|stadion|patsas|muistomerkki|päiväkoti|sairaala|väylä|ranta|rann|palkinto|kirkko|kirkon|kirkos|"
    r"kirkkoon|kappeli|seurakun|kiusau|pihvi|tortu|torttu|leivo)"
    r"|[ -](?i:vägen|väg|gatan|gata|gränd|plan|parken|park|torg|torget|skola|skolan|allé|street|road|square|"
    r"school|library|hall|bridge|statue|museum|avenue|prize|kyrka|kyrkan|church|chapel|frestelse|kaviar|biff"
    r"|hospital|station|clinic|campus|stadium|arena|beach"
    r"|tårta|tårtor|bakelse|tart|tarts|badstrand|badstranden)(?![^\W\d_])"
)
# The same nouns written with a capital as the last word of a run of names: "Tove Jansson Park".
_PLACE_NOUNS = frozenset({"park", "street", "road", "square", "school", "library", "hall", "bridge", "museum",
                          "avenue", "prize", "gata", "gatan", "vägen", "väg", "parken", "torg", "skola", "skolan",
                          "house", "building", "centre", "center", "tower", "hotel", "hospital", "station", "clinic",
                          "campus", "stadium", "arena", "beach"})  # fmt: skip
_SENTENCE_END = set('\n.!?:;"“”«»(*•–—-')


def _starts_sentence(text: str, start: int) -> bool:
    """True when the word at `start` begins a sentence, a line or a quotation (capitalised anyway)."""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0:
        return True
    if text[j] == "." and j >= 1 and text[j - 1].isupper() and (j < 2 or not text[j - 2].isalnum()):
        return False  # an initial: "M. Virtanen"
    return text[j] in _SENTENCE_END


class _Token:
    """One capitalised word of a run; `context` (after a trigger word) is read only when asked for, and
    each read that looks at the text is noted in `reads` as (index of the word in its run, value)."""

    __slots__ = (
        "start",
        "end",
        "word",
        "info",
        "initial",
        "acronym",
        "personal",
        "place_only",
        "_context",
        "_text",
        "_index",
        "_reads",
    )

    def __init__(
        self, text: str, start: int, word: str, index: int, reads: list[tuple[int, bool]], foreign: bool = False
    ) -> None:
        self.start, self.end, self.word = start, start + len(word), word
        facts = _facts_in_english_or_swedish(word) if foreign else _facts(word)
        self.info, self.initial, self.acronym, self.personal, self.place_only = facts
        self._context: bool | None = None
        self._text = text
        self._index, self._reads = index, reads

    @property
    def context(self) -> bool:
        context = self._context
        if context is None:
            context = self._context = self.personal and _after_trigger(self._text, self.start)
            if self.personal:
                self._reads.append((self._index, context))
        return context


_FACTS: dict[str, tuple[WordInfo, bool, bool, bool, bool]] = {}


_STREET_ENDINGS = ("gatan", "vägen", "gränd", "gränden", "stigen", "torget", "parken", "katu", "kadulla", "kadulta",
                   "kadun", "kadulle", "kujalla", "kuja", "polku", "puisto", "puistossa", "tiellä", "tieltä",
                   "tielle")  # fmt: skip


def _facts(word: str) -> tuple[WordInfo, bool, bool, bool, bool]:
    """What a word is, wherever it stands (cached): its lexicon readings, whether it is an initial or an
    acronym, whether it could stand in a person's name (a name, or a word no lexicon knows: a foreign
    name), and whether it is only a place."""
    facts = _FACTS.get(word)
    if facts is None:
        initial = len(word) == 2 and word[1] == "."
        head, hyphen, tail = word.partition("-")
        # an acronym, or a compound of one and a word ("IBAN-muodossa", "HSL-kortti")
        acronym = not initial and len(word) > 1 and (word.isupper() or hyphen and len(head) > 1 and head.isupper() and tail.islower())
        info = _NO_INFO if initial or acronym else word_info(word)
        lower = word.lower()
        personal = (
            not initial
            and not acronym
            and (info.name or not info.known)
            and _no_cue_or_label(word, lower, info)
            and not (hyphen and len(tail) > 3 and tail.islower() and _common_word(tail) and not info.first_name)
        )  # nor is a compound whose tail is an ordinary word ("OmaStadi-röstningen", "Kekkonen-aikana")
        if personal and not info.known and "-" not in word and word.endswith(_STREET_ENDINGS):
            return (info, initial, acronym, False, True)  # "Topeliusgatan", "Vironkadulla": a street no list has
        facts = (info, initial, acronym, personal, info.place and not info.name)
        if len(_FACTS) < 500_000:
            _FACTS[word] = facts
    return facts


_NO_INFO = WordInfo(known=True)


def _no_cue_or_label(word: str, lower: str, info: WordInfo) -> bool:
    """Not a cue, and no role or label unless a list names it ("Planeraren Koskinen", "Kontaktperson Karin
    Lindberg": the role or label is no part of the name)."""
    return not _is_cue(word) and not (not info.listed and (_ends_with_a_role(lower) or lower in _INTRODUCTIONS))


def _common_word(word: str) -> bool:
    info = word_info(word.capitalize())
    return info.common and not info.name


_FOREIGN_FACTS: dict[str, tuple[WordInfo, bool, bool, bool, bool]] = {}


def _facts_in_english_or_swedish(word: str) -> tuple[WordInfo, bool, bool, bool, bool]:
    """`_facts` in an English or Swedish text, where that a word is a Finnish word says nothing: "Ravi
    Menon" (ravi, a trot; menon, of a cost) is a name there. A word of four letters or more that is common
    only to Voikko, no English or Swedish word of the lists, is no common word; and if it has no name's
    or place's reading either, no word a lexicon knows."""
    facts = _FOREIGN_FACTS.get(word)
    if facts is None:
        facts = _facts(word)
        info = facts[0]
        lower = word.lower()
        if info.common and len(word) >= 4 and lower not in english_words() and lower not in swedish_words():
            known = info.name or info.place
            info = replace(info, common=False, known=known)
            personal = not facts[1] and not facts[2] and _no_cue_or_label(word, lower, info)
            facts = (info, facts[1], facts[2], personal, facts[4])
        if len(_FOREIGN_FACTS) < 200_000:
            _FOREIGN_FACTS[word] = facts
    return facts


def _accepted(tokens: Sequence[_Token], i: int, sentence_start: bool, foreign: bool) -> bool:
    """Whether a word is part of a name: after a trigger word, any name or unknown word that is not only a
    place or a common word; elsewhere, by the rules of `_accepted_without_trigger`. That rule accepts only
    names, which the trigger accepts as well, so it goes first and the preceding words are read only when
    it says no."""
    token = tokens[i]
    info = token.info
    if _accepted_without_trigger(tokens, i, sentence_start, foreign):
        return True
    return token.context and not token.place_only and not (info.common and not info.name)


def _accepted_without_trigger(tokens: Sequence[_Token], i: int, sentence_start: bool, foreign: bool) -> bool:
    token = tokens[i]
    info = token.info
    if info.name and not token.personal and not token.initial and not token.acronym:
        return False  # a cue with a name's reading: "Asukas" (a surname too), "Hei"
    if not info.name and not info.known and token.personal and _foreign_spelling(token.word):
        # "Ştefan", "Małgorzata Wiśniewska", "Nguyễn Văn Hùng": a word no lexicon knows, spelled with a
        # letter of another Latin alphabet, in the middle of a sentence or beside another such word or name
        return not sentence_start or _neighbour_is_personal(tokens, i)
    if not info.name or token.acronym or token.place_only:
        return False
    if info.strong:
        return info.listed or not foreign or not sentence_start and _neighbour_is_name(tokens, i)
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and not tokens[j].initial:
            other = tokens[j].info
            # Only the last part of a Finnish full name inflects: "Anna Virtaselle", not "Toivon Matti".
            first, last = (info, other) if j > i else (other, info)
            if not first.nominative:
                continue
            if other.strong or tokens[j].context or (other.name and first.first_name and last.surname):
                return True
    if sentence_start or info.place or info.ambiguous_name or (foreign and not info.listed):
        return False
    return not (foreign and not info.nominative and not token.word.endswith(_POSSESSIVE_S))  # "Matti's dog"


def _neighbour_is_name(tokens: Sequence[_Token], i: int) -> bool:
    return any(0 <= j < len(tokens) and tokens[j].info.name for j in (i - 1, i + 1))


def _neighbour_is_personal(tokens: Sequence[_Token], i: int) -> bool:
    return any(
        0 <= j < len(tokens) and (tokens[j].info.name or tokens[j].personal and not tokens[j].info.known)
        for j in (i - 1, i + 1)
    )


# Letters of the Finnish, Swedish and English alphabets and of loan words common in them ("café", "Müller",
# "Citroën"): any other letter in a word no lexicon knows marks a name of another language.
_HOME_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéèëüàæø'’-")


@lru_cache(maxsize=100_000)
def _foreign_spelling(word: str) -> bool:
    """A word with a letter of another Latin alphabet: "Ştefan", "Łukasz", "Đorđe", "Yılmaz", "Trần"."""
    return not _HOME_LETTERS.issuperset(word.lower()) and word[1:].islower() and len(word) > 1


def _extend_right(tokens: Sequence[_Token], last: int) -> int:
    """A first name (or a word after a signature) in its basic form is followed by its surname, known or
    not ("Anni Sinnemäki"), unless that word is a place in a case form ("Liisa Helsingistä"); a further
    word unknown to every lexicon continues the name ("Nguyen Thi Lan")."""
    token = tokens[last]
    if last + 1 >= len(tokens):
        return last
    nxt = tokens[last + 1]
    if not (token.info.first_name or token.context) or not token.info.nominative:
        # a name spelled in another alphabet goes on over the next word no lexicon knows: "Ştefan Popescu"
        if nxt.personal and not nxt.info.known and not token.info.known and _foreign_spelling(token.word):
            return _extend_right(tokens, last + 1)
        return last
    if nxt.acronym or nxt.initial or _is_cue(nxt.word):
        return last
    if nxt.place_only and not nxt.info.common and nxt.word.endswith(_LOCATIVE):
        return last
    if nxt.info.common and not nxt.info.name and len(nxt.word) >= 8 and nxt.word.endswith(_FROM_OR_IN):
        # a building or a word in a case of from or in: "Ville Kanneltalosta", "Laura Kaapelitehtaalta"; a
        # short one may be a foreign surname ("Fernanda Costa")
        return last
    last += 1
    while last + 1 < len(tokens) and tokens[last].info.nominative:
        after = tokens[last + 1]
        if after.initial or after.info.known or not after.personal:
            break
        last += 1
    return last


_FROM_OR_IN = ("ssa", "ssä", "sta", "stä", "lta", "ltä")
_LOCATIVE = (
    "ssa",
    "ssä",
    "sta",
    "stä",
    "lla",
    "llä",
    "lta",
    "ltä",
    "lle",
    "an",
    "än",
    "en",
    "in",
    "on",
    "un",
)


# A run of capitalised words and initials separated by single spaces: matched by one pattern, then split.
# Each word of a run is the match `_WORD.finditer` would find at that place.
_RUN = re.compile(rf"{_WORD.pattern}(?:[ \u00a0]{_WORD.pattern})*+")

_RUN_PERSONAL: dict[str, bool] = {}  # per run of words: whether any of them could be part of a name


def _could_be_personal(word: str) -> bool:
    """An initial, or a word that is a name or unknown to every lexicon."""
    facts = _facts(word)
    return facts[1] or facts[3]


def _run_is_personal(run: str) -> bool:
    personal = _RUN_PERSONAL.get(run)
    if personal is None:
        personal = any(_could_be_personal(word) for word in run.replace("\u00a0", " ").split(" "))
        if len(_RUN_PERSONAL) < 500_000:
            _RUN_PERSONAL[run] = personal
    return personal
_POSSESSIVE_S = ("'s", "’s")


# The Finnish inessive, elative and illative endings, used of places rather than of people.
_PLACE_CASE = re.compile(r"(?:ssa|ssä|sta|stä|aan|ään|een|iin|oon|uun|yyn|öön|hin|seen)$")


# A first name as the subject of a verb of saying or writing ("Satu kirjoitti", "As Mari said above",
# "Bosse skrev:"), or in the genitive before "mukaan" ("Uskon mukaan": according to Usko).
# Verbs whose subject is a person: of saying and writing, and of what people do and firms and things do
# not ("lupasi", "osasi", "soitti"). A first name that is also a word is a person before one in the past
# tense only ("Satu kirjoitti"; "Satu kertoo prinsessasta" is a fairy tale telling).
_PERSON_VERBS_PAST = (
    "said", "wrote", "told", "asked", "promised", "phoned", "loved", "liked", "lived", "died", "wanted",
    "sanoi", "kirjoitti", "kertoi", "totesi", "kysyi",
    "väitti", "ehdotti", "lupasi", "osasi", "soitti", "halusi", "tiesi", "muisti", "unohti", "opiskeli",
    "työskenteli", "skrev", "sade", "berättade", "frågade", "lovade", "ringde", "svarade", "mejlade",
    "replied", "answered", "emailed", "texted", "vastasi", "huomautti", "ilmoitti", "valitti",
    "sano", "kerto", "ilmotti",  # spoken Finnish: "hämäläinen sano et ..."
    "näki", "huomasi", "kuuli", "ajatteli", "päätti", "kiitti", "såg", "hörde", "saw", "heard",
    "noticed",
)  # fmt: skip
_PERSON_VERBS_PRESENT = (
    "says", "writes", "sanoo", "kirjoittaa", "kertoo", "lupaa", "soittaa", "haluaa", "tietää", "opiskelee",
    "työskentelee", "skriver", "säger", "lovar", "ringer",
)  # fmt: skip
# Verbs only people do, in either tense: a first name that is also a word is a person before one
# ("Helmi kysyy", "Onni itki", "Satu asuu"), no tale, wind or light does them.
_HUMAN_VERBS = (
    "kysyy", "pyysi", "pyytää", "itki", "itkee", "nauroi", "nauraa", "leikkii", "leikki", "pelaa", "pelasi", "asuu",
    "asui", "harrastaa", "harrasti", "piirsi", "piirtää", "oppi", "oppii", "pääsi", "täyttää", "täytti", "osti",
    "ostaa", "maksoi", "ehdottaa", "aloitti", "aloittaa", "kävelee", "käveli", "juoksi", "pyöräilee", "ui", "uii",
)  # fmt: skip
_PERSON_VERBS = "|".join((*_PERSON_VERBS_PAST, *_PERSON_VERBS_PRESENT, *_HUMAN_VERBS, "mukaan"))
# ... as one alternation for the patterns that open at the verb
_PERSON_VERB_ALTERNATION = alternation(_PERSON_VERBS.split("|"))
# Months and feasts that are also first names: "April and Easter are fine".
_CALENDAR_NAMES = frozenset({"april", "may", "june", "july", "august", "easter", "christmas", "noel", "pentecost",
                             "maj", "juni", "juli", "augusti", "påsk", "jul", "joulu", "pääsiäinen", "vappu"})  # fmt: skip


_POSSESSIVES = frozenset({"min", "mun", "sun", "din", "sin", "hans", "hennes", "deras", "våra", "vår", "ers",
                          "hänen", "heidän", "meidän", "teidän", "sen", "tämän", "tuon", "hers", "its", "his",
                          "this", "the", "jonkun", "kenen", "yours", "ours", "theirs", "one's"})  # fmt: skip


# Abbreviations that start lines of feedback and that no lexicon knows ("Yst. terv.", "Tilinro").
_ABBREVIATIONS = frozenset({"yst", "terv", "tilinro", "puh", "tel", "gsm", "lgh", "bst", "nro", "os", "ks", "esim",
                            "huom", "obs"})  # fmt: skip
