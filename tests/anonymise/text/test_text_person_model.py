"""The person-name model shipped in the package (a CRF trained on Turku NER train) and the uncertain
candidates offered to the `hold_uncertain` policy."""

from unittest import mock

from harvester.anonymise.text import person_model
from harvester.anonymise.text.person import find_persons, find_uncertain_persons

# Not in the training data: written for this test.
UNSEEN = "Lupaavin pelaaja oli Mbeki, joka teki kaksi maalia."


def names(text: str) -> list[str]:
    return [text[start:end] for start, end in find_persons(text, (), "fi")]


def test_shipped_model_loads_from_the_package():
    assert person_model.model_available()


def test_model_finds_a_name_in_a_sentence_it_was_not_trained_on():
    assert names(UNSEEN) == ["Mbeki"]


def test_rules_alone_miss_the_name_the_model_finds():
    with mock.patch.object(person_model, "tag_run", return_value=None):
        assert names(UNSEEN) == []


def test_model_takes_back_a_one_word_name_the_rules_found_without_a_cue():
    text = "Matkustin viime vuonna Addis Abebaan kokoukseen."
    with mock.patch.object(person_model, "tag_run", return_value=None):
        assert names(text) == ["Addis"]
    assert names(text) == []


def test_model_does_not_take_back_a_name_after_a_cue():
    assert names("Terveisin Addis") == ["Addis"]


def test_model_does_not_add_a_common_word_to_a_name():
    assert names("Äiti Sanna Koskinen soitti.") == ["Sanna Koskinen"]


def test_model_does_not_take_an_inflected_street_name():
    assert names("Vironkatulla on kuoppa, sanoi Liisa Virtanen.") == ["Liisa Virtanen"]


def test_model_is_not_used_for_swedish_or_english_text():
    with mock.patch.object(person_model, "tag_run", side_effect=AssertionError("model used")):
        assert find_persons("Vi såg Mbeki igår.", (), "sv") == []


def test_unknown_capitalised_word_mid_sentence_is_uncertain():
    text = "Tapasin Zorbexin kahvilassa."
    assert find_uncertain_persons(text, (), "fi") == [(8, 16, "unknown word mid-sentence")]


def test_found_name_is_not_uncertain():
    assert find_uncertain_persons("Terveisin Liisa Virtanen", (), "fi") == []


def test_known_word_at_sentence_start_is_not_uncertain():
    assert find_uncertain_persons("Korjatkaa kuoppa pian.", (), "fi") == []


def test_uncertain_words_inside_blocked_ranges_are_not_reported():
    text = "Tapasin Moravecin kahvilassa."
    assert find_uncertain_persons(text, [(8, 17)], "fi") == []


def test_each_uncertain_word_is_reported_once():
    text = "Kokouksessa puhuttiin Tamarkin ja Velde -hankkeesta."
    spans = [(start, end) for start, end, _ in find_uncertain_persons(text, (), "fi")]
    assert spans == [(22, 30), (34, 39)]


def test_a_word_reported_as_a_name_is_not_also_uncertain():
    text = "Sopimuksen allekirjoittivat Tamarkin ja Velde viime viikolla."
    found = find_persons(text, (), "fi")
    assert found and not any(
        s < end and start < e for start, end, _ in find_uncertain_persons(text, (), "fi") for s, e in found
    )


def test_inflected_street_name_is_not_uncertain():
    assert find_uncertain_persons("Auto seisoo Vironkatulla taas.", (), "fi") == []


def test_acronym_compound_is_not_uncertain():
    assert find_uncertain_persons("Lähetän IP-osoitteen myöhemmin.", (), "fi") == []


def test_english_text_has_no_uncertain_words():
    assert find_uncertain_persons("The lights at the Central Library are broken.", (), "en") == []


def test_each_thread_has_its_own_tagger():
    # A tagger holds the sequence it was last given: two jobs scrubbing in threads must not share one.
    import threading

    seen = []
    worker = threading.Thread(target=lambda: seen.append(person_model._tagger()))
    worker.start()
    worker.join(timeout=10)
    here = person_model._tagger()
    assert seen[0] is not None and here is not None and seen[0] is not here
