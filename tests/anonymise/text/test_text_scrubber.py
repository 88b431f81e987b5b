"""The public API: scan gives sorted, non-overlapping spans; redact puts the label in their place."""

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
            assert "@" in text or "(" in text or "[" in text, text
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
