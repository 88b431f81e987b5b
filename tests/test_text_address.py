"""Home addresses are a street with a house number; a street named alone is a public place."""

from harvester.anonymise.text import TextScrubber


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextScrubber().scan(text) if s.label == "ADDRESS"]


def test_street_with_number_staircase_and_flat_is_detected():
    assert addresses("Asun osoitteessa Mannerheimintie 5 A 12, 00100 Helsinki.") == ["Mannerheimintie 5 A 12"]


def test_lowercase_staircase_and_flat_are_part_of_the_address():
    assert addresses("Fleminginkatu 12 b 3 pihalla") == ["Fleminginkatu 12 b 3"]


def test_inflected_finnish_street_with_number_is_detected():
    assert addresses("Kotikadulla 7 on roskia") == ["Kotikadulla 7"]


def test_swedish_two_word_street_is_detected():
    assert addresses("Jag bor på Norra esplanaden 11 i Helsingfors") == ["Norra esplanaden 11"]


def test_flat_number_after_as_abbreviation_is_part_of_the_address():
    assert addresses("Asunnossa Kalevankatu 3 as. 5 on hometta") == ["Kalevankatu 3 as. 5"]


def test_street_without_number_is_not_an_address():
    assert addresses("Mannerheimintiellä on kuoppa.") == []


def test_street_followed_by_a_measure_is_not_an_address():
    assert addresses("Hämeentiellä 30 km/h rajoitus ja Arabianrannassa 5 vuotta") == []


def test_nationally_numbered_road_is_not_an_address():
    assert addresses("Valtatie 7 ja kantatie 51 ovat ruuhkaisia") == []


def test_bus_line_is_not_an_address():
    assert addresses("Bussilinja 550 myöhästyi") == []


def test_street_and_date_is_not_an_address():
    assert addresses("Aleksanterinkadulla 15.1.2024 sattui liukastuminen") == []
