"""IBANs are verified by mod 97, spaced or not."""

import pytest

from harvester.anonymise.text import TextScrubber


def ibans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextScrubber().scan(text) if s.label == "IBAN"]


def test_spaced_finnish_iban_is_detected():
    assert ibans("Tilille FI21 1234 5600 0007 85 kiitos") == ["FI21 1234 5600 0007 85"]


def test_unspaced_iban_is_detected():
    assert ibans("Tili FI2112345600000785.") == ["FI2112345600000785"]


def test_swedish_iban_is_detected():
    assert ibans("Konto SE45 5000 0000 0583 9825 7466") == ["SE45 5000 0000 0583 9825 7466"]


def test_finnish_iban_with_wrong_check_digits_is_still_an_account():
    assert ibans("Tilille FI22 1234 5600 0007 85") == ["FI22 1234 5600 0007 85"]


def test_finnish_iban_with_wrong_check_digits_needs_no_account_word():
    assert ibans("Palautus: FI12 3456 7890 1234 56, kiitos") == ["FI12 3456 7890 1234 56"]


def test_foreign_iban_with_wrong_check_digits_after_an_account_word_is_detected():
    assert ibans("Kontonummer SE12 5000 0000 0583 9825 7466") == ["SE12 5000 0000 0583 9825 7466"]


def test_foreign_iban_with_wrong_check_digits_and_no_account_word_is_not_detected():
    assert ibans("Koodi SE12 5000 0000 0583 9825 7466") == []


def test_finnish_code_with_letters_in_its_account_part_and_wrong_check_is_not_detected():
    assert ibans("Tuote FI22 ABCD EFGH IJKL MN") == []


def test_lower_case_iban_is_detected():
    assert ibans("tilille fi21 1234 5600 0007 85 kiitos") == ["fi21 1234 5600 0007 85"]


@pytest.mark.parametrize(
    "iban",
    ["FI2112 3456 0000 0785", "FI21 123456 00000785", "FI 21 1234 5600 0007 85", "FI21  1234  5600  0007  85",
     "FI211234 56000007 85", "fi21 12 34 56 00 00 07 85"],
)  # fmt: skip
def test_iban_in_an_irregular_grouping_is_detected(iban):
    assert ibans(f"Maksakaa tilille {iban} kiitos") == [iban]


def test_word_after_an_unspaced_iban_is_not_part_of_it():
    assert ibans("Tili FI2112345600000785 on oikea") == ["FI2112345600000785"]


def test_iban_found_after_a_number_that_looks_like_its_start():
    assert ibans("Lasku nro 12 FI21 1234 5600 0007 85") == ["FI21 1234 5600 0007 85"]


def test_digits_running_past_a_foreign_countrys_length_are_not_an_iban_without_an_account_word():
    assert ibans("Koodi SE45 5000 0000 0583 9825 74661") == []


def test_finnish_iban_with_a_digit_too_many_is_masked_whole_without_an_account_word():
    assert ibans("Koodi FI21 1234 5600 0007 851") == ["FI21 1234 5600 0007 851"]


def test_mistyped_length_after_an_account_word_is_masked_whole():
    assert ibans("Tilille FI21 1234 5600 0007 851 kiitos") == ["FI21 1234 5600 0007 851"]
    assert ibans("IBAN: FI21 1234 5600 0007 8") == ["FI21 1234 5600 0007 8"]


def test_length_far_from_the_countrys_after_an_account_word_is_not_an_iban():
    assert ibans("Tilille FI21 1234 5600 0007 8512 34") == []


def test_british_iban_with_letters_in_its_account_is_detected():
    assert ibans("Account GB29 NWBK 6016 1331 9268 19 please") == ["GB29 NWBK 6016 1331 9268 19"]


def test_unknown_country_code_is_not_an_iban():
    assert ibans("Koodi ZZ21 1234 5600 0007 85") == []


def test_iban_grouped_with_hyphens_is_detected():
    assert ibans("Tilille FI21-1234-5600-0007-85 kiitos") == ["FI21-1234-5600-0007-85"]


def test_iban_grouped_with_dots_is_detected():
    assert ibans("Tilinumero on fi21.1234.5600.0007.85 (Nordea).") == ["fi21.1234.5600.0007.85"]


def test_iban_wrapped_over_a_line_break_is_detected_whole():
    assert ibans("maksakaa tilille FI21 1234\n5600 0007 85 kiitos") == ["FI21 1234\n5600 0007 85"]


def test_iban_with_a_hyphen_after_the_country_code_is_detected():
    assert ibans("Tili FI-21-1234-5600-0007-85.") == ["FI-21-1234-5600-0007-85"]


def test_iban_with_a_spaced_dash_between_groups_is_detected():
    assert ibans("Tili FI21 1234 5600 - 0007 85 kiitos") == ["FI21 1234 5600 - 0007 85"]


@pytest.mark.parametrize(
    "iban",
    ["EE38 2200 2210 2014 5685", "DE89 3704 0044 0532 0130 00", "NO93 8601 1117 947", "DK50 0040 0440 1162 43",
     "NL91 ABNA 0417 1643 00"],
)  # fmt: skip
def test_iban_of_another_eu_country_is_detected_by_its_own_length(iban):
    assert ibans(f"Please refund to {iban}, thanks") == [iban]


def test_date_with_dots_before_an_iban_is_not_part_of_it():
    assert ibans("Lasku 12.3.2024 FI21 1234 5600 0007 85.") == ["FI21 1234 5600 0007 85"]


@pytest.mark.parametrize(
    "text",
    ["Please bill my company in Spain: ES38 4899 1302 0909 8802 6936", "Laskuttakaa yritystä: ES38 4899 1302 0909 8802 6936",
     "Fakturera ES38 4899 1302 0909 8802 6936", "Refund to ES38 4899 1302 0909 8802 6936",
     "Palautus ES38 4899 1302 0909 8802 6936", "Återbetalning till ES38 4899 1302 0909 8802 6936"],
)  # fmt: skip
def test_foreign_iban_with_wrong_check_digits_after_an_invoice_or_refund_word_is_detected(text):
    assert ibans(text) == ["ES38 4899 1302 0909 8802 6936"]


def test_transfer_word_a_sentence_before_a_foreign_iban_with_wrong_check_digits_is_a_cue():
    text = "please transfer the prize money (500 EUR) of our mural team to\nNL32 FTHP 6908 6113 29\n(ING)"
    assert ibans(text) == ["NL32 FTHP 6908 6113 29"]


@pytest.mark.parametrize("text", ["Tilinumero 123456-785 (Nordea)", "Konto: 800012-70123456 tack", "tili Nordea 123456-785"])
def test_finnish_domestic_account_number_after_an_account_word_is_an_account(text):
    assert len(ibans(text)) == 1


@pytest.mark.parametrize("text", ["Tilaus 123456-78 saapui", "Y-tunnus 1234567-8", "Päätös 202312-01 annettiin"])
def test_domestic_shape_without_an_account_word_or_a_business_id_is_not_an_account(text):
    assert ibans(text) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [("Tilinumeroni on 1234 5600 0007 85, kiitos.", "1234 5600 0007 85"), ("tilinro 12345600000785", "12345600000785"),
     ("Konto: 5000 0000 0583 9825 7466", "5000 0000 0583 9825 7466"), ("account number 12345678", "12345678"),
     ("Kontonummer: 6789 12 34567 (Swedbank)", "6789 12 34567")],
)  # fmt: skip
def test_account_number_without_a_country_code_after_an_account_word_is_an_account(text, account):
    assert ibans(text) == [account]


@pytest.mark.parametrize(
    "text",
    ["Tilikauden 2023 tulos 12 345 678 € oli hyvä", "Tilin viitenumero 1234 5678 9012 3", "tilille 12345678 € siirrettiin",
     "Tilaus 12345678 on lähetetty", "tili 040 1234567"],
)  # fmt: skip
def test_amount_reference_order_or_phone_number_after_an_account_word_is_not_an_account(text):
    assert ibans(text) == []


def test_account_number_before_an_iban_is_found_as_well():
    text = "Tilinumero 123456-785 ja FI21 1234 5600 0007 85"
    assert ibans(text) == ["123456-785", "FI21 1234 5600 0007 85"]


def test_lower_case_country_code_and_a_space_before_valid_check_digits_is_an_iban():
    assert ibans("palautus tilille fi 21 1234 5600 0007 85") == ["fi 21 1234 5600 0007 85"]


@pytest.mark.parametrize("iban", ["fi 49 5000 9420 0287 30", "fi 4950 0094 2002 8730", "fi 495000 942002 8730"])
def test_lower_case_country_code_and_a_space_before_a_valid_iban_needs_no_account_word(iban):
    assert ibans(f"rahat voi palauttaa {iban} kiitos") == [iban]


def test_two_letter_word_a_space_and_digits_is_no_iban_without_a_valid_check():
    assert ibans("it is on 12 12345678 sites") == []


def test_finnish_iban_of_a_mistyped_length_needs_no_account_word():
    assert ibans("Rahat voi laittaa FI21 1234 5600 0007 8 kiitos") == ["FI21 1234 5600 0007 8"]


def test_deposit_word_is_a_cue_for_a_foreign_iban_with_wrong_check_digits():
    assert ibans("deposit back to SE45 5000 0000 0583 9825 7467 please") == ["SE45 5000 0000 0583 9825 7467"]


def test_valid_iban_glued_to_the_word_after_it_is_detected():
    assert ibans("IBAN FI21 1234 5600 0007 85BIC NDEAFIHH") == ["FI21 1234 5600 0007 85"]


def test_foreign_iban_with_wrong_check_digits_printed_in_groups_of_four_needs_no_account_word():
    assert ibans("Send it to SE12 3456 7890 1234 5678 9012 please") == ["SE12 3456 7890 1234 5678 9012"]


def test_foreign_iban_with_wrong_check_digits_unspaced_and_no_account_word_is_not_detected():
    assert ibans("Send it to SE1234567890123456789012 please") == []


def test_valid_iban_glued_to_the_word_before_it_is_detected():
    assert ibans("tilinumeroFI2112345600000785") == ["FI2112345600000785"]


def test_iban_with_a_valid_check_but_another_length_than_its_countrys_is_detected():
    # NO is 15 characters in the registry; a valid mod-97 check over 18 says an account was meant.
    code = "NO" + f"{98 - int('860111179470' + '2324' + '00') % 97:02d}" + "860111179470"
    assert ibans(f"Rahat {code} kiitos") == [code]


@pytest.mark.parametrize("text", ["Nordea 123456-785", "OP:n 570123-456789 käy", "Aktia, 405512-1234"])
def test_finnish_domestic_account_number_after_a_banks_name_is_an_account(text):
    assert len(ibans(text)) == 1


def test_domestic_account_number_with_spaces_around_its_hyphen_is_an_account():
    assert ibans("palautus äidin tilille aktia 405622 - 450, kiitos") == ["405622 - 450"]


def test_british_account_number_of_eight_digits_with_a_leading_zero_is_an_account():
    assert ibans("sort code 41-18-53, account number 09944820") == ["09944820"]


def test_phone_number_after_an_account_word_is_not_an_account():
    assert ibans("Tilin omistaja Liisa, tili 0458581551") == []


def test_account_word_with_a_letter_that_lower_cases_to_two_is_still_found():
    assert ibans("İstanbul tili 1234 5600 0007 85") == ["1234 5600 0007 85"]


def test_lower_case_country_code_and_a_space_with_wrong_check_digits_after_an_account_word_is_an_iban():
    assert ibans("tilille fi 12 3456 7890 1234 56 kiitos") == ["fi 12 3456 7890 1234 56"]


def test_iranian_iban_is_detected():
    assert ibans("IBAN IR06 2960 0000 0010 0032 4200 01") == ["IR06 2960 0000 0010 0032 4200 01"]


def test_city_case_number_after_a_booking_word_is_no_account():
    text = "Betalning till FI 56 2504 3905 4604 45, kontohavare Ulla Nyman. Bokning HEL 2025-724646."
    assert ibans(text) == ["FI 56 2504 3905 4604 45"]


def test_iban_grouped_with_slashes_is_an_iban():
    assert ibans("Tilinumero FI21/1234/5600/0007/85") == ["FI21/1234/5600/0007/85"]


def test_a_mistyped_iban_does_not_swallow_a_count_before_another_iban():
    assert ibans("pls palauttakaa se 15e fi55746924699736 53 t. niko") == ["fi55746924699736 53"]


def test_a_swedish_clearing_and_account_number_after_the_word_konto_is_an_account():
    text = "har jag clearingnummer och konto: 8327-9 994 536 214-6, Swedbank."
    assert ibans(text) == ["8327-9 994 536 214-6"]


def test_a_business_id_after_an_account_word_is_no_account():
    assert ibans("We paid it from our company account. Business ID 2037103-6.") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Maksakaa pankkitilille 1234 5600 0007 85 kiitos.", "1234 5600 0007 85"),
        ("Palautus käyttötililleni 1234 5600 0007 85.", "1234 5600 0007 85"),
        ("Sätt in pengarna på mitt lönekonto 1234 56 78901.", "1234 56 78901"),
    ],
)
def test_an_account_number_after_a_compound_of_tili_or_konto_is_an_account(text, account):
    assert ibans(text) == [account]


def test_an_account_number_after_a_banks_name_is_an_account():
    assert ibans("Nordea 1234 5600 0007 85, Matti") == ["1234 5600 0007 85"]


def test_a_banks_customer_service_number_is_no_account():
    assert ibans("Asiakaspalvelu Nordea 0200 3000") == []


@pytest.mark.parametrize(("text", "account"), [("Mitt plusgiro: 12 34 56-7", "12 34 56-7"), ("Bankgiro 5050-1055", "5050-1055")])
def test_a_swedish_giro_number_is_an_account(text, account):
    assert ibans(text) == [account]
