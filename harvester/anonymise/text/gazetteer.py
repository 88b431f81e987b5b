"""The gazetteer of street names of Helsinki and the capital region (Finnish and Swedish) that the address
detector looks up, and the rebuild of it from the city's address register.

The shipped list, `data/streets.txt`, is built from the sources credited in `data/STREETS_SOURCES.md`
(`scripts/build_street_gazetteer.py`). The official register, HRI's "Helsingin osoiteluettelo" (CC BY 4.0),
could not be downloaded where the list was built; a data steward who has its CSV rebuilds the list with
`harvester pii gazetteer --from FILE.csv` (`rebuild_from_register`).

The register's columns: `katunimi` (Finnish street name) and `gatan` (Swedish) beside `osoitenumero`,
`osoitenumero_teksti`, `postinumero`, `kaupunki`, `staden`, `n`, `e`, ... They are the properties of the
city's WFS layer `avoindata:Helsinki_osoiteluettelo`, read by name in City-of-Helsinki/parking-permits
(the parse_feature of its address import: `katunimi`, `gatan`, `osoitenumero_teksti`, `postinumero`,
`kaupunki`, `staden`); the layer's CSV output (`outputFormat=csv`) has one column per property, read as
`katunimi`, `osoitenumero`, `e`, `n` in tts/hkistreets, preparedata.R, commit f7f6964c8b86. That HRI's
CSV download uses the same names is a guess (it could not be read from here): the header is matched
without regard to case, and other names can be given with `--column`."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from harvester.core.errors import ConfigError

#: The register's street-name columns (Finnish, Swedish); see the module docstring.
REGISTER_COLUMNS = ("katunimi", "gatan")

STREETS_FILE = "streets.txt"

# Finnish street words and how they inflect: (nominative, weak-grade stem, strong-grade stem, illative,
# partitive). The weak stem takes the genitive and the local cases (-n, -lla, -lle, -lta, -ssa, -sta,
# -ksi): "katu" → "kadulla"; the strong stem takes the essive (-na): "katuna".
FINNISH_HEADS: tuple[tuple[str, str, str, str, str], ...] = (
    ("katu", "kadu", "katu", "katuun", "katua"),
    ("tie", "tie", "tie", "tiehen", "tietä"),
    ("kuja", "kuja", "kuja", "kujaan", "kujaa"),
    ("polku", "polu", "polku", "polkuun", "polkua"),
    ("kaari", "kaare", "kaare", "kaareen", "kaarta"),
    ("väylä", "väylä", "väylä", "väylään", "väylää"),
    ("rinne", "rintee", "rintee", "rinteeseen", "rinnettä"),
    ("ranta", "ranna", "ranta", "rantaan", "rantaa"),
    ("piha", "piha", "piha", "pihaan", "pihaa"),
    ("kaarre", "kaartee", "kaartee", "kaarteeseen", "kaarretta"),
    ("raitti", "raiti", "raitti", "raittiin", "raittia"),
    ("tanhua", "tanhua", "tanhua", "tanhuaan", "tanhuaa"),
    ("ahde", "ahtee", "ahtee", "ahteeseen", "ahdetta"),
    ("penger", "penkeree", "penkeree", "penkereeseen", "penkerettä"),
    ("bulevardi", "bulevardi", "bulevardi", "bulevardiin", "bulevardia"),
    ("esplanadi", "esplanadi", "esplanadi", "esplanadiin", "esplanadia"),
    ("puistikko", "puistiko", "puistikko", "puistikkoon", "puistikkoa"),
    ("portti", "porti", "portti", "porttiin", "porttia"),
    ("puisto", "puisto", "puisto", "puistoon", "puistoa"),
    ("vierto", "vierro", "vierto", "viertoon", "viertoa"),
    ("laita", "laida", "laita", "laitaan", "laitaa"),
    ("aukio", "aukio", "aukio", "aukioon", "aukiota"),
    ("tori", "tori", "tori", "toriin", "toria"),
    ("linja", "linja", "linja", "linjaan", "linjaa"),
    ("kulma", "kulma", "kulma", "kulmaan", "kulmaa"),
    ("mäki", "mäe", "mäke", "mäkeen", "mäkeä"),
    ("silta", "silla", "silta", "siltaan", "siltaa"),
    ("kenttä", "kentä", "kenttä", "kenttään", "kenttää"),
    ("pelto", "pello", "pelto", "peltoon", "peltoa"),
    ("niitty", "niity", "niitty", "niittyyn", "niittyä"),
    ("kallio", "kallio", "kallio", "kallioon", "kalliota"),
    ("kumpu", "kummu", "kumpu", "kumpuun", "kumpua"),
    ("lehto", "lehdo", "lehto", "lehtoon", "lehtoa"),
    ("reitti", "reiti", "reitti", "reittiin", "reittiä"),
    ("käytävä", "käytävä", "käytävä", "käytävään", "käytävää"),
    ("niemi", "nieme", "nieme", "niemeen", "niemeä"),
    ("luoma", "luoma", "luoma", "luomaan", "luomaa"),
    ("aho", "aho", "aho", "ahoon", "ahoa"),
)
# Endings on the weak stem, back-vowel forms; the front-vowel form swaps a for ä.
_WEAK_ENDINGS = ("n", "lla", "lle", "lta", "ssa", "sta", "ksi")
_BACK_VOWELS = frozenset("aou")
_FRONT_VOWELS = frozenset("äöy")

# Street words: a gazetteer name may be matched in lower case only when it ends in one of these (a
# compound "mannerheimintie 5" is a street, a lower-case "urpu 6" or "hänget 6" need not be).
SWEDISH_HEADS = ("gatan", "vägen", "gränden", "stigen", "porten", "parken", "bågen", "branten", "stranden",
                 "platsen", "torget", "gången", "kajen", "allén", "esplanaden", "linjen", "gata", "väg",
                 "gränd", "stig", "brinken", "slingan", "svängen", "kroken", "boulevarden", "bulevarden",
                 "leden", "planen", "gårdsvägen", "backen", "gården", "bron", "kullen", "ängen")  # fmt: skip

# Street names that are also common words: matched only when written with a capital ("pyörätiellä 3
# kertaa" is a bike path, "Pyörätie 3" may be a street).
GENERIC_NAMES = frozenset({"pyörätie", "kiertotie", "kävelykatu", "pyöräkatu", "maantie", "metsätie", "kylätie",
                           "koulutie", "rantatie", "puistotie", "sivukatu", "pääkatu", "kotikatu", "huoltotie",
                           "rautatientori", "kauppatori", "talvitie", "rinnetie", "rajatie", "mäkitie",
                           "kivitie", "vanhatie", "kirkkokatu", "keskuskatu", "teollisuuskatu", "sairaalakatu",
                           "urheilutie", "peltotie", "niittytie", "puutarhatie", "kauppakatu", "asematie",
                           "satamatie", "leiritie", "kenttätie"})  # fmt: skip

# Adjectives that begin multi-word names and agree in case with the street word: "Isolla
# Roobertinkadulla", "Pohjoisella Rautatiekadulla", "Vanhalla Porvoontiellä".
_QUALIFIER_STEMS = (("iso", "iso"), ("pieni", "piene"), ("pikku", "pikku"), ("vanha", "vanha"),
                    ("uusi", "uude"), ("pohjoinen", "pohjoise"), ("eteläinen", "eteläise"),
                    ("itäinen", "itäise"), ("läntinen", "läntise"), ("ensimmäinen", "ensimmäise"),
                    ("toinen", "toise"), ("kolmas", "kolmanne"), ("neljäs", "neljänne"),
                    ("viides", "viidenne"), ("kuudes", "kuudenne"))  # fmt: skip


def _harmonised(ending: str, back: bool) -> str:
    return ending if back else ending.replace("a", "ä")


def _is_back(word: str) -> bool:
    """Whether Finnish endings on `word` take back vowels (a), judged by its last harmonic vowel."""
    for ch in reversed(word):
        if ch in _BACK_VOWELS:
            return True
        if ch in _FRONT_VOWELS:
            return False
    return False  # only neutral vowels (e, i): "tie" → "tiellä"


def _qualifier_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for nominative, stem in _QUALIFIER_STEMS:
        back = _is_back(stem)
        forms[nominative] = nominative
        for ending in (*_WEAK_ENDINGS, "na"):
            forms[stem + _harmonised(ending, back)] = nominative
    return forms


QUALIFIER_FORMS = _qualifier_forms()


def _head_of(word: str) -> tuple[str, str, str, str, str] | None:
    best = None
    for head in FINNISH_HEADS:
        if word.endswith(head[0]) and (best is None or len(head[0]) > len(best[0])):
            best = head
    return best


def inflected_forms(word: str) -> set[str]:
    """The Finnish case forms of the last word of a street name (lower case), the word itself included.

    Why: people write where they live in the case the sentence needs ("asun Kaarelantiellä 7",
    "Fleminginkadun 12 pihalla"); the gazetteer holds the nominative. A word ending in a known street
    word ("-katu", "-rinne") takes that word's consonant gradation; any other word ending in a vowel
    takes the endings on the nominative, without gradation."""
    forms = {word}
    head = _head_of(word)
    if head is not None:
        nominative, weak, strong, illative, partitive = head
        prefix = word[: len(word) - len(nominative)]
        back = _is_back(weak)
        forms.update(prefix + weak + _harmonised(e, back) for e in _WEAK_ENDINGS)
        forms.update((prefix + strong + _harmonised("na", back), prefix + illative, prefix + partitive))
    elif word[-1:] in "aeiouyäö" and len(word) > 3:
        back = _is_back(word)
        forms.update(word + _harmonised(e, back) for e in _WEAK_ENDINGS)
    return forms


def has_street_word(name: str) -> bool:
    """Whether the last word of `name` (lower case) ends in a Finnish or Swedish street word and is more
    than that word ("kaarelantie", "båtsmansgatan"; not "tie" alone)."""
    last = name.rsplit(" ", 1)[-1]
    head = _head_of(last)
    if head is not None:
        return len(last) > len(head[0]) or " " in name
    return any(last.endswith(h) and (len(last) > len(h) or " " in name) for h in SWEDISH_HEADS)


@dataclass(frozen=True)
class StreetIndex:
    """The gazetteer compiled for lookups: each case form of a name's last word maps to that word's
    nominative, so that the word before a house number is looked up once in a dict."""

    #: lower-case case form of a last word → its nominative ("kaarelantiellä" → "kaarelantie")
    forms: dict[str, str] = field(default_factory=dict)
    #: one-word names (lower case, nominative)
    single: frozenset[str] = frozenset()
    #: names of several words (lower case, nominative, single spaces)
    multi: frozenset[str] = frozenset()
    #: last word of a multi-word name → the most words before it in such a name
    multi_lengths: dict[str, int] = field(default_factory=dict)
    #: names that may be matched in lower case (they end in a street word)
    lower_ok: frozenset[str] = frozenset()

    @classmethod
    def build(cls, names: Iterable[str]) -> StreetIndex:
        forms: dict[str, str] = {}
        single: set[str] = set()
        multi: set[str] = set()
        lengths: dict[str, int] = {}
        lower_ok: set[str] = set()
        for name in names:
            key = " ".join(name.lower().split())
            if not key:
                continue
            words = key.split(" ")
            last = words[-1]
            for form in inflected_forms(last):
                forms.setdefault(form, last)
            if len(words) == 1:
                single.add(key)
            else:
                multi.add(key)
                lengths[last] = max(lengths.get(last, 0), len(words) - 1)
            if has_street_word(key) and key not in GENERIC_NAMES:
                lower_ok.add(key)
        return cls(forms, frozenset(single), frozenset(multi), lengths, frozenset(lower_ok))

    def __len__(self) -> int:
        return len(self.single) + len(self.multi)


def parse_names(text: str) -> list[str]:
    """The names in a gazetteer file: one a line; blank lines and lines starting with "#" are skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def shipped_names() -> list[str]:
    """The names of the gazetteer shipped in the package (`data/streets.txt`)."""
    text = resources.files(__package__).joinpath("data", STREETS_FILE).read_text(encoding="utf-8")
    return parse_names(text)


@cache
def street_index() -> StreetIndex:
    """The shipped gazetteer, compiled once per process, on first use."""
    return StreetIndex.build(shipped_names())


# A house number (and what follows it) at the end of a value of an address column: "Tehtaankatu 13",
# "Orionintie 3-5", "Fredrikinkatu 19 A 2".
_TRAILING_NUMBER = re.compile(r"\s+\d.*$")


def street_name(value: str) -> str:
    """`value` with a trailing house number and flat removed and spaces normalised ("Tehtaankatu 13" →
    "Tehtaankatu"), so that address columns as well as street-name columns give names."""
    return " ".join(_TRAILING_NUMBER.sub("", value).split())


def names_from_csv(path: Path, columns: Sequence[str] = REGISTER_COLUMNS, delimiter: str | None = None) -> list[str]:
    """The distinct street names in `columns` of the CSV file at `path`, in first-seen order.

    The file may be UTF-8 (with or without BOM) or Latin-1 and separated by "," ";" or tab (guessed from
    the header). At least one of `columns` must be in the header; a column missing is skipped (a register
    without Swedish names still gives the Finnish ones)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    lines = text.splitlines()
    if not lines:
        raise ConfigError(str(path), "header", "the file is empty; a header row naming the columns is needed")
    if delimiter is None:
        delimiter = max((",", ";", "\t"), key=lines[0].count)
    reader = csv.reader(lines, delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    wanted = [c.lower() for c in columns]
    indexes = [header.index(c) for c in wanted if c in header]
    if not indexes:
        raise ConfigError(
            str(path),
            "--column",
            f"no column named {', '.join(columns)}; the header has: {', '.join(header)}. "
            "Name the street-name columns with --column",
        )
    seen: dict[str, None] = {}
    for row in reader:
        for i in indexes:
            if i < len(row):
                name = street_name(row[i])
                if name and any(ch.isalpha() for ch in name):
                    seen.setdefault(name, None)
    return list(seen)


def write_gazetteer(names: Iterable[str], target: Path, header: str) -> int:
    """Write `names` (deduplicated, sorted) to `target` under `header` (each line prefixed "# ").
    Returns the number of names written."""
    unique = sorted({" ".join(n.split()) for n in names if n.strip()}, key=lambda n: (n.casefold(), n))
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join([*lines, *unique]) + "\n", encoding="utf-8")
    return len(unique)


def shipped_gazetteer_path() -> Path:
    """Where the shipped gazetteer lies in this installation (the default target of a rebuild)."""
    return Path(str(resources.files(__package__).joinpath("data", STREETS_FILE)))


def rebuild_from_register(
    source: Path,
    target: Path | None = None,
    columns: Sequence[str] = REGISTER_COLUMNS,
    merge: bool = False,
) -> int:
    """Rebuild the gazetteer from the register's CSV at `source`; write it to `target` (default: the
    shipped file). With `merge`, the names already in `target` are kept too (for example the Espoo and
    Vantaa streets, which the Helsinki register does not hold). Returns the number of names written."""
    target = target or shipped_gazetteer_path()
    names = names_from_csv(source, columns)
    if not names:
        raise ConfigError(str(source), ", ".join(columns), "the columns hold no street names")
    kept = parse_names(target.read_text(encoding="utf-8")) if merge and target.is_file() else []
    header = (
        f"Street names rebuilt by `harvester pii gazetteer` from {source.name} (columns {', '.join(columns)}).\n"
        "Source: City of Helsinki, Helsingin osoiteluettelo (HRI), CC BY 4.0."
        + ("\nMerged with the names of the previous list (see STREETS_SOURCES.md)." if kept else "")
    )
    return write_gazetteer([*names, *kept], target, header)
