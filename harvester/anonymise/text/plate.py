"""Finnish vehicle registration plates.

Formats (Traficom's plates as described in Wikipedia's "Vehicle registration plates of Finland", en/eo,
read 2026-12; no upstream code to cite): 2–3 letters, a dash and 1–3 digits ("ABC-123", older and
vanity "AB-12"); trailers use the same shape with letters starting P or W; export plates one letter
and up to three digits; diplomatic plates "C" or "CD" and digits ("CD-1234", "C-1234": four digits is
our guess at the longest). People write them in any case and with a space or nothing instead of the
dash ("abc 123", "abc123").

Two passes: (1) upper case with a dash and two or more letters is a plate wherever it stands (as
before: few other things look like "ABC-123"); (2) any case, with a dash, a space or nothing, also one
letter, is a plate only near a word that says a vehicle or a plate is meant ("auto xyz 123 seisoo
taas pyörätiellä", "xyz-123 -kilpinen auto", "bilen abc123", "the car with plate abc 123"): at most
four words before it or three after it, in the same sentence; anywhere in the sentence for the whole
modern shape of three letters and three digits ("cur677"); and the plates listed after the first one
("rekkarit NLL818 ja YK-155")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from harvester.anonymise.text.lexicon import word_info

# 1–3 letters starting a word, a dash, a space or nothing, 1–4 digits (four only for diplomats, checked
# in Python). A dash after the digits may start a Finnish suffix ("ABC-123-kilpinen"; such a plate needs
# a cue like any other: "MD-83-tyyppinen" is an aircraft); a slash makes a case number ("C-63/05"), a
# space and a digit a longer number ("FI21 1234"), unless a date or a time begins there ("ZLO-915
# 14.1.2026"). The pattern starts at the first digit and looks
# behind for the letters (one fixed-width look-behind per number of letters and separator), so that the
# regex engine skips in C from digit to digit; begun at the letters it would try a match at every
# character and take twice as long.
_PLATE_LETTER = "[A-Za-zÅÄÖåäö]"
_LETTERS_BEHIND = "|".join(
    rf"(?<=(?<![\w-]){_PLATE_LETTER}{{{count}}}{separator}[1-9])" for count in (1, 2, 3) for separator in ("", "[- ]")
)
_CANDIDATE = re.compile(
    rf"[1-9](?<={_PLATE_LETTER}[1-9]|[- ][1-9])(?:{_LETTERS_BEHIND})\d{{0,3}}(?!\w|-\d|[.,/]\d|[ ]\d(?!\d?[.:]\d))"
)
_LETTER_SET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖabcdefghijklmnopqrstuvwxyzåäö")
# Car makes, in lower case: "musta bemari abc-123", "Volvo xyz 123". Their model names are in CAR_MODELS.
# (the person passes read them too: "Skoda Octavia" is a car, not a person.)
CAR_MAKES = frozenset({"alfa", "volvo", "toyota", "bmw", "bemari", "audi", "mersu", "mercedes", "skoda", "tesla", "ford",
                    "opel", "volkswagen", "vw", "kia", "nissan", "mazda", "honda", "peugeot", "renault", "citroen",
                    "hyundai", "fiat", "saab", "porsche", "subaru", "suzuki", "mitsubishi", "dacia", "jeep", "lexus",
                    "lada", "polestar"})  # fmt: skip
# Model names that follow a make, in lower case: after one, a make that is also a first name is the car's
# ("grey Mercedes Sprinter"). The person passes read them.
CAR_MODEL_NAMES = frozenset({"sprinter", "vito", "corolla", "yaris", "auris", "avensis", "octavia", "fabia", "superb",
                             "golf", "passat", "polo", "transporter", "caddy", "transit", "focus", "fiesta", "mondeo",
                             "ducato", "berlingo", "partner", "qashqai", "micra", "leaf", "outlander", "civic",
                             "model", "astra", "corsa", "clio", "megane", "kangoo", "master", "kuga",
                             "tucson", "sportage", "ceed", "niro", "i30", "ioniq", "prius", "hilux", "amarok"})  # fmt: skip
# Words that say a vehicle or its plate is meant, in their inflected and compound forms ("pakettiauto",
# "autolla", "kilvessä", "rek. nro", "bilen", "registreringsnummer", "number plate"). `auto` is matched
# inside compounds but not as "automaatti", "autonomia", "autoritaarinen". Looked for in two steps, in
# the lower-cased text: a plain alternation of stems, which the regex engine scans for in C, then the
# whole cue at each stem (a complex alternation would be tried at every character, ten times slower).
_CUE_STEM = re.compile(
    r"auto|rek|kilv|kilp|ajoneuvo|perävaunu|peräkärr|paku|moottoripyör|mopo|skootter|skoter|pickup|traktor|pysäköi|parkkeer|parkeer"
    r"|taksi|registrering|nummerskylt|bil|personbil|paketbil|lastbil|hyrbil|taxibil|skåpbil|husbil|elbil"
    r"|polisbil|fordon|släpvagn|moped|motorcyk|skylt|reg|parker|car|van|vehicle|truck|lorr|taxi|motorbike"
    r"|motorcycle|scooter|suv|plate|licen|parking|parked|kuljettaj|ajoi|ajanut|ajaa|parkki|förare|driv|drove"
    r"|seiso|står|stått|stod|handikapp|inva|" + "|".join(sorted(CAR_MAKES))
)
_CUE = re.compile(
    r"(?:auto(?!ma|nom|rit)\w*|rekisteri(?:numero|nro|tunnu|kilp|kilv)\w*|rek\.?\s?(?:nro|no|n:o|nume\w*)|"
    r"rekkari\w*|rek(?:ka|an|at|assa|alla|oja)(?!\w)|rek\.(?=\s?\w)|rek(?=\s)|rekisteriss[aä](?!\w)|kilv\w*|kilp[ie]\w*|ajoneuvo\w*|perävaunu\w*|"
    r"peräkärr\w*|paku(?:t|n|lla|ssa|sta|a|ja|ni)?(?!\w)|skoter\w*|pickup\w*|"
    r"moottoripyör\w*|mopo(?:n|lla|ssa|a|t|ja)?(?!\w)|skootteri\w*|traktori\w*|pysäköi\w*|parkkeer\w*|"
    r"parkeer\w*|taksi\w*|registrering\w*|nummerskylt\w*|fordon\w*|släpvagn\w*|moped\w*|motorcyk\w*|"
    r"kuljettaj\w*|ajoi(?:vat|t)?(?!\w)|ajanut(?!\w)|ajaa(?!\w)|parkki\w*|förare\w*"
    # a vehicle stands, has stood, on a disabled person's space: "MOH383 seisoo taas ...", "FXM 249 har stått
    # på handikapplatsen"
    r"|seisoo|seissyt|seisonut|seisovat|står|stått|stod|handikapplats\w*|inva(?:paik|pysäk|lidipaik)\w*)"
)
# These start a word: "Oscar", "caravan", "vanha", "mobiili", "automobil" are none of them.
_WORD_CUE = re.compile(
    r"(?:(?:person|paket|last|hyr|taxi|skåp|hus|el|polis)?bil(?:en|ens|ar|arna|arnas)?|skylt\w*|"
    r"reg\.?\s?(?:nr|no|nummer)\.?|regnr|reg\.(?=\s?\w)|reg|parker\w*|cars?|vans?|vehicles?|trucks?|lorry|lorries|taxis?|"
    r"motorbikes?|motorcycles?|scooters?|suvs?|plates?|registration|licen[cs]e|parked|parking|"
    r"drivers?|drove|driving|"
    + "|".join(sorted(CAR_MAKES))
    + r")(?!\w)"
)
_WORDS = re.compile(r"\w+")
_LETTER_WORDS = re.compile(r"[^\W\d_]+")
# Between a cue and its plate: no end of a sentence and no blank line.
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n\s*\n")
_WORDS_BETWEEN_CUE_AND_PLATE = 4
# Between two plates of a list, which one cue serves ("rekkarit NLL818 ja YK-155", "abc-123, def-456"):
# the second is a plate as the first is, even if its letters make an abbreviation ("YK", "EU").
_LIST_LINK = re.compile(r"\s*(?:[,;/&+]\s*)?(?:(?:ja|sekä|tai|och|samt|eller|and|or)\s+)?", re.IGNORECASE)
_WORDS_BETWEEN_PLATE_AND_CUE = 3
_WINDOW = 60  # characters searched for a cue on each side of a plate
# A plate of the whole modern shape, three letters and three digits with a dash, a space or nothing ("cur677",
# "abc-123"), is seldom anything else: a cue anywhere in its sentence will do ("Bil parkerad på gångbanan
# utanför Bulevarden 12 bst 7 varje natt, cur677").
_FULL_PLATE = re.compile(r"[^\W\d_]{3}[- ]?[1-9]\d\d")
_SENTENCE_WORDS = 30
_SENTENCE_REACH = 200
# A number with a unit or a count after it is a measure, not a plate ("yli 50 km/h", "ABC 12 %"). The short
# units are whole words: "abc 890 vuotaa öljyä" (leaks), "minun" are no "vuotta", no "min".
_UNIT_AFTER = re.compile(
    r"\s?(?:%|€|\$|e\b|eur|euro|km|m\b|cm|mm|kg|g\b|h\b|min\b|min\.|s\b|sek\b|sekun|kpl|st\b|kr\b|v\b"
    r"|vuo(?:si|tta|den|teen|des|sia|tias)|vrk|år\b|year|"
    r"kerta|kertaa|metr|minuut|tunti|tuntia|päivä|viikko|kuukau|hour|day|week|month|minute|meter|metre)",
    re.IGNORECASE,
)

# A word that names the plate itself, right before it: what follows is a plate even if its letters are an
# abbreviation ("plate HAO382", "rekkari YK-155", "reg.nr: EU 12").
_PLATE_WORD_BEFORE = re.compile(
    r"(?i)(?:plate|skylt|skylten|rekkari|rekisterinumero|rekisterikilpi|rekisterissä|rek\.?[ ]?nro|rek|reg\.?[ ]?nr|registreringsnummer"
    r"|regnr)"
    r"[ ]?[:(]?[ ]?$"
)
# Abbreviations written like a plate in Finnish public-sector text.
NOT_PLATES = frozenset({"EU", "HSL", "HKL", "HUS", "LVI", "WC", "PM", "CO", "ID", "EN", "ISO", "SFS", "TV", "YK",
                        "IT", "VR", "KHO", "HAO", "MT", "ASO", "USA", "EUR", "SDG", "ICT", "AI", "LED", "COP"})  # fmt: skip
# Written like a plate in any case: "auton co2-päästöt", "pm10-arvot".
NOT_PLATES_ANY_CASE = frozenset({"CO2", "NO2", "SO2", "PM10", "PM1", "PM2", "CH4", "H2", "O2", "O3", "N2"})
# Makes and models that stand next to "auto" and look like plates: "BMW 320 -auto", "Audi A4", "Volvo XC90".
CAR_MODELS = frozenset({"BMW", "VW", "KIA", "MB", "MG", "DS", "GMC", "BYD", "NIO", "XC40", "XC60", "XC70",
                        "XC90", "V40", "V50", "V60", "V70", "V90", "S40", "S60", "S80", "S90", "C30", "C40",
                        "EX30", "EX90", "A1", "A3", "A4", "A5", "A6", "A7", "A8", "Q2", "Q3", "Q4", "Q5", "Q7",
                        "Q8", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "ID3", "ID4", "ID5", "ID7", "CX3", "CX5",
                        "CX30", "CX60", "RS3", "RS4", "RS6", "M2", "M3", "M4", "M5", "EV6", "EV9", "E6", "RAV4",
                        "GLA", "GLC", "GLE", "EQA", "EQB", "EQC", "EQE", "EQS", "UX300",
                        # engine badges, after a model's number: "Sprinter 316 CDI", "Golf 2.0 TDI"
                        "CDI", "TDI", "TSI", "HDI", "GTI", "GTD", "AMG", "TFSI", "CRDI"})  # fmt: skip
# Words of one to three letters that stand before a number in running text, in lower case: "klo 18",
# "on 3", "yli 50", "ma 8", "kl 20", "at 5". A plate near a cue whose letters are one of them is no plate.
STOP_WORDS = frozenset({
    # Finnish
    "on", "oli", "ole", "ja", "tai", "jo", "ei", "en", "et", "se", "ne", "he", "me", "te", "hän", "sen", "nyt",
    "kun", "jos", "vai", "yli", "klo", "kpl", "km", "m", "h", "min", "pv", "vk", "vko", "kk", "v", "n", "ym",
    "yms", "mm", "cm", "kg", "g", "nro", "no", "ma", "ti", "ke", "to", "pe", "la", "su", "vrt", "ks", "s", "os",
    "as", "rak", "krs", "ap", "tie", "osa", "lk", "jne", "eli", "sai", "vei", "tuo", "ajo", "alv", "e", "mk",
    "snt", "hlö", "ca", "tms", "jää", "ovi", "n:o", "vuo", "vrk", "ala", "yht",
    "sis", "kl", "til", "puh", "gsm", "tel",
    # Swedish
    "och", "på", "med", "var", "är", "år", "nr", "st", "om", "av", "för", "den", "det", "som", "kan", "har",
    "bst", "lgh", "tr", "kr", "vid", "kom", "gå", "fem", "sex", "tio", "ett", "två", "men", "att", "ska",
    "hur", "vad", "när", "jag", "du", "vi", "ni", "han", "hon", "dem", "sin", "sig", "nu", "så", "åt", "ut",
    "upp", "ner", "fick", "kör", "stå", "bor", "nya", "ny", "gav", "tog", "låg", "såg", "fått",
    # English
    "at", "in", "by", "for", "the", "and", "was", "is", "are", "had", "has", "of", "its", "our", "all",
    "any", "age", "day", "max", "per", "pm", "am", "top", "row", "bus", "car", "van", "lot", "apt", "via",
    "one", "two", "six", "ten", "not", "but", "out", "up", "off", "we", "i", "it", "my", "hit", "ran", "got",
    "put", "set", "let", "saw", "see", "met", "did", "get", "new", "old", "red", "big", "now", "too", "few",
    "bil", "rek", "reg", "str",
})  # fmt: skip
# Stop words that abbreviate a part of an address or a building ("as 5", "krs 3", "rak 2", "bst 7"): they follow
# a street or a number, never a word for a vehicle.
ADDRESS_ABBREVIATIONS = frozenset({"as", "os", "rak", "krs", "ap", "lk", "bst", "lgh", "tr", "osa", "ovi", "ala"})
# A word for one vehicle, in Finnish in a few cases, in Swedish also definite: the plate follows it directly.
_VEHICLE = re.compile(
    r"\w*(?:auto|taksi|rekka|mopo|skootteri|ajoneuvo|perävaunu)(?:n|a|lla|ssa|sta|lle|lta|ni|si|nsa|mme|t)?"
    r"|\w*bil(?:en)?|fordon(?:et)?|moped(?:en)?|släpvagn(?:en)?|taxi(?:n)?"
    r"|cars?|vans?|trucks?|taxis?|vehicles?|lorry|motorbikes?|scooters?"
)
DIPLOMATIC = frozenset({"C", "CD"})
# Units and currencies written in capitals after a number, which the Estonian shape would take: "100 KPL".
UNITS = frozenset({"KPL", "EUR", "USD", "SEK", "NOK", "DKK", "GBP", "CHF", "KWH", "MWH", "GWH", "MHZ", "GHZ",
                   "KHZ", "RPM", "BPM", "FPS", "DPI", "PPM", "MIN", "SEC", "HRS", "PCS", "CM3", "KCAL", "LTR"})  # fmt: skip
# Plates of the neighbours, only in capitals and only near a cue (Wikipedia, "Vehicle registration plates of
# Estonia" and "... of Sweden", read 2026-12; no upstream code): Estonian three digits and three letters
# ("482 BNF"), Swedish since 2019 three letters, two digits and a letter ("ABC 12F"). Swedish "ABC 123" is
# the Finnish shape, found above. Begun at a capital after a digit or a space, which the regex engine
# skips to in C; the digits are looked for behind it. The match is the Estonian plate's letters or the
# Swedish plate's last letter.
_FOREIGN = re.compile(
    r"[A-Z](?<=[ \d][A-Z])(?:(?<=(?<![\w-])\d\d\d [A-Z])[A-Z][A-Z]|(?<=(?<![\w-])\d\d\d[A-Z])[A-Z][A-Z]"
    r"|(?<=(?<![\w-])[A-Z]{3} \d\d[A-Z])|(?<=(?<![\w-])[A-Z]{3}\d\d[A-Z]))(?![\w-])"
)


def _digits_fit(letters: str, plate: str) -> bool:
    """At most three digits, four only on a diplomat's plate."""
    return len(plate) - len(plate.rstrip("0123456789")) <= 3 or letters.upper() in DIPLOMATIC


# Åland's plates: "ÅL" and up to five digits ("ÅL 12345", "ÅL-1234"); nothing else is written so.
_ALAND = re.compile(r"(?<![\w-])ÅL[ -]?\d{1,5}(?![\w-]|[.,]\d)")


def find_plates(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every Finnish registration plate, in order, then the Estonian, Swedish and Åland
    ones."""
    last = (-1, -1)  # the last plate found
    last_cued = False  # whether a cue stands near it
    for match in _CANDIDATE.finditer(text):
        digits_start, end = match.span()
        letters_end = digits_start - 1 if text[digits_start - 1] in "- " else digits_start
        start = letters_end - 1
        while start > letters_end - 3 and start > 0 and text[start - 1] in _LETTER_SET:
            start -= 1
        plate, letters, separator = text[start:end], text[start:letters_end], text[letters_end:digits_start]
        upper = letters.upper()
        if not _digits_fit(letters, plate) or upper + plate[len(letters) :] in NOT_PLATES_ANY_CASE:
            continue
        if _SPOT_WORD_BEFORE.search(text, max(0, start - 30), start) is not None:
            continue  # "Autopaikka B-14", "bilplats C12": the number of a parking space
        if upper + plate[len(letters) + len(separator) :] in CAR_MODELS and _after_one_of(text, start, CAR_MAKES):
            continue  # "Mazda CX-5", "Volvo XC-90": a model after its make
        # The next plate of a list that a cue serves: "rekkarit NLL818 ja YK-155".
        listed = (
            last[1] >= 0
            and _LIST_LINK.fullmatch(text, last[1], start) is not None
            and (last_cued or _cue_near(text, *last))
        )
        if (
            upper in NOT_PLATES
            and (letters == upper or separator == " ")
            and not listed
            and _PLATE_WORD_BEFORE.search(text, max(0, start - 24), start) is None
        ):
            continue  # an abbreviation is written in capitals ("EU-2", "HSL 12"); "auto yk15", "plate HAO382" are plates
        if separator == "-" and len(letters) > 1 and letters == upper and not text.startswith("-", end):
            if _after_one_of(text, start, _CODE_WORDS) and not (listed or _cue_near(text, start, end)):
                continue  # "Tilan koodi SAL-145", "lomakkeen tunnus on HAK-25": a code of the city's own
            last, last_cued = (start, end), listed
            yield start, end  # "ABC-123": a plate wherever it stands ("MD-83-tyyppinen" is an aircraft)
            continue
        if (
            separator != "-"
            and letters.lower() in STOP_WORDS
            and not _capitals_in_lower_case(text, letters, start, end)
            and not _address_letters_after_a_vehicle(text, letters, start)
            and _PLATE_WORD_BEFORE.search(text, max(0, start - 24), start) is None
        ):
            continue  # "klo 18", "on 3"; with a dash ("ni-15") the letters are no word, nor "auto TAI961", "skylt By 33"
        if upper in CAR_MODELS or upper + plate[len(letters) :] in CAR_MODELS:
            continue
        if len(letters) == 1 and separator != "-":
            continue  # one letter and a number is a plate only with the dash: "C-1234", not "A4" or "a 5"
        if separator == " " and not letters.isupper() and word_info(letters).common:
            continue  # a Finnish word and a number near a cue: "auton alle jäi 2 lasta", "ikä 12"
        if _UNIT_AFTER.match(text, end) is None and (
            listed
            or _cue_near(text, start, end)
            or _FULL_PLATE.fullmatch(plate) is not None
            and _cue_near(text, start, end, _SENTENCE_WORDS, _SENTENCE_WORDS, _SENTENCE_REACH)
        ):
            last, last_cued = (start, end), True
            yield start, end
    for match in _FOREIGN.finditer(text):
        span = _foreign_plate(text, match)
        if span is not None:
            yield span
    if "ÅL" in text:  # a plate of three digits or fewer is found above too: the scrubber keeps one
        for match in _ALAND.finditer(text):
            yield match.span()


# Words that name a code of a room, a form or a case: an "ABC-123" right after one (or after one and a
# verb "is") is that code, unless a word for a vehicle stands near.
_CODE_WORDS = frozenset({
    "koodi", "koodin", "koodilla", "koodiksi", "tunnus", "tunnuksen", "tunnuksella", "tunniste", "lomake",
    "lomakkeen", "huone", "huoneen", "sali", "salin", "kod", "koden", "koder", "rum", "rummet", "salen",
    "blankett", "blanketten", "code", "codes", "form", "room", "hall", "id", "ref",
})  # fmt: skip
# A word that names a parking space right before the code (or before a verb "is"): the code is its
# number, whatever vehicle stands near. One search in the characters before the code.
_SPOT_WORD_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:(?:auto|parkki|pysäköinti|halli)?paik(?:ka|an|alla|aksi|kani)|(?:bil|parkerings)?plats(?:en)?"
    r"|space|spot|bay)(?:[ ](?:on|oli|är|var|is|was|nro|no|nr))?[ :=]*$"
)
_COPULAS = frozenset({"on", "ovat", "oli", "är", "var", "is", "was", "=", "nro", "no", "nr"})


def _after_one_of(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the word before `start` (or the one before a verb "is") is one of `words`: a code's
    ("koodi", "tunnus", "room", "form"; not "rekisteritunnus", a word of its own) or a car make's."""
    before = _LETTER_WORDS.findall(text, max(0, start - 30), start)
    if before and before[-1].lower() in _COPULAS:
        before.pop()
    return bool(before) and before[-1].lower() in words


def _address_letters_after_a_vehicle(text: str, letters: str, start: int) -> bool:
    """Whether `letters` are an address abbreviation ("as", "krs", "bst") right after a word for a vehicle
    ("Skåpbilen as 247", "auton krs 123"): such an abbreviation follows a street or a number, never a
    vehicle, so there it is a plate's letters."""
    if letters.lower() not in ADDRESS_ABBREVIATIONS or start < 2 or text[start - 1] != " ":
        return False
    before = _LETTER_WORDS.findall(text, max(0, start - 24), start - 1)
    return bool(before) and text.endswith(before[-1], 0, start - 1) and _VEHICLE.fullmatch(before[-1].lower()) is not None


def _capitals_in_lower_case(text: str, letters: str, start: int, end: int) -> bool:
    """Whether `letters` are two or three capitals beside a word in lower case, the one before them or, at
    the start of the text, the one after ("auto TAI961", "TAI961 -auto", "auto ON 123"): a short word
    ("tai", "on") is not written so in running text, a plate is; in a text written all in capitals
    ("AUTO ON 3 PÄIVÄÄ") the capitals say nothing. With a space only three digits, a plate's usual
    number, will do: "auto seisoi KLO 18 asti" is emphasis."""
    if len(letters) < 2 or not letters.isupper():
        return False
    if text[start + len(letters)] == " " and end - start - len(letters) - 1 != 3:
        return False
    before = _LETTER_WORDS.findall(text, max(0, start - 20), start)
    if before:
        return not before[-1].isupper()
    after = _LETTER_WORDS.search(text, end, end + 20)
    return after is not None and not after.group().isupper()


def _foreign_plate(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The span of an Estonian or Swedish plate matched by _FOREIGN, if no unit and a cue is near."""
    start, end = match.span()
    if end - start == 1:  # "ABC 12F" or "ABC12F": the match is its last letter
        start = end - 7 if text[end - 4] == " " else end - 6
        letters = text[start : start + 3]
    else:  # "482 BNF" or "482BNF": the match is its letters
        letters = match.group()
        start -= 4 if text[start - 1] == " " else 3
    if letters in NOT_PLATES or letters in UNITS or letters in CAR_MODELS or letters.lower() in STOP_WORDS:
        return None  # "100 KPL", "50 EUR", "HSL 12A", "Sprinter 316 CDI"
    return (start, end) if _cue_near(text, start, end) else None


def _cue_near(
    text: str,
    start: int,
    end: int,
    before: int = _WORDS_BETWEEN_CUE_AND_PLATE,
    after: int = _WORDS_BETWEEN_PLATE_AND_CUE,
    reach: int = _WINDOW,
) -> bool:
    """Whether a cue stands at most `before` words before `start` or `after` words after `end`, in the
    same sentence and within `reach` characters."""
    window_start = max(0, start - reach)
    window = text[window_start : end + reach].lower()
    if len(window) != min(len(text), end + reach) - window_start:
        return False  # a character lower-cased to two ("İ"): no cue can be placed; only a guess is lost
    plate_start, plate_end = start - window_start, end - window_start
    cue_end = 0
    for stem in _CUE_STEM.finditer(window):
        at = stem.start()
        if at < cue_end or plate_start <= at < plate_end:
            continue
        cue = _CUE.match(window, at)
        if cue is None:
            if at and window[at - 1].isalpha():
                continue
            cue = _WORD_CUE.match(window, at)
            if cue is None:
                continue
        cue_end = cue.end()
        if cue_end <= plate_start:
            between, limit = window[cue_end:plate_start], before
        elif at >= plate_end:
            between, limit = window[plate_end:at], after
        else:
            continue
        if len(_WORDS.findall(between)) <= limit and not _SENTENCE_BREAK.search(between):
            return True
    return False
