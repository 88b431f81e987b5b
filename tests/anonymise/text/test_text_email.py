"""E-mail addresses, including common obfuscations."""

import pytest

from harvester.anonymise.text import TextScrubber


def emails(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextScrubber().scan(text) if s.label == "EMAIL"]


def test_email_address_is_detected():
    assert emails("Vastaus osoitteeseen matti.meikalainen@example.com, kiitos.") == [
        "matti.meikalainen@example.com"
    ]


def test_email_with_subdomain_and_plus_is_detected():
    assert emails("to: anna+hel@mail.kolumbus.fi.") == ["anna+hel@mail.kolumbus.fi"]


def test_obfuscated_email_with_at_in_parentheses_is_detected():
    assert emails("Kirjoita liisa.virtanen(at)hel.fi") == ["liisa.virtanen(at)hel.fi"]


def test_url_is_not_an_email():
    assert emails("Katso https://www.hel.fi/fi/palaute ja www.hel.fi.") == []


def test_email_in_full_width_letters_is_detected_whole():
    address = "ｍａｔｔｉ＠ｅｘａｍｐｌｅ．ｆｉ"
    assert emails(f"Kirjoita {address} kautta.") == [address]


def test_email_with_a_zero_width_space_inside_is_detected_whole():
    address = "matti.virtanen@\u200bexample.fi"
    assert emails(f"Osoite {address} toimii.") == [address]


@pytest.mark.parametrize(
    "address", ["aminawarsame at hotmail dot com", "eero.makela ät gmail.com", "x.y AT kolumbus PISTE fi"]
)
def test_address_spelled_out_to_slip_past_robots_is_an_email(address):
    assert emails(f"Vastaukset osoitteeseen {address} kiitos") == [address]


@pytest.mark.parametrize("text", ["we arrive at 10. com", "arrived at Helsinki.fi office", "I am at home dot com"])
def test_prose_with_at_and_a_domain_like_word_is_no_email(text):
    assert emails(text) == []


def test_space_slipped_before_the_dot_of_the_domain_is_part_of_the_address():
    assert emails("teemu.makela@gmail .com please") == ["teemu.makela@gmail .com"]


def test_address_with_at_and_dot_written_in_brackets_is_an_email():
    assert emails("Ota yhteyttä: kalle [at] kallenpyorapaja [dot] fi (roskapostin takia)") == [
        "kalle [at] kallenpyorapaja [dot] fi"
    ]


def test_address_with_the_swedish_word_for_the_at_sign_is_an_email():
    text = "Tom Wallin tom.wallin snabel-a saunalahti.fi"
    assert [text[s.start : s.end] for s in TextScrubber().scan(text, "sv") if s.label == "EMAIL"] == [
        "tom.wallin snabel-a saunalahti.fi"
    ]


@pytest.mark.parametrize(
    "address",
    ["tuomas piste nieminen at outlook piste com", "henrik punkt ekholm snabel-a gmail punkt com",
     "james dot whitfield at protonmail dot com"],
)
def test_a_spelled_out_address_whose_mailbox_dots_are_spelled_too_is_detected_whole(address):
    assert emails(f"Vastaa osoitteeseen {address} kiitos") == [address]
