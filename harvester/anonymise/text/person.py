"""Personal names in Finnish, Swedish and English text.

A run of capitalised words is read word by word with the lexicon (Voikko and the name lists):
- a word that can only be a name ("Virtasen", "Liisalle") is a name anywhere;
- a name that is also a common word or a place ("Anna" = give, "Toivo", "Kallio") is a name only in the
  middle of a sentence or next to another name ("Anna Virtanen"), never alone at a sentence start;
- after a first name the next capitalised word is its surname even if unknown ("Anni Sinnemäki");
- signatures, greetings, titles, role titles and introductions ("Terveisin", "Hei", "rouva",
  "apulaispormestari", "nimeni on") make the capitalised words after them names unless they are
  places, organisations or common words.
Role titles themselves, places, street names and organisations are never part of the span."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from harvester.anonymise.text.lexicon import WordInfo, word_info

_CAP = r"[A-ZÅÄÖÜÉÆØ](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
_INITIAL = r"[A-ZÅÄÖÜÉÆØ]\."
_RUN = re.compile(rf"(?<![\w@/.-])(?:{_INITIAL}[ ]?|{_CAP}[ \u00a0])*{_CAP}")
_TOKEN = re.compile(rf"{_INITIAL}|{_CAP}")

_STRONG_SIGNOFF = (
    r"ystävällisin terveisin|parhain terveisin|terveisin|terveiset|terv\.|yst\.\s?terv\.|(?<![\w.])t[.:]|"
    r"kiittäen|med vänliga hälsningar|vänliga hälsningar|bästa hälsningar|hälsningar|mvh|hälsar|"
    r"kind regards|best regards|warm regards|regards|best wishes|yours sincerely|sincerely|yours faithfully"
)
_WEAK_SIGNOFF = r"(?:kiitos|thanks|thank you|cheers|best|tack|kiitoksin)(?:[,!.]?[ \t]*\n\s*|,[ \t]*)"
_GREETING = r"(?:hei|hej|moi|moikka|terve|hello|hi|dear|hyvä|arvoisa|bästa|kära|tervehdys)[,!]?[ \t]+"
_TITLE = r"(?:herra|rouva|neiti|hra|rva|tri|dr|mr|mrs|ms|miss|prof|herr|fru|fröken|sir|madam)\.?[ \t]+"
_ROLE = (
    r"\w*(?:johtaja|päällikkö|suunnittelija|asiantuntija|sihteeri|pormestari|valtuutettu|tarkastaja|"
    r"insinööri|arkkitehti|koordinaattori|neuvoja|edustaja|ministeri|professori|rehtori|opettaja|lääkäri|"
    r"hoitaja|esimies|esihenkilö|työntekijä|virkailija|borgmästare|direktör|chef|planerare|sekreterare|"
    r"handläggare|mayor|director|manager|planner|officer|councillor|secretary|coordinator|inspector|"
    r"engineer|architect)(?:n|t)?[ \t]+"
)
_INTRO = (
    r"(?:nimeni on|olen|my name is|i am|i'm|jag heter|mitt namn är|jag är|yhteyshenkilö|yhteyshenkilönä|"
    r"kontaktperson|contact person|käsittelijä|lähettäjä|avsändare|sender|allekirjoittanut|nimi|namn|name|"
    r"ilmoittaja|kirjoittaja|vastaaja|asiakas|signed)[:,]?[ \t]+"
)
_TRIGGER = re.compile(
    rf"(?<![\w])(?:(?:{_STRONG_SIGNOFF})[,!:]?\s+|{_WEAK_SIGNOFF}|{_GREETING}|{_TITLE}|{_ROLE}|{_INTRO})"
    r"|(?:^|\n)[ \t]*[-–—]{1,2}[ \t]?",
    re.IGNORECASE,
)
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
    __slots__ = ("start", "end", "word", "info", "initial", "acronym", "context")

    def __init__(self, start: int, end: int, word: str, context: bool) -> None:
        self.start, self.end, self.word, self.context = start, end, word, context
        self.initial = len(word) == 2 and word.endswith(".")
        self.acronym = not self.initial and len(word) > 1 and word.isupper()
        self.info = WordInfo() if self.initial or self.acronym else word_info(word)

    @property
    def personal(self) -> bool:
        """Could stand in a person's name: a name, or a word no lexicon knows (a foreign name)."""
        info = self.info
        return not self.acronym and not self.initial and (info.name or not info.known)

    @property
    def place_only(self) -> bool:
        return self.info.place and not self.info.name


def _accepted(tokens: Sequence[_Token], i: int, sentence_start: bool, foreign: bool) -> bool:
    token = tokens[i]
    info = token.info
    if token.context:
        return token.personal and not token.place_only and not (info.common and not info.name)
    if not info.name or token.acronym or token.place_only:
        return False
    if info.strong:
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and not tokens[j].initial:
            other = tokens[j].info
            if other.strong or tokens[j].context and tokens[j].personal:
                # Only the last part of a Finnish full name inflects: "Anna Virtaselle", not "Toivon Matti".
                return j > i and info.nominative or j < i
    if sentence_start or info.place or info.ambiguous_name:
        return False
    return not (foreign and not info.nominative)


def _extend_right(tokens: Sequence[_Token], last: int) -> int:
    """A first name (or a word after a signature) in its basic form is followed by its surname, known or
    not ("Anni Sinnemäki"), unless that word is a place in a case form ("Liisa Helsingistä")."""
    token = tokens[last]
    if last + 1 >= len(tokens) or not (token.info.first_name or token.context) or not token.info.nominative:
        return last
    nxt = tokens[last + 1]
    if nxt.acronym or nxt.initial or (nxt.place_only and nxt.word.endswith(_LOCATIVE)):
        return last
    return last + 1


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


def find_persons(
    text: str, blocked: Sequence[tuple[int, int]] = (), lang: str | None = None
) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every personal name; words inside `blocked` ranges (e-mails, URLs,
    addresses already found) are not looked at."""
    triggers = {m.end() for m in _TRIGGER.finditer(text)}
    foreign = lang in ("sv", "en")
    for run in _RUN.finditer(text):
        tokens = [
            _Token(m.start(), m.end(), m.group(), run.start() + m.start() in triggers)
            for m in _TOKEN.finditer(run.group())
        ]
        for token in tokens:
            token.start += run.start()
            token.end += run.start()
        if blocked:
            tokens = [t for t in tokens if not any(s < t.end and t.start < e for s, e in blocked)]
        if not tokens:
            continue
        first_starts_sentence = _starts_sentence(text, tokens[0].start)
        accepted = [
            _accepted(tokens, i, first_starts_sentence and i == 0, foreign) for i in range(len(tokens))
        ]
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
                tokens[first - 1].personal and not tokens[first - 1].info.known and tokens[first].info.surname
            )):  # fmt: skip
                first -= 1
            yield tokens[first].start, tokens[last].end
            i = last + 1
