"""The public API: scan gives sorted, non-overlapping spans; redact puts the label in their place."""

import pytest

from harvester.anonymise.text import Span, TextScrubber


def test_redact_replaces_each_datum_with_its_label():
    text = "Soita 040 123 4567 tai kirjoita liisa@example.com. t. Liisa"
    assert TextScrubber().redact(text, "fi") == "Soita [PHONE] tai kirjoita [EMAIL]. t. [PERSON]"


def test_scan_returns_python_string_offsets():
    text = "Hääpäivä: soita 040 123 4567"
    assert TextScrubber().scan(text) == [Span(16, 28, "PHONE")]


def test_text_without_personal_data_is_unchanged():
    text = (
        "Kaupunkisuunnittelulautakunta hyväksyi ohjeen 15.12.2015; hinta 2,80 €, vuonna 2019 240 000 tuntia."
    )
    assert TextScrubber().redact(text, "fi") == text


def test_empty_text_has_no_spans():
    assert TextScrubber().scan("") == []


def test_overlapping_findings_keep_the_longer_span():
    text = "Asun Fleminginkatu 12 b 3"
    assert [s.label for s in TextScrubber().scan(text)] == ["ADDRESS"]


def test_a_repeated_text_gives_the_same_spans_even_after_the_caller_changed_the_first_list():
    scrubber = TextScrubber()
    text = "Soita 040 123 4567. t. Liisa"
    first = scrubber.scan(text, "fi")
    expected = list(first)
    first.clear()
    assert scrubber.scan(text, "fi") == expected


def test_the_language_hint_is_part_of_what_is_remembered():
    scrubber = TextScrubber()
    text = (
        "Puhuin eilen Liisalle asiakaspalvelussa."  # an inflected Finnish name: a name only in Finnish text
    )
    assert scrubber.scan(text, "fi") == [Span(13, 21, "PERSON")]
    assert scrubber.scan(text, "en") == []


def test_a_scrubber_without_a_cache_finds_the_same_spans():
    text = "Terveisin Matti Virtanen, p. 09 310 12345, matti.virtanen@hel.fi"
    assert TextScrubber(cache_size=0).scan(text, "fi") == TextScrubber().scan(text, "fi")


def _texts_with_personal_data() -> list[str]:
    """The labelled development set, and the free texts of generated feedback (planted data included)."""
    import json
    from datetime import UTC, datetime
    from pathlib import Path

    from harvester.testing.replicas.open311_data import iter_requests

    dev = Path(__file__).resolve().parents[2] / "data" / "pii" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines()]
    end = datetime(2026, 11, 1, tzinfo=UTC)
    for raw in iter_requests(2000, 3, datetime(2024, 1, 1, tzinfo=UTC), end, planted={}):
        texts += [raw.get("description") or "", raw.get("status_notes") or "", raw.get("address") or ""]
    return texts


def test_the_scrubber_skips_a_detector_only_where_that_detector_finds_nothing():
    """The scrubber runs a detector only when a cheap look at the text says it could match; that look
    must never say no where the detector itself would have found something (personal data would pass)."""
    from harvester.anonymise import text as scrubber

    checked = 0
    for text in _texts_with_personal_data():
        runs = [m.span() for m in scrubber._DIGIT_RUN.finditer(text)]
        possible = scrubber._possible_digit_labels(text, runs) if runs else set()
        for label, detect in scrubber._DIGIT_DETECTORS:
            if list(detect(text)):
                checked += 1
                assert label in possible, (label, text)
        if list(scrubber.find_emails(text)):
            checked += 1
            assert scrubber._may_hold_an_email(text), text
    assert checked > 500


def test_a_field_value_is_redacted_as_text_is_and_any_other_value_is_left_as_it_is():
    """The field policy scrubs through `redact_value`, a copy of `redact` for any value: they must agree."""
    scrubber, uncached = TextScrubber(), TextScrubber(cache_size=0)
    long_text = "Terveisin Matti Virtanen, p. 09 310 12345. " * 60  # longer than what is remembered
    for text in ("Soita 040 123 4567. t. Liisa", "Ei henkilötietoja.", "", long_text):
        assert scrubber.redact_value(text) == uncached.redact_value(text) == scrubber.redact(text)
    assert scrubber.redact_value(long_text) != long_text
    for value in (None, 12, 3.5, ["Soita 040 123 4567"]):
        assert scrubber.redact_value(value) is value


# ---- text written to slip past: detected on a folded copy, spans mapped back to the original


def _found(text: str, lang: str | None = "fi") -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in TextScrubber().scan(text, lang)]


def test_a_zero_width_space_inside_a_name_is_inside_the_span():
    assert _found("Terveisin Mat\u200bti Virtanen") == [("PERSON", "Mat\u200bti Virtanen")]


def test_a_zero_width_space_inside_a_phone_number_is_inside_the_span():
    assert _found("Soita 040\u200b1234567 iltaisin.") == [("PHONE", "040\u200b1234567")]


def test_a_soft_hyphen_inside_a_phone_number_is_inside_the_span():
    assert _found("Soita 040 123\u00ad4567 iltaisin.") == [("PHONE", "040 123\u00ad4567")]


def test_a_word_joiner_and_a_zero_width_joiner_inside_a_name_are_inside_the_span():
    assert _found("Terveisin Matti Vir\u2060ta\u200dnen") == [("PERSON", "Matti Vir\u2060ta\u200dnen")]


def test_full_width_digits_of_a_phone_number_are_detected():
    assert _found("Soita ０４０ １２３ ４５６７ heti.") == [("PHONE", "０４０ １２３ ４５６７")]


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])
def test_a_plate_with_a_dash_variant_is_detected(dash):
    assert _found(f"Kadulla seisoo ABC{dash}123 jo viikon.") == [("PLATE", f"ABC{dash}123")]


def test_a_name_written_with_combining_marks_is_detected():
    text = "Terveisin Matti Ma\u0308kinen"  # ä as a plus a combining diaeresis, as macOS writes it
    assert _found(text) == [("PERSON", "Matti Ma\u0308kinen")]


def test_spans_after_a_character_that_folds_to_several_are_mapped_back():
    # "ﬁ" (one character) folds to "fi" (two) and "…" to "...": every later offset moves in the copy.
    text = "Tiedosto ﬁlmi… soita 040 123 4567"
    assert TextScrubber().scan(text) == [Span(21, 33, "PHONE")]


def test_an_e_mail_address_written_with_a_space_after_each_character_is_detected_whole():
    text = "Vastaus s-postiin m a i j a . l e h t o @ g m a i l . c o m kiitos"
    assert _found(text) == [("EMAIL", "m a i j a . l e h t o @ g m a i l . c o m")]


def test_a_phone_number_written_with_a_space_after_each_digit_is_detected_whole():
    assert _found("Kontakta henne via mig: 0 4 0 - 8 8 1 2 3 4 5", "sv") == [("PHONE", "0 4 0 - 8 8 1 2 3 4 5")]


def test_a_letter_spaced_name_after_a_comma_is_read_as_two_words():
    text = "Ilmoittajan nimi: V i r t a n e n, S i r p a"
    assert _found(text) == [("PERSON", "V i r t a n e n"), ("PERSON", "S i r p a")]


def test_letter_spacing_and_a_zero_width_space_together_are_mapped_back():
    text = "Soita heti 0\u200b4 0 1 2 3 4 5 6 7 kiitos"
    assert _found(text) == [("PHONE", "0\u200b4 0 1 2 3 4 5 6 7")]


def test_four_single_characters_are_no_letter_spacing():
    assert TextScrubber().redact("Luokat a b c d ovat valmiit.") == "Luokat a b c d ovat valmiit."


def test_spans_after_removed_format_characters_are_mapped_back():
    text = "\u200b\u200b\u200bSoita 040 123 4567"
    assert TextScrubber().scan(text) == [Span(9, 21, "PHONE")]


def test_redaction_replaces_the_whole_obfuscated_datum_in_the_original():
    text = "Soita 040\u200b123\u200b4567 tai ｍａｔｔｉ＠ｅｘａｍｐｌｅ．ｆｉ"
    assert TextScrubber().redact(text, "fi") == "Soita [PHONE] tai [EMAIL]"


def test_text_around_an_obfuscated_datum_is_kept_as_written():
    text = "Hinta ２０ €\u00a0– soita 040\u200b1234567"
    assert TextScrubber().redact(text, "fi") == "Hinta ２０ €\u00a0– soita [PHONE]"


def test_plain_and_already_normalised_text_is_not_copied():
    from harvester.anonymise.text import _fold

    assert _fold("Soita 040 123 4567") is None
    assert _fold("Hämeentiellä on kuoppa, terveisin Åsa Öhman") is None


def test_text_whose_only_change_is_a_dash_keeps_its_offsets():
    from harvester.anonymise.text import _fold

    assert _fold("Auki 10.00–18.00") == "Auki 10.00-18.00"


def test_the_format_characters_removed_are_every_unicode_cf_character():
    import sys
    import unicodedata

    from harvester.anonymise.text import _FORMAT

    missing = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and not _FORMAT.match(chr(code))
    ]
    assert missing == []


# ---- how many values were redacted, per label (for the run report)


def test_redact_counts_the_values_it_replaced_per_label():
    scrubber = TextScrubber()
    scrubber.redact("Soita 040 123 4567 tai 050 765 4321. t. Liisa", "fi")
    assert scrubber.redaction_counts == {"PHONE": 2, "PERSON": 1}


def test_a_repeated_text_is_counted_again_though_its_redaction_was_remembered():
    scrubber = TextScrubber()
    for _ in range(3):
        scrubber.redact_value("Soita 040 123 4567.")
    assert scrubber.redaction_counts == {"PHONE": 3}


def test_a_long_text_that_is_not_remembered_is_counted_too():
    scrubber = TextScrubber()
    scrubber.redact_value("Soita 040 123 4567. " * 200)
    assert scrubber.redaction_counts == {"PHONE": 200}


def test_redact_with_counts_gives_the_text_and_its_own_counts():
    scrubber = TextScrubber()
    scrubber.redact("Soita 040 123 4567.")
    redacted, counts = scrubber.redact_with_counts("Kirjoita liisa@example.com tai soita 050 765 4321.")
    assert redacted == "Kirjoita [EMAIL] tai soita [PHONE]."
    assert counts == {"EMAIL": 1, "PHONE": 1}
    assert scrubber.redaction_counts == {"PHONE": 2, "EMAIL": 1}


def test_taking_the_counts_starts_them_again_from_zero():
    scrubber = TextScrubber()
    scrubber.redact("Soita 040 123 4567.")
    assert scrubber.take_redaction_counts() == {"PHONE": 1}
    assert scrubber.redaction_counts == {}
    scrubber.redact("Soita 040 123 4567.")
    assert scrubber.take_redaction_counts() == {"PHONE": 1}


def test_scanning_counts_nothing():
    scrubber = TextScrubber()
    scrubber.scan("Soita 040 123 4567.")
    assert scrubber.redaction_counts == {}


def test_a_field_policy_scrubbing_through_a_scrubber_leaves_its_counts_there():
    from harvester.anonymise.policy import FieldPolicy

    scrubber = TextScrubber()
    policy = FieldPolicy("feedback", {"id": "keep", "description": "scrub"}, key=None, scrubber=scrubber)
    for row in ({"id": 1, "description": "Soita 040 123 4567"}, {"id": 2, "description": "auto abc-123 taas"}):
        policy.apply(row)
    assert scrubber.take_redaction_counts() == {"PHONE": 1, "PLATE": 1}


def test_a_variation_selector_and_a_combining_grapheme_joiner_inside_data_are_inside_the_spans():
    assert _found("Terveisin Mat\u034fti Virtanen, soita 040\ufe0f1234567") == [
        ("PERSON", "Mat\u034fti Virtanen"),
        ("PHONE", "040\ufe0f1234567"),
    ]
