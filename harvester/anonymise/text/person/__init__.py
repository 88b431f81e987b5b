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
`find_uncertain_persons` lists what is left uncertain, for the `hold_uncertain` policy.

The passes live in modules by what they read: `words` (the vocabulary of cues and how one word reads),
`runs` (runs of capitalised words decided by the rules, the model and contacts beside them), `signatures`
(sign-offs, initials, handles and lists of names), `relations` (kin, roles, titles, neighbours, ages),
`conversation` (who said, asked, wrote or was thanked, in threads), `lower_case` (names written without
capitals), `contacts` (names beside a phone number or e-mail address), `completion` (a name made whole,
and found again elsewhere in the text) and `vetoes` (capitalised words that name no person: famous people,
units, rooms, pets, brands, companies). `_candidates` below runs them in order."""

from __future__ import annotations

from collections.abc import (
    Iterable,
    Sequence,
)

from harvester.anonymise.text.person.completion import (
    _completed_names,
    _names_found_again,
    _whole_names,
    _widened_names,
    _with_hyphened_initials,
)
from harvester.anonymise.text.person.contacts import (
    _inverted_names_after_a_label,
    _names_by_a_contact,
)
from harvester.anonymise.text.person.conversation import (
    _ASKED_SV,
    _REPLY_STEMS,
    _THREAD_STEMS,
    _first_names_thanked_or_addressed,
    _names_asked_or_told,
    _names_before_a_saying_verb,
    _names_before_here,
    _names_from_a_group,
    _names_in_a_thread,
    _names_introduced,
    _names_replied_to,
    _names_told_or_asked,
    _paired_first_names,
    _quoted_writers,
    _speakers_and_mentions,
    _unknown_subjects,
)
from harvester.anonymise.text.person.lower_case import (
    _capitals_as_names,
    _lower_case_full_names,
    _lower_case_names,
    _lower_case_names_before_an_english_verb,
    _lower_case_names_completed_by_a_contact,
    _lower_case_names_in_a_list,
    _lower_case_signature,
    _written_in_lower_case,
)
from harvester.anonymise.text.person.relations import (
    _KEY_STEMS,
    _NEXT_DOOR_STEMS,
    _RELATION_WORDS,
    _TITLE_WORDS,
    _WITH_ME_STEMS,
    _aliases,
    _first_names_in_brackets,
    _key_holders,
    _names_after_a_relation,
    _names_before_a_personal_pronoun,
    _names_before_a_role,
    _names_before_an_age,
    _names_before_kin,
    _names_before_their_kin,
    _names_before_who_they_are,
    _names_from_next_door,
    _names_from_somewhere_before_a_verb,
    _names_hyphened_to_kin,
    _names_name_word,
    _names_then_a_relation,
    _surnames_after_a_title,
)
from harvester.anonymise.text.person.runs import (
    _found_in,
    _unknown_full_names,
)
from harvester.anonymise.text.person.signatures import (
    _MAIL_APP_FOOTER,
    _NICKNAME_STEMS,
    _before_trailing_contacts,
    _double_names_and_user_names,
    _glued_sign_offs,
    _initials_that_sign_the_text,
    _name_that_ends_the_text,
    _names_dating_a_comment,
    _names_listed_after_a_heading,
    _names_listed_under_a_heading,
    _names_with_a_colon_ending,
    _nicknames,
)
from harvester.anonymise.text.person.vetoes import (
    _COMPANY_AFTER,
    _LEGAL_FORMS,
    _famous_name,
    _may_name_a_company,
    _names_a_brand,
    _names_a_month,
    _names_a_resident_of_a_place,
    _names_a_room_a_pet_or_a_car,
    _names_a_unit,
    _swedish_imperative,
)


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
    if text.count(", ") >= 2:
        _add_where_free(found, _lower_case_names_in_a_list(text), blocked)
    if lower_case_text:
        _add_where_free(found, _lower_case_names(text, english=lang == "en"), blocked)
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
    if ":" in text and any(stem in text for stem in _REPLY_STEMS):
        _add_where_free(found, _names_replied_to(text), blocked)
    if any(stem in text for stem in _NEXT_DOOR_STEMS):
        _add_where_free(found, _names_from_next_door(text), blocked)
    if any(stem in text for stem in _KEY_STEMS):
        _add_where_free(found, _key_holders(text), blocked)
    if lang in (None, "fi") and ("sta " in text or "stä " in text):
        _add_where_free(found, _names_from_somewhere_before_a_verb(text), blocked)
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
    found = _with_whole_names(found, _names_by_a_contact(text, blocked, found), blocked)  # "Enqvist Gustav <gustav.enqvist@...>"
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
                or _names_a_month(text, span[0], span[1])
                or _names_a_resident_of_a_place(text, span[0], span[1])
                or _famous_name(text, span[0], span[1])
                or _names_a_room_a_pet_or_a_car(text, span[0], span[1])
                or _names_a_brand(text, span[0], span[1])
                or lang == "sv" and _swedish_imperative(text, span[0], span[1])
            )
        ]
        found = _whole_names(text, found, blocked)
        if "-" in text:
            found = [_with_hyphened_initials(text, span) for span in found]
        found = _widened_names(text, found)
    return found
