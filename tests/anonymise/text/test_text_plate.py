"""Finnish registration plates: upper case with a dash anywhere; any case, with a dash, a space or
nothing, near a word that says a vehicle or a plate is meant; never ordinary words and numbers."""

import pytest

from harvester.anonymise.text import TextScrubber


def plates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextScrubber().scan(text) if s.label == "PLATE"]


def test_three_letter_plate_is_detected():
    assert plates("Auto ABC-123 on pysäköity väärin.") == ["ABC-123"]


def test_two_letter_plate_is_detected():
    assert plates("Mopo XY-12 kaatui.") == ["XY-12"]


def test_upper_case_plate_with_dash_is_detected_without_a_cue():
    assert plates("Kadulla seisoo ABC-123 jo viikon.") == ["ABC-123"]


def test_plate_without_dash_after_registration_word_is_detected():
    assert plates("rekisterinumero KLM123 on ollut paikalla viikon") == ["KLM123"]


def test_lower_case_plate_after_auto_is_detected():
    assert plates("auto xyz-123 seisoo taas pyörätiellä") == ["xyz-123"]


def test_lower_case_plate_with_dash_without_a_cue_is_not_a_plate():
    assert plates("Lomakkeen kohta abc-123 jäi tyhjäksi.") == []


def test_plate_with_a_space_after_a_cue_is_detected():
    assert plates("Pakettiauto ABC 123 ajoi päin punaisia.") == ["ABC 123"]


def test_plate_with_a_space_without_a_cue_is_not_a_plate():
    assert plates("Kohdassa ABC 123 on virhe.") == []


def test_lower_case_plate_without_separator_after_a_cue_is_detected():
    assert plates("Rekkari oli abc123, kuljettaja lähti.") == ["abc123"]


def test_letters_and_digits_without_dash_or_context_are_not_a_plate():
    assert plates("Linja ABC123 ja koodi E12") == []


def test_two_letter_plate_with_a_space_after_a_swedish_cue_is_detected():
    assert plates("Bilen ab 12 står på cykelbanan.") == ["ab 12"]


def test_diplomatic_plate_with_four_digits_is_detected_without_a_cue():
    assert plates("Lähetystön CD-1234 pysäköi suojatielle.") == ["CD-1234"]


def test_one_letter_diplomatic_plate_is_detected_after_a_cue():
    assert plates("Auto C-1234 seisoi bussipysäkillä.") == ["C-1234"]


def test_one_letter_and_number_without_a_cue_is_not_a_plate():
    assert plates("Virhekoodi E-12 näkyy ja C-1234 on lomakkeen numero.") == []


def test_trailer_plate_after_a_cue_is_detected():
    assert plates("Perävaunu pwx-12 on jätetty puistoon.") == ["pwx-12"]


def test_plate_before_a_cue_is_detected():
    assert plates("xyz 123 -kilpinen auto seisoo pihalla") == ["xyz 123"]


def test_plate_with_a_finnish_suffix_after_its_dash_is_detected():
    assert plates("XYZ-123-kilpinen auto seisoo pihalla") == ["XYZ-123"]


@pytest.mark.parametrize(
    "text",
    ["Autolla abc 123 ajettiin nurmikolle.", "Auton kilvessä luki abc 123.", "rek.nro abc 123 taas",
     "rek. nro abc 123 taas", "rekisterinumero abc 123", "registreringsnummer abc 123",
     "reg.nr abc 123 igen", "The car abc 123 blocks the lane.", "A van abc 123 was there.",
     "number plate abc 123", "licence plate abc 123", "the plate was abc 123"],
)  # fmt: skip
def test_plate_after_an_inflected_or_abbreviated_cue_is_detected(text):
    assert plates(text) == ["abc 123"]


@pytest.mark.parametrize(
    "text",
    ["Auto ajoi yli 50 km/h.", "Autolla on 3 vuotta takuuta.", "Auto seisoi klo 18 asti.",
     "Audi A4 -auto seisoi pihassa.", "Naapurin BMW 320 -auto on rikki.", "Autoja oli 12 kpl.",
     "Auton alle jäi 2 lasta.", "The car hit 2 bikes.", "Bilen gav 3 signaler."],
)  # fmt: skip
def test_words_and_numbers_near_a_cue_are_not_plates(text):
    assert plates(text) == []


def test_a_cue_in_another_sentence_does_not_make_a_plate():
    assert plates("Auto on myyty. Katso liite abc 12.") == []


def test_a_cue_inside_another_word_does_not_make_a_plate():
    assert plates("Caravan ab 12 ja Oscar ab 12 esiintyvät.") == []


def test_automaatti_is_no_cue():
    assert plates("Lippuautomaatti abc 12 ei toimi.") == []


def test_plate_like_abbreviation_is_not_a_plate():
    assert plates("EU-2 ja HSL-12 sekä PM-2.5 arvot") == []


@pytest.mark.parametrize(
    "text",
    ["Taksi abc 123 ajoi päin punaisia.", "Rekan abc 123 kuski purki lastia.", "Parkkeerasin abc 123 viereen.",
     "The taxi abc 123 blocked the stop."],
)  # fmt: skip
def test_plate_after_a_taxi_truck_or_parking_word_is_detected(text):
    assert plates(text) == ["abc 123"]


def test_a_finnish_word_and_a_number_near_a_cue_is_no_plate_but_a_plate_with_a_dash_is():
    # "maa" is a Finnish word (Voikko): after a space it is read as one, with a dash as a plate.
    assert plates("Auto maa 123 pihalla ja auto maa-123 kadulla.") == ["maa-123"]


@pytest.mark.parametrize(
    "text",
    ["En vit skåpbil abc 123 blockerar infarten.", "Fordonet abc 123 stod kvar.", "A white van with reg abc 123.",
     "Musta bemari abc 123 pysäköi suojatielle.", "Volvo abc 123 seisoo taas.", "Skootteri abc 123 kaatui."],
)  # fmt: skip
def test_plate_after_a_vehicle_word_or_a_car_make_is_detected(text):
    assert plates(text) == ["abc 123"]


@pytest.mark.parametrize("text", ["Toyota RAV4 -auto seisoo.", "Mercedes GLC 300 -auto on myyty.", "Mobilnummer ab 12."])
def test_car_models_and_words_that_only_contain_a_cue_are_not_plates(text):
    assert plates(text) == []


def test_lower_case_plate_whose_letters_are_a_short_word_is_detected_with_a_dash():
    assert plates("Samma bil ni-15 står på trottoaren.") == ["ni-15"]


def test_lower_case_plate_whose_letters_are_an_abbreviation_is_detected_after_a_cue():
    assert plates("Auto yk15 seisoo taas pyörätiellä.") == ["yk15"]


def test_an_abbreviation_in_capitals_is_no_plate_even_after_a_cue():
    assert plates("Auto YK15 ja auto EU 34 mainittiin.") == []


def test_a_chemical_formula_near_a_cue_is_no_plate():
    assert plates("Auton co2-päästöt ovat 120 g/km ja pm10-arvot nousivat.") == []


def test_estonian_plate_near_a_cue_is_detected():
    assert plates("Virolainen auto 482 BNF on pysäköity koulun eteen.") == ["482 BNF"]


def test_swedish_plate_of_the_new_format_near_a_cue_is_detected():
    assert plates("Bilen ABC 12F står på gångbanan.") == ["ABC 12F"]


def test_foreign_plate_shape_without_a_cue_is_not_a_plate():
    assert plates("Huoneessa 204 ABC on kolme tuolia.") == []


def test_count_with_a_unit_in_capitals_near_a_cue_is_not_a_plate():
    assert plates("Autoon mahtui 100 KPL laatikoita ja se maksoi 900 EUR.") == []


def test_lower_case_plate_is_detected_near_a_word_for_the_driver():
    assert plates("Eilen illalla mkl-603 ajoi jalkakäytävällä, kuljettaja ei välittänyt.") == ["mkl-603"]


def test_plate_is_detected_near_an_english_word_for_driving():
    assert plates("The driver of rtz 518 never stops at the crossing.") == ["rtz 518"]


def test_plate_after_the_abbreviation_rek_with_its_dot_is_detected():
    assert plates("Auto (rek. abc123) seisoi pihalla.") == ["abc123"]


def test_plate_in_capitals_whose_letters_are_a_short_word_is_detected_after_a_cue():
    assert plates("Pysäköity auto TAI961 on tukkinut roska-auton reitin.") == ["TAI961"]


def test_short_word_and_number_in_a_text_written_in_capitals_is_no_plate_near_a_cue():
    assert plates("AUTO SEISOI KLO 18 ASTI.") == []


def test_short_word_in_capitals_before_a_time_is_no_plate_near_a_cue():
    assert plates("Auto seisoi KLO 18 asti.") == []


def test_plates_listed_after_one_cue_are_all_detected():
    assert plates("Autot abc-123, def-456, ghi-789, jkl-112 ja mno-345 seisovat.") == [
        "abc-123", "def-456", "ghi-789", "jkl-112", "mno-345"
    ]  # fmt: skip


def test_a_plate_whose_letters_are_an_abbreviation_is_detected_in_a_list_after_a_cue():
    assert plates("Paikalle pysäköi 2 autoa, rekkarit NLL818 ja YK-155.") == ["NLL818", "YK-155"]


def test_an_abbreviation_after_a_plate_without_a_cue_is_no_plate():
    assert plates("ABC-123 ja EU-2 mainittiin.") == ["ABC-123"]


def test_plate_whose_letters_are_an_address_abbreviation_is_detected_right_after_a_vehicle():
    assert plates("Skåpbilen as 247 har blockerat infarten till Albertsgatan 21.") == ["as 247"]


def test_an_address_abbreviation_after_a_compound_of_auto_is_no_plate():
    assert plates("Autopaikka as 12 on vapaana.") == []


def test_plate_of_three_letters_and_three_digits_is_detected_with_a_cue_anywhere_in_its_sentence():
    text = "Bil parkerad på gångbanan utanför Bulevarden 12 bst 7 varje natt, cur677. Kan staden göra något?"
    assert plates(text) == ["cur677"]


def test_plate_of_three_letters_and_three_digits_with_a_cue_only_in_another_sentence_is_no_plate():
    assert plates("Auto on myyty pari viikkoa sitten. Lomakkeen kohta abc123 ei hyväksy vastausta.") == []


def test_a_shorter_plate_far_from_its_cue_is_no_plate():
    assert plates("Bil parkerad på gångbanan utanför huset varje natt och hela dagen, ab12.") == []


@pytest.mark.parametrize(
    "text", ["Tilan koodi SAL-145.", "Hakemuslomakkeen tunnus on HAK-25 ja liitteen koodi LIT-728.", "Room ABC-12 is cold"]
)
def test_plate_shape_right_after_a_word_for_a_code_is_that_code(text):
    assert plates(text) == []


def test_plate_after_a_code_word_with_a_vehicle_word_near_is_a_plate():
    assert plates("Auton tunnus on ABC-123") == ["ABC-123"]


def test_registration_word_is_no_code_word():
    assert plates("rekisteritunnus ABC-123") == ["ABC-123"]


def test_abbreviation_right_after_the_word_plate_is_a_plate():
    assert plates("we'll come by car (plate HAO382) to unload the gear") == ["HAO382"]


def test_abbreviation_without_a_plate_word_stays_no_plate():
    assert plates("HAO 123 päätös tuli eilen") == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Harmaa Toyota Corolla, rekisterissä ISO-447, on seissyt pihalla.", "ISO-447"),
        ("REK BF226 seisoo taas pelastustiellä.", "BF226"),
    ],
)
def test_plate_after_the_register_word_or_its_abbreviation_is_a_plate_even_when_its_letters_are_an_abbreviation(text, plate):
    assert plates(text) == [plate]


def test_lower_case_plate_before_a_verb_of_driving_is_a_plate():
    assert plates("kmt-207 on ajanut jo kolmena iltana nurmikolle") == ["kmt-207"]


@pytest.mark.parametrize(("text", "plate"), [("Auto ÅL-1234 on Ahvenanmaalta.", "ÅL-1234"), ("Bilen ÅL 12345 står fel.", "ÅL 12345")])
def test_aland_plate_of_up_to_five_digits_is_a_plate(text, plate):
    assert plates(text) == [plate]


def test_a_verb_after_a_plate_is_no_unit():
    assert plates("romuauto reknro nsf 890 vuotaa öljyä asfaltille") == ["nsf 890"]


def test_years_after_a_number_stay_a_unit():
    assert plates("Autolla on 3 vuotta takuuta ja abc 12 vuoden leasing.") == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("kontulassa paku huu-946 seisoo suojatien päällä", "huu-946"),
        ("peräkärry – wti 826 – on täynnä roskaa", "wti 826"),
        ("the same black pickup rxv 882 parks on the grass", "rxv 882"),
        ("Skotern ztu 42 står fastlåst i cykelstället", "ztu 42"),
    ],
)
def test_vans_trailers_pickups_and_scooters_are_cues(text, plate):
    assert plates(text) == [plate]


def test_a_stop_word_right_after_the_word_for_a_plate_is_a_plate():
    assert plates("Bil, skylt By 33, står på tomgång varje morgon.") == ["By 33"]


@pytest.mark.parametrize(
    "text",
    ["Mazda CX-5 ja Kia EV6 lataavat koko päivän", "Mersu Sprinter 316 CDI seisoo lastauspaikalla"],
)
def test_a_model_or_an_engine_badge_after_a_car_make_is_no_plate(text):
    assert plates(text) == []


def test_a_make_before_a_plate_keeps_it_a_plate():
    assert plates("Volvo ABC-123 seisoo taas.") == ["ABC-123"]


@pytest.mark.parametrize("text", ["Autopaikka B-14 hallissa C on vuokrattu minulle", "Bilplats C-12 är min sedan mars"])
def test_the_number_of_a_parking_space_is_no_plate(text):
    assert plates(text) == []


def test_a_plate_before_a_date_is_a_plate():
    assert plates("sain pysäköintivirhemaksun autolleni ZLO-915 14.1.2026 Runeberginkadulla") == ["ZLO-915"]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("MOH383 seisoo taas Pitäjänmäentiellä jalkakäytävällä!", "MOH383"),
        ("FXM 249 har stått på handikapplatsen på Lappviksgatan i tre dagar.", "FXM 249"),
        ("jor-805 har stått på handikapplatsen på Annegatan.", "jor-805"),
        ("Aa-318 is parked in the disabled spot on Aleksis Kiven katu.", "Aa-318"),
    ],
)
def test_a_vehicle_that_stands_or_is_parked_is_a_cue_in_the_sentence(text, plate):
    assert plates(text) == [plate]


@pytest.mark.parametrize("text", ["Det står 10–18 på skylten.", "Bussi 550 seisoo pysäkillä."])
def test_standing_numbers_that_are_no_plates_stay_no_plates(text):
    assert plates(text) == []
