"""Finnish registration plates."""

from harvester.anonymise.text import TextScrubber


def plates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextScrubber().scan(text) if s.label == "PLATE"]


def test_three_letter_plate_is_detected():
    assert plates("Auto ABC-123 on pysäköity väärin.") == ["ABC-123"]


def test_two_letter_plate_is_detected():
    assert plates("Mopo XY-12 kaatui.") == ["XY-12"]


def test_plate_without_dash_after_registration_word_is_detected():
    assert plates("rekisterinumero KLM123 on ollut paikalla viikon") == ["KLM123"]


def test_plate_like_abbreviation_is_not_a_plate():
    assert plates("EU-2 ja HSL-12 sekä PM-2.5 arvot") == []


def test_letters_and_digits_without_dash_or_context_are_not_a_plate():
    assert plates("Linja ABC123 ja koodi E12") == []
