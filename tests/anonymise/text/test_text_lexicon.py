"""What the lexicon says a capitalised word is: the shipped world lists and their filters."""

import pytest

from harvester.anonymise.text.lexicon import word_info


@pytest.mark.parametrize("word", ["Spain", "English", "Sundays", "August"])
def test_country_language_month_or_weekday_is_a_place_and_never_a_strong_name(word):
    info = word_info(word)
    assert info.place and not info.strong


@pytest.mark.parametrize("word", ["Pereira", "Moravec", "Horvat", "Ivanova"])
def test_surname_of_another_country_is_a_surname(word):
    assert word_info(word).surname


@pytest.mark.parametrize("word", ["Tack", "Bil", "Liv"])
def test_name_that_is_a_common_swedish_word_is_not_a_strong_name(word):
    assert not word_info(word).strong


@pytest.mark.parametrize("word", ["Login", "Organisers"])
def test_common_english_word_is_an_ordinary_word(word):
    info = word_info(word)
    assert info.common and not info.name


def test_listed_first_name_no_lexicon_knows_is_a_name_with_a_finnish_case_ending():
    info = word_info("Bashirille")
    assert info.first_name and not info.nominative


def test_name_voikko_knows_only_in_its_basic_form_is_a_name_with_a_case_ending():
    assert word_info("Rainelle").first_name


def test_a_name_voikko_calls_a_proper_name_of_no_kind_stays_a_first_name():
    assert word_info("Oscar").first_name


@pytest.mark.parametrize("word", ["Maksym", "Sofiia", "Yevhen"])
def test_ukrainian_names_in_their_national_transliteration_are_first_names(word):
    assert word_info(word).first_name


def test_listed_surname_with_a_clitic_is_listed_as_without_it():
    assert word_info("Nieminenkin").listed


def test_unknown_word_ending_like_a_clitic_is_not_read_as_the_name_before_it():
    assert not word_info("Tamarkin").first_name


@pytest.mark.parametrize("word", ["Lumilta", "Valolle", "Tähdelle"])
def test_inflected_first_name_that_is_also_a_word_reads_as_a_first_name_too(word):
    info = word_info(word)
    assert info.first_name and info.common


@pytest.mark.parametrize("word", ["Onneksi", "Valoa", "Tähdet"])
def test_word_in_the_partitive_translative_or_plural_of_a_name_word_reads_as_a_word_only(word):
    assert not word_info(word).first_name


@pytest.mark.parametrize("word", ["Luisille", "Tanakalta"])
def test_listed_name_inflected_like_another_word_reads_as_a_name_too(word):
    assert word_info(word).name


def test_word_inflected_whose_stem_is_a_listed_name_and_a_word_reads_as_a_word_only():
    assert not word_info("Kartalla").name


def test_double_first_name_whose_first_part_is_also_a_verb_is_no_ordinary_word():
    assert not word_info("Anna-Karin").common
