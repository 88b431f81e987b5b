"""Runs of capitalised words decided word by word: by the rules, then the person model, then a phone
number or e-mail address beside them; and the weaker reading of an unknown full name, run last."""

from __future__ import annotations

import re
from collections.abc import (
    Iterator,
    Sequence,
)
from functools import lru_cache

from harvester.anonymise.text import person_model
from harvester.anonymise.text.lexicon import (
    english_words,
    is_hyphenated_east_asian_given_name,
    swedish_words,
    word_info,
)
from harvester.anonymise.text.person.words import (
    _ABBREVIATIONS,
    _CAPITAL,
    _FUNCTION_WORDS,
    _LOCATIVE,
    _NAMED_PLACE_AFTER,
    _PLACE_CASE,
    _PLACE_NOUNS,
    _RUN,
    _RUN_PERSONAL,
    _accepted,
    _after_trigger,
    _could_be_personal,
    _ends_with_a_role,
    _extend_right,
    _facts,
    _is_cue,
    _run_is_personal,
    _slash_signature,
    _starts_sentence,
    _Token,
)


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
    tokens = [_Token(text, start, word, i, reads, foreign) for i, (start, word) in enumerate(words)]
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
