"""HETU (Finnish personal identity code): every century sign, check character and real date."""

import pytest

from harvester.anonymise.text import TextScrubber


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in TextScrubber().scan(text)]


def test_hetu_with_dash_century_sign_is_detected():
    assert found("Henkilötunnus 131052-308T liitteessä.") == [("HETU", "131052-308T")]


def test_hetu_with_2023_century_sign_is_detected():
    # 010594Y9032: the 1900s sign Y introduced in 2023; 020502E5021 likewise for the 2000s.
    assert found("Tunnukset 010594Y9032 ja 020502E5021.") == [
        ("HETU", "010594Y9032"),
        ("HETU", "020502E5021"),
    ]


def test_hetu_of_the_1800s_is_detected():
    assert found("Syntynyt 010199+9997.") == [("HETU", "010199+9997")]


def test_hetu_with_wrong_check_character_and_no_word_for_a_hetu_is_not_detected():
    # after "Henkilötunnus" it is one (test_mistyped_hetu_after_a_word_that_names_the_code_is_a_hetu): its
    # first ten characters give away the real code, whose check character they decide
    assert found("Tuotekoodi 131052-308U liitteessä.") == []


def test_hetu_with_impossible_date_is_not_detected():
    # 30 February with a correct check character for its digits is still no HETU.
    digits = "300290" + "123"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(digits) % 31]
    assert found(f"Tunnus 300290-123{check}") == []


def test_hetu_inside_a_longer_code_is_not_detected():
    assert found("Viite 9131052-308T2") == []


def test_hetu_with_a_digit_check_character_is_labelled_hetu_not_phone():
    # 010190-0100 has the shape of a national phone number too (a trunk 0 and ten digits).
    assert found("Henkilötunnukseni on 010190-0100.") == [("HETU", "010190-0100")]


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])
def test_hetu_with_a_dash_variant_is_detected(dash):
    hetu = f"131052{dash}308T"
    assert found(f"Henkilötunnus {hetu} liitteessä.") == [("HETU", hetu)]


def test_hetu_with_a_zero_width_space_inside_is_detected_whole():
    hetu = "131052-\u200b308T"
    assert found(f"Tunnus {hetu} on oikea.") == [("HETU", hetu)]


def test_hetu_in_full_width_digits_is_detected():
    hetu = "１３１０５２－３０８Ｔ"
    assert found(f"Tunnus {hetu} on oikea.") == [("HETU", hetu)]


def test_hetu_with_spaces_around_its_hyphen_is_detected():
    assert found("Huoltaja 210475 - 786F.") == [("HETU", "210475 - 786F")]


@pytest.mark.parametrize(
    "text",
    ["Henkilötunnukseni on 131052-308X.", "Personnummer 131052-308X", "My personal identity code is 010190-0101"],
)
def test_mistyped_hetu_after_a_word_that_names_the_code_is_a_hetu(text):
    assert [label for label, _ in found(text)] == ["HETU"]


def test_mistyped_hetu_with_a_letter_for_its_century_is_a_hetu():
    assert found("Lapsen tunnus 010105A123K") == [("HETU", "010105A123K")]


def test_date_stamped_code_with_a_wrong_check_character_and_no_word_for_a_hetu_is_no_hetu():
    assert found("Tilausnumero 131052-308X") == []
