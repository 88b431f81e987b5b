"""Home addresses: a street name with a house number, optionally a staircase letter and a flat number
("Mannerheimintie 5 A 12", "Fleminginkatu 12 b 3", "Norra esplanaden 11", "Kotikadulla 7"). A street
named without a number is a public place and stays ("Mannerheimintiellä on kuoppa").

Two ways find the street before a number. First the gazetteer of the capital region's street names
(gazetteer.py): the word before the number is looked up in a dict of the case forms of every name's
last word ("Kaarelantiellä" → "kaarelantie"), and, for names of several words, the words before it
("Pohjoisella Rautatiekadulla" → "pohjoinen rautatiekatu"). A name the gazetteer lacks is still found by
its ending, a street word ("-katu", "-tiellä", "-gatan"), the rule this module had before the gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from harvester.anonymise.text.alternation import alternation
from harvester.anonymise.text.gazetteer import (
    FINNISH_HEADS,
    QUALIFIER_FORMS,
    StreetIndex,
    inflected_forms,
    street_index,
)
from harvester.anonymise.text.lexicon import by_last_three_letters, read_only_as_a_verb

# The street words of names the gazetteer lacks: the gazetteer's street words (gazetteer.FINNISH_HEADS,
# with their case forms) less those that end as many names of districts, hills and parks as of streets
# ("Myyrmäki", "Kumpula"... "-mäki", "-kallio", "-niemi"): a name with those is found only in the gazetteer.
_FALLBACK_EXCLUDED = frozenset({"mäki", "silta", "kulma", "kenttä", "pelto", "niitty", "kallio", "kumpu", "lehto",
                                "niemi", "aho", "luoma", "käytävä", "linja"})  # fmt: skip


def _finnish_forms() -> list[str]:
    forms: set[str] = set()
    for head in FINNISH_HEADS:
        if head[0] not in _FALLBACK_EXCLUDED:
            forms.update(inflected_forms(head[0]))
    return sorted(forms, key=len, reverse=True)


_SWEDISH_HEADS = ["gatan", "gata", "vägen", "väg", "gränden", "gränd", "stigen", "esplanaden", "kajen",
                  "allén", "allé", "backen", "stranden", "boulevarden", "bulevarden", "kvarnen", "porten", "parken",
                  "bågen", "branten", "platsen", "torget", "gången", "slingan", "svängen", "kroken", "brinken",
                  "linjen", "passagen", "leden", "planen", "stråket", "ängen", "hagen", "åsen", "dalen",
                  "sluttningen", "vallen", "kransen", "terrassen", "trappan", "höjden"]  # fmt: skip
_ENGLISH_HEADS = ["Street", "Road", "Avenue", "Lane", "Boulevard"]


_HEADS = alternation(_finnish_forms() + _SWEDISH_HEADS)
_ORDINAL_LINES = r"(?:Ensimmäi(?:nen|sellä|selle|seltä|sen)|Toi(?:nen|sella|selle|selta|sen)|Kolma(?:s|nnella|nnelle|nnelta|nnen)|Neljä(?:s|nnellä|nnelle|nneltä|nnen)|Viide(?:s|nnellä|nnelle|nneltä|nnen))[ ]linja(?:n|lla|lle|lta)?"  # noqa: E501

_SWEDISH_QUALIFIERS = ("Norra", "Södra", "Östra", "Västra", "Stora", "Lilla", "Gamla", "Nya")
_ENGLISH_QUALIFIERS = ("Old", "New", "North", "South", "East", "West")
# Words that begin some two-word street names: "Itäinen Papinkatu", "Norra Hesperiagatan".
# The Finnish ones in every case they agree in ("Isolla Kaarikadulla", "Pohjoisella Rautatiekadulla").
_QUALIFIER = (
    r"(?:(?:"
    + alternation(sorted({form.capitalize() for form in QUALIFIER_FORMS}, key=len, reverse=True))
    + "|"
    + "|".join((*_SWEDISH_QUALIFIERS, *_ENGLISH_QUALIFIERS))
    + r")[ ])"
)
_STREET = (
    r"(?:(?<![\w-])" + _QUALIFIER + r"?[A-ZÅÄÖ][^\W\d_]*(?:[-'’][^\W\d_]+)*?(?:" + _HEADS + r")"  # Kotikadulla
    r"|(?<![\w-])[A-ZÅÄÖ][^\W\d_]*(?:[-'’][^\W\d_]+)*(?::?[ns])[ ][a-zåäö]*(?:" + _HEADS + r")"  # Xn puistotie
    r"|(?<![\w-])(?:[A-ZÅÄÖ][^\W\d_]+[ ]){1,2}(?:"
    + alternation(_finnish_forms() + _SWEDISH_HEADS + _ENGLISH_HEADS)
    + r")"  # Norra esplanaden
    r"|(?<![\w-])[A-ZÅÄÖ][^\W\d_]+[ ][a-zåäö]+(?:väg|gata|gränd|stig|backe)"  # Brändö parkväg
    r"|(?<![\w-])(?:Bulevardi|Esplanadi|Bulevarden)[^\W\d_]*"
    r"|" + _ORDINAL_LINES + ")"
)
# The words for a flat, any case: "as. 5", "AS. 47", "lgh 5", "bst 7", "apt. 84", "flat 10".
_FLAT_WORD = r"(?i:as\.?|asunto|lgh\.?|bostad|bost\.|bst\.?|apt\.?|flat)"
# The abbreviations of it between a staircase and a flat: "3 B as. 12", "12 B bost. 40".
_FLAT_ABBREVIATIONS = r"as\.?|lgh\.?|bst\.?|bost\."
_NUMBER = (
    r"[ \u00a0](?:nro[ ])?\d{1,3}(?:[a-hA-H](?![\w]))?(?:[ ]?[-–][ ]?\d{1,3}[a-hA-H]?)?"  # 5, 27a, 11-13
    r"(?:[ ]?(?:[A-H](?![\w])|[A-Ha-h](?=[ ]?\d)|[abcdfg](?=\s|$|[,;)]|\.(?!\w)))"  # A, b 3, B9, "2 a\n"
    r"(?:[ ]?(?:" + _FLAT_ABBREVIATIONS + r")?[ ]?\d{1,3}(?:[ ]?[a-h](?![\w]))?"  # 12, lgh 5, a split flat "16 b"
    r"|,[ ]" + _FLAT_WORD + r"[ ]?\d{1,3})?"  # "B, as. 47", "D, flat 10"
    r"|(?<=\d[a-hA-H])[ ]\d{1,3}"  # the stair glued to the house number, then the flat: "15b 7"
    r"|,?[ ]" + _FLAT_WORD + r"[ ]?\d{1,3}"  # as. 5, lgh 5, bst 7
    r"|,?[ ](?i:rappu|porras|trappa|trapp|staircase|entrance)[ ]?[A-Ha-h](?![\w])"  # "7 rappu C asunto 45"
    r"(?:,?[ ]" + _FLAT_WORD + r"[ ]?\d{1,3})?)?"
)
# What may not follow a house number: more digits (a date "15.1.2024", a time "16:30", a decimal, a
# longer number "12-345", a group of thousands "45 000 autoa") or a period and a word of an ordinal date or
# floor ("12. maaliskuuta", "5. kerroksessa"); a period and another lower-case word ends a sentence written
# without capitals ("Jakomäenpolku 3 B 14. pihan valot ...").
_NUMBER_END = (
    r"(?!\d|[.,:]\d|[ ]?[-–]\d|[ \u00a0]\d{3}(?!\d)|\.[ ]?(?:(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka"
    r"|marras|joulu)kuu|päivä|kerro|krs|vuo|luok|lk\b|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|januari|februari|mars|maj|juni|juli"
    r"|augusti|oktober))"
)
_ADDRESS = re.compile("(" + _STREET + ")(" + _NUMBER + ")" + _NUMBER_END)
_HOUSE_NUMBER = re.compile(_NUMBER + _NUMBER_END)

# A number after a street that counts or measures something is not a house number ("Mäkelänkatu 2
# kilometrin matkalta", "Tavastvägen 4 filer", "Mäkelänkatu 24/7").
_UNITS = re.compile(
    r"[ ]?(?:%|€|\$|e\b|euro|snt|km|m\b|m2|m²|metr|mm\b|cm\b|kpl|kappal|kert|krt|min|h\b|tunti|tuntia|vuo(?:tta|tia|si|ssa|teen)|päiv|"
    r"viiko|kuuka|sekunt|hlö|henk|ihmis|lasta|autoa|pyörää|puuta|paikkaa|asuntoa|taloa|buss|linja|spårvag|tram|desibel|db\b|"
    r"astet|°|år|gång|minut|timm|dag|veck|bilar|person|meter|procent|times|years|days|minutes|hours|cars|people|"
    r"percent|metres|meters|buses|välillä|välisen|aikana|mellan|between|kilom|kaista|filer|körfält|lanes|/\d)",
    re.IGNORECASE,
)
# Roads numbered nationally (valtatie 7, kantatie 51) are not addresses.
_NUMBERED_ROADS = re.compile(r"(?:valta|kanta|seutu|maan|moottori|yhdys|kehä)tie", re.IGNORECASE)


_HEAD_ENDINGS = tuple(_finnish_forms() + _SWEDISH_HEADS + [h.lower() for h in _ENGLISH_HEADS] + ["linja", "linjan",
                       "linjalla", "linjalle", "linjalta", "bulevarden"])  # fmt: skip


_HEAD_ENDINGS_BY_TAIL = by_last_three_letters(_HEAD_ENDINGS)


def _ends_with_street_word(text: str, end: int) -> bool:
    """Whether `text[:end]` ends with a street word ("katu", "tiellä", "gatan"), in any case.

    Why not `endswith(_HEAD_ENDINGS)` alone: that tries some 175 words at every number. A text that ends
    with a street word ends with its last three letters, so only the few words that end with the text's
    last three are tried."""
    heads = _HEAD_ENDINGS_BY_TAIL.get(text[end - 3 : end].lower())
    return heads is not None and text[max(0, end - 12) : end].lower().endswith(heads)


_DIGIT_RUN = re.compile(r"\d\d*")  # as `\d+`, but skips in C to the next digit (see the scrubber's)


_FLAT_STARTS = frozenset(" ABCDEFGHabcdefgh")


_FLAT_STARTS = frozenset(" ABCDEFGHabcdefgh")
_WORD_CHARS = "-'’"  # inside a street name besides letters and digits: "Pikku-Huopalahdentie", "O'Bike"


def _word_starts(text: str, end: int, count: int) -> list[int]:
    """Start offsets of up to `count` words ending at or before `end`, farthest first."""
    starts, i = [], end
    for _ in range(count):
        # Usually the word runs back to the previous space, and that is checked in C; otherwise the word
        # characters are counted back one by one.
        space = text.rfind(" ", 0, i) + 1
        if text[space:i].replace("-", "").replace("'", "").replace("’", "").isalnum():
            i = space
        else:
            while i > 0 and (text[i - 1].isalnum() or text[i - 1] in _WORD_CHARS):
                i -= 1
        starts.append(i)
        if i == 0 or text[i - 1] != " ":
            break
        i -= 1
    return starts[::-1]


def _gazetteer_street_start(
    text: str, word_end: int, last_start: int, base: str | None, index: StreetIndex
) -> int | None:
    """Where the street name that ends at `word_end` begins, if the gazetteer knows it. `last_start` is
    where the last word begins when it runs back to a space, `base` what the gazetteer gives for that word
    (the caller has looked it up). A name that does not end in a street word ("Urpu", "Hänget") must be
    written with a capital; "mannerheimintie 5" is found in lower case."""
    if base is None:  # punctuation before the word: "(Kaarelantie 7)", "”Hämeentie 5"
        last_start = _word_starts(text, word_end, 1)[0]
        if word_end - last_start < 3:
            return None
        base = index.forms.get(text[last_start:word_end].lower())
        if base is None:
            return None
    before = index.multi_lengths.get(base, 0)
    if before and last_start and text[last_start - 1] == " ":
        starts = _word_starts(text, last_start - 1, before)
        for start in starts:  # the longest name first
            words = text[start : last_start - 1].lower().split(" ")
            key = " ".join([*(QUALIFIER_FORMS.get(w, w) for w in words), base])
            if key in index.multi and (text[start].isupper() or key in index.lower_ok):
                return start
    if base in index.single and (text[last_start].isupper() or base in index.lower_ok):
        return _with_qualifier(text, last_start)
    return None




def _with_qualifier(text: str, start: int) -> int:
    """Where a street name the gazetteer knows without a qualifier begins when one is written before it:
    "Vanha Talvitie 11", "Vanhalla Talvitiellä", "Gamla Kyrkvägen" (the gazetteer has "Talvitie", and the
    qualified name is another street, or one it lacks)."""
    if start < 4 or text[start - 1] != " ":
        return start
    before = _word_starts(text, start - 1, 1)[0]
    word = text[before : start - 1]
    if word[:1].isupper() and (word.lower() in QUALIFIER_FORMS or word in _SWEDISH_QUALIFIERS):
        return before
    return start


# Words for a line of transport that end as a street's word does ("Spårväg 15 går inte längre ...").
_TRANSPORT_LINES = frozenset({"spårväg", "spårvägen", "spårvägslinje", "raitiotie", "raitiotien", "metrotie"})


# A number followed by a word in the partitive counts something ("Mannerheimintiellä 3 bussia",
# "Hämeentiellä 20 autoa"): a lower-case word of four letters or more ending in a vowel + a/ä or in
# -ta/-tä, but not in the elative or ablative (-sta, -lta: "5 edestä", "5 läheltä").
_PARTITIVE = re.compile(r"[ ]([a-zåäö]{2,}(?:[aeiouyäö]|(?<![sl])t)[aä])\b")
# ... and words that end so but do not count: postpositions and verbs seen after a house number.
# (and the city in lower case: "peltolantie 3 vantaa")
_NOT_COUNTS = frozenset({"kautta", "vastapäätä", "takaa", "luota", "kohtaa", "alkaa", "kestää", "vastaa", "vantaa"})


def _counted(text: str, end: int) -> bool:
    """Whether the plain number that ends at `end` is followed by what it counts ("3 bussia", "3 BUSSIA");
    not by a capitalised name ("Porvoontie 231 Vantaa": the city)."""
    match = _PARTITIVE.match(text[end : end + 40].lower())
    if match is None or match.group(1) in _NOT_COUNTS or read_only_as_a_verb(match.group(1)):
        return False
    word = text[end + match.start(1) : end + match.end(1)]
    return not (word[0].isupper() and word[1:].islower())


# Capitalised words that begin a sentence before an address and are no part of a street's name, which
# the street-word rule would otherwise take for the first of a name's two words ("Asun Kiven katu 5").
_NOT_NAME_WORDS = frozenset({"asun", "asumme", "asuu", "asuvat", "osoite", "osoitteeni", "osoitteessa", "kotini",
                             "kotiosoite", "kotiosoitteeni", "jag", "vi", "bor", "adress", "adressen", "min",
                             "mitt", "hem", "hemma", "i", "we", "my", "at", "on", "in", "och", "ja", "ok",
                             "hei", "moi", "terveisin", "address", "home", "live", "lives"})  # fmt: skip


# A house number with a staircase and a flat, or a flat abbreviation: "3 B 12", "3 b12", "3 as. 5", "3 lgh 5".
_FLAT_AFTER = re.compile(r"[ \u00a0]\d{1,3}(?:[ ]?[A-Ha-h][ ]?|[ ](?:asunto|" + _FLAT_ABBREVIATIONS + r")[ ]?)\d")
_CASE_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä")
# Capitalised words that a number with a letter and another number follows but that are no street:
# parts of documents and buildings, vehicles.
_NOT_STREETS = frozenset({"liite", "kohta", "taulukko", "kuva", "kuvio", "pykälä", "luku", "momentti", "osa", "sivu",
                          "kappale", "vaihe", "kerros", "porras", "rappu", "talo", "rakennus", "tontti", "kortteli",
                          "alue", "linja", "bussi", "raitiovaunu", "ratikka", "kaista", "paikka", "huone", "sali",
                          "luokka", "versio", "asunto", "lohko", "laituri", "portti", "ovi", "section", "table",
                          "figure", "page", "chapter", "room", "bilaga", "punkt", "tabell", "sida", "bild", "avsnitt",
                          "rum", "hus", "trappa", "kohde", "tila", "veneet", "vene", "paikat", "sarja",
                          "ryhmä", "tehtävä", "kysymys", "vastaus", "malli", "tyyppi"})  # fmt: skip


def _flat_address(text: str, word_end: int) -> tuple[int, int] | None:
    """A street the gazetteer and the street words do not know, taken for one by what follows it: a
    capitalised word with a house number, a staircase and a flat ("Rastasmäki 3 B 12", "Mäntyviita 2
    as. 4"). Why: the flat is as sure a sign of a home address as the street word, and the capital
    region has street names without one (Espoo's "-viita", "-mäki", "-luoma"...)."""
    if _FLAT_AFTER.match(text, word_end) is None:
        return None
    start = _word_starts(text, word_end, 1)[0]
    word = text[start:word_end]
    if len(word) < 4 or not word[0].isupper() or not word[1:].replace("-", "").isalpha():
        return None
    if word.endswith(_CASE_ENDINGS):  # "Kuvassa 3 A 2": in the picture; a street would be in the nominative
        return None
    if word.lower() in _NOT_STREETS or word.lower() in _NOT_NAME_WORDS or _NUMBERED_ROADS.match(word):
        return None
    number = _HOUSE_NUMBER.match(text, word_end)
    return None if number is None else (start, number.end())


_LOWER_CASE_STREET = re.compile(
    r"(?!maantie|rautatie)[a-zåäö-]{3,}n(?:tie|katu|kuja|kaari|polku|raitti|väylä|rinne|portti|tanhua|kaarre|kierros|puistotie)"
    r"|[a-zåäö-]{3,}(?:vägen|gatan|stigen|gränden|backen)"
)


def _street_word_address(text: str, word_end: int) -> re.Match[str] | None:
    """The address whose street, found by its street word, ends at `word_end` (the rule for names the
    gazetteer lacks): the longest of up to three words that the street pattern takes. A street written
    in capitals ("PÅ GUMTÄKTSVÄGEN 8") is read as if written "Gumtäktsvägen": the street pattern knows
    the street words in lower case; one in lower case is read capitalised when a flat follows it."""
    starts = _word_starts(text, word_end, 3)
    shouted = text[starts[-1] : word_end].isupper()
    for start in starts:
        space = text.find(" ", start, word_end)
        if space > 0 and text[start:space].lower() in _NOT_NAME_WORDS:
            continue
        read = text
        if shouted:
            lowered = text[start:word_end].lower()
            if len(lowered) == word_end - start:
                read = text[:start] + text[start] + lowered[1:] + text[word_end:]
        match = _ADDRESS.match(read, start)
        if match is not None and match.end(1) == word_end:
            return None if _NUMBERED_ROADS.match(match.group(1).split()[-1]) else match
    # One street word in lower case, which the pattern knows only capitalised, before a house number, a
    # staircase and a flat, as sure a sign of a home as the capital ("osoitteessa myyrmäentie 12 c 50"); or
    # shaped as street names are and common compounds are not, a genitive before the street word
    # ("myllypurontie 18", "malminkaari 9"; not "pyörätie 2", "kävelykatu 5"), or a Swedish street.
    start = starts[-1]
    word = text[start:word_end]
    if word.islower() and (_FLAT_AFTER.match(text, word_end) is not None or _LOWER_CASE_STREET.fullmatch(word)):
        match = _ADDRESS.match(text[:start] + text[start].upper() + text[start + 1 :], start)
        if match is not None and match.end(1) == word_end and not _NUMBERED_ROADS.match(match.group(1)):
            return match
    return None


@cache
def _street_tails() -> frozenset[str]:
    """The last three letters of every case form of the gazetteer's names and of every street word.

    Why: most numbers follow a word that is no street ("klo 12", "vuonna 2019"); a word whose last three
    letters end no street name is passed over with one slice and one set lookup, before the gazetteer's
    dict and the street words are tried. (A word ends with a name only if it ends with its last three
    letters; the gazetteer's 26,000 forms have some 140 such endings.)"""
    return frozenset(form[-3:] for form in street_index().forms) | frozenset(_HEAD_ENDINGS_BY_TAIL)


# A housing company named after its street and number ("As Oy Pohjolankatu 22", "Bostads Ab Norra
# Kajen 4"): the name of a company that owns a building, not anybody's home address.
_HOUSING_COMPANY_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:as\.?|asunto|kiinteistö)[ ]?oy|asunto-osakeyhtiö|(?<![\w-])koy|(?<![\w-])bostads[ -]?ab"
    r"|bostadsaktiebolag(?:et)?|(?<![\w-])fastighets[ -]?ab|(?<![\w-])brf)[ ]$"
)  # searched in the lower-cased text before the street
_FLAT_NUMBER = re.compile(r"\d[^\d]+\d")  # a house number and then a flat's: "22 B 5", "22 as. 5"


def _housing_company(text: str, start: int, end: int) -> bool:
    """Whether the address at `start`-`end` names a housing company: its abbreviation just before, and no
    flat after the house number ("As Oy Kotikatu 5 as. 12" is a home)."""
    before = text[max(0, start - 24) : start].lower()
    # Every abbreviation ends in one of these: five substring tests in C rule out almost every address
    # before the regex is tried.
    if not ("oy " in before or "ab " in before or "bolag" in before or "yhtiö " in before or "brf " in before):
        return False
    return _HOUSING_COMPANY_BEFORE.search(before) is not None and _FLAT_NUMBER.search(text, start, end) is None


def find_addresses(
    text: str, digit_runs: Sequence[tuple[int, int]] | None = None
) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every street address with a house number. `digit_runs`: the (start, end)
    of every run of digits (`\\d+`) in `text`, when the caller has them."""
    if digit_runs is None:
        digit_runs = [m.span() for m in _DIGIT_RUN.finditer(text)]
    index = street_index()
    forms = index.forms
    tails = _street_tails()
    last_end = 0
    last_run = len(digit_runs) - 1
    # Each number after a space (or after " nro ") ends a word that may be a street: the cheap first pass
    # reads the runs of digits, which the scrubber has found already, instead of scanning the text again.
    for i, (run_start, run_end) in enumerate(digit_runs):
        if not run_start or text[run_start - 1] not in " \u00a0":
            continue
        if run_start >= 5 and text[run_start - 4 : run_start] == "nro " and text[run_start - 5] in " \u00a0":
            word_end = run_start - 5
        else:
            word_end = run_start - 1
        if word_end < last_end:
            continue
        if text[word_end - 3 : word_end].lower() not in tails:
            # A staircase and flat lie within 8 characters after a space or a letter A-H ("3 B 12",
            # "3 b12", "3 as. 12"; not "12.3.2024", "040 123 4567").
            flat = (
                _flat_address(text, word_end)
                if i < last_run
                and digit_runs[i + 1][0] - run_end <= 8
                and text[run_end] in _FLAT_STARTS
                and text[word_end - 1].isalpha()
                else None
            )
            if flat is not None:
                last_end = flat[1]
                yield flat
            continue
        # The usual number follows a word that is no street ("klo 12", "vuonna 2019"): one C-level search
        # back to the space and one dict lookup tell; the words are walked character by character only
        # when punctuation precedes the word or the name may be longer.
        last_start = text.rfind(" ", 0, word_end) + 1
        base = forms.get(text[last_start:word_end].lower())
        start = (
            _gazetteer_street_start(text, word_end, last_start, base, index)
            if base is not None or not text[last_start : last_start + 1].isalnum()
            else None
        )
        if start is not None:
            number = _HOUSE_NUMBER.match(text, word_end)
            if number is None:
                continue
            end = number.end()
            plain = number.group().strip().isdigit()
        else:
            match = _street_word_address(text, word_end) if _ends_with_street_word(text, word_end) else None
            if match is None:
                flat = (
                    _flat_address(text, word_end)
                    if i < last_run and digit_runs[i + 1][0] - run_end <= 8 and text[run_end] in _FLAT_STARTS
                    else None
                )
                if flat is not None:
                    last_end = flat[1]
                    yield flat
                continue
            start, end = match.span()
            plain = match.group(2).strip().isdigit()
        if _UNITS.match(text, end) or (plain and _counted(text, end)):
            continue
        if text[start:end].split(" ", 1)[0].lower() in _TRANSPORT_LINES:
            continue  # "Spårväg 15": the tram line, whose word ends as a street's does
        if _housing_company(text, start, end):
            continue
        last_end = end
        yield start, end
    for run_start, _ in digit_runs:
        if run_start >= last_end and text.endswith(_BEFORE_A_NUMBER_FIRST, max(0, run_start - 4), run_start):
            yield from _number_first_addresses(text, run_start, index)


# In English the house number may come first: "I live at 17 Albertinkatu", "moved to 5 Fredrikinkatu,
# flat 4". Only after a preposition, a verb "is" or a colon ("bus 17 Mannerheimintie ..." is a line), and
# only a street the gazetteer knows, in its basic form and capitalised.
_NUMBER_FIRST = re.compile(
    r"(?<=\b(?:at|to|is|At|To|Is)[ ]|[a-z]:[ ])(\d{1,3}[a-hA-H]?)[ ]([A-ZÅÄÖ][^\W\d_]+(?:-[^\W\d_]+)*)(?![\w-])"
    r"(?:,?[ ](?:[A-H][ ]?\d{1,3}|" + _FLAT_WORD + r"[ ]?\d{1,3})(?!\w))?"
)


_BEFORE_A_NUMBER_FIRST = (" at ", " to ", " is ", "At ", "To ", "Is ", ": ")


def _number_first_addresses(text: str, number_start: int, index: StreetIndex) -> Iterator[tuple[int, int]]:
    match = _NUMBER_FIRST.match(text, number_start)
    if match is not None and match[2].lower() in index.single:
        yield match.span()
