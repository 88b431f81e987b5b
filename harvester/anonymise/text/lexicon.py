"""What a capitalised word is: a first name, a surname, a place or organisation, or a common word.

Finnish words are analysed with Voikko (CLASS `etunimi`/`sukunimi`/`paikannimi` in any case form); the
name lists shipped in `data/` add Swedish, English and other names (first_names_world.txt and
surnames_world.txt: names of many countries, built by scripts/build_name_lists.py; sources in data/SOURCES.md) and the Helsinki places and
organisations that must never be taken for a person. Each word is analysed once per process (cached)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

log = logging.getLogger(__name__)

_NAME_CLASSES = {"etunimi", "sukunimi"}
_LOCATIVE_ENDINGS = (
    "ssa",
    "ssä",
    "sta",
    "stä",
    "lla",
    "llä",
    "lta",
    "ltä",
    "lle",
    "seen",
    "hin",
    "han",
    "hon",
)


@dataclass(frozen=True, slots=True)
class WordInfo:
    """The readings of one capitalised word that the person detector needs."""

    first_name: bool = False  # can be a first name
    surname: bool = False  # can be a surname
    place: bool = False  # can be a place or an organisation
    common: bool = False  # can be an ordinary word (noun, verb, adjective, ...)
    known: bool = False  # some lexicon knows the word at all
    nominative: bool = True  # a name reading is in the basic form (the first name of a full name is)
    ambiguous_name: bool = False  # the name is also a common word of Swedish or English
    listed: bool = False  # in the shipped name lists (not only known to Voikko)

    @property
    def name(self) -> bool:
        return self.first_name or self.surname

    @property
    def strong(self) -> bool:
        """A name reading and nothing else: a person even alone, even at the start of a sentence."""
        return self.name and not (self.common or self.place or self.ambiguous_name)


def _read_list(filename: str) -> frozenset[str]:
    text = resources.files(__package__).joinpath("data", filename).read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def by_last_three_letters(endings: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Endings (of three letters or more) by their last three letters. Why: `str.endswith` with a tuple
    tries every ending in turn; a word can end only with the endings that share its last three letters."""
    by_tail: dict[str, tuple[str, ...]] = {}
    for ending in endings:
        by_tail[ending[-3:]] = (*by_tail.get(ending[-3:], ()), ending)
    return by_tail


@cache
def famous_names() -> dict[str, tuple[str, ...]]:
    """data/famous_names.txt: each first word and the stems of the names that follow it."""
    names: dict[str, list[str]] = {}
    for line in _read_list("famous_names.txt"):
        first, _, rest = line.partition(" ")
        names.setdefault(first, []).append(rest)
    return {first: tuple(stems) for first, stems in names.items()}


@cache
def common_first_names() -> frozenset[str]:
    """The common first names of data/first_names.txt (not the multinational list), in lower case, without
    the ones that are also ordinary words (ambiguous_names.txt): few enough to look for in lower case."""
    return _read_list("first_names.txt") - _read_list("ambiguous_names.txt")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (
        _read_list("first_names.txt") | _read_list("first_names_world.txt"),
        _read_list("surnames.txt") | _read_list("surnames_world.txt"),
        _read_list("not_names.txt") | countries_and_regions(),
        _read_list("ambiguous_names.txt") | _read_list("ambiguous_names_world.txt"),
    )


@cache
def countries_and_regions() -> frozenset[str]:
    """Countries, regions and languages (data/places_world.txt, from the Unicode CLDR), in lower case:
    some are first names too ("Kenya", "Georgia", "Jordan"), which after "from" are the country."""
    return _read_list("places_world.txt")


@cache
def english_words() -> frozenset[str]:
    """Common English words that are no listed name (data/english_words.txt), in lower case."""
    return _read_list("english_words.txt")


@cache
def swedish_words() -> frozenset[str]:
    """Common Swedish words that are no listed name or place (data/swedish_words.txt), in lower case."""
    return _read_list("swedish_words.txt")


@cache
def _voikko():  # type: ignore[no-untyped-def]
    """The Finnish analyser, or None when libvoikko or the Finnish dictionary is not installed."""
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    except (ImportError, OSError) as exc:
        log.warning("Voikko is not available (%s); person names are found from the name lists only", exc)
        return None


@lru_cache(maxsize=200_000)
def _analyses(word: str) -> tuple[dict[str, str], ...]:
    """Voikko's readings of a word, analysed once for all the tests below and `word_info`; none without
    Voikko."""
    voikko = _voikko()
    return tuple(voikko.analyze(word)) if voikko is not None else ()


@lru_cache(maxsize=100_000)
def read_only_as_a_finnish_name(word: str) -> bool:
    """Voikko reads the capitalised word as a first name or a surname and as nothing else ("Pekalle",
    "Jari"; not "Anna", "Tack"): the test for a name written in lower case, where the world lists would
    take too many ordinary words of other languages."""
    analyses = _analyses(word)
    return bool(analyses) and all(a.get("CLASS") in _NAME_CLASSES for a in analyses)


@lru_cache(maxsize=100_000)
def name_base_forms(word: str) -> frozenset[str]:
    """The basic forms Voikko gives a word read as one person's first name or surname ("Sadun": Satu,
    "Pekan": Pekka; not the plural "Marjoja", berries): what ties a name inflected with a changed stem to
    its basic form. Empty without Voikko."""
    return frozenset(
        a.get("BASEFORM", "")
        for a in _analyses(word)
        if a.get("CLASS") in ("etunimi", "sukunimi") and a.get("NUMBER") != "plural"
    )


@lru_cache(maxsize=100_000)
def read_only_as_a_verb(word: str) -> bool:
    """Voikko reads the word as a verb and as nothing else ("pyytää", "haluaa"); False without Voikko."""
    analyses = _analyses(word)
    return bool(analyses) and all(a.get("CLASS") == "teonsana" for a in analyses)


@lru_cache(maxsize=100_000)
def read_as_a_verb(word: str) -> bool:
    """Voikko has a reading of the word as a verb, beside any other ("Toivon": I hope, and Toivo's)."""
    return any(a.get("CLASS") == "teonsana" for a in _analyses(word))


@lru_cache(maxsize=100_000)
def read_as_a_finite_verb(word: str) -> bool:
    """Voikko has a reading of the word as a verb in the third person ("pyysi", also a noun; "opettaa",
    also an infinitive): what a sentence's subject stands before. False without Voikko."""
    return any(
        a.get("CLASS") == "teonsana" and a.get("PERSON") == "3" and a.get("MOOD") in _FINITE_MOODS
        for a in _analyses(word)
    )


_FINITE_MOODS = frozenset({"indicative", "conditional", "potential"})


def voikko_available() -> bool:
    return _voikko() is not None


# Finnish case endings as they attach to a name no lexicon knows: after a vowel ("Aisha|lle", "Somchai|n")
# and, with the linking vowel i, after a consonant ("Bashir|in", "Pettersson|ille", "Oluwaseun|ia").
# Longest first, so that "-ille" is tried before "-lle" and "-e".
_VOWEL_ENDINGS = ("lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä", "ta", "tä", "n",
                  "a", "ä")  # fmt: skip
_CONSONANT_ENDINGS = ("ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ista", "istä", "iksi", "iin", "ina",
                      "inä", "in", "ia", "iä")  # fmt: skip
_CASE_ENDINGS = tuple(sorted({*_VOWEL_ENDINGS, *_CONSONANT_ENDINGS}, key=len, reverse=True))
_LONG_CASE_ENDINGS = tuple(ending for ending in _CASE_ENDINGS if len(ending) >= 3)
_VOWELS = frozenset("aeiouyäöAEIOUYÄÖ")


def _case_stems(key: str, shortest: int) -> Iterator[tuple[str, str]]:
    """(stem, ending) for each Finnish case ending `key` may have, longest ending first, when the stem has
    `shortest` letters or more and ends as the ending requires (a vowel before "-lle", a consonant before
    "-ille"; "-ksi" and "-n" after either)."""
    for ending in _CASE_ENDINGS:
        if not key.endswith(ending):
            continue
        stem = key[: -len(ending)]
        if len(stem) < shortest:
            continue
        if (stem[-1] in _VOWELS) != (ending in _VOWEL_ENDINGS) and ending not in ("ksi", "n"):
            continue
        yield stem, ending


def _listed_stem(key: str, first_names: frozenset[str], surnames: frozenset[str]) -> tuple[bool, bool]:
    """(first name, surname): whether `key`, a word no lexicon knows, is a listed name with a Finnish case
    ending ("bashirin", "aishalle"); the stem must end as the ending requires. A one-letter ending ("-n",
    "-a") or "-in", "-ia" leave a stem of four letters or more, and after a one-letter ending only a first
    name counts: English words end so too ("Garden", "Latin")."""
    for stem, ending in _case_stems(key, 3):
        short_ending = len(ending) == 1 or ending in ("in", "ia", "iä")
        if short_ending and len(stem) < 4:
            continue
        first = stem in first_names
        sur = stem in surnames and len(ending) > 1
        if not (first or sur) and len(ending) > 1 and read_only_as_a_finnish_name(stem.capitalize()):
            first = True  # a name Voikko knows only in its basic form ("Rainelle")
        if first or sur:
            return first, sur
    return False, False


def _listed_place_stem(key: str, place_names: frozenset[str]) -> bool:
    """Whether `key`, a word no lexicon knows, is a listed place or venue with a Finnish case ending
    ("stoan", "caisassa"), the stem ending as the ending requires."""
    return any(stem in place_names for stem, _ in _case_stems(key, 4))


def _name_like_base(analysis: dict[str, str], key: str) -> str | None:
    """The basic form of a noun or adjective reading of `key` that a name of that form would share: in the
    singular, or in a plural that keeps the basic form as a name does ("Lumilta", "Lumin"); not in the
    partitive or the translative ("Valoa", "Onneksi": a word far more often)."""
    if analysis.get("CLASS") not in ("nimisana", "laatusana") or analysis.get("SIJAMUOTO") in ("osanto", "tulento"):
        return None
    base = analysis.get("BASEFORM", "").casefold()
    return base if analysis.get("NUMBER") == "singular" or key.startswith(base) else None


# Finnish clitics, which Voikko reads on any word: "Nieminenkin", "Virtasellekaan".
_CLITICS = ("kin", "kaan", "kään")


def _without_clitic(key: str) -> str:
    for clitic in _CLITICS:
        if key.endswith(clitic) and len(key) > len(clitic) + 3:
            return key[: -len(clitic)]
    return key


def _colloquial_verb(word: str) -> bool:
    """A spoken-Finnish conditional Voikko does not know, whose written form it reads as a verb: "Voisko"
    (voisiko), "Kannattais" (kannattaisi), "Pitäiskö" (pitäisikö)."""
    lower = word.lower()
    if lower.endswith(("isko", "iskö")):
        written = word[:-2] + "i" + word[-2:]
    elif lower.endswith("is"):
        written = word + "i"
    else:
        return False
    return any(a.get("CLASS") == "teonsana" and a.get("MOOD") == "conditional" for a in _analyses(written))


# The syllables of Korean given names in the romanisations Koreans in Finland write them in (Revised
# Romanisation and McCune-Reischauer, as in passports): a given name is two of them joined by a hyphen
# ("Ji-hoon", "Seo-yeon", "Min-jun"). From general knowledge of Korean names, not from a list checked
# against a register: a guess that errs on the side of the common syllables.
_KOREAN_SYLLABLE_LIST = (
    "a ae ah ba beom bin bo bok bum byung byeong chae chan chang cheol cheon cheul chi choon chul chun da dae "
    "deok do dong du duk eun eui gi gil geon geun gook gu guk gun gwang gyeong gyu ha hae hak han hee heon "
    "ho hoon hong hwa hwan hwi hye hyo hyuk hyun hyeon hyung hyeong il in ja jae je jeong ji jin jo jong joo "
    "joon ju jun jung ki kook kuk kwang kyeong kyoung kyu kyung man mi min mo mun moon myung myeong na nam "
    "ok pil ra ri rin sa sam san sang se seo seok seon seong seul shin si sik sin so sol soo song su suk sun "
    "sung ta tae tak u uk un wan won woo wook woong ye yeo yeol yeon yeong yi yo yong yoo yoon young yu yul "
    "yun"
)
# ... and of Cantonese and Taiwanese given names ("Siu-ming", "Ka-wai", "Wing-kit", "Yu-ting"), the same way.
_CHINESE_SYLLABLE_LIST = (
    "chak chi chia chih ching chun fai fen ho hao hiu hoi hsiao hua hing kam kar ka kei kin kit kwok lai lam ling "
    "lok man mei ming on po pui sau shing shu siu sum sze tak tin ting tsz tung wah wai wan wen wing yan yat yee "
    "yin yiu yuk"
)
_GIVEN_NAME_SYLLABLES = frozenset(_KOREAN_SYLLABLE_LIST.split()) | frozenset(_CHINESE_SYLLABLE_LIST.split())
# Words of the same shape that are no names: a sound, a game, a martial art.
_NOT_GIVEN_NAMES = frozenset({"ka-ching", "yin-yang", "wing-chun", "ping-pong", "ho-hum"})


def is_hyphenated_east_asian_given_name(word: str) -> bool:
    """"Ji-hoon", "Seo-yeonille", "Siu-ming": two syllables of Korean or Chinese given names joined by a hyphen."""
    return "-" in word and _hyphenated_east_asian_given_name(word.casefold()) is not None


def _hyphenated_east_asian_given_name(key: str) -> bool | None:
    """Whether `key` (case-folded) is a Korean or Chinese given name, two syllables with a hyphen: True in its basic
    form, False with a Finnish case ending ("ji-hoonille"), None when it is none. Reduplications
    ("ha-ha", "jo-jo") are no names."""
    head, _, tail = key.partition("-")
    if not tail or head == tail or key in _NOT_GIVEN_NAMES or head not in _GIVEN_NAME_SYLLABLES or "-" in tail:
        return None
    if tail in _GIVEN_NAME_SYLLABLES:
        return True
    for ending in _CASE_ENDINGS:
        if tail.endswith(ending) and tail[: -len(ending)] in _GIVEN_NAME_SYLLABLES and tail[: -len(ending)] != head:
            return False
        if tail.endswith(ending) and tail[: -len(ending) - 1] in _GIVEN_NAME_SYLLABLES and tail[-len(ending) - 1] == "i":
            return False  # "hoonille", "junin": a consonant stem takes an "i" before the ending
    return None


# Common Finnish first names that are also ordinary words, but words rarely written, least of all as the
# subject that starts a sentence ("Matti ei saanut avaimia": "matti" is a checkmate, "vesa" a sapling,
# "kirsi" rime): read as names only, unlike "Satu", "Onni" or "Valo", whose word is as common as the name.
_NAMES_RARELY_WORDS = frozenset({
    "matti", "jukka", "harri", "hilkka", "kaarina", "marjatta", "kirsi", "ritva", "tuija", "vesa", "aleksi",
    "kari", "sari", "tapani", "henna",
})  # fmt: skip


def _strip_genitive(word: str) -> str:
    """`Svenssons`, `Smith's` → `Svensson`, `Smith` (Swedish and English possessives)."""
    for suffix in ("'s", "’s", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=500_000)
def word_info(word: str) -> WordInfo:
    """Classify one capitalised word (cached: the same word is analysed only once)."""
    first_names, surnames, not_names, ambiguous = _lists()
    key = word.casefold()
    voikko = _voikko()
    if key not in first_names and key not in surnames and key not in not_names and voikko is not None:
        plain = _without_clitic(key)
        if plain != key and _analyses(word):
            key = plain  # "Nieminenkin" is listed as "Nieminen" is; not "Tamarkin", which Voikko does not know
    amb = key in ambiguous
    first = key in first_names or amb
    sur = key in surnames
    listed = first or sur
    place = key in not_names
    common = False
    known = first or sur or place or amb
    nominative = True
    if voikko is not None:
        analyses = _analyses(word)
        known = known or bool(analyses)
        name_cases = []
        for analysis in analyses:
            cls = analysis.get("CLASS")
            base = analysis.get("BASEFORM", "").casefold()
            if base in not_names:
                place = True
            elif base in surnames and cls != "etunimi":
                # a listed surname that Voikko reads as a place or a word, in any case form: "Salolle",
                # "Kosken" (Salo, Koski); the other reading stays
                sur = True
                name_cases.append(analysis.get("SIJAMUOTO"))
                if cls == "paikannimi" or cls in ("nimi", "lyhenne"):
                    place = True
                elif cls != "sukunimi":
                    common = True
            elif cls == "etunimi":
                first = True
                name_cases.append(analysis.get("SIJAMUOTO"))
            elif cls == "sukunimi":
                sur = True
                name_cases.append(analysis.get("SIJAMUOTO"))
            elif cls == "paikannimi":
                # Surnames in -nen that Voikko knows only as a place (Nieminen) are surnames too.
                if base.endswith("nen") and key.endswith(("nen", "sen", "selle", "seltä", "sellä", "sestä")):
                    sur = True
                elif base.endswith(("la", "lä")) and base not in not_names:
                    sur = place = True  # Peltola, Mäkelä: farm names that are surnames as often as places
                elif base in first_names and base not in not_names:
                    first = place = True  # Mari, Salla: first names Voikko knows only as places
                    name_cases.append(analysis.get("SIJAMUOTO"))
                else:
                    place = True
            elif cls in ("nimi", "lyhenne"):
                # a proper noun of no known kind: a place or an organisation, unless the list names it a
                # first name ("Linnea")
                place = place or not (cls == "nimi" and key in first_names)
            else:
                common = True
        if (
            sur
            and common
            and all(
                a.get("CLASS") in ("sukunimi", "laatusana", "nimisana_laatusana", "etunimi", "paikannimi")
                for a in analyses
            )
            and any(a.get("BASEFORM", "").endswith("nen") for a in analyses if a.get("CLASS") == "sukunimi")
            # the adjective is the -nen word itself (koskinen), not another one ("Pitkästä" = pitkä)
            and all(
                a.get("BASEFORM", "").endswith("nen") and not a.get("BASEFORM", "").endswith(("lainen", "läinen"))
                for a in analyses
                if a.get("CLASS") in ("laatusana", "nimisana_laatusana")
            )
        ):
            # Koskinen, Mäkinen: the adjective reading of a -nen surname is rare in prose; not so a demonym
            # in -lainen ("Virolaisen kuoron" is an Estonian choir's)
            common = False
        if common and not first and not sur and not place:
            # a listed first name that is also a word, inflected, which Voikko reads only as the word
            # ("Lumilta", "Valolle"): as much a name as its basic form, which the list names
            bases = [base for base in map(_name_like_base, analyses, [key] * len(analyses)) if base]
            if any(base != key and (base in first_names or base in ambiguous) for base in bases):
                first = True
                nominative = False
            elif key.endswith(_LONG_CASE_ENDINGS):
                # a listed name inflected that Voikko reads only as another word's form: "Luisille" (luinen,
                # bony), "Tanakalta" (tanakka, sturdy); with a case ending of three letters or more, and
                # when the name itself is no word ("Valoa", "Kartalla" stay words)
                first, sur = _listed_stem(key, first_names, surnames)
                ending = next(e for e in _LONG_CASE_ENDINGS if key.endswith(e))
                if (first or sur) and word_info(key[: -len(ending)].capitalize()).common:
                    first = sur = False
                nominative = not (first or sur)
        if common and first and any(
            a.get("CLASS") == "etunimi" and a.get("BASEFORM", "").casefold() in _NAMES_RARELY_WORDS for a in analyses
        ):
            common = False  # "Matti", "Vesan": the checkmate and the sapling are rarely written about
        if name_cases:
            nominative = "nimento" in name_cases
        if (first or sur) and not name_cases and not (first and key in first_names):
            nominative = not key.endswith(_LOCATIVE_ENDINGS)
        if not analyses and not known and _colloquial_verb(word):
            return WordInfo(common=True, known=True)  # "Voisko", "Kannattais": spoken forms of verbs
        if not analyses and not known and (key in english_words() or key in swedish_words()):
            # "Login", "Organisers", "Annars", "Finns": English and Swedish words Voikko does not know
            return WordInfo(common=True, known=True)
        if not analyses and not known:
            # a name that is an English word too is none inflected in Finnish ("Gracen", "Joylta")
            first, sur = _listed_stem(key, first_names | ambiguous, surnames)
            place = _listed_place_stem(key, place_names=not_names)  # "Stoan", "Caisassa", "Erbilistä"
            if first or sur or place:
                return WordInfo(first, sur, place, False, True, False, False, first or sur)
            stripped = _strip_genitive(word)
            if stripped != word:
                inner = word_info(stripped)
                return WordInfo(
                    inner.first_name, inner.surname, inner.place, inner.common, inner.known, False,
                    inner.ambiguous_name, inner.listed,
                )  # fmt: skip
    elif not known:
        stripped = _strip_genitive(word)
        if stripped != word:
            inner = word_info(stripped)
            return WordInfo(
                inner.first_name, inner.surname, inner.place, inner.common, inner.known, False,
                inner.ambiguous_name, inner.listed,
            )  # fmt: skip
    if "-" in word and not (first and listed):
        given_name = _hyphenated_east_asian_given_name(key)
        if given_name is not None and word[0].isupper():
            return WordInfo(True, False, False, False, True, given_name, False, True)
        parts = word.split("-")
        # "Anna-Mari", "Pirjo-Liisalle": two first names make one (Voikko may read a place or, as with
        # "Kirsi-Marja", a word); listed when its parts are and the second is capitalised ("Hanna-Leena",
        # which Voikko knows, in English text; not "Saga-stig", a trail)
        if len(parts) == 2 and all(parts) and (not common or parts[1][0].isupper()):
            head, tail = word_info(parts[0]), word_info(parts[1][:1].upper() + parts[1][1:])
            if head.first_name and head.nominative and tail.first_name:
                both_listed = parts[1][0].isupper() and all(
                    part.listed and not part.ambiguous_name for part in (head, tail)
                )
                return WordInfo(True, sur, False, False, True, tail.nominative, False, listed or both_listed)
    if common and first and "-" in word and word.count("-") == 1:
        head, tail = word.split("-")
        if head and tail and all(word_info(part[:1].upper() + part[1:]).first_name for part in (head, tail)):
            common = False  # "Anna-Karin": two first names make one, though "anna" is a verb too
    return WordInfo(first, sur, place, common, known, nominative, amb, listed)
