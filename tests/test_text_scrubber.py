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
