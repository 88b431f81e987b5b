"""Home addresses are a street with a house number; a street named alone is a public place."""

import pytest

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


def test_multi_word_name_from_the_gazetteer_is_one_address():
    assert addresses("Asun Pohjoinen Rautatiekatu 21 B 5, Helsinki") == ["Pohjoinen Rautatiekatu 21 B 5"]


def test_multi_word_name_with_its_qualifier_inflected_is_one_address():
    assert addresses("Asun Pohjoisella Rautatiekadulla 21.") == ["Pohjoisella Rautatiekadulla 21"]
    assert addresses("Isolla Roobertinkadulla 3 as. 22 on meteliä") == ["Isolla Roobertinkadulla 3 as. 22"]


def test_genitive_and_street_word_written_apart_is_one_address():
    assert addresses("Osoite: Gallen-Kallelan tie 29") == ["Gallen-Kallelan tie 29"]
    assert addresses("Kulosaaren puistotie 12 a 3 pihalla") == ["Kulosaaren puistotie 12 a 3"]


def test_inflected_gazetteer_name_with_consonant_gradation_is_detected():
    assert addresses("Asun Kaarelantiellä 7 ja Kalliolanrinteellä 4") == ["Kaarelantiellä 7", "Kalliolanrinteellä 4"]


def test_gazetteer_name_without_a_street_word_is_detected_when_capitalised():
    assert addresses("Asumme Urpu 6 B 3:ssa Espoossa") == ["Urpu 6 B 3"]


def test_gazetteer_name_in_lower_case_is_detected_when_it_ends_in_a_street_word():
    assert addresses("asun mannerheimintie 5 b 12") == ["mannerheimintie 5 b 12"]


def test_generic_street_word_in_lower_case_is_not_a_gazetteer_street():
    assert addresses("pyörätiellä 3 kertaa viikossa") == []


def test_swedish_street_with_staircase_and_flat_is_detected():
    assert addresses("Jag bor på Båtsmansgatan 3 B 12 i Helsingfors") == ["Båtsmansgatan 3 B 12"]


def test_flat_letter_and_number_without_a_space_are_part_of_the_address():
    assert addresses("Hämeentie 12 B9, Helsinki") == ["Hämeentie 12 B9"]


def test_swedish_flat_abbreviations_are_part_of_the_address():
    assert addresses("Drumsövägen 5 lgh 5 och Kuunkatu 3 bst 7") == ["Drumsövägen 5 lgh 5", "Kuunkatu 3 bst 7"]


def test_house_number_range_is_part_of_the_address():
    assert addresses("Tehtaankatu 12-14 pihalla") == ["Tehtaankatu 12-14"]


def test_hyphenated_street_with_staircase_is_detected():
    assert addresses("Pikku-Huopalahdentie 1 A on osoitteeni") == ["Pikku-Huopalahdentie 1 A"]


def test_a_count_after_a_street_is_not_a_house_number():
    assert addresses("Mannerheimintiellä 3 bussia ajoi ohi pysähtymättä") == []


def test_a_postposition_after_a_house_number_does_not_make_it_a_count():
    assert addresses("Ajoin Hämeentie 12 kautta kotiin") == ["Hämeentie 12"]


def test_an_ordinal_date_after_a_street_is_not_a_house_number():
    assert addresses("Mannerheimintiellä 12. maaliskuuta oli kolari") == []


def test_a_number_in_groups_of_thousands_after_a_street_is_not_a_house_number():
    assert addresses("Mannerheimintiellä 45 000 autoa päivässä") == []


def test_a_house_number_at_the_end_of_a_sentence_is_still_one():
    assert addresses("Asun Mannerheimintie 12. Pihalla on roskia.") == ["Mannerheimintie 12"]


def test_a_swedish_count_after_a_street_is_not_a_house_number():
    assert addresses("På Mannerheimvägen 3 bussar i timmen") == []


def test_names_missing_from_the_gazetteer_are_found_by_their_street_word():
    from harvester.anonymise.text.gazetteer import street_index

    made_up = ["Kuuranportti 3 B 4", "Ruutivierrolla 3", "Meriraitilla 4", "Rantapenkereellä 4", "Mäntylaidalla 5",
               "Kylätanhualla 3", "Sjöporten 2 lgh 4", "Fiskarbågen 4", "Tallbranten 12"]  # fmt: skip
    assert not [a for a in made_up if a.split()[0].lower() in street_index().forms]
    assert addresses(" ja ".join(made_up)) == made_up


def test_a_genitive_name_of_two_words_before_a_street_word_is_the_street():
    assert addresses("Asun Aleksis Kiven katu 5 B 3") == ["Aleksis Kiven katu 5 B 3"]


def test_a_sentence_word_before_a_street_is_not_part_of_its_name():
    assert addresses("Asun Kiven katu 5") == ["Kiven katu 5"]


def test_a_district_ending_in_maki_is_not_a_street_unless_the_gazetteer_knows_it():
    assert addresses("Lähellä Myyrmäki 2 kertaa ja Pappilanmäellä 4 on") == []


def test_a_qualifier_in_the_case_of_its_street_is_part_of_a_name_missing_from_the_gazetteer():
    assert addresses("Asun Isolla Kaarikadulla 5 B 2") == ["Isolla Kaarikadulla 5 B 2"]


def test_a_street_written_in_capitals_is_detected():
    assert addresses("OSOITE: KALEVANKATU 3 B 12") == ["KALEVANKATU 3 B 12"]


def test_a_gazetteer_street_after_a_bracket_or_quote_is_detected():
    assert addresses('Osoite (Urpu 6 B 3) ja "Kaarelantiellä 7"') == ["Urpu 6 B 3", "Kaarelantiellä 7"]


def test_an_unknown_name_with_a_staircase_and_flat_is_an_address():
    assert addresses("Asun Rastasmäki 3 B 12 ja Kaskiviita 2 as. 4") == ["Rastasmäki 3 B 12", "Kaskiviita 2 as. 4"]


def test_a_part_of_a_document_with_a_number_and_letter_is_not_an_address():
    assert addresses("Liite 3 B 2 ja kohta 4 a 2, Kuvassa 3 A 2") == []


def test_hours_after_a_street_are_not_a_house_number_range():
    assert addresses("Kauppatorilla 8-14 välillä on aina ruuhkaa") == []


def _texts() -> list[str]:
    """The development set's texts, and words that trouble case mapping or word boundaries."""
    import json
    from pathlib import Path

    dev = Path(__file__).resolve().parents[2] / "data" / "pii" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines()]
    return texts + [
        "KATU 5, Vaasankatu 34, Itäinen Papinkatu 2, Pikku-Huopalahdentie 1 A, ΣKATUΣ 4, xİtie 2, tıe 3",
        "Eliel-Saarisentie 3 ja Mäki_katu 4 ja Ö-katu 5 ja __kuja 6 -tie 7 Topeliuksen\u00a0katu 8 ja 9",
        "katu 1", "O'Bike Station 3 ja D’Arcyn’katu 4 ja ’tie 5 '-' 6",
        "tie",
    ]


def test_a_word_ends_with_a_street_word_by_the_lookup_exactly_as_by_endswith():
    """The address detector looks street words up by their last three letters; that must agree with
    trying every street word at every place."""
    from harvester.anonymise.text import address

    assert min(len(head) for head in address._HEAD_ENDINGS) >= 3  # the lookup needs three letters
    found = 0
    for text in _texts():
        for end in range(len(text) + 1):
            expected = text[max(0, end - 12) : end].lower().endswith(address._HEAD_ENDINGS)
            assert address._ends_with_street_word(text, end) == expected, (text, end)
            found += expected
    assert found > 50


def test_the_words_before_a_house_number_start_where_a_character_by_character_walk_says():
    from harvester.anonymise.text import address

    def walked(text: str, end: int, count: int) -> list[int]:
        starts, i = [], end
        for _ in range(count):
            while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-'’"):
                i -= 1
            starts.append(i)
            if i == 0 or text[i - 1] != " ":
                break
            i -= 1
        return starts[::-1]

    for text in _texts():
        for end in range(len(text) + 1):
            assert address._word_starts(text, end, 3) == walked(text, end, 3), (text, end)


@pytest.mark.parametrize(
    "text",
    ["Lasku taloyhtiölle: As Oy Pohjolankatu 22, tilinumero", "Asunto Oy Pohjolankatu 22 kiittää.",
     "As. Oy Pohjolankatu 22 B", "Bostads Ab Pohjolankatu 22", "Bostadsaktiebolaget Pohjolankatu 22"],
)  # fmt: skip
def test_a_housing_company_named_after_its_street_is_not_a_home_address(text):
    assert addresses(text) == []


def test_a_flat_of_a_housing_company_is_a_home_address():
    assert addresses("As Oy Pohjolankatu 22 as. 5") == ["Pohjolankatu 22 as. 5"]


def test_swedish_street_with_alle_as_a_separate_word_is_detected():
    assert addresses("Backmans hus på Munksnäs allé 18 har fått sprickor.") == ["Munksnäs allé 18"]


def test_a_verb_after_the_house_number_does_not_make_it_a_count():
    # "pyytää" (asks) ends as a partitive does ("3 autoa"): Voikko reads it as a verb only
    assert addresses("Taloyhtiömme Kiviportintie 3 pyytää pysäköintikieltoa.") == ["Kiviportintie 3"]


def test_address_in_a_text_written_in_capitals_is_detected_by_its_street_word():
    text = "VI ÄR 15 HUNDÄGARE PÅ GUMTÄKTSVÄGEN 8. KONTAKT BIRGITTA SÖDERHOLM"
    assert addresses(text) == ["GUMTÄKTSVÄGEN 8"]


def test_a_count_written_in_capitals_after_a_street_is_not_a_house_number():
    assert addresses("HÄMEENTIELLÄ 20 AUTOA PÄIVÄSSÄ") == []


def test_staircase_letter_in_lower_case_at_the_end_of_a_line_belongs_to_the_address():
    assert addresses("Adress: Flemingsgatan 1 a\n00510 Helsingfors") == ["Flemingsgatan 1 a"]


def test_swedish_street_in_straket_is_a_street():
    assert addresses("Vi bor på Tapiostråket 2 a och bron går förbi.") == ["Tapiostråket 2 a"]


def test_flat_number_after_a_stair_letter_glued_to_the_house_number_is_part_of_the_address():
    assert addresses("Mikko Pesonen\nSturenkatu 15b 7\n00510 Helsinki") == ["Sturenkatu 15b 7"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Osoite PORVOONKATU 103 B, AS. 47 HELSINKI", "PORVOONKATU 103 B, AS. 47"),
        ("Asun Siltavoudintie 14 A 16 b, 00640", "Siltavoudintie 14 A 16 b"),
        ("I live at Agricolankatu 7 D, flat 10, Helsinki", "Agricolankatu 7 D, flat 10"),
    ],
)
def test_flat_after_a_stair_letter_and_a_comma_or_a_split_flat_letter_is_part_of_the_address(text, address):
    assert addresses(text) == [address]


def test_swedish_flat_abbreviation_bost_is_part_of_the_address():
    assert addresses("Vi bor på Sturegatan 12 B bost. 40 och har två barn.") == ["Sturegatan 12 B bost. 40"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Meidän talo Vanha Talvitie 11 on kunnossa.", "Vanha Talvitie 11"),
        ("Asun Vanhalla Talvitiellä 11.", "Vanhalla Talvitiellä 11"),
        ("Jag bor på Gamla Kyrkvägen 5.", "Gamla Kyrkvägen 5"),
    ],
)
def test_qualifier_before_a_street_the_gazetteer_knows_without_it_is_part_of_the_address(text, address):
    assert addresses(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I live at 17 Albertinkatu, flat 4.", "17 Albertinkatu, flat 4"),
        ("We moved to 5 Fredrikinkatu A 12 last year.", "5 Fredrikinkatu A 12"),
    ],
)
def test_house_number_before_a_known_street_after_an_english_preposition_is_an_address(text, address):
    assert addresses(text) == [address]


def test_bus_line_number_before_a_street_is_no_address():
    assert addresses("The bus 17 Mannerheimintie stop is broken.") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mä asun Jakomäenpolku 3 B 14. pihan valot ei toimi", "Jakomäenpolku 3 B 14"),
        ("lamppu rikki meidän rappu Ostostie 4 A. pimeä ja lapset pelkää", "Ostostie 4 A"),
    ],
)
def test_flat_at_the_end_of_a_sentence_followed_by_one_in_lower_case_is_part_of_the_address(text, address):
    assert addresses(text) == [address]


def test_house_number_before_an_ordinal_date_is_no_address():
    assert addresses("Tapahtuma on Hämeentie 12. maaliskuuta alkaen.") == []


def test_flat_before_a_verb_that_looks_like_a_unit_is_part_of_the_address():
    assert addresses("Pihalla Mannerheimintie 31 D 5 vuotaa vesijohto.") == ["Mannerheimintie 31 D 5"]


def test_house_number_before_a_capitalised_city_is_an_address():
    assert addresses("Osoite Porvoontie 231 Vantaa") == ["Porvoontie 231"]


def test_swedish_street_of_a_place_name_and_a_lower_case_street_word_is_an_address():
    assert addresses("Förslaget lämnades in av Mirja, Brändö parkväg 19 A 3, 00570 Helsingfors.") == ["Brändö parkväg 19 A 3"]


def test_tram_line_whose_word_ends_as_a_streets_is_no_address():
    assert addresses("Spårväg 15 går inte längre till Ärtholmen.") == []


def test_a_staircase_and_a_flat_written_out_belong_to_the_address():
    assert addresses("Hei. Osoite on Pengerkatu 7 rappu C asunto 45. Katu on auraamatta.") == [
        "Pengerkatu 7 rappu C asunto 45"
    ]


@pytest.mark.parametrize(
    "text",
    ["Mäkelänkatu 24/7 meluisa.", "Mäkelänkatu 2 kilometrin matkalta on työmaata.", "Förr hade Tavastvägen 4 filer."],
)
def test_a_number_of_kilometres_lanes_or_hours_a_week_after_a_street_is_no_house_number(text):
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("roskis on taas ympäri katua myllypurontie 18 kohdalla.", "myllypurontie 18"),
        ("aurauskone kaato meiän postilaatikon peltolantie 3 vantaa.", "peltolantie 3"),
        ("jag bor på strandvägen 5 b", "strandvägen 5 b"),
    ],
)
def test_a_street_in_lower_case_shaped_as_street_names_are_is_an_address(text, address):
    assert addresses(text) == [address]


@pytest.mark.parametrize("text", ["pyörätie 2 on huonossa kunnossa", "maantie 3 on kuoppainen"])
def test_a_common_compound_of_a_street_word_in_lower_case_is_no_address(text):
    assert addresses(text) == []
