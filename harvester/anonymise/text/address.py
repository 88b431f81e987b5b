"""Home addresses: a street name with a house number, optionally a staircase letter and a flat number
("Mannerheimintie 5 A 12", "Fleminginkatu 12 b 3", "Norra esplanaden 11", "Kotikadulla 7"). A street
named without a number is a public place and stays ("Mannerheimintiellä on kuoppa")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# Finnish street words: (nominative, stem for the consonant-gradated cases, illative, partitive).
_FINNISH_HEADS = [
    ("katu", "kadu", "katuun", "katua"),
    ("tie", "tie", "tiehen", "tietä"),
    ("kuja", "kuja", "kujaan", "kujaa"),
    ("polku", "polu", "polkuun", "polkua"),
    ("kaari", "kaare", "kaareen", "kaarta"),
    ("väylä", "väylä", "väylään", "väylää"),
    ("rinne", "rintee", "rinteeseen", "rinnettä"),
    ("ranta", "ranna", "rantaan", "rantaa"),
    ("piha", "piha", "pihaan", "pihaa"),
    ("kaarre", "kaartee", "kaarteeseen", "kaarretta"),
    ("raitti", "raiti", "raittiin", "raittia"),
    ("tanhua", "tanhua", "tanhuaan", "tanhuaa"),
    ("ahde", "ahtee", "ahteeseen", "ahdetta"),
    ("penger", "penkere", "penkereeseen", "penkerettä"),
    ("bulevardi", "bulevardi", "bulevardiin", "bulevardia"),
    ("esplanadi", "esplanadi", "esplanadiin", "esplanadia"),
    ("puistikko", "puistiko", "puistikkoon", "puistikkoa"),
]
_CASE_ENDINGS = ["n", "lla", "llä", "lle", "lta", "ltä", "ssa", "ssä", "sta", "stä"]


def _finnish_forms() -> list[str]:
    forms: set[str] = set()
    for nominative, stem, illative, partitive in _FINNISH_HEADS:
        forms.update({nominative, illative, partitive})
        back = any(ch in stem for ch in "aou")
        for ending in _CASE_ENDINGS:
            if (("ä" in ending) != (not back)) and ending != "n":
                continue
            forms.add(stem + ending)
    return sorted(forms, key=len, reverse=True)


_SWEDISH_HEADS = ["gatan", "gata", "vägen", "väg", "gränden", "gränd", "stigen", "esplanaden", "kajen",
                  "allén", "backen", "stranden", "boulevarden", "bulevarden", "kvarnen"]  # fmt: skip
_ENGLISH_HEADS = ["Street", "Road", "Avenue", "Lane", "Boulevard"]


def _alternation(words: list[str]) -> str:
    """`words` as one regex alternation grouped by first letter (`k(?:atu|adulla)|t(?:ie|iellä)`), in the
    order given within each group. Why: Python's `re` tries the alternatives of a group one by one, and
    the street pattern tries them at every letter of a long word; grouped, a letter that begins no
    street word fails at once. Only words with the same first letter can match at one place, so the
    first alternative that matches, and the order of the rest on backtracking, are those of the list."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_HEADS = _alternation(_finnish_forms() + _SWEDISH_HEADS)
_ORDINAL_LINES = r"(?:Ensimmäi(?:nen|sellä|selle|seltä|sen)|Toi(?:nen|sella|selle|selta|sen)|Kolma(?:s|nnella|nnelle|nnelta|nnen)|Neljä(?:s|nnellä|nnelle|nneltä|nnen)|Viide(?:s|nnellä|nnelle|nneltä|nnen))[ ]linja(?:n|lla|lle|lta)?"  # noqa: E501

# Words that begin some two-word street names: "Itäinen Papinkatu", "Norra Hesperiagatan".
_QUALIFIER = (
    r"(?:(?:Itäinen|Läntinen|Pohjoinen|Eteläinen|Vanha|Iso|Pikku|Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|"
    r"Nya|Old|New|North|South|East|West)[ ])"
)
_STREET = (
    r"(?:(?<![\w-])" + _QUALIFIER + r"?[A-ZÅÄÖ][^\W\d_]*(?:-[^\W\d_]+)*?(?:" + _HEADS + r")"  # Kotikadulla
    r"|(?<![\w-])(?:[A-ZÅÄÖ][^\W\d_]+[ ]){1,2}(?:"
    + _alternation(_finnish_forms() + _SWEDISH_HEADS + _ENGLISH_HEADS)
    + r")"  # Norra esplanaden
    r"|(?<![\w-])(?:Bulevardi|Esplanadi|Bulevarden)[^\W\d_]*"
    r"|" + _ORDINAL_LINES + ")"
)
_NUMBER = (
    r"[ \u00a0](?:nro[ ])?\d{1,3}(?:[a-hA-H](?![\w]))?(?:[ ]?[-–][ ]?\d{1,3}[a-hA-H]?)?"  # 5, 27a, 11-13
    r"(?:[ ]?(?:[A-H](?![\w])|[a-h](?=[ ]?\d))(?:[ ]?(?:as\.?|lgh\.?|bst\.?)?[ ]?\d{1,3})?"  # A 12, b 3
    r"|[ ](?:as\.?|asunto|lgh\.?|bostad)[ ]?\d{1,3})?"  # as. 5
)
_ADDRESS = re.compile("(" + _STREET + ")(" + _NUMBER + r")(?!\d|[.,:]\d|[ ]?[-–]\d)")

# A number after a street that counts or measures something is not a house number.
_UNITS = re.compile(
    r"[ ]?(?:%|€|\$|e\b|euro|snt|km|m\b|m2|m²|metr|mm\b|cm\b|kpl|kappal|kert|krt|min|h\b|tunti|tuntia|vuo[ts]|päiv|"
    r"viiko|kuuka|sekunt|hlö|henk|ihmis|lasta|autoa|pyörää|puuta|paikkaa|asuntoa|taloa|bussi|linja|desibel|db\b|"
    r"astet|°|år|gång|minut|timm|dag|veck|bilar|person|meter|procent|times|years|days|minutes|hours|cars|people|"
    r"percent|metres|meters)",
    re.IGNORECASE,
)
# Roads numbered nationally (valtatie 7, kantatie 51) are not addresses.
_NUMBERED_ROADS = re.compile(r"(?:valta|kanta|seutu|maan|moottori|yhdys|kehä)tie", re.IGNORECASE)


_HEAD_ENDINGS = tuple(_finnish_forms() + _SWEDISH_HEADS + [h.lower() for h in _ENGLISH_HEADS] + ["linja", "linjan",
                       "linjalla", "linjalle", "linjalta", "bulevarden"])  # fmt: skip


def _by_last_three_letters(heads: Sequence[str]) -> dict[str, tuple[str, ...]]:
    by_tail: dict[str, tuple[str, ...]] = {}
    for head in heads:
        by_tail[head[-3:]] = (*by_tail.get(head[-3:], ()), head)
    return by_tail


_HEAD_ENDINGS_BY_TAIL = _by_last_three_letters(_HEAD_ENDINGS)


def _ends_with_street_word(text: str, end: int) -> bool:
    """Whether `text[:end]` ends with a street word ("katu", "tiellä", "gatan"), in any case.

    Why not `endswith(_HEAD_ENDINGS)` alone: that tries some 175 words at every number. A text that ends
    with a street word ends with its last three letters, so only the few words that end with the text's
    last three are tried."""
    heads = _HEAD_ENDINGS_BY_TAIL.get(text[end - 3 : end].lower())
    return heads is not None and text[max(0, end - 12) : end].lower().endswith(heads)


_DIGIT_RUN = re.compile(r"\d\d*")  # as `\d+`, but skips in C to the next digit (see the scrubber's)


def _words_before_numbers(text: str, digit_runs: Sequence[tuple[int, int]]) -> Iterator[int]:
    """The end of each word followed by a space and a number, or by " nro " and a number: the cheap
    first pass (the full pattern runs only there). It reads the runs of digits, which the scrubber has
    found already, instead of scanning the text again: the end is before the space before each run."""
    for start, _ in digit_runs:
        if start and text[start - 1] in " \u00a0":  # " nro " ends in a space too
            if start >= 5 and text[start - 4 : start] == "nro " and text[start - 5] in " \u00a0":
                yield start - 5
            else:
                yield start - 1


def _word_starts(text: str, end: int, count: int) -> list[int]:
    """Start offsets of up to `count` words ending at or before `end`, farthest first."""
    starts, i = [], end
    for _ in range(count):
        # Usually the word runs back to the previous space, and that is checked in C; otherwise the word
        # characters are counted back one by one.
        space = text.rfind(" ", 0, i) + 1
        if text[space:i].replace("-", "").isalnum():
            i = space
        else:
            while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "-"):
                i -= 1
        starts.append(i)
        if i == 0 or text[i - 1] != " ":
            break
        i -= 1
    return starts[::-1]


def find_addresses(
    text: str, digit_runs: Sequence[tuple[int, int]] | None = None
) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every street address with a house number. `digit_runs`: the (start, end)
    of every run of digits (`\\d+`) in `text`, when the caller has them."""
    if digit_runs is None:
        digit_runs = [m.span() for m in _DIGIT_RUN.finditer(text)]
    last_end = 0
    for word_end in _words_before_numbers(text, digit_runs):
        if word_end < last_end or not _ends_with_street_word(text, word_end):
            continue
        for start in _word_starts(text, word_end, 3):
            match = _ADDRESS.match(text, start)
            if match is not None and match.end(1) == word_end:
                break
        else:
            continue
        street = match.group(1)
        if _NUMBERED_ROADS.match(street.split()[-1]):
            continue
        if _UNITS.match(text, match.end()):
            continue
        last_end = match.end()
        yield match.start(), match.end()
