"""Personal names in Finnish, Swedish and English text.

A run of capitalised words is read word by word with the lexicon (Voikko and the name lists):
- a word that can only be a name ("Virtasen", "Liisalle") is a name anywhere;
- a name that is also a common word or a place ("Anna" = give, "Toivo", "Kallio") is a name only in the
  middle of a sentence or next to another name ("Anna Virtanen"), never alone at a sentence start;
- after a first name the next capitalised word is its surname even if unknown ("Anni Sinnemäki");
- signatures, greetings, titles, role titles and introductions ("Terveisin", "Hei", "rouva",
  "apulaispormestari", "nimeni on") make the capitalised words after them names unless they are
  places, organisations or common words.
Role titles themselves, places, street names and organisations are never part of the span.

Besides the runs of capitalised words: a first name in lower case after a sign-off that ends the message
("t. mikko"), a signature after a slash ("/Sanna"), names in capitals ("PIRJO-LIISA KORHONEN", read
title-cased) and unknown words right beside a phone number or e-mail address. In Finnish text (and text
of no stated language) a CRF trained on the Turku NER corpus (`person_model`) then adds words the rules
missed in running prose and takes back one-word names the rules found without a cue.
`find_uncertain_persons` lists what is left uncertain, for the `hold_uncertain` policy."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from harvester.anonymise.text import person_model
from harvester.anonymise.text.alternation import alternation
from harvester.anonymise.text.lexicon import (
    WordInfo,
    by_last_three_letters,
    common_first_names,
    english_words,
    famous_names,
    is_hyphenated_east_asian_given_name,
    read_as_a_finite_verb,
    read_as_a_verb,
    read_only_as_a_finnish_name,
    read_only_as_a_verb,
    swedish_words,
    word_info,
)
from harvester.anonymise.text.plate import CAR_MAKES

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
                       "regards", "sincerely", "faithfully", "wishes", "t.", "t:", "hlsn", "mvh.", "br", "rgds"})  # fmt: skip
_SIGNOFFS_BEFORE_A_BREAK = frozenset({"kiitos", "kiitoksin", "thanks", "thank you", "cheers", "best", "tack"})
_GREETINGS = frozenset({"hei", "hej", "moi", "moikka", "terve", "hello", "hi", "hey", "hiya", "dear", "hyvä", "arvoisa", "bästa",
                        "kära", "tervehdys"})  # fmt: skip
_TITLES = frozenset({"herra", "rouva", "neiti", "hra", "rva", "tri", "dr", "mr", "mrs", "ms", "miss", "prof", "herr", "ope",
                     "fru", "fröken", "sir", "madam"})  # fmt: skip
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
       "pojat", "tyttö"}
    | {"naapurin", "naapurien", "ystävän", "kaverin", "siskon", "veljen", "serkun", "kollegan"}  # "Naapurin Pilar"
    | {"kids", "children", "sons", "daughters"}
    | {"dotter", "son", "mamma", "pappa", "bror", "syster", "granne", "grannen", "vän", "väninna", "kompis",
       "kollega", "sambo", "mormor", "farmor", "morfar", "farfar", "flickvän", "pojkvän", "make", "maka",
       "dottern", "sonen", "barnbarn"}
    | {"daughter", "son", "husband", "wife", "mother", "mom", "mum", "dad", "father", "brother", "sister",
       "neighbour", "neighbor", "friend", "colleague", "partner", "grandson", "granddaughter", "grandmother",
       "grandma", "grandfather", "grandpa", "boyfriend", "girlfriend", "fiancé", "fiancée", "niece", "nephew",
       "cousin", "aunt", "uncle", "stepson", "stepdaughter"}
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
                             "very", "really", "already", "now", "as", "like", "som"})  # fmt: skip
_PREPOSITIONS = frozenset({"for", "from", "to", "with", "about", "för", "från", "till", "med"})
_FUNCTION_WORDS |= _PREPOSITIONS


def _is_cue(word: str) -> bool:
    """A capitalised title, greeting, sign-off, pronoun or word for kin ("Mr", "Dear", "Terveisin", "Jag",
    "Asukas", also a surname to Voikko) is not a name."""
    key = word.lower().rstrip(".")
    return (
        key in _TITLES
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
    r"|tårta|tårtor|bakelse|tart|tarts)(?![^\W\d_])"
)
# The same nouns written with a capital as the last word of a run of names: "Tove Jansson Park".
_PLACE_NOUNS = frozenset({"park", "street", "road", "square", "school", "library", "hall", "bridge", "museum",
                          "avenue", "prize", "gata", "gatan", "vägen", "väg", "parken", "torg", "skola", "skolan",
                          "house", "building", "centre", "center", "tower", "hotel"})  # fmt: skip
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

    def __init__(self, text: str, start: int, word: str, index: int, reads: list[tuple[int, bool]]) -> None:
        self.start, self.end, self.word = start, start + len(word), word
        self.info, self.initial, self.acronym, self.personal, self.place_only = _facts(word)
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
            and not _is_cue(word)
            and not (not info.listed and (_ends_with_a_role(lower) or lower in _INTRODUCTIONS))
        )  # "Planeraren Koskinen", "Kontaktperson Karin Lindberg": the role or label is no part of the name
        if personal and not info.known and "-" not in word and word.endswith(_STREET_ENDINGS):
            return (info, initial, acronym, False, True)  # "Topeliusgatan", "Vironkadulla": a street no list has
        facts = (info, initial, acronym, personal, info.place and not info.name)
        if len(_FACTS) < 500_000:
            _FACTS[word] = facts
    return facts


_NO_INFO = WordInfo(known=True)


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


def _runs(text: str, blocked: Sequence[tuple[int, int]]) -> Iterator[tuple[object, list[tuple[int, str]]]]:
    """Runs of capitalised words and initials separated by single spaces ("M. Virtanen", "Anna Liisa
    Virtanen") that contain a word that could be a name, as (key, words): `words` the (start, word) of
    each word, `key` what identifies the words (the run's text, or the tuple of kept words). Words inside
    blocked ranges are skipped, and a skipped word ends its run. A run none of whose words could be a
    name is passed over whole."""
    blocked = sorted(blocked) if blocked else blocked
    next_block = 0
    for match in _RUN.finditer(text):
        run = match[0]
        personal = _RUN_PERSONAL.get(run)  # `_run_is_personal`, its memo read here without a call
        if not (personal or personal is None and _run_is_personal(run)):
            continue
        start = match.start()
        # A word may have to be skipped: the first glued to what precedes it, one in a blocked range, "T.".
        may_skip = start and (text[start - 1].isalnum() or text[start - 1] in "_@/.-") or "T." in run
        if blocked and not may_skip:
            while next_block < len(blocked) and blocked[next_block][1] <= start:
                next_block += 1
            may_skip = next_block < len(blocked) and blocked[next_block][0] < match.end()
        if not may_skip:  # the common case: the whole run, no word skipped
            if " " not in run and "\u00a0" not in run:
                yield run, [(start, run)]
                continue
            kept = []
            for word in run.replace("\u00a0", " ").split(" "):
                kept.append((start, word))
                start += len(word) + 1
            yield run, kept
            continue
        kept = []
        personal = False
        for word in run.replace("\u00a0", " ").split(" "):
            end = start + len(word)
            skip = False
            if not kept and start and (text[start - 1].isalnum() or text[start - 1] in "_@/.-"):
                # only the first word of a run can be glued to what precedes it; a slash at the start of
                # a line or after a space is a signature ("/Sanna"), not a path or a URL
                skip = not _slash_signature(text, start)
            elif blocked:
                while next_block < len(blocked) and blocked[next_block][1] <= start:
                    next_block += 1
                skip = next_block < len(blocked) and blocked[next_block][0] < end
            if not skip and word == "T." and _starts_sentence(text, start):
                # "T. Liisa": the sign-off abbreviation of "terveisin", not an initial; after a label's
                # colon an initial ("Yhteyshenkilö: T. Salminen")
                skip = text[:start].rstrip(" \t\u00a0")[-1:] != ":"
            if skip:
                if personal:
                    yield tuple(word for _, word in kept), kept
                kept, personal = [], False
            else:
                kept.append((start, word))
                personal = personal or _could_be_personal(word)
            start = end + 1
        if personal:
            yield tuple(word for _, word in kept), kept


def find_persons(
    text: str, blocked: Sequence[tuple[int, int]] = (), lang: str | None = None
) -> list[tuple[int, int]]:
    """The (start, end) of every personal name; words inside `blocked` ranges (e-mails, URLs,
    addresses already found) are not looked at.

    In Finnish text (and text of no stated language) the trained model (`person_model`) adds the names
    the rules miss in running prose: a word is part of a name when the rules or the model say so."""
    return [(start, end) for start, end, _ in _candidates(text, blocked, lang, uncertain=False)]


def find_uncertain_persons(
    text: str, blocked: Sequence[tuple[int, int]] = (), lang: str | None = None
) -> list[tuple[int, int, str]]:
    """Capitalised words that may be a person's name but that `find_persons` does not report, as
    (start, end, reason), for the `hold_uncertain` policy: a record with one can be held for review.

    Reasons: "unknown word mid-sentence" (a capitalised word in the middle of a sentence that neither the
    lexicon nor the lists of names and places know, e.g. a foreign name in running text; not a street
    name, an abbreviation or an acronym compound; Finnish text and text of no stated language only, since
    in Swedish and English text most such words are ordinary words Voikko does not know) and "model unsure"
    (in Finnish text, the model gives the word a probability of being part of a name between
    `person_model.UNCERTAIN` and its threshold). Each span once, with its first reason. Words the rules
    take for a name after a cue (a greeting, sign-off, title, introduction) are reported by
    `find_persons`, not here."""
    candidates = _candidates(text, blocked, lang)
    names = [(start, end) for start, end, reason in candidates if not reason]
    seen: dict[tuple[int, int], str] = {}
    for start, end, reason in candidates:
        if reason and (start, end) not in seen and not any(s < end and start < e for s, e in names):
            seen[start, end] = reason  # a word reported as a name is no longer uncertain
    return [(start, end, reason) for (start, end), reason in seen.items()]


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


# A signature in lower case at the end of a message: "t. mikko", "terv. liisa virtanen", "/sanna",
# "terveisin tiina ja pekka".
_LOWER_SIGNATURE = re.compile(
    r"(?:(?:^|(?<=\n))[ \t]*(?:/|--?|–)|(?<=[ \t])/(?=[^\W\d_])|(?<=[ \t])(?://|--?|–|—)(?=[ \t])|(?:^|(?<=[\s.!,]))(?i:t\.|t:|terv\.?|terveisin|terkuin|terkut|mvh|hälsningar|hälsn\.?|"
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
    last_words = [word.lstrip("/") for word in text[tail_start:].rsplit(None, 2)[-2:]]  # "bush. /marvin"
    if not any(word.islower() and _name_in_lower_case(word) for word in last_words):
        return []
    match = _LOWER_SIGNATURE.search(text, tail_start)
    if match is None:
        return []
    at = match.start()
    if at and text[at - 1] in " \t" and (text.startswith("//", at) or text[at] in "-–—"):
        # a dash in the middle of a line ("... everywhere. - li wei") closes a sentence as often as it signs:
        # only a listed first name ("— slush everywhere" is none)
        first = word_info(match[1][:1].upper() + match[1][1:])
        if not (first.first_name and first.listed) or first.common or first.ambiguous_name:
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


def _add_where_free(
    found: list[tuple[int, int, str]], names: Iterable[tuple[int, int]], blocked: Sequence[tuple[int, int]]
) -> None:
    """Append to `found` each of `names` that overlaps neither a blocked range nor a name found already
    (those appended before it included)."""
    for name in names:
        if not any(s < name[1] and name[0] < e for s, e in (*blocked, *((s, e) for s, e, _ in found))):
            found.append((*name, ""))


def _with_whole_names(
    found: list[tuple[int, int, str]], names: Iterable[tuple[int, int]], blocked: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """`found` with each of `names` that overlaps no blocked range in place of the names found inside it,
    unless it still overlaps one found."""
    for name in names:
        if any(s < name[1] and name[0] < e for s, e in blocked):
            continue
        found = [span for span in found if not (name[0] <= span[0] and span[1] <= name[1])]
        if not any(s < name[1] and name[0] < e for s, e, _ in found):
            found.append((*name, ""))
    return found


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


# Labels after which the next word names the person a booking or a contact is for, in lower case in quick
# notes: "kontaktperson arash", "keys picked up by ravi", "ansvarig vuxen: takumi", "hämtas av kaj".
_PERSON_LABELS = ("kontaktperson", "contact person", "contact:", "kontakt:", "yhteyshenkilö", "booked by",
                  "bokad av", "varaaja", "picked up by", "returned by", "hämtas av", "hämtar", "lämnar", "hakee",
                  "noutaa", "palauttaa", "ansvarig", "ansvarig vuxen", "vastuuhenkilö", "call", "ring", "soita",
                  "soittakaa", "avaimet hakee", "avaimen hakee", "avaimet noutaa", "avaimet palauttaa")  # fmt: skip
# Labels after which only a person can follow, so a word no lexicon knows is a name too ("avaimet hakee meron").
_KEY_LABELS = frozenset({"avaimet hakee", "avaimen hakee", "avaimet noutaa", "avaimet palauttaa", "picked up by",
                         "returned by", "booked by", "bokad av", "hämtas av", "kontaktperson", "contact person"})  # fmt: skip
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


def _lower_first_name(word: str, unknown_too: bool, ambiguous_too: bool = False) -> bool:
    """A word in lower case that is a listed first name and no ordinary word or place (`ambiguous_too`: or
    a name that is also an English or Swedish word, "ana", "will"; `unknown_too`: or a word of three letters
    or more that no lexicon knows)."""
    if word in _PREPOSITIONS or word in _CONTACT_WORDS or word in _POSSESSIVES or _is_cue(word):
        return False  # "bokad av fru Nyström", "kontaktperson min man Henrik"
    info = word_info(word[:1].upper() + word[1:])
    if info.first_name and info.listed:
        return not info.common and not info.place and (ambiguous_too or not info.ambiguous_name)
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
                    match[1], unknown_too=label in _KEY_LABELS, ambiguous_too=label not in _WEAK_PERSON_LABELS
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


# Swedish first names that are verbs in the imperative, which open a sentence: "Stig av vid Operan", "Bo
# inte här".
_IMPERATIVE_NAMES = frozenset({"Stig", "Bo", "Ring"})
_PARTICLE_AFTER = re.compile(r"[ ](?:av|på|in|ut|upp|ner|inte|aldrig|över|kvar)(?![\w-])")


def _swedish_imperative(text: str, start: int, end: int) -> bool:
    first = text[start:end].split(" ", 1)[0]
    return (
        first in _IMPERATIVE_NAMES
        and _starts_sentence(text, start)
        and bool(_PARTICLE_AFTER.match(text, start + len(first)))
    )


_LEGAL_FORMS = frozenset({"Oy", "Oyj", "Ab", "Abp", "Ltd", "Ky", "ry", "Ry", "r.y.", "Inc"})


def _may_name_a_company(text: str) -> bool:
    """Whether a company's legal form stands in the text: a cheap test before `_COMPANY_AFTER`."""
    return " Oy" in text or " Ab" in text or " Ltd" in text or " ry" in text or " Ky" in text


def _candidates(
    text: str, blocked: Sequence[tuple[int, int]], lang: str | None, uncertain: bool = True
) -> list[tuple[int, int, str]]:
    """Names found, as (start, end, ""), and (when `uncertain`) uncertain words, as (start, end, reason)."""
    found = _found_in(_capitals_as_names(text), blocked, lang, uncertain)
    # A signature may be followed by the writer's phone number or e-mail address: "hälsningar\nmaj-lis\n\n+358 ..."
    signed = _before_trailing_contacts(text, blocked) if blocked else text
    if "ent from" in signed or "ähetetty" in signed or "kickat från" in signed:
        signed = _MAIL_APP_FOOTER.sub("", signed)  # "kimmo\n\nLähetetty Outlook for Androidista"
    for signature in _lower_case_signature(signed):
        if not any(s < signature[1] and signature[0] < e for s, e in blocked):
            found.append((*signature, ""))
    words = text.split()
    _add_where_free(found, _lower_case_full_names(text, words), blocked)
    lower_case_text = _written_in_lower_case(text)
    if lower_case_text:
        _add_where_free(found, _lower_case_names(text), blocked)
    elif lang in (None, "fi"):
        _add_where_free(found, _lower_case_names(text, only_first_names=True), blocked)
    _add_where_free(found, _initials_that_sign_the_text(signed), blocked)
    name = _name_that_ends_the_text(signed)
    if name is not None:  # the whole signature replaces the parts of it found otherwise ("Ravi Kumar")
        found = _with_whole_names(found, (name,), blocked)
    if ":\n" in text or ": \n" in text or ":\r\n" in text:  # a line that ends with a colon
        # the whole line is the name: it replaces the parts of it found otherwise ("Thi Thu Hà", "Phạm")
        found = _with_whole_names(found, _names_listed_under_a_heading(text), blocked)
    if ":" in text:
        _add_where_free(found, _names_listed_after_a_heading(text), blocked)
    if any(stem in text for stem in _NICKNAME_STEMS):
        found = _with_whole_names(found, _nicknames(text), blocked)  # "Kalliolainen82" whole
    if " here" in text:
        _add_where_free(found, _names_before_here(text), blocked)
    _add_where_free(found, _first_names_thanked_or_addressed(text), blocked)
    if not _RELATION_WORDS.isdisjoint(words):
        _add_where_free(found, _names_after_a_relation(text, words), blocked)
        if ", " in text:
            _add_where_free(found, _names_then_a_relation(text), blocked)
    if not _TITLE_WORDS.isdisjoint(words):
        _add_where_free(found, _surnames_after_a_title(text), blocked)
    if ":" in text:
        _add_where_free(found, _names_with_a_colon_ending(text), blocked)
    if "(" in text:
        _add_where_free(found, _names_before_an_age(text), blocked)
    if "." in text:  # "T.Mikko Laine" replaces "Laine"
        found = _with_whole_names(found, _glued_sign_offs(text), blocked)
    found = _with_whole_names(found, _names_introduced(text), blocked)  # "jag heter ahmed yusuf", whole
    _add_where_free(found, _names_before_a_saying_verb(text, lang), blocked)
    _add_where_free(found, _paired_first_names(text, lang), blocked)
    if ": " in text or "@" in text:
        _add_where_free(found, _speakers_and_mentions(text), blocked)
    if "tti" in text or "skrev" in text or "wrote" in text:
        _add_where_free(found, _quoted_writers(text), blocked)
    if " (" in text:
        _add_where_free(found, _names_before_who_they_are(text), blocked)
    if "(" in text:
        _add_where_free(found, _first_names_in_brackets(text), blocked)
    if lang == "en":
        if ", the " in text or ", our " in text or ", my " in text:
            _add_where_free(found, _names_before_a_role(text), blocked)
        _add_where_free(found, _lower_case_names_before_an_english_verb(text), blocked)
        _add_where_free(found, _names_from_a_group(text), blocked)
        _add_where_free(found, _names_asked_or_told(text), blocked)
    elif lang == "sv":
        _add_where_free(found, _names_asked_or_told(text, _ASKED_SV), blocked)
    if lang in (None, "fi"):
        _add_where_free(found, _unknown_subjects(text), blocked)
        _add_where_free(found, _names_told_or_asked(text, lower_case_text), blocked)
        _add_where_free(found, _names_before_their_kin(text), blocked)
    if any(pair in text for pair in _WITH_ME_STEMS):
        _add_where_free(found, _names_name_word(text), blocked)
    if "-" in text or "_" in text or "@" in text:
        _add_where_free(found, _double_names_and_user_names(text), blocked)
    _add_where_free(found, _names_before_kin(text), blocked)
    if any(stem in text for stem in _THREAD_STEMS):
        _add_where_free(found, _names_in_a_thread(text), blocked)
    if any(stem in text for stem in _NEXT_DOOR_STEMS):
        _add_where_free(found, _names_from_next_door(text), blocked)
    if ", " in text and ":" in text:
        _add_where_free(found, _inverted_names_after_a_label(text), blocked)
    if ", hän " in text or ", han " in text or ", hon " in text or ", she " in text or ", he " in text:
        _add_where_free(found, _names_before_a_personal_pronoun(text), blocked)
    if "-" in text:
        found = _with_whole_names(found, _names_hyphened_to_kin(text), blocked)
    if "\n" in text and "." in text:
        found = _with_whole_names(found, _names_dating_a_comment(text), blocked)
    if found and _may_name_a_company(text):  # "Kalliorinne Oy", and "As Oy Kalliorinne" after a sign-off
        found = [
            span
            for span in found
            if not _COMPANY_AFTER.match(text, span[1]) and _LEGAL_FORMS.isdisjoint(text[span[0] : span[1]].split())
        ]
    _add_where_free(found, _names_by_a_contact(text, blocked, found), blocked)
    if found and blocked:
        found = _lower_case_names_completed_by_a_contact(text, found, blocked)
    if found and (" eli " in text or "(" in text or " aka " in text or " alias " in text):
        _add_where_free(found, _aliases(text, found), blocked)
    if found:
        found = _names_found_again(text, _completed_names(text, found, blocked), blocked)
    # Last, and not found again elsewhere: a weaker reading than the rest, whose false alarms (a band, a
    # place abroad) should not multiply; unless it begins with a listed first name ("Olena Kravets" ...
    # "Enligt Olena").
    again = []
    for start, end, listed_first in _unknown_full_names(text, lang, [*blocked, *((s, e) for s, e, _ in found)]):
        if any(s >= start and e <= end for s, e in blocked):
            continue
        found = [span for span in found if not (start <= span[0] and span[1] <= end)]
        (again if listed_first else found).append((start, end, ""))
    if again:
        found = _names_found_again(text, found + again, blocked)
    if found:
        found = [
            span
            for span in found
            if span[2]
            or not (
                _names_a_unit(text, span[0], span[1])
                or _famous_name(text, span[0], span[1])
                or _names_a_room_a_pet_or_a_car(text, span[0], span[1])
                or _names_a_brand(text, span[0], span[1])
                or lang == "sv" and _swedish_imperative(text, span[0], span[1])
            )
        ]
        found = _whole_names(text, found, blocked)
        if "-" in text:
            found = [_with_hyphened_initials(text, span) for span in found]
    return found


# The initials of a double first name before a surname: "J-P Salminen", "K-G Holmbergs fru".
_HYPHENED_INITIALS_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]-[A-ZÅÄÖ][ ]$")


def _with_hyphened_initials(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    start, end, reason = span
    if reason or start < 4 or text[start - 3] != "-":
        return span
    initials = _HYPHENED_INITIALS_BEFORE.search(text, start - 4, start)
    return (initials.start(), end, reason) if initials is not None else span


# A capitalised word of letters right before or after a found name, with one space between.
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])([{_CAPITAL}][a-zà-öø-ÿā-ž]+)[ ]$")
# A capitalised word that ends where the search ends: the first of a pair ("Grace and ..."), a name before
# "-täti"; the passes that use it find what follows first and look behind for the word.
_CAPITALISED_WORD_BEHIND = re.compile(rf"(?<![\w'’-])([{_CAPITAL}][a-zà-öø-ÿ]+)$")
_WORD_AFTER = re.compile(rf"[ ]([{_CAPITAL}][a-zà-öø-ÿā-ž]+)(?![\w'’@.-]|\.\w)")
_POSSESSIVE_S = ("'s", "’s")
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


# A cake or a pastry named after someone, as one word: "Sachertorte", "Napoleonbakelse", "Runebergintorttu".
# Looked for in the word's last eleven letters, its case ending after them ("Sachertorten").
_PASTRY_STEMS = ("tort", "tårt", "bakels", "kakku", "kaku", "leivo")


_HEADS_OF_STATE = frozenset({"presidentti", "presidentin", "presidentiksi", "president", "presidenten"})


def _famous_name(text: str, start: int, end: int) -> bool:
    """A famous person's, a brand's or a ship's name (data/famous_names.txt), or the name a dish or a
    place is named after ("Alvar Aallon", "Tove Jansson-parken", "Clas Ohlsonin"); the found span may
    be the first two words or only the second."""
    famous = famous_names()
    if text.find("resident", max(0, start - 14), start) >= 0 and " " not in text[start:end]:
        before = text[max(0, start - 14) : start].rsplit(None, 1)[-1:]
        if before and before[0].lower() in _HEADS_OF_STATE:
            return True  # "Presidentti Kekkosen aikaan", "president Ahtisaari": a public figure, by surname
    words = text[start:end].casefold().split()
    if len(words) == 1 and any(stem in words[0][-11:] for stem in _PASTRY_STEMS):
        return True
    if len(words) == 1:
        before = text[max(0, start - 40) : start].split()
        if before and before[-1].casefold() in famous:
            words = [before[-1].casefold(), *words]
        else:  # the first name alone was found: "Jean Sibeliuksen syntymäpäivänä"
            after = text[end : end + 40].split(maxsplit=1)
            if not after or words[0] not in famous:
                return False
            words = [*words, after[0].casefold()]
    stems = famous.get(words[0])
    return stems is not None and any(" ".join(words[1:]).startswith(stem) for stem in stems)


# The last words of the names of services, offices and units that sign replies and notes ("Kundservice för
# stadsmiljö", "Stadsbiblioteket", "/Varaamo-tuki", "Urban Environment Customer Service"), in lower case.
_UNIT_HEADS = ("service", "services", "tjänst", "tjänsten", "support", "tuki", "palvelu", "palvelut", "bibliotek",
               "biblioteket", "huset", "kontor", "kontoret", "enheten", "förvaltning", "förvaltningen", "centralen",
               "byrån", "avdelningen", "kansliet", "verket", "toimisto", "keskus", "tiimi", "teamet", "desk",
               "office", "department", "centre", "center", "library", "museet", "division", "sektorn",
               "sektori", "sektorin", "toimiala", "toimialan", "club", "klubi", "society", "association",
               "choir", "kuoro", "orchestra")  # fmt: skip
# Capitalised words that continue a name to the end of its line: "Urban Environment| Customer Service".
_CAPITALISED_REST = re.compile(rf"(?:[ ][{_CAPITAL}][^\W\d_]*){{1,4}}[ .]*(?=\n|$)")


def _names_a_unit(text: str, start: int, end: int) -> bool:
    """Whether the name found at `start`..`end` is (the start of) a unit's name: its last word, or the last
    of the capitalised words that continue it to the end of the line, ends in a word for a service or an
    office, and is no listed name. "Matti Virtanen, asiakaspalvelu" stays a person."""
    last = text[start:end].rsplit(" ", 1)[-1].lower()
    if last.endswith(_UNIT_HEADS) and not word_info(last.capitalize()).name:
        return True
    rest = _CAPITALISED_REST.match(text, end) if text.startswith(" ", end) else None
    return rest is not None and rest.group().rstrip(" .").rsplit(" ", 1)[-1].lower().endswith(_UNIT_HEADS)


# Rooms and halls are named after people ("Sali Aalto", "Kokoushuone Kekkonen", "Mötesrum Runeberg", "the
# Helene Schjerfbeck room"), and so are pets ("koiramme Rekku", "lukukoira Lempi", "Rosa (vår hund)"): the
# word before the name, in lower case, ends as a room or a pet does, or the words after it name one.
# The ends of compounds ("kokoushuone", "Mötesrummet", "lukukoira") and whole words ("Sal", "room": "proposal"
# and "forum" end as they do).
_ROOM_OR_PET_ENDINGS = ("sali", "huone", "rummet", "salen", "studio", "auditorio", "kabinett", "kabinetti",
                        "ryhmätila", "kokoustila", "koira", "koiramme", "koiran", "koiransa", "koirani", "koiraa",
                        "kissa", "kissamme", "kissan", "kissansa", "kissani", "kissaa", "hund", "hunden", "hundar",
                        "katt", "katten", "valp", "pentu", "pentumme", "mötesrum", "klubbrum", "konferensrum",
                        "möteslokal", "hundarna", "katterna", "koirat", "koiramme", "kahvila", "ravintola",
                        "baari")  # fmt: skip
# ... and cafés and restaurants ("Café Ursula", "ravintola Rauha"), and a pet named so ("koira nimeltä Rekku")
_ROOM_OR_PET_WORDS = frozenset({"room", "rooms", "hall", "dog", "dogs", "cat", "cats", "puppy", "sal", "rum", "kino",
                                "café", "cafe", "restaurant", "bar", "pub", "bistro"})  # fmt: skip
_ROOM_OR_PET_AFTER = re.compile(
    r"(?i)(?:[ ]?-?(?:sali|salissa|saliin|salista|huone|huoneessa|huoneeseen)(?![\w-])|[ ](?:room|hall|salen|rummet)(?![\w-])"
    r"|[ ]\((?:vår|min|meidän|our|my)[ ](?:hund|katt|koira|kissa|dog|cat)\)"
    r"|,[ ](?:vår|min|meidän|mun|minun|our|my)[ ](?:hund|katt|koira|koiramme|kissa|kissamme|dog|cat)(?![\w-]))"
)


# Companies of daily life in Helsinki named like women (the telephone operator Elisa, the energy company
# Helen, the schools' messaging service Wilma) and the words of their trade: with one of these in the
# text, the word is the company ("Elisan ja Telian tukiasemat", "Ilmoitin Helenille katuvalosta", "Wilma
# ei toimi"); Wilma in a place case is the service ("Wilmassa"), a pupil Wilma is named in the words of
# school.
_BRAND_CONTEXT = {
    "elisa": ("telia", "dna", "liittym", "verkko", "network", "tukiasem", "mobiilidat", "kaapeli", "kabel", "kaivu",
              "grävde", "operaattor", "operator", "broadband", "netti"),
    "helen": ("sähkö", "katuval", "virta", "energia", "elnät", "kaivu", "grävde", "kaukolämpö", "häiriö",
              "electricity"),
    "wilma": ("viesti", "ei toimi", "fungerar inte", "doesn't work", "kirjaud", "login", "sovellu", "app "),
}  # fmt: skip
_WILMA_IN_A_PLACE_CASE = ("wilmassa", "wilmaan", "wilmasta", "wilmaviesti")


def _names_a_brand(text: str, start: int, end: int) -> bool:
    word = text[start:end].lower()
    brand = word[:5]
    if " " in word or brand not in _BRAND_CONTEXT:
        return False
    if word in _WILMA_IN_A_PLACE_CASE:
        return True
    lower = text.lower()
    return any(stem in lower for stem in _BRAND_CONTEXT[brand])


_PET_NAME_IS = re.compile(
    r"(?i)(?:koiran|kissan|koiramme|kissamme|hundens|kattens|dog's|cat's)[ ](?:nimi[ ]on|namn[ ]är|name[ ]is)[ ]$"
)


def _names_a_room_a_pet_or_a_car(text: str, start: int, end: int) -> bool:
    """A room or a pet named after someone, or a car's make and model ("Skoda Octavia", "Alfa Romeo
    Giulietta")."""
    if start > 1 and text[start - 1] in " '\"":
        before = text[max(0, start - 40) : start - 1].split()[-2:]
        word = before[-1].strip(",:\"'“”«»(").lower() if before else ""
        if word in ("nimeltä", "named", "called") and len(before) == 2:
            word = before[0].strip(",:\"'“”«»(").lower()  # "koira nimeltä Rekku", "a dog named Rex"
        if _PET_NAME_IS.search(text, max(0, start - 24), start) is not None:
            return True  # "Koiran nimi on Aatu", "Hundens namn är Sigge"
        if word.isalpha() and (word.endswith(_ROOM_OR_PET_ENDINGS) or word in _ROOM_OR_PET_WORDS or word in CAR_MAKES):
            return True  # "kaksi koiraa, Onni", "room 'Alvar'", "Alfa Romeo Giulietta"
    first = text[start:end].split(" ", 1)[0]
    if first.lower() in CAR_MAKES and not word_info(first).first_name:  # not "Mercedes Pérez López"
        return True
    if " " in text[start:end] and (first.lower() in _ROOM_OR_PET_WORDS or first.lower().endswith(_ROOM_OR_PET_ENDINGS)):
        return True  # "Sal Aurora", "Studio Helmi": the room's word begins the name
    return end < len(text) and text[end] in " -," and _ROOM_OR_PET_AFTER.match(text, end) is not None


# Two or three capitalised words in a row: "Semhar Yohannes", "Chatchai Thongdee", "Ram Poudelin".
# Begun at a capital, with the look-behind after it, so that the regex engine skips in C to each capital.
_CAPITALISED_RUN = re.compile(
    rf"[{_CAPITAL}](?<=(?<![\w-])[{_CAPITAL}])[a-zß-ÿā-ž]+(?:-[{_CAPITAL}][a-zß-ÿā-ž]+)?"
    rf"(?:[ ][{_CAPITAL}][a-zß-ÿā-ž]+(?:-[{_CAPITAL}][a-zß-ÿā-ž]+)?){{1,2}}(?![\w-])"
)


# Articles, prepositions and nouns of names of things in other languages: "Der Spiegel", "Enamorado Por
# Primera", "Rancho Mirage", "Sea Ray".
_NOT_IN_A_FULL_NAME = frozenset({
    "der", "die", "das", "el", "la", "los", "las", "le", "les", "del", "por", "para", "con", "sin", "the", "of",
    "and", "y", "et", "und", "sea", "bay", "rancho", "club", "band", "hotel", "café", "cafe", "bar", "festival",
    "project", "team", "group", "studio", "records", "city", "san", "santa", "saint", "sankt", "st", "norra",
    "södra", "östra", "västra", "stora", "lilla", "gamla", "nya", "day",
})  # fmt: skip


def _unknown_full_names(
    text: str, lang: str | None, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Two or three capitalised words that no lexicon knows, or a listed name and such words, are the
    first name and surname of somebody whose names are in no list ("Kuten Semhar Yohannes kirjoitti",
    "Payment by Somchai Boonmee"): nothing else is written so but a place or an institution, which a
    place noun or a word the lexicons know gives away. Not before a place noun, not a street, and in
    Swedish text (whose words no lexicon here knows: "Kören Sångfåglarna") only with a listed name. Runs
    that overlap a `taken` range (most are names found already) are not looked at. Each as (start, end,
    whether its first word is a listed first name)."""
    spans = []
    for match in _CAPITALISED_RUN.finditer(text):
        inside = [(s, e) for s, e in taken if s < match.end() and match.start() < e]
        if any(not (match.start() <= s and e <= match.end()) for s, e in inside):
            continue
        # a name found inside the run is replaced by it ("Enligt Olena" ... "Olena Kravets"), if the words
        # before that name are listed first names ("Jing Liu"; not "Ask Abdiqani")
        if inside and not all(
            word_info(word).first_name and word_info(word).listed
            for word in text[match.start() : min(s for s, _ in inside)].split()
        ):
            continue
        words = match[0].split(" ")
        # None: no part of a name; else whether listed. A Finnish word's reading is set aside only after the
        # first word ("Olena Kravets"; "Ravintola Savoy's" is a restaurant)
        reads = [_full_name_part(word, lang if i else None) for i, word in enumerate(words)]
        if None in reads:  # "Kuten Semhar Yohannes": the name is the words after the first
            if reads[0] is not None or len(words) < 3 or None in reads[1:]:
                continue
            words, reads = words[1:], reads[1:]
        if _PLACE_CASE.search(words[-1]) and not reads[-1]:
            continue  # "Addis Abebaan", "Rancho Miragessa": a place abroad, in a case for places
        start = match.end() - len(" ".join(words))
        unknown, listed = reads.count(False), reads.count(True)
        if listed and not word_info(words[0]).first_name:
            continue  # a listed word after an unknown one: "Havis Amandan" (a statue), "Brahe Djäknar" (a club)
        if unknown and (listed or lang != "sv") and not _NAMED_PLACE_AFTER.match(text, match.end()):
            spans.append((start, match.end(), bool(reads[0]) and word_info(words[0]).listed))
    return spans


# The Finnish inessive, elative and illative endings, used of places rather than of people.
_PLACE_CASE = re.compile(r"(?:ssa|ssä|sta|stä|aan|ään|een|iin|oon|uun|yyn|öön|hin|seen)$")


@lru_cache(maxsize=100_000)
def _full_name_part(word: str, lang: str | None = None) -> bool | None:
    """None when `word` is no part of a full name; otherwise whether it is a listed name. In Swedish and
    English text a word that only Voikko knows, as a Finnish word, counts as unknown ("Olena Kravets")."""
    info, initial, acronym, personal, place_only = _facts(word)
    lower = word.lower()
    if len(word) < 3 or acronym or initial or place_only or info.place or _is_cue(word):
        return None
    if lower in _FUNCTION_WORDS or lower in _PLACE_NOUNS or lower in _NOT_IN_A_FULL_NAME:
        return None
    if _STREET_WORD.fullmatch(lower):
        return None
    if info.known and not info.name or info.common:
        if lang in ("sv", "en") and not info.name and lower not in english_words() and lower not in swedish_words():
            return False  # a Finnish word's reading says nothing of a word in Swedish or English text
        return None
    return info.name


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


# Writers who introduce themselves: "hi its senait tekle,", "terve, pranee jaidee täällä", "my name is
# Bikash", "nimeni on Sagal", "jag heter Ebba". The stems open the scan; one to three words follow. Not
# "det är", which mostly opens an opinion ("det är synd att Arcada ...").
_SELF_INTRODUCTIONS = ("it's", "its", "it’s", "this is", "my name is", "i am", "i'm", "i’m", "nimeni on",
                       "mun nimi on", "minä olen", "jag heter", "mitt namn är")  # fmt: skip
_INTRODUCED = re.compile(
    r"[ \t]+([^\W\d_]+(?:-[^\W\d_]+)?(?:[ ][^\W\d_]+(?:-[^\W\d_]+)?){0,2}?)"
    r"(?=[ ]*(?:[,.!\n(]|$|[ ](?:täällä|here|här|and|ja|och|from|asun|bor|again|taas|igen)\b))"
)
# One to three words before "täällä" or "här" ("pranee jaidee täällä"), matched backwards from the word.
_BEFORE_HERE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)?(?:[ ][^\W\d_]+(?:-[^\W\d_]+)?){0,2}?)[ ]$")
_GREETING_BEFORE = re.compile(r"(?i)[ \t]*(?:hei|hej|moi|moikka|terve|moro|heippa|hi|hello|hey|hejsan|tjena)[,!]?[ \t]+")
_INTRODUCTION_STEMS = ("s ", "is ", "am ", "m ", "on ", "eter ", "är ", "täällä", "här")


def _introductions(text: str) -> Iterator[re.Match[str]]:
    """The words after an introduction ("my name is", "nimeni on") and before "täällä" or "här" opening a
    sentence or after a greeting. Each phrase is found with str.find in the text in lower case."""
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
    for here in (" täällä", " här"):
        position = lower.find(here)
        while position >= 0:
            after = position + len(here)
            if after == len(text) or not text[after].isalnum():
                match = _BEFORE_HERE.search(text, max(0, position - 60), position + 1)
                if match is not None and _opens_or_follows_a_greeting(text, match.start(1)):
                    yield match
            position = lower.find(here, after)


def _opens_or_follows_a_greeting(text: str, start: int) -> bool:
    if not start or _starts_sentence(text, start):
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
        if len(words) > 1 and words[0].lower() in _PREPOSITIONS:  # "this is for Mark and Will's party"
            start += len(words[0]) + 1
            words = words[1:]
        facts = [_facts(word) for word in words]
        # A capitalised first word that is an ordinary word too counts before a surname that is nothing
        # else ("Nimeni on Hana Al-Khatib").
        word_first = (
            len(words) > 1
            and words[0][:1].isupper()
            and facts[0][0].common
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


# A first name as the subject of a verb of saying or writing ("Satu kirjoitti", "As Mari said above",
# "Bosse skrev:"), or in the genitive before "mukaan" ("Uskon mukaan": according to Usko).
# Verbs whose subject is a person: of saying and writing, and of what people do and firms and things do
# not ("lupasi", "osasi", "soitti"). A first name that is also a word is a person before one in the past
# tense only ("Satu kirjoitti"; "Satu kertoo prinsessasta" is a fairy tale telling).
_PERSON_VERBS_PAST = (
    "said", "wrote", "told", "asked", "promised", "phoned", "sanoi", "kirjoitti", "kertoi", "totesi", "kysyi",
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
# The verbs after a space, found by one regex (four times faster than a `str.find` for each verb).
_SAYING_WORD = re.compile(f" (?:{alternation(_PERSON_VERBS.split('|'))})(?![\\w-])")
# The word before a verb, matched backwards from it: the verbs are found first (the regex engine skips in C
# to each space), the word behind each.
_NAME_BEFORE_SAYING = re.compile(r"(?<![\w'’-])([^\W\d_][^\W\d_]+(?:-[^\W\d_]+)?)$")


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
    rf"|contacted|messaged|talked to|talk to|talking to|spoke to|spoke with|speak to|speak with|according to)[ ])"
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
        if match[2] in _RELATION_WORDS and _may_name_someone(match[1]):
            spans.append(match.span(1))
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
# Months and feasts that are also first names: "April and Easter are fine".
_CALENDAR_NAMES = frozenset({"april", "may", "june", "july", "august", "easter", "christmas", "noel", "pentecost",
                             "maj", "juni", "juli", "augusti", "påsk", "jul", "joulu", "pääsiäinen", "vappu"})  # fmt: skip


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
    r"(?:samaa mieltä kuin|samaa mieltä|eri mieltä kuin|eri mieltä|enig med|oenig med|agree with)"
)
_THREAD_AFTER = (
    r"(?:on(?:[ ](?:tässä|ihan|täysin|aivan|kyllä|taas))*[ ]oikeassa|har(?:[ ](?:helt|så|faktiskt|nog))*[ ]rätt"
    r"|is(?:[ ](?:absolutely|totally|so|quite))*[ ]right|(?:yllä|ylempänä|ovan|ovanför|above)(?![\w])"
    r"|(?:kommentti|kommentissa|ehdotus|ehdotuksessa|pointti|idea|mielipide|viesti|kommentar|förslag)(?![\w]))"
)
_THREAD_NAME = rf"({_CAPITALISED_NAME})"
# Two patterns, each searched only when a word of it is in the text; the second begins at a capital, which
# the regex engine skips to in C.
_NAME_AFTER_A_THREAD_WORD = re.compile(rf"(?i:(?<![\w-]){_THREAD_BEFORE}[ ]){_THREAD_NAME}(?![\w'’-])")
_NAME_BEFORE_A_THREAD_WORD = re.compile(
    rf"([{_CAPITAL}](?<=(?<![\w'’.-])[{_CAPITAL}])[a-zà-öø-ÿ]+(?:-[{_CAPITAL}][a-zà-öø-ÿ]+)?)(?::n)?[ ](?i:{_THREAD_AFTER})"
)
_THREAD_STEMS_BEFORE = ("mieltä", "enig", "agree with", "Agree with")
_THREAD_STEMS_AFTER = ("oikeassa", "rätt", "right", "yllä", "ylempänä", "ovan", "above", "komment", "ehdotu",
                       "pointti", "idea", "mielipide", "viesti", "förslag")  # fmt: skip
_THREAD_STEMS = _THREAD_STEMS_BEFORE + _THREAD_STEMS_AFTER


def _names_in_a_thread(text: str) -> list[tuple[int, int]]:
    """A first name (any, also one that is a word: "Tähti", "Make"), or after the words before a name a word
    no lexicon knows written as names are, where a comment thread names a commenter (see
    _NAME_AFTER_A_THREAD_WORD, _NAME_BEFORE_A_THREAD_WORD). Not a place, an acronym, a cue or a pronoun ("Kaupungin ehdotus" is the city's)."""
    matches: list[tuple[re.Match[str], bool]] = []
    if any(stem in text for stem in _THREAD_STEMS_BEFORE):
        matches += [(match, True) for match in _NAME_AFTER_A_THREAD_WORD.finditer(text)]
    if any(stem in text for stem in _THREAD_STEMS_AFTER):
        matches += [(match, False) for match in _NAME_BEFORE_A_THREAD_WORD.finditer(text)]
    spans = []
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


# Initials alone that sign a message, after its last sentence or on a line of their own ("... peilijäässä.
# M.V.", "Puh 09 7562 318. R.P."), or after a sign-off ("t. RK", "-JK").
_SIGNING_INITIALS = re.compile(
    r"(?:(?<=[.!?)] )|(?<=[.!?)]  )|(?<=\n)|^)[ \t]*((?:[A-ZÅÄÖ]\.[ ]?){2,3})[ \t]*$"
    r"|(?:(?<=[\s.!?])(?i:t\.|terv\.|mvh|hälsn\.)[ ]?|(?<=\s)[-/])([A-ZÅÄÖ]{2,3}\.?)[ \t]*$"
)


def _initials_that_sign_the_text(text: str) -> list[tuple[int, int]]:
    end = len(text.rstrip())
    if end < 3 or not (text[end - 1].isupper() or text[end - 1] == "."):
        return []
    # the pattern ends at the text's end: searched in its last characters only, not from its start
    match = _SIGNING_INITIALS.search(text, max(0, end - 24), end)
    if match is None:
        return []
    group = 1 if match.start(1) >= 0 else 2
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
    about_a_person: bool | None = None  # whether a personal pronoun stands in the text, tested once
    for start, end, reason in found:
        if reason:
            continue
        words = _PLAIN_WORD.findall(text, start, end)
        for word in words:
            if text.count(word) < 2:
                continue  # the usual case, tested in C: the word stands nowhere else
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
    if not names:
        return found
    taken = [(s, e) for s, e, _ in found] + list(blocked)
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


# A company's legal form after a name and up to two more capitalised words: the name is the company's
# ("Mäkelän Maalaus Oy", "Rezaei Logistics Oy", "Kallio Ab"), not a person's.
_COMPANY_AFTER = re.compile(
    r"(?:[ ][A-ZÅÄÖ][\w&-]*){0,2}[ ](?:Oy|Oyj|Ab|Abp|Ltd|Inc|GmbH|Ky|Tmi|Ay|ry|r\.y\.)(?![\w])"
)


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


def _lower_case_names(text: str, only_first_names: bool = False) -> list[tuple[int, int]]:
    """In a text written in lower case, each word that Voikko reads only as a first name or a surname
    ("soitin pekalle", "naapurin jari sanoi"), not as an ordinary word, a place or a name that is also a word
    ("anna", "kari", "tuuli"), nor a name of the world lists only ("tack"); a first name's surname after it
    joins it. `only_first_names`: in a text written with capitals, only inflected first names that are
    nothing else ("isoäidiltäni hannalta", "sanoo häntä jaskaksi"; not "kait")."""
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
        else:
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
    return None if info.common or info.place or info.ambiguous_name else match.span(1)


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
    if tail[-1].islower() and tail.rsplit(None, 1)[-1].islower() and not tail.islower():
        return _lower_case_name_that_ends_the_text(tail)  # a capitalised text whose last word is in lower case
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


# The words for kin as words of a text split at white space: `_names_after_a_relation` runs only when one is there.
_RELATION_WORDS = frozenset(form for word in _RELATIONS for form in (word, word.capitalize()))
# The capitalised word right after a word for kin (matched at the word's end).
_WORD_AFTER_RELATION = re.compile(rf"[ \u00a0]+([{_CAPITAL}][^\W\d_]+(?:-[{_CAPITAL}][^\W\d_]+)?)(?![\w-])")


_LOWER_WORD_AFTER_RELATION = re.compile(r"[ \u00a0]+([a-zåäö][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])")


def _lower_case_first_name_after_a_relation(word: str) -> bool:
    """A first name in lower case, an ordinary word too ("onni"), but no verb ("sanoi") and no name that is
    also an English word ("my son will")."""
    info = word_info(word[:1].upper() + word[1:])
    return info.first_name and not info.ambiguous_name and not read_only_as_a_verb(word) and not _is_cue(word)


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
                    if match is not None and _lower_case_first_name_after_a_relation(match[1]):
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
    spans = [match.span(1) for match in _NAME_AND_ME.finditer(text) if _name_beside_me(match[1])]
    spans += [match.span(1) for match in _ME_AND_NAME.finditer(text) if _name_beside_me(match[1])]
    return sorted(spans)


def _name_beside_me(word: str) -> bool:
    """`_name_word`, or beside "I" also a listed first name that is a word or a cue too ("Bror och jag",
    "jag och linnea"), and in lower case a word no lexicon knows ("mä ja jooa")."""
    if _name_word(word):
        return True
    lower = word.lower()
    if lower in _FUNCTION_WORDS or lower in _PRONOUNS_BESIDE_ME or read_only_as_a_verb(lower):
        return False
    info = word_info(word.capitalize())
    if word.islower():  # not an English or Swedish word ("the park and I")
        return not info.known or info.first_name and not info.ambiguous_name
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


_POSSESSIVES = frozenset({"min", "mun", "sun", "din", "sin", "hans", "hennes", "deras", "våra", "vår", "ers",
                          "hänen", "heidän", "meidän", "teidän", "sen", "tämän", "tuon", "hers", "its", "his",
                          "this", "the", "jonkun", "kenen", "yours", "ours", "theirs", "one's"})  # fmt: skip


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


def _may_follow_a_relation(word: str) -> bool:
    if word.isupper() or _is_cue(word):
        return False
    info = word_info(word)
    return not (info.place and not info.name)


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
    virtaselle"; `words`: the text split at white space): the surname, in any case form, must be one the lexicon knows and no ordinary word, so
    that "anna" or "kari" before an ordinary word is left alone. Looked for only when a word of the text,
    as split at white space, is a common first name (a set intersection, in C)."""
    first_names = common_first_names().intersection(words)
    if not first_names:
        return []
    spans = []
    for first_name in first_names:
        for match in re.finditer(rf"(?<![^\W\d_]){first_name}[ ]([^\W\d_]{{3,}})(?![\w-])", text):
            surname = match[1]
            if not surname.islower():
                continue
            info = word_info(surname[:1].upper() + surname[1:])
            if info.surname and not (info.common or info.place or info.first_name or info.ambiguous_name):
                spans.append(match.span())
    return spans


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


def _rule_flags(count: int, names: Sequence[tuple[int, int]]) -> list[bool]:
    flags = [False] * count
    for first, last in names:
        for i in range(first, last + 1):
            flags[i] = True
    return flags


def _found_in(
    text: str, blocked: Sequence[tuple[int, int]], lang: str | None, uncertain: bool
) -> list[tuple[int, int, str]]:
    """Each run is decided by the rules; the model then adds words to the rules' names and may take back
    a one-word name the rules found without a cue. Most runs hold no name and no word the model may take
    ("quiet" runs): they cost the rules' decision and one lookup."""
    foreign = lang in ("sv", "en")
    contacts = _contact_spans(text, blocked) if blocked else ()
    runs: list[tuple[Sequence[tuple[int, str]], list[tuple[int, int]], tuple[bool, ...] | None]] = []
    model = False
    for key, words in _runs(text, blocked):
        names = _names_in_run(text, key, words, foreign)
        may = _MAY_TAKE.get(key, _UNSEEN)
        if may is _UNSEEN:
            may = _may_take(words)
            if len(_MAY_TAKE) < 100_000:
                _MAY_TAKE[key] = may
        if names:
            placed = [
                (f, last)
                for f, last in names
                if _NAMED_PLACE_AFTER.match(text, _end(words, last))
                or f < last
                and words[last][1].lower() in _PLACE_NOUNS  # "Tove Jansson Park"
                and not is_hyphenated_east_asian_given_name(words[last - 1][1])  # "Ji-hoon Park" is a person
            ]
            if placed:  # "Aleksis Kiven katu": neither the name nor a part of it is a person
                names = [name for name in names if name not in placed]
                if may is not None:
                    may = tuple(m and not any(f <= i <= last for f, last in placed) for i, m in enumerate(may))
        runs.append((words, names, may))
        model = model or may is not None or bool(names)
    found: list[tuple[int, int, str]] = []
    model = model and not foreign and person_model.model_available()
    document = None
    for words, names, may in runs:
        flags = None
        if model and (may is not None or names):
            vetoable = _vetoable(text, words, names) if names else _NOTHING
            flags = _rule_flags(len(words), names)
            open_words = [m and not f for m, f in zip(may, flags, strict=True)] if may is not None else None
            if open_words is not None and open_words[0] and not names and len(words) == 1:
                # a surname that is also a place and an ordinary word, or a first name that is also an
                # ordinary word, alone at the start of a sentence ("Salo ja Kotka ovat ystävyyskaupunkeja",
                # "Satu kertoo prinsessasta"): the rules' reading, the place or the word, stands
                first = _facts(words[0][1])[0]
                if first.common and (first.place or first.first_name) and _starts_sentence(text, words[0][0]):
                    open_words[0] = False
            if vetoable or open_words is not None and any(open_words):
                if document is None:
                    document = _document(text, runs)
                start_of_sentence = _starts_sentence(text, words[0][0])
                marginals = person_model.tag_run(text, words, flags, start_of_sentence, document)
                if marginals is not None:
                    rule = flags
                    flags = [
                        r and (i not in vetoable or p >= person_model.VETO)
                        or open_words is not None and open_words[i] and p >= person_model.THRESHOLD
                        for i, (r, p) in enumerate(zip(rule, marginals, strict=True))
                    ]
                    if flags != rule:
                        _surnames_after_model_first_names(words, flags, rule)
                        names = _flagged_ranges(flags)
                    if uncertain and open_words is not None:
                        for i, p in enumerate(marginals):
                            if not flags[i] and open_words[i] and p >= person_model.UNCERTAIN:
                                start, word = words[i]
                                if word_info(word).place or (i == 0 and start_of_sentence):
                                    # a known place ("Malmilla"), or any word's capital at a sentence start
                                    # ("Samma reg.nr ..."): the issue's "neither in the dictionary nor a
                                    # known place, next to a cue" is not met
                                    continue
                                found.append((start, start + len(word), "model unsure"))
        if contacts or uncertain:
            if flags is None:
                flags = _rule_flags(len(words), names)
            if contacts and not all(flags):
                contact_flags = _beside_contact(text, words, flags, contacts, foreign)
                if contact_flags is not flags:
                    flags = contact_flags
                    names = _flagged_ranges(flags)
            if uncertain and not foreign:
                _uncertain_words(text, words, flags, _starts_sentence(text, words[0][0]), found)
        if names:
            found += _spans(text, words, names)
    return found


_UNSEEN = object()


def _surnames_after_model_first_names(words: Sequence[tuple[int, str]], flags: list[bool], rule: Sequence[bool]) -> None:
    """A first name in its basic form that the model added is followed by its surname, as after one the
    rules found (`_extend_right`): "Marja Pajun mukaan", where "Marja" is also a berry and "Pajun" a
    willow. Not an acronym, an initial, a cue, a role or a place in a locative case ("Liisa Helsingistä")."""
    for i in range(len(words) - 1):
        if not flags[i] or rule[i] or flags[i + 1]:
            continue
        info = _facts(words[i][1])[0]
        if not (info.first_name and info.nominative):
            continue
        word = words[i + 1][1]
        nxt, initial, acronym, _, place_only = _facts(word)
        if initial or acronym or _is_cue(word) or _ends_with_a_role(word.lower()):
            continue
        if place_only and not nxt.common and word.endswith(_LOCATIVE):
            continue
        if _STREET_WORD.fullmatch(word.lower()):
            continue
        flags[i + 1] = True


def _end(words: Sequence[tuple[int, str]], last: int) -> int:
    return words[last][0] + len(words[last][1])


def _may_take(words: Sequence[tuple[int, str]]) -> tuple[bool, ...] | None:
    """Whether the model may take each word of a run, or None when it may take none."""
    may = tuple(_model_may_take(word) for _, word in words)
    return may if any(may) else None


def _document(text: str, runs: Sequence[tuple[Sequence[tuple[int, str]], list[tuple[int, int]], object]]) -> person_model.Document:
    """What all the runs of the text say of their words (the rules' names, mid-sentence positions)."""
    document = person_model.Document(text)
    for words, names, _ in runs:
        document.add(words, _rule_flags(len(words), names), _starts_sentence(text, words[0][0]))
    return document


_NOTHING: frozenset[int] = frozenset()
# Per run (its key): whether the model may take each word, None for none.
_MAY_TAKE: dict[object, tuple[bool, ...] | None] = {}


def _vetoable(text: str, words: Sequence[tuple[int, str]], names: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The names of one word that the rules found with no cue before them ("Ranta", "Hilda" in prose), as
    word indices: the model may take these back. (In cross-validation on Turku NER train, limiting the
    veto to one-word names kept almost all its gain: precision 0.867 for all names, 0.866 for these.)"""
    return frozenset(
        first for first, last in names if first == last and not _after_trigger(text, words[first][0])
    )


# A phone number: digits with spaces, dashes, a plus or brackets (an address or URL has letters).
_PHONE_LIKE = re.compile(r"[\d\s+()\-]{6,}|0\d\d\.\d{3}\.\d{3,4}")  # "040.646.3362", not an IP address
# A personal identity code or an account number: "Kirsi 200313F8237", "Saaja Aziz FI21 1234 ...".
_CODE_LIKE = re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Za-z]|[A-Za-z]{2}[ -]?\d\d[\dA-Za-z .\n-]{10,}")
# What may stand between a name and a phone number, e-mail address or code on the same line.
_CONTACT_GAP = re.compile(r"[ \t\u00a0,;:/()\-–|]{1,4}")


def _contact_spans(text: str, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The blocked ranges that are phone numbers, e-mail addresses, identity codes or account numbers."""
    return [
        (start, end)
        for start, end in blocked
        if "@" in text[start:end]
        or "(at)" in text[start:end]
        or _PHONE_LIKE.fullmatch(text, start, end)
        or _CODE_LIKE.fullmatch(text, start, end)
    ]


def _beside_contact(
    text: str,
    words: Sequence[tuple[int, str]],
    flags: list[bool],
    contacts: Sequence[tuple[int, int]],
    foreign: bool,
) -> list[bool]:
    """A contact line: the words of a run right before or after a phone number or e-mail address on the
    same line ("040 1234567 Okonkwo", "Kalliokoski, kk@example.com") are a name when each could be part of
    one (a name or a word no lexicon knows, not a place, a common word or an acronym). Returns `flags`
    itself when nothing changes."""
    start, end = words[0][0], words[-1][0] + len(words[-1][1])
    after = any(start - 4 <= e < start and _CONTACT_GAP.fullmatch(text, e, start) for s, e in contacts)
    before = any(end < s <= end + 4 and _CONTACT_GAP.fullmatch(text, end, s) for s, e in contacts)
    if not (after or before):
        return flags
    new = list(flags)
    order = range(len(words)) if after else range(len(words) - 1, -1, -1)
    for i in order:
        info, initial, acronym, personal, place_only = _facts(words[i][1])
        if new[i] or initial:
            continue
        if not personal or acronym or place_only or info.common and not info.name:
            break
        if not info.name and (foreign or not i and _starts_sentence(text, words[0][0])):
            break  # "Call 040 ...", "Ring ...": an unknown word must be a known name in sv/en or first
        new[i] = True
    return new if new != flags else flags


# A word that names a street, park or square, in any case form ("Vironkatulla", "Hesperiagatan").
_STREET_WORD = re.compile(
    r".{3,}(?:katu|kadu|tie|kuja|polku|väylä|puisto|tori|aukio|gata|vägen|väg|gränd|stig|torg|park)\w{0,5}",
    re.IGNORECASE,
)


@lru_cache(maxsize=200_000)
def _model_may_take(word: str) -> bool:
    """The model may add a word that could stand in a name (a name, or a word no lexicon knows) and that
    does not name a street: not a common word the lexicon knows ("Äiti Sanna Koskinen")."""
    facts = _facts(word)
    if not facts[3] or facts[1] or facts[2]:
        return False
    if facts[0].name:
        return True
    lower = word.lower()
    return not (lower in _ABBREVIATIONS or _ACRONYM_COMPOUND.match(word) or _STREET_WORD.fullmatch(lower))


# Abbreviations that start lines of feedback and that no lexicon knows ("Yst. terv.", "Tilinro").
_ABBREVIATIONS = frozenset({"yst", "terv", "tilinro", "puh", "tel", "gsm", "lgh", "bst", "nro", "os", "ks", "esim"})
# A compound of an acronym and a word: "IP-osoite", "HSL-kortti".
_ACRONYM_COMPOUND = re.compile(r"[A-ZÅÄÖ]{2,}-")


def _flagged_ranges(flags: Sequence[bool]) -> list[tuple[int, int]]:
    ranges, i = [], 0
    while i < len(flags):
        if flags[i]:
            j = i
            while j + 1 < len(flags) and flags[j + 1]:
                j += 1
            ranges.append((i, j))
            i = j + 1
        else:
            i += 1
    return ranges


def _spans(text: str, words: Sequence[tuple[int, str]], names: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    spans = []
    for first, last in names:
        end = words[last][0] + len(words[last][1])
        if not _NAMED_PLACE_AFTER.match(text, end):
            if text[end - 2 : end] in ("'s", "’s"):
                end -= 2  # the English possessive is not part of the name: "Mr. Sharma's yoga group"
            spans.append((words[first][0], end, ""))
    return spans


def _uncertain_words(
    text: str,
    words: Sequence[tuple[int, str]],
    flags: Sequence[bool],
    sentence_start: bool,
    found: list[tuple[int, int, str]],
) -> None:
    """Append the capitalised words in the middle of a sentence that no lexicon knows and that were not
    taken for a name: a foreign name, or a brand or place no list holds."""
    for i, (start, word) in enumerate(words):
        if flags[i] or not i and sentence_start:
            continue
        facts = _facts(word)
        if facts[1] or facts[2] or facts[0].known or not facts[3] or not _model_may_take(word):
            continue  # an initial, an acronym, a known word, a cue, a street, an abbreviation
        if "-" in word and word.rsplit("-", 1)[1][:1].islower():
            continue  # a compound ending in a word in lower case: "Varaamo-tuki", "OmaStadi-moderointi"
        found.append((start, start + len(word), "unknown word mid-sentence"))


# Per run (the language, whether it starts a sentence, its words as the run's text or a tuple of words):
# the names found in it, as (first, last) word indices, with the trigger-word reads (word index, value)
# the decision depended on. The same words may be remembered under both forms of key; both give them.
_RUN_NAMES: dict[tuple[object, ...], list[tuple[tuple[tuple[int, bool], ...], list[tuple[int, int]]]]] = {}


def _names_in_run(
    text: str, key: object, words: Sequence[tuple[int, str]], foreign: bool
) -> list[tuple[int, int]]:
    """The names in one run, as (first, last) word indices; remembered per run (`key` names its words).

    Why: staff signatures and the same names recur ("Terveisin Mikko Laine"), and deciding a run word by
    word is the costly part of the person detector. Besides its words, the language and whether it
    starts a sentence, a run's names depend on the text around it only through the trigger-word test
    (`_Token.context`) of its name-like words, which is read lazily. The reads a decision made are
    remembered with it; a later run with the same words is decided by the lookup when the same reads
    give the same values, since the decision then takes the same path."""
    sentence_start = _starts_sentence(text, words[0][0])
    key = (foreign, sentence_start, key)
    known = _RUN_NAMES.get(key)
    if known is not None:
        for reads, names in known:
            for i, value in reads:  # a loop rather than all(genexpr): no generator per lookup
                if _after_trigger(text, words[i][0]) != value:
                    break
            else:
                return names
    reads: list[tuple[int, bool]] = []
    tokens = [_Token(text, start, word, i, reads) for i, (start, word) in enumerate(words)]
    names = _decide_run(tokens, sentence_start, foreign)
    if known is None:
        if len(_RUN_NAMES) < 20_000:
            _RUN_NAMES[key] = [(tuple(reads), names)]
    elif len(known) < 8:
        known.append((tuple(reads), names))
    return names


def _decide_run(
    tokens: Sequence[_Token], first_starts_sentence: bool, foreign: bool
) -> list[tuple[int, int]]:
    accepted = [_accepted(tokens, i, first_starts_sentence and i == 0, foreign) for i in range(len(tokens))]
    names = []
    i = 0
    while i < len(tokens):
        if not accepted[i]:
            i += 1
            continue
        first = last = i
        while last + 1 < len(tokens) and accepted[last + 1]:
            last += 1
        last = _extend_right(tokens, last)
        while first > 0 and (tokens[first - 1].initial or (
            tokens[first - 1].personal and not tokens[first - 1].info.known and (
                tokens[first].info.surname
                or first < last and tokens[first].info.first_name and not (first == 1 and first_starts_sentence)
            )  # the family name first before a full name, mid-sentence: "Voisiko Pham Thi Huong"
        )):  # fmt: skip
            first -= 1
        names.append((first, last))
        i = last + 1
    return names
