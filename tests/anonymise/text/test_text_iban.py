"""IBANs are verified by mod 97, spaced or not."""

from harvester.anonymise.text import TextScrubber


def ibans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextScrubber().scan(text) if s.label == "IBAN"]


def test_spaced_finnish_iban_is_detected():
    assert ibans("Tilille FI21 1234 5600 0007 85 kiitos") == ["FI21 1234 5600 0007 85"]


def test_unspaced_iban_is_detected():
    assert ibans("Tili FI2112345600000785.") == ["FI2112345600000785"]


def test_swedish_iban_is_detected():
    assert ibans("Konto SE45 5000 0000 0583 9825 7466") == ["SE45 5000 0000 0583 9825 7466"]


def test_iban_with_wrong_check_digits_is_not_detected():
    assert ibans("Tilille FI22 1234 5600 0007 85") == []
