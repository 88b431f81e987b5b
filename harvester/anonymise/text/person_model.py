"""A trained second opinion on runs of capitalised words: a linear-chain CRF (CRFsuite) that reads each
word of a run with its lexicon readings, its suffixes, the words around the run and the rule detector's own
decision, and labels it P (part of a person's name) or O.

Why: the rules in `person/` are precise on feedback (signatures, greetings, titles) but in running
Finnish prose miss names that no lexicon knows ("Simonides", "Hypatialle") and names that are also common
words. The model is trained on the Turku NER corpus (train split; `scripts/train_person_model.py`
rebuilds it) and shipped as `data/person_crf.bin`. It is derived from that corpus, so the model file is
licensed CC BY-SA 4.0 and credits Luoma et al., "A Broad-coverage Corpus for Finnish Named Entity
Recognition", LREC 2020 (see data/SOURCES.md).

Cost: the model runs only on runs the fast pass already picked out (a word that could be a name) and its
decision is remembered per run and context, so repeated texts cost a lookup."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

from harvester.anonymise.text.lexicon import word_info

log = logging.getLogger(__name__)

MODEL_FILE = "person_crf.bin"

# A letter that starts a word: no letter, digit or hyphen before it (the test of `written_in_lower_case`).
_WORD_START = re.compile(r"(?<![^\W_])(?<!-)[^\W\d_]")
_LONG_TEXT = 20_000
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»–—…•"


def _split_punct(token: str, take_last: bool) -> str:
    """A context token as a feature: its punctuation at the side facing the run, else the word, lower case."""
    if not token:
        return "<none>"
    if take_last:
        if not token[-1].isalnum():
            return token[-1]
    elif not token[0].isalnum():
        return token[0]
    return token.strip(_PUNCTUATION).lower()[:20]


def _context(text: str, start: int, end: int) -> tuple[str, str, str, str, bool]:
    """Two tokens before and after a run (punctuation facing the run stands for the token), and whether a
    line break precedes it. Tokens are read within 60 characters either side."""
    before = text[max(0, start - 60) : start]
    tokens = before.split()
    if not tokens:
        prev1 = prev2 = "<bos>"
    else:
        prev1 = _split_punct(tokens[-1], True)
        prev2 = _split_punct(tokens[-2], True) if len(tokens) > 1 else "<none>"
    after = text[end : end + 60].split(None, 2)
    next1 = _split_punct(after[0], False) if after else "<eos>"
    next2 = _split_punct(after[1], False) if len(after) > 1 else "<eos>"
    stripped = before.rstrip(" \t\u00a0")
    broken = not stripped or stripped.endswith("\n")
    return prev1, prev2, next1, next2, broken


@lru_cache(maxsize=200_000)
def _word_features(word: str) -> tuple[str, ...]:
    """The features of a word that do not depend on where it stands (cached)."""
    info = word_info(word)
    lower = word.lower()
    feats = [
        "w=" + lower,
        "s2=" + lower[-2:],
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
        "p3=" + lower[:3],
    ]
    if len(word) == 2 and word[1] == ".":
        feats.append("initial")
    elif word.isupper() and len(word) > 1:
        feats.append("upper")
    if "-" in word:
        feats.append("hyphen")
    if len(word) <= 3:
        feats.append("short")
    for flag in ("first_name", "surname", "place", "common", "known", "nominative", "ambiguous_name", "listed"):
        if getattr(info, flag):
            feats.append(flag)
    if info.strong:
        feats.append("strong")
    if not info.known:
        feats.append("unknown")
    return tuple(feats)


def stem(word: str) -> str:
    """The first five letters, lower case: enough to tie the case forms of one name ("Simonides",
    "Simonideelle") within a text."""
    return word[:5].lower()


class Document:
    """What the other runs of the same text say about a word: its stem stands in the middle of a sentence,
    or in a name the rules found. Counted per occurrence, so a word's own occurrence can be left out."""

    __slots__ = ("mid", "rule", "text", "_lower", "_starts")

    def __init__(self, text: str) -> None:
        self.mid: dict[str, int] = {}
        self.rule: dict[str, int] = {}
        self.text = text
        self._lower: dict[str, bool] = {}
        self._starts: set[str] | None = None

    def written_in_lower_case(self, key: str) -> bool:
        """Whether a word of the text starts with `key` in lower case: then the capitalised word is more
        likely a common word at a sentence start ("Lintu" ... "lintu") than a name. Remembered per key,
        so that a long text is searched once per stem."""
        known = self._lower.get(key)
        if known is not None:
            return known
        text = self.text
        if len(text) > _LONG_TEXT:
            if self._starts is None:  # one pass instead of a search of the whole text per stem
                starts = self._starts = set()
                for match in _WORD_START.finditer(text):
                    at = match.start()
                    starts.add(text[at : at + 4])
                    starts.add(text[at : at + 5])
            found = self._lower[key] = key in self._starts
            return found
        at = text.find(key)
        found = False
        while at >= 0:
            if not at or not (text[at - 1].isalnum() or text[at - 1] == "-"):
                found = True
                break
            at = text.find(key, at + 1)
        self._lower[key] = found
        return found

    def add(self, words: Sequence[tuple[int, str]], rule_tokens: Sequence[bool], sentence_start: bool) -> None:
        for i, (_, word) in enumerate(words):
            if len(word) < 4 or word[1] == ".":
                continue
            key = stem(word)
            if i or not sentence_start:
                self.mid[key] = self.mid.get(key, 0) + 1
            if rule_tokens[i]:
                self.rule[key] = self.rule.get(key, 0) + 1

    def features(self, word: str, own_mid: bool, own_rule: bool) -> list[str]:
        if len(word) < 4:
            return []
        key = stem(word)
        feats = []
        if self.mid.get(key, 0) > own_mid:
            feats.append("doc_mid")
        if self.rule.get(key, 0) > own_rule:
            feats.append("doc_rule")
        if self.written_in_lower_case(key):
            feats.append("doc_lower")
        return feats


def run_features(
    text: str,
    words: Sequence[tuple[int, str]],
    rule_tokens: Sequence[bool],
    sentence_start: bool,
    document: Document | None = None,
) -> list[list[str]]:
    """The CRF features of each word of a run: its own, its neighbours' in the run, the context around the
    run, the rule detector's decision (`rule_tokens`: the word is in a name the rules found) and what the
    rest of the text says about it (`document`)."""
    end = words[-1][0] + len(words[-1][1])
    prev1, prev2, next1, next2, broken = _context(text, words[0][0], end)
    own = [_word_features(word) for _, word in words]
    count = len(words)
    sequence = []
    for i in range(count):
        feats = list(own[i])
        if i == 0:
            feats += ["first", "prev=" + prev1, "prev2=" + prev2, "prevs3=" + prev1[-3:]]
            if sentence_start:
                feats.append("sent_start")
            if broken:
                feats.append("line_start")
        else:
            feats += ["-1:" + f for f in own[i - 1] if not f.startswith(("s2=", "p3="))]
        if i == count - 1:
            feats += ["last", "next=" + next1, "next2=" + next2, "nexts3=" + next1[-3:]]
        else:
            feats += ["+1:" + f for f in own[i + 1] if not f.startswith(("s2=", "p3="))]
        if count == 1:
            feats.append("alone")
        if rule_tokens[i]:
            feats.append("rule")
        if document is not None:
            feats += document.features(words[i][1], bool(i or not sentence_start), rule_tokens[i])
        sequence.append(feats)
    return sequence


@cache
def _model_bytes() -> bytes | None:
    """The shipped CRF file, or None when python-crfsuite or the file is missing (the rules then work
    alone)."""
    try:
        import pycrfsuite  # noqa: F401
    except ImportError as exc:
        log.warning("python-crfsuite is not installed (%s); person names are found by the rules only", exc)
        return None
    try:
        return resources.files(__package__).joinpath("data", MODEL_FILE).read_bytes()
    except OSError as exc:
        log.warning("the person model %s cannot be read (%s); rules only", MODEL_FILE, exc)
        return None


_LOCAL = threading.local()


def _tagger():  # type: ignore[no-untyped-def]
    """This thread's CRF tagger (a tagger holds the sequence it was last given, so threads, e.g. jobs run
    side by side by the scheduler, each have their own), or None without a model."""
    tagger = getattr(_LOCAL, "tagger", None)
    if tagger is None:
        data = _model_bytes()
        if data is None:
            return None
        import pycrfsuite

        tagger = _LOCAL.tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(data)
    return tagger


def model_available() -> bool:
    return _model_bytes() is not None


_DECISIONS: dict[tuple[object, ...], tuple[float, ...]] = {}

# The marginal probability of P above which a word is taken for part of a name: chosen by 3-fold
# cross-validation on Turku NER train (scripts/train_person_model.py --cv 3 --threshold T), where 0.35
# gave the model alone precision 0.874 / recall 0.741 and 0.5 gave 0.893 / 0.712.
THRESHOLD = 0.35
# A one-word name the rules found without a cue is dropped when the model gives it less than this: in
# the same cross-validation precision 0.850 -> 0.866 at recall 0.753 -> 0.751 (`--veto 0.15`).
VETO = 0.15
# Below this, a word the model leans towards calling a name is reported as uncertain.
UNCERTAIN = 0.15


def tag_run(
    text: str,
    words: Sequence[tuple[int, str]],
    rule_tokens: Sequence[bool],
    sentence_start: bool,
    document: Document,
) -> tuple[float, ...] | None:
    """The model's probability, for each word of a run, that it is part of a person's name; None without
    a model. Remembered per run, context, rule decision and what the rest of the text says of its words."""
    tagger = _tagger()
    if tagger is None:
        return None
    end = words[-1][0] + len(words[-1][1])
    context = _context(text, words[0][0], end)
    doc = tuple(
        tuple(document.features(word, bool(i or not sentence_start), rule_tokens[i]))
        for i, (_, word) in enumerate(words)
    )
    key = (tuple(w for _, w in words), tuple(rule_tokens), sentence_start, context, doc)
    known = _DECISIONS.get(key)
    if known is not None:
        return known
    tagger.set(run_features(text, words, rule_tokens, sentence_start, document))
    marginals = tuple(tagger.marginal("P", i) for i in range(len(words)))
    if len(_DECISIONS) < 100_000:
        _DECISIONS[key] = marginals
    return marginals
