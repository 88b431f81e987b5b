"""Phone numbers: Finnish formats are found; dates, times, prices, years, counts and codes are not."""

import pytest

from harvester.anonymise.text import TextScrubber


def phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextScrubber().scan(text) if s.label == "PHONE"]


@pytest.mark.parametrize(
    "number",
    ["040 123 4567", "0401234567", "040-123 4567", "09-310 12345", "(09) 310 12345", "+358 50 1234567",
     "+358931039000", "+358 (0)50 123 4567", "+358-40-1234567", "050 12 34 567", "0800 12345 6"],
)  # fmt: skip
def test_finnish_phone_number_format_is_detected(number):
    assert phones(f"Soita numeroon {number} arkisin.") == [number]


def test_phone_after_p_abbreviation_is_detected():
    assert phones("Terveisin Liisa, p. +358931039000") == ["+358931039000"]


def test_foreign_number_with_plus_is_detected():
    assert phones("Call +44 20 7946 0958 please") == ["+44 20 7946 0958"]


def test_count_of_hours_is_not_a_phone_number():
    assert phones("vuonna 2019 240 000 tuntia") == []


def test_date_is_not_a_phone_number():
    assert phones("Päätös tehtiin 15.12.2015 ja 01.02.2020.") == []


def test_time_range_is_not_a_phone_number():
    assert phones("Auki klo 08-16 ja 09.30–17.00.") == []


def test_price_is_not_a_phone_number():
    assert phones("Hinta 1 500 000 € ja 0,50 euroa.") == []


def test_postal_code_is_not_a_phone_number():
    assert phones("Osoite 00100 Helsinki tai 02100 Espoo.") == []


def test_business_id_is_not_a_phone_number():
    assert phones("Y-tunnus 0201256-6.") == []


def test_case_number_is_not_a_phone_number():
    assert phones("Diaarinumero HEL 2019-012345.") == []


def test_too_short_number_is_not_a_phone_number():
    assert phones("Palvelunumero 09 310.") == []


def test_seven_digit_switchboard_number_of_the_capital_region_is_a_phone_number():
    assert phones("Soitin vaihteeseen 09 816 21 kolmesti") == ["09 816 21"]


def test_number_after_an_order_or_customer_label_is_not_a_phone_number():
    assert phones("tilausnumero 0606908789, customer number 0346522692") == []


def test_slashed_date_followed_by_hours_is_not_a_phone_number():
    assert phones("Room: Sello library, 02/01/2027 5-7 pm") == []


@pytest.mark.parametrize("number", ["358 40 123 4567", "358-40-1234567", "358 (0)40 123 4567", "358 9 310 12345"])
def test_country_code_without_plus_is_detected(number):
    assert phones(f"Soita numeroon {number} arkisin.") == [number]


def test_country_code_without_plus_glued_to_the_number_is_detected():
    assert phones("Numeroni on 358401234567.") == ["358401234567"]


def test_country_code_with_00_prefix_is_detected():
    assert phones("Soita 00358 40 123 4567 illalla.") == ["00358 40 123 4567"]


def test_mobile_number_in_three_digit_groups_after_358_is_detected():
    assert phones("Numero 358 400 123 456 vastaa.") == ["358 400 123 456"]


def test_amount_in_thousands_beginning_with_358_is_not_a_phone_number():
    assert phones("Hanke maksoi 358 123 456 euroa.") == []


def test_count_of_358_is_not_a_phone_number():
    assert phones("Alueella asuu 358 000 ihmistä ja huoneita on 358.") == []


def test_phone_number_with_two_spaces_between_groups_is_detected():
    assert phones("Puhelin: 041  800  0972") == ["041  800  0972"]


def test_phone_number_is_cut_before_a_count_two_spaces_after_it():
    assert phones("Puhelin 040 123 4567  12 kpl") == ["040 123 4567"]


@pytest.mark.parametrize(
    "text",
    ["Lasku maksetaan organisaation verkkolaskuosoitteeseen 003712345678.", "OVT-tunnus 0037123456780001",
     "Nätfaktura: 003712345678", "E-faktura 003712345678", "e-invoice address 003712345678"],
)  # fmt: skip
def test_e_invoice_address_after_an_e_invoice_word_is_not_a_phone_number(text):
    assert phones(text) == []


def test_number_starting_0037_without_an_e_invoice_word_is_a_phone_number():
    assert phones("Soita 003712345678") == ["003712345678"]


def test_country_code_in_brackets_with_a_plus_is_a_phone_number():
    assert phones("Yhteyshenkilö Hamid, puh. (+358) 45-715 3433") == ["(+358) 45-715 3433"]


def test_date_written_with_slashes_is_not_a_phone_number():
    assert phones("Payment received on 02/04/2026. Thank you.") == []


def test_mobile_number_grouped_with_dots_is_a_phone_number():
    assert phones("Laine 040.646.3362 (vain tekstiviestit)") == ["040.646.3362"]


def test_date_grouped_with_dots_is_not_a_phone_number():
    assert phones("Maksettu 01.10.2026 tilille") == []


def test_reference_number_in_groups_of_five_after_a_reference_word_is_not_a_phone_number():
    assert phones("Laskuihin viitenumero 3 01675 46765. Kiitos") == []
    assert phones("I paid with reference 4 02577 43154 by mistake") == []


def test_phone_number_after_a_reference_and_other_words_is_still_a_phone_number():
    assert phones("viitenumero 123, puh. 040 1234567") == ["040 1234567"]


def test_two_numbers_separated_by_a_spaced_slash_are_two_phone_numbers():
    assert phones("my phone +90 537 560 53 38 / 040-4390004. Dmytro") == ["+90 537 560 53 38", "040-4390004"]


def test_code_of_four_dashed_groups_is_not_a_phone_number():
    assert phones("Kiinteistötunnus 091-897-4903-4510, tilaus 1819008913.") == []


def test_groups_of_an_rf_creditor_reference_are_no_phone_number():
    assert phones("Viite:\tRF46 2565 0369 0958\nSumma: 245,00 €") == []


def test_property_identifier_of_four_dashed_groups_ending_in_one_digit_is_not_a_phone_number():
    assert phones("kiinteistötunnus 091-45-678-9, joka on suojeltu") == []


def test_two_numbers_joined_by_a_slash_without_spaces_are_two_phones():
    assert phones("Puhelinnumerot: 0444309325/0418724457") == ["0444309325", "0418724457"]


def test_dotted_capital_region_landline_is_a_phone():
    assert phones("Telefon: 09.390.9028") == ["09.390.9028"]


@pytest.mark.parametrize(
    "text",
    [
        "Varausnumero 081122-5770, tila Kokoushuone Kilta.",
        "Laitteen sarjanumero 0401 2345 6789, hankittu 2019.",
        "Asiakasnumero 00123456789, sopimusnumero 060520-4164.",
    ],
)
def test_number_after_a_booking_serial_or_contract_label_is_no_phone(text):
    assert phones(text) == []


def test_phone_number_right_after_a_hetu_is_found():
    assert phones("Laskutus: Kalle Ruotsalainen 081156-2330 040 882 1934") == ["040 882 1934"]


@pytest.mark.parametrize(
    "text",
    [
        "Paid 12,50 € for parking, receipt number 0045-2291-77.",
        "Kuittinumero 0401 2345 678",
        "Laskun numero 0401234567",
        "Lipun numero 0501234567",
        "Card number 0401 2345 678",
    ],
)
def test_number_after_the_label_of_a_receipt_an_invoice_a_ticket_or_a_card_is_no_phone(text):
    assert phones(text) == []


def test_a_reference_grouped_in_fives_that_begins_with_zeros_is_no_phone():
    assert phones("Bill came twice this month. Reference 00 12345 67891. Can you cancel one?") == []


def test_an_international_prefix_after_a_reference_word_stays_a_phone():
    assert phones("Viite 00358 40 123 4567 soittakaa") == ["00358 40 123 4567"]


def test_a_reference_in_a_table_row_is_no_phone():
    assert phones("Tili | 448703-3372206\nPankki | Säästöpankki\nViite | 596 03491 42191") == []
